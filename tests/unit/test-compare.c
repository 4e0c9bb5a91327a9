/* test-compare.c - alignment and verdicts on claims made by hand, so that
 * compare is tested apart from the extractors. */
#include "compare/align.h"
#include "compare/value.h"
#include "compare/wdiff.h"
#include "fd-test-doc.h"
#include "fd-test.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <math.h>
#include <string.h>

typedef struct
{
  GPtrArray *docs;
  FdCompare *cmp;
} World;

static FdDoc *
add_doc (World *w, const char *id, const char *tz, const char *text)
{
  FdIngestOptions opts = { .date = "2025-06-18", .outlet = id };
  FdDoc *d = fd_ingest_buffer (id, id, text, strlen (text), &opts, NULL);

  ck_assert_ptr_nonnull (d);
  g_strlcpy (d->tz, tz, sizeof d->tz);
  fd_split_doc (d);
  g_ptr_array_add (w->docs, d);
  return d;
}

/* A claim on the first occurrence of @words in @d. */
static FdClaim *
add_claim (World *w, FdDoc *d, FdClaimType t, const char *words,
           const char *value, const char *hedge, const char *anchor)
{
  const char *at = strstr (d->text, words);
  FdClaim *c;

  ck_assert_msg (at != NULL, "'%s' not in %s", words, d->id);
  c = fd_claim_new (t, d, (gsize)(at - d->text),
                    (gsize)(at - d->text) + strlen (words));
  c->value = g_strdup (value);
  c->hedge = g_strdup (hedge);
  if (anchor)
    {
      const char *a = strstr (d->text, anchor);
      ck_assert_ptr_nonnull (a);
      c->anchor = g_strdup (anchor);
      c->anchor_start = a - d->text;
      c->anchor_end = c->anchor_start + (gssize)strlen (anchor);
    }
  g_ptr_array_add (w->cmp->claims, c);
  return c;
}

static void
world_init (World *w)
{
  w->docs = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  w->cmp = NULL;
}

/* Creates the result over the documents added so far. */
static void
world_begin (World *w)
{
  w->cmp = fd_compare_new (w->docs);
}

static void
world_run (World *w)
{
  FdPeople *people = fd_people_learn (w->cmp->docs, NULL);

  g_ptr_array_sort (w->cmp->claims, fd_claim_compare);
  fd_align_values (w->cmp, people, NULL, 1);
  fd_align_quotes (w->cmp, people, NULL);
  fd_people_free (people);
  fd_compare_finish (w->cmp);
}

static void
world_clear (World *w)
{
  fd_compare_free (w->cmp);
  g_ptr_array_unref (w->docs);
}

/* The member of doc @id with words @words in @g, or NULL. */
static const FdMember *
find_member (const FdGroup *g, const char *id, const char *words)
{
  for (guint m = 0; m < g->members->len; m++)
    {
      const FdMember *mb = g->members->pdata[m];
      if (strcmp (mb->doc->id, id) == 0
          && mb->end - mb->start == strlen (words)
          && memcmp (mb->doc->text + mb->start, words, strlen (words)) == 0)
        return mb;
    }
  return NULL;
}

/* The group holding the claim whose words are @words in doc @id. */
static const FdGroup *
group_of (World *w, const char *id, const char *words)
{
  for (guint i = 0; i < w->cmp->groups->len; i++)
    {
      const FdGroup *g = w->cmp->groups->pdata[i];
      if (find_member (g, id, words))
        return g;
    }
  ck_abort_msg ("no group holds '%s' of %s", words, id);
  return NULL;
}

START_TEST (durations_in_other_words_agree)
{
  World w;
  FdDoc *a, *b, *c;
  const FdGroup *g;

  world_init (&w);
  a = add_doc (&w, "a", "", "The two leaders held 30-minute talks on Monday.");
  b = add_doc (&w, "b", "",
               "At the start of the about 30-minute talks, both smiled.");
  c = add_doc (&w, "c", "",
               "The leaders sat down for 30 minutes in the resort.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DURATION, "30-minute", "PT30M", NULL, NULL);
  add_claim (&w, b, FD_CLAIM_DURATION, "30-minute", "PT30M", "about", NULL);
  add_claim (&w, c, FD_CLAIM_DURATION, "30 minutes", "PT30M", NULL, NULL);
  world_run (&w);
  g = group_of (&w, "a", "30-minute");
  ck_assert_int_eq (g->members->len, 3);
  ck_assert_int_eq (g->n_outlets, 3);
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
  ck_assert_uint_eq (w.cmp->n_conflicts, 0);
  world_clear (&w);
}
END_TEST

START_TEST (conflict_severity_is_graded)
{
  World w;
  FdDoc *a, *b, *c;
  const FdGroup *mild, *bad;

  /* Two separate stories in one world: the talks and the hearing. */
  world_init (&w);
  a = add_doc (&w, "a", "",
               "The talks lasted 30 minutes.\nThe hearing "
               "lasted 30 minutes.");
  b = add_doc (&w, "b", "", "The talks lasted 35 minutes.");
  c = add_doc (&w, "c", "", "The hearing lasted three hours.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DURATION, "30 minutes", "PT30M", NULL, NULL);
  {
    const char *second = strstr (strstr (a->text, "hearing"), "30 minutes");
    FdClaim *h = fd_claim_new (FD_CLAIM_DURATION, a, (gsize)(second - a->text),
                               (gsize)(second - a->text) + 10);
    h->value = g_strdup ("PT30M");
    g_ptr_array_add (w.cmp->claims, h);
  }
  add_claim (&w, b, FD_CLAIM_DURATION, "35 minutes", "PT35M", NULL, NULL);
  add_claim (&w, c, FD_CLAIM_DURATION, "three hours", "PT3H", NULL, NULL);
  world_run (&w);
  mild = group_of (&w, "b", "35 minutes");
  bad = group_of (&w, "c", "three hours");
  ck_assert_str_eq (fd_verdict_name (mild->verdict), "conflict");
  ck_assert_str_eq (fd_verdict_name (bad->verdict), "conflict");
  ck_assert (mild != bad);
  ck_assert_msg (mild->severity < bad->severity, "%g vs %g", mild->severity,
                 bad->severity);
  ck_assert_str_eq (fd_severity_label (mild->severity), "low");
  ck_assert_str_eq (fd_severity_label (bad->severity), "high");
  ck_assert_uint_eq (w.cmp->n_conflicts, 2);
  world_clear (&w);
}
END_TEST

START_TEST (calls_with_different_leaders_stay_apart)
{
  World w;
  FdDoc *a, *b;

  world_init (&w);
  a = add_doc (&w, "a", "",
               "President Park had a 25-minute call with Prime Minister "
               "Tanabe Haruki.");
  b = add_doc (&w, "b", "",
               "Park had a 15-minute call with President Anton Moreau.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DURATION, "25-minute", "PT25M", NULL, NULL);
  add_claim (&w, b, FD_CLAIM_DURATION, "15-minute", "PT15M", NULL, NULL);
  world_run (&w);
  ck_assert (group_of (&w, "a", "25-minute")
             != group_of (&w, "b", "15-minute"));
  ck_assert_uint_eq (w.cmp->n_conflicts, 0);
  world_clear (&w);
}
END_TEST

START_TEST (vote_and_inauguration_are_different_facts)
{
  World w;
  FdDoc *a, *b;

  world_init (&w);
  a = add_doc (&w, "a", "", "She won the June 3 vote by a wide margin.");
  b = add_doc (&w, "b", "", "She took office on June 4 in the capital.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DATE, "June 3", "2025-06-03", NULL, NULL);
  add_claim (&w, b, FD_CLAIM_DATE, "June 4", "2025-06-04", NULL, NULL);
  world_run (&w);
  ck_assert (group_of (&w, "a", "June 3") != group_of (&w, "b", "June 4"));
  ck_assert_uint_eq (w.cmp->n_conflicts, 0);
  world_clear (&w);
}
END_TEST

START_TEST (weekday_agrees_with_absolute_date)
{
  World w;
  FdDoc *a, *b;
  const FdGroup *g;

  world_init (&w);
  a = add_doc (&w, "a", "", "The leaders met at the summit on Tuesday.");
  b = add_doc (&w, "b", "",
               "Both shook hands before their talks on June 17, 2025.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DATE, "Tuesday", "2025-06-17", NULL, NULL);
  add_claim (&w, b, FD_CLAIM_DATE, "June 17, 2025", "2025-06-17", NULL, NULL);
  world_run (&w);
  g = group_of (&w, "a", "Tuesday");
  ck_assert (g == group_of (&w, "b", "June 17, 2025"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
  world_clear (&w);
}
END_TEST

START_TEST (a_day_apart_across_time_zones_is_noted_not_conflict)
{
  World w;
  FdDoc *a, *b;
  const FdGroup *g;

  world_init (&w);
  a = add_doc (&w, "a", "JST", "The summit talks were held on June 18.");
  b = add_doc (&w, "b", "EDT", "The summit talks took place on June 17.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DATE, "June 18", "2025-06-18", NULL, NULL);
  add_claim (&w, b, FD_CLAIM_DATE, "June 17", "2025-06-17", NULL, NULL);
  world_run (&w);
  g = group_of (&w, "a", "June 18");
  ck_assert (g == group_of (&w, "b", "June 17"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
  ck_assert_ptr_nonnull (g->note);
  ck_assert (strstr (g->note, "time-zone") != NULL);
  world_clear (&w);
}
END_TEST

START_TEST (anchored_durations_compare_by_anchor)
{
  World w;
  FdDoc *a, *b;
  const FdGroup *g;

  world_init (&w);
  a = add_doc (&w, "a", "",
               "The summit came two weeks after she took office.");
  b = add_doc (&w, "b", "",
               "The summit was held fourteen days after the inauguration.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DURATION, "two weeks", "P2W", NULL,
             "after she took office");
  add_claim (&w, b, FD_CLAIM_DURATION, "fourteen days", "P14D", NULL,
             "after the inauguration");
  world_run (&w);
  g = group_of (&w, "a", "two weeks");
  ck_assert (g == group_of (&w, "b", "fourteen days"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
  world_clear (&w);
}
END_TEST

START_TEST (anchored_duration_is_checked_as_a_date)
{
  World w;
  FdDoc *a, *b, *c, *d, *e;
  const FdGroup *g;

  world_init (&w);
  a = add_doc (&w, "a", "",
               "She took office on February 25 after the "
               "count.");
  b = add_doc (&w, "b", "", "The summit talks were held on March 11.");
  c = add_doc (&w, "c", "",
               "The summit came two weeks after she took "
               "office.");
  d = add_doc (&w, "d", "",
               "The summit came five weeks after she took "
               "office.");
  e = add_doc (&w, "e", "", "She was sworn in on February 25.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DATE, "February 25", "2026-02-25", NULL, NULL);
  add_claim (&w, b, FD_CLAIM_DATE, "March 11", "2026-03-11", NULL, NULL);
  add_claim (&w, c, FD_CLAIM_DURATION, "two weeks", "P2W", NULL,
             "after she took office");
  world_run (&w);
  g = group_of (&w, "b", "March 11");
  ck_assert (g == group_of (&w, "c", "two weeks"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
  fd_compare_free (w.cmp);
  w.cmp = NULL;
  /* Five weeks after February 25 is not March 11; a conflict needs the
   * anchor told by two outlets. */
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DATE, "February 25", "2026-02-25", NULL, NULL);
  add_claim (&w, e, FD_CLAIM_DATE, "February 25", "2026-02-25", NULL, NULL);
  add_claim (&w, b, FD_CLAIM_DATE, "March 11", "2026-03-11", NULL, NULL);
  add_claim (&w, d, FD_CLAIM_DURATION, "five weeks", "P5W", NULL,
             "after she took office");
  world_run (&w);
  g = group_of (&w, "d", "five weeks");
  ck_assert (g == group_of (&w, "b", "March 11"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "conflict");
  world_clear (&w);
}
END_TEST

/* The member of doc @id with words @words in @g. */
static const FdMember *
member_of (const FdGroup *g, const char *id, const char *words)
{
  const FdMember *mb = find_member (g, id, words);

  if (!mb)
    ck_abort_msg ("no member '%s' of %s", words, id);
  return mb;
}

/* A claim member's display is made from its claim when a report asks for
 * it; a member with a display of its own (a derived date, copied text)
 * shows that. */
START_TEST (member_display_is_made_when_asked)
{
  World w;
  FdDoc *a, *b, *c;
  FdGroup *span;
  g_autofree char *plain = NULL, *derived = NULL, *copied = NULL;
  const FdMember *m;

  world_init (&w);
  a = add_doc (&w, "a", "", "The talks lasted about 30 minutes on March 11.");
  b = add_doc (&w, "b", "", "The summit talks were held on March 11.");
  c = add_doc (&w, "c", "",
               "The summit came two weeks after she took office on "
               "February 25.");
  world_begin (&w);
  add_claim (&w, a, FD_CLAIM_DURATION, "30 minutes", "PT30M", "about", NULL);
  add_claim (&w, b, FD_CLAIM_DATE, "March 11", "2026-03-11", NULL, NULL);
  add_claim (&w, c, FD_CLAIM_DATE, "February 25", "2026-02-25", NULL, NULL);
  add_claim (&w, c, FD_CLAIM_DURATION, "two weeks", "P2W", NULL,
             "after she took office");
  world_run (&w);
  m = member_of (group_of (&w, "a", "30 minutes"), "a", "30 minutes");
  ck_assert_ptr_null (m->display);
  /* A claim's member shows the claim's own value; a derived one its own. */
  ck_assert_ptr_eq (m->value, m->claim->value);
  plain = fd_member_display (m);
  ck_assert_str_eq (plain, "PT30M (\"30 minutes\", about)");
  m = member_of (group_of (&w, "c", "two weeks"), "c", "two weeks");
  ck_assert_ptr_nonnull (m->display);
  ck_assert_str_eq (m->value, "2026-03-11");
  ck_assert_ptr_ne (m->value, m->claim->value);
  derived = fd_member_display (m);
  ck_assert_str_eq (derived, m->display);
  ck_assert_ptr_nonnull (strstr (derived, "\"two weeks\""));
  span = fd_group_new ("passage", "copied", FD_VERDICT_CHANGED);
  fd_group_add_span (span, a, 4, 9, "[-talks-] {+calls+}");
  copied = fd_member_display (span->members->pdata[0]);
  ck_assert_str_eq (copied, "[-talks-] {+calls+}");
  g_ptr_array_add (w.cmp->groups, span);
  world_clear (&w);
}
END_TEST

START_TEST (packed_claims_say_the_same)
{
  World w;
  FdDoc *d;
  FdClaim *c, *p;
  g_autoptr (GString) before = g_string_new (NULL);
  g_autoptr (GString) after = g_string_new (NULL);

  world_init (&w);
  d = add_doc (&w, "a", "", "Some 3-5 troops came two days after the vote.");
  c = fd_claim_new (FD_CLAIM_NUMBER, d, 5, 8);
  c->value = g_strdup ("3");
  c->value_max = g_strdup ("5");
  c->hedge = g_strdup ("some");
  c->unit = g_strdup ("troops");
  fd_claim_append_json (before, c, 7);
  p = fd_claim_pack (c);
  ck_assert (p->packed);
  ck_assert_ptr_eq (fd_claim_pack (p), p);
  fd_claim_append_json (after, p, 7);
  ck_assert_str_eq (after->str, before->str);
  ck_assert_str_eq (p->unit, "troops");
  ck_assert_ptr_null (p->anchor);
  fd_claim_free (p);

  /* A quote's speaker_entity stays its own string, set after packing. */
  c = fd_claim_new (FD_CLAIM_QUOTE, d, 0, 4);
  c->value = g_strdup ("Some");
  c->speaker = g_strdup ("Lee");
  p = fd_claim_pack (c);
  ck_assert_str_eq (p->speaker, "Lee");
  p->speaker_entity = g_strdup ("Lee Jae-myung");
  g_string_truncate (after, 0);
  fd_claim_append_json (after, p, -1);
  ck_assert_ptr_nonnull (
      strstr (after->str, "\"speaker_entity\":\"Lee Jae-myung\""));
  fd_claim_free (p);

  /* A document's claims in one block, each saying what it said. */
  {
    FdClaim *all[3];
    g_autoptr (GPtrArray) before_all = g_ptr_array_new_with_free_func (g_free);
    gpointer block;
    all[0] = fd_claim_new (FD_CLAIM_NUMBER, d, 5, 8);
    all[0]->value = g_strdup ("3");
    all[0]->unit = g_strdup ("troops");
    all[1] = fd_claim_new (FD_CLAIM_DURATION, d, 20, 28);
    all[1]->value = g_strdup ("P2D");
    all[1]->anchor = g_strdup ("after the vote");
    all[2] = fd_claim_new (FD_CLAIM_QUOTE, d, 0, 4);
    for (guint i = 0; i < 3; i++)
      {
        GString *j = g_string_new (NULL);
        fd_claim_append_json (j, all[i], i);
        g_ptr_array_add (before_all, g_string_free (j, FALSE));
      }
    block = g_malloc (fd_claim_pack_size (all, 3));
    fd_claim_pack_into (all, 3, block);
    ck_assert_ptr_eq (all[0], block);
    ck_assert_ptr_eq (all[2], (FdClaim *)block + 2);
    all[2]->speaker_entity = g_strdup ("Lee Jae-myung");
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr (GString) j = g_string_new (NULL);
        ck_assert_int_eq (all[i]->packed, FD_CLAIM_PACKED_SHARED);
        fd_claim_append_json (j, all[i], i);
        if (i < 2)
          ck_assert_str_eq (j->str, before_all->pdata[i]);
        fd_claim_free (all[i]);
      }
    g_free (block);
    ck_assert_uint_eq (fd_claim_pack_size (all, 0), 0);
  }
  world_clear (&w);
}
END_TEST

START_TEST (groups_in_blocks)
{
  World w;
  FdDoc *d;
  FdClaim *c[3];
  FdGroup *g;
  const FdMember *m;

  world_init (&w);
  d = add_doc (&w, "a", "", "Some 3 troops, 4 ships and 5 planes came.");
  world_begin (&w);
  c[0] = add_claim (&w, d, FD_CLAIM_NUMBER, "3", "3", NULL, NULL);
  c[1] = add_claim (&w, d, FD_CLAIM_NUMBER, "4", "4", NULL, NULL);
  c[2] = add_claim (&w, d, FD_CLAIM_NUMBER, "5", "5", NULL, NULL);
  g = fd_group_new_at (fd_compare_alloc (w.cmp, fd_group_size (2)), 2,
                       "number", "troops — count", FD_VERDICT_AGREE);
  ck_assert_uint_eq (g->block, 3);
  ck_assert_str_eq (g->topic, "troops — count");
  for (guint i = 0; i < 3; i++)
    fd_group_add_claim (g, c[i], i);
  /* Two in the room after the group, the third on its own. */
  ck_assert_ptr_eq (g->members->pdata[0], (FdMember *)(g + 1));
  ck_assert_ptr_eq (g->members->pdata[1], (FdMember *)(g + 1) + 1);
  m = g->members->pdata[2];
  ck_assert_ptr_ne (m, (FdMember *)(g + 1) + 2);
  ck_assert_str_eq (m->value, "5");
  fd_member_set_value (g->members->pdata[0], g_strdup ("three"));
  fd_group_finish (g);
  g_ptr_array_add (w.cmp->groups, g);
  /* A second block follows the first in the same region, aligned. */
  {
    guintptr next = (guintptr)fd_compare_alloc (w.cmp, 16);
    guintptr end = (guintptr)g + fd_group_size (2);
    ck_assert_uint_ge (next, end);
    ck_assert_uint_lt (next, end + 16);
    ck_assert_uint_eq (next % 16, 0);
  }
  world_clear (&w);
}
END_TEST

START_TEST (groups_share_topics)
{
  g_autoptr (GPtrArray) docs = g_ptr_array_new ();
  FdCompare *cmp = fd_compare_new (docs);
  FdGroup *a = fd_group_new ("number", "troops — count", FD_VERDICT_SINGLE);
  FdGroup *b = fd_group_new ("number", "troops — count", FD_VERDICT_SINGLE);
  FdGroup *c = fd_group_new ("number", "votes — count", FD_VERDICT_SINGLE);
  FdGroup *own = fd_group_new ("number", "troops — count", FD_VERDICT_AGREE);

  ck_assert_ptr_ne (a->topic, b->topic);
  fd_compare_share_topic (cmp, a);
  fd_compare_share_topic (cmp, b);
  fd_compare_share_topic (cmp, c);
  ck_assert_ptr_eq (a->topic, b->topic);
  ck_assert_str_eq (b->topic, "troops — count");
  ck_assert_ptr_ne (a->topic, c->topic);
  /* Shared or not, every group is freed with the result. */
  g_ptr_array_add (cmp->groups, a);
  g_ptr_array_add (cmp->groups, b);
  g_ptr_array_add (cmp->groups, c);
  g_ptr_array_add (cmp->groups, own);
  fd_compare_free (cmp);
}
END_TEST

START_TEST (numbers_group_by_counted_noun)
{
  World w;
  FdDoc *a, *b, *c;
  FdClaim *x;
  const FdGroup *g;

  world_init (&w);
  a = add_doc (&w, "a", "",
               "The forum drew 1,200 delegates and a "
               "$3.5 billion investment package.");
  b = add_doc (&w, "b", "",
               "About 1,200 delegates came; the investment "
               "package is worth $5.3 billion.");
  c = add_doc (&w, "c", "", "Some 400 journalists covered it.");
  world_begin (&w);
  x = add_claim (&w, a, FD_CLAIM_NUMBER, "1,200", "1200", NULL, NULL);
  x->unit = g_strdup ("delegates");
  x = add_claim (&w, b, FD_CLAIM_NUMBER, "1,200", "1200", "about", NULL);
  x->unit = g_strdup ("delegates");
  x = add_claim (&w, a, FD_CLAIM_NUMBER, "$3.5 billion", "3500000000", NULL,
                 NULL);
  x->unit = g_strdup ("USD");
  x = add_claim (&w, b, FD_CLAIM_NUMBER, "$5.3 billion", "5300000000", NULL,
                 NULL);
  x->unit = g_strdup ("USD");
  x = add_claim (&w, c, FD_CLAIM_NUMBER, "400", "400", "some", NULL);
  x->unit = g_strdup ("journalists");
  world_run (&w);
  g = group_of (&w, "a", "1,200");
  ck_assert (g == group_of (&w, "b", "1,200"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
  g = group_of (&w, "a", "$3.5 billion");
  ck_assert (g == group_of (&w, "b", "$5.3 billion"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "conflict");
  g = group_of (&w, "c", "400");
  ck_assert_str_eq (fd_verdict_name (g->verdict), "single");
  world_clear (&w);
}
END_TEST

static FdClaim *
add_quote (World *w, FdDoc *d, const char *words, const char *speaker)
{
  FdClaim *q = add_claim (w, d, FD_CLAIM_QUOTE, words, words, NULL, NULL);
  q->speaker = g_strdup (speaker);
  return q;
}

START_TEST (quotes_verbatim_partial_reworded_and_different)
{
  World w;
  FdDoc *a, *b, *c, *d;
  const FdGroup *g;

  world_init (&w);
  a = add_doc (&w, "a", "",
               "\"Our two nations are like neighbours who "
               "share one garden,\" Park said.");
  b = add_doc (&w, "b", "",
               "\"Our two nations are like neighbours who "
               "share one garden,\" said President Park.");
  c = add_doc (&w, "c", "",
               "Park said the nations were \"like neighbours "
               "who share one garden\".");
  d = add_doc (&w, "d", "",
               "\"We are neighbours sharing a single garden, "
               "and we cannot be separated,\" Park Min-seo "
               "said. \"The weather is fine,\" Park added.");
  world_begin (&w);
  add_quote (&w, a,
             "Our two nations are like neighbours who share one garden,",
             "Park");
  add_quote (&w, b,
             "Our two nations are like neighbours who share one garden,",
             "President Park");
  add_quote (&w, c, "like neighbours who share one garden", "Park");
  add_quote (&w, d,
             "We are neighbours sharing a single garden, and we cannot be "
             "separated,",
             "Park Min-seo");
  add_quote (&w, d, "The weather is fine,", "Park");
  world_run (&w);
  g = group_of (&w, "a",
                "Our two nations are like neighbours who share one garden,");
  ck_assert (g
             == group_of (
                 &w, "b",
                 "Our two nations are like neighbours who share one garden,"));
  ck_assert (g == group_of (&w, "c", "like neighbours who share one garden"));
  ck_assert (g
             == group_of (&w, "d",
                          "We are neighbours sharing a single garden, and we "
                          "cannot be separated,"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "reworded");
  ck_assert_ptr_nonnull (g->diff);
  ck_assert (strstr (g->diff, "{+") != NULL);
  g = group_of (&w, "d", "The weather is fine,");
  ck_assert_str_eq (fd_verdict_name (g->verdict), "single");
  world_clear (&w);
}
END_TEST

START_TEST (quotes_only_verbatim_and_partial)
{
  World w;
  FdDoc *a, *b, *c;
  const FdGroup *g;

  world_init (&w);
  a = add_doc (&w, "a", "", "\"We will meet again in autumn,\" Park said.");
  b = add_doc (&w, "b", "", "\"We will meet again in autumn,\" Park said.");
  c = add_doc (&w, "c", "", "Park said they would \"meet again in autumn\".");
  world_begin (&w);
  add_quote (&w, a, "We will meet again in autumn,", "Park");
  add_quote (&w, b, "We will meet again in autumn,", "Park");
  world_run (&w);
  g = group_of (&w, "a", "We will meet again in autumn,");
  ck_assert_str_eq (fd_verdict_name (g->verdict), "verbatim");
  fd_compare_free (w.cmp);
  w.cmp = NULL;
  world_begin (&w);
  add_quote (&w, a, "We will meet again in autumn,", "Park");
  add_quote (&w, c, "meet again in autumn", "Park");
  world_run (&w);
  g = group_of (&w, "c", "meet again in autumn");
  ck_assert_str_eq (fd_verdict_name (g->verdict), "partial");
  world_clear (&w);
}
END_TEST

START_TEST (fingerprints_are_stable_and_content_based)
{
  World w1, w2;
  FdDoc *a, *b;
  const FdGroup *g1, *g2;

  world_init (&w1);
  a = add_doc (&w1, "a", "", "The talks lasted 30 minutes.");
  b = add_doc (&w1, "b", "", "The talks lasted 45 minutes.");
  world_begin (&w1);
  add_claim (&w1, a, FD_CLAIM_DURATION, "30 minutes", "PT30M", NULL, NULL);
  add_claim (&w1, b, FD_CLAIM_DURATION, "45 minutes", "PT45M", NULL, NULL);
  world_run (&w1);
  /* The same facts, moved within their articles. */
  world_init (&w2);
  a = add_doc (&w2, "a", "", "Elsewhere, news. The talks lasted 30 minutes.");
  b = add_doc (&w2, "b", "", "The talks lasted 45 minutes.");
  world_begin (&w2);
  add_claim (&w2, a, FD_CLAIM_DURATION, "30 minutes", "PT30M", NULL, NULL);
  add_claim (&w2, b, FD_CLAIM_DURATION, "45 minutes", "PT45M", NULL, NULL);
  world_run (&w2);
  g1 = group_of (&w1, "a", "30 minutes");
  g2 = group_of (&w2, "a", "30 minutes");
  ck_assert_int_eq (strlen (g1->fingerprint), 16);
  ck_assert_str_eq (g1->fingerprint, g2->fingerprint);
  world_clear (&w1);
  world_clear (&w2);
}
END_TEST

START_TEST (value_parsing)
{
  double s, lo, hi;
  char buf[11];

  ck_assert (fd_value_duration_seconds ("PT30M", &s) && s == 1800);
  ck_assert (fd_value_duration_seconds ("P2W", &s) && s == 14 * 86400);
  ck_assert (fd_value_duration_seconds ("P14D", &s) && s == 14 * 86400);
  ck_assert (fd_value_duration_seconds ("PT1H30M", &s) && s == 5400);
  ck_assert (!fd_value_duration_seconds ("PXW", &s));
  ck_assert (!fd_value_duration_seconds ("2025", &s));
  ck_assert (fd_value_date_days ("2025-06-17", &lo, &hi) && lo == hi);
  fd_value_format_day (lo, buf);
  ck_assert_str_eq (buf, "2025-06-17");
  ck_assert (fd_value_date_days ("2025-06", &lo, &hi) && hi - lo == 29);
  /* ISO week 25 of 2025 runs from Monday 16 to Sunday 22 June. */
  ck_assert (fd_value_date_days ("2025-W25", &lo, &hi));
  fd_value_format_day (lo, buf);
  ck_assert_str_eq (buf, "2025-06-16");
  fd_value_format_day (hi, buf);
  ck_assert_str_eq (buf, "2025-06-22");
  ck_assert (fd_value_date_days ("2025-06-17T15:46", &lo, &hi));
  ck_assert (!fd_value_date_days ("PAST_REF", &lo, &hi));
  ck_assert (!fd_value_date_days ("2025-02-30", &lo, &hi));
}
END_TEST

START_TEST (word_diff)
{
  g_autofree char *d = fd_wdiff ("we share one garden", "we share a garden");

  ck_assert_str_eq (d, "we share [-one-] {+a+} garden");
  ck_assert (
      fd_wdiff_containment ("share one garden", "we share one garden today")
      == 1.0);
  ck_assert (fd_wdiff_containment ("apples", "pears") == 0.0);
}
END_TEST

/* A context naming @own (and then @before, from the sentence before),
 * space-separated token lists; clear with fd_context_clear. */
static void
context_of_people (FdContext *ctx, const char *const *own, guint n_own,
                   const char *const *before, guint n_before)
{
  memset (ctx, 0, sizeof *ctx);
  if (n_own + n_before == 0)
    return;
  ctx->people = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_own; i++)
    g_ptr_array_add (ctx->people, g_strdup (own[i]));
  for (guint i = 0; i < n_before; i++)
    g_ptr_array_add (ctx->people, g_strdup (before[i]));
  ctx->n_own_people = n_own;
}

/* Each names someone the other does not: different events.  A shared
 * token is a whole token, and people of the sentence before do not
 * count. */
START_TEST (people_compatible)
{
  static const char *const lee[] = { "lee jae myung" };
  static const char *const lee_short[] = { "lee" };
  static const char *const leeds[] = { "leeds" };
  static const char *const kim[] = { "kim" };
  static const char *const kim_lee[] = { "kim", "lee" };
  FdContext a, b, nobody;

  context_of_people (&nobody, NULL, 0, NULL, 0);
  context_of_people (&a, lee, 1, NULL, 0);
  context_of_people (&b, lee_short, 1, NULL, 0);
  ck_assert (fd_context_people_compatible (&a, &b));
  ck_assert (fd_context_people_compatible (&a, &nobody));
  ck_assert (fd_context_people_compatible (&nobody, &a));
  fd_context_clear (&b);
  context_of_people (&b, leeds, 1, NULL, 0);
  ck_assert (!fd_context_people_compatible (&a, &b));
  fd_context_clear (&b);
  /* kim is extra on one side only */
  context_of_people (&b, kim_lee, 2, NULL, 0);
  ck_assert (fd_context_people_compatible (&a, &b));
  ck_assert (fd_context_people_compatible (&b, &a));
  fd_context_clear (&b);
  /* lee only in the sentence before */
  context_of_people (&b, kim, 1, lee, 1);
  ck_assert (!fd_context_people_compatible (&a, &b));
  fd_context_clear (&a);
  fd_context_clear (&b);
  fd_context_clear (&nobody);
}
END_TEST

/* TRUE when @a (char*) holds @s. */
static gboolean
strv_has (const GPtrArray *a, const char *s)
{
  for (guint i = 0; i < a->len; i++)
    if (strcmp (a->pdata[i], s) == 0)
      return TRUE;
  return FALSE;
}

/* Names come after titles, one or two words long, wherever the title
 * sits in the sentence, also after a curly apostrophe; a capitalised
 * word that only begins like a title ("Presidential", "Ministers") or
 * that no title precedes is no name. */
START_TEST (people_scan_titles)
{
  FdDoc *doc = fd_test_body_doc (
      "Yesterday the Prime Minister Kim Seok met Chairman Park, and "
      "Foreign Minister Cho Hyun spoke to reporters.\n"
      "Presidential aides and Ministers Lee Chang stayed; the "
      "country\xe2\x80\x99s Spokesperson Moon Jae said so.\n"
      "Ambassador Oh and Sultan Ibrahim arrived at the Embassy Gate.\n",
      "2025-06-17");
  g_autoptr (GPtrArray) names = fd_people_scan_doc (doc);
  static const char *const all[]
      = { "kim", "seok", "kim",  "seok", "park", "cho",    "hyun",
          "cho", "hyun", "moon", "jae",  "oh",   "ibrahim" };

  ck_assert (strv_has (names, "kim"));
  ck_assert (strv_has (names, "seok"));
  ck_assert (strv_has (names, "park"));
  ck_assert (strv_has (names, "cho"));
  ck_assert (strv_has (names, "hyun"));
  ck_assert (strv_has (names, "moon"));
  ck_assert (strv_has (names, "jae"));
  ck_assert (strv_has (names, "oh"));
  ck_assert (strv_has (names, "ibrahim"));
  ck_assert (!strv_has (names, "lee"));
  ck_assert (!strv_has (names, "chang"));
  ck_assert (!strv_has (names, "embassy"));
  ck_assert (!strv_has (names, "yesterday"));
  /* "Prime Minister" and "Minister" each introduce Kim Seok. */
  ck_assert_uint_eq (names->len, G_N_ELEMENTS (all));
  for (guint i = 0; i < names->len; i++)
    ck_assert_str_eq (names->pdata[i], all[i]);
  fd_doc_free (doc);
}
END_TEST

/* Tokens: ASCII folded to lower case, non-ASCII bytes kept, split at
 * hyphens and at U+2019, keys cut at 47 bytes; content words leave out
 * stop words, numbers and capitalised words, and are stemmed. */
START_TEST (context_tokens)
{
  g_autofree char *long_word = g_strnfill (60, 'a');
  g_autofree char *long_key = g_strnfill (47, 'a');
  g_autofree char *text
      = g_strconcat ("sharing the Garden\xe2\x80\x99s talks, 48 well-kept "
                     "\xc3\xbcn\xc3\xaf"
                     "code ",
                     long_word, " and THE", NULL);
  g_autoptr (GHashTable) words = fd_context_content_words (text);
  const char *word = NULL;
  static const char *const want[] = { "shar",
                                      "s",
                                      "talk",
                                      "well",
                                      "kept",
                                      "\xc3\xbcn\xc3\xaf"
                                      "cod" };

  for (gsize i = 0; i < G_N_ELEMENTS (want); i++)
    ck_assert_msg (g_hash_table_contains (words, want[i]), "%s", want[i]);
  ck_assert (g_hash_table_contains (words, long_key));
  ck_assert_uint_eq (g_hash_table_size (words), G_N_ELEMENTS (want) + 1);
  ck_assert_str_eq (fd_context_event_of ("After the Phone Call", 20, &word),
                    "call");
  ck_assert_str_eq (word, "phone call");
  ck_assert_str_eq (
      fd_context_event_of ("they sat-down \xe2\x80\x99talks", 20, &word),
      "meeting");
  ck_assert_str_eq (word, "sat down");
  ck_assert (fd_context_event_of ("recalls, calling", 16, NULL) == NULL);
}
END_TEST

/* A text cut inside U+2019 ends the last token; it used to make empty
 * tokens for ever. */
START_TEST (context_tokens_cut)
{
  g_autoptr (GHashTable) one = fd_context_content_words ("talks \xe2");
  g_autoptr (GHashTable) two = fd_context_content_words ("talks\xe2\x80");

  ck_assert_uint_eq (g_hash_table_size (one), 1);
  ck_assert (g_hash_table_contains (one, "talk"));
  ck_assert (g_hash_table_contains (two, "talk"));
  ck_assert (fd_context_event_of ("talks\xe2", 6, NULL) != NULL);
}
END_TEST

/* The range of number claim @value (valid or not), for number_values. */
static FdRange
number_range (const char *value)
{
  FdClaim c = { 0 };

  c.type = FD_CLAIM_NUMBER;
  c.value = (char *)value;
  return fd_value_range (&c);
}

/* Numbers are read as g_ascii_strtod reads them, whole ones included;
 * dates with or without leading zeros. */
START_TEST (number_values)
{
  double lo, hi, lo2, hi2;

  ck_assert (number_range ("42").valid && number_range ("42").point == 42);
  ck_assert (number_range ("-7").point == -7);
  ck_assert (number_range ("-0").valid && signbit (number_range ("-0").lo));
  ck_assert (number_range ("3.5").point == 3.5);
  ck_assert (number_range ("1e3").point == 1000);
  ck_assert (number_range (" 5").valid && number_range (" 5").point == 5);
  ck_assert (number_range ("999999999999999").point == 999999999999999.0);
  ck_assert (number_range ("12345678901234567").point
             == g_ascii_strtod ("12345678901234567", NULL));
  ck_assert (!number_range ("12a").valid);
  ck_assert (!number_range ("").valid);
  ck_assert (!number_range ("-").valid);
  ck_assert (!number_range ("--5").valid);
  ck_assert (fd_value_date_days ("2025-06-07", &lo, &hi));
  ck_assert (fd_value_date_days ("2025-6-7", &lo2, &hi2));
  ck_assert (lo == lo2 && hi == hi2);
  ck_assert (!fd_value_date_days ("2025-13-01", &lo, &hi));
}
END_TEST

/* Word edges, white space, repeated words and the common prefix, as the
 * diffs of copied passages and quotes meet them. */
START_TEST (word_diff_edges)
{
  static const char *const cases[][3] = {
    /* keys ignore case and punctuation at the edges; b's words shown */
    { "The deal, signed", "the deal signed.", "the deal signed." },
    { "a  b\tc\nd", "a b c d", "a b c d" },
    /* a word both begin with is matched first, before any table */
    { "x", "x x", "x {+x+}" },
    { "one two", "three", "[-one two-] {+three+}" },
    { "", "new words", "{+new words+}" },
    { "old", "", "[-old-]" },
    /* a word of punctuation only has an empty key */
    { "a - b", "a b", "a [---] b" },
    { "We met on Monday for talks", "we met on Tuesday, for long talks",
      "we met on [-Monday-] {+Tuesday,+} for {+long+} talks" },
    { "a b c a b", "a b a b c", "a b [-c-] a b {+c+}" },
  };
  g_autoptr (GString) big = g_string_new (NULL);
  g_autofree char *whole = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *d = fd_wdiff (cases[i][0], cases[i][1]);
      ck_assert_str_eq (d, cases[i][2]);
    }
  ck_assert (fd_wdiff_containment ("we share one garden", "we share a garden")
             == 0.75);
  ck_assert (fd_wdiff_containment ("a b c a b", "a b a b c") == 0.8);
  ck_assert (fd_wdiff_containment ("", "a") == 0.0);
  /* Past 2,000 words, one removal and one addition. */
  for (int i = 0; i < 2001; i++)
    g_string_append (big, "w ");
  whole = fd_wdiff (big->str, "b");
  ck_assert (g_str_has_prefix (whole, "[-w w "));
  ck_assert (g_str_has_suffix (whole, " -] {+b+}"));
  ck_assert (fd_wdiff_containment (big->str, "w") == 0.0);
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("compare");
  TCase *tc = tcase_create ("compare");

  tcase_add_test (tc, durations_in_other_words_agree);
  tcase_add_test (tc, conflict_severity_is_graded);
  tcase_add_test (tc, calls_with_different_leaders_stay_apart);
  tcase_add_test (tc, vote_and_inauguration_are_different_facts);
  tcase_add_test (tc, weekday_agrees_with_absolute_date);
  tcase_add_test (tc, a_day_apart_across_time_zones_is_noted_not_conflict);
  tcase_add_test (tc, anchored_durations_compare_by_anchor);
  tcase_add_test (tc, anchored_duration_is_checked_as_a_date);
  tcase_add_test (tc, numbers_group_by_counted_noun);
  tcase_add_test (tc, quotes_verbatim_partial_reworded_and_different);
  tcase_add_test (tc, quotes_only_verbatim_and_partial);
  tcase_add_test (tc, fingerprints_are_stable_and_content_based);
  tcase_add_test (tc, value_parsing);
  tcase_add_test (tc, word_diff);
  tcase_add_test (tc, word_diff_edges);
  tcase_add_test (tc, people_compatible);
  tcase_add_test (tc, people_scan_titles);
  tcase_add_test (tc, context_tokens);
  tcase_add_test (tc, context_tokens_cut);
  tcase_add_test (tc, number_values);
  tcase_add_test (tc, member_display_is_made_when_asked);
  tcase_add_test (tc, packed_claims_say_the_same);
  tcase_add_test (tc, groups_share_topics);
  tcase_add_test (tc, groups_in_blocks);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
