/* claim.c - see claim.h: the claim record and its JSON form. */
#include "claims/claim.h"

#include "core/json.h"

#include <string.h>

static const char *const type_names[FD_CLAIM_N_TYPES] = {
  [FD_CLAIM_DATE] = "date",
  [FD_CLAIM_TIME] = "time",
  [FD_CLAIM_DURATION] = "duration",
  [FD_CLAIM_SET] = "set",
  [FD_CLAIM_NUMBER] = "number",
  [FD_CLAIM_QUOTE] = "quote",
  [FD_CLAIM_PARAPHRASE] = "paraphrase",
};

FdClaim *
fd_claim_new (FdClaimType type, const FdDoc *doc, gsize start, gsize end)
{
  FdClaim *c = g_new0 (FdClaim, 1);

  g_return_val_if_fail (start <= end && end <= doc->len, c);
  c->type = type;
  c->doc = doc;
  c->start = start;
  c->end = end;
  c->anchor_start = c->anchor_end = -1;
  c->speaker_start = c->speaker_end = -1;
  fd_claim_set_sentence (c);
  return c;
}

void
fd_claim_free (FdClaim *claim)
{
  if (!claim)
    return;
  if (claim->packed)
    {
      g_free (claim->speaker_entity);
      if (claim->packed == FD_CLAIM_PACKED)
        g_free (claim);
      return;
    }
  g_free (claim->value);
  g_free (claim->value_max);
  g_free (claim->hedge);
  g_free (claim->anchor);
  g_free (claim->unit);
  g_free (claim->speaker);
  g_free (claim->speaker_entity);
  g_free (claim);
}

/* The packed strings of a claim, in the order they are laid out. */
#define N_PACKED 6

static char **
packed_field (FdClaim *c, guint k)
{
  char **fields[N_PACKED] = { &c->value,  &c->value_max, &c->hedge,
                              &c->anchor, &c->unit,      &c->speaker };
  return fields[k];
}

/* The bytes of @claim's packed strings, NULs included. */
static gsize
packed_size (FdClaim *claim)
{
  gsize size = 0;

  for (guint k = 0; k < N_PACKED; k++)
    {
      const char *v = *packed_field (claim, k);
      size += v ? strlen (v) + 1 : 0;
    }
  return size;
}

/* Copies @from (unpacked) to @to, its strings to @p on, and frees @from's
 * strings but speaker_entity, which @to takes, and @from itself.
 * Returns the end of the strings copied. */
static char *
pack_into (FdClaim *to, FdClaim *from, char *p, FdClaimPacking how)
{
  *to = *from;
  to->packed = how;
  for (guint k = 0; k < N_PACKED; k++)
    {
      char **field = packed_field (to, k);
      gsize len;
      if (!*field)
        continue;
      len = strlen (*field) + 1;
      memcpy (p, *field, len);
      *field = p;
      p += len;
      g_free (*packed_field (from, k));
    }
  g_free (from);
  return p;
}

FdClaim *
fd_claim_pack (FdClaim *claim)
{
  FdClaim *c;

  g_return_val_if_fail (claim != NULL, NULL);
  if (claim->packed)
    return claim;
  c = g_malloc (sizeof *c + packed_size (claim));
  pack_into (c, claim, (char *)(c + 1), FD_CLAIM_PACKED);
  return c;
}

gsize
fd_claim_pack_size (FdClaim *const *claims, guint n)
{
  gsize size = n * sizeof (FdClaim);

  for (guint i = 0; i < n; i++)
    size += packed_size (claims[i]);
  return size;
}

void
fd_claim_pack_into (FdClaim **claims, guint n, gpointer block)
{
  FdClaim *to = block;
  char *p = (char *)(to + n);

  for (guint i = 0; i < n; i++)
    {
      g_return_if_fail (!claims[i]->packed);
      p = pack_into (&to[i], claims[i], p, FD_CLAIM_PACKED_SHARED);
      claims[i] = &to[i];
    }
}

const char *
fd_claim_type_name (FdClaimType type)
{
  g_return_val_if_fail (type < FD_CLAIM_N_TYPES, "unknown");
  return type_names[type];
}

void
fd_claim_set_sentence (FdClaim *claim)
{
  const FdDoc *doc = claim->doc;
  guint lo = 0, hi = doc->n_sents;
  guint li;

  /* Sentences are sorted and disjoint: the last one starting at or before
   * the claim holds it, if it reaches that far. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (doc->sents[mid].start <= claim->start)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0 && doc->sents[lo - 1].end > claim->start)
    {
      claim->sent_start = doc->sents[lo - 1].start;
      claim->sent_end = doc->sents[lo - 1].end;
      return;
    }
  li = fd_doc_line_at (doc, claim->start);
  if (li < doc->n_lines)
    {
      claim->sent_start = doc->lines[li].start;
      claim->sent_end = MAX (doc->lines[li].end, claim->end);
      return;
    }
  claim->sent_start = claim->start;
  claim->sent_end = claim->end;
}

/* Appends [@a,@b]: a span. */
static void
append_span (GString *out, gint64 a, gint64 b)
{
  FD_JSON_LIT (out, "[");
  fd_json_append_int (out, a);
  FD_JSON_LIT (out, ",");
  fd_json_append_int (out, b);
  FD_JSON_LIT (out, "]");
}

/* The JSON report writes one of these for each of a collection's claims,
 * hundreds of thousands at 100k articles: keys are constants and spans
 * are written without printf. */
void
fd_claim_append_json (GString *out, const FdClaim *c, gint64 id)
{
  FD_JSON_LIT (out, "{");
  FD_JSON_FIRST_KEY (out, "doc");
  fd_json_append_string (out, c->doc->id, -1);
  if (id >= 0)
    {
      FD_JSON_KEY (out, "id");
      fd_json_append_int (out, id);
    }
  FD_JSON_KEY (out, "type");
  fd_json_append_string (out, fd_claim_type_name (c->type), -1);
  FD_JSON_KEY (out, "start");
  fd_json_append_int (out, (gint64)c->start);
  FD_JSON_KEY (out, "end");
  fd_json_append_int (out, (gint64)c->end);
  FD_JSON_KEY (out, "text");
  fd_json_append_string (out, c->doc->text + c->start,
                         (gssize)(c->end - c->start));
  FD_JSON_KEY (out, "value");
  fd_json_append_string_or_null (out, c->value);
  if (c->value_max)
    {
      FD_JSON_KEY (out, "value_max");
      fd_json_append_string (out, c->value_max, -1);
    }
  FD_JSON_KEY (out, "hedge");
  fd_json_append_string_or_null (out, c->hedge);
  if (c->type <= FD_CLAIM_SET)
    {
      FD_JSON_KEY (out, "anchor");
      fd_json_append_string_or_null (out, c->anchor);
      if (c->anchor_start >= 0)
        {
          FD_JSON_KEY (out, "anchor_span");
          append_span (out, c->anchor_start, c->anchor_end);
        }
    }
  if (c->type == FD_CLAIM_NUMBER)
    {
      FD_JSON_KEY (out, "unit");
      fd_json_append_string_or_null (out, c->unit);
    }
  if (c->type == FD_CLAIM_QUOTE || c->type == FD_CLAIM_PARAPHRASE)
    {
      FD_JSON_KEY (out, "speaker");
      fd_json_append_string_or_null (out, c->speaker);
      FD_JSON_KEY (out, "speaker_start");
      fd_json_append_int (out, c->speaker_start);
      FD_JSON_KEY (out, "speaker_end");
      fd_json_append_int (out, c->speaker_end);
      FD_JSON_KEY (out, "speaker_entity");
      fd_json_append_string_or_null (out, c->speaker_entity);
    }
  FD_JSON_KEY (out, "sentence");
  append_span (out, (gint64)c->sent_start, (gint64)c->sent_end);
  FD_JSON_LIT (out, "}");
}

gint
fd_claim_compare (gconstpointer a, gconstpointer b)
{
  const FdClaim *x = *(const FdClaim *const *)a;
  const FdClaim *y = *(const FdClaim *const *)b;
  int r;

  if (x->doc != y->doc && (r = strcmp (x->doc->id, y->doc->id)) != 0)
    return r;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->type != y->type)
    return x->type < y->type ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}
