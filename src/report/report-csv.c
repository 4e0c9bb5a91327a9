/* report-csv.c - one row per group member, for spreadsheets and scripts.
 *
 * CSV follows RFC 4180: CRLF line ends, and a field that holds a comma, a
 * quotation mark, CR or LF is quoted with its quotation marks doubled.
 * TSV (the IANA text/tab-separated-values type) has no quoting at all, so
 * tabs and line breaks inside a field become single spaces there; its lines
 * end with LF.  Both start with the same header row.  Discrepancies hidden
 * by a baseline are left out. */
#include "report/report-private.h"

#include "core/json.h"

#include <string.h>

static const char *const header[] = {
  "group", "fingerprint", "type",  "topic", "verdict", "severity",
  "doc",   "outlet",      "path",  "line",  "column",  "start",
  "end",   "claim",       "value", "words", "note",    "diff",
};

static void
field (GString *out, const char *s, gboolean tsv, gboolean first)
{
  if (!first)
    g_string_append_c (out, tsv ? '\t' : ',');
  if (!s)
    return;
  if (tsv)
    {
      for (const char *p = s; *p; p++)
        g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' '
                                                                         : *p);
      return;
    }
  if (!strpbrk (s, ",\"\r\n"))
    {
      g_string_append (out, s);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
field_uint (GString *out, guint64 v, gboolean tsv)
{
  g_autofree char *s = g_strdup_printf ("%" G_GUINT64_FORMAT, v);
  field (out, s, tsv, FALSE);
}

void
fd_report_csv_render (GString *out, const FdReport *r, gboolean tsv)
{
  const char *eol = tsv ? "\n" : "\r\n";

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    field (out, header[i], tsv, i == 0);
  g_string_append (out, eol);
  for (guint i = 0; i < r->cmp->groups->len; i++)
    {
      const FdGroup *g = r->cmp->groups->pdata[i];
      g_autoptr (GString) sev = g_string_new (NULL);

      if (fd_report_suppressed (r, g))
        continue;
      fd_json_append_double (sev, g->severity, 3);
      for (guint j = 0; j < g->members->len; j++)
        {
          const FdMember *m = g->members->pdata[j];
          g_autofree char *words
              = g_strndup (m->doc->text + m->start, m->end - m->start);
          guint line, col;

          fd_report_line_col (m->doc, m->start, &line, &col);
          g_string_append_printf (out, "%u", g->id);
          field (out, g->fingerprint, tsv, FALSE);
          field (out, g->type, tsv, FALSE);
          field (out, g->topic, tsv, FALSE);
          field (out, fd_verdict_name (g->verdict), tsv, FALSE);
          field (out, sev->str, tsv, FALSE);
          field (out, m->doc->id, tsv, FALSE);
          field (out, m->doc->outlet, tsv, FALSE);
          field (out, m->doc->path, tsv, FALSE);
          field_uint (out, line, tsv);
          field_uint (out, col, tsv);
          field_uint (out, m->start, tsv);
          field_uint (out, m->end, tsv);
          if (m->claim_id >= 0)
            field_uint (out, (guint64)m->claim_id, tsv);
          else
            field (out, NULL, tsv, FALSE);
          field (out, m->value, tsv, FALSE);
          field (out, words, tsv, FALSE);
          field (out, g->note, tsv, FALSE);
          field (out, g->diff, tsv, FALSE);
          g_string_append (out, eol);
        }
    }
}
