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
  gsize ready; /* g_once_init_enter: the fields below are built */
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
    (list), sizeof ((list)[0]), G_N_ELEMENTS (list), 0, { 0 }, { 0 }, { 0 }   \
  }

/* Builds @set; fd_word_set_find calls it once. */
void fd_word_set_build (FdWordSet *set);

/* The slot a word hashes to: a hash of its length and of five of its
 * bytes (first, second, middle, last but one, last), which tell the words
 * of a list apart well enough and cost the same for any length.  Bytes are
 * folded with | 0x20, which maps upper-case ASCII letters to lower case
 * (and merges some punctuation, which only costs a comparison). */
static inline guint
fd_word_set_home (const char *w, gsize n)
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
fd_word_set_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (guchar)(c + ('a' - 'A')) : (guchar)c;
}

/* strlen (lit) == n and the bytes equal but for ASCII case. */
static inline gboolean
fd_word_set_same (const char *w, gsize n, const char *lit)
{
  for (gsize i = 0; i < n; i++)
    if (!lit[i] || fd_word_set_lower (w[i]) != fd_word_set_lower (lit[i]))
      return FALSE;
  return lit[n] == '\0';
}

/* The index in the table of the first entry that equals the @n bytes at
 * @w ignoring ASCII case, or -1.  Thread-safe: the first call builds the
 * set. */
static inline gint
fd_word_set_find (FdWordSet *set, const char *w, gsize n)
{
  if (g_once_init_enter (&set->ready))
    {
      fd_word_set_build (set);
      g_once_init_leave (&set->ready, 1);
    }
  /* Most words fail on their length and first or last byte. */
  if (n >= 64 || !(set->firsts[n] >> ((guchar)w[0] & 31) & 1)
      || !(set->lasts[n] >> ((guchar)w[n - 1] & 31) & 1))
    return -1;
  for (guint s = fd_word_set_home (w, n); set->slot[s];
       s = (s + 1) % FD_WORD_SET_SLOTS)
    {
      guint k = set->slot[s] - 1;
      const char *lit
          = *(const char *const *)(const void *)((const char *)set->table
                                                 + k * set->stride);
      if (fd_word_set_same (w, n, lit))
        return (gint)k;
    }
  return -1;
}

/* fd_word_set_find (@set, @w, @n) >= 0. */
static inline gboolean
fd_word_set_has (FdWordSet *set, const char *w, gsize n)
{
  return fd_word_set_find (set, w, n) >= 0;
}
