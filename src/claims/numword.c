/* numword.c - see numword.h.
 *
 * English number words are read as a sum of groups, each a small number
 * (below 1000) times a scale (thousand, million, …): "two hundred thirty
 * million five thousand" = 230 * 10^6 + 5 * 10^3.  Digits may carry a scale
 * word too ("1.2 billion").  Matching is ASCII case-insensitive and stops at
 * a word boundary, so "tension" never reads as "ten". */
#include "claims/numword.h"

#include "claims/wordset.h"
#include "core/ascii8.h"

#include <string.h>

typedef struct
{
  const char *word;
  int value;
  gboolean ordinal;
} Word;

/* No word here is longer than FD_NUMWORD_OPENER_MAX (numword.h). */
static const Word units[] = {
  { "zero", 0, FALSE },        { "one", 1, FALSE },
  { "two", 2, FALSE },         { "three", 3, FALSE },
  { "four", 4, FALSE },        { "five", 5, FALSE },
  { "six", 6, FALSE },         { "seven", 7, FALSE },
  { "eight", 8, FALSE },       { "nine", 9, FALSE },
  { "ten", 10, FALSE },        { "eleven", 11, FALSE },
  { "twelve", 12, FALSE },     { "thirteen", 13, FALSE },
  { "fourteen", 14, FALSE },   { "fifteen", 15, FALSE },
  { "sixteen", 16, FALSE },    { "seventeen", 17, FALSE },
  { "eighteen", 18, FALSE },   { "nineteen", 19, FALSE },
  { "twenty", 20, FALSE },     { "thirty", 30, FALSE },
  { "forty", 40, FALSE },      { "fifty", 50, FALSE },
  { "sixty", 60, FALSE },      { "seventy", 70, FALSE },
  { "eighty", 80, FALSE },     { "ninety", 90, FALSE },
  { "first", 1, TRUE },        { "second", 2, TRUE },
  { "third", 3, TRUE },        { "fourth", 4, TRUE },
  { "fifth", 5, TRUE },        { "sixth", 6, TRUE },
  { "seventh", 7, TRUE },      { "eighth", 8, TRUE },
  { "ninth", 9, TRUE },        { "tenth", 10, TRUE },
  { "eleventh", 11, TRUE },    { "twelfth", 12, TRUE },
  { "thirteenth", 13, TRUE },  { "fourteenth", 14, TRUE },
  { "fifteenth", 15, TRUE },   { "sixteenth", 16, TRUE },
  { "seventeenth", 17, TRUE }, { "eighteenth", 18, TRUE },
  { "nineteenth", 19, TRUE },  { "twentieth", 20, TRUE },
  { "thirtieth", 30, TRUE },   { "fortieth", 40, TRUE },
  { "fiftieth", 50, TRUE },    { "sixtieth", 60, TRUE },
  { "seventieth", 70, TRUE },  { "eightieth", 80, TRUE },
  { "ninetieth", 90, TRUE },   { "dozen", 12, FALSE },
  { "dozens", 12, FALSE },
};

typedef struct
{
  const char *word;
  double value;
} Scale;

/* Longest spellings first where one is a prefix of another ("bil." must not
 * win over "billion"). */
static const Scale scales[] = {
  { "hundred", 1e2 },
  { "thousand", 1e3 },
  { "million", 1e6 },
  { "billion", 1e9 },
  { "trillion", 1e12 },
  { "tril.", 1e12 },
  { "bil.", 1e9 },
  { "mil.", 1e6 },
  { "bn", 1e9 },
  { "mn", 1e6 },
  { "tn", 1e12 },
  /* Plurals after a number ("three billions") and the Indian scales
   * ("30 lakh", "3 crore"). */
  { "millions", 1e6 },
  { "billions", 1e9 },
  { "trillions", 1e12 },
  { "lakhs", 1e5 },
  { "lakh", 1e5 },
  { "lacs", 1e5 },
  { "lac", 1e5 },
  { "crores", 1e7 },
  { "crore", 1e7 },
};

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || (unsigned char)c >= 0x80;
}

/* g_ascii_tolower, inlined: it sits in the innermost loops. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* Length of @w if @s starts with it (case-insensitively) and the match
 * ends at a word boundary; 0 otherwise.  A word ending in '.' is its own
 * boundary. */
static gsize
match_word (const char *s, gsize len, const char *w)
{
  gsize n;

  /* Every word of a text is tried against the whole number vocabulary:
   * one pass that mostly stops at the first letter, the same as
   * "strlen (w) <= len && g_ascii_strncasecmp (s, w, strlen (w)) == 0". */
  for (n = 0; w[n]; n++)
    if (n >= len || ascii_lower (s[n]) != ascii_lower (w[n]))
      return 0;
  if (w[n - 1] != '.' && n < len && is_word_char (s[n]))
    return 0;
  return n;
}

/* Skips spaces and, when @hyphen, one hyphen between number words. */
static gsize
skip_sep (const char *s, gsize len, gsize i, gboolean hyphen)
{
  gsize j = i;

  if (j < len && hyphen && s[j] == '-')
    return j + 1;
  while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n'))
    j++;
  return j;
}

/* units[] hashed by word (see wordset.h). */
static FdWordSet units_set = FD_WORD_SET (units);

/* TRUE when @c may start a word of units[]: a cheap test before the
 * hash, which most words of a text fail. */
static inline gboolean
unit_letter (char c)
{
  switch (ascii_lower (c))
    {
    case 'd':
    case 'e':
    case 'f':
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

static gboolean
match_unit (const char *s, gsize len, gsize i, const Word **w, gsize *n)
{
  gsize wl;
  gint k;

  *w = NULL;
  *n = 0;
  if (i >= len || !unit_letter (s[i]))
    return FALSE;
  /* A unit is letters only and must end at a word boundary: only the
   * whole run of word characters can match, and no two units are the
   * same word. */
  wl = fd_ascii_word_run (s + i, s + len, TRUE);
  k = fd_word_set_find (&units_set, s + i, wl);
  if (k < 0)
    return FALSE;
  *w = &units[k];
  *n = wl;
  return TRUE;
}

static gboolean
match_scale (const char *s, gsize len, gsize i, double *v, gsize *n)
{
  char c;

  if (i >= len)
    return FALSE;
  /* The scale words are lower case: compare first letters before the
   * call. */
  c = ascii_lower (s[i]);
  for (gsize k = 0; k < G_N_ELEMENTS (scales); k++)
    {
      gsize m;
      if (scales[k].word[0] != c)
        continue;
      m = match_word (s + i, len - i, scales[k].word);
      if (m)
        {
          *v = scales[k].value;
          *n = m;
          return TRUE;
        }
    }
  return FALSE;
}

/* The value of the digits s[0, end), commas skipped, as g_ascii_strtod
 * reads them.  Up to 15 digits without a decimal part are summed
 * exactly (strtod gives the same double); others go through strtod. */
static double
digits_value (const char *s, gsize end, gboolean decimal, gsize n_digits)
{
  char stack[64];
  char *buf;
  gsize n = 0;
  double v;

  if (!decimal && n_digits <= 15)
    {
      gint64 iv = 0;
      for (gsize k = 0; k < end; k++)
        if (s[k] != ',')
          iv = iv * 10 + (s[k] - '0');
      return (double)iv;
    }
  buf = end < sizeof stack ? stack : g_malloc (end + 1);
  for (gsize k = 0; k < end; k++)
    if (s[k] != ',')
      buf[n++] = s[k];
  buf[n] = '\0';
  v = g_ascii_strtod (buf, NULL);
  if (buf != stack)
    g_free (buf);
  return v;
}

/* Digits with thousands separators ("28,500") and a decimal part. */
static gboolean
parse_digits (const char *s, gsize len, FdNumber *out)
{
  gsize i = 0, int_digits = 0;
  gboolean decimal = FALSE;

  while (i < len
         && (g_ascii_isdigit (s[i])
             || (s[i] == ',' && int_digits > 0 && i + 3 < len + 1
                 && i + 3 <= len && g_ascii_isdigit (s[i + 1])
                 && g_ascii_isdigit (s[i + 2]) && g_ascii_isdigit (s[i + 3])
                 && (i + 4 >= len || !g_ascii_isdigit (s[i + 4])))))
    {
      if (s[i] != ',')
        int_digits++;
      i++;
    }
  if (int_digits == 0)
    return FALSE;
  if (i + 1 < len && s[i] == '.' && g_ascii_isdigit (s[i + 1]))
    {
      decimal = TRUE;
      i++;
      while (i < len && g_ascii_isdigit (s[i]))
        i++;
    }
  out->value = digits_value (s, i, decimal, int_digits);
  out->len = i;
  out->words = FALSE;
  out->ordinal = FALSE;
  /* "60th", "1st", "22nd", "3rd" */
  if (i + 2 <= len
      && (match_word (s + i, len - i, "th")
          || match_word (s + i, len - i, "st")
          || match_word (s + i, len - i, "nd")
          || match_word (s + i, len - i, "rd")))
    {
      out->ordinal = TRUE;
      out->len = i + 2;
    }
  else
    {
      gsize j = skip_sep (s, len, i, FALSE), n;
      double scale;
      if (match_scale (s, len, j, &scale, &n))
        {
          out->value *= scale;
          out->len = j + n;
        }
      else if ((n = match_word (s + j, len - j, "dozen"))
               || (n = match_word (s + j, len - j, "dozens")))
        {
          out->value *= 12;
          out->len = j + n;
        }
    }
  return TRUE;
}

/* Number words: groups of (units/tens [hundred] [units]) times scales. */
static gboolean
parse_words (const char *s, gsize len, FdNumber *out)
{
  double total = 0, group = 0;
  gsize i = 0, end = 0;
  gboolean any = FALSE, ordinal = FALSE, last_was_tens = FALSE;

  for (;;)
    {
      const Word *w;
      gsize n;
      double scale;
      gsize j = any ? skip_sep (s, len, i, TRUE) : i;

      if (any && !ordinal)
        {
          gsize a = match_word (s + j, len - j, "and");
          if (a)
            {
              gsize k = skip_sep (s, len, j + a, FALSE);
              const Word *w2;
              gsize n2;
              if (match_unit (s, len, k, &w2, &n2))
                j = k;
            }
        }
      else if (!any)
        {
          /* "a hundred", "an eight" is not a number, "a dozen" is. */
          gsize a = match_word (s + j, len - j, "a");
          if (!a)
            a = match_word (s + j, len - j, "an");
          if (a)
            {
              gsize k = skip_sep (s, len, j + a, FALSE);
              double sc;
              gsize n2;
              /* Only spelled scales: "a bn" is not English. */
              if (match_scale (s, len, k, &sc, &n2) && n2 > 2
                  && g_ascii_isalpha (s[k]) && s[k + n2 - 1] != '.')
                {
                  group = 1;
                  any = TRUE;
                  i = j = k;
                }
              else if (match_word (s + k, len - k, "dozen"))
                j = k;
            }
        }
      if (!ordinal && match_unit (s, len, j, &w, &n))
        {
          /* "twenty four": a unit may follow tens; two units in a row
           * ("one two") end the number. */
          if (any && group > 0 && !(last_was_tens && w->value < 10)
              && (int)group % 100 != 0 && strncmp (w->word, "dozen", 5) != 0)
            break;
          if (w->value == 12 && strncmp (w->word, "dozen", 5) == 0)
            {
              /* "dozens" alone is a vague crowd, not twelve. */
              if (!any && w->word[5] == 's')
                break;
              group = (group ? group : 1) * 12;
            }
          else
            group += w->value;
          last_was_tens = w->value >= 20 && w->value % 10 == 0;
          ordinal = w->ordinal;
          any = TRUE;
          i = end = j + n;
          continue;
        }
      if (any && !ordinal && group < 1000
          && (n = match_word (s + j, len - j, "point")))
        {
          /* "two point five": single digits after "point". */
          gsize k = skip_sep (s, len, j + n, FALSE), m;
          const Word *d;
          double place = 0.1, frac = 0;
          gsize last = 0;

          while (match_unit (s, len, k, &d, &m) && d->value < 10
                 && !d->ordinal)
            {
              frac += d->value * place;
              place /= 10;
              last = k + m;
              k = skip_sep (s, len, last, FALSE);
            }
          if (last)
            {
              group += frac;
              i = end = last;
              last_was_tens = FALSE;
              continue;
            }
        }
      if (any && !ordinal && match_scale (s, len, j, &scale, &n)
          && g_ascii_isalpha (s[j]) && n > 2)
        {
          if (scale == 100)
            group = (group ? group : 1) * 100;
          else
            {
              total += (group ? group : 1) * scale;
              group = 0;
            }
          /* "hundredth", "thousandth" */
          if (j + n + 2 <= len && match_word (s + j + n, len - j - n, "th"))
            {
              ordinal = TRUE;
              n += 2;
            }
          last_was_tens = FALSE;
          i = end = j + n;
          continue;
        }
      break;
    }
  if (!any || end == 0)
    return FALSE;
  out->value = total + group;
  out->len = end;
  out->words = TRUE;
  out->ordinal = ordinal;
  return TRUE;
}

gboolean
fd_numword_parse (const char *s, gsize len, FdNumber *out)
{
  gsize n;

  memset (out, 0, sizeof *out);
  if (len == 0)
    return FALSE;
  if (g_ascii_isdigit (s[0]))
    return parse_digits (s, len, out);
  if (s[0] == '.' && len > 1 && g_ascii_isdigit (s[1]))
    {
      /* ".77": read "0.77" and count the bytes actually present. */
      g_autofree char *buf = g_strndup (s, MIN (len, 64));
      g_autofree char *z = g_strconcat ("0", buf, NULL);
      if (!parse_digits (z, strlen (z), out))
        return FALSE;
      out->len--;
      return TRUE;
    }
  /* Most words of a text start with a letter no number word starts with
   * ("a", "an", "half", the units): parse_words would return FALSE. */
  if (!fd_numword_initial ((guchar)s[0]))
    return FALSE;
  if ((n = match_word (s, len, "half")))
    {
      out->value = 0.5;
      out->len = n;
      out->words = TRUE;
      return TRUE;
    }
  return parse_words (s, len, out);
}

gboolean
fd_numword_is_opener_word (const char *w, gsize n)
{
  /* The first words parse_words accepts: "a", "an", "half", a unit. */
  if (n == 1)
    return ascii_lower (w[0]) == 'a';
  if (n == 2 && ascii_lower (w[0]) == 'a' && ascii_lower (w[1]) == 'n')
    return TRUE;
  if (n == 4 && match_word (w, n, "half"))
    return TRUE;
  return n > 0 && unit_letter (w[0]) && fd_word_set_has (&units_set, w, n);
}

/* Sets the bits of @w in @o. */
static void
openers_add (FdNumwordOpeners *o, const char *w)
{
  gsize n = strlen (w);

  g_assert (n > 0 && n <= FD_NUMWORD_OPENER_MAX);
  o->firsts[n] |= 1u << ((guchar)w[0] & 31);
  o->lasts[n] |= 1u << ((guchar)w[n - 1] & 31);
}

const FdNumwordOpeners *
fd_numword_openers (void)
{
  static FdNumwordOpeners o;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      /* What fd_numword_is_opener_word accepts: "a", "an", "half" and
       * the words of units[]. */
      openers_add (&o, "a");
      openers_add (&o, "an");
      openers_add (&o, "half");
      for (gsize k = 0; k < G_N_ELEMENTS (units); k++)
        openers_add (&o, units[k].word);
      g_once_init_leave (&ready, 1);
    }
  return &o;
}

gboolean
fd_numword_may_start (const char *s, gsize len)
{
  if (len == 0)
    return FALSE;
  if (g_ascii_isdigit (s[0]) || s[0] == '.')
    return TRUE;
  return fd_numword_is_opener (s, fd_ascii_word_run (s, s + len, TRUE));
}

double
fd_numword_scale (const char *s, gsize len, gsize *n)
{
  double v = 0;

  *n = 0;
  if (!match_scale (s, len, 0, &v, n))
    return 0;
  return v;
}
