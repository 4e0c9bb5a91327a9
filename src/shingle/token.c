/* token.c - see token.h.  The scanner reads one byte at a time while the
 * text is ASCII and decodes UTF-8 only when it meets a byte >= 0x80. */
#include "shingle/token.h"

#include <string.h>

/* A word longer than this is cut: nothing real is, and the cap keeps
 * norm_len in 16 bits. */
#define MAX_TOKEN_BYTES 1024

/* Byte classes for the separator loops: 1 for an ASCII letter or digit,
 * 2 for a byte >= 0x80 (which only decoding can class), 0 for the rest
 * of ASCII, which always separates tokens.  One load where the tests
 * took half a dozen instructions and a branch, for every byte between
 * tokens. */
/* clang-format off */
static const guint8 byte_class[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x00 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x10 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x20 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,  /* 0x30 */
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 0x40 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,  /* 0x50 */
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 0x60 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,  /* 0x70 */
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x80 */
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x90 */
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xa0 */
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xb0 */
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xc0 */
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xd0 */
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xe0 */
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xf0 */
};
/* clang-format on */

static inline gboolean
ascii_alnum (unsigned char c)
{
  return byte_class[c] == 1;
}

static inline gboolean
ascii_digit (unsigned char c)
{
  return c >= '0' && c <= '9';
}

/* How many of the 8 bytes at @p are ASCII letters before the first that
 * is not, with the lower-case forms of all 8 written to @out (which has
 * room for them; what follows the letters is scratch).  Each byte is
 * tested without carries between bytes: its low 7 bits are at least 'a'
 * and at most 'z', and its top bit is clear.  Big-endian machines take
 * (and compilers without __builtin_ctzll) take the byte loop. */
static inline guint
ascii_letters8 (const char *p, char *out)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined(__GNUC__)
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 high = 0x80 * ones;
  guint64 w, l, low, m, other;

  memcpy (&w, p, 8);
  l = w | 0x20 * ones;
  low = l & 0x7f * ones;
  m = (low + (0x80 - 'a') * ones) & ~(low + (0x80 - 'z' - 1) * ones) & ~l
      & high;
  memcpy (out, &l, 8);
  other = ~m & high;
  return other ? (guint)__builtin_ctzll (other) / 8 : 8;
#else
  (void)p;
  (void)out;
  return 0;
#endif
}

/* Decodes the character at @p (which is inside a text of @end) and says
 * whether it belongs in a word.  Invalid bytes count as separators. */
static gunichar
decode (const char *p, const char *end, int *n)
{
  gunichar c = g_utf8_get_char_validated (p, end - p);

  if (c == (gunichar)-1 || c == (gunichar)-2)
    {
      *n = 1;
      return 0;
    }
  *n = g_utf8_skip[*(const guchar *)p];
  return c;
}

static inline gboolean
uni_word (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_apostrophe_at (const char *p, const char *end, int *n)
{
  if (*p == '\'')
    {
      *n = 1;
      return TRUE;
    }
  /* U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe. */
  if (end - p >= 3 && (guchar)p[0] == 0xe2 && (guchar)p[1] == 0x80
      && (guchar)p[2] == 0x99)
    {
      *n = 3;
      return TRUE;
    }
  return FALSE;
}

static gboolean
letter_at (const char *p, const char *end)
{
  int n;

  if (p >= end)
    return FALSE;
  if ((guchar)*p < 0x80)
    return ascii_alnum (*p) && !ascii_digit (*p);
  return g_unichar_isalpha (decode (p, end, &n));
}

/* A thousands separator: ",ddd" not followed by another digit. */
static gboolean
group_comma_at (const char *p, const char *end)
{
  return end - p >= 4 && p[0] == ',' && ascii_digit (p[1])
         && ascii_digit (p[2]) && ascii_digit (p[3])
         && (end - p == 4 || !ascii_digit (p[4]));
}

/* Scans the token starting at or after @from.  The normalised bytes go to
 * @out (which has room for MAX_TOKEN_BYTES + 4).  Returns FALSE at the end
 * of the text. */
static gboolean
scan (const char *text, gsize len, gsize from, FdToken *tok, char *out,
      gsize *out_len)
{
  const char *p = text + from, *end = text + len;
  gsize o = 0;
  gboolean wide = FALSE;
  int n;

  /* Skip separators. */
  while (p < end)
    {
      if ((guchar)*p < 0x80)
        {
          if (ascii_alnum (*p))
            break;
          p++;
          continue;
        }
      gunichar c = decode (p, end, &n);
      if (uni_word (c) && !g_unichar_ismark (c))
        break;
      p += n;
    }
  if (p >= end)
    return FALSE;

  tok->start = (guint32)(p - text);
  tok->flags = 0;
  if ((guchar)*p < 0x80)
    {
      if (*p >= 'A' && *p <= 'Z')
        tok->flags |= FD_TOKEN_CAPITAL;
    }
  else
    {
      gunichar c = decode (p, end, &n);
      if (g_unichar_isupper (c) || g_unichar_istitle (c))
        tok->flags |= FD_TOKEN_CAPITAL;
      if (g_unichar_iswide (c))
        wide = TRUE;
    }

  while (p < end && o < MAX_TOKEN_BYTES)
    {
      guchar b;
      /* The common case first: a run of ASCII letters, eight at a time
       * while there are eight to read and room for them. */
      while (end - p >= 8 && o + 8 <= MAX_TOKEN_BYTES)
        {
          guint run = ascii_letters8 (p, out + o);
          o += run;
          p += run;
          if (run < 8)
            break;
        }
      if (p >= end)
        break;
      b = (guchar)*p;
      while (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && o < MAX_TOKEN_BYTES)
        {
          out[o++] = (char)(b | 0x20);
          if (++p >= end)
            break;
          b = (guchar)*p;
        }
      if (p >= end || o >= MAX_TOKEN_BYTES)
        break;
      if (b < 0x80)
        {
          if (ascii_alnum (b))
            {
              if (ascii_digit (b))
                tok->flags |= FD_TOKEN_NUMBER;
              out[o++] = (char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
              p++;
              continue;
            }
          /* Joiners inside a word; the previous byte is a word byte. */
          if (o > 0 && ascii_digit (p[-1]))
            {
              if (b == '.' && p + 1 < end && ascii_digit (p[1]))
                {
                  out[o++] = '.';
                  p++;
                  continue;
                }
              if (group_comma_at (p, end))
                {
                  p++;
                  continue;
                }
            }
          if (b == '\'' && letter_at (p + 1, end) && o > 0
              && !ascii_digit (p[-1]))
            {
              p++;
              continue;
            }
          break;
        }
      if (is_apostrophe_at (p, end, &n) && letter_at (p + n, end) && o > 0
          && !ascii_digit (p[-1]))
        {
          p += n;
          continue;
        }
      gunichar c = decode (p, end, &n);
      if (!uni_word (c))
        break;
      /* A wide character is a token of its own. */
      if (g_unichar_iswide (c) && o > 0)
        break;
      if (g_unichar_isdigit (c))
        tok->flags |= FD_TOKEN_NUMBER;
      o += g_unichar_to_utf8 (g_unichar_tolower (c), out + o);
      p += n;
      if (wide)
        break;
    }
  tok->end = (guint32)(p - text);
  tok->norm_len = (guint16)o;
  tok->norm = 0;
  *out_len = o;
  return TRUE;
}

/* The common token, read without scan(): ASCII letters only, at least
 * eight bytes before the end of the text, ending at a byte that ends any
 * token (neither a word byte nor an apostrophe; '.' and ',' join only
 * digits).  Its lower-case form goes to @out and its end to *@end_out.
 * Returns FALSE, having decided nothing, for anything else: scan() then
 * reads that token from @p. */
static inline gboolean
scan_plain (const char *p, const char *end, char *out, const char **end_out,
            gsize *out_len)
{
  gsize o = 0;
  guchar b;

  for (;;)
    {
      guint run;
      if (end - p < 8 || o + 8 > MAX_TOKEN_BYTES)
        return FALSE;
      run = ascii_letters8 (p, out + o);
      o += run;
      p += run;
      if (run < 8)
        break;
    }
  b = (guchar)*p;
  if (o == 0 || b >= 0x80 || ascii_alnum (b) || b == '\'')
    return FALSE;
  *end_out = p;
  *out_len = o;
  return TRUE;
}

/* Tokens fd_tokens_scan reads between two checks for room. */
#define SCAN_BATCH 64

/* Makes room in @toks, which holds @n tokens and @norm_len normalised
 * bytes, for SCAN_BATCH more tokens of any length; returns SCAN_BATCH.
 * Checked once a batch rather than twice a token. */
static guint
make_room (FdTokens *toks, guint n, gsize norm_len)
{
  gsize need = norm_len + SCAN_BATCH * (gsize)(MAX_TOKEN_BYTES + 8);

  if (toks->cap - n < SCAN_BATCH)
    {
      toks->cap = MAX (2 * toks->cap, MAX (n + SCAN_BATCH, 256));
      toks->v = g_renew (FdToken, toks->v, toks->cap);
    }
  if (toks->norm_cap < need)
    {
      toks->norm_cap = MAX (toks->norm_cap * 2, need);
      toks->norm = g_realloc (toks->norm, toks->norm_cap);
    }
  return SCAN_BATCH;
}

void
fd_tokens_scan (FdTokens *toks, const char *text, gsize len)
{
  const char *p = text, *end = text + len;
  /* Counts in locals, stored back at the end: the byte stores into the
   * normalised buffer may alias *toks, so fields read through it would be
   * loaded again after each one. */
  guint n = 0, room = 0;
  gsize norm_len = 0;

  for (;;)
    {
      FdToken *t;
      char *out;
      gsize o;
      const char *tend;

      if (room == 0)
        room = make_room (toks, n, norm_len);
      room--;
      /* Written in place: a token built on the stack and copied as one
       * 16-byte load stalled on its four smaller stores. */
      t = &toks->v[n];
      out = toks->norm + norm_len;
      /* ASCII separators; scan() skips anything else. */
      while (p < end && byte_class[(guchar)*p] == 0)
        p++;
      if (p < end && scan_plain (p, end, out, &tend, &o))
        {
          t->start = (guint32)(p - text);
          t->end = (guint32)(tend - text);
          t->norm_len = (guint16)o;
          t->flags = *p >= 'A' && *p <= 'Z' ? FD_TOKEN_CAPITAL : 0;
          p = tend;
        }
      else if (scan (text, len, (gsize)(p - text), t, out, &o))
        p = text + t->end;
      else
        break;
      t->norm = (guint32)norm_len;
      out[o] = ' ';
      norm_len += o + 1;
      n++;
    }
  /* No trailing space; keep the buffer a C string for debugging. */
  if (norm_len > 0)
    norm_len--;
  if (toks->norm)
    toks->norm[norm_len] = '\0';
  toks->n = n;
  toks->norm_len = norm_len;
}

void
fd_tokens_clear (FdTokens *toks)
{
  if (!toks)
    return;
  g_free (toks->v);
  g_free (toks->norm);
  memset (toks, 0, sizeof *toks);
}

gboolean
fd_token_next (const char *text, gsize len, gsize from, FdToken *tok,
               char *norm, gsize norm_size)
{
  char buf[MAX_TOKEN_BYTES + 8];
  gsize o;

  if (!scan (text, len, from, tok, buf, &o))
    return FALSE;
  if (norm_size > 0)
    {
      gsize n = MIN (o, norm_size - 1);
      memcpy (norm, buf, n);
      norm[n] = '\0';
    }
  return TRUE;
}
