/* report.c - see report.h: the format table, the dispatcher and the
 * helpers every renderer shares (report-private.h). */
#include "report/report-private.h"

#include <string.h>

/* One row per format: the name users type and the file it goes to in an
 * output directory. */
static const struct
{
  const char *name;
  const char *file;
} formats[FD_REPORT_N_FORMATS] = {
  [FD_REPORT_MD] = { "md", "report.md" },
  [FD_REPORT_CSV] = { "csv", "report.csv" },
  [FD_REPORT_TSV] = { "tsv", "report.tsv" },
  [FD_REPORT_JSON] = { "json", "report.json" },
  [FD_REPORT_HTML] = { "html", "report.html" },
  [FD_REPORT_JUNIT] = { "junit", "report.junit.xml" },
  [FD_REPORT_SARIF] = { "sarif", "report.sarif" },
};

gboolean
fd_report_format_parse (const char *name, FdReportFormat *format)
{
  for (int f = 0; f < FD_REPORT_N_FORMATS; f++)
    if (strcmp (name, formats[f].name) == 0)
      {
        *format = (FdReportFormat)f;
        return TRUE;
      }
  return FALSE;
}

const char *
fd_report_format_name (FdReportFormat format)
{
  g_return_val_if_fail (format < FD_REPORT_N_FORMATS, "md");
  return formats[format].name;
}

const char *
fd_report_file_name (FdReportFormat format)
{
  g_return_val_if_fail (format < FD_REPORT_N_FORMATS, "report.md");
  return formats[format].file;
}

gboolean
fd_report_suppressed (const FdReport *r, const FdGroup *g)
{
  return r->baseline && fd_verdict_is_discrepancy (g->verdict)
         && fd_baseline_has (r->baseline, g->fingerprint);
}

static void
report_init (FdReport *r, const FdCompare *cmp, const FdReportOptions *opts)
{
  memset (r, 0, sizeof *r);
  r->cmp = cmp;
  r->baseline = opts ? opts->baseline : NULL;
  r->threads = opts ? opts->threads : 1;
  r->gone = fd_baseline_gone (r->baseline, cmp);
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      const FdGroup *g = cmp->groups->pdata[i];

      if (g->verdict < FD_VERDICT_N)
        r->n_by_verdict[g->verdict]++;
      if (!fd_verdict_is_discrepancy (g->verdict))
        continue;
      if (fd_report_suppressed (r, g))
        r->n_suppressed++;
      else
        r->n_new++;
    }
}

static void
report_clear (FdReport *r)
{
  g_clear_pointer (&r->gone, g_ptr_array_unref);
}

guint
fd_report_count_new (const FdCompare *cmp, const FdReportOptions *opts)
{
  FdReport r;
  guint n;

  report_init (&r, cmp, opts);
  n = r.n_new;
  report_clear (&r);
  return n;
}

void
fd_report_append_flat (GString *out, const char *s)
{
  gboolean space = FALSE;

  for (; *s; s++)
    {
      if (g_ascii_isspace (*s))
        {
          space = TRUE;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *s);
    }
}

char *
fd_report_words (const FdMember *m)
{
  g_autofree char *raw
      = g_strndup (m->doc->text + m->start, m->end - m->start);
  GString *out = g_string_new (NULL);

  fd_report_append_flat (out, raw);
  return g_string_free (out, FALSE);
}

/* "1 conflict" or "2 conflicts": @one and @many are the two forms. */
static void
append_count (GString *out, gboolean *first, guint n, const char *one,
              const char *many)
{
  if (n == 0)
    return;
  g_string_append_printf (out, "%s%u %s", *first ? ": " : ", ", n,
                          n == 1 ? one : many);
  *first = FALSE;
}

void
fd_report_append_summary_line (GString *out, const FdReport *r)
{
  const FdCompare *cmp = r->cmp;
  g_autoptr (GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
  const guint *v = r->n_by_verdict;
  gboolean first = TRUE;

  for (guint i = 0; i < cmp->docs->len; i++)
    g_hash_table_add (outlets, ((FdDoc *)cmp->docs->pdata[i])->outlet);
  g_string_append_printf (
      out, "%u %s from %u %s; %u %s in %u %s", cmp->docs->len,
      cmp->docs->len == 1 ? "article" : "articles",
      g_hash_table_size (outlets),
      g_hash_table_size (outlets) == 1 ? "outlet" : "outlets",
      cmp->claims->len, cmp->claims->len == 1 ? "claim" : "claims",
      cmp->groups->len, cmp->groups->len == 1 ? "group" : "groups");
  append_count (out, &first, v[FD_VERDICT_CONFLICT], "conflict", "conflicts");
  append_count (out, &first, v[FD_VERDICT_CHANGED], "changed copy",
                "changed copies");
  append_count (out, &first, v[FD_VERDICT_REWORDED], "reworded quote",
                "reworded quotes");
  append_count (out, &first, v[FD_VERDICT_PARTIAL], "partial quote",
                "partial quotes");
  append_count (out, &first, v[FD_VERDICT_VERBATIM], "verbatim quote",
                "verbatim quotes");
  append_count (out, &first, v[FD_VERDICT_AGREE], "agreement", "agreements");
  append_count (out, &first, v[FD_VERDICT_SINGLE], "single-source claim",
                "single-source claims");
  g_string_append_c (out, '.');
  if (r->baseline)
    g_string_append_printf (
        out,
        " Baseline: %u known %s hidden, %u no longer "
        "seen.",
        r->n_suppressed,
        r->n_suppressed == 1 ? "discrepancy" : "discrepancies", r->gone->len);
}

void
fd_report_line_col (const FdDoc *doc, gsize offset, guint *line, guint *col)
{
  guint byte_col;
  gsize bol;

  if (offset > doc->len)
    offset = doc->len;
  fd_doc_line_col (doc, offset, line, &byte_col);
  bol = offset - (byte_col - 1);
  *col = (guint)g_utf8_strlen (doc->text + bol, (gssize)(offset - bol)) + 1;
}

gboolean
fd_report_write (FdReportFormat format, const FdCompare *cmp,
                 const FdReportOptions *opts, FdReportWriteFunc write,
                 gpointer user_data)
{
  g_autoptr (GString) out = NULL;
  gboolean ok;
  FdReport r;

  report_init (&r, cmp, opts);
  if (format == FD_REPORT_JSON)
    {
      /* The one format that grows with the collection (a line per claim):
       * written as it is rendered. */
      ok = fd_report_json_write (&r, write, user_data);
      report_clear (&r);
      return ok;
    }
  out = g_string_new (NULL);
  switch (format)
    {
    case FD_REPORT_CSV:
    case FD_REPORT_TSV:
      fd_report_csv_render (out, &r, format == FD_REPORT_TSV);
      break;
    case FD_REPORT_HTML:
      fd_report_html_render (out, &r);
      break;
    case FD_REPORT_JUNIT:
      fd_report_junit_render (out, &r);
      break;
    case FD_REPORT_SARIF:
      fd_report_sarif_render (out, &r);
      break;
    case FD_REPORT_MD:
    default:
      fd_report_md_render (out, &r);
      break;
    }
  report_clear (&r);
  return write (out->str, out->len, user_data);
}

static gboolean
append_to_string (const char *data, gsize len, gpointer user_data)
{
  g_string_append_len (user_data, data, (gssize)len);
  return TRUE;
}

char *
fd_report_render (FdReportFormat format, const FdCompare *cmp,
                  const FdReportOptions *opts, gsize *len)
{
  GString *out = g_string_new (NULL);

  fd_report_write (format, cmp, opts, append_to_string, out);
  *len = out->len;
  return g_string_free (out, FALSE);
}

char *
fd_report_summary (const FdCompare *cmp, const FdReportOptions *opts,
                   gsize limit, gsize *len)
{
  GString *out = g_string_new ("## factdiff\n\n");
  FdReport r;

  limit = MAX (limit, 256);
  report_init (&r, cmp, opts);
  fd_report_append_summary_line (out, &r);
  g_string_append (out, "\n\n");
  fd_report_md_discrepancy_table (out, &r);
  fd_report_md_gone (out, &r);
  while (out->len >= 2 && out->str[out->len - 1] == '\n'
         && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
  if (out->len > limit)
    {
      g_autofree char *note = NULL;
      gsize total = out->len;
      gsize cut;

      note = g_strdup_printf ("\n_Summary truncated: %" G_GSIZE_FORMAT
                              " of its %" G_GSIZE_FORMAT
                              " bytes did not fit; see the full report._\n",
                              total, total);
      /* Cut at the last line break that leaves room for the note, so that
       * no table row or UTF-8 sequence is split. */
      cut = limit - strlen (note) - 16;
      while (cut > 0 && out->str[cut - 1] != '\n')
        cut--;
      g_free (note);
      note = g_strdup_printf ("\n_Summary truncated: %" G_GSIZE_FORMAT
                              " of its %" G_GSIZE_FORMAT
                              " bytes did not fit; see the full report._\n",
                              total - cut, total);
      g_string_truncate (out, cut);
      g_string_append (out, note);
    }
  report_clear (&r);
  *len = out->len;
  return g_string_free (out, FALSE);
}
