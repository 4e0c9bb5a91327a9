/* wordset.c - see wordset.h: open addressing over the case-folded bytes
 * of each word, linear probing, at most half the slots full. */
#include "claims/wordset.h"

#include <string.h>

/* The slot a word hashes to: a hash of its length and of five of its
 * bytes (first, second, middle, last but one, last), which tell the words
 * of a list apart well enough and cost the same for any length.  Bytes are
 * folded with | 0x20, which maps upper-case ASCII letters to lower case
 * (and merges some punctuation, which only costs a comparison). */
static inline guint
home (const char *w, gsize n)
{
  guint32 h = (guint32)n * 0x9E3779B1u;

  h = (h ^ ((guchar)w[0] | 0x20u)) * 0x01000193u;
  h = (h ^ ((guchar)w[n - 1] | 0x20u)) * 0x01000193u;
  if (n > 2)
    {
      h = (h ^ ((guchar)w[1] | 0x20u)) * 0x01000193u;
      h = (h ^ ((guchar)w[n / 2] | 0x20u)) * 0x01000193u;
      h = (h ^ ((guchar)w[n - 2] | 0x20u)) * 0x01000193u;
    }
  return (h * 0x9E3779B1u) >> 23;
}
G_STATIC_ASSERT (FD_WORD_SET_SLOTS == 1 << (32 - 23));

/* g_ascii_tolower, inlined. */
static inline guchar
lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (guchar)(c + ('a' - 'A')) : (guchar)c;
}

/* strlen (lit) == n and the bytes equal but for ASCII case. */
static inline gboolean
same (const char *w, gsize n, const char *lit)
{
  for (gsize i = 0; i < n; i++)
    if (!lit[i] || lower (w[i]) != lower (lit[i]))
      return FALSE;
  return lit[n] == '\0';
}

/* strlen (lit) == n and the bytes equal. */
static inline gboolean
same_exact (const char *w, gsize n, const char *lit)
{
  for (gsize i = 0; i < n; i++)
    if (!lit[i] || w[i] != lit[i])
      return FALSE;
  return lit[n] == '\0';
}

static inline const char *
entry (const FdWordSet *set, guint k)
{
  return *(const char *const *)(const void *)((const char *)set->table
                                              + k * set->stride);
}

void
fd_word_set_build (FdWordSet *set)
{
  g_assert (set->n_words <= MIN (FD_WORD_SET_SLOTS / 2, G_MAXUINT8));
  for (guint k = 0; k < set->n_words; k++)
    {
      const char *word = entry (set, k);
      gsize n = strlen (word);
      guint s = home (word, n);

      /* No set holds the empty word, so a lookup of one stops at the
       * length test, before it reads a byte. */
      g_assert (n > 0 && n < 64);
      set->firsts[n] |= 1u << ((guchar)word[0] & 31);
      set->lasts[n] |= 1u << ((guchar)word[n - 1] & 31);
      /* A word listed twice keeps its first index, as a scan in table
       * order would find. */
      while (set->slot[s]
             && !(set->exact
                      ? same_exact (word, n, entry (set, set->slot[s] - 1))
                      : same (word, n, entry (set, set->slot[s] - 1))))
        s = (s + 1) % FD_WORD_SET_SLOTS;
      if (!set->slot[s])
        set->slot[s] = (guint8)(k + 1);
    }
}

gint
fd_word_set_probe (const FdWordSet *set, const char *w, gsize n)
{
  for (guint s = home (w, n); set->slot[s]; s = (s + 1) % FD_WORD_SET_SLOTS)
    {
      guint k = set->slot[s] - 1;

      if (set->exact ? same_exact (w, n, entry (set, k))
                     : same (w, n, entry (set, k)))
        return (gint)k;
    }
  return -1;
}
