/* cmd-split.c - `factdiff split`: the sentences of one article, one a line,
 * optionally with their byte offsets into the input. */
#include "cli/cli.h"
#include "split/split.h"

#include <stdio.h>

static void
print_sentence (GString *out, const FdDoc *doc, const FdSentence *s,
                gboolean offsets)
{
  if (offsets)
    g_string_append_printf (out,
                            "%" G_GUINT32_FORMAT "\t%" G_GUINT32_FORMAT "\t",
                            s->start, s->end);
  /* Line breaks inside a sentence print as single spaces so that each
   * sentence stays on one output line. */
  for (gsize i = s->start; i < s->end; i++)
    {
      char c = doc->text[i];
      if (c == '\r' || c == '\n')
        {
          while (i + 1 < s->end && g_ascii_isspace (doc->text[i + 1]))
            i++;
          g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '\n');
}

int
fd_cmd_split (int argc, char **argv)
{
  gboolean offsets = FALSE;
  const GOptionEntry entries[] = {
    { "offsets", 0, 0, G_OPTION_ARG_NONE, &offsets,
      "Start each line with START<TAB>END<TAB> (UTF-8 byte offsets, end "
      "exclusive)",
      NULL },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean bad = FALSE;
  FdIngestOptions opts = { 0 };

  if (!fd_cli_parse ("split", "[FILE|-]",
                     "Print the sentences of an article, one a line.", entries,
                     &argc, &argv))
    return FD_EXIT_TROUBLE;
  if (argc != 2)
    return fd_cli_usage_error ("split takes exactly one FILE or '-'");
  docs = fd_cli_load (argc, argv, &opts, &bad);
  for (guint d = 0; d < docs->len; d++)
    {
      FdDoc *doc = docs->pdata[d];
      fd_split_doc (doc);
      for (guint i = 0; i < doc->n_sents; i++)
        print_sentence (out, doc, &doc->sents[i], offsets);
    }
  fwrite (out->str, 1, out->len, stdout);
  return bad ? FD_EXIT_TROUBLE : FD_EXIT_OK;
}
