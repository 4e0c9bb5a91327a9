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

/* g_ascii_tolower, inlined: every mention's name is folded. */
static inline char
lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

gsize
fd_names_key_into (char *out, const char *s, gsize n)
{
  gsize k = 0;

  for (gsize i = 0; i < n && s[i]; i++)
    if (!is_sep (s[i]))
      out[k++] = lower (s[i]);
  out[k] = '\0';
  return k;
}

char *
fd_names_key (const char *name)
{
  gsize n = strlen (name);
  char *k = g_malloc (n + 1);

  fd_names_key_into (k, name, n);
  return k;
}

static int
cmp_str (const void *a, const void *b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

gsize
fd_names_order_key_into (char *out, const char *name)
{
  gsize len = strlen (name), n_parts = 0;
  /* Each part folded, with its NUL: no longer than the name plus one.
   * Short names, nearly all, need no allocation. */
  char folded_stack[256];
  const char *parts_stack[130];
  char *folded = len < sizeof folded_stack ? folded_stack : g_malloc (len + 1);
  const char **parts = len / 2 + 2 <= G_N_ELEMENTS (parts_stack)
                           ? parts_stack
                           : g_new (const char *, len / 2 + 2);
  char *f = folded, *q = out;
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
              *f++ = lower (*s);
          *f++ = '\0';
        }
    }
  qsort (parts, n_parts, sizeof *parts, cmp_str);
  for (gsize i = 0; i < n_parts; i++)
    {
      gsize n = strlen (parts[i]);
      if (i)
        *q++ = ' ';
      memcpy (q, parts[i], n);
      q += n;
    }
  *q = '\0';
  if (folded != folded_stack)
    g_free (folded);
  if (parts != parts_stack)
    g_free (parts);
  return (gsize)(q - out);
}

char *
fd_names_order_key (const char *name)
{
  /* The key is no longer than the name: parts lose separators and gain
   * one space between them at most where a separator was. */
  char *k = g_malloc (strlen (name) + 1);

  fd_names_order_key_into (k, name);
  return k;
}

guint
fd_names_distance (const char *a, const char *b, guint max)
{
  return fd_names_distance_n (a, strlen (a), b, strlen (b), max);
}

guint
fd_names_distance_n (const char *a, gsize n, const char *b, gsize m, guint max)
{
  /* Three rows suffice: a transposition looks two rows back.  On the
   * stack for names up to 63 bytes, nearly all; resolving measures
   * many pairs. */
  guint stack[3 * 64];
  guint *rows, *prev2, *prev, *cur, result;
  const guint over = max + 1;

  if ((n > m ? n - m : m - n) > max)
    return over;
  rows = m < 64 ? stack : g_new (guint, 3 * (m + 1));
  memset (rows, 0, 3 * (m + 1) * sizeof *rows);
  prev2 = rows;
  prev = rows + m + 1;
  cur = rows + 2 * (m + 1);
  for (gsize j = 0; j <= m; j++)
    prev[j] = (guint)j;
  /* Only the band of cells within @max of the diagonal is computed: a
   * cell further off is more than @max edits (its distance is at least
   * |i - j|), and one at @max or less is reached only through cells in
   * the band.  The cells just outside it, which the next rows read, are
   * set to @max + 1, which is no more than their distance; the results
   * of at most @max, and the row minima, are as over the whole row. */
  for (gsize i = 1; i <= n; i++)
    {
      gsize lo = i > max ? i - max : 1, hi = MIN (m, i + max);
      guint row_min = lo == 1 ? (guint)i : over;

      cur[lo - 1] = lo == 1 ? (guint)i : over;
      for (gsize j = lo; j <= hi; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint v
              = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            v = MIN (v, prev2[j - 2] + 1);
          cur[j] = v;
          row_min = MIN (row_min, v);
        }
      if (hi < m)
        cur[hi + 1] = over;
      if (row_min > max)
        {
          result = over;
          goto out;
        }
      {
        guint *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
      }
    }
  result = MIN (prev[m], over);
out:
  if (rows != stack)
    g_free (rows);
  return result;
}
