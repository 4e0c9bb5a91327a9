/* report-sarif.c - the discrepancies as SARIF 2.1.0, the format code
 * scanning services read.
 *
 * One result per discrepancy (conflicts and changed copies; the rest are
 * not problems), ruleId = the verdict, with one location per member: the
 * article's path as given (URI-escaped) and the region of its words.
 * Columns count Unicode code points ("columnKind": "unicodeCodePoints"),
 * not SARIF's default UTF-16 units, and are 1-based; endColumn is the
 * column just after the last character.  partialFingerprints carries the
 * group fingerprint, which depends on what the members say, not where, so
 * a result keeps its identity when other parts of an article change. */
#include "report/report-private.h"

#include "core/json.h"

static const char schema_uri[]
    = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
      "sarif-schema-2.1.0.json";

/* The rules, indexed by ruleIndex. */
static const struct
{
  FdVerdict verdict;
  const char *name;
  const char *text;
} rules[] = {
  { FD_VERDICT_CONFLICT, "ConflictingClaims",
    "Outlets state incompatible values for the same fact." },
  { FD_VERDICT_CHANGED, "ChangedCopy",
    "A copied passage differs in a fact-bearing word." },
};

static void
region (GString *out, const FdMember *m)
{
  guint l1, c1, l2, c2;
  g_autofree char *words = fd_report_words (m);

  fd_report_line_col (m->doc, m->start, &l1, &c1);
  fd_report_line_col (m->doc, m->end, &l2, &c2);
  fd_json_append_key (out, "region", FALSE);
  g_string_append_c (out, '{');
  fd_json_append_member_int (out, "startLine", l1, TRUE);
  fd_json_append_member_int (out, "startColumn", c1, FALSE);
  fd_json_append_member_int (out, "endLine", l2, FALSE);
  fd_json_append_member_int (out, "endColumn", c2, FALSE);
  fd_json_append_key (out, "snippet", FALSE);
  g_string_append_c (out, '{');
  fd_json_append_member_str (out, "text", words, TRUE);
  g_string_append (out, "}}");
}

static void
location (GString *out, const FdMember *m)
{
  g_autofree char *uri = g_uri_escape_string (m->doc->path, "/", FALSE);
  g_autoptr (GString) msg = g_string_new (NULL);
  g_autofree char *display = fd_member_display (m);

  g_string_append (out, "{\"physicalLocation\":{\"artifactLocation\":{");
  fd_json_append_member_str (out, "uri", uri, TRUE);
  g_string_append_c (out, '}');
  region (out, m);
  g_string_append_c (out, '}');
  fd_report_append_flat (msg, m->doc->outlet);
  g_string_append (msg, ": ");
  fd_report_append_flat (msg, display);
  g_string_append (out, ",\"message\":{");
  fd_json_append_member_str (out, "text", msg->str, TRUE);
  g_string_append (out, "}}");
}

static void
result (GString *out, const FdGroup *g, guint rule)
{
  g_autoptr (GString) msg = g_string_new (NULL);

  g_string_append_printf (msg, "%s", fd_verdict_name (g->verdict));
  if (g->severity > 0)
    g_string_append_printf (msg, " (%s severity)",
                            fd_severity_label (g->severity));
  g_string_append (msg, " on ");
  fd_report_append_flat (msg, g->topic ? g->topic : g->type);
  for (guint j = 0; j < g->members->len; j++)
    {
      const FdMember *m = g->members->pdata[j];
      g_autofree char *display = fd_member_display (m);

      g_string_append (msg, j ? "; " : ": ");
      fd_report_append_flat (msg, m->doc->outlet);
      g_string_append (msg, " says ");
      fd_report_append_flat (msg, display);
    }
  if (g->note)
    {
      g_string_append (msg, ". ");
      fd_report_append_flat (msg, g->note);
    }
  g_string_append_c (out, '{');
  fd_json_append_member_str (out, "ruleId", fd_verdict_name (g->verdict),
                             TRUE);
  fd_json_append_member_int (out, "ruleIndex", rule, FALSE);
  fd_json_append_member_str (out, "level",
                             g->severity >= 0.6 ? "error" : "warning", FALSE);
  fd_json_append_key (out, "message", FALSE);
  g_string_append_c (out, '{');
  fd_json_append_member_str (out, "text", msg->str, TRUE);
  g_string_append (out, "},\"locations\":[");
  for (guint j = 0; j < g->members->len; j++)
    {
      if (j)
        g_string_append_c (out, ',');
      location (out, g->members->pdata[j]);
    }
  g_string_append (out, "],\"partialFingerprints\":{");
  fd_json_append_member_str (out, "factdiffGroup/v1", g->fingerprint, TRUE);
  g_string_append (out, "},\"properties\":{");
  fd_json_append_member_int (out, "group", g->id, TRUE);
  fd_json_append_member_str (out, "type", g->type, FALSE);
  fd_json_append_member_str (out, "topic", g->topic, FALSE);
  fd_json_append_key (out, "severity", FALSE);
  fd_json_append_double (out, g->severity, 3);
  g_string_append (out, "}}");
}

void
fd_report_sarif_render (GString *out, const FdReport *r)
{
  gboolean first = TRUE;

  g_string_append (out, "{");
  fd_json_append_member_str (out, "$schema", schema_uri, TRUE);
  fd_json_append_member_str (out, "version", "2.1.0", FALSE);
  g_string_append (out, ",\"runs\":[{\"tool\":{\"driver\":{");
  fd_json_append_member_str (out, "name", PACKAGE_NAME, TRUE);
  fd_json_append_member_str (out, "version", PACKAGE_VERSION, FALSE);
  g_string_append (out, ",\"rules\":[");
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_string_append (out, i ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "id", fd_verdict_name (rules[i].verdict),
                                 TRUE);
      fd_json_append_member_str (out, "name", rules[i].name, FALSE);
      g_string_append (out, ",\"shortDescription\":{");
      fd_json_append_member_str (out, "text", rules[i].text, TRUE);
      g_string_append (out, "}}");
    }
  g_string_append (out, "]}},\n\"columnKind\":\"unicodeCodePoints\",\n"
                        "\"results\":[");
  for (guint i = 0; i < r->cmp->groups->len; i++)
    {
      const FdGroup *g = r->cmp->groups->pdata[i];
      guint rule = g->verdict == FD_VERDICT_CHANGED ? 1 : 0;

      if (!fd_verdict_is_discrepancy (g->verdict)
          || fd_report_suppressed (r, g))
        continue;
      g_string_append (out, first ? "\n" : ",\n");
      first = FALSE;
      result (out, g, rule);
    }
  g_string_append (out, first ? "]}]}\n" : "\n]}]}\n");
}
