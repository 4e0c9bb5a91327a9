/* wordset.h - is this word one of a fixed list?  ASCII case ignored.
 *
 * The extractors test nearly every word of a text against word lists
 * (stop words, months, verbs of saying, titles, number words): a scan of a
 * hundred entries per word was most of their time.  A word set hashes its
 * list once, on first use, and answers with one hash of the word and
 * usually one comparison.  The answer is the same as comparing the word
 * with every entry in table order: equal length and equal bytes after
 * ASCII lower-casing (bytes >= 0x80 compare as they are).
 *
 * The lookup is inline: it runs once or more per word of every text, and
 * a call cost about as much as the lookup. */
#pragma once

#include <glib.h>

/* Sets hold at most half this many words, so that probes stay short, and
 * at most 255 (a slot is one byte). */
#define FD_WORD_SET_SLOTS 512

typedef struct
{
  const void *table; /* borrowed: a constant array */
  gsize stride;      /* bytes from one entry to the next */
  guint n_words;
  gboolean exact; /* compare bytes as they are, case included */
  gsize ready;    /* g_once_init_enter: the fields below are built */
  /* Bit (b & 31) of firsts[n]: some word of n bytes starts with byte b
   * (or another byte of the same low five bits, as both cases of a
   * letter have); lasts[n] the same for the last byte. */
  guint32 firsts[64];
  guint32 lasts[64];
  guint8 slot[FD_WORD_SET_SLOTS]; /* entry index + 1; 0 empty */
} FdWordSet;

/* A static set over the constant array @list, built on first lookup.  The
 * entries are strings of fewer than 64 bytes, or structures whose first
 * member is such a string:
 * static FdWordSet month_set = FD_WORD_SET (month_names); */
#define FD_WORD_SET(list)                                                     \
  {                                                                           \
    (list), sizeof ((list)[0]), G_N_ELEMENTS (list), FALSE, 0, { 0 }, { 0 },  \
    {                                                                         \
      0                                                                       \
    }                                                                         \
  }

/* The same, but a word matches only with the same case: "Party" and not
 * "party". */
#define FD_WORD_SET_EXACT(list)                                               \
  {                                                                           \
    (list), sizeof ((list)[0]), G_N_ELEMENTS (list), TRUE, 0, { 0 }, { 0 },   \
    {                                                                         \
      0                                                                       \
    }                                                                         \
  }

/* Builds @set; fd_word_set_find calls it once. */
void fd_word_set_build (FdWordSet *set);

/* The probe behind fd_word_set_find, for the words its filter lets
 * through. */
gint fd_word_set_probe (const FdWordSet *set, const char *w, gsize n);

/* Builds @set unless it is built.  Thread-safe: the first call builds
 * it. */
static inline void
fd_word_set_ensure (FdWordSet *set)
{
  if (g_once_init_enter (&set->ready))
    {
      fd_word_set_build (set);
      g_once_init_leave (&set->ready, 1);
    }
}

/* fd_word_set_find for a set that fd_word_set_ensure has built: a loop
 * over every word of a line makes sure once, not once a word. */
static inline gint
fd_word_set_find_built (const FdWordSet *set, const char *w, gsize n)
{
  /* Most words fail on their length and first or last byte, here,
   * without a call. */
  if (n >= 64 || !(set->firsts[n] >> ((guchar)w[0] & 31) & 1)
      || !(set->lasts[n] >> ((guchar)w[n - 1] & 31) & 1))
    return -1;
  return fd_word_set_probe (set, w, n);
}

/* The index in the table of the first entry that equals the @n bytes at
 * @w ignoring ASCII case (unless the set is exact), or -1.  Thread-safe: the
 * first call builds the set. */
static inline gint
fd_word_set_find (FdWordSet *set, const char *w, gsize n)
{
  fd_word_set_ensure (set);
  return fd_word_set_find_built (set, w, n);
}

/* fd_word_set_find (@set, @w, @n) >= 0. */
static inline gboolean
fd_word_set_has (FdWordSet *set, const char *w, gsize n)
{
  return fd_word_set_find (set, w, n) >= 0;
}
