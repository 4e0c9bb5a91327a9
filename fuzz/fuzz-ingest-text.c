/* fuzz-ingest-text.c - libFuzzer target: one plain-text article through
 * ingest (encoding check, lines, line classes, metadata), with and without
 * a --date. */
#include "fuzz/fuzz-common.h"
#include "ingest/ingest.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FdIngestOptions opts = { .date = "2025-06-18", .outlet = "Fuzz Wire" };

  for (int pass = 0; pass < 2; pass++)
    {
      GError *err = NULL;
      FdDoc *doc = fd_ingest_buffer ("fuzz", "fuzz.txt", (const char *)data,
                                     size, pass ? &opts : NULL, &err);

      /* Exactly one of a document and an error. */
      if ((doc == NULL) == (err == NULL))
        __builtin_trap ();
      if (doc)
        {
          for (guint i = 0; i < doc->n_lines; i++)
            if (doc->lines[i].start > doc->lines[i].end
                || doc->lines[i].end > doc->len)
              __builtin_trap ();
          (void)fd_line_class_name (doc->lines[0].cls);
        }
      fd_doc_free (doc);
      g_clear_error (&err);
    }
  return 0;
}
