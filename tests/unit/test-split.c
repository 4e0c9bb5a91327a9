/* test-split.c - the sentence splitter: the golden cases of
 * tests/fixtures/split/golden.txt, line classes from ingest, glued
 * captions, and the invariants every span must keep (ordered, disjoint,
 * never starting or ending in white space, inside the text). */
#include "fd-test.h"
#include "ingest/ingest.h"
#include "split/abbrev.h"
#include "split/split.h"

#include <stdio.h>
#include <string.h>

typedef struct
{
  char *name;
  char *input;
  GPtrArray *expected; /* of char*, one sentence each */
} Golden;

static void
golden_free (Golden *g)
{
  g_free (g->name);
  g_free (g->input);
  g_ptr_array_unref (g->expected);
  g_free (g);
}

/* Reads the golden file: "### NAME", input lines, "---", expected lines. */
static GPtrArray *
load_golden (void)
{
  g_autofree char *path = FD_FIXTURE ("split/golden.txt");
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *cases
      = g_ptr_array_new_with_free_func ((GDestroyNotify)golden_free);
  Golden *g = NULL;
  GString *in = NULL;
  GError *err = NULL;

  if (!g_file_get_contents (path, &data, NULL, &err))
    ck_abort_msg ("%s", err->message);
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *l = lines[i];
      if (g_str_has_prefix (l, "### "))
        {
          g = g_new0 (Golden, 1);
          g->name = g_strdup (l + 4);
          g->expected = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (cases, g);
          in = g_string_new (NULL);
        }
      else if (g && in && strcmp (l, "---") == 0)
        {
          while (in->len > 0 && in->str[in->len - 1] == '\n')
            g_string_truncate (in, in->len - 1);
          g->input = g_string_free (in, FALSE);
          in = NULL;
        }
      else if (g && in)
        g_string_append_printf (in, "%s\n", l);
      else if (g && *l)
        g_ptr_array_add (g->expected, g_strdup (l));
    }
  ck_assert_msg (in == NULL, "golden file ends inside an input");
  return cases;
}

/* A sentence as the CLI prints it: line breaks become one space. */
static char *
render (const char *text, const FdSentence *s)
{
  GString *out = g_string_new (NULL);

  for (gsize i = s->start; i < s->end; i++)
    {
      if (text[i] == '\r' || text[i] == '\n')
        {
          while (i + 1 < s->end && g_ascii_isspace (text[i + 1]))
            i++;
          g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, text[i]);
    }
  return g_string_free (out, FALSE);
}

static void
check_spans (const char *text, gsize len, const FdSentence *s, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      ck_assert_msg (s[i].start < s[i].end && s[i].end <= len,
                     "span %u out of range", i);
      ck_assert_msg (!g_ascii_isspace (text[s[i].start])
                         && !g_ascii_isspace (text[s[i].end - 1]),
                     "span %u has surrounding white space", i);
      if (i > 0)
        ck_assert_msg (s[i - 1].end <= s[i].start, "span %u overlaps", i);
    }
}

START_TEST (golden_cases)
{
  g_autoptr (GPtrArray) cases = load_golden ();
  guint failed = 0;

  ck_assert_uint_ge (cases->len, 60);
  for (guint c = 0; c < cases->len; c++)
    {
      Golden *g = cases->pdata[c];
      gsize len = strlen (g->input);
      g_autoptr (GArray) got = fd_split_text (g->input, len);
      gboolean same = got->len == g->expected->len;

      check_spans (g->input, len, (FdSentence *)(void *)got->data, got->len);
      for (guint i = 0; same && i < got->len; i++)
        {
          g_autofree char *r
              = render (g->input, &g_array_index (got, FdSentence, i));
          same = strcmp (r, g->expected->pdata[i]) == 0;
        }
      if (same)
        continue;
      failed++;
      fprintf (stderr, "# golden case '%s':\n", g->name);
      for (guint i = 0; i < got->len; i++)
        {
          g_autofree char *r
              = render (g->input, &g_array_index (got, FdSentence, i));
          fprintf (stderr, "#   got [%s]\n", r);
        }
      for (guint i = 0; i < g->expected->len; i++)
        fprintf (stderr, "#   want [%s]\n", (char *)g->expected->pdata[i]);
    }
  ck_assert_msg (failed == 0, "%u of %u golden cases failed", failed,
                 cases->len);
}
END_TEST

/* Splits @text with fd_split_text and compares with the NULL-terminated
 * list of expected sentences. */
static void
expect_split (const char *text, ...)
{
  g_autoptr (GArray) got = fd_split_text (text, strlen (text));
  va_list ap;
  guint i = 0;
  const char *want;

  check_spans (text, strlen (text), (FdSentence *)(void *)got->data, got->len);
  va_start (ap, text);
  while ((want = va_arg (ap, const char *)))
    {
      g_autofree char *r = NULL;
      ck_assert_msg (i < got->len, "'%s': missing sentence '%s'", text, want);
      r = render (text, &g_array_index (got, FdSentence, i));
      ck_assert_msg (strcmp (r, want) == 0, "'%s': sentence %u is '%s'", text,
                     i, r);
      i++;
    }
  va_end (ap);
  ck_assert_msg (i == got->len, "'%s': %u sentences, expected %u", text,
                 got->len, i);
}

START_TEST (empty_and_blank)
{
  expect_split ("", NULL);
  expect_split ("   \n\t\n  ", NULL);
  expect_split ("No full stop at all", "No full stop at all", NULL);
  expect_split ("  Padded sentence.  ", "Padded sentence.", NULL);
  expect_split (".", ".", NULL);
  expect_split ("...", "...", NULL);
  expect_split ("?!", "?!", NULL);
}
END_TEST

START_TEST (crlf_lines)
{
  const char *text = "One line here.\r\nAnother one\r\n\r\nLast line.\r\n";
  g_autoptr (GArray) got = fd_split_text (text, strlen (text));

  ck_assert_uint_eq (got->len, 3);
  ck_assert_uint_eq (g_array_index (got, FdSentence, 0).start, 0);
  ck_assert_uint_eq (g_array_index (got, FdSentence, 0).end, 14);
  ck_assert_uint_eq (g_array_index (got, FdSentence, 1).start, 16);
  ck_assert_uint_eq (g_array_index (got, FdSentence, 1).end, 27);
  ck_assert_uint_eq (g_array_index (got, FdSentence, 2).start, 31);
  ck_assert_uint_eq (g_array_index (got, FdSentence, 2).end, 41);
}
END_TEST

START_TEST (text_contract)
{
  const char *text = "A caption on June 1, 2024 The body starts here.";
  g_autoptr (GArray) got = fd_split_text (text, strlen (text));

  /* fd_split_text reports every sentence as body text of line 0. */
  ck_assert_uint_eq (got->len, 2);
  for (guint i = 0; i < got->len; i++)
    {
      ck_assert_uint_eq (g_array_index (got, FdSentence, i).line, 0);
      ck_assert_int_eq (g_array_index (got, FdSentence, i).cls, FD_LINE_BODY);
    }
}
END_TEST

START_TEST (never_reads_past_len)
{
  /* The buffer holds exactly the bytes given, with no terminating NUL,
   * and each cut ends in the middle of something the splitter inspects:
   * a multi-byte character, an abbreviation, a list marker, a date. */
  static const char *const texts[] = {
    "He said “yes.”",
    "Wait…",
    "It rose in the U.S.",
    "1.) Item 2.",
    "on May 5, 2024 The",
    "(Courtesy of X) A",
    "mail a@b.c",
    "• one • ",
    "Sen. Ann Lee (D-Ill.)",
    ". . .",
    "a. b. c.",
  };

  for (gsize k = 0; k < G_N_ELEMENTS (texts); k++)
    for (gsize cut = 0; cut <= strlen (texts[k]); cut++)
      {
        char *buf = g_malloc (cut ? cut : 1);
        GArray *got;
        memcpy (buf, texts[k], cut);
        got = fd_split_text (buf, cut);
        check_spans (buf, cut, (FdSentence *)(void *)got->data, got->len);
        g_array_unref (got);
        g_free (buf);
      }
}
END_TEST

/* Builds a document from @text and gives its lines the classes in @cls
 * (one per line, blank lines included). */
static FdDoc *
doc_with_classes (const char *text, const FdLineClass *cls, guint n)
{
  /* Built by hand, not by ingest: these tests give the splitter exactly the
   * lines and classes they name (ingest would cut glued captions itself). */
  FdDoc *doc = fd_doc_new ();
  gsize len = strlen (text), i = 0;
  guint k = 0;

  doc->id = g_strdup ("t");
  doc->text = g_strdup (text);
  doc->len = len;
  doc->outlet = g_strdup ("t");
  doc->lines = g_new0 (FdLine, n);
  while (i < len && k < n)
    {
      const char *nl = memchr (text + i, '\n', len - i);
      gsize end = nl ? (gsize)(nl - text) : len;
      doc->lines[k].start = i;
      doc->lines[k].end = end;
      doc->lines[k].cls = cls[k];
      k++;
      i = end + 1;
    }
  doc->n_lines = k;
  ck_assert_uint_eq (k, n);
  return doc;
}

START_TEST (doc_line_classes)
{
  const char *text = "Storm Closes Ports\n"
                     "by Staff Reporter\n"
                     "ships stayed in harbour. Crews waited\n"
                     "for the wind to drop.\n";
  const FdLineClass cls[]
      = { FD_LINE_HEADLINE, FD_LINE_BYLINE, FD_LINE_BODY, FD_LINE_BODY };
  g_autoptr (FdDoc) doc = doc_with_classes (text, cls, 4);

  fd_split_doc (doc);
  /* The headline and byline stand alone even though the next line starts
   * in lower case; the body sentence wraps over two lines. */
  ck_assert_uint_eq (doc->n_sents, 4);
  ck_assert_int_eq (doc->sents[0].cls, FD_LINE_HEADLINE);
  ck_assert_uint_eq (doc->sents[0].end, 18);
  ck_assert_int_eq (doc->sents[1].cls, FD_LINE_BYLINE);
  ck_assert_uint_eq (doc->sents[1].line, 1);
  ck_assert_int_eq (doc->sents[2].cls, FD_LINE_BODY);
  ck_assert_uint_eq (doc->sents[2].line, 2);
  ck_assert_uint_eq (doc->sents[3].line, 2);
  ck_assert_uint_eq (doc->sents[3].end, strlen (text) - 1);
  check_spans (doc->text, doc->len, doc->sents, doc->n_sents);

  /* Running again replaces the earlier result. */
  fd_split_doc (doc);
  ck_assert_uint_eq (doc->n_sents, 4);
}
END_TEST

START_TEST (doc_glued_caption_classes)
{
  const char *text
      = "A diver checks the reef near Palu on July 2, 2024 Earlier this "
        "year, the reef lost a third of its coral. It is recovering.\n"
        "Crowds line the shore (Photo by Ines Roa) The festival runs all "
        "week. Tickets are free.\n";
  const FdLineClass cls[] = { FD_LINE_BODY, FD_LINE_CAPTION };
  g_autoptr (FdDoc) doc = doc_with_classes (text, cls, 2);
  static const FdLineClass want[]
      = { FD_LINE_CAPTION, FD_LINE_BODY, FD_LINE_BODY,
          FD_LINE_CAPTION, FD_LINE_BODY, FD_LINE_BODY };

  fd_split_doc (doc);
  ck_assert_uint_eq (doc->n_sents, G_N_ELEMENTS (want));
  for (guint i = 0; i < doc->n_sents; i++)
    ck_assert_msg (doc->sents[i].cls == want[i], "sentence %u is %s", i,
                   fd_line_class_name (doc->sents[i].cls));
  ck_assert (strncmp (doc->text + doc->sents[1].start, "Earlier", 7) == 0);
  ck_assert (doc->text[doc->sents[3].end - 1] == ')');
}
END_TEST

START_TEST (doc_classes_do_not_join)
{
  /* A caption line never runs into the body line after it, even when the
   * body line starts in lower case. */
  const char *text = "Officials inspect the dam\nand then the weir.\n";
  const FdLineClass cls[] = { FD_LINE_CAPTION, FD_LINE_BODY };
  g_autoptr (FdDoc) doc = doc_with_classes (text, cls, 2);

  fd_split_doc (doc);
  ck_assert_uint_eq (doc->n_sents, 2);
  ck_assert_int_eq (doc->sents[0].cls, FD_LINE_CAPTION);
  ck_assert_int_eq (doc->sents[1].cls, FD_LINE_BODY);
}
END_TEST

/* Hard-wrapped text is measured in characters, not bytes: the last line
 * of the second paragraph holds 55 characters in 58 bytes, so "Paris"
 * would have fit on it within the 61-character margin, and the line
 * break ends a sentence there.  Counted in bytes the line would look full
 * and the two lines would join. */
START_TEST (wrap_width_counts_characters)
{
  expect_split (
      "The committee met on Monday to discuss the annual budget and\n"
      "the plans for new roads, bridges and schools across the whole\n"
      "region, which officials said would take years to complete and\n"
      "cost more than any earlier programme of its kind in the area.\n"
      "Owners of each shop near the old \u00e9p\u00e9e club "
      "liked a caf\u00e9\n"
      "Paris officials declined to comment on the plan last week.\n",
      "The committee met on Monday to discuss the annual budget and "
      "the plans for new roads, bridges and schools across the whole "
      "region, which officials said would take years to complete and "
      "cost more than any earlier programme of its kind in the area.",
      "Owners of each shop near the old \u00e9p\u00e9e club "
      "liked a caf\u00e9",
      "Paris officials declined to comment on the plan last week.", NULL);
}
END_TEST

START_TEST (abbrev_tables)
{
  gboolean amb;

  ck_assert (fd_abbrev_tables_sorted ());
  ck_assert_int_eq (fd_abbrev_lookup ("U.S", 3, &amb), FD_ABBREV_GENERAL);
  ck_assert_int_eq (fd_abbrev_lookup ("Inc", 3, &amb), FD_ABBREV_SUFFIX);
  ck_assert_int_eq (fd_abbrev_lookup ("Sept", 4, &amb), FD_ABBREV_MONTH);
  ck_assert_int_eq (fd_abbrev_lookup ("P.M", 3, &amb), FD_ABBREV_TIME);
  ck_assert_int_eq (fd_abbrev_lookup ("Ill", 3, &amb), FD_ABBREV_STATE);
  ck_assert (amb);
  ck_assert_int_eq (fd_abbrev_lookup ("Calif", 5, &amb), FD_ABBREV_STATE);
  ck_assert (!amb);
  ck_assert_int_eq (fd_abbrev_lookup ("house", 5, &amb), FD_ABBREV_NONE);
  ck_assert_int_eq (fd_abbrev_lookup ("approximately", 13, &amb),
                    FD_ABBREV_NONE);
  ck_assert (fd_abbrev_is_starter ("He", 2));
  ck_assert (!fd_abbrev_is_starter ("he", 2));
  ck_assert (!fd_abbrev_is_starter ("Army", 4));
}
END_TEST

START_TEST (seeds_keep_invariants)
{
  const char *dir = g_getenv ("FD_SEEDS");
  g_autoptr (GDir) d = NULL;
  const char *name;
  guint n = 0;

  if (!dir || !(d = g_dir_open (dir, 0, NULL)))
    return; /* seeds are optional */
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize len;
      g_autoptr (GArray) got = NULL;

      if (!g_str_has_suffix (name, ".txt")
          || !g_file_get_contents (path, &data, &len, NULL))
        continue;
      got = fd_split_text (data, len);
      ck_assert_uint_gt (got->len, 0);
      check_spans (data, len, (FdSentence *)(void *)got->data, got->len);
      n++;
    }
  ck_assert_uint_gt (n, 0);
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("split");
  TCase *tc = tcase_create ("split");

  tcase_add_test (tc, golden_cases);
  tcase_add_test (tc, wrap_width_counts_characters);
  tcase_add_test (tc, empty_and_blank);
  tcase_add_test (tc, crlf_lines);
  tcase_add_test (tc, text_contract);
  tcase_add_test (tc, never_reads_past_len);
  tcase_add_test (tc, doc_line_classes);
  tcase_add_test (tc, doc_glued_caption_classes);
  tcase_add_test (tc, doc_classes_do_not_join);
  tcase_add_test (tc, abbrev_tables);
  tcase_add_test (tc, seeds_keep_invariants);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
