/* json.c - see json.h.  Escaping follows RFC 8259: quotation mark, reverse
 * solidus and control characters are escaped, everything else is copied. */
#include "core/json.h"

#include <math.h>
#include <stdio.h>

void
fd_json_grow (GString *out, gsize n)
{
  gsize len = out->len;

  /* g_string_set_size grows the allocation geometrically. */
  g_string_set_size (out, len + n);
  out->len = len;
  out->str[len] = '\0';
}

/* TRUE when one of the 8 bytes of @w needs escaping: a control
 * character, '"' or '\\'.  Each test is the usual "some byte is below
 * k" word trick, exact as a yes/no answer; bytes of 0x80 and above
 * (UTF-8) never count. */
static inline gboolean
special8 (guint64 w)
{
  const guint64 ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  guint64 q = w ^ (ones * '"'), b = w ^ (ones * '\\');

  return ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b))
          & highs)
         != 0;
}

static inline gboolean
special (unsigned char c)
{
  return c < 0x20 || c == '"' || c == '\\';
}

/* How many bytes at the start of @s (@n bytes) need no escaping: article
 * text is long runs of them, tested 8 at a time. */
static gsize
plain_run (const char *s, gsize n)
{
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 w;
      memcpy (&w, s + i, 8);
      if (special8 (w))
        break;
    }
  while (i < n && !special ((unsigned char)s[i]))
    i++;
  return i;
}

/* Writes the escape of @c at @p; returns the end. */
static char *
write_escape (char *p, unsigned char c)
{
  static const char hex[] = "0123456789abcdef";

  *p++ = '\\';
  switch (c)
    {
    case '"':
    case '\\':
      *p++ = (char)c;
      break;
    case '\n':
      *p++ = 'n';
      break;
    case '\r':
      *p++ = 'r';
      break;
    case '\t':
      *p++ = 't';
      break;
    default:
      memcpy (p, "u00", 3);
      p[3] = hex[c >> 4];
      p[4] = hex[c & 15];
      p += 5;
    }
  return p;
}

void
fd_json_append_string (GString *out, const char *s, gssize len)
{
  gsize n = len < 0 ? strlen (s) : (gsize)len;
  /* Room for the string unescaped and its quotes; an escape makes room
   * again for itself and all that follows. */
  char *p = fd_json_reserve (out, n + 2);
  gsize i = 0;

  *p++ = '"';
  for (;;)
    {
      gsize run = plain_run (s + i, n - i);
      memcpy (p, s + i, run);
      p += run;
      i += run;
      if (i == n)
        break;
      fd_json_commit (out, p);
      /* At most 6 bytes for this one, then the rest and the quote. */
      p = fd_json_reserve (out, 6 + (n - i - 1) + 1);
      p = write_escape (p, (unsigned char)s[i++]);
    }
  *p++ = '"';
  fd_json_commit (out, p);
}

void
fd_json_append_key (GString *out, const char *key, gboolean first)
{
  gsize n = strlen (key);
  char *p;

  if (plain_run (key, n) < n)
    {
      if (!first)
        FD_JSON_LIT (out, ",");
      fd_json_append_string (out, key, (gssize)n);
      FD_JSON_LIT (out, ":");
      return;
    }
  /* Keys are nearly always plain names: one write for all of it. */
  p = fd_json_reserve (out, n + 4);
  if (!first)
    *p++ = ',';
  *p++ = '"';
  memcpy (p, key, n);
  p += n;
  *p++ = '"';
  *p++ = ':';
  fd_json_commit (out, p);
}

void
fd_json_append_string_or_null (GString *out, const char *s)
{
  if (s)
    fd_json_append_string (out, s, -1);
  else
    FD_JSON_LIT (out, "null");
}

void
fd_json_append_member_str (GString *out, const char *key, const char *value,
                           gboolean first)
{
  fd_json_append_key (out, key, first);
  fd_json_append_string_or_null (out, value);
}

void
fd_json_append_member_int (GString *out, const char *key, gint64 value,
                           gboolean first)
{
  fd_json_append_key (out, key, first);
  fd_json_append_int (out, value);
}

/* "00" to "99": two digits per table read instead of a division and a
 * remainder by ten for each. */
static const char digit_pairs[201] = "00010203040506070809"
                                     "10111213141516171819"
                                     "20212223242526272829"
                                     "30313233343536373839"
                                     "40414243444546474849"
                                     "50515253545556575859"
                                     "60616263646566676869"
                                     "70717273747576777879"
                                     "80818283848586878889"
                                     "90919293949596979899";

/* Writes the digits of @u backwards so that they end at @e. */
static void
write_digits_back (char *e, guint64 u)
{
  /* Offsets and counts fit in 32 bits, whose division by a constant is
   * a cheaper multiplication than the 64-bit one. */
  while (u > G_MAXUINT32)
    {
      guint x = (guint)(u % 100);
      u /= 100;
      e -= 2;
      memcpy (e, digit_pairs + 2 * x, 2);
    }
  for (guint32 v = (guint32)u;;)
    {
      if (v < 10)
        {
          e[-1] = (char)('0' + v);
          return;
        }
      if (v < 100)
        {
          memcpy (e - 2, digit_pairs + 2 * v, 2);
          return;
        }
      e -= 2;
      memcpy (e, digit_pairs + 2 * (v % 100), 2);
      v /= 100;
    }
}

/* Writes @u in decimal at @p (room for 20 bytes); returns the end.
 * Reports hold millions of offsets: counting the digits first lets them
 * go straight into place, two at a time, at a fraction of a printf. */
static char *
write_uint (char *p, guint64 u)
{
  static const guint64 pow10[] = {
    1u,
    10u,
    100u,
    1000u,
    10000u,
    100000u,
    1000000u,
    10000000u,
    100000000u,
    1000000000u,
    10000000000u,
    100000000000u,
    1000000000000u,
    10000000000000u,
    100000000000000u,
    1000000000000000u,
    10000000000000000u,
    100000000000000000u,
    1000000000000000000u,
    10000000000000000000u,
  };
  /* bits * 1233 / 4096 is log10 (2) * bits, rounded down: the digits
   * of the smallest number of that many bits, less one or not.  Counting
   * u | 1 instead of u gives 0 its digit and changes no other count, as
   * no power of ten is odd. */
  guint bits = 64 - (guint)__builtin_clzll (u | 1);
  guint t = bits * 1233 >> 12;
  char *e = p + t + ((u | 1) >= pow10[t]);

  write_digits_back (e, u);
  return e;
}

void
fd_json_append_int (GString *out, gint64 value)
{
  char *p = fd_json_reserve (out, 21);

  if (value < 0)
    *p++ = '-';
  p = write_uint (p, value < 0 ? -(guint64)value : (guint64)value);
  fd_json_commit (out, p);
}

/* @v rounded to @digits (1 to 3) decimals as a whole number of
 * thousandths, hundredths or tenths, in *@r; FALSE where that could
 * round otherwise than printf: negative (-0 included) or large values
 * and those within reach of a rounding tie. */
static gboolean
scaled (double v, int digits, guint64 *r)
{
  static const double scale[] = { 1, 10, 100, 1000 };
  double m;

  if (signbit (v) || !(v < 1e6) || digits < 1 || digits > 3)
    return FALSE;
  m = v * scale[digits];
  if (fabs (m - floor (m) - 0.5) < 1e-6)
    return FALSE;
  *r = (guint64)(m + 0.5);
  return TRUE;
}

/* Writes @r / 10^@digits with @digits decimals at @p (@trim: trailing
 * zeros and a bare point dropped); returns the end. */
static char *
write_fixed (char *p, guint64 r, int digits, gboolean trim)
{
  static const guint pow10[] = { 1, 10, 100, 1000 };
  guint frac = (guint)(r % pow10[digits]);

  p = write_uint (p, r / pow10[digits]);
  if (trim && frac == 0)
    return p;
  *p++ = '.';
  for (guint d = (guint)digits; d-- > 0;)
    *p++ = (char)('0' + frac / pow10[d] % 10);
  /* A fraction that is not 0 keeps a digit after the point. */
  while (trim && p[-1] == '0')
    p--;
  return p;
}

void
fd_json_append_fixed (GString *out, double v, int digits)
{
  guint64 r;
  char *p;

  if (!scaled (v, digits, &r))
    {
      g_string_append_printf (out, "%.*f", digits, v);
      return;
    }
  p = fd_json_reserve (out, 24);
  fd_json_commit (out, write_fixed (p, r, digits, FALSE));
}

void
fd_json_append_double (GString *out, double v, int digits)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  guint64 r;

  /* Reports write similarities by the million, nearly all with three
   * decimals: those skip the C library's formatting. */
  if (digits == 3 && scaled (v, 3, &r))
    {
      char *p = fd_json_reserve (out, 24);
      fd_json_commit (out, write_fixed (p, r, 3, TRUE));
      return;
    }
  if (!isfinite (v))
    {
      FD_JSON_LIT (out, "null");
      return;
    }
  g_ascii_formatd (buf, sizeof buf,
                   digits == 1   ? "%.1f"
                   : digits == 2 ? "%.2f"
                   : digits == 3 ? "%.3f"
                                 : "%.6f",
                   v);
  /* Trailing zeros carry no information and differ between writers. */
  if (strchr (buf, '.'))
    {
      char *e = buf + strlen (buf) - 1;
      while (*e == '0')
        *e-- = '\0';
      if (*e == '.')
        *e = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  g_string_append (out, buf);
}

gboolean
fd_json_too_deep (const char *s, gsize len, guint max)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (in_string)
        {
          if (s[i] == '\\')
            i++;
          else if (s[i] == '"')
            in_string = FALSE;
        }
      else if (s[i] == '"')
        in_string = TRUE;
      else if (s[i] == '[' || s[i] == '{')
        {
          if (++depth > max)
            return TRUE;
        }
      else if ((s[i] == ']' || s[i] == '}') && depth > 0)
        depth--;
    }
  return FALSE;
}
