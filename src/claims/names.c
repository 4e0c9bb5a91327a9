/* names.c - see names.h.  Keys are built byte by byte: non-ASCII bytes are
 * kept as they are (romanised names in the news are ASCII; a name with
 * accents still compares equal to itself). */
#include "claims/names.h"

#include <string.h>

static gboolean
is_sep (char c)
{
  return c == ' ' || c == '-' || c == '.' || c == '\'' || c == '\t';
}

char *
fd_names_key (const char *name)
{
  GString *k = g_string_sized_new (strlen (name));

  for (const char *p = name; *p; p++)
    if (!is_sep (*p))
      g_string_append_c (k, g_ascii_tolower (*p));
  return g_string_free (k, FALSE);
}

static gint
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

char *
fd_names_order_key (const char *name)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *k = g_string_new (NULL);
  const char *p = name;

  while (*p)
    {
      const char *s;
      while (*p && (*p == ' ' || *p == '-' || *p == '\t'))
        p++;
      s = p;
      while (*p && *p != ' ' && *p != '-' && *p != '\t')
        p++;
      if (p > s)
        {
          g_autofree char *part = g_strndup (s, (gsize)(p - s));
          g_ptr_array_add (parts, fd_names_key (part));
        }
    }
  g_ptr_array_sort (parts, cmp_str);
  for (guint i = 0; i < parts->len; i++)
    {
      if (i)
        g_string_append_c (k, ' ');
      g_string_append (k, parts->pdata[i]);
    }
  return g_string_free (k, FALSE);
}

guint
fd_names_distance (const char *a, const char *b, guint max)
{
  gsize n = strlen (a), m = strlen (b);
  guint *prev2, *prev, *cur, result;

  if ((n > m ? n - m : m - n) > max)
    return max + 1;
  /* Three rows suffice: a transposition looks two rows back. */
  prev2 = g_new0 (guint, m + 1);
  prev = g_new0 (guint, m + 1);
  cur = g_new0 (guint, m + 1);
  for (gsize j = 0; j <= m; j++)
    prev[j] = (guint)j;
  for (gsize i = 1; i <= n; i++)
    {
      guint row_min;
      cur[0] = (guint)i;
      row_min = cur[0];
      for (gsize j = 1; j <= m; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint v
              = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            v = MIN (v, prev2[j - 2] + 1);
          cur[j] = v;
          row_min = MIN (row_min, v);
        }
      if (row_min > max)
        {
          result = max + 1;
          goto out;
        }
      {
        guint *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
      }
    }
  result = MIN (prev[m], max + 1);
out:
  g_free (prev2);
  g_free (prev);
  g_free (cur);
  return result;
}
