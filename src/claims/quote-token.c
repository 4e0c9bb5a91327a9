/* quote-token.c - see quote-token.h: a line cut into words, punctuation
 * and quotation marks. */
#include "claims/quote-token.h"

#include "claims/wordset.h"
#include "core/ascii8.h"

#include <string.h>

/* Titles and other words that are written with a dot and rarely end a
 * sentence; the dot after one of them does not split. */
static const char *const abbrevs[] = {
  "mr",   "mrs",  "ms",   "dr",   "rep", "reps", "sen", "gov",  "gen",
  "lt",   "col",  "sgt",  "capt", "adm", "prof", "rev", "st",   "jr",
  "sr",   "cmdr", "supt", "atty", "mt",  "pres", "vs",  "no",   "sens",
  "corp", "inc",  "co",   "ltd",  "jan", "feb",  "aug", "sept", "oct",
  "nov",  "dec",  "u.s",  "u.k",  "d.c", "a.m",  "p.m", "e.g",  "i.e",
};
static FdWordSet abbrevs_set = FD_WORD_SET (abbrevs);

static gboolean
is_mark_char (gunichar c, gboolean *single, FdQMarkShape *shape)
{
  switch (c)
    {
    case '"':
      *single = FALSE;
      *shape = FD_QMARK_STRAIGHT;
      return TRUE;
    case '\'':
      *single = TRUE;
      *shape = FD_QMARK_STRAIGHT;
      return TRUE;
    case 0x201C: /* “ */
    case 0x201E: /* „ */
    case 0x00AB: /* « */
      *single = FALSE;
      *shape = FD_QMARK_OPENING;
      return TRUE;
    case 0x201D: /* ” */
    case 0x00BB: /* » */
      *single = FALSE;
      *shape = FD_QMARK_CLOSING;
      return TRUE;
    case 0x2018: /* ‘ */
      *single = TRUE;
      *shape = FD_QMARK_OPENING;
      return TRUE;
    case 0x2019: /* ’ */
      *single = TRUE;
      *shape = FD_QMARK_CLOSING;
      return TRUE;
    default:
      return FALSE;
    }
}

/* g_unichar_isspace and g_unichar_isalnum with the ASCII answers
 * inlined (the same for every c < 0x80): most text is ASCII. */
static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B;
}

static inline gboolean
is_alnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c);
}

/* The character at @s and its length in bytes (g_utf8_get_char and
 * g_utf8_next_char, ASCII first). */
static inline gunichar
get_char (const char *s, gsize *n)
{
  if ((guchar)s[0] < 0x80)
    {
      *n = 1;
      return (guchar)s[0];
    }
  *n = g_utf8_next_char (s) - s;
  return g_utf8_get_char (s);
}

/* Characters that stay inside a word when letters or digits surround them:
 * "Yu-jung", "Seoul’s", "don't", "G.K", "28,500", "2.5". */
static gboolean
is_inner (gunichar c)
{
  return c == '-' || c == '\'' || c == 0x2019 || c == '.' || c == ','
         || c == '&' || c == 0x2010 || c == 0x2011;
}

/* word_byte[b]: b is an ASCII letter or digit, or '%': a byte that
 * continues a word whatever surrounds it.  Bytes >= 0x80 are decoded. */
static const guint8 word_byte[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x00 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
  0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x20 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, /* 0x30 */
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 0x50 */
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 0x70 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x80 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x90 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xa0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xb0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xc0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xd0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xe0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xf0 */
};

void
fd_quote_token_split (GArray *toks, const char *text, gsize start, gsize end)
{
  gsize p = start;
  gboolean space = TRUE;
  FdQTok *out;
  guint len = 0;

  /* A line has at most one token per byte: size the array once and write
   * in place (appending one token at a time cost a call each). */
  toks->len = 0; /* as g_array_set_size would, for such an array */
  if (end <= start)
    return;
  g_array_set_size (toks, (guint)(end - start));
  out = (FdQTok *)(void *)toks->data;

  while (p < end)
    {
      gsize n;
      gunichar c = get_char (text + p, &n);
      FdQTok *t = &out[len];
      gboolean single;
      FdQMarkShape shape;
      gsize gap = 0; /* a space read with the token */

      if (is_space (c))
        {
          if (len > 0)
            out[len - 1].space_after = TRUE;
          space = TRUE;
          p += n;
          continue;
        }
      /* Written in place, every field: the array is not cleared. */
      t->start = p;
      t->space_before = space;
      t->space_after = FALSE;
      t->ch = 0;
      t->single = FALSE;
      t->shape = FD_QMARK_STRAIGHT;
      space = FALSE;
      if (is_alnum (c) || c == '$' || c == '#' || c == '@')
        {
          gsize q = p + n;

          t->kind = FD_QTOK_WORD;
          /* the letters and digits after the first, at once */
          q += fd_ascii_word_run (text + q, text + end, FALSE);
          while (q < end)
            {
              gsize dn, dn2;
              gunichar d;

              /* Most of a word is ASCII letters and digits: one byte
               * each, no decoding. */
              if (word_byte[(guchar)text[q]])
                {
                  q += fd_ascii_word_run (text + q + 1, text + end, FALSE) + 1;
                  continue;
                }
              /* A space, the commonest end of a word, is none of the
               * characters below: no need to decode it, and the token
               * after the word takes it at once (it sets what the white
               * space branch above would). */
              if (text[q] == ' ')
                {
                  gap = 1;
                  break;
                }
              d = get_char (text + q, &dn);
              if (is_alnum (d) || d == '%')
                q += dn;
              else if (is_inner (d) && q + dn < end
                       && is_alnum (get_char (text + q + dn, &dn2))
                       && (d != ',' || g_ascii_isdigit (text[q - 1])))
                q += dn;
              else
                break;
            }
          t->end = q;
        }
      else if (is_mark_char (c, &single, &shape))
        {
          t->kind = FD_QTOK_MARK;
          t->ch = c;
          t->single = single;
          t->shape = shape;
          t->end = p + n;
        }
      else
        {
          t->kind = FD_QTOK_PUNCT;
          t->ch = c;
          t->end = p + n;
        }
      len++;
      p = t->end + gap;
      if (gap)
        {
          t->space_after = TRUE;
          space = TRUE;
        }
    }
  if (len > 0)
    out[len - 1].space_after = TRUE;
  /* Shrinks the array, as g_array_set_size would (through a call to
   * g_array_remove_range per line) for one that neither clears nor is
   * zero-terminated: @toks must be such an array. */
  toks->len = len;
}

/* g_ascii_tolower, inlined: it sits in the innermost loops. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

gboolean
fd_quote_token_is (const char *text, const FdQTok *t, const char *word)
{
  const char *s = text + t->start;
  gsize n = t->end - t->start;

  /* Called for every token against whole word lists, so it compares in
   * one pass and most calls stop at the first letter; the same as
   * "strlen (word) == n && g_ascii_strncasecmp (s, word, n) == 0". */
  if (t->kind != FD_QTOK_WORD)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!word[i] || ascii_lower (s[i]) != ascii_lower (word[i]))
      return FALSE;
  return word[n] == '\0';
}

gboolean
fd_quote_token_is_cap (const char *text, const FdQTok *t)
{
  return t->kind == FD_QTOK_WORD
         && g_unichar_isupper (g_utf8_get_char (text + t->start));
}

gboolean
fd_quote_token_is_abbrev (const char *text, const FdQTok *t)
{
  gsize n = t->end - t->start;

  if (t->kind != FD_QTOK_WORD)
    return FALSE;
  /* An initial, or dotted letters such as "G.K" and "D-N.C". */
  if (n == 1 && g_ascii_isupper (text[t->start]))
    return TRUE;
  if (n >= 3 && text[t->start + n - 2] == '.'
      && g_ascii_isupper (text[t->start + n - 1]))
    return TRUE;
  /* A party and state: "R-Ky", "D-Wis", "I-Vt". */
  if (n >= 4 && n <= 6 && g_ascii_isupper (text[t->start])
      && text[t->start + 1] == '-' && g_ascii_isupper (text[t->start + 2]))
    {
      gboolean lower = TRUE;
      for (gsize k = 3; k < n; k++)
        lower = lower && g_ascii_islower (text[t->start + k]);
      if (lower)
        return TRUE;
    }
  return fd_word_set_has (&abbrevs_set, text + t->start, n);
}

gboolean
fd_quote_token_ends_sentence (const char *text, const FdQTok *toks, guint n,
                              guint i)
{
  const FdQTok *t = &toks[i];
  guint j = i + 1;

  if (t->kind != FD_QTOK_PUNCT
      || (t->ch != '.' && t->ch != '?' && t->ch != '!' && t->ch != 0x2026))
    return FALSE;
  if (t->ch == '.' && i > 0 && !t->space_before
      && fd_quote_token_is_abbrev (text, &toks[i - 1]))
    return FALSE;
  /* Closing marks and brackets right after the stop belong to the
   * sentence; what follows them decides. */
  while (j < n && !toks[j - 1].space_after
         && (toks[j].kind == FD_QTOK_MARK || toks[j].ch == ')'))
    j++;
  if (j >= n)
    return TRUE;
  if (!toks[j - 1].space_after)
    return FALSE;
  if (toks[j].kind == FD_QTOK_MARK)
    return TRUE;
  if (toks[j].kind == FD_QTOK_WORD)
    {
      gunichar c = g_utf8_get_char (text + toks[j].start);
      return g_unichar_isupper (c) || g_unichar_isdigit (c);
    }
  return toks[j].ch == '(' || toks[j].ch == '[';
}
