/* fuzz-split.c - libFuzzer target: the sentence splitter, on raw bytes
 * (fd_split_text takes any bytes) and on an ingested document. */
#include "fuzz/fuzz-common.h"
#include "ingest/ingest.h"
#include "split/split.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

static void
check_spans (const FdSentence *s, guint n, gsize len)
{
  for (guint i = 0; i < n; i++)
    if (s[i].start > s[i].end || s[i].end > len
        || (i > 0 && s[i].start < s[i - 1].end))
      __builtin_trap ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  GArray *sents = fd_split_text ((const char *)data, size);
  GError *err = NULL;
  FdDoc *doc;

  check_spans ((const FdSentence *)(void *)sents->data, sents->len, size);
  g_array_unref (sents);

  doc = fd_ingest_buffer ("fuzz", "fuzz.txt", (const char *)data, size, NULL,
                          &err);
  if (doc)
    {
      fd_split_doc (doc);
      check_spans (doc->sents, doc->n_sents, doc->len);
      /* Splitting again replaces the first result. */
      fd_split_doc (doc);
    }
  fd_doc_free (doc);
  g_clear_error (&err);
  return 0;
}
