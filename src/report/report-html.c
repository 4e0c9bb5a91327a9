/* report-html.c - one self-contained HTML page: the findings as tables and
 * the articles side by side with every finding's words highlighted.
 *
 * The page has no script and no external asset (style sheet inline), so
 * it reads the same from a CI artifact, a mail attachment or a file
 * system.  Each finding links (#g<N>-m<M>) to its <mark>s in the articles
 * and each mark links back to its table row (#g<N>); :target styling shows
 * where a link landed.  Every byte taken from the articles is escaped. */
#include "report/report-private.h"

#include "core/json.h"

#include <string.h>

static const char style[]
    = "body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#111}\n"
      "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}\n"
      "table{border-collapse:collapse;margin:.5em 0}\n"
      "th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;"
      "vertical-align:top}\n"
      "th{background:#eee}td ul{margin:0;padding-left:1.1em}\n"
      "tr:target,mark:target{outline:3px solid #1d4ed8}\n"
      "mark{border-radius:2px;padding:0 1px}\n"
      "mark.conflict{background:#fca5a5}mark.changed{background:#fdba74}\n"
      "mark.reworded,mark.partial{background:#fde68a}\n"
      "mark.agree,mark.verbatim{background:#bbf7d0}\n"
      "mark.single{background:#e5e7eb}\n"
      "mark.dup{background:transparent;border-bottom:2px dashed #7c3aed}\n"
      "sup a{font-size:.7em;text-decoration:none}\n"
      ".verdict-conflict,.verdict-changed{color:#b91c1c;font-weight:bold}\n"
      ".articles{display:grid;gap:1em;overflow-x:auto}\n"
      ".articles .article{border:1px solid #bbb;padding:.5em .75em;"
      "min-width:16em}\n"
      ".articles h3{margin:.2em 0}.meta{color:#555;font-size:.85em}\n"
      ".text{white-space:pre-wrap;overflow-wrap:anywhere}\n"
      "code{background:#f3f4f6;padding:0 .2em}\n";

/* Escapes @len bytes of @s (or up to NUL when @len < 0) for text and
 * attribute values alike.  Carriage returns are dropped: line breaks are
 * the LF that pre-wrap shows. */
static void
esc (GString *out, const char *s, gssize len)
{
  gsize n;

  if (!s)
    return;
  n = len < 0 ? strlen (s) : (gsize)len;
  for (gsize i = 0; i < n; i++)
    switch (s[i])
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
      case '\'':
        g_string_append (out, "&#39;");
        break;
      case '\r':
        break;
      default:
        g_string_append_c (out, s[i]);
      }
}

static void
esc_flat (GString *out, const char *s)
{
  g_autoptr (GString) flat = g_string_new (NULL);

  fd_report_append_flat (flat, s ? s : "");
  esc (out, flat->str, -1);
}

/* The documents are numbered d1, d2, … in report order: ids made of doc
 * ids would need escaping rules of their own. */
static guint
doc_index (const FdReport *r, const FdDoc *doc)
{
  guint i;

  for (i = 0; i < r->cmp->docs->len; i++)
    if (r->cmp->docs->pdata[i] == doc)
      break;
  return i + 1;
}

static void
members_list (GString *out, const FdGroup *g)
{
  g_string_append (out, "<ul>");
  for (guint j = 0; j < g->members->len; j++)
    {
      const FdMember *m = g->members->pdata[j];
      g_autofree char *display = fd_member_display (m);

      g_string_append_printf (out, "<li><a href=\"#g%u-m%u\">", g->id, j + 1);
      esc_flat (out, m->doc->outlet);
      g_string_append (out, "</a>: ");
      esc_flat (out, display);
      g_string_append (out, "</li>");
    }
  g_string_append (out, "</ul>");
}

static void
group_row (GString *out, const FdGroup *g)
{
  const char *v = fd_verdict_name (g->verdict);

  g_string_append_printf (out,
                          "<tr id=\"g%u\"><td><a href=\"#g%u\">%u</a>"
                          "</td><td>",
                          g->id, g->id, g->id);
  esc_flat (out, g->topic);
  g_string_append (out, "</td><td>");
  esc_flat (out, g->type);
  g_string_append (out, "</td><td>");
  members_list (out, g);
  g_string_append_printf (out, "</td><td class=\"verdict-%s\">%s</td><td>", v,
                          v);
  if (g->severity > 0)
    {
      g_string_append_printf (out, "%s (", fd_severity_label (g->severity));
      fd_json_append_double (out, g->severity, 2);
      g_string_append_c (out, ')');
    }
  g_string_append (out, "</td><td>");
  esc_flat (out, g->note);
  if (g->diff)
    {
      g_string_append (out, g->note ? "<br/><code>" : "<code>");
      esc_flat (out, g->diff);
      g_string_append (out, "</code>");
    }
  g_string_append (out, "</td></tr>\n");
}

static const char table_head[]
    = "<table>\n<thead><tr><th>#</th><th>topic</th><th>type</th>"
      "<th>what each outlet says</th><th>verdict</th><th>severity</th>"
      "<th>note</th></tr></thead>\n<tbody>\n";

/* Writes the groups for which @want is TRUE as one table; "None." when
 * there are none. */
static void
group_table (GString *out, const FdReport *r, gboolean discrepancies)
{
  gboolean any = FALSE;

  for (guint i = 0; i < r->cmp->groups->len; i++)
    {
      const FdGroup *g = r->cmp->groups->pdata[i];

      if (fd_verdict_is_discrepancy (g->verdict) != discrepancies
          || fd_report_suppressed (r, g))
        continue;
      if (!any)
        g_string_append (out, table_head);
      any = TRUE;
      group_row (out, g);
    }
  g_string_append (out, any ? "</tbody>\n</table>\n" : "<p>None.</p>\n");
}

static void
passage_link (GString *out, const FdReport *r, guint i, char side,
              const FdDoc *doc)
{
  g_string_append_printf (out, "<a href=\"#dup%u-%c\">", i + 1, side);
  esc_flat (out, doc->outlet);
  g_string_append (out, "</a>");
  (void)r;
}

static void
duplicates (GString *out, const FdReport *r)
{
  const GPtrArray *dups = r->cmp->duplicates;

  if (dups->len == 0)
    return;
  g_string_append (out, "<h2 id=\"duplicates\">Duplicated passages</h2>\n"
                        "<table>\n<thead><tr><th>kind</th><th>similarity"
                        "</th><th>first</th><th>second</th></tr></thead>\n"
                        "<tbody>\n");
  for (guint i = 0; i < dups->len; i++)
    {
      const FdDuplicate *d = dups->pdata[i];

      g_string_append (out, "<tr><td>");
      esc (out, d->kind, -1);
      g_string_append (out, "</td><td>");
      fd_json_append_double (out, d->similarity, 2);
      g_string_append (out, "</td><td>");
      passage_link (out, r, i, 'a', d->a);
      g_string_append (out, "</td><td>");
      passage_link (out, r, i, 'b', d->b);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

static void
join (GString *out, const GPtrArray *words)
{
  for (guint i = 0; words && i < words->len; i++)
    {
      if (i)
        g_string_append (out, ", ");
      esc_flat (out, words->pdata[i]);
    }
}

static void
names (GString *out, const FdReport *r)
{
  const GPtrArray *names = r->cmp->names;

  if (names->len == 0)
    return;
  g_string_append (out, "<h2 id=\"names\">Name variants</h2>\n<table>\n"
                        "<thead><tr><th>name</th><th>kind</th><th>"
                        "spellings</th><th>look misspelt</th></tr></thead>"
                        "\n<tbody>\n");
  for (guint i = 0; i < names->len; i++)
    {
      const FdNameGroup *n = names->pdata[i];

      g_string_append (out, "<tr><td>");
      esc_flat (out, n->name);
      g_string_append (out, "</td><td>");
      esc_flat (out, n->kind);
      g_string_append (out, "</td><td>");
      join (out, n->variants);
      g_string_append (out, "</td><td>");
      join (out, n->misspellings);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

static void
baseline (GString *out, const FdReport *r)
{
  if (!r->baseline)
    return;
  g_string_append_printf (
      out,
      "<h2 id=\"baseline\">Baseline</h2>\n<p>%u known "
      "%s hidden by the baseline; %u no longer seen."
      "</p>\n",
      r->n_suppressed, r->n_suppressed == 1 ? "discrepancy" : "discrepancies",
      r->gone->len);
  if (r->gone->len == 0)
    return;
  g_string_append (out, "<ul>\n");
  for (guint i = 0; i < r->gone->len; i++)
    {
      const FdBaselineEntry *e = r->gone->pdata[i];

      g_string_append_printf (out, "<li><code>%s</code> ", e->fingerprint);
      esc_flat (out, e->verdict);
      g_string_append_c (out, ' ');
      esc_flat (out, e->type);
      g_string_append (out, ": ");
      esc_flat (out, e->topic);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
}

/* A highlighted span of one article. */
typedef struct
{
  gsize start, end;
  char id[32];    /* the mark's id */
  char back[16];  /* the table row it links back to, "" for none */
  char label[16]; /* the link text of the way back */
  const char *cls;
} Span;

static gint
span_cmp (gconstpointer a, gconstpointer b)
{
  const Span *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  /* Outer spans open first so that inner ones nest inside them. */
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return strcmp (x->id, y->id);
}

static GArray *
doc_spans (const FdReport *r, const FdDoc *doc)
{
  GArray *spans = g_array_new (FALSE, TRUE, sizeof (Span));

  for (guint i = 0; i < r->cmp->groups->len; i++)
    {
      const FdGroup *g = r->cmp->groups->pdata[i];

      if (fd_report_suppressed (r, g))
        continue;
      for (guint j = 0; j < g->members->len; j++)
        {
          const FdMember *m = g->members->pdata[j];
          Span s = { m->start, m->end, "", "", "", "" };

          if (m->doc != doc)
            continue;
          g_snprintf (s.id, sizeof s.id, "g%u-m%u", g->id, j + 1);
          g_snprintf (s.back, sizeof s.back, "g%u", g->id);
          g_snprintf (s.label, sizeof s.label, "%u", g->id);
          s.cls = fd_verdict_name (g->verdict);
          g_array_append_val (spans, s);
        }
    }
  for (guint i = 0; i < r->cmp->duplicates->len; i++)
    {
      const FdDuplicate *d = r->cmp->duplicates->pdata[i];
      Span s = { 0, 0, "", "", "", "dup" };

      if (d->a == doc)
        {
          s.start = d->a_start;
          s.end = d->a_end;
          g_snprintf (s.id, sizeof s.id, "dup%u-a", i + 1);
          g_array_append_val (spans, s);
        }
      if (d->b == doc)
        {
          s.start = d->b_start;
          s.end = d->b_end;
          g_snprintf (s.id, sizeof s.id, "dup%u-b", i + 1);
          g_array_append_val (spans, s);
        }
    }
  g_array_sort (spans, span_cmp);
  return spans;
}

static void
close_mark (GString *out, const Span *s)
{
  g_string_append (out, "</mark>");
  if (s->back[0])
    g_string_append_printf (out, "<sup><a href=\"#%s\">%s</a></sup>", s->back,
                            s->label);
}

/* The article's text with its spans as nested <mark>s.  A span that
 * crosses the end of the one it starts in is cut there: HTML elements
 * nest, and the part that is cut is still in its table row. */
static void
doc_text (GString *out, const FdReport *r, const FdDoc *doc)
{
  g_autoptr (GArray) spans = doc_spans (r, doc);
  g_autoptr (GPtrArray) open = g_ptr_array_new ();
  g_autoptr (GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize pos = 0;

  for (guint i = 0; i <= spans->len; i++)
    {
      const Span *s = i < spans->len ? &g_array_index (spans, Span, i) : NULL;
      gsize at = s ? MIN (s->start, doc->len) : doc->len;

      while (open->len)
        {
          gsize end = g_array_index (ends, gsize, ends->len - 1);
          if (end > at)
            break;
          esc (out, doc->text + pos, (gssize)(end - pos));
          pos = end;
          close_mark (out, open->pdata[open->len - 1]);
          g_ptr_array_remove_index (open, open->len - 1);
          g_array_remove_index (ends, ends->len - 1);
        }
      if (!s)
        break;
      esc (out, doc->text + pos, (gssize)(at - pos));
      pos = at;
      {
        gsize end = MIN (s->end, doc->len);
        if (ends->len)
          end = MIN (end, g_array_index (ends, gsize, ends->len - 1));
        end = MAX (end, at);
        g_string_append_printf (out, "<mark id=\"%s\" class=\"%s\">", s->id,
                                s->cls);
        g_ptr_array_add (open, (gpointer)s);
        g_array_append_val (ends, end);
      }
    }
  esc (out, doc->text + pos, (gssize)(doc->len - pos));
}

static void
articles (GString *out, const FdReport *r)
{
  const GPtrArray *docs = r->cmp->docs;

  g_string_append_printf (out,
                          "<h2 id=\"articles\">Articles</h2>\n<div "
                          "class=\"articles\" style=\"grid-template-columns:"
                          "repeat(%u,minmax(16em,1fr))\">\n",
                          MAX (docs->len, 1));
  for (guint i = 0; i < docs->len; i++)
    {
      const FdDoc *d = docs->pdata[i];

      g_string_append_printf (out, "<div class=\"article\" id=\"d%u\">\n<h3>",
                              doc_index (r, d));
      esc_flat (out, d->outlet);
      g_string_append (out, "</h3>\n<p class=\"meta\">");
      esc_flat (out, d->id);
      if (d->date[0])
        {
          g_string_append (out, " · ");
          esc (out, d->date, -1);
          if (d->date_inferred)
            g_string_append (out, " (inferred)");
        }
      g_string_append (out, " · <code>");
      esc_flat (out, d->path);
      g_string_append (out, "</code></p>\n<div class=\"text\">");
      doc_text (out, r, d);
      g_string_append (out, "</div>\n</div>\n");
    }
  g_string_append (out, "</div>\n");
}

void
fd_report_html_render (GString *out, const FdReport *r)
{
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                        "<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-"
                        "width, initial-scale=1\"/>\n"
                        "<title>factdiff report</title>\n<style>\n");
  g_string_append (out, style);
  g_string_append (out, "</style>\n</head>\n<body>\n<h1>factdiff report</h1>"
                        "\n<p class=\"summary\">");
  {
    g_autoptr (GString) line = g_string_new (NULL);
    fd_report_append_summary_line (line, r);
    esc (out, line->str, -1);
  }
  g_string_append (out, "</p>\n<p class=\"nav\"><a href=\"#discrepancies\">"
                        "Discrepancies</a> · <a href=\"#findings\">Other "
                        "findings</a> · <a href=\"#articles\">Articles</a>"
                        "</p>\n<h2 id=\"discrepancies\">Discrepancies"
                        "</h2>\n");
  group_table (out, r, TRUE);
  g_string_append (out, "<h2 id=\"findings\">Other findings</h2>\n");
  group_table (out, r, FALSE);
  duplicates (out, r);
  names (out, r);
  baseline (out, r);
  articles (out, r);
  g_string_append (out, "</body>\n</html>\n");
}
