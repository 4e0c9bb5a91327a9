/* jsonl.c - see jsonl.h: JSON Lines input, one record at a time.
 *
 * Each line is checked as UTF-8 before json-glib sees it, so an encoding
 * error names its byte offset in the file, and one bad line never stops
 * the others.  json-glib turns an escaped NUL ("\u0000") into the end of
 * the C string it returns, silently cutting the text; the raw line is
 * searched for that escape first so the cut is reported instead. */
#include "ingest/jsonl.h"
#include "core/json.h"
#include "ingest/encoding.h"
#include "ingest/ingest-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* TRUE when @s holds the escape \u0000 (not an escaped backslash followed
 * by "u0000"). */
static gboolean
has_nul_escape (const char *s, gsize n)
{
  for (gsize i = 0; i + 6 <= n; i++)
    {
      gsize back = 0;
      if (s[i] != '\\' || memcmp (s + i + 1, "u0000", 5) != 0)
        continue;
      while (back < i && s[i - 1 - back] == '\\')
        back++;
      if (back % 2 == 0)
        return TRUE;
    }
  return FALSE;
}

/* No record needs more than a few levels; json-glib itself has no limit
 * (see fd_json_too_deep). */
#define MAX_DEPTH 256

/* The optional string member @key of @obj in *@out; FALSE when it is
 * there but not a string (null counts as absent). */
static gboolean
opt_string (JsonObject *obj, const char *key, const char **out)
{
  JsonNode *node = json_object_get_member (obj, key);

  *out = NULL;
  if (!node || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *out = json_node_get_string (node);
  return TRUE;
}

static GError *record_error (const char *path, guint line, const char *fmt,
                             ...) G_GNUC_PRINTF (3, 4);

static GError *
record_error (const char *path, guint line, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *what = NULL;

  va_start (ap, fmt);
  what = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  return g_error_new (FD_INGEST_ERROR, FD_INGEST_ERROR_JSON, "%s:%u: %s", path,
                      line, what);
}

/* Makes one document of the record in @s (@n bytes, line @line, starting
 * at byte @off of the file).  Returns NULL and sets *@err on a bad one. */
static FdDoc *
read_record (JsonParser *parser, const char *path, guint line, gsize off,
             const char *s, gsize n, const FdIngestOptions *opts, GError **err)
{
  g_autofree char *id_buf = NULL, *name = NULL;
  GError *perr = NULL;
  JsonNode *root, *idn;
  JsonObject *obj;
  FdMetaGiven given = { 0 };
  const char *id = NULL, *text = NULL;
  gsize bad, tlen;

  bad = fd_encoding_scan (s, n);
  if (bad < n)
    {
      *err = record_error (path, line, "%s at byte %" G_GSIZE_FORMAT,
                           s[bad] ? "invalid UTF-8" : "NUL byte", off + bad);
      return NULL;
    }
  if (fd_json_too_deep (s, n, MAX_DEPTH))
    {
      *err = record_error (path, line,
                           "arrays and objects nested more than %d deep",
                           MAX_DEPTH);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, s, (gssize)n, &perr))
    {
      /* json-glib says "<data>:1:7: Parse error: unexpected ..."; keep
       * the column and the reason. */
      const char *msg = perr->message, *p = strstr (msg, "<data>:1:");
      int col = 0;
      if (p)
        {
          p += strlen ("<data>:1:");
          while (g_ascii_isdigit (*p))
            col = col * 10 + (*p++ - '0');
          if (*p == ':')
            p++;
          while (*p == ' ')
            p++;
          if (g_str_has_prefix (p, "Parse error: "))
            p += strlen ("Parse error: ");
          *err = record_error (path, line, "invalid JSON at column %d: %s",
                               col, p);
        }
      else
        *err = record_error (path, line, "invalid JSON: %s", msg);
      g_error_free (perr);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (!root || !JSON_NODE_HOLDS_OBJECT (root))
    {
      *err = record_error (path, line, "not a JSON object");
      return NULL;
    }
  obj = json_node_get_object (root);

  idn = json_object_get_member (obj, "id");
  if (!idn || JSON_NODE_HOLDS_NULL (idn))
    {
      *err = record_error (path, line, "missing \"id\"");
      return NULL;
    }
  if (JSON_NODE_HOLDS_VALUE (idn)
      && json_node_get_value_type (idn) == G_TYPE_STRING)
    id = json_node_get_string (idn);
  else if (JSON_NODE_HOLDS_VALUE (idn)
           && json_node_get_value_type (idn) == G_TYPE_INT64)
    id = id_buf
        = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (idn));
  if (!id || !*id)
    {
      *err = record_error (path, line,
                           "\"id\" must be a non-empty string or an integer");
      return NULL;
    }
  if (!json_object_has_member (obj, "text"))
    {
      *err = record_error (path, line, "missing \"text\"");
      return NULL;
    }
  if (!opt_string (obj, "text", &text) || !text)
    {
      *err = record_error (path, line, "\"text\" is not a string");
      return NULL;
    }
  if (!opt_string (obj, "outlet", &given.outlet)
      || !opt_string (obj, "date", &given.date)
      || !opt_string (obj, "title", &given.title)
      || !opt_string (obj, "url", &given.url))
    {
      *err = record_error (path, line,
                           "\"outlet\", \"date\", \"title\" and \"url\" "
                           "must be strings");
      return NULL;
    }
  /* The raw line is valid UTF-8, but an escaped lone surrogate
   * ("\ud800") decodes to bytes that are not; they would end up in every
   * report. */
  {
    const char *const names[] = { "id", "outlet", "date", "title", "url" };
    const char *const values[]
        = { id, given.outlet, given.date, given.title, given.url };

    for (gsize k = 0; k < G_N_ELEMENTS (names); k++)
      if (values[k] && !g_utf8_validate (values[k], -1, NULL))
        {
          *err = record_error (path, line,
                               "\"%s\": invalid UTF-8 in the decoded "
                               "string (a lone surrogate escape?)",
                               names[k]);
          return NULL;
        }
  }
  if (has_nul_escape (s, n))
    {
      *err = record_error (path, line, "\"text\" holds a NUL character");
      return NULL;
    }
  tlen = strlen (text);
  bad = fd_encoding_scan (text, tlen);
  if (bad < tlen)
    {
      /* Only an escape can do this: a lone surrogate such as \ud800. */
      *err = record_error (path, line,
                           "\"text\": invalid UTF-8 at byte %" G_GSIZE_FORMAT
                           " of the decoded text (a lone surrogate escape?)",
                           bad);
      return NULL;
    }
  name = g_strdup_printf ("%s:%u", path, line);
  {
    FdDoc *doc = fd_ingest_take (id, path, line, name, g_strndup (text, tlen),
                                 tlen, &given, opts, err);
    if (!doc && *err && (*err)->domain == FD_INGEST_ERROR
        && (*err)->code == FD_INGEST_ERROR_EMPTY)
      {
        g_clear_error (err);
        *err = g_error_new (FD_INGEST_ERROR, FD_INGEST_ERROR_EMPTY,
                            "%s: \"text\" is empty", name);
      }
    return doc;
  }
}

guint
fd_jsonl_read (const char *path, const char *data, gsize len,
               const FdIngestOptions *opts, GPtrArray *docs, GPtrArray *errors)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  guint n_errors = 0, line = 0, records = 0;
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < len)
    {
      const char *nl = memchr (data + i, '\n', len - i);
      gsize end = nl ? (gsize)(nl - data) : len, e = end, s = i;
      GError *err = NULL;
      FdDoc *doc;

      line++;
      i = nl ? end + 1 : len;
      while (s < e && g_ascii_isspace (data[s]))
        s++;
      while (e > s && g_ascii_isspace (data[e - 1]))
        e--;
      if (s == e)
        continue;
      records++;
      if (e - s > FD_INGEST_MAX_RECORD)
        {
          g_ptr_array_add (
              errors,
              record_error (path, line,
                            "line of %" G_GSIZE_FORMAT
                            " bytes, over the limit of %" G_GSIZE_FORMAT
                            " for a JSON Lines record",
                            e - s, FD_INGEST_MAX_RECORD));
          n_errors++;
          continue;
        }
      doc = read_record (parser, path, line, s, data + s, e - s, opts, &err);
      if (doc)
        g_ptr_array_add (docs, doc);
      else
        {
          g_ptr_array_add (errors, err);
          n_errors++;
        }
    }
  if (records == 0)
    {
      g_ptr_array_add (errors,
                       g_error_new (FD_INGEST_ERROR, FD_INGEST_ERROR_EMPTY,
                                    "%s: no records", path));
      n_errors++;
    }
  return n_errors;
}
