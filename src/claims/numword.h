/* numword.h - numbers written as words or digits: "fourteen", "twenty
 * four", "a hundred thirty million", "28,500", "2.5", "half".
 *
 * Shared by the temporal and the number extractors, which both need to read
 * a count before a unit ("fourteen days", "28,500 troops"). */
#pragma once

#include <glib.h>

typedef struct
{
  double value;     /* the number */
  gsize len;        /* bytes consumed from the start of the input */
  gboolean words;   /* TRUE when spelled out ("fourteen") */
  gboolean ordinal; /* "60th", "first", "twenty-third" */
} FdNumber;

/* Reads a number at the start of @s (@len bytes): digits with optional
 * thousands separators and decimals, or English number words (cardinal or
 * ordinal, with hyphens or spaces, "a"/"an" before hundred/thousand/…,
 * "and" inside).  A scale word after digits ("1.2 billion", "76 tril.") is
 * included.  Returns FALSE when @s does not start with a number; never
 * reads past @len. */
gboolean fd_numword_parse (const char *s, gsize len, FdNumber *out);

/* FALSE when fd_numword_parse (@s, @len) is sure to return FALSE: @s
 * starts with no digit, no ".5", and no word a number opens with ("a",
 * "an", "half", "one" … "ninetieth", "dozen").  A cheap test for the
 * callers that try every word of a text. */
gboolean fd_numword_may_start (const char *s, gsize len);

/* The longest word a number opens with ("seventeenth"). */
#define FD_NUMWORD_OPENER_MAX 11

/* The lookup behind fd_numword_is_opener. */
gboolean fd_numword_is_opener_word (const char *w, gsize n);

/* fd_numword_may_start for a caller that has found the word already:
 * @w is a whole run of @n letters, digits and UTF-8 bytes, and TRUE when
 * it is "a", "an", "half" or a number word ("one" … "ninetieth",
 * "dozen").  Inline: most words are too long or start with a letter no
 * number word starts with, and are told without a call. */
/* TRUE when byte @c may start a number word, "a", "an" or "half" (a, d,
 * e, f, h, n, o, s, t, z in either case); most words of a text start
 * otherwise. */
static inline gboolean
fd_numword_initial (guchar c)
{
  /* | 0x20 lower-cases ASCII letters and maps no other byte to one. */
  switch (c | 0x20)
    {
    case 'a':
    case 'd':
    case 'e':
    case 'f':
    case 'h':
    case 'n':
    case 'o':
    case 's':
    case 't':
    case 'z':
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
fd_numword_is_opener (const char *w, gsize n)
{
  if (n == 0 || n > FD_NUMWORD_OPENER_MAX)
    return FALSE;
  return fd_numword_initial ((guchar)w[0]) && fd_numword_is_opener_word (w, n);
}

/* The lengths and the first and last letters of the words that
 * fd_numword_is_opener accepts: bit (c & 31) of firsts[n] is set when
 * one of n bytes starts with byte c (or the other case of the letter),
 * lasts[n] the same for the last byte. */
typedef struct
{
  guint32 firsts[FD_NUMWORD_OPENER_MAX + 1];
  guint32 lasts[FD_NUMWORD_OPENER_MAX + 1];
} FdNumwordOpeners;

/* The opener letters, built on the first call (thread-safe).  Borrowed:
 * a constant of the process, never freed. */
const FdNumwordOpeners *fd_numword_openers (void);

/* fd_numword_is_opener, the same answer, but most words fail on their
 * length and first and last letters here (the first letter alone lets
 * "the", "to" and "said" through, and they were a call each).  @o is
 * fd_numword_openers (), fetched once by a caller that tries every word
 * of a text. */
static inline gboolean
fd_numword_is_opener_with (const FdNumwordOpeners *o, const char *w, gsize n)
{
  if (n == 0 || n > FD_NUMWORD_OPENER_MAX
      || !(o->firsts[n] >> ((guchar)w[0] & 31) & 1)
      || !(o->lasts[n] >> ((guchar)w[n - 1] & 31) & 1))
    return FALSE;
  return fd_numword_is_opener_word (w, n);
}

/* Reads a scale word at the start of @s ("hundred", "million", "bn",
 * "tril.") that ends at a word boundary.  Returns its value (100, 1e6, ...)
 * and stores its length in *@n, or returns 0 when @s does not start with
 * one.  Lets a caller tell "1-2 billion" (scale shared by both ends) from
 * "1-2". */
double fd_numword_scale (const char *s, gsize len, gsize *n);
