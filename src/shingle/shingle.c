/* shingle.c - see shingle.h.  Hashing a shingle is one XXH3 call over a
 * slice of the token buffer: the tokens of any run are contiguous there,
 * joined by single spaces, so nothing is copied. */
#include "shingle/shingle.h"

/* Inlined: shingles are short, and a call into the library per shingle
 * cost more than hashing one. */
#define XXH_INLINE_ALL
#include <xxhash.h>

/* Inlines every call in a function.  GCC left XXH3 as one out-of-line
 * copy, called per shingle: in fd_shingle_all's loop it takes 11% fewer
 * instructions. */
#if defined(__GNUC__) || defined(__clang__)
#define FD_FLATTEN __attribute__ ((flatten))
#else
#define FD_FLATTEN
#endif

guint64
fd_shingle_hash (const char *s, gsize len)
{
  return XXH3_64bits_withSeed (s, len, FD_SHINGLE_SEED);
}

guint64
fd_shingle_at (const FdTokens *toks, guint i, guint k)
{
  const FdToken *a = &toks->v[i], *b = &toks->v[i + k - 1];

  g_assert (k > 0 && i + k <= toks->n);
  return fd_shingle_hash (toks->norm + a->norm,
                          b->norm + b->norm_len - a->norm);
}

guint
fd_shingle_count (const FdTokens *toks, guint k)
{
  return toks->n >= k && k > 0 ? toks->n - k + 1 : 0;
}

FD_FLATTEN guint
fd_shingle_all (const FdTokens *toks, guint k, guint64 *out)
{
  guint n = fd_shingle_count (toks, k);
  const FdToken *v = toks->v;

  for (guint i = 0; i < n; i++)
    {
      const FdToken *b = &v[i + k - 1];
      out[i] = XXH3_64bits_withSeed (toks->norm + v[i].norm,
                                     b->norm + b->norm_len - v[i].norm,
                                     FD_SHINGLE_SEED);
    }
  return n;
}

void
fd_shingle_format (guint64 h, char out[17])
{
  static const char hex[] = "0123456789abcdef";
  XXH64_canonical_t c;

  XXH64_canonicalFromHash (&c, h);
  for (int i = 0; i < 8; i++)
    {
      out[2 * i] = hex[c.digest[i] >> 4];
      out[2 * i + 1] = hex[c.digest[i] & 15];
    }
  out[16] = '\0';
}

gboolean
fd_shingle_parse (const char *s, guint64 *h)
{
  XXH64_canonical_t c;

  for (int i = 0; i < 8; i++)
    {
      int hi = g_ascii_xdigit_value (s[2 * i]);
      int lo = hi < 0 ? -1 : g_ascii_xdigit_value (s[2 * i + 1]);
      if (hi < 0 || lo < 0)
        return FALSE;
      c.digest[i] = (unsigned char)(hi << 4 | lo);
    }
  if (s[16] != '\0')
    return FALSE;
  *h = XXH64_hashFromCanonical (&c);
  return TRUE;
}
