/* norm.c - see norm.h: normalisation for matching with an offset map.
 *
 * NFC is applied one normalisation segment at a time: a character
 * followed by any combining marks (or Hangul vowel and final jamo) that
 * may compose with it.  NFC of a text is the concatenation of the NFC of
 * its segments, so each segment's output maps back to the segment's first
 * byte.  A segment of one character is almost always already NFC; that is
 * checked without allocating by decomposing it with glib and composing it
 * back.  The rest goes through g_utf8_normalize. */
#include "ingest/norm.h"

#include <string.h>

typedef struct
{
  char *text;
  gsize *map;
  gsize len, cap;
} Out;

/* Keeps room for @more bytes plus everything the input still left could
 * produce byte for byte (@rest), plus a space and the final NUL.  With
 * that invariant the ASCII path writes without checking: it never emits
 * more bytes than it consumes (a collapsed space stands for at least one
 * white space byte already consumed). */
static void
out_reserve (Out *o, gsize more, gsize rest)
{
  gsize need = o->len + more + rest + 2;

  if (need <= o->cap)
    return;
  while (need > o->cap)
    o->cap *= 2;
  o->text = g_realloc (o->text, o->cap);
  o->map = g_renew (gsize, o->map, o->cap);
}

static void
out_put (Out *o, const char *bytes, gsize n, gsize from, gsize rest)
{
  out_reserve (o, n, rest);
  memcpy (o->text + o->len, bytes, n);
  for (gsize k = 0; k < n; k++)
    o->map[o->len + k] = from;
  o->len += n;
}

/* What a character folds to: an ASCII replacement, "" to drop it, " " for
 * white space, or NULL to keep it. */
static const char *
fold (gunichar c)
{
  switch (c)
    {
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201A: /* ‚ */
    case 0x201B: /* ‛ */
    case 0x2032: /* ′ */
    case 0xFF07: /* ＇ */
      return "'";
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201E: /* „ */
    case 0x201F: /* ‟ */
    case 0x2033: /* ″ */
    case 0x00AB: /* « */
    case 0x00BB: /* » */
    case 0xFF02: /* ＂ */
      return "\"";
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
    case 0x2012: /* figure dash */
    case 0x2013: /* – */
    case 0x2014: /* — */
    case 0x2015: /* ― */
    case 0x2212: /* minus */
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x2026: /* … */
      return "...";
    case 0x00AD: /* soft hyphen */
    case 0x200B: /* zero width space */
    case 0x2060: /* word joiner */
    case 0xFEFF: /* BOM / zero width no-break space */
      return "";
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x2028:
    case 0x2029:
      return " ";
    default:
      if (c >= 0x2000 && c <= 0x200A)
        return " ";
      return NULL;
    }
}

/* TRUE when @c may compose with what precedes it, so it belongs to the
 * segment of the character before. */
static gboolean
continues (gunichar c)
{
  return g_unichar_combining_class (c) != 0 || g_unichar_ismark (c)
         || (c >= 0x1160 && c <= 0x11FF); /* Hangul vowel and final jamo */
}

/* TRUE when the lone character @c is its own NFC. */
static gboolean
nfc_alone (gunichar c)
{
  gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH], r;
  gsize n = g_unichar_fully_decompose (c, FALSE, d, G_N_ELEMENTS (d));

  if (n == 1)
    return d[0] == c;
  r = d[0];
  for (gsize k = 1; k < n; k++)
    if (!g_unichar_compose (r, d[k], &r))
      return FALSE;
  return r == c;
}

FdNorm *
fd_norm_new (const char *s, gsize len)
{
  Out o = { NULL, NULL, 0, len + 16 };
  gboolean space = FALSE; /* white space seen since the last output */
  gsize space_at = 0, last_end = 0, i = 0;
  FdNorm *n;

  o.text = g_malloc (o.cap);
  o.map = g_new (gsize, o.cap);
  while (i < len)
    {
      guchar b = (guchar)s[i];
      gsize seg = i, next;
      gunichar c;
      const char *f;

      /* ASCII that no combining mark follows: by far the common case. */
      if (b < 0x80 && (i + 1 >= len || (guchar)s[i + 1] < 0x80))
        {
          if (g_ascii_isspace (b))
            {
              if (!space)
                space_at = i;
              space = TRUE;
              i++;
              continue;
            }
          if (space && o.len > 0)
            o.map[o.len] = space_at, o.text[o.len++] = ' ';
          space = FALSE;
          o.text[o.len] = (char)b;
          o.map[o.len++] = i;
          last_end = ++i;
          continue;
        }

      c = g_utf8_get_char (s + i);
      next = (gsize)(g_utf8_next_char (s + i) - s);
      f = b < 0x80 ? NULL : fold (c);
      if (f && *f == ' ')
        {
          if (!space)
            space_at = i;
          space = TRUE;
          i = next;
          continue;
        }
      if (f && !*f)
        {
          i = next;
          continue;
        }
      if (b < 0x80 && g_ascii_isspace (b))
        {
          if (!space)
            space_at = i;
          space = TRUE;
          i = next;
          continue;
        }
      if (space && o.len > 0)
        out_put (&o, " ", 1, space_at, len - i);
      space = FALSE;
      if (f)
        {
          out_put (&o, f, strlen (f), seg, len - next);
          last_end = i = next;
          continue;
        }

      /* Extend the segment over marks that may compose with it. */
      i = next;
      while (i < len && (guchar)s[i] >= 0x80
             && continues (g_utf8_get_char (s + i)))
        i = (gsize)(g_utf8_next_char (s + i) - s);
      if (i == next && nfc_alone (c))
        out_put (&o, s + seg, next - seg, seg, len - i);
      else
        {
          g_autofree char *nfc
              = g_utf8_normalize (s + seg, (gssize)(i - seg), G_NORMALIZE_NFC);
          if (nfc)
            out_put (&o, nfc, strlen (nfc), seg, len - i);
          else
            out_put (&o, s + seg, i - seg, seg, len - i);
        }
      last_end = i;
    }
  o.text[o.len] = '\0';
  o.map[o.len] = last_end;

  n = g_new (FdNorm, 1);
  n->text = o.text;
  n->len = o.len;
  n->map = o.map;
  return n;
}

void
fd_norm_free (FdNorm *n)
{
  if (!n)
    return;
  g_free (n->text);
  g_free (n->map);
  g_free (n);
}

void
fd_norm_span (const FdNorm *n, gsize a, gsize b, gsize *start, gsize *end)
{
  g_return_if_fail (a <= b && b <= n->len);
  /* Skip a collapsed space at either edge: it stands for white space in
   * the input that the span should not include. */
  while (a < b && n->text[a] == ' ')
    a++;
  while (b > a && n->text[b - 1] == ' ')
    b--;
  *start = n->map[a];
  /* map[b] is where the character after the span starts (or, for a
   * collapsed space, where the white space starts): the span's end. */
  *end = b > a ? n->map[b] : *start;
}
