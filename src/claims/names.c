/* names.c - see names.h.  Keys are built byte by byte: non-ASCII bytes are
 * kept as they are (romanised names in the news are ASCII; a name with
 * accents still compares equal to itself). */
#include "claims/names.h"

#include <stdlib.h>
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

static int
cmp_str (const void *a, const void *b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* Built in two blocks, not one per part: every mention of a collection
 * gets an order key. */
char *
fd_names_order_key (const char *name)
{
  gsize len = strlen (name), n_parts = 0, out_len = 0;
  /* Each part folded, with its NUL: no longer than the name plus one. */
  g_autofree char *folded = g_malloc (len + 1);
  g_autofree const char **parts = g_new (const char *, len / 2 + 2);
  char *f = folded, *k, *q;
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
          /* fd_names_key of the part (which may come out empty: "."). */
          parts[n_parts++] = f;
          for (; s < p; s++)
            if (!is_sep (*s))
              *f++ = g_ascii_tolower (*s);
          *f++ = '\0';
        }
    }
  qsort (parts, n_parts, sizeof *parts, cmp_str);
  for (gsize i = 0; i < n_parts; i++)
    out_len += strlen (parts[i]) + 1;
  k = q = g_malloc (out_len + 1);
  for (gsize i = 0; i < n_parts; i++)
    {
      gsize n = strlen (parts[i]);
      if (i)
        *q++ = ' ';
      memcpy (q, parts[i], n);
      q += n;
    }
  *q = '\0';
  return k;
}

guint
fd_names_distance (const char *a, const char *b, guint max)
{
  gsize n = strlen (a), m = strlen (b);
  guint *prev2, *prev, *cur, result;
  guint rows[3][64]; /* names are short: rows on the stack */
  gboolean heap = m + 1 > G_N_ELEMENTS (rows[0]);

  if ((n > m ? n - m : m - n) > max)
    return max + 1;
  /* Three rows suffice: a transposition looks two rows back. */
  prev2 = heap ? g_new0 (guint, m + 1) : memset (rows[0], 0, sizeof rows[0]);
  prev = heap ? g_new0 (guint, m + 1) : memset (rows[1], 0, sizeof rows[1]);
  cur = heap ? g_new0 (guint, m + 1) : memset (rows[2], 0, sizeof rows[2]);
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
  if (heap)
    {
      g_free (prev2);
      g_free (prev);
      g_free (cur);
    }
  return result;
}
