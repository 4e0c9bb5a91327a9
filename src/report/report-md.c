/* report-md.c - the Markdown report, factdiff's default output: readable
 * in a terminal as it is and rendered as tables by code forges.
 *
 * Layout: a title and the summary line, then one section per kind of
 * finding, most actionable first (discrepancies, reworded quotes,
 * agreements, single-source claims, duplicated passages, name variants,
 * baseline).  Empty sections are left out, except the discrepancy table,
 * whose absence is news. */
#include "report/report-private.h"

#include "core/json.h"

/* A table cell: one line, with the pipe escaped so that it cannot end the
 * cell and '<' so that a renderer cannot take article text for HTML
 * (CommonMark backslash escapes; a terminal shows them as they are). */
static void
cell (GString *out, const char *s)
{
  g_autoptr (GString) flat = g_string_new (NULL);

  fd_report_append_flat (flat, s ? s : "");
  for (const char *p = flat->str; *p; p++)
    {
      if (*p == '|' || *p == '\\' || *p == '<')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
cell_members (GString *out, const FdGroup *g)
{
  for (guint i = 0; i < g->members->len; i++)
    {
      const FdMember *m = g->members->pdata[i];
      g_autofree char *display = fd_member_display (m);

      if (i)
        g_string_append (out, "; ");
      g_string_append (out, "**");
      cell (out, m->doc->outlet);
      g_string_append (out, "**: ");
      cell (out, display);
    }
}

static void
severity (GString *out, const FdGroup *g)
{
  if (g->severity <= 0)
    return;
  g_string_append_printf (out, "%s (", fd_severity_label (g->severity));
  fd_json_append_double (out, g->severity, 2);
  g_string_append_c (out, ')');
}

void
fd_report_md_discrepancy_table (GString *out, const FdReport *r)
{
  const GPtrArray *groups = r->cmp->groups;
  gboolean any = FALSE;

  g_string_append (out, "## Discrepancies\n\n");
  for (guint i = 0; i < groups->len; i++)
    {
      const FdGroup *g = groups->pdata[i];

      if (!fd_verdict_is_discrepancy (g->verdict)
          || fd_report_suppressed (r, g))
        continue;
      if (!any)
        g_string_append (
            out, "| # | topic | type | what each outlet says | verdict | "
                 "severity | note |\n"
                 "|---|---|---|---|---|---|---|\n");
      any = TRUE;
      g_string_append_printf (out, "| %u | ", g->id);
      cell (out, g->topic);
      g_string_append (out, " | ");
      cell (out, g->type);
      g_string_append (out, " | ");
      cell_members (out, g);
      g_string_append_printf (out, " | %s | ", fd_verdict_name (g->verdict));
      severity (out, g);
      g_string_append (out, " | ");
      cell (out, g->note);
      if (g->diff)
        {
          g_string_append (out, g->note ? " — diff: `" : "diff: `");
          cell (out, g->diff);
          g_string_append_c (out, '`');
        }
      g_string_append (out, " |\n");
    }
  g_string_append (out, any ? "\n" : "No discrepancies.\n\n");
}

void
fd_report_md_gone (GString *out, const FdReport *r)
{
  if (!r->baseline)
    return;
  g_string_append_printf (out,
                          "## Baseline\n\n%u known %s hidden by the "
                          "baseline.",
                          r->n_suppressed,
                          r->n_suppressed == 1 ? "discrepancy is"
                                               : "discrepancies are");
  if (r->gone->len == 0)
    {
      g_string_append (out, " Every baseline entry is still seen.\n\n");
      return;
    }
  g_string_append (out, " No longer seen:\n\n");
  for (guint i = 0; i < r->gone->len; i++)
    {
      const FdBaselineEntry *e = r->gone->pdata[i];
      g_autoptr (GString) line = g_string_new (NULL);

      fd_report_append_flat (line, e->topic);
      g_string_append_printf (out, "- `%s` %s %s: %s\n", e->fingerprint,
                              e->verdict, e->type, line->str);
    }
  g_string_append_c (out, '\n');
}

static gboolean
is_quote_finding (FdVerdict v)
{
  return v == FD_VERDICT_REWORDED || v == FD_VERDICT_PARTIAL;
}

static void
quotes (GString *out, const FdReport *r)
{
  const GPtrArray *groups = r->cmp->groups;
  gboolean any = FALSE;

  for (guint i = 0; i < groups->len; i++)
    {
      const FdGroup *g = groups->pdata[i];

      if (!is_quote_finding (g->verdict))
        continue;
      if (!any)
        g_string_append (out, "## Reworded quotes\n\n");
      any = TRUE;
      g_string_append_printf (out, "### %u. ", g->id);
      fd_report_append_flat (out, g->topic ? g->topic : "");
      g_string_append_printf (out, " (%s)\n\n", fd_verdict_name (g->verdict));
      for (guint j = 0; j < g->members->len; j++)
        {
          const FdMember *m = g->members->pdata[j];
          g_autofree char *words = fd_report_words (m);

          g_string_append_printf (out, "- **");
          fd_report_append_flat (out, m->doc->outlet);
          g_string_append_printf (out, "**: “%s”\n", words);
        }
      if (g->note)
        {
          g_string_append (out, "- note: ");
          fd_report_append_flat (out, g->note);
          g_string_append_c (out, '\n');
        }
      if (g->diff)
        {
          g_string_append (out, "- diff: `");
          fd_report_append_flat (out, g->diff);
          g_string_append (out, "`\n");
        }
      g_string_append_c (out, '\n');
    }
}

static gboolean
is_agreement (FdVerdict v)
{
  return v == FD_VERDICT_AGREE || v == FD_VERDICT_VERBATIM;
}

static void
agreements (GString *out, const FdReport *r)
{
  const GPtrArray *groups = r->cmp->groups;
  gboolean any = FALSE;

  for (guint i = 0; i < groups->len; i++)
    {
      const FdGroup *g = groups->pdata[i];

      if (!is_agreement (g->verdict))
        continue;
      if (!any)
        g_string_append (out, "## Agreements\n\n"
                              "| # | topic | type | what each outlet says "
                              "| outlets | note |\n"
                              "|---|---|---|---|---|---|\n");
      any = TRUE;
      g_string_append_printf (out, "| %u | ", g->id);
      cell (out, g->topic);
      g_string_append (out, " | ");
      cell (out, g->type);
      g_string_append (out, " | ");
      cell_members (out, g);
      g_string_append_printf (out, " | %u (%u independent) | ", g->n_outlets,
                              g->n_independent);
      cell (out, g->note);
      g_string_append (out, " |\n");
    }
  if (any)
    g_string_append_c (out, '\n');
}

static void
singles (GString *out, const FdReport *r)
{
  const GPtrArray *groups = r->cmp->groups;
  gboolean any = FALSE;

  for (guint i = 0; i < groups->len; i++)
    {
      const FdGroup *g = groups->pdata[i];

      if (g->verdict != FD_VERDICT_SINGLE)
        continue;
      if (!any)
        g_string_append (out, "## Single-source claims\n\n"
                              "| # | topic | type | what the outlet says "
                              "|\n"
                              "|---|---|---|---|\n");
      any = TRUE;
      g_string_append_printf (out, "| %u | ", g->id);
      cell (out, g->topic);
      g_string_append (out, " | ");
      cell (out, g->type);
      g_string_append (out, " | ");
      cell_members (out, g);
      g_string_append (out, " |\n");
    }
  if (any)
    g_string_append_c (out, '\n');
}

/* "a:3" or "a:3–5": where a passage is, by document id and lines. */
static void
passage_place (GString *out, const FdDoc *doc, gsize start, gsize end)
{
  guint l1, l2, c;

  fd_doc_line_col (doc, start, &l1, &c);
  fd_doc_line_col (doc, end > start ? end - 1 : end, &l2, &c);
  cell (out, doc->id);
  if (l1 == l2)
    g_string_append_printf (out, ":%u", l1);
  else
    g_string_append_printf (out, ":%u–%u", l1, l2);
}

static void
duplicates (GString *out, const FdReport *r)
{
  const GPtrArray *dups = r->cmp->duplicates;

  if (dups->len == 0)
    return;
  g_string_append (out, "## Duplicated passages\n\n"
                        "| kind | similarity | first | second | words |\n"
                        "|---|---|---|---|---|\n");
  for (guint i = 0; i < dups->len; i++)
    {
      const FdDuplicate *d = dups->pdata[i];
      g_autofree char *raw
          = g_strndup (d->a->text + d->a_start, d->a_end - d->a_start);
      g_autoptr (GString) words = g_string_new (NULL);

      fd_report_append_flat (words, raw);
      /* A passage can be long; the table shows its opening. */
      if (g_utf8_strlen (words->str, -1) > 80)
        {
          g_string_truncate (
              words,
              (gsize)(g_utf8_offset_to_pointer (words->str, 79) - words->str));
          g_string_append (words, "…");
        }
      g_string_append_printf (out, "| %s | ", d->kind);
      fd_json_append_double (out, d->similarity, 2);
      g_string_append (out, " | ");
      passage_place (out, d->a, d->a_start, d->a_end);
      g_string_append (out, " | ");
      passage_place (out, d->b, d->b_start, d->b_end);
      g_string_append (out, " | ");
      cell (out, words->str);
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');
}

static void
join_cell (GString *out, const GPtrArray *words)
{
  for (guint i = 0; words && i < words->len; i++)
    {
      if (i)
        g_string_append (out, ", ");
      cell (out, words->pdata[i]);
    }
}

static void
names (GString *out, const FdReport *r)
{
  const GPtrArray *names = r->cmp->names;

  if (names->len == 0)
    return;
  g_string_append (out, "## Name variants\n\n"
                        "| name | kind | spellings | look misspelt |\n"
                        "|---|---|---|---|\n");
  for (guint i = 0; i < names->len; i++)
    {
      const FdNameGroup *n = names->pdata[i];

      g_string_append (out, "| ");
      cell (out, n->name);
      g_string_append (out, " | ");
      cell (out, n->kind);
      g_string_append (out, " | ");
      join_cell (out, n->variants);
      g_string_append (out, " | ");
      join_cell (out, n->misspellings);
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');
}

void
fd_report_md_render (GString *out, const FdReport *r)
{
  g_string_append (out, "# factdiff report\n\n");
  fd_report_append_summary_line (out, r);
  g_string_append (out, "\n\n");
  fd_report_md_discrepancy_table (out, r);
  quotes (out, r);
  agreements (out, r);
  singles (out, r);
  duplicates (out, r);
  names (out, r);
  fd_report_md_gone (out, r);
  /* One trailing newline, not a blank line, at the end of the file. */
  while (out->len >= 2 && out->str[out->len - 1] == '\n'
         && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}
