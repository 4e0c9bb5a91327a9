/* ingest.c - see ingest.h.  First cut: plain files and stdin, validated
 * and cut into lines; every line is body text. */
#include "ingest/ingest.h"

#include <string.h>

G_DEFINE_QUARK (fd - ingest - error - quark, fd_ingest_error)

static void
find_lines (FdDoc *doc)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (FdLine));
  gsize i = 0;

  while (i < doc->len)
    {
      FdLine l = { i, i, FD_LINE_BODY };
      const char *nl = memchr (doc->text + i, '\n', doc->len - i);
      gsize next = nl ? (gsize)(nl - doc->text) + 1 : doc->len;

      l.end = nl ? (gsize)(nl - doc->text) : doc->len;
      if (l.end > l.start && doc->text[l.end - 1] == '\r')
        l.end--;
      if (l.end == l.start)
        l.cls = FD_LINE_BLANK;
      g_array_append_val (lines, l);
      i = next;
    }
  doc->n_lines = lines->len;
  doc->lines = (FdLine *)g_array_free (lines, FALSE);
}

FdDoc *
fd_ingest_buffer (const char *id, const char *path, const char *data,
                  gsize len, const FdIngestOptions *opts, GError **error)
{
  const char *bad = NULL;
  FdDoc *doc;

  if (!g_utf8_validate_len (data, len, &bad))
    {
      g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_ENCODING,
                   "%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT, path,
                   (gsize)(bad - data));
      return NULL;
    }
  doc = fd_doc_new ();
  doc->id = g_strdup (id);
  doc->path = g_strdup (path);
  doc->text = g_strndup (data, len);
  doc->len = len;
  doc->outlet = g_strdup (opts && opts->outlet ? opts->outlet : id);
  if (opts && opts->date)
    g_strlcpy (doc->date, opts->date, sizeof doc->date);
  find_lines (doc);
  return doc;
}

guint
fd_ingest_paths (const char *const *paths, const FdIngestOptions *opts,
                 GPtrArray *docs, GPtrArray *errors)
{
  guint n_errors = 0;

  for (; *paths; paths++)
    {
      g_autofree char *data = NULL;
      gsize len = 0;
      GError *err = NULL;
      FdDoc *doc;

      if (!g_file_get_contents (*paths, &data, &len, &err))
        {
          g_ptr_array_add (errors, err);
          n_errors++;
          continue;
        }
      doc = fd_ingest_buffer (*paths, *paths, data, len, opts, &err);
      if (!doc)
        {
          g_ptr_array_add (errors, err);
          n_errors++;
          continue;
        }
      g_ptr_array_add (docs, doc);
    }
  return n_errors;
}
