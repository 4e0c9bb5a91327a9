/* fuzz-claims.c - libFuzzer target: every claim extractor (dates, times,
 * durations, numbers, quotes and speakers) and the entity finder on one
 * ingested, split article, and each claim printed as JSON. */
#include "claims/claims.h"
#include "claims/entity.h"
#include "fuzz/fuzz-common.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <math.h>

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
  GError *err = NULL;
  FdDoc *doc = fd_ingest_buffer ("fuzz", "fuzz.txt", (const char *)data, size,
                                 &opts, &err);
  GPtrArray *claims;
  FdEntitySet *set;
  GString *out;

  if (!doc)
    {
      g_clear_error (&err);
      return 0;
    }
  fd_split_doc (doc);
  claims = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
  fd_claims_extract (doc, claims);
  out = g_string_new (NULL);
  for (guint i = 0; i < claims->len; i++)
    {
      const FdClaim *c = claims->pdata[i];
      if (c->start > c->end || c->end > doc->len || !c->value
          || !g_utf8_validate (c->value, -1, NULL))
        __builtin_trap ();
      /* Numbers are plain decimals, never "inf" or "nan". */
      if (c->type == FD_CLAIM_NUMBER
          && !isfinite (g_ascii_strtod (c->value, NULL)))
        __builtin_trap ();
      fd_claim_append_json (out, c, i);
    }
  set = fd_entity_set_new ();
  fd_entity_set_add_doc (set, doc);
  fd_entity_set_resolve (set);
  fd_entity_set_append_json (set, out);
  if (!g_utf8_validate (out->str, (gssize)out->len, NULL))
    __builtin_trap ();
  fd_entity_set_free (set);
  g_string_free (out, TRUE);
  g_ptr_array_unref (claims);
  fd_doc_free (doc);
  return 0;
}
