/* sample.c - see sample.h.  The groups are what a finished compare stage
 * would give on these articles; building them by hand lets the report
 * tests run before (and independently of) the real alignment. */
#include "sample.h"

#include "ingest/ingest.h"
#include "split/split.h"

#include <string.h>

const char fd_sample_text_a[]
    = "Élan: talks lasted 30 minutes, officials said.\n"
      "The deal covers 12 boats.\n"
      "\"We will keep the crossing,\" the mayor said.\n"
      "The fleet is \"the best\" <of> the coast & more.\n";
static const char text_b[]
    = "The talks went on for three hours.\n"
      "The deal covers 12 boats.\n"
      "\"We are keeping the crossing,\" the mayor said.\n";
static const char text_c[] = "Élan: talks lasted 30 minutes, officials "
                             "said.\nThe deal covers 14 boats.\n";

static FdDoc *
doc (const char *id, const char *outlet, const char *text)
{
  g_autofree char *path = g_strdup_printf ("sample/%s.txt", id);
  FdDoc *d = fd_ingest_buffer (id, path, text, strlen (text), NULL, NULL);

  g_assert (d);
  g_free (d->outlet);
  d->outlet = g_strdup (outlet);
  g_strlcpy (d->date, "2026-03-03", sizeof d->date);
  fd_split_doc (d);
  return d;
}

static gsize
at (const FdDoc *d, const char *needle)
{
  const char *p = strstr (d->text, needle);

  g_assert (p);
  return (gsize)(p - d->text);
}

/* A claim on the first occurrence of @words in @d, owned by @cmp. */
static FdClaim *
claim (FdCompare *cmp, FdClaimType type, const FdDoc *d, const char *words,
       const char *value)
{
  gsize start = at (d, words);
  FdClaim *c = fd_claim_new (type, d, start, start + strlen (words));

  c->value = g_strdup (value);
  fd_claim_set_sentence (c);
  g_ptr_array_add (cmp->claims, c);
  return c;
}

static gint64
id_of (const FdCompare *cmp, const FdClaim *c)
{
  guint i;

  g_assert (g_ptr_array_find (cmp->claims, c, &i));
  return i;
}

static FdGroup *
group (FdCompare *cmp, const char *type, const char *topic, FdVerdict v,
       double severity, FdClaim *x, FdClaim *y)
{
  FdGroup *g = fd_group_new (type, topic, v);

  g->severity = severity;
  fd_group_add_claim (g, x, id_of (cmp, x));
  if (y)
    fd_group_add_claim (g, y, id_of (cmp, y));
  fd_group_finish (g);
  g_ptr_array_add (cmp->groups, g);
  return g;
}

static GPtrArray *
strings (const char *first, ...)
{
  GPtrArray *a = g_ptr_array_new_with_free_func (g_free);
  va_list ap;

  va_start (ap, first);
  for (const char *s = first; s; s = va_arg (ap, const char *))
    g_ptr_array_add (a, g_strdup (s));
  va_end (ap);
  return a;
}

FdSample *
fd_sample_new (void)
{
  FdSample *s = g_new0 (FdSample, 1);
  g_autoptr (GPtrArray) view = g_ptr_array_new ();
  FdDoc *a, *b, *c;
  FdClaim *dur_a, *dur_b, *num_a, *num_b, *q_a, *q_b, *odd;
  FdGroup *g;
  FdDuplicate *dup;
  FdNameGroup *n;
  FdCompare *cmp;

  s->docs = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  a = doc ("a", "Alpha Post", fd_sample_text_a);
  b = doc ("b", "Beta \"News\", Inc.", text_b);
  c = doc ("c", "Gamma & <Co>", text_c);
  g_ptr_array_add (s->docs, a);
  g_ptr_array_add (s->docs, b);
  g_ptr_array_add (s->docs, c);
  /* The result borrows the documents; it must not free them. */
  for (guint i = 0; i < s->docs->len; i++)
    g_ptr_array_add (view, s->docs->pdata[i]);
  cmp = s->cmp = fd_compare_new (view);

  dur_a = claim (cmp, FD_CLAIM_DURATION, a, "30 minutes", "PT30M");
  dur_b = claim (cmp, FD_CLAIM_DURATION, b, "three hours", "PT3H");
  num_a = claim (cmp, FD_CLAIM_NUMBER, a, "12 boats", "12");
  num_b = claim (cmp, FD_CLAIM_NUMBER, b, "12 boats", "12");
  q_a = claim (cmp, FD_CLAIM_QUOTE, a, "We will keep the crossing,",
               "We will keep the crossing,");
  q_b = claim (cmp, FD_CLAIM_QUOTE, b, "We are keeping the crossing,",
               "We are keeping the crossing,");
  odd = claim (cmp, FD_CLAIM_QUOTE, a, "the best", "the best,\n\"finest\"");
  g_ptr_array_sort (cmp->claims, fd_claim_compare);

  g = group (cmp, "duration", "talks — length", FD_VERDICT_CONFLICT, 0.8,
             dur_a, dur_b);
  g->note = g_strdup ("30 minutes against 3 hours");
  g = group (cmp, "number", "deal — boats", FD_VERDICT_AGREE, 0, num_a, num_b);
  g = group (cmp, "quote", "mayor — crossing", FD_VERDICT_REWORDED, 0, q_a,
             q_b);
  g->diff = g_strdup ("We [-will keep-] {+are keeping+} the crossing,");
  group (cmp, "quote", "fleet, \"best\" <claim> & more | x", FD_VERDICT_SINGLE,
         0, odd, NULL);

  g = fd_group_new ("passage", "deal — boats (copied)", FD_VERDICT_CHANGED);
  g->severity = 0.5;
  g->diff = g_strdup ("The deal covers [-12-] {+14+} boats.");
  fd_group_add_span (g, a, at (a, "The deal covers 12 boats."),
                     at (a, "The deal covers 12 boats.") + 25,
                     "The deal covers 12 boats.");
  fd_group_add_span (g, c, at (c, "The deal covers 14 boats."),
                     at (c, "The deal covers 14 boats.") + 25,
                     "The deal covers 14 boats.");
  g->n_independent = 1;
  fd_group_finish (g);
  g_ptr_array_add (cmp->groups, g);

  dup = g_new0 (FdDuplicate, 1);
  dup->kind = "copied";
  dup->similarity = 0.97;
  dup->a = a;
  dup->a_start = 0;
  dup->a_end = at (a, "\n");
  dup->b = c;
  dup->b_start = 0;
  dup->b_end = at (c, "\n");
  g_ptr_array_add (cmp->duplicates, dup);

  n = g_new0 (FdNameGroup, 1);
  n->name = g_strdup ("Ines Calloway");
  n->kind = "person";
  n->variants = strings ("Ines Calloway", "Inés Calloway", NULL);
  n->misspellings = strings ("Ines Caloway", NULL);
  g_ptr_array_add (cmp->names, n);

  fd_compare_finish (cmp);
  return s;
}

void
fd_sample_free (FdSample *s)
{
  if (!s)
    return;
  fd_compare_free (s->cmp);
  g_ptr_array_unref (s->docs);
  g_free (s);
}
