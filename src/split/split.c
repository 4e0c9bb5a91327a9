/* split.c - see split.h.  First cut: one sentence per non-blank line. */
#include "split/split.h"

GArray *
fd_split_text (const char *text, gsize len)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (FdSentence));
  gsize i = 0;

  while (i < len)
    {
      gsize s = i, e;
      while (i < len && text[i] != '\n')
        i++;
      e = i;
      while (s < e && g_ascii_isspace (text[s]))
        s++;
      while (e > s && g_ascii_isspace (text[e - 1]))
        e--;
      if (e > s)
        {
          FdSentence sent = { s, e, 0, FD_LINE_BODY };
          g_array_append_val (out, sent);
        }
      i++;
    }
  return out;
}

void
fd_split_doc (FdDoc *doc)
{
  GArray *all = g_array_new (FALSE, FALSE, sizeof (FdSentence));

  for (guint li = 0; li < doc->n_lines; li++)
    {
      const FdLine *l = &doc->lines[li];
      g_autoptr (GArray) part = NULL;

      if (l->cls == FD_LINE_BLANK)
        continue;
      part = fd_split_text (doc->text + l->start, l->end - l->start);
      for (guint k = 0; k < part->len; k++)
        {
          FdSentence s = g_array_index (part, FdSentence, k);
          s.start += l->start;
          s.end += l->start;
          s.line = li;
          s.cls = l->cls;
          g_array_append_val (all, s);
        }
    }
  g_free (doc->sents);
  doc->n_sents = all->len;
  doc->sents = (FdSentence *)g_array_free (all, FALSE);
}
