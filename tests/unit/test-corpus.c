/* test-corpus.c - the demo corpus says what factdiff must and must not
 * report (corpus/EXPECTED); this suite runs the whole pipeline on corpus/
 * and checks every line, one test case per line. */
#include "compare/compare.h"
#include "fd-test.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <string.h>

typedef struct
{
  gboolean must;
  char *verdict, *type, *doc_a, *text_a, *doc_b, *text_b, *note;
  guint line;
} Expect;

static GPtrArray *expects; /* Expect*, read once by main */
static FdCompare *result;  /* the pipeline's result on corpus/ */
static GPtrArray *docs;

static char *
corpus_dir (void)
{
  const char *top = g_getenv ("top_srcdir");
  return g_build_filename (top ? top : ".", "corpus", NULL);
}

static void
load_expected (void)
{
  g_autofree char *dir = corpus_dir ();
  g_autofree char *path = g_build_filename (dir, "EXPECTED", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  expects = g_ptr_array_new ();
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) f = NULL;
      Expect *e;
      if (!*lines[i] || lines[i][0] == '#')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (f) < 7)
        continue;
      e = g_new0 (Expect, 1);
      e->must = strcmp (f[0], "MUST") == 0;
      e->verdict = g_strdup (f[1]);
      e->type = g_strdup (f[2]);
      e->doc_a = g_strdup (f[3]);
      e->text_a = g_strdup (f[4]);
      e->doc_b = g_strdup (f[5]);
      e->text_b = g_strdup (f[6]);
      e->note = g_strdup (f[7] ? f[7] : "");
      e->line = i + 1;
      g_ptr_array_add (expects, e);
    }
}

static void
run_pipeline (void)
{
  g_autofree char *dir = corpus_dir ();
  const char *paths[] = { dir, NULL };
  g_autoptr (GPtrArray) errors
      = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);

  docs = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  fd_ingest_paths (paths, NULL, docs, errors);
  for (guint i = 0; i < docs->len; i++)
    fd_split_doc (docs->pdata[i]);
  result = fd_compare_run (docs, NULL, NULL);
}

/* TRUE when member @m of document @id overlaps an occurrence of @text. */
static gboolean
member_matches (const FdMember *m, const char *id, const char *text)
{
  gsize n = strlen (text);

  if (strcmp (m->doc->id, id) != 0)
    return FALSE;
  for (const char *p = m->doc->text; (p = strstr (p, text)); p++)
    {
      gsize s = (gsize)(p - m->doc->text);
      if (s < m->end && s + n > m->start)
        return TRUE;
    }
  return FALSE;
}

static const FdMember *
find_member (const FdGroup *g, const char *id, const char *text)
{
  for (guint i = 0; i < g->members->len; i++)
    if (member_matches (g->members->pdata[i], id, text))
      return g->members->pdata[i];
  return NULL;
}

static gboolean
type_fits (const FdGroup *g, const char *type)
{
  gboolean temporal
      = strcmp (type, "date") == 0 || strcmp (type, "duration") == 0;

  if (strcmp (type, "passage") == 0 || strcmp (type, "caption") == 0)
    return strcmp (g->type, "passage") == 0;
  if (temporal)
    return strcmp (g->type, "date") == 0 || strcmp (g->type, "duration") == 0
           || strcmp (g->type, "time") == 0;
  return strcmp (g->type, type) == 0;
}

static gboolean
same_value (const FdMember *a, const FdMember *b)
{
  return a->value && b->value && strcmp (a->value, b->value) == 0;
}

/* Whether group @g shows the relation line @e asks for. */
static gboolean
group_shows (const FdGroup *g, const Expect *e)
{
  const FdMember *a, *b = NULL;
  const char *v = fd_verdict_name (g->verdict);

  if (!type_fits (g, e->type) || !(a = find_member (g, e->doc_a, e->text_a)))
    return FALSE;
  if (strcmp (e->verdict, "single") == 0)
    return g->verdict == FD_VERDICT_SINGLE;
  if (!(b = find_member (g, e->doc_b, e->text_b)) || a == b)
    return FALSE;
  if (strcmp (e->verdict, "agree") == 0)
    return g->verdict == FD_VERDICT_AGREE
           || (g->verdict == FD_VERDICT_CONFLICT && same_value (a, b));
  if (strcmp (e->verdict, "conflict") == 0)
    return g->verdict == FD_VERDICT_CONFLICT && !same_value (a, b);
  if (strcmp (e->verdict, "changed") == 0
      || strcmp (e->verdict, "credit") == 0)
    return g->verdict == FD_VERDICT_CHANGED;
  if (strcmp (e->verdict, "verbatim") == 0)
    return strcmp (v, "verbatim") == 0 || same_value (a, b);
  if (strcmp (e->verdict, "partial") == 0)
    return strcmp (v, "partial") == 0
           || (a->value && b->value
               && (strstr (a->value, b->value)
                   || strstr (b->value, a->value)));
  return strcmp (v, e->verdict) == 0;
}

START_TEST (expected_line)
{
  const Expect *e = expects->pdata[_i];
  gboolean shown = FALSE;

  for (guint i = 0; i < result->groups->len && !shown; i++)
    {
      const FdGroup *g = result->groups->pdata[i];
      if (e->must)
        shown = group_shows (g, e);
      else
        shown = g->verdict == FD_VERDICT_CONFLICT
                && find_member (g, e->doc_a, e->text_a)
                && find_member (g, e->doc_b, e->text_b);
    }
  ck_assert_msg (shown == e->must,
                 "EXPECTED:%u %s %s %s: %s '%s' / %s '%s' (%s)", e->line,
                 e->must ? "MUST" : "MUST-NOT", e->verdict, e->type, e->doc_a,
                 e->text_a, e->doc_b, e->text_b, e->note);
}
END_TEST

/* Precision: every discrepancy factdiff reports on the corpus is one that
 * EXPECTED plants (a MUST line with verdict conflict, changed or credit
 * whose two claims the group holds). */
START_TEST (no_unexpected_discrepancy)
{
  for (guint i = 0; i < result->groups->len; i++)
    {
      const FdGroup *g = result->groups->pdata[i];
      gboolean planted = FALSE;
      if (!fd_verdict_is_discrepancy (g->verdict))
        continue;
      for (guint k = 0; k < expects->len && !planted; k++)
        {
          const Expect *e = expects->pdata[k];
          planted = e->must
                    && (strcmp (e->verdict, "conflict") == 0
                        || strcmp (e->verdict, "changed") == 0
                        || strcmp (e->verdict, "credit") == 0)
                    && find_member (g, e->doc_a, e->text_a)
                    && find_member (g, e->doc_b, e->text_b);
        }
      ck_assert_msg (planted, "unexpected %s: group %u, %s",
                     fd_verdict_name (g->verdict), g->id, g->topic);
    }
}
END_TEST

START_TEST (corpus_loads_every_article)
{
  /* Ten articles in two stories: a silently dropped one would make every
   * line about it fail for the wrong reason. */
  ck_assert_uint_ge (docs->len, 10);
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("corpus");
  TCase *tc = tcase_create ("expected");

  load_expected ();
  run_pipeline ();
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, corpus_loads_every_article);
  tcase_add_test (tc, no_unexpected_discrepancy);
  tcase_add_loop_test (tc, expected_line, 0, (int)expects->len);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
