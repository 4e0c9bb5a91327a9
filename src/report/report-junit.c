/* report-junit.c - the findings as a JUnit XML test report, the format CI
 * servers show as a list of passed and failed tests.
 *
 * One <testcase> per group; conflicts and changed copies fail (type = the
 * verdict), discrepancies hidden by a baseline are <skipped>, everything
 * else passes.  tests/report/junit.xsd is the schema of exactly what is
 * written here. */
#include "report/report-private.h"

#include "core/json.h"

#include <string.h>

/* XML 1.0 allows no control characters but tab and line breaks; article
 * text may hold form feeds and the like, which become spaces. */
static void
esc (GString *out, const char *s)
{
  if (!s)
    return;
  for (; *s; s++)
    {
      unsigned char c = (unsigned char)*s;
      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, (char)c);
        }
    }
}

static void
esc_flat (GString *out, const char *s)
{
  g_autoptr (GString) flat = g_string_new (NULL);

  fd_report_append_flat (flat, s ? s : "");
  esc (out, flat->str);
}

static void
values (GString *out, const FdGroup *g, const char *sep)
{
  for (guint j = 0; j < g->members->len; j++)
    {
      const FdMember *m = g->members->pdata[j];
      g_autoptr (GString) s = g_string_new (NULL);
      g_autofree char *display = fd_member_display (m);

      g_string_append_printf (s, "%s%s: %s", j ? sep : "", m->doc->outlet,
                              display);
      esc_flat (out, s->str);
    }
}

static void
testcase (GString *out, const FdReport *r, const FdGroup *g)
{
  g_string_append_printf (out, "    <testcase name=\"#%u ", g->id);
  esc_flat (out, g->topic);
  g_string_append (out, "\" classname=\"factdiff.");
  esc_flat (out, g->type);
  g_string_append (out, "\"");
  if (fd_report_suppressed (r, g))
    {
      g_string_append_printf (out,
                              ">\n      <skipped message=\"known "
                              "discrepancy %s (baseline)\"/>\n"
                              "    </testcase>\n",
                              g->fingerprint);
      return;
    }
  if (!fd_verdict_is_discrepancy (g->verdict))
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append_printf (out, ">\n      <failure type=\"%s\" message=\"%s",
                          fd_verdict_name (g->verdict),
                          fd_verdict_name (g->verdict));
  if (g->severity > 0)
    g_string_append_printf (out, " (%s)", fd_severity_label (g->severity));
  g_string_append (out, ": ");
  values (out, g, "; ");
  g_string_append (out, "\">");
  values (out, g, "\n");
  if (g->note)
    {
      g_string_append (out, "\nnote: ");
      esc_flat (out, g->note);
    }
  if (g->diff)
    {
      g_string_append (out, "\ndiff: ");
      esc_flat (out, g->diff);
    }
  g_string_append_printf (out,
                          "\nfingerprint: %s</failure>\n"
                          "    </testcase>\n",
                          g->fingerprint);
}

void
fd_report_junit_render (GString *out, const FdReport *r)
{
  const GPtrArray *groups = r->cmp->groups;
  guint n = groups->len, failures = r->n_new, skipped = r->n_suppressed;

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out,
                          "<testsuites name=\"factdiff\" tests=\"%u\" "
                          "failures=\"%u\" errors=\"0\" skipped=\"%u\">\n",
                          n, failures, skipped);
  g_string_append_printf (out,
                          "  <testsuite name=\"factdiff compare\" "
                          "tests=\"%u\" failures=\"%u\" errors=\"0\" "
                          "skipped=\"%u\">\n",
                          n, failures, skipped);
  for (guint i = 0; i < n; i++)
    testcase (out, r, groups->pdata[i]);
  g_string_append (out, "  </testsuite>\n</testsuites>\n");
}
