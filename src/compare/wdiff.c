/* wdiff.c - see wdiff.h.  A plain LCS table: quotes are short, and a
 * 2,000-word cap keeps the table under 16 MB.
 *
 * Words are read as spans of the texts and their keys written to one
 * buffer, rather than split and copied a word at a time: a collection's
 * copied passages are tens of thousands of diffs of a few dozen words,
 * and the allocations cost more than the table. */
#include "compare/wdiff.h"

#include <string.h>
#include <xxhash.h>

#define MAX_WORDS 2000

/* One word of a text: its bytes as written, and its key (lower case,
 * punctuation trimmed from both ends) in the key buffer. */
typedef struct
{
  const char *text;
  gsize len;
  const char *key;
  gsize key_len;
  guint64 hash; /* of the key: most pairs of words differ in one compare */
} Word;

/* The words of a text (transfer full: words_clear). */
typedef struct
{
  Word *w;
  guint n;
  char *keys; /* the keys, back to back (owned) */
} Words;

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* TRUE for the bytes a key keeps at its edges. */
static gboolean
is_key_edge (char c)
{
  return g_ascii_isalnum (c) || (unsigned char)c >= 0x80;
}

/* Reads the words of @s, separated by runs of white space.  FALSE, with
 * nothing to clear, when there are more than MAX_WORDS. */
static gboolean
words_read (const char *s, Words *out)
{
  gsize size = strlen (s);
  guint n = 0;
  char *k;

  for (gsize i = 0; i < size;)
    {
      while (i < size && is_space (s[i]))
        i++;
      if (i < size)
        n++;
      while (i < size && !is_space (s[i]))
        i++;
    }
  if (n > MAX_WORDS)
    return FALSE;
  out->w = g_new (Word, MAX (n, 1));
  out->keys = k = g_malloc (size + 1);
  out->n = 0;
  for (gsize i = 0; i < size;)
    {
      Word *w;
      gsize start, end, ks, ke;

      while (i < size && is_space (s[i]))
        i++;
      if (i == size)
        break;
      start = i;
      while (i < size && !is_space (s[i]))
        i++;
      end = i;
      for (ks = start; ks < end && !is_key_edge (s[ks]); ks++)
        ;
      for (ke = end; ke > ks && !is_key_edge (s[ke - 1]); ke--)
        ;
      w = &out->w[out->n++];
      w->text = s + start;
      w->len = end - start;
      w->key = k;
      w->key_len = ke - ks;
      for (gsize j = ks; j < ke; j++)
        *k++ = g_ascii_tolower (s[j]);
      w->hash = XXH3_64bits (w->key, w->key_len);
    }
  return TRUE;
}

static void
words_clear (Words *w)
{
  g_free (w->w);
  g_free (w->keys);
}

static inline gboolean
same_key (const Word *x, const Word *y)
{
  return x->hash == y->hash && x->key_len == y->key_len
         && memcmp (x->key, y->key, x->key_len) == 0;
}

/* How many words @a and @b begin with in common. */
static guint
common_prefix (const Words *a, const Words *b)
{
  guint p = 0;

  while (p < a->n && p < b->n && same_key (&a->w[p], &b->w[p]))
    p++;
  return p;
}

/* LCS lengths of the words of @a and @b from @p on (both begin with the
 * same @p words, which any walk of the full table matches one by one):
 * entry (i - p, j - p) of a table of (n - p + 1) x (m - p + 1), row-major,
 * is the LCS of a's words from i and b's from j. */
static guint16 *
lcs_table (const Words *a, const Words *b, guint p)
{
  guint n = a->n - p, m = b->n - p;
  guint16 *t = g_new0 (guint16, (gsize)(n + 1) * (m + 1));

  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      {
        gsize here = (gsize)i * (m + 1) + j;
        if (same_key (&a->w[p + i], &b->w[p + j]))
          t[here] = t[(gsize)(i + 1) * (m + 1) + j + 1] + 1;
        else
          t[here] = MAX (t[(gsize)(i + 1) * (m + 1) + j],
                         t[(gsize)i * (m + 1) + j + 1]);
      }
  return t;
}

static void
flush (GString *out, GString *run, const char *open, const char *close)
{
  if (!run->len)
    return;
  if (out->len)
    g_string_append_c (out, ' ');
  g_string_append (out, open);
  g_string_append_len (out, run->str, (gssize)run->len);
  g_string_append (out, close);
  g_string_truncate (run, 0);
}

static void
append_word (GString *s, const Word *w)
{
  if (s->len)
    g_string_append_c (s, ' ');
  g_string_append_len (s, w->text, (gssize)w->len);
}

char *
fd_wdiff (const char *a, const char *b)
{
  Words wa = { 0 }, wb = { 0 };
  g_autoptr (GString) out = NULL;
  g_autoptr (GString) del = NULL;
  g_autoptr (GString) ins = NULL;
  g_autofree guint16 *t = NULL;
  guint i, j, m, p;
  char *result;

  if (!words_read (a, &wa))
    return g_strdup_printf ("[-%s-] {+%s+}", a, b);
  if (!words_read (b, &wb))
    {
      words_clear (&wa);
      return g_strdup_printf ("[-%s-] {+%s+}", a, b);
    }
  out = g_string_sized_new (strlen (b) + 16);
  del = g_string_new (NULL);
  ins = g_string_new (NULL);
  i = j = p = common_prefix (&wa, &wb);
  t = lcs_table (&wa, &wb, p);
  m = wb.n - p;
  for (guint k = 0; k < p; k++)
    append_word (out, &wb.w[k]);
  /* t is indexed from p: entry (i - p, j - p). */
  while (i < wa.n || j < wb.n)
    {
      if (i < wa.n && j < wb.n && wa.w[i].key_len == wb.w[j].key_len
          && memcmp (wa.w[i].key, wb.w[j].key, wa.w[i].key_len) == 0)
        {
          flush (out, del, "[-", "-]");
          flush (out, ins, "{+", "+}");
          append_word (out, &wb.w[j]);
          i++;
          j++;
        }
      else if (j < wb.n
               && (i == wa.n
                   || t[(gsize)(i - p) * (m + 1) + (j - p) + 1]
                          >= t[(gsize)(i - p + 1) * (m + 1) + (j - p)]))
        append_word (ins, &wb.w[j++]);
      else
        append_word (del, &wa.w[i++]);
    }
  flush (out, del, "[-", "-]");
  flush (out, ins, "{+", "+}");
  /* A copy of exactly its length: the diffs of copied passages are kept
   * to the end, and the string's buffer has up to twice the room. */
  result = g_strndup (out->str, out->len);
  words_clear (&wa);
  words_clear (&wb);
  return result;
}

double
fd_wdiff_containment (const char *a, const char *b)
{
  Words wa = { 0 }, wb = { 0 };
  guint shorter, p;
  double share = 0;

  if (!words_read (a, &wa))
    return 0;
  if (!words_read (b, &wb))
    goto out;
  shorter = MIN (wa.n, wb.n);
  if (shorter > 0)
    {
      g_autofree guint16 *t = NULL;

      p = common_prefix (&wa, &wb);
      t = lcs_table (&wa, &wb, p);
      share = (double)(p + t[0]) / shorter;
    }
  words_clear (&wb);
out:
  words_clear (&wa);
  return share;
}
