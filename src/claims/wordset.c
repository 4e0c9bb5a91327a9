/* wordset.c - see wordset.h: open addressing over the case-folded bytes
 * of each word, linear probing, at most half the slots full. */
#include "claims/wordset.h"

#include <string.h>

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
      guint s = fd_word_set_home (word, n);

      /* No set holds the empty word, so a lookup of one stops at the
       * length test, before it reads a byte. */
      g_assert (n > 0 && n < 64);
      set->firsts[n] |= 1u << ((guchar)word[0] & 31);
      set->lasts[n] |= 1u << ((guchar)word[n - 1] & 31);
      /* A word listed twice keeps its first index, as a scan in table
       * order would find. */
      while (set->slot[s]
             && !fd_word_set_same (word, n, entry (set, set->slot[s] - 1)))
        s = (s + 1) % FD_WORD_SET_SLOTS;
      if (!set->slot[s])
        set->slot[s] = (guint8)(k + 1);
    }
}
