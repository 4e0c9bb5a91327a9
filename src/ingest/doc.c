/* doc.c - see doc.h: the article model shared by every stage. */
#include "ingest/doc.h"

#include <string.h>

static const char *const class_names[FD_LINE_N_CLASSES] = {
  [FD_LINE_BLANK] = "blank",       [FD_LINE_BODY] = "body",
  [FD_LINE_HEADLINE] = "headline", [FD_LINE_SECTION] = "section",
  [FD_LINE_CAPTION] = "caption",   [FD_LINE_DATELINE] = "dateline",
  [FD_LINE_BYLINE] = "byline",     [FD_LINE_NAV] = "navigation",
  [FD_LINE_TICKER] = "ticker",     [FD_LINE_RELATED] = "related",
  [FD_LINE_COMMENT] = "comment",   [FD_LINE_META] = "meta",
  [FD_LINE_SPEAKER] = "speaker",   [FD_LINE_CREDIT] = "credit",
};

FdDoc *
fd_doc_new (void)
{
  return g_new0 (FdDoc, 1);
}

void
fd_doc_free (FdDoc *doc)
{
  if (!doc)
    return;
  g_free (doc->id);
  g_free (doc->path);
  g_free (doc->text);
  g_free (doc->outlet);
  g_free (doc->title);
  g_free (doc->dateline);
  g_free (doc->url);
  g_free (doc->date_source);
  g_free (doc->lines);
  g_free (doc->sents);
  g_free (doc);
}

const char *
fd_line_class_name (FdLineClass cls)
{
  g_return_val_if_fail (cls < FD_LINE_N_CLASSES, "unknown");
  return class_names[cls];
}

gboolean
fd_line_class_is_content (FdLineClass cls)
{
  /* Captions state facts too (the date of a photo, who is in it); they are
   * tagged so that compare can weigh them, but they are not boilerplate. */
  return cls == FD_LINE_BODY || cls == FD_LINE_SPEAKER
         || cls == FD_LINE_CAPTION;
}

guint
fd_doc_line_at (const FdDoc *doc, gsize offset)
{
  guint lo = 0, hi = doc->n_lines;

  /* Lines are sorted and disjoint; find the last line starting at or
   * before @offset. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (doc->lines[mid].start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return doc->n_lines ? 0 : doc->n_lines;
  return lo - 1;
}

void
fd_doc_line_col (const FdDoc *doc, gsize offset, guint *line, guint *col)
{
  guint l = 1;
  gsize bol = 0;
  const char *nl;

  if (offset > doc->len)
    offset = doc->len;
  /* Reports ask this for every finding: memchr steps from line to line
   * instead of testing each byte. */
  while ((nl = memchr (doc->text + bol, '\n', offset - bol)))
    {
      l++;
      bol = (gsize)(nl - doc->text) + 1;
    }
  *line = l;
  *col = (guint)(offset - bol) + 1;
}
