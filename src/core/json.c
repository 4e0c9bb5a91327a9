/* json.c - see json.h.  Escaping follows RFC 8259: quotation mark, reverse
 * solidus and control characters are escaped, everything else is copied. */
#include "core/json.h"

#include <math.h>
#include <stdio.h>

void
fd_json_append_string (GString *out, const char *s, gssize len)
{
  static const char hex[] = "0123456789abcdef";
  gsize n = len < 0 ? strlen (s) : (gsize)len;
  gsize run = 0;

  g_string_append_c (out, '"');
  for (gsize i = 0; i < n; i++)
    {
      unsigned char c = (unsigned char)s[i];
      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      /* Flush the plain run before the escaped byte, then escape it. */
      g_string_append_len (out, s + run, (gssize)(i - run));
      run = i + 1;
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 15]);
        }
    }
  g_string_append_len (out, s + run, (gssize)(n - run));
  g_string_append_c (out, '"');
}

void
fd_json_append_key (GString *out, const char *key, gboolean first)
{
  if (!first)
    g_string_append_c (out, ',');
  fd_json_append_string (out, key, -1);
  g_string_append_c (out, ':');
}

void
fd_json_append_member_str (GString *out, const char *key, const char *value,
                           gboolean first)
{
  fd_json_append_key (out, key, first);
  if (value)
    fd_json_append_string (out, value, -1);
  else
    g_string_append (out, "null");
}

void
fd_json_append_member_int (GString *out, const char *key, gint64 value,
                           gboolean first)
{
  fd_json_append_key (out, key, first);
  fd_json_append_int (out, value);
}

void
fd_json_append_int (GString *out, gint64 value)
{
  /* Reports hold millions of offsets: digits written backwards into a
   * buffer cost a fraction of a printf. */
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 u = value < 0 ? -(guint64)value : (guint64)value;

  do
    {
      *--p = (char)('0' + u % 10);
      u /= 10;
    }
  while (u);
  if (value < 0)
    *--p = '-';
  g_string_append_len (out, p, buf + sizeof buf - p);
}

/* @v >= 0 with 3 decimals, trailing zeros dropped, by integer arithmetic;
 * FALSE, writing nothing, where that could round otherwise than printf:
 * negative or large values and those within reach of a rounding tie. */
static gboolean
append_fixed3 (GString *out, double v)
{
  double m = v * 1000;
  guint64 r;
  guint frac;
  char digits[4];
  gsize nd = 3;

  if (!(v >= 0 && v < 1e6) || fabs (m - floor (m) - 0.5) < 1e-6)
    return FALSE;
  r = (guint64)(m + 0.5);
  fd_json_append_int (out, (gint64)(r / 1000));
  frac = (guint)(r % 1000);
  if (frac == 0)
    return TRUE;
  digits[0] = (char)('0' + frac / 100);
  digits[1] = (char)('0' + frac / 10 % 10);
  digits[2] = (char)('0' + frac % 10);
  while (digits[nd - 1] == '0')
    nd--;
  g_string_append_c (out, '.');
  g_string_append_len (out, digits, (gssize)nd);
  return TRUE;
}

void
fd_json_append_double (GString *out, double v, int digits)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* Reports write similarities by the million, nearly all with three
   * decimals: those skip the C library's formatting. */
  if (digits == 3 && append_fixed3 (out, v))
    return;
  if (!isfinite (v))
    {
      g_string_append (out, "null");
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
