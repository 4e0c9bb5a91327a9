/* wordset.c - see wordset.h: open addressing over the lower-cased bytes
 * of each word, linear probing, at most half the slots full. */
#include "claims/wordset.h"

#include <string.h>

G_STATIC_ASSERT (FD_WORD_SET_SLOTS == 512);

/* g_ascii_tolower, inlined: every word of a text is hashed. */
static inline guchar
lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (guchar)(c + ('a' - 'A')) : (guchar)c;
}

/* The home slot of @w: a multiplicative hash of its length and
 * lower-cased bytes, top nine bits taken. */
static inline guint
home (const char *w, gsize n)
{
  guint32 h = (guint32)n * 0x9E3779B1u;

  for (gsize i = 0; i < n; i++)
    h = (h ^ lower (w[i])) * 0x01000193u;
  return (h * 0x9E3779B1u) >> 23;
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

static inline const char *
entry (const FdWordSet *set, guint k)
{
  return *(const char *const *)(const void *)((const char *)set->table
                                              + k * set->stride);
}

static void
build (FdWordSet *set)
{
  g_assert (set->n_words <= MIN (FD_WORD_SET_SLOTS / 2, G_MAXUINT8));
  for (guint k = 0; k < set->n_words; k++)
    {
      const char *word = entry (set, k);
      gsize n = strlen (word);
      guint s = home (word, n);

      g_assert (n <= G_MAXUINT8);
      set->max_len = MAX (set->max_len, (guint8)n);
      /* A word listed twice keeps its first index, as a scan in table
       * order would find. */
      while (set->slot[s] && !same (word, n, entry (set, set->slot[s] - 1)))
        s = (s + 1) % FD_WORD_SET_SLOTS;
      if (!set->slot[s])
        set->slot[s] = (guint8)(k + 1);
    }
}

gint
fd_word_set_find (FdWordSet *set, const char *w, gsize n)
{
  if (g_once_init_enter (&set->ready))
    {
      build (set);
      g_once_init_leave (&set->ready, 1);
    }
  if (n > set->max_len)
    return -1;
  for (guint s = home (w, n); set->slot[s]; s = (s + 1) % FD_WORD_SET_SLOTS)
    if (same (w, n, entry (set, set->slot[s] - 1)))
      return set->slot[s] - 1;
  return -1;
}
