/* wdiff.c - see wdiff.h.  A plain LCS table: quotes are short, and a
 * 2,000-word cap keeps the table under 16 MB. */
#include "compare/wdiff.h"

#include <string.h>
#include <xxhash.h>

#define MAX_WORDS 2000

/* Lower-cased word with punctuation trimmed from both ends. */
static char *
word_key (const char *w)
{
  gsize n = strlen (w), s = 0;

  while (s < n && !g_ascii_isalnum (w[s]) && (unsigned char)w[s] < 0x80)
    s++;
  while (n > s && !g_ascii_isalnum (w[n - 1])
         && (unsigned char)w[n - 1] < 0x80)
    n--;
  return g_ascii_strdown (w + s, (gssize)(n - s));
}

static GPtrArray *
split_words (const char *s)
{
  GPtrArray *w = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) parts = g_strsplit_set (s, " \t\r\n", -1);

  for (char **p = parts; *p; p++)
    if (**p)
      g_ptr_array_add (w, g_strdup (*p));
  return w;
}

/* Hashes of @keys, so that most pairs of words differ in one compare. */
static guint64 *
hashes_of (GPtrArray *keys)
{
  guint64 *h = g_new (guint64, MAX (keys->len, 1));

  for (guint i = 0; i < keys->len; i++)
    h[i] = XXH3_64bits (keys->pdata[i], strlen (keys->pdata[i]));
  return h;
}

/* TRUE when key @i of @ka is key @j of @kb. */
static inline gboolean
same_key (GPtrArray *ka, const guint64 *ha, guint i, GPtrArray *kb,
          const guint64 *hb, guint j)
{
  return ha[i] == hb[j] && strcmp (ka->pdata[i], kb->pdata[j]) == 0;
}

/* LCS lengths table of (n+1) x (m+1), row-major. */
static guint16 *
lcs_table (GPtrArray *ka, GPtrArray *kb)
{
  guint n = ka->len, m = kb->len;
  guint16 *t = g_new0 (guint16, (gsize)(n + 1) * (m + 1));
  g_autofree guint64 *ha = hashes_of (ka);
  g_autofree guint64 *hb = hashes_of (kb);

  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      {
        gsize here = (gsize)i * (m + 1) + j;
        if (same_key (ka, ha, i, kb, hb, j))
          t[here] = t[(gsize)(i + 1) * (m + 1) + j + 1] + 1;
        else
          t[here] = MAX (t[(gsize)(i + 1) * (m + 1) + j],
                         t[(gsize)i * (m + 1) + j + 1]);
      }
  return t;
}

static GPtrArray *
keys_of (GPtrArray *words)
{
  GPtrArray *k = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < words->len; i++)
    g_ptr_array_add (k, word_key (words->pdata[i]));
  return k;
}

static void
flush (GString *out, GString *run, const char *open, const char *close)
{
  if (!run->len)
    return;
  if (out->len)
    g_string_append_c (out, ' ');
  g_string_append_printf (out, "%s%s%s", open, run->str, close);
  g_string_truncate (run, 0);
}

static void
append_word (GString *s, const char *w)
{
  if (s->len)
    g_string_append_c (s, ' ');
  g_string_append (s, w);
}

char *
fd_wdiff (const char *a, const char *b)
{
  g_autoptr (GPtrArray) wa = split_words (a);
  g_autoptr (GPtrArray) wb = split_words (b);
  g_autoptr (GPtrArray) ka = NULL, kb = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) del = g_string_new (NULL);
  g_autoptr (GString) ins = g_string_new (NULL);
  g_autofree guint16 *t = NULL;
  guint i = 0, j = 0, m;

  if (wa->len > MAX_WORDS || wb->len > MAX_WORDS)
    return g_strdup_printf ("[-%s-] {+%s+}", a, b);
  ka = keys_of (wa);
  kb = keys_of (wb);
  t = lcs_table (ka, kb);
  m = kb->len;
  while (i < ka->len || j < kb->len)
    {
      if (i < ka->len && j < kb->len
          && strcmp (ka->pdata[i], kb->pdata[j]) == 0)
        {
          flush (out, del, "[-", "-]");
          flush (out, ins, "{+", "+}");
          append_word (out, wb->pdata[j]);
          i++;
          j++;
        }
      else if (j < kb->len
               && (i == ka->len
                   || t[(gsize)i * (m + 1) + j + 1]
                          >= t[(gsize)(i + 1) * (m + 1) + j]))
        append_word (ins, wb->pdata[j++]);
      else
        append_word (del, wa->pdata[i++]);
    }
  flush (out, del, "[-", "-]");
  flush (out, ins, "{+", "+}");
  /* A copy of exactly its length: the diffs of copied passages are kept
   * to the end, and the string's buffer has up to twice the room. */
  return g_strndup (out->str, out->len);
}

double
fd_wdiff_containment (const char *a, const char *b)
{
  g_autoptr (GPtrArray) wa = split_words (a);
  g_autoptr (GPtrArray) wb = split_words (b);
  g_autoptr (GPtrArray) ka = NULL, kb = NULL;
  g_autofree guint16 *t = NULL;
  guint shorter = MIN (wa->len, wb->len);

  if (shorter == 0 || wa->len > MAX_WORDS || wb->len > MAX_WORDS)
    return 0;
  ka = keys_of (wa);
  kb = keys_of (wb);
  t = lcs_table (ka, kb);
  return (double)t[0] / shorter;
}
