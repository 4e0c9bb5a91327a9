/* cmd-inspect.c - `factdiff inspect`: what ingest made of each article.
 *
 * For every document: its metadata as "#" lines (so that grep and cut see
 * the line rows apart), then one row per line, CLASS<TAB>START<TAB>END
 * <TAB>text, with UTF-8 byte offsets into the article (end exclusive).
 * This is how a user checks why a line was taken for boilerplate, and how
 * the transcript tests pin the classifier's behaviour. */
#include "cli/cli.h"

#include <stdio.h>

static void
meta_row (GString *out, const char *key, const char *value)
{
  g_string_append_printf (out, "#   %-9s %s\n", key,
                          value && *value ? value : "-");
}

static void
print_doc (GString *out, const FdDoc *doc)
{
  g_autofree char *date = NULL, *path = NULL;

  g_string_append_printf (out, "# doc %s\n", doc->id);
  path = doc->record ? g_strdup_printf ("%s:%u", doc->path, doc->record)
                     : g_strdup (doc->path);
  meta_row (out, "path", path);
  meta_row (out, "outlet", doc->outlet);
  if (doc->date[0])
    date = g_strdup_printf ("%s (%s)", doc->date,
                            doc->date_source ? doc->date_source : "?");
  meta_row (out, "date", date);
  meta_row (out, "time", doc->time);
  meta_row (out, "tz", doc->tz);
  meta_row (out, "title", doc->title);
  meta_row (out, "dateline", doc->dateline);
  meta_row (out, "url", doc->url);
  for (guint i = 0; i < doc->n_lines; i++)
    {
      const FdLine *l = &doc->lines[i];
      g_string_append_printf (
          out, "%s\t%" G_GUINT32_FORMAT "\t%" G_GUINT32_FORMAT "\t",
          fd_line_class_name (l->cls), l->start, l->end);
      /* A tab or carriage return inside a line would break the columns. */
      for (gsize k = l->start; k < l->end; k++)
        {
          char c = doc->text[k];
          g_string_append_c (out, c == '\t' || c == '\r' ? ' ' : c);
        }
      g_string_append_c (out, '\n');
    }
}

int
fd_cmd_inspect (int argc, char **argv)
{
  g_autofree char *date = NULL, *outlet = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      "Publication date for articles that give none (stdin, bare files)",
      "YYYY-MM-DD" },
    { "outlet", 0, 0, G_OPTION_ARG_STRING, &outlet,
      "Outlet name for articles that give none (default: the document id)",
      "NAME" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean bad = FALSE;
  FdIngestOptions opts = { 0 };

  if (!fd_cli_parse ("inspect", "PATH...",
                     "Show the metadata found in each article and the class "
                     "of each line\n(body, headline, caption, byline, "
                     "navigation, ticker, related, ...),\nas "
                     "CLASS<TAB>START<TAB>END<TAB>TEXT with byte offsets.",
                     entries, &argc, &argv))
    return FD_EXIT_TROUBLE;
  if (argc < 2)
    return fd_cli_usage_error ("inspect needs a PATH (a file, a directory "
                               "or '-')");
  opts.date = date;
  opts.outlet = outlet;
  docs = fd_cli_load (argc, argv, &opts, &bad);
  for (guint d = 0; d < docs->len; d++)
    {
      if (d > 0)
        g_string_append_c (out, '\n');
      print_doc (out, docs->pdata[d]);
    }
  fwrite (out->str, 1, out->len, stdout);
  return bad ? FD_EXIT_TROUBLE : FD_EXIT_OK;
}
