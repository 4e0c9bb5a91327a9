/* fuzz-pipeline.c - libFuzzer target: the whole of `factdiff compare` in
 * memory.  The input is up to eight articles separated by form feeds;
 * each is ingested, split, compared with the others, and the result is
 * rendered in every report format, as a summary and as a baseline, which
 * is read back. */
#include "compare/compare.h"
#include "fuzz/fuzz-common.h"
#include "ingest/ingest.h"
#include "report/report.h"
#include "split/split.h"

#include <string.h>

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FdIngestOptions opts = { .date = "2025-06-18" };
  FdCompareOptions copts = { NULL, 1 };
  gsize pieces[8][2];
  guint n = fuzz_pieces (data, size, pieces, 8);
  GPtrArray *docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  FdCompare *cmp;
  FdBaseline *base, *back;
  FdReportOptions ropts = { NULL };
  GError *err = NULL;
  char *bytes;
  gsize len;

  for (guint i = 0; i < n; i++)
    {
      char id[16], path[24];
      FdDoc *doc;

      g_snprintf (id, sizeof id, "outlet-%u", i);
      g_snprintf (path, sizeof path, "outlet-%u.txt", i);
      doc = fd_ingest_buffer (id, path, (const char *)data + pieces[i][0],
                              pieces[i][1], &opts, &err);
      g_clear_error (&err);
      if (doc)
        {
          fd_split_doc (doc);
          g_ptr_array_add (docs, doc);
        }
    }
  cmp = fd_compare_run (docs, &copts, &err);
  if (!cmp)
    __builtin_trap ();
  base = fd_baseline_from_compare (cmp);
  bytes = fd_baseline_to_json (base, &len);
  back = fd_baseline_parse ("fuzz.baseline", bytes, len, &err);
  if (!back)
    __builtin_trap ();
  g_free (bytes);
  for (int pass = 0; pass < 2; pass++)
    {
      ropts.baseline = pass ? back : NULL;
      for (int f = 0; f < FD_REPORT_N_FORMATS; f++)
        {
          bytes = fd_report_render ((FdReportFormat)f, cmp, &ropts, &len);
          if (strlen (bytes) != len || !g_utf8_validate (bytes, len, NULL))
            __builtin_trap ();
          g_free (bytes);
        }
      bytes = fd_report_summary (cmp, &ropts, 4096, &len);
      if (len > 4096)
        __builtin_trap ();
      g_free (bytes);
      (void)fd_report_count_new (cmp, &ropts);
    }
  fd_baseline_free (back);
  fd_baseline_free (base);
  fd_compare_free (cmp);
  g_ptr_array_unref (docs);
  return 0;
}
