/* test-dedup.c - the flat table and fd_dedup_run() on invented articles
 * (tests/fixtures/dedup): exact and near duplicates, passages bridged
 * across changed words, changed facts, boilerplate and stories. */
#include "dedup/dedup-private.h"
#include "dedup/dedup.h"
#include "dedup/table.h"
#include "fd-test.h"
#include "ingest/ingest.h"

#include <string.h>

START_TEST (table_insert_lookup_grow)
{
  g_autoptr (FdTable) t = fd_table_new (4);
  gboolean added;

  ck_assert_ptr_null (fd_table_lookup (t, 0));
  /* 0 is a key like any other. */
  *fd_table_insert (t, 0, 7, &added) += 1;
  ck_assert (added);
  ck_assert_uint_eq (*fd_table_lookup (t, 0), 8);
  for (guint64 k = 1; k <= 10000; k++)
    {
      fd_table_insert (t, k << 32 | (k * 7), (guint32)k, &added);
      ck_assert (added);
    }
  ck_assert_uint_eq (fd_table_size (t), 10001);
  for (guint64 k = 1; k <= 10000; k++)
    {
      guint32 *v = fd_table_lookup (t, k << 32 | (k * 7));
      ck_assert_ptr_nonnull (v);
      ck_assert_uint_eq (*v, k);
    }
  fd_table_insert (t, 5ull << 32 | 35, 99, &added);
  ck_assert (!added);
  ck_assert_uint_eq (*fd_table_lookup (t, 5ull << 32 | 35), 5);
  ck_assert_ptr_null (fd_table_lookup (t, 10001ull << 32));
  fd_table_clear (t);
  ck_assert_uint_eq (fd_table_size (t), 0);
  ck_assert_ptr_null (fd_table_lookup (t, 0));
}
END_TEST

/* Loads fixtures @names (NULL-terminated) with the outlets given after
 * each name. */
static GPtrArray *
load (const char *const *names)
{
  GPtrArray *docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);

  for (; *names; names += 2)
    {
      g_autofree char *rel = g_strdup_printf ("dedup/%s", names[0]);
      g_autofree char *path = FD_FIXTURE (rel);
      g_autofree char *data = NULL;
      g_autoptr (GError) err = NULL;
      gsize len;
      FdDoc *doc;

      ck_assert_msg (g_file_get_contents (path, &data, &len, &err), "%s",
                     path);
      doc = fd_ingest_buffer (names[0], path, data, len, NULL, &err);
      ck_assert_ptr_nonnull (doc);
      g_free (doc->outlet);
      doc->outlet = g_strdup (names[1]);
      g_ptr_array_add (docs, doc);
    }
  return docs;
}

static gboolean
span_is (const FdDedup *d, guint doc, gsize start, gsize end, const char *text)
{
  const FdDoc *dc = d->docs->pdata[doc];
  return end - start == strlen (text)
         && memcmp (dc->text + start, text, end - start) == 0;
}

static const char *const harbour[]
    = { "harbour-a.txt", "tide", "harbour-b.txt", "wire", "orchard.txt",
        "tide",          NULL };

START_TEST (exact_duplicates)
{
  g_autoptr (GPtrArray) docs = load (harbour);
  g_autoptr (FdDedup) d = fd_dedup_run (docs, NULL);
  gboolean caption = FALSE, officials = FALSE, contact = FALSE;

  for (guint g = 0; g < d->n_groups; g++)
    {
      const FdDedupGroup *gr = &d->groups[g];
      const FdDedupSpan *m = &d->members[gr->first];
      const FdDoc *doc = d->docs->pdata[m->doc];
      const char *text = doc->text + m->start;
      if (g_str_has_prefix (text, "The harbour master"))
        {
          /* The repeated caption of a; b's caption has another credit. */
          ck_assert_uint_eq (gr->kind, FD_DEDUP_WITHIN);
          ck_assert_uint_eq (gr->n, 2);
          ck_assert_uint_eq (m[0].doc, 0);
          ck_assert_uint_eq (m[1].doc, 0);
          ck_assert_uint_eq (m[0].sent + 1, m[1].sent);
          caption = TRUE;
        }
      else if (g_str_has_prefix (text, "Officials in Port Velmar"))
        {
          ck_assert_uint_eq (gr->kind, FD_DEDUP_CROSS_OUTLET);
          ck_assert_uint_eq (gr->n, 2);
          ck_assert (m[1].doc == 1);
          officials = TRUE;
        }
      else if (g_str_has_prefix (text, "Contact the newsroom"))
        {
          ck_assert_uint_eq (gr->kind, FD_DEDUP_SAME_OUTLET);
          ck_assert_uint_eq (m[0].doc, 0);
          ck_assert_uint_eq (m[1].doc, 2);
          contact = TRUE;
        }
    }
  ck_assert (caption && officials && contact);
  /* Sorted by first member. */
  for (guint g = 1; g < d->n_groups; g++)
    {
      const FdDedupSpan *p = &d->members[d->groups[g - 1].first];
      const FdDedupSpan *q = &d->members[d->groups[g].first];
      ck_assert (p->doc < q->doc || (p->doc == q->doc && p->sent < q->sent));
    }
}
END_TEST

static const FdDedupNear *
find_near (const FdDedup *d, const char *prefix)
{
  for (guint x = 0; x < d->n_near; x++)
    {
      const FdDoc *a = d->docs->pdata[d->near[x].a.doc];
      if (g_str_has_prefix (a->text + d->near[x].a.start, prefix))
        return &d->near[x];
    }
  return NULL;
}

START_TEST (near_duplicate_changed_number)
{
  g_autoptr (GPtrArray) docs = load (harbour);
  g_autoptr (FdDedup) d = fd_dedup_run (docs, NULL);
  const FdDedupNear *n = find_near (d, "The storm destroyed");
  const FdDedupChange *c;

  ck_assert_ptr_nonnull (n);
  ck_assert_uint_eq (n->a.doc, 0);
  ck_assert_uint_eq (n->b.doc, 1);
  ck_assert_uint_eq (n->kind, FD_DEDUP_CROSS_OUTLET);
  /* 14 tokens each, 13 aligned: 13 / 15. */
  ck_assert_double_eq_tol (n->similarity, 13.0 / 15.0, 1e-9);
  ck_assert_uint_eq (n->n_changes, 1);
  c = &d->changes[n->first_change];
  ck_assert (span_is (d, 0, c->a_start, c->a_end, "12"));
  ck_assert (span_is (d, 1, c->b_start, c->b_end, "14"));
  ck_assert_uint_eq (c->facts, FD_DEDUP_FACT_NUMBER);

  /* An inserted word: an empty span on one side, no fact. */
  n = find_near (d, "Engineers from the coastal");
  ck_assert_ptr_nonnull (n);
  ck_assert_uint_eq (n->n_changes, 1);
  c = &d->changes[n->first_change];
  ck_assert_uint_eq (c->a_start, c->a_end);
  ck_assert (span_is (d, 1, c->b_start, c->b_end, "single"));
  ck_assert_uint_eq (c->facts, 0);

  /* The caption credit: one agency for another. */
  n = find_near (d, "The harbour master");
  ck_assert_ptr_nonnull (n);
  ck_assert_uint_eq (n->n_changes, 1);
  c = &d->changes[n->first_change];
  ck_assert (span_is (d, 0, c->a_start, c->a_end, "Tidewater"));
  ck_assert (span_is (d, 1, c->b_start, c->b_end, "Brightline"));
  ck_assert (c->facts & FD_DEDUP_FACT_CREDIT);
}
END_TEST

START_TEST (passage_bridges_gaps)
{
  g_autoptr (GPtrArray) docs = load (harbour);
  g_autoptr (FdDedup) d = fd_dedup_run (docs, NULL);
  const FdDedupPassage *p = NULL;
  const FdDoc *a = docs->pdata[0], *b = docs->pdata[1];

  for (guint x = 0; x < d->n_passages; x++)
    if (g_str_has_prefix (a->text + d->passages[x].a.start, "Officials"))
      p = &d->passages[x];
  ck_assert_ptr_nonnull (p);
  ck_assert_uint_eq (p->b.doc, 1);
  /* One passage across "12"/"14" and the inserted "single", from the
   * first copied sentence to the end of the fourth. */
  ck_assert (g_str_has_prefix (b->text + p->b.start, "Officials"));
  ck_assert (g_str_has_prefix (a->text + p->a.end - 13, "island market"));
  ck_assert (g_str_has_prefix (b->text + p->b.end - 13, "island market"));
  ck_assert_uint_eq (p->n_changes, 2);
  ck_assert (p->similarity > 0.95 && p->similarity < 1);
  ck_assert (p->containment_b > 0.5);
  ck_assert (p->containment_a < p->containment_b);
  ck_assert (p->classes & (1u << FD_LINE_BODY));

  /* The pair and its story; orchard shares one short sentence only. */
  ck_assert_uint_eq (d->n_pairs, 1);
  ck_assert_uint_eq (d->pairs[0].a, 0);
  ck_assert_uint_eq (d->pairs[0].b, 1);
  ck_assert (d->pairs[0].containment_b > d->opts.story_threshold);
  ck_assert_uint_eq (d->story[0], d->story[1]);
  ck_assert_uint_ne (d->story[0], d->story[2]);
  ck_assert_uint_eq (d->n_stories, 2);
}
END_TEST

START_TEST (passage_with_small_shingles)
{
  g_autoptr (GPtrArray) docs = load (harbour);
  FdDedupOptions o;
  g_autoptr (FdDedup) d = NULL;

  fd_dedup_options_init (&o);
  o.shingle_size = 3;
  o.min_passage = 5;
  d = fd_dedup_run (docs, &o);
  /* With 3-shingles the short "Contact the newsroom" line is a passage
   * between two articles of one outlet. */
  for (guint x = 0; x < d->n_passages; x++)
    if (d->passages[x].a.doc == 0 && d->passages[x].b.doc == 2)
      {
        ck_assert_uint_eq (d->passages[x].kind, FD_DEDUP_SAME_OUTLET);
        return;
      }
  ck_abort_msg ("no passage between harbour-a and orchard");
}
END_TEST

static const char *const outlet[] = { "outlet-1.txt",
                                      "tide",
                                      "outlet-2.txt",
                                      "tide",
                                      "outlet-3.txt",
                                      "tide",
                                      "outlet-4.txt",
                                      "tide",
                                      "harbour-b.txt",
                                      "wire",
                                      NULL };

START_TEST (boilerplate_learned)
{
  g_autoptr (GPtrArray) docs = load (outlet);
  g_autoptr (FdDedup) d = fd_dedup_run (docs, NULL);
  guint boiler = 0;

  /* The trailer pairs nobody and is reported once per article against
   * the outlet's first. */
  ck_assert_uint_eq (d->n_pairs, 0);
  for (guint x = 0; x < d->n_passages; x++)
    {
      const FdDedupPassage *p = &d->passages[x];
      const FdDoc *a = docs->pdata[p->a.doc];
      ck_assert_uint_eq (p->kind, FD_DEDUP_BOILERPLATE);
      ck_assert_uint_eq (p->a.doc, 0);
      ck_assert (g_str_has_prefix (a->text + p->a.start, "Reporting by"));
      boiler++;
    }
  ck_assert_uint_eq (boiler, 3);
  for (guint g = 0; g < d->n_groups; g++)
    ck_assert_uint_eq (d->groups[g].kind, FD_DEDUP_BOILERPLATE);
  ck_assert_uint_eq (d->n_stories, 5);

  /* Fewer articles than boilerplate_docs: the same text is a same-outlet
   * passage and pairs the articles. */
  {
    FdDedupOptions o;
    g_autoptr (FdDedup) e = NULL;
    fd_dedup_options_init (&o);
    o.boilerplate_docs = 5;
    e = fd_dedup_run (docs, &o);
    ck_assert_uint_eq (e->n_pairs, 6);
    ck_assert_uint_eq (e->passages[0].kind, FD_DEDUP_SAME_OUTLET);
  }
}
END_TEST

/* Structs are compared member by member: their padding bytes are not
 * part of the result and may hold anything. */
static gboolean
same_span (const FdDedupSpan *x, const FdDedupSpan *y)
{
  return x->doc == y->doc && x->sent == y->sent && x->start == y->start
         && x->end == y->end;
}

static gboolean
same_passage (const FdDedupPassage *x, const FdDedupPassage *y)
{
  return x->kind == y->kind && x->similarity == y->similarity
         && same_span (&x->a, &y->a) && same_span (&x->b, &y->b)
         && x->tokens_a == y->tokens_a && x->tokens_b == y->tokens_b
         && x->containment_a == y->containment_a
         && x->containment_b == y->containment_b && x->classes == y->classes
         && x->first_change == y->first_change && x->n_changes == y->n_changes;
}

static gboolean
same_near (const FdDedupNear *x, const FdDedupNear *y)
{
  return x->kind == y->kind && x->similarity == y->similarity
         && same_span (&x->a, &y->a) && same_span (&x->b, &y->b)
         && x->first_change == y->first_change && x->n_changes == y->n_changes;
}

static gboolean
same_change (const FdDedupChange *x, const FdDedupChange *y)
{
  return x->a_start == y->a_start && x->a_end == y->a_end
         && x->b_start == y->b_start && x->b_end == y->b_end
         && x->facts == y->facts;
}

static gboolean
same_pair (const FdDedupPair *x, const FdDedupPair *y)
{
  return x->a == y->a && x->b == y->b && x->kind == y->kind
         && x->resemblance == y->resemblance
         && x->containment_a == y->containment_a
         && x->containment_b == y->containment_b;
}

static gboolean
same_group (const FdDedupGroup *x, const FdDedupGroup *y)
{
  return x->kind == y->kind && x->hash == y->hash && x->classes == y->classes
         && x->first == y->first && x->n == y->n;
}

#define SAME_ARRAY(x, y, field, n, same)                                      \
  do                                                                          \
    {                                                                         \
      ck_assert_uint_eq ((x)->n, (y)->n);                                     \
      for (guint i_ = 0; i_ < (x)->n; i_++)                                   \
        ck_assert_msg (same (&(x)->field[i_], &(y)->field[i_]),               \
                       #field " differ at %u", i_);                           \
    }                                                                         \
  while (0)

START_TEST (deterministic_and_empty)
{
  g_autoptr (GPtrArray) docs = load (harbour);
  g_autoptr (FdDedup) d1 = fd_dedup_run (docs, NULL);
  g_autoptr (FdDedup) d2 = fd_dedup_run (docs, NULL);
  g_autoptr (GPtrArray) none = g_ptr_array_new ();
  g_autoptr (FdDedup) d3 = fd_dedup_run (none, NULL);

  ck_assert_uint_gt (d1->n_passages, 0);
  SAME_ARRAY (d1, d2, passages, n_passages, same_passage);
  SAME_ARRAY (d1, d2, changes, n_changes, same_change);
  ck_assert_uint_eq (d3->n_passages + d3->n_groups + d3->n_stories, 0);
  fd_dedup_free (NULL);
}
END_TEST

/* @n invented articles of @outlets outlets: sentences of random words,
 * where every third article copies a stretch of an earlier one with a word
 * or two changed, so that there are passages, near duplicates, exact
 * groups and boilerplate (a trailer per outlet) to find. */
/* Two articles whose shared words sit on both sides of 70,000 bytes
 * without a token: a run of tokens spans more than 64 KiB, so dedup keeps
 * their starts whole (FdDedupDocInfo.wide), and the passages must still
 * point at the right bytes. */
START_TEST (passage_across_wide_gap)
{
  static const char *const words[]
      = { "harbour", "ferry",  "storm", "market", "council", "bridge",
          "river",   "school", "north", "mayor",  "budget",  "road" };
  g_autoptr (GPtrArray) docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  g_autoptr (FdDedup) d = NULL;
  FdTokens toks = { 0 };
  gboolean before = FALSE, after = FALSE;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GString) t = g_string_new (i ? "Wire copy.\n" : "");
      g_autoptr (GError) err = NULL;
      FdDoc *doc;
      for (guint part = 0; part < 2; part++)
        {
          for (guint w = 0; w < 40; w++)
            g_string_append_printf (t, "%s%s%u", w ? " " : "",
                                    words[(w * 7 + part) % 12], w % 5);
          g_string_append (t, ".\n");
          if (part == 0)
            for (guint x = 0; x < 1000; x++)
              g_string_append (t, "------------------------------"
                                  "----------------------------------"
                                  "------\n");
        }
      doc = fd_ingest_buffer (i ? "b" : "a", i ? "b" : "a", t->str, t->len,
                              NULL, &err);
      ck_assert_ptr_nonnull (doc);
      g_free (doc->outlet);
      doc->outlet = g_strdup (i ? "wire" : "tide");
      g_ptr_array_add (docs, doc);
    }
  fd_tokens_scan (&toks, ((FdDoc *)docs->pdata[1])->text,
                  ((FdDoc *)docs->pdata[1])->len);
  ck_assert (fd_dedup_tok_wide (&toks));
  fd_tokens_clear (&toks);

  d = fd_dedup_run (docs, NULL);
  ck_assert_uint_gt (d->n_passages, 0);
  for (guint x = 0; x < d->n_passages; x++)
    {
      const FdDedupPassage *p = &d->passages[x];
      const FdDoc *a = docs->pdata[p->a.doc], *b = docs->pdata[p->b.doc];
      /* Both sides read the same, word for word, from a word's start. */
      ck_assert_uint_eq (p->a.end - p->a.start, p->b.end - p->b.start);
      ck_assert (memcmp (a->text + p->a.start, b->text + p->b.start,
                         p->a.end - p->a.start)
                 == 0);
      ck_assert (g_str_has_prefix (b->text + p->b.start, "harbour0")
                 || g_str_has_prefix (b->text + p->b.start, "ferry0"));
      ck_assert (g_str_has_prefix (b->text + p->b.end - 7, "budget4"));
      if (p->b.start < 1000)
        before = TRUE;
      else if (p->b.start > 70000)
        after = TRUE;
    }
  ck_assert (before && after);
}
END_TEST

/* The change of @d whose sides read @a and @b, or NULL. */
static const FdDedupChange *
find_change (const FdDedup *d, const char *a, const char *b)
{
  for (guint x = 0; x < d->n_changes; x++)
    {
      const FdDedupChange *c = &d->changes[x];
      const FdDoc *da = d->docs->pdata[0], *db = d->docs->pdata[1];
      if (c->a_end - c->a_start == strlen (a)
          && memcmp (da->text + c->a_start, a, strlen (a)) == 0
          && c->b_end - c->b_start == strlen (b)
          && memcmp (db->text + c->b_start, b, strlen (b)) == 0)
        return c;
    }
  return NULL;
}

/* Where tokens end and what facts a changed token carries are read from
 * the text again when a pair needs them (FdDedupDocInfo keeps neither):
 * words that end in a byte >= 0x80, are followed by other separators
 * than ASCII, hold an apostrophe, a digit or a group comma, month names
 * and credits. */
START_TEST (changed_token_facts)
{
  static const char *const sides[][2] = {
    { "Monday", "Tuesday" },       { "28,500", "31,700" },
    { "Velmar", "Zoé" },           { "officials", "O'Brien" },
    { "Tidewater", "Brightline" }, { "covid19", "covid20" },
    { "ten", "eleven" },           { "café", "bistro" },
    { "May's", "June's" },
  };
  static const guint facts[] = {
    FD_DEDUP_FACT_DATE,
    FD_DEDUP_FACT_NUMBER,
    FD_DEDUP_FACT_NAME,
    FD_DEDUP_FACT_NAME,
    FD_DEDUP_FACT_NAME | FD_DEDUP_FACT_CREDIT,
    FD_DEDUP_FACT_NUMBER,
    0,
    0,
    FD_DEDUP_FACT_NAME,
  };
  const char *fmt
      = "The council met on %s in the town hall of Port Velmar and agreed "
        "that the new ferry terminal will open to passengers after the "
        "storm season ends, %s said on the radio this week. The budget "
        "for the terminal is %s euros according to the harbour office of "
        "Port %s which published the plan on its website late on Friday "
        "evening. A picture of the pier (Photo: %s) was shown at the "
        "meeting of the council in the town hall that night. About %s "
        "cases were counted in the town of Port Velmar over the winter "
        "months by the clinic, and %s boats were moored at the old pier "
        "next to the fish market — the %s on the corner of the harbour "
        "square was closed for the whole of the winter. The ferry will "
        "sail twice a day from %s onwards, the harbour office of the "
        "town said.\n";
  g_autoptr (GPtrArray) docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  g_autoptr (FdDedup) d = NULL;

  G_STATIC_ASSERT (G_N_ELEMENTS (sides) == G_N_ELEMENTS (facts));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GError) err = NULL;
      g_autofree char *t = g_strdup_printf (
          fmt, sides[0][i], sides[3][i], sides[1][i], sides[2][i], sides[4][i],
          sides[5][i], sides[6][i], sides[7][i], sides[8][i]);
      FdDoc *doc = fd_ingest_buffer (i ? "b" : "a", i ? "b" : "a", t,
                                     strlen (t), NULL, &err);
      ck_assert_ptr_nonnull (doc);
      g_free (doc->outlet);
      doc->outlet = g_strdup (i ? "wire" : "tide");
      g_ptr_array_add (docs, doc);
    }
  d = fd_dedup_run (docs, NULL);
  ck_assert_uint_eq (d->n_passages, 1);
  for (guint x = 0; x < G_N_ELEMENTS (sides); x++)
    {
      const FdDedupChange *c = find_change (d, sides[x][0], sides[x][1]);
      ck_assert_msg (c != NULL, "no change %s -> %s", sides[x][0],
                     sides[x][1]);
      ck_assert_msg (c->facts == facts[x], "%s -> %s: facts %u", sides[x][0],
                     sides[x][1], c->facts);
    }
}
END_TEST

static GPtrArray *
invent (guint n, guint outlets)
{
  static const char *const words[]
      = { "harbour", "ferry",  "storm", "market",  "council", "bridge",
          "river",   "school", "north", "mayor",   "budget",  "road",
          "Velmar",  "Monday", "12",    "opened",  "closed",  "said",
          "new",     "old",    "boats", "tickets", "rain",    "pier" };
  GPtrArray *docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  g_autoptr (GRand) r = g_rand_new_with_seed (7);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GString) t = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("doc%03u", i);
      g_autoptr (GError) err = NULL;
      FdDoc *doc;
      guint sents = 4 + g_rand_int_range (r, 0, 8);

      for (guint s = 0; s < sents; s++)
        {
          guint len = 6 + g_rand_int_range (r, 0, 14);
          for (guint w = 0; w < len; w++)
            g_string_append_printf (
                t, "%s%s", w ? " " : "",
                words[g_rand_int_range (r, 0, G_N_ELEMENTS (words))]);
          g_string_append (t, ".\n");
        }
      if (i % 3 == 2)
        {
          /* A copy of an earlier article with one word changed. */
          const char *src = texts->pdata[g_rand_int_range (r, 0, i)];
          g_autofree char *copy = g_strdup (src);
          char *sp = strchr (copy + strlen (copy) / 2, ' ');
          if (sp && sp[1])
            sp[1] = 'X';
          g_string_append (t, copy);
        }
      g_string_append_printf (t, "Reporting by the desk of outlet %u.\n",
                              i % outlets);
      g_ptr_array_add (texts, g_strdup (t->str));
      doc = fd_ingest_buffer (id, id, t->str, t->len, NULL, &err);
      ck_assert_ptr_nonnull (doc);
      g_free (doc->outlet);
      doc->outlet = g_strdup_printf ("outlet%u", i % outlets);
      g_ptr_array_add (docs, doc);
    }
  return docs;
}

START_TEST (threads_same_result)
{
  g_autoptr (GPtrArray) docs = invent (300, 7);
  FdDedupOptions o;
  g_autoptr (FdDedup) one = NULL;

  fd_dedup_options_init (&o);
  ck_assert_uint_eq (o.threads, 1);
  one = fd_dedup_run (docs, &o);
  /* Enough of everything that the work is cut into many tasks. */
  ck_assert_uint_gt (one->n_passages, 50);
  ck_assert_uint_gt (one->n_pairs, 50);
  ck_assert_uint_gt (one->n_near, 0);
  ck_assert_uint_gt (one->n_groups, 0);
  ck_assert_uint_gt (one->n_changes, 0);
  for (guint th = 2; th <= 5; th += 3)
    {
      g_autoptr (FdDedup) d = NULL;
      o.threads = th;
      d = fd_dedup_run (docs, &o);
      SAME_ARRAY (one, d, passages, n_passages, same_passage);
      SAME_ARRAY (one, d, near, n_near, same_near);
      SAME_ARRAY (one, d, changes, n_changes, same_change);
      SAME_ARRAY (one, d, pairs, n_pairs, same_pair);
      SAME_ARRAY (one, d, groups, n_groups, same_group);
      SAME_ARRAY (one, d, members, n_members, same_span);
      ck_assert_uint_eq (one->n_stories, d->n_stories);
      ck_assert (memcmp (one->story, d->story, docs->len * sizeof (guint))
                 == 0);
    }
}
END_TEST

/* An article made of @text, of outlet @outlet_name. */
static FdDoc *
doc_of_text (const char *id, const char *outlet_name, const char *text)
{
  g_autoptr (GError) err = NULL;
  FdDoc *doc = fd_ingest_buffer (id, id, text, strlen (text), NULL, &err);

  ck_assert_ptr_nonnull (doc);
  g_free (doc->outlet);
  doc->outlet = g_strdup (outlet_name);
  return doc;
}

/* A paragraph that article a holds twice and b once, with three words
 * changed: each of a's copies is aligned with b's, so the pair has two
 * passages, each with that one change.  Alignment extends a run without
 * looking its next shingle up only where a has that shingle once; here
 * the look-ups must find both copies, or the runs of one copy would
 * leave a longer gap. */
START_TEST (passage_repeated_in_a)
{
  static const char para[]
      = "The lighthouse keeper counted forty seven ships passing the "
        "%s the long winter night and wrote each name in the old ledger "
        "by the light of a small oil lamp that his father left him.\n";
  g_autofree char *pa = g_strdup_printf (para, "northern cape during");
  g_autofree char *pb = g_strdup_printf (para, "southern point through");
  g_autofree char *ta = g_strconcat (
      "Keeper's ledger\n", pa,
      "Snow closed the mountain road for three days, and the bakery ran "
      "out of flour before the plough arrived.\n",
      pa, NULL);
  g_autofree char *tb = g_strconcat (
      "Night at the cape\n",
      "Fishermen gathered in the tavern to hear the weather report read "
      "aloud by the harbour clerk.\n",
      pb, NULL);
  g_autoptr (GPtrArray) docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  g_autoptr (FdDedup) d = NULL;
  gsize at_a[2], at_b = (gsize)(strstr (tb, "The lighthouse") - tb);

  at_a[0] = (gsize)(strstr (ta, "The lighthouse") - ta);
  at_a[1] = (gsize)(strstr (ta + at_a[0] + 1, "The lighthouse") - ta);
  g_ptr_array_add (docs, doc_of_text ("a", "tide", ta));
  g_ptr_array_add (docs, doc_of_text ("b", "wire", tb));
  d = fd_dedup_run (docs, NULL);
  ck_assert_uint_eq (d->n_passages, 2);
  for (guint x = 0; x < 2; x++)
    {
      const FdDedupPassage *p = &d->passages[x];
      const FdDedupChange *c = &d->changes[p->first_change];
      ck_assert_uint_eq (p->a.doc, 0);
      ck_assert_uint_eq (p->b.doc, 1);
      ck_assert_uint_eq (p->a.start, at_a[x]);
      ck_assert_uint_eq (p->a.end, at_a[x] + strlen (pa) - 2);
      ck_assert_uint_eq (p->b.start, at_b);
      ck_assert_uint_eq (p->b.end, at_b + strlen (pb) - 2);
      ck_assert_uint_eq (p->n_changes, 1);
      ck_assert (span_is (d, 0, c->a_start, c->a_end, "northern cape during"));
      ck_assert (
          span_is (d, 1, c->b_start, c->b_end, "southern point through"));
    }
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("dedup");
  TCase *tc = tcase_create ("dedup");

  tcase_add_test (tc, table_insert_lookup_grow);
  tcase_add_test (tc, exact_duplicates);
  tcase_add_test (tc, near_duplicate_changed_number);
  tcase_add_test (tc, passage_bridges_gaps);
  tcase_add_test (tc, passage_with_small_shingles);
  tcase_add_test (tc, boilerplate_learned);
  tcase_add_test (tc, deterministic_and_empty);
  tcase_add_test (tc, threads_same_result);
  tcase_add_test (tc, passage_across_wide_gap);
  tcase_add_test (tc, changed_token_facts);
  tcase_add_test (tc, passage_repeated_in_a);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
