/* ascii8.h - runs of word bytes and digits, eight bytes at a time.
 *
 * The claim extractors spend much of their time finding where a word
 * ends.  Reading a whole 64-bit word and testing its eight bytes at once
 * (byte arithmetic whose sums stay below 0x100, so no carry crosses into
 * the next byte) does that with a handful of instructions per eight bytes
 * instead of a branch per byte.  Big-endian machines and compilers
 * without __builtin_ctzll take the byte loop, with the same results. */
#pragma once

#include <glib.h>
#include <string.h>

#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined(__GNUC__)
#define FD_ASCII8 1

#define FD_ASCII8_ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define FD_ASCII8_HIGH (0x80 * FD_ASCII8_ONES)

/* 0x80 in each byte of @w that is an ASCII digit, 0 in the others. */
static inline guint64
fd_ascii8_digit (guint64 w)
{
  const guint64 ones = FD_ASCII8_ONES;
  guint64 low = w & 0x7f * ones;

  return (low + (0x80 - '0') * ones) & ~(low + (0x80 - '9' - 1) * ones) & ~w
         & FD_ASCII8_HIGH;
}

/* 0x80 in each byte of @w that is an ASCII lower-case letter, 0 in the
 * others. */
static inline guint64
fd_ascii8_lower (guint64 w)
{
  const guint64 ones = FD_ASCII8_ONES;
  guint64 low = w & 0x7f * ones;

  return (low + (0x80 - 'a') * ones) & ~(low + (0x80 - 'z' - 1) * ones) & ~w
         & FD_ASCII8_HIGH;
}

/* 0x80 in each byte of @w that is an ASCII letter or digit, 0 in the
 * others. */
static inline guint64
fd_ascii8_alnum (guint64 w)
{
  const guint64 ones = FD_ASCII8_ONES;
  guint64 l = (w & 0x7f * ones) | 0x20 * ones;
  guint64 letter = (l + (0x80 - 'a') * ones) & ~(l + (0x80 - 'z' - 1) * ones);

  return (letter & ~w & FD_ASCII8_HIGH) | fd_ascii8_digit (w);
}
#endif

/* Bytes from @p, before @end, that are ASCII lower-case letters, up to
 * the first that is not: the rest of most words of running text. */
static inline gsize
fd_ascii_lower_run (const char *p, const char *end)
{
  const char *q = p;

#ifdef FD_ASCII8
  while (end - q >= 8)
    {
      guint64 w, m;

      memcpy (&w, q, 8);
      m = fd_ascii8_lower (w);
      if (m != FD_ASCII8_HIGH)
        return (gsize)(q - p)
               + (gsize)__builtin_ctzll (~m & FD_ASCII8_HIGH) / 8;
      q += 8;
    }
#endif
  while (q < end && *q >= 'a' && *q <= 'z')
    q++;
  return (gsize)(q - p);
}

/* The first ASCII digit at or after @p and before @end, or @end.  Most
 * news text is long stretches without digits, skipped eight bytes at a
 * time. */
static inline const char *
fd_ascii_next_digit (const char *p, const char *end)
{
#ifdef FD_ASCII8
  while (end - p >= 8)
    {
      guint64 w, m;

      memcpy (&w, p, 8);
      if ((m = fd_ascii8_digit (w)))
        return p + __builtin_ctzll (m) / 8;
      p += 8;
    }
#endif
  while (p < end && !g_ascii_isdigit (*p))
    p++;
  return p;
}

/* Bytes from @p, before @end, that are ASCII letters or digits and, when
 * @high, also bytes of 0x80 or more (the bytes of any non-ASCII
 * character), up to the first that is not. */
static inline gsize
fd_ascii_word_run (const char *p, const char *end, gboolean high)
{
  const char *q = p;

#ifdef FD_ASCII8
  while (end - q >= 8)
    {
      guint64 w, m;

      memcpy (&w, q, 8);
      m = fd_ascii8_alnum (w) | (high ? w & FD_ASCII8_HIGH : 0);
      if (m != FD_ASCII8_HIGH)
        return (gsize)(q - p)
               + (gsize)__builtin_ctzll (~m & FD_ASCII8_HIGH) / 8;
      q += 8;
    }
#endif
  while (q < end
         && (g_ascii_isalnum (*q) || (high && (unsigned char)*q >= 0x80)))
    q++;
  return (gsize)(q - p);
}
