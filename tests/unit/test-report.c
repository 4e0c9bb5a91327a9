/* test-report.c - every report format on a result built by hand
 * (tests/report/sample.c), the baseline logic and the CI summary. */
#include "../report/sample.h"
#include "fd-test.h"
#include "ingest/ingest.h"
#include "report/report.h"

#include <json-glib/json-glib.h>
#include <string.h>

static char *
render (FdReportFormat f, const FdCompare *cmp, const FdBaseline *b)
{
  FdReportOptions opts = { .baseline = b };
  gsize len = 0;
  char *out = fd_report_render (f, cmp, &opts, &len);

  ck_assert_uint_eq (strlen (out), len);
  return out;
}

static guint
count (const char *hay, const char *needle)
{
  guint n = 0;

  for (const char *p = hay; (p = strstr (p, needle)) != NULL; p++)
    n++;
  return n;
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr (JsonParser) p = json_parser_new ();
  g_autoptr (GError) err = NULL;

  if (!json_parser_load_from_data (p, text, -1, &err))
    ck_abort_msg ("not JSON: %s", err->message);
  return json_node_copy (json_parser_get_root (p));
}

START_TEST (formats_have_names_and_files)
{
  FdReportFormat f;

  ck_assert (fd_report_format_parse ("junit", &f));
  ck_assert_int_eq (f, FD_REPORT_JUNIT);
  ck_assert_str_eq (fd_report_file_name (f), "report.junit.xml");
  ck_assert (fd_report_format_parse ("sarif", &f));
  ck_assert_str_eq (fd_report_file_name (f), "report.sarif");
  ck_assert (!fd_report_format_parse ("pdf", &f));
  for (int i = 0; i < FD_REPORT_N_FORMATS; i++)
    {
      ck_assert (fd_report_format_parse (fd_report_format_name (i), &f));
      ck_assert_int_eq (f, i);
    }
}
END_TEST

START_TEST (sample_is_ordered_conflicts_first)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  const FdGroup *g1 = s->cmp->groups->pdata[0];
  const FdGroup *g2 = s->cmp->groups->pdata[1];

  ck_assert_uint_eq (s->cmp->groups->len, 5);
  ck_assert_uint_eq (s->cmp->n_conflicts, 2);
  ck_assert_str_eq (fd_verdict_name (g1->verdict), "conflict");
  ck_assert_str_eq (fd_verdict_name (g2->verdict), "changed");
}
END_TEST

START_TEST (md_has_summary_and_table_rows)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autofree char *md = render (FD_REPORT_MD, s->cmp, NULL);

  ck_assert (g_str_has_prefix (md, "# factdiff report\n\n3 articles from 3 "
                                   "outlets; 7 claims in 5 groups: 1 "
                                   "conflict, 1 changed copy, 1 reworded "
                                   "quote, 1 agreement, 1 single-source "
                                   "claim.\n"));
  ck_assert_msg (
      strstr (md, "| 1 | talks — length | duration | **Alpha Post**: PT30M "
                  "(\"30 minutes\"); **Beta \"News\", Inc.**: PT3H (\"three "
                  "hours\") | conflict | high (0.8) | 30 minutes against 3 "
                  "hours |\n"),
      "%s", md);
  ck_assert (strstr (md, "| 2 | deal — boats (copied) | passage | "));
  ck_assert (strstr (md, "| changed | medium (0.5) | diff: `The deal covers "
                         "[-12-] {+14+} boats.` |\n"));
  /* A pipe inside a cell is escaped so that it cannot end the cell. */
  ck_assert (strstr (md, "fleet, \"best\" \\<claim> & more \\| x"));
  /* The single claim's value had a line break: a cell stays on one line. */
  ck_assert (strstr (md, "the best, \"finest\""));
  ck_assert (strstr (md, "## Reworded quotes\n\n### 3. mayor — crossing "
                         "(reworded)\n"));
  ck_assert (strstr (md, "- diff: `We [-will keep-] {+are keeping+} the "
                         "crossing,`\n"));
  ck_assert (strstr (md, "## Agreements\n"));
  ck_assert (strstr (md, "| 2 (2 independent) |"));
  ck_assert (strstr (md, "## Single-source claims\n"));
  ck_assert (strstr (md, "| copied | 0.97 | a:1 | c:1 | Élan: talks lasted "
                         "30 minutes, officials said. |\n"));
  ck_assert (strstr (md, "| Ines Calloway | person | Ines Calloway, Inés "
                         "Calloway | Ines Caloway |\n"));
  ck_assert (strstr (md, "## Baseline") == NULL);
  ck_assert (g_str_has_suffix (md, "|\n"));
}
END_TEST

START_TEST (md_without_findings_says_so)
{
  g_autoptr (GPtrArray) none = g_ptr_array_new ();
  g_autoptr (FdCompare) cmp = fd_compare_new (none);
  g_autofree char *md = NULL;

  fd_compare_finish (cmp);
  md = render (FD_REPORT_MD, cmp, NULL);
  ck_assert_str_eq (md, "# factdiff report\n\n0 articles from 0 outlets; 0 "
                        "claims in 0 groups.\n\n## Discrepancies\n\nNo "
                        "discrepancies.\n");
}
END_TEST

START_TEST (csv_quotes_commas_quotes_and_newlines)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autofree char *csv = render (FD_REPORT_CSV, s->cmp, NULL);
  guint members = 0;

  for (guint i = 0; i < s->cmp->groups->len; i++)
    members += ((FdGroup *)s->cmp->groups->pdata[i])->members->len;
  ck_assert (g_str_has_prefix (csv, "group,fingerprint,type,topic,verdict,"
                                    "severity,doc,outlet,path,line,column,"
                                    "start,end,claim,value,words,note,"
                                    "diff\r\n"));
  /* RFC 4180: every record ends with CRLF; the line break inside a value
   * is a bare LF inside quotes. */
  ck_assert_uint_eq (count (csv, "\r\n"), members + 1);
  ck_assert (strstr (csv, ",b,\"Beta \"\"News\"\", Inc.\",sample/b.txt,"));
  ck_assert (strstr (csv, ",\"the best,\n\"\"finest\"\"\","));
  ck_assert (strstr (csv, "\r\n1,"));
  ck_assert (strstr (csv, ",conflict,0.8,a,Alpha Post,sample/a.txt,1,20,"));
}
END_TEST

START_TEST (tsv_keeps_one_record_a_line)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autofree char *tsv = render (FD_REPORT_TSV, s->cmp, NULL);
  g_auto (GStrv) lines = g_strsplit (tsv, "\n", -1);
  guint n = g_strv_length (lines);

  ck_assert_str_eq (lines[n - 1], "");
  ck_assert_uint_eq (n - 1, 10); /* header and nine members */
  for (guint i = 0; i + 1 < n; i++)
    ck_assert_uint_eq (count (lines[i], "\t"), 17);
  ck_assert (strstr (tsv, "\tthe best, \"finest\"\t"));
}
END_TEST

START_TEST (json_has_the_documented_keys)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autofree char *text = render (FD_REPORT_JSON, s->cmp, NULL);
  g_autoptr (JsonNode) root = parse_json (text);
  JsonObject *o = json_node_get_object (root);
  JsonArray *docs, *claims, *groups;
  JsonObject *d, *c, *g, *passage;
  const char *keys[]
      = { "schema_version", "tool",       "summary", "documents", "claims",
          "groups",         "duplicates", "names",   "baseline" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    ck_assert_msg (json_object_has_member (o, keys[i]), "%s", keys[i]);
  ck_assert_int_eq (json_object_get_int_member (o, "schema_version"),
                    FD_REPORT_JSON_SCHEMA_VERSION);
  docs = json_object_get_array_member (o, "documents");
  ck_assert_uint_eq (json_array_get_length (docs), 3);
  d = json_array_get_object_element (docs, 1);
  ck_assert_str_eq (json_object_get_string_member (d, "id"), "b");
  ck_assert_str_eq (json_object_get_string_member (d, "path"), "sample/b.txt");
  ck_assert_str_eq (json_object_get_string_member (d, "outlet"),
                    "Beta \"News\", Inc.");
  ck_assert_str_eq (json_object_get_string_member (d, "date"), "2026-03-03");
  ck_assert (!json_object_get_boolean_member (d, "date_inferred"));

  claims = json_object_get_array_member (o, "claims");
  ck_assert_uint_eq (json_array_get_length (claims), 7);
  for (guint i = 0; i < 7; i++)
    {
      c = json_array_get_object_element (claims, i);
      ck_assert_int_eq (json_object_get_int_member (c, "id"), i);
    }

  groups = json_object_get_array_member (o, "groups");
  ck_assert_uint_eq (json_array_get_length (groups), 5);
  g = json_array_get_object_element (groups, 0);
  ck_assert_int_eq (json_object_get_int_member (g, "id"), 1);
  ck_assert_str_eq (json_object_get_string_member (g, "verdict"), "conflict");
  ck_assert_str_eq (json_object_get_string_member (g, "type"), "duration");
  ck_assert_str_eq (json_object_get_string_member (g, "topic"),
                    "talks — length");
  ck_assert_uint_eq (strlen (json_object_get_string_member (g, "fingerprint")),
                     16);
  ck_assert (json_object_get_double_member (g, "severity") == 0.8);
  ck_assert_int_eq (json_object_get_int_member (g, "outlets"), 2);
  ck_assert_int_eq (json_object_get_int_member (g, "independent"), 2);
  ck_assert (json_object_has_member (g, "note"));
  ck_assert (json_object_get_null_member (g, "diff"));
  ck_assert (!json_object_get_boolean_member (g, "suppressed"));
  /* Claim members are claim ids; copied-text members are spans. */
  ck_assert_int_eq (json_array_get_int_element (
                        json_object_get_array_member (g, "members"), 0),
                    json_object_get_int_member (
                        json_array_get_object_element (claims, 0), "id"));
  g = json_array_get_object_element (groups, 1);
  passage = json_array_get_object_element (
      json_object_get_array_member (g, "members"), 1);
  ck_assert_str_eq (json_object_get_string_member (passage, "doc"), "c");
  ck_assert_int_eq (json_object_get_int_member (passage, "end")
                        - json_object_get_int_member (passage, "start"),
                    25);
  ck_assert_int_eq (json_object_get_int_member (g, "independent"), 1);

  ck_assert_uint_eq (
      json_array_get_length (json_object_get_array_member (o, "duplicates")),
      1);
  ck_assert_uint_eq (
      json_array_get_length (json_object_get_array_member (o, "names")), 1);
  ck_assert (json_object_get_null_member (o, "baseline"));
}
END_TEST

START_TEST (html_escapes_and_marks)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autofree char *html = render (FD_REPORT_HTML, s->cmp, NULL);

  ck_assert (g_str_has_prefix (html, "<!DOCTYPE html>\n"));
  ck_assert (strstr (html, "<script") == NULL);
  ck_assert (strstr (html, "<link") == NULL);
  ck_assert (strstr (html, "src=") == NULL);
  /* Topic, outlet and article text are escaped. */
  ck_assert (strstr (html, "fleet, &quot;best&quot; &lt;claim&gt; &amp; more "
                           "| x"));
  ck_assert (strstr (html, "<h3>Gamma &amp; &lt;Co&gt;</h3>"));
  ck_assert (strstr (html, "&lt;of&gt; the coast &amp; more"));
  ck_assert (strstr (html, "<claim>") == NULL);
  ck_assert (strstr (html, "<of>") == NULL);
  /* The table links to the marks, the marks link back to the row. */
  ck_assert (strstr (html, "<tr id=\"g1\">"));
  ck_assert (strstr (html, "<a href=\"#g1-m1\">Alpha Post</a>"));
  ck_assert (strstr (html, "<mark id=\"g1-m1\" class=\"conflict\">30 minutes"
                           "</mark><sup><a href=\"#g1\">1</a></sup>"));
  ck_assert (strstr (html, "<mark id=\"g1-m2\" class=\"conflict\">three "
                           "hours</mark>"));
  ck_assert_uint_eq (count (html, "<mark "), 11);
  ck_assert_uint_eq (count (html, "</mark>"), 11);
  /* The copied passage in c holds nothing else; in a the first line holds
   * the conflict's member: nested marks. */
  ck_assert (strstr (html, "<mark id=\"dup1-a\" class=\"dup\">Élan: talks "
                           "lasted <mark id=\"g1-m1\""));
}
END_TEST

START_TEST (junit_fails_discrepancies_only)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autofree char *xml = render (FD_REPORT_JUNIT, s->cmp, NULL);

  ck_assert (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\""
                                    "?>\n<testsuites name=\"factdiff\" "
                                    "tests=\"5\" failures=\"2\" errors=\"0\" "
                                    "skipped=\"0\">\n"));
  ck_assert_uint_eq (count (xml, "<testcase "), 5);
  ck_assert_uint_eq (count (xml, "<failure "), 2);
  ck_assert (strstr (xml, "<failure type=\"conflict\" message=\"conflict "
                          "(high): Alpha Post: PT30M (&quot;30 minutes&quot;);"
                          " Beta &quot;News&quot;, Inc.: PT3H"));
  ck_assert (strstr (xml, "<failure type=\"changed\""));
  ck_assert (strstr (xml, "name=\"#5 fleet, &quot;best&quot; &lt;claim&gt; "
                          "&amp; more | x\""));
}
END_TEST

START_TEST (sarif_regions_count_code_points)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autofree char *text = render (FD_REPORT_SARIF, s->cmp, NULL);
  g_autoptr (JsonNode) root = parse_json (text);
  JsonObject *run = json_array_get_object_element (
      json_object_get_array_member (json_node_get_object (root), "runs"), 0);
  JsonArray *results = json_object_get_array_member (run, "results");
  JsonObject *r, *loc, *region;
  const FdGroup *g = s->cmp->groups->pdata[0];

  ck_assert_str_eq (
      json_object_get_string_member (json_node_get_object (root), "version"),
      "2.1.0");
  ck_assert_str_eq (json_object_get_string_member (run, "columnKind"),
                    "unicodeCodePoints");
  ck_assert_uint_eq (json_array_get_length (results), 2);
  r = json_array_get_object_element (results, 0);
  ck_assert_str_eq (json_object_get_string_member (r, "ruleId"), "conflict");
  ck_assert_str_eq (json_object_get_string_member (r, "level"), "error");
  ck_assert_str_eq (
      json_object_get_string_member (
          json_object_get_object_member (r, "partialFingerprints"),
          "factdiffGroup/v1"),
      g->fingerprint);
  loc = json_object_get_object_member (
      json_array_get_object_element (
          json_object_get_array_member (r, "locations"), 0),
      "physicalLocation");
  ck_assert_str_eq (
      json_object_get_string_member (
          json_object_get_object_member (loc, "artifactLocation"), "uri"),
      "sample/a.txt");
  region = json_object_get_object_member (loc, "region");
  /* "Élan: talks lasted " is 19 code points but 20 bytes. */
  ck_assert_int_eq (json_object_get_int_member (region, "startLine"), 1);
  ck_assert_int_eq (json_object_get_int_member (region, "startColumn"), 20);
  ck_assert_int_eq (json_object_get_int_member (region, "endLine"), 1);
  ck_assert_int_eq (json_object_get_int_member (region, "endColumn"), 30);
  /* b's member is on line 1 too, after "The talks went on for ". */
  loc = json_object_get_object_member (
      json_array_get_object_element (
          json_object_get_array_member (r, "locations"), 1),
      "physicalLocation");
  region = json_object_get_object_member (loc, "region");
  ck_assert_int_eq (json_object_get_int_member (region, "startColumn"), 23);
  ck_assert_int_eq (json_object_get_int_member (region, "endColumn"), 34);
  /* The changed copy's passage is line 2 of c. */
  r = json_array_get_object_element (results, 1);
  ck_assert_str_eq (json_object_get_string_member (r, "ruleId"), "changed");
  ck_assert_str_eq (json_object_get_string_member (r, "level"), "warning");
}
END_TEST

START_TEST (fingerprints_survive_edits_elsewhere)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autoptr (GPtrArray) view = g_ptr_array_new ();
  g_autofree char *moved
      = g_strconcat ("A new first line.\n\n", fd_sample_text_a, NULL);
  g_autoptr (FdDoc) a2 = fd_ingest_buffer ("a", "sample/a.txt", moved,
                                           strlen (moved), NULL, NULL);
  const FdGroup *g = s->cmp->groups->pdata[0];
  const FdMember *m = g->members->pdata[0];
  FdClaim *c;
  FdGroup *g2;
  g_autoptr (FdCompare) cmp = NULL;

  g_free (a2->outlet);
  a2->outlet = g_strdup ("Alpha Post");
  g_ptr_array_add (view, a2);
  cmp = fd_compare_new (view);
  c = fd_claim_new (FD_CLAIM_DURATION, a2, m->start + 19, m->end + 19);
  c->value = g_strdup ("PT30M");
  g_ptr_array_add (cmp->claims, c);
  g2 = fd_group_new ("duration", "talks — length", FD_VERDICT_CONFLICT);
  fd_group_add_claim (g2, c, 0);
  fd_group_add_claim (g2, ((FdMember *)g->members->pdata[1])->claim, 1);
  fd_group_finish (g2);
  ck_assert_str_eq (g2->fingerprint, g->fingerprint);
  g_ptr_array_add (cmp->groups, g2);
}
END_TEST

START_TEST (baseline_round_trip_and_gone)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  g_autoptr (FdBaseline) b = fd_baseline_from_compare (s->cmp);
  g_autoptr (FdBaseline) back = NULL;
  g_autoptr (GPtrArray) gone = NULL;
  g_autoptr (GError) err = NULL;
  g_autofree char *json = NULL;
  gsize len = 0;
  const FdGroup *g1 = s->cmp->groups->pdata[0];

  ck_assert_uint_eq (fd_baseline_size (b), 2);
  ck_assert (strcmp (fd_baseline_entry (b, 0)->fingerprint,
                     fd_baseline_entry (b, 1)->fingerprint)
             < 0);
  ck_assert (fd_baseline_has (b, g1->fingerprint));
  json = fd_baseline_to_json (b, &len);
  ck_assert (g_str_has_prefix (json,
                               "{\"factdiff_baseline\":1,"
                               "\"discrepancies\":[\n{\"fingerprint\":"));
  ck_assert (g_str_has_suffix (json, "}\n]}\n"));
  back = fd_baseline_parse ("b.json", json, len, &err);
  ck_assert_msg (back, "%s", err ? err->message : "");
  ck_assert_uint_eq (fd_baseline_size (back), 2);
  for (guint i = 0; i < 2; i++)
    {
      ck_assert_str_eq (fd_baseline_entry (back, i)->fingerprint,
                        fd_baseline_entry (b, i)->fingerprint);
      ck_assert_str_eq (fd_baseline_entry (back, i)->topic,
                        fd_baseline_entry (b, i)->topic);
    }
  gone = fd_baseline_gone (back, s->cmp);
  ck_assert_uint_eq (gone->len, 0);
}
END_TEST

START_TEST (baseline_hides_known_and_lists_gone)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  const FdGroup *g1 = s->cmp->groups->pdata[0];
  g_autofree char *text = g_strdup_printf (
      "{\"factdiff_baseline\":1,\"discrepancies\":["
      "{\"fingerprint\":\"%s\",\"type\":\"duration\",\"topic\":\"x\"},"
      "{\"fingerprint\":\"0123456789abcdef\",\"type\":\"date\","
      "\"topic\":\"summit — date\",\"verdict\":\"conflict\"}]}",
      g1->fingerprint);
  g_autoptr (FdBaseline) b
      = fd_baseline_parse ("b.json", text, strlen (text), NULL);
  g_autoptr (GPtrArray) gone = fd_baseline_gone (b, s->cmp);
  FdReportOptions opts = { .baseline = b };
  g_autofree char *md = NULL, *xml = NULL, *sarif = NULL, *json = NULL;

  ck_assert (b);
  ck_assert_uint_eq (gone->len, 1);
  ck_assert_str_eq (((FdBaselineEntry *)gone->pdata[0])->fingerprint,
                    "0123456789abcdef");
  /* One of the two discrepancies is known: one is new. */
  ck_assert_uint_eq (fd_report_count_new (s->cmp, &opts), 1);
  ck_assert_uint_eq (fd_report_count_new (s->cmp, NULL), 2);

  md = render (FD_REPORT_MD, s->cmp, b);
  ck_assert (strstr (md, "| 1 | talks") == NULL);
  ck_assert (strstr (md, "| 2 | deal — boats (copied) |"));
  ck_assert (strstr (md, "## Baseline\n\n1 known discrepancy is hidden by "
                         "the baseline. No longer seen:\n\n- "
                         "`0123456789abcdef` conflict date: summit — date\n"));
  ck_assert (strstr (md, "Baseline: 1 known discrepancy hidden, 1 no longer "
                         "seen."));
  xml = render (FD_REPORT_JUNIT, s->cmp, b);
  ck_assert (strstr (xml, "failures=\"1\" errors=\"0\" skipped=\"1\""));
  ck_assert_uint_eq (count (xml, "<skipped "), 1);
  sarif = render (FD_REPORT_SARIF, s->cmp, b);
  ck_assert_uint_eq (count (sarif, "\"ruleId\""), 1);
  json = render (FD_REPORT_JSON, s->cmp, b);
  ck_assert (strstr (json, "\"suppressed\":true"));
  ck_assert (strstr (json, "\"baseline\":{\"suppressed\":1,\"gone\":[\n{"
                           "\"fingerprint\":\"0123456789abcdef\""));
}
END_TEST

START_TEST (baseline_rejects_bad_files)
{
  const char *bad[] = {
    "not json",
    "[]",
    "{\"factdiff_baseline\":2,\"discrepancies\":[]}",
    "{\"factdiff_baseline\":1}",
    "{\"factdiff_baseline\":1,\"discrepancies\":[{\"fingerprint\":\"XYZ\"}]}",
    "{\"factdiff_baseline\":1,\"discrepancies\":[{\"fingerprint\":"
    "\"0123456789ABCDEF\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) err = NULL;
      g_autoptr (FdBaseline) b
          = fd_baseline_parse ("x.json", bad[i], strlen (bad[i]), &err);

      ck_assert_msg (b == NULL, "%s", bad[i]);
      ck_assert (
          g_error_matches (err, FD_BASELINE_ERROR, FD_BASELINE_ERROR_FORMAT));
      ck_assert (g_str_has_prefix (err->message, "x.json: "));
    }
}
END_TEST

START_TEST (summary_is_cut_under_the_limit)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  gsize len = 0, small = 0;
  g_autofree char *full
      = fd_report_summary (s->cmp, NULL, FD_REPORT_SUMMARY_LIMIT, &len);
  g_autofree char *cut = fd_report_summary (s->cmp, NULL, 400, &small);

  ck_assert (g_str_has_prefix (full, "## factdiff\n\n3 articles"));
  ck_assert (strstr (full, "| 1 | talks — length |"));
  ck_assert (strstr (full, "truncated") == NULL);
  ck_assert (len > 400);
  ck_assert_uint_le (small, 400);
  ck_assert_uint_eq (strlen (cut), small);
  ck_assert (strstr (cut, "_Summary truncated: "));
  ck_assert (g_str_has_suffix (cut, "see the full report._\n"));
  ck_assert (g_utf8_validate (cut, -1, NULL));
}
END_TEST

START_TEST (renders_are_byte_identical)
{
  g_autoptr (FdSample) s1 = fd_sample_new ();
  g_autoptr (FdSample) s2 = fd_sample_new ();

  for (int f = 0; f < FD_REPORT_N_FORMATS; f++)
    {
      g_autofree char *x = render (f, s1->cmp, NULL);
      g_autofree char *y = render (f, s2->cmp, NULL);
      ck_assert_str_eq (x, y);
    }
}
END_TEST

/* The JSON report renders its claims on a thread of their own when asked
 * for threads; the bytes must not change. */
START_TEST (json_is_the_same_on_threads)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  FdReportOptions one = { .threads = 1 }, two = { .threads = 2 };
  gsize n1 = 0, n2 = 0;
  g_autofree char *x = fd_report_render (FD_REPORT_JSON, s->cmp, &one, &n1);
  g_autofree char *y = fd_report_render (FD_REPORT_JSON, s->cmp, &two, &n2);

  ck_assert_uint_gt (s->cmp->claims->len, 0);
  ck_assert_uint_eq (n1, n2);
  ck_assert_str_eq (x, y);
  ck_assert_ptr_nonnull (strstr (y, "\"claims\":[\n{"));
}
END_TEST

/* Pads the sample with @n more claims and a single-source group for each,
 * so that every big array of the JSON report spans several pieces. */
static void
add_claims (FdSample *s, guint n)
{
  const FdDoc *d = s->docs->pdata[0];
  const char *p = strstr (d->text, "12 boats");

  for (guint i = 0; i < n; i++)
    {
      FdClaim *c = fd_claim_new (FD_CLAIM_NUMBER, d, (gsize)(p - d->text),
                                 (gsize)(p - d->text) + 2);
      FdGroup *g = fd_group_new ("number", "deal — boats", FD_VERDICT_SINGLE);

      c->value = g_strdup_printf ("%u", i);
      fd_claim_set_sentence (c);
      g_ptr_array_add (s->cmp->claims, c);
      fd_group_add_claim (g, c, s->cmp->claims->len - 1);
      fd_group_finish (g);
      g_ptr_array_add (s->cmp->groups, g);
    }
}

typedef struct
{
  GString *bytes;
  guint calls;
  guint fail_at; /* the call that fails, 0 for none */
} Collect;

static gboolean
collect (const char *data, gsize len, gpointer user_data)
{
  Collect *c = user_data;

  c->calls++;
  g_string_append_len (c->bytes, data, (gssize)len);
  return c->calls != c->fail_at;
}

/* A big JSON report reaches the writer in many pieces, in order: the
 * bytes are the rendered report's, on one thread or several, and they
 * parse with every claim and group. */
START_TEST (json_is_written_in_pieces)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  FdReportOptions one = { .threads = 1 };
  gsize len = 0;
  g_autofree char *whole = NULL;

  add_claims (s, 5000);
  whole = fd_report_render (FD_REPORT_JSON, s->cmp, &one, &len);
  for (guint threads = 1; threads <= 3; threads += 2)
    {
      FdReportOptions opts = { .threads = threads };
      Collect c = { g_string_new (NULL), 0, 0 };
      g_autoptr (JsonNode) root = NULL;
      JsonObject *o;

      ck_assert (fd_report_write (FD_REPORT_JSON, s->cmp, &opts, collect, &c));
      ck_assert_uint_gt (c.calls, 6);
      ck_assert_uint_eq (c.bytes->len, len);
      ck_assert_str_eq (c.bytes->str, whole);
      root = parse_json (c.bytes->str);
      o = json_node_get_object (root);
      ck_assert_uint_eq (
          json_array_get_length (json_object_get_array_member (o, "claims")),
          s->cmp->claims->len);
      ck_assert_uint_eq (
          json_array_get_length (json_object_get_array_member (o, "groups")),
          s->cmp->groups->len);
      g_string_free (c.bytes, TRUE);
    }
}
END_TEST

/* A write that fails stops the report: nothing more is handed over. */
START_TEST (json_write_stops_at_a_failed_write)
{
  g_autoptr (FdSample) s = fd_sample_new ();

  add_claims (s, 5000);
  for (guint threads = 1; threads <= 3; threads += 2)
    {
      FdReportOptions opts = { .threads = threads };
      Collect c = { g_string_new (NULL), 0, 2 };

      ck_assert (
          !fd_report_write (FD_REPORT_JSON, s->cmp, &opts, collect, &c));
      ck_assert_uint_eq (c.calls, 2);
      g_string_free (c.bytes, TRUE);
    }
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("report");
  TCase *tc = tcase_create ("report");

  tcase_add_test (tc, formats_have_names_and_files);
  tcase_add_test (tc, sample_is_ordered_conflicts_first);
  tcase_add_test (tc, md_has_summary_and_table_rows);
  tcase_add_test (tc, md_without_findings_says_so);
  tcase_add_test (tc, csv_quotes_commas_quotes_and_newlines);
  tcase_add_test (tc, tsv_keeps_one_record_a_line);
  tcase_add_test (tc, json_has_the_documented_keys);
  tcase_add_test (tc, html_escapes_and_marks);
  tcase_add_test (tc, junit_fails_discrepancies_only);
  tcase_add_test (tc, sarif_regions_count_code_points);
  tcase_add_test (tc, fingerprints_survive_edits_elsewhere);
  tcase_add_test (tc, baseline_round_trip_and_gone);
  tcase_add_test (tc, baseline_hides_known_and_lists_gone);
  tcase_add_test (tc, baseline_rejects_bad_files);
  tcase_add_test (tc, summary_is_cut_under_the_limit);
  tcase_add_test (tc, renders_are_byte_identical);
  tcase_add_test (tc, json_is_the_same_on_threads);
  tcase_add_test (tc, json_is_written_in_pieces);
  tcase_add_test (tc, json_write_stops_at_a_failed_write);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
