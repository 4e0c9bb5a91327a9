/* baseline.c - see baseline.h.  Reading is json-glib's job; writing uses
 * factdiff's own JSON writer so that the bytes are the same every time. */
#include "report/baseline.h"

#include "core/json.h"

#include <json-glib/json-glib.h>
#include <string.h>

G_DEFINE_QUARK (fd - baseline - error - quark, fd_baseline_error)

struct FdBaseline
{
  GPtrArray *entries; /* FdBaselineEntry* (owned), sorted by fingerprint,
                         no two alike */
  GHashTable *index;  /* fingerprint (borrowed from the entry) -> entry */
};

static void
entry_free (FdBaselineEntry *e)
{
  if (!e)
    return;
  g_free (e->type);
  g_free (e->topic);
  g_free (e->verdict);
  g_free (e);
}

static FdBaseline *
baseline_new (void)
{
  FdBaseline *b = g_new0 (FdBaseline, 1);

  b->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)entry_free);
  b->index = g_hash_table_new (g_str_hash, g_str_equal);
  return b;
}

/* Takes @e; drops it when its fingerprint is already there. */
static void
baseline_add (FdBaseline *b, FdBaselineEntry *e)
{
  if (g_hash_table_contains (b->index, e->fingerprint))
    {
      entry_free (e);
      return;
    }
  g_ptr_array_add (b->entries, e);
  g_hash_table_insert (b->index, e->fingerprint, e);
}

static gint
entry_cmp (gconstpointer a, gconstpointer b)
{
  const FdBaselineEntry *x = *(const FdBaselineEntry *const *)a;
  const FdBaselineEntry *y = *(const FdBaselineEntry *const *)b;

  return strcmp (x->fingerprint, y->fingerprint);
}

FdBaseline *
fd_baseline_from_compare (const FdCompare *cmp)
{
  FdBaseline *b = baseline_new ();

  for (guint i = 0; i < cmp->groups->len; i++)
    {
      const FdGroup *g = cmp->groups->pdata[i];
      FdBaselineEntry *e;

      if (!fd_verdict_is_discrepancy (g->verdict))
        continue;
      e = g_new0 (FdBaselineEntry, 1);
      g_strlcpy (e->fingerprint, g->fingerprint, sizeof e->fingerprint);
      e->type = g_strdup (g->type ? g->type : "");
      e->topic = g_strdup (g->topic ? g->topic : "");
      e->verdict = g_strdup (fd_verdict_name (g->verdict));
      baseline_add (b, e);
    }
  g_ptr_array_sort (b->entries, entry_cmp);
  return b;
}

static gboolean
is_fingerprint (const char *s)
{
  if (strlen (s) != 16)
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

static char *
member_or_empty (JsonObject *o, const char *key)
{
  JsonNode *n = json_object_get_member (o, key);

  if (n && JSON_NODE_HOLDS_VALUE (n)
      && json_node_get_value_type (n) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (n));
  return g_strdup ("");
}

FdBaseline *
fd_baseline_parse (const char *name, const char *data, gsize len,
                   GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) err = NULL;
  g_autoptr (FdBaseline) b = NULL;
  JsonNode *root;
  JsonObject *obj;
  JsonNode *version, *list;
  JsonArray *arr;

  /* A baseline nests three deep; json-glib would recurse without end. */
  if (fd_json_too_deep (data, len, 64))
    {
      g_set_error (error, FD_BASELINE_ERROR, FD_BASELINE_ERROR_FORMAT,
                   "%s: not a factdiff baseline (nested too deep)", name);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize)len, &err))
    {
      g_set_error (error, FD_BASELINE_ERROR, FD_BASELINE_ERROR_FORMAT,
                   "%s: not JSON: %s", name, err->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  obj = root && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root)
                                              : NULL;
  version = obj ? json_object_get_member (obj, "factdiff_baseline") : NULL;
  if (!version || !JSON_NODE_HOLDS_VALUE (version)
      || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      g_set_error (error, FD_BASELINE_ERROR, FD_BASELINE_ERROR_FORMAT,
                   "%s: not a factdiff baseline", name);
      return NULL;
    }
  if (json_node_get_int (version) != FD_BASELINE_VERSION)
    {
      g_set_error (error, FD_BASELINE_ERROR, FD_BASELINE_ERROR_FORMAT,
                   "%s: baseline version %" G_GINT64_FORMAT
                   " is not supported (expected %d)",
                   name, json_node_get_int (version), FD_BASELINE_VERSION);
      return NULL;
    }
  list = json_object_get_member (obj, "discrepancies");
  if (!list || !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, FD_BASELINE_ERROR, FD_BASELINE_ERROR_FORMAT,
                   "%s: \"discrepancies\" must be an array", name);
      return NULL;
    }
  arr = json_node_get_array (list);
  b = baseline_new ();
  for (guint i = 0; i < json_array_get_length (arr); i++)
    {
      JsonNode *n = json_array_get_element (arr, i);
      JsonObject *o
          = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
      const char *fp = o ? json_object_get_string_member_with_default (
                           o, "fingerprint", "")
                         : "";
      FdBaselineEntry *e;

      if (!is_fingerprint (fp))
        {
          g_set_error (error, FD_BASELINE_ERROR, FD_BASELINE_ERROR_FORMAT,
                       "%s: entry %u: \"fingerprint\" must be 16 lower-case "
                       "hex digits",
                       name, i + 1);
          return NULL;
        }
      e = g_new0 (FdBaselineEntry, 1);
      g_strlcpy (e->fingerprint, fp, sizeof e->fingerprint);
      e->type = member_or_empty (o, "type");
      e->topic = member_or_empty (o, "topic");
      e->verdict = member_or_empty (o, "verdict");
      baseline_add (b, e);
    }
  g_ptr_array_sort (b->entries, entry_cmp);
  return g_steal_pointer (&b);
}

FdBaseline *
fd_baseline_load (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) err = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, &err))
    {
      g_set_error (error, FD_BASELINE_ERROR, FD_BASELINE_ERROR_IO, "%s",
                   err->message);
      return NULL;
    }
  return fd_baseline_parse (path, data, len, error);
}

void
fd_baseline_entry_append_json (GString *out, const FdBaselineEntry *e)
{
  g_string_append_c (out, '{');
  fd_json_append_member_str (out, "fingerprint", e->fingerprint, TRUE);
  fd_json_append_member_str (out, "type", e->type, FALSE);
  fd_json_append_member_str (out, "topic", e->topic, FALSE);
  fd_json_append_member_str (out, "verdict", e->verdict, FALSE);
  g_string_append_c (out, '}');
}

char *
fd_baseline_to_json (const FdBaseline *b, gsize *len)
{
  GString *out = g_string_new ("{\"factdiff_baseline\":");

  g_string_append_printf (out, "%d,\"discrepancies\":[", FD_BASELINE_VERSION);
  for (guint i = 0; i < b->entries->len; i++)
    {
      const FdBaselineEntry *e = b->entries->pdata[i];

      g_string_append (out, i ? ",\n" : "\n");
      fd_baseline_entry_append_json (out, e);
    }
  g_string_append (out, "\n]}\n");
  *len = out->len;
  return g_string_free (out, FALSE);
}

guint
fd_baseline_size (const FdBaseline *b)
{
  return b->entries->len;
}

const FdBaselineEntry *
fd_baseline_entry (const FdBaseline *b, guint i)
{
  g_return_val_if_fail (i < b->entries->len, NULL);
  return b->entries->pdata[i];
}

gboolean
fd_baseline_has (const FdBaseline *b, const char *fingerprint)
{
  return b && g_hash_table_contains (b->index, fingerprint);
}

GPtrArray *
fd_baseline_gone (const FdBaseline *b, const FdCompare *cmp)
{
  GPtrArray *gone = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (!b)
    return gone;
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      const FdGroup *g = cmp->groups->pdata[i];
      if (fd_verdict_is_discrepancy (g->verdict))
        g_hash_table_add (seen, (gpointer)g->fingerprint);
    }
  for (guint i = 0; i < b->entries->len; i++)
    {
      FdBaselineEntry *e = b->entries->pdata[i];
      if (!g_hash_table_contains (seen, e->fingerprint))
        g_ptr_array_add (gone, e);
    }
  return gone;
}

void
fd_baseline_free (FdBaseline *b)
{
  if (!b)
    return;
  g_hash_table_unref (b->index);
  g_ptr_array_unref (b->entries);
  g_free (b);
}
