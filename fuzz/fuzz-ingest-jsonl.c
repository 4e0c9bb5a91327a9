/* fuzz-ingest-jsonl.c - libFuzzer target: a JSON Lines file through
 * ingest, as `factdiff x.jsonl` reads it (the UTF-16 check, then one
 * record a line). */
#include "fuzz/fuzz-common.h"
#include "ingest/encoding.h"
#include "ingest/jsonl.h"

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
  GPtrArray *docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  GPtrArray *errors
      = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  GError *err = NULL;

  if (fd_encoding_check_wide ((const char *)data, size, "fuzz.jsonl", &err))
    fd_jsonl_read ("fuzz.jsonl", (const char *)data, size, &opts, docs,
                   errors);
  g_clear_error (&err);
  /* Whatever a record holds, what reaches the reports is UTF-8. */
  for (guint i = 0; i < docs->len; i++)
    {
      const FdDoc *d = docs->pdata[i];
      const char *const fields[]
          = { d->id, d->outlet, d->title, d->url, d->dateline, d->text };
      for (gsize k = 0; k < G_N_ELEMENTS (fields); k++)
        if (fields[k] && !g_utf8_validate (fields[k], -1, NULL))
          __builtin_trap ();
    }
  for (guint i = 0; i < errors->len; i++)
    if (!g_str_has_prefix (((GError *)errors->pdata[i])->message,
                           "fuzz.jsonl"))
      __builtin_trap ();
  g_ptr_array_unref (docs);
  g_ptr_array_unref (errors);
  return 0;
}
