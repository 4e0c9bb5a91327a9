/* test-seeds.c - what the compare stage must show on the five real seed
 * articles ($FD_SEEDS, read at run time; the cases are not registered
 * when the seeds are absent).  Only short phrases of the seeds appear
 * here, as search keys. */
#include "compare/compare.h"
#include "fd-test.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <string.h>

static FdCompare *result;
static GPtrArray *docs;

/* The member of @g in the seed whose id starts with @prefix ("000")
 * whose words overlap an occurrence of @text. */
static const FdMember *
member (const FdGroup *g, const char *prefix, const char *text)
{
  for (guint i = 0; i < g->members->len; i++)
    {
      const FdMember *m = g->members->pdata[i];
      if (!g_str_has_prefix (m->doc->id, prefix))
        continue;
      for (const char *p = m->doc->text; (p = strstr (p, text)); p++)
        {
          gsize s = (gsize)(p - m->doc->text);
          if (s < m->end && s + strlen (text) > m->start)
            return m;
        }
    }
  return NULL;
}

/* The first group of @type holding both members, or NULL. */
static const FdGroup *
group_with (const char *type, const char *pa, const char *ta, const char *pb,
            const char *tb)
{
  for (guint i = 0; i < result->groups->len; i++)
    {
      const FdGroup *g = result->groups->pdata[i];
      if (type && strcmp (g->type, type) != 0)
        continue;
      if (member (g, pa, ta) && (!pb || member (g, pb, tb)))
        return g;
    }
  return NULL;
}

START_TEST (talks_length_agrees_across_three_outlets)
{
  const FdGroup *g
      = group_with ("duration", "000", "30-minute", "002", "30-minute");

  ck_assert_ptr_nonnull (g);
  ck_assert_ptr_nonnull (member (g, "003", "30 minutes"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
  ck_assert_uint_eq (g->n_outlets, 3);
}
END_TEST

START_TEST (two_weeks_agrees_with_fourteen_days)
{
  const FdGroup *g
      = group_with ("duration", "000", "two weeks", "003", "fourteen days");

  ck_assert_ptr_nonnull (g);
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
}
END_TEST

START_TEST (summit_date_weekdays_agree_with_caption)
{
  const FdGroup *g = group_with ("date", "001", "Tuesday", "002", "Tuesday");

  ck_assert_ptr_nonnull (g);
  ck_assert_ptr_nonnull (member (g, "000", "June 17, 2025"));
  ck_assert_str_eq (fd_verdict_name (g->verdict), "agree");
}
END_TEST

START_TEST (front_yard_remark_is_reworded)
{
  const FdGroup *g
      = group_with ("quote", "000", "front yard", "001", "front yard");

  ck_assert_ptr_nonnull (g);
  ck_assert_str_eq (fd_verdict_name (g->verdict), "reworded");
  ck_assert_ptr_nonnull (g->diff);
}
END_TEST

START_TEST (photo_credit_differs)
{
  const FdGroup *g = group_with ("passage", "000", "AP via", "004", "AFP via");

  ck_assert_ptr_nonnull (g);
  ck_assert_str_eq (fd_verdict_name (g->verdict), "changed");
  ck_assert_str_eq (((FdMember *)g->members->pdata[0])->value, "AP");
  ck_assert_str_eq (((FdMember *)g->members->pdata[1])->value, "AFP");
}
END_TEST

START_TEST (vote_and_inauguration_are_no_conflict)
{
  for (guint i = 0; i < result->groups->len; i++)
    {
      const FdGroup *g = result->groups->pdata[i];
      if (g->verdict == FD_VERDICT_CONFLICT)
        ck_assert (
            !(member (g, "001", "June 3") && member (g, "004", "June 4")));
    }
}
END_TEST

START_TEST (no_false_conflicts)
{
  /* The seeds agree on every fact they share; the only discrepancy is
   * the changed photo credit. */
  for (guint i = 0; i < result->groups->len; i++)
    {
      const FdGroup *g = result->groups->pdata[i];
      ck_assert_msg (g->verdict != FD_VERDICT_CONFLICT, "group %u (%s) %s",
                     g->id, g->topic, fd_verdict_name (g->verdict));
    }
  ck_assert_uint_eq (result->n_conflicts, 1);
}
END_TEST

START_TEST (no_claim_from_boilerplate)
{
  for (guint i = 0; i < result->groups->len; i++)
    {
      const FdGroup *g = result->groups->pdata[i];
      for (guint k = 0; k < g->members->len; k++)
        {
          const FdMember *m = g->members->pdata[k];
          guint li = fd_doc_line_at (m->doc, m->start);
          if (!m->claim)
            continue;
          ck_assert_msg (
              li < m->doc->n_lines
                  && fd_line_class_is_content (m->doc->lines[li].cls),
              "group %u: a claim on a %s line of %s", g->id,
              fd_line_class_name (m->doc->lines[li].cls), m->doc->id);
        }
    }
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("seeds");
  TCase *tc = tcase_create ("seeds");
  const char *dir = g_getenv ("FD_SEEDS");

  /* Without the seeds there is nothing to check: an empty suite. */
  if (dir && g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      const char *paths[] = { dir, NULL };
      g_autoptr (GPtrArray) errors
          = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
      docs = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
      fd_ingest_paths (paths, NULL, docs, errors);
      for (guint i = 0; i < docs->len; i++)
        fd_split_doc (docs->pdata[i]);
      result = fd_compare_run (docs, NULL, NULL);
      tcase_add_test (tc, talks_length_agrees_across_three_outlets);
      tcase_add_test (tc, two_weeks_agrees_with_fourteen_days);
      tcase_add_test (tc, summit_date_weekdays_agree_with_caption);
      tcase_add_test (tc, front_yard_remark_is_reworded);
      tcase_add_test (tc, photo_credit_differs);
      tcase_add_test (tc, vote_and_inauguration_are_no_conflict);
      tcase_add_test (tc, no_false_conflicts);
      tcase_add_test (tc, no_claim_from_boilerplate);
    }
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
