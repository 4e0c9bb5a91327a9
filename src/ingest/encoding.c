/* encoding.c - see encoding.h: the gate every article's bytes go through.
 *
 * The validator is our own rather than g_utf8_validate because it must also
 * stop at NUL bytes and report where, and because ingest throughput is
 * dominated by it: eight ASCII bytes are checked at a time. */
#include "ingest/encoding.h"
#include "ingest/ingest.h"

#include <string.h>

#define HIGH_BITS G_GUINT64_CONSTANT (0x8080808080808080)
#define LOW_BITS G_GUINT64_CONSTANT (0x0101010101010101)

/* Length of the valid UTF-8 sequence at @p (at most @n bytes available),
 * or 0 when it is invalid.  Overlong forms, surrogates and code points past
 * U+10FFFF are invalid, as RFC 3629 says. */
static gsize
seq_len (const guchar *p, gsize n)
{
  guchar c = p[0], lo = 0x80, hi = 0xBF;
  gsize len;

  if (c < 0x80)
    return c != 0;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      len = 3;
      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED)
        hi = 0x9F;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      len = 4;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
    }
  else
    return 0;
  if (n < len || p[1] < lo || p[1] > hi)
    return 0;
  for (gsize k = 2; k < len; k++)
    if ((p[k] & 0xC0) != 0x80)
      return 0;
  return len;
}

gsize
fd_encoding_scan (const char *data, gsize len)
{
  const guchar *p = (const guchar *)data;
  gsize i = 0;

  /* Thirty-two plain ASCII bytes at a time first: news text is mostly
   * ASCII, and testing four words together quarters the branches. */
  while (i + 32 <= len)
    {
      guint64 a, b, c, d, z;

      memcpy (&a, p + i, 8);
      memcpy (&b, p + i + 8, 8);
      memcpy (&c, p + i + 16, 8);
      memcpy (&d, p + i + 24, 8);
      z = ((a - LOW_BITS) & ~a) | ((b - LOW_BITS) & ~b) | ((c - LOW_BITS) & ~c)
          | ((d - LOW_BITS) & ~d);
      if ((a | b | c | d | z) & HIGH_BITS)
        break;
      i += 32;
    }
  while (i < len)
    {
      if (i + 8 <= len)
        {
          guint64 w;
          memcpy (&w, p + i, sizeof w);
          /* No high bit set and no zero byte: eight plain ASCII bytes. */
          if (((w | ((w - LOW_BITS) & ~w)) & HIGH_BITS) == 0)
            {
              i += 8;
              continue;
            }
        }
      gsize n = seq_len (p + i, len - i);
      if (n == 0)
        return i;
      i += n;
    }
  return len;
}

/* 1-based line number of byte @off, for messages only. */
static gsize
line_of (const char *data, gsize off)
{
  gsize line = 1;
  const char *p = data, *end = data + off;

  while ((p = memchr (p, '\n', (gsize)(end - p))))
    {
      line++;
      p++;
    }
  return line;
}

/* UTF-16 without a byte order mark shows itself as NUL bytes in every
 * other position of ASCII-range text.  Looks at the first 512 bytes. */
static const char *
sniff_utf16 (const guchar *p, gsize len)
{
  gsize n = MIN (len, 512) & ~(gsize)1, even = 0, odd = 0;

  if (n < 4)
    return NULL;
  for (gsize i = 0; i < n; i += 2)
    {
      even += p[i] == 0 && p[i + 1] != 0;
      odd += p[i + 1] == 0 && p[i] != 0;
    }
  if (odd * 4 >= n / 2 * 3)
    return "UTF-16LE";
  if (even * 4 >= n / 2 * 3)
    return "UTF-16BE";
  return NULL;
}

gboolean
fd_encoding_check_wide (const char *data, gsize len, const char *name,
                        GError **error)
{
  const guchar *p = (const guchar *)data;
  const char *utf16;

  if (len >= 4
      && ((p[0] == 0xFF && p[1] == 0xFE && !p[2] && !p[3])
          || (!p[0] && !p[1] && p[2] == 0xFE && p[3] == 0xFF)))
    {
      g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_ENCODING,
                   "%s: UTF-32 text (byte order mark); convert it to UTF-8",
                   name);
      return FALSE;
    }
  if (len >= 2
      && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    {
      g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_ENCODING,
                   "%s: UTF-16%s text (byte order mark); convert it to "
                   "UTF-8",
                   name, p[0] == 0xFF ? "LE" : "BE");
      return FALSE;
    }
  if ((utf16 = sniff_utf16 (p, len)))
    {
      g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_ENCODING,
                   "%s: looks like %s text (NUL in every other byte); "
                   "convert it to UTF-8",
                   name, utf16);
      return FALSE;
    }
  return TRUE;
}

gboolean
fd_encoding_check (const char *data, gsize len, const char *name, gsize *skip,
                   GError **error)
{
  const guchar *p = (const guchar *)data;
  gsize bad, i;

  *skip = 0;
  if (!fd_encoding_check_wide (data, len, name, error))
    return FALSE;
  if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    *skip = 3;

  bad = fd_encoding_scan (data, len);
  if (bad < len)
    {
      g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_ENCODING,
                   "%s:%" G_GSIZE_FORMAT ": %s at byte %" G_GSIZE_FORMAT, name,
                   line_of (data, bad),
                   data[bad] ? "invalid UTF-8" : "NUL byte", bad);
      return FALSE;
    }

  for (i = *skip; i < len && g_ascii_isspace (data[i]); i++)
    ;
  if (i == len)
    {
      g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_EMPTY,
                   len == *skip ? "%s: empty file"
                                : "%s: nothing but white space",
                   name);
      return FALSE;
    }
  return TRUE;
}
