/* number.c - see number.h.
 *
 * Each content sentence is scanned for the start of a word that opens a
 * quantity: a currency sign or code, then a number as numword reads it.
 * Around that number a few tests decide whether it is a quantity at all
 * (a year, a day of the month, a clock time, a duration, part of a name
 * are not), then the words after it give the range, the percent sign or
 * currency word, and the noun counted, and the words before it the hedge.
 * The rules are deliberately conservative: a fact-checker stops trusting a
 * tool after a few false alarms, so a doubtful number is dropped. */
#include "claims/number.h"

#include "claims/numword.h"

#include <math.h>
#include <string.h>

/* The sentence being scanned: every helper stays inside [lo, hi). */
typedef struct
{
  const char *t;
  gsize lo, hi;
} Span;

/* What one quantity turned out to be. */
typedef struct
{
  gsize start, end;   /* claim span */
  gsize skip;         /* where scanning resumes */
  double value, vmax; /* vmax < 0: no range */
  const char *currency;
  const char *hedge;
  char *unit; /* owned */
  gboolean ordinal;
} Quantity;

typedef struct
{
  const char *text;
  const char *code;
} Currency;

/* Signs and codes written before the amount; longest first so that "US$"
 * wins over "$". */
static const Currency cur_prefix[] = {
  { "US$", "USD" }, { "HK$", "HKD" }, { "NZ$", "NZD" }, { "A$", "AUD" },
  { "C$", "CAD" },  { "S$", "SGD" },  { "R$", "BRL" },  { "$", "USD" },
  { "€", "EUR" },   { "£", "GBP" },   { "¥", "JPY" },   { "₩", "KRW" },
  { "₹", "INR" },   { "USD", "USD" }, { "EUR", "EUR" }, { "GBP", "GBP" },
  { "JPY", "JPY" }, { "KRW", "KRW" }, { "CNY", "CNY" }, { "INR", "INR" },
  { "Rs.", "INR" }, { "Rs", "INR" },
};

/* Currency words and codes written after the amount. */
static const Currency cur_suffix[] = {
  { "dollars", "USD" },
  { "dollar", "USD" },
  { "euros", "EUR" },
  { "euro", "EUR" },
  { "yen", "JPY" },
  { "won", "KRW" },
  { "yuan", "CNY" },
  { "renminbi", "CNY" },
  { "rupees", "INR" },
  { "rupee", "INR" },
  { "roubles", "RUB" },
  { "rubles", "RUB" },
  { "pounds sterling", "GBP" },
  { "USD", "USD" },
  { "EUR", "EUR" },
  { "GBP", "GBP" },
  { "JPY", "JPY" },
  { "KRW", "KRW" },
  { "CNY", "CNY" },
};

/* Hedges before the number, longest first so that "no more than" wins
 * over "more than". */
static const char *const hedges[] = {
  "no more than", "no fewer than", "no less than", "in excess of",
  "as many as",   "as much as",    "as few as",    "as little as",
  "upwards of",   "more than",     "less than",    "fewer than",
  "at least",     "at most",       "up to",        "close to",
  "just over",    "just under",    "an estimated", "approximately",
  "about",        "around",        "nearly",       "almost",
  "roughly",      "some",          "over",         "under",
  "approx.",      "circa",         "estimated",
};

/* Words after a number that make it a duration or a clock time: those
 * belong to the temporal extractor. */
static const char *const time_units[] = {
  "second",     "seconds",   "sec",       "secs",     "minute",    "minutes",
  "min",        "mins",      "hour",      "hours",    "hr",        "hrs",
  "day",        "days",      "week",      "weeks",    "month",     "months",
  "year",       "years",     "yr",        "yrs",      "decade",    "decades",
  "century",    "centuries", "night",     "nights",   "weekend",   "weekends",
  "millennium", "millennia", "fortnight", "year-old", "years-old", "a.m.",
  "p.m.",       "am",        "pm",        "o'clock",  "GMT",       "UTC",
  "JST",        "KST",       "EST",       "EDT",      "BST",
};

static const char *const months[] = {
  "january", "february", "march",     "april",   "may",      "june",
  "july",    "august",   "september", "october", "november", "december",
  "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
  "aug",     "sep",      "sept",      "oct",     "nov",      "dec",
};

/* Words that end the search for the noun counted. */
static const char *const stopwords[] = {
  "of",      "in",      "on",     "at",     "to",     "for",     "from",
  "with",    "by",      "and",    "or",     "but",    "as",      "than",
  "that",    "which",   "who",    "whom",   "whose",  "the",     "a",
  "an",      "this",    "these",  "those",  "is",     "are",     "was",
  "were",    "be",      "been",   "has",    "have",   "had",     "will",
  "would",   "can",     "could",  "may",    "might",  "should",  "must",
  "said",    "says",    "per",    "each",   "into",   "over",    "under",
  "about",   "after",   "before", "since",  "during", "while",   "when",
  "where",   "it",      "its",    "their",  "his",    "her",     "our",
  "they",    "he",      "she",    "we",     "you",    "i",       "not",
  "no",      "so",      "if",     "then",   "also",   "only",    "just",
  "ago",     "more",    "less",   "apiece", "each",   "out",     "among",
  "between", "against", "up",     "down",   "off",    "through", "across",
  "toward",  "towards", "there",  "here",   "what",   "how",     "why",
  "all",     "both",    "either",
};

/* Before "one", these make it a pronoun ("the one", "no one"). */
static const char *const one_pron_before[] = {
  "the",      "this",   "that",  "each",    "every",
  "any",      "no",     "which", "someone", "anyone",
  "everyone", "no-one", "such",  "another", "like",
};

/* Before a spelled number, these make it a reference to things already
 * counted ("the two leaders", "both three", "their two countries"), not a
 * count the article claims. */
static const char *const definite_before[] = {
  "the", "these", "those", "their", "its",  "our",
  "his", "her",   "your",  "my",    "both", "all",
};

/* Plurals that do not end in "s". */
static const char *const irregular_plurals[] = {
  "people", "children", "men",   "women",     "police", "personnel", "staff",
  "cattle", "sheep",    "fish",  "aircraft",  "deer",   "data",      "feet",
  "teeth",  "mice",     "geese", "livestock", "crew",   "troops",
};

/* Words before a bare integer that make it a label, not a count. */
static const char *const label_words[] = {
  "article",  "section",  "chapter", "page",       "flight", "route",
  "highway",  "room",     "gate",    "level",      "phase",  "round",
  "game",     "stage",    "episode", "season",     "vol.",   "volume",
  "part",     "item",     "act",     "resolution", "unit",   "block",
  "zone",     "category", "version", "model",      "line",   "platform",
  "terminal", "district", "ward",    "precinct",   "lane",   "exit",
  "seat",     "row",      "box",     "number",
};

static gboolean
wordc (char c)
{
  return g_ascii_isalnum (c) || (unsigned char)c >= 0x80;
}

static gsize
skip_spaces (const Span *sp, gsize i)
{
  while (i < sp->hi && (sp->t[i] == ' ' || sp->t[i] == '\t'))
    i++;
  return i;
}

/* Length of the word at @i: letters and digits (and UTF-8), joined by
 * inner apostrophes, hyphens and the dots of "U.S.".  0 when @i is not at
 * a word character. */
static gsize
word_len (const Span *sp, gsize i)
{
  gsize j = i;

  while (j < sp->hi)
    {
      if (wordc (sp->t[j]))
        j++;
      else if ((sp->t[j] == '-' || sp->t[j] == '\'' || sp->t[j] == '.')
               && j > i && j + 1 < sp->hi && wordc (sp->t[j + 1]))
        j++;
      else
        break;
    }
  /* "U.S." keeps its last dot: a single letter before it says so. */
  if (j < sp->hi && sp->t[j] == '.' && j >= i + 1
      && (j - i == 1 || sp->t[j - 2] == '.'))
    j++;
  return j - i;
}

static gboolean
word_is (const char *w, gsize n, const char *lit)
{
  return strlen (lit) == n && g_ascii_strncasecmp (w, lit, n) == 0;
}

static gboolean
word_in (const char *w, gsize n, const char *const *list, gsize n_list)
{
  for (gsize k = 0; k < n_list; k++)
    if (word_is (w, n, list[k]))
      return TRUE;
  return FALSE;
}

#define WORD_IN(w, n, list) word_in ((w), (n), (list), G_N_ELEMENTS (list))

/* Finds the word that ends just before @i (spaces between allowed, no
 * punctuation).  Returns its length and start in *@ws, 0 when there is
 * none. */
static gsize
prev_word (const Span *sp, gsize i, gsize *ws)
{
  gsize j = i, e;

  while (j > sp->lo && (sp->t[j - 1] == ' ' || sp->t[j - 1] == '\t'))
    j--;
  e = j;
  if (e > sp->lo && sp->t[e - 1] == '.')
    j--; /* "No.", "Dec." */
  while (j > sp->lo
         && (wordc (sp->t[j - 1])
             || ((sp->t[j - 1] == '-' || sp->t[j - 1] == '.') && j - 1 > sp->lo
                 && wordc (sp->t[j - 2]))))
    j--;
  if (j == e || (e - j == 1 && sp->t[j] == '.'))
    return 0;
  *ws = j;
  return e - j;
}

/* Starting at @i (after a number), the next word after spaces; returns
 * its length and start. */
static gsize
next_word (const Span *sp, gsize i, gsize *ws)
{
  gsize j = skip_spaces (sp, i);

  *ws = j;
  return j < sp->hi ? word_len (sp, j) : 0;
}

static gboolean
is_month (const char *w, gsize n)
{
  if (n > 1 && w[n - 1] == '.')
    n--;
  return WORD_IN (w, n, months);
}

static gboolean
is_time_unit (const char *w, gsize n)
{
  return WORD_IN (w, n, time_units);
}

static gboolean
is_upper_word (const char *w)
{
  return g_ascii_isupper (w[0]) || (unsigned char)w[0] >= 0x80;
}

/* A plural noun: ends in "s" but not in "ss", "us" or "is", or is an
 * irregular plural. */
static gboolean
is_plural (const char *w, gsize n)
{
  if (WORD_IN (w, n, irregular_plurals))
    return TRUE;
  if (n < 3 || g_ascii_tolower (w[n - 1]) != 's')
    return FALSE;
  return !(g_ascii_tolower (w[n - 2]) == 's'
           || g_ascii_tolower (w[n - 2]) == 'u'
           || g_ascii_tolower (w[n - 2]) == 'i' || w[n - 2] == '\'');
}

static gboolean
ends_with (const char *w, gsize n, const char *suf)
{
  gsize m = strlen (suf);
  return n > m + 1 && g_ascii_strncasecmp (w + n - m, suf, m) == 0;
}

/* The currency sign or code at @i, or NULL.  Codes need a space or a
 * digit next, and nothing glued before them. */
static const Currency *
match_prefix (const Span *sp, gsize i, gsize *n)
{
  for (gsize k = 0; k < G_N_ELEMENTS (cur_prefix); k++)
    {
      const char *c = cur_prefix[k].text;
      gsize m = strlen (c);
      gsize j;

      if (i + m > sp->hi || strncmp (sp->t + i, c, m) != 0)
        continue;
      j = m;
      if (g_ascii_isalpha (c[m - 1]) || c[m - 1] == '.')
        {
          if (i > sp->lo && sp->t[i - 1] != ' ' && sp->t[i - 1] != '('
              && sp->t[i - 1] != '"')
            continue;
          if (i + j < sp->hi && sp->t[i + j] == ' ')
            j++;
        }
      if (i + j < sp->hi && g_ascii_isdigit (sp->t[i + j]))
        {
          *n = j;
          return &cur_prefix[k];
        }
    }
  return NULL;
}

/* Plain decimal of @v, at most 15 significant digits, no exponent and no
 * trailing zeros: "1200000000", "1.55". */
static char *
format_value (double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32], fmt[16];
  double a = v < 0 ? -v : v;
  int mag = 0, dec;
  gsize n;

  while (a >= 10 && mag < 300)
    {
      a /= 10;
      mag++;
    }
  while (a > 0 && a < 1 && mag > -300)
    {
      a *= 10;
      mag--;
    }
  dec = CLAMP (14 - mag, 0, 15);
  g_snprintf (fmt, sizeof fmt, "%%.%df", dec);
  g_ascii_formatd (buf, sizeof buf, fmt, v);
  n = strlen (buf);
  if (strchr (buf, '.'))
    {
      while (n > 0 && buf[n - 1] == '0')
        buf[--n] = '\0';
      if (n > 0 && buf[n - 1] == '.')
        buf[--n] = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    return g_strdup ("0");
  return g_strdup (buf);
}

/* The number at @p (after any currency sign): numword's reading plus the
 * suffixes glued to digits ("100k", "5m" after a currency).  FALSE when
 * the token is not a number we trust; *@skip then says where it ends. */
static gboolean
read_number (const Span *sp, gsize p, gboolean money, FdNumber *num,
             gsize *skip)
{
  const char *t = sp->t;
  gsize q;

  *skip = p + 1;
  if (!fd_numword_parse (t + p, sp->hi - p, num))
    return FALSE;
  q = p + num->len;
  *skip = q;
  if (num->words)
    return TRUE;
  if (q < sp->hi && g_ascii_isalpha (t[q]) && !num->ordinal)
    {
      gsize n = word_len (sp, q);
      const char *w = t + q;

      /* Only a few suffixes make sense glued to digits; "5G", "1990s",
       * "3D" are names or decades. */
      if (word_is (w, n, "k") || word_is (w, n, "K"))
        num->value *= 1e3;
      else if (money && word_is (w, n, "m"))
        num->value *= 1e6;
      else if ((money || memchr (t + p, '.', q - p)) && word_is (w, n, "M"))
        num->value *= 1e6;
      else if (money && word_is (w, n, "mln"))
        num->value *= 1e6;
      else if (money && word_is (w, n, "b"))
        num->value *= 1e9;
      else
        {
          *skip = q + n;
          return FALSE;
        }
      num->len += n;
      q += n;
      *skip = q;
    }
  /* Clock times, dates with slashes, version numbers, a separator that
   * numword did not take ("1,00"): not a quantity. */
  if (q + 1 < sp->hi && g_ascii_isdigit (t[q + 1])
      && (t[q] == ':' || t[q] == '/' || t[q] == '.' || t[q] == ','))
    {
      while (*skip < sp->hi
             && (g_ascii_isalnum (t[*skip]) || t[*skip] == ':'
                 || t[*skip] == '/' || t[*skip] == '.' || t[*skip] == ','))
        (*skip)++;
      return FALSE;
    }
  return TRUE;
}

static gboolean
year_like (const FdNumber *n, const char *t, gsize p)
{
  return !n->words && !n->ordinal && n->len == 4 && n->value >= 1000
         && n->value < 2200 && g_ascii_isdigit (t[p + 3]);
}

/* The hedge written just before @i, or NULL. */
static const char *
find_hedge (const Span *sp, gsize i)
{
  gsize j = i;

  while (j > sp->lo && sp->t[j - 1] == ' ')
    j--;
  for (gsize k = 0; k < G_N_ELEMENTS (hedges); k++)
    {
      gsize m = strlen (hedges[k]);
      if (m > j - sp->lo
          || g_ascii_strncasecmp (sp->t + j - m, hedges[k], m) != 0)
        continue;
      if (j - m > sp->lo && wordc (sp->t[j - m - 1]))
        continue;
      return hedges[k];
    }
  return NULL;
}

/* The noun counted after @i: skips capitalised words (nationalities and
 * names: "US", "South Korean") and takes the head of the next run of
 * lower-case words.  For counts above one the first plural in the run is
 * the head ("30 nuclear warheads"); otherwise the run is cut before a
 * participle or adverb and its last word taken ("60th anniversary").
 * Returns the noun's start and length (0 when there is none). */
static gsize
find_noun (const Span *sp, gsize i, gboolean plural, gboolean ordinal,
           gsize *ns)
{
  gsize ws[3], wl[3], k = 0, j = i, skipped = 0;

  while (k < 3)
    {
      gsize s, n = next_word (sp, j, &s);
      const char *w = sp->t + s;

      if (n == 0 || g_ascii_isdigit (w[0]) || WORD_IN (w, n, stopwords))
        break;
      if (is_upper_word (w))
        {
          /* Capitalised words after the noun run end it; before it they
           * are adjectives, at most two of them. */
          if (k > 0 || ++skipped > 2)
            break;
          j = s + n;
          continue;
        }
      if (k > 0 && (ends_with (w, n, "ed") || ends_with (w, n, "ly")))
        break;
      ws[k] = s;
      wl[k] = n;
      /* A possessive is the head: "two leaders' first talks". */
      if (n > 3 && strncmp (w + n - 3, "’", 3) == 0)
        {
          *ns = s;
          return n - 3;
        }
      if (n > 4 && strncmp (w + n - 4, "’s", 4) == 0)
        {
          *ns = s;
          return n - 4;
        }
      if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
        {
          *ns = s;
          return n - 2;
        }
      k++;
      j = s + n;
      if (j < sp->hi && sp->t[j] == '\'')
        {
          *ns = s;
          return n;
        }
      /* Punctuation ends the phrase. */
      if (j >= sp->hi || sp->t[j] != ' ')
        break;
    }
  if (k == 0)
    return 0;
  if (plural)
    for (gsize m = 0; m < k; m++)
      if (is_plural (sp->t + ws[m], wl[m]))
        {
          *ns = ws[m];
          return wl[m];
        }
  for (gsize m = 1; m < k; m++)
    if (ends_with (sp->t + ws[m], wl[m], "ing"))
      k = m;
  if (ordinal)
    {
      /* "60th anniversary parade" ranks anniversaries; "2nd largest
       * economy" ranks economies. */
      for (gsize m = 0; m < k; m++)
        if (!ends_with (sp->t + ws[m], wl[m], "est"))
          {
            *ns = ws[m];
            return wl[m];
          }
    }
  *ns = ws[k - 1];
  return wl[k - 1];
}

/* A lower-case copy of the word at @s. */
static char *
lower_word (const char *s, gsize n)
{
  char *w = g_ascii_strdown (s, (gssize)n);
  return w;
}

/* Reads the quantity that opens at @i; FALSE when there is none (q->skip
 * still says where to go on). */
static gboolean
read_quantity (const Span *sp, gsize i, Quantity *q)
{
  const char *t = sp->t;
  const Currency *cur;
  gsize cn = 0, p, e, ws = 0, wn, ns = 0, nn;
  FdNumber num, num2;
  gboolean range = FALSE, percent = FALSE;
  gboolean sent_start, neg = FALSE;
  double scale2 = 0;

  memset (q, 0, sizeof *q);
  q->vmax = -1;
  q->skip = i + 1;
  if (t[i] == '-' || strncmp (t + i, "−", 3) == 0)
    {
      /* A minus sign glued to the digits: "-504", "−1.2%". */
      neg = TRUE;
      i += t[i] == '-' ? 1 : 3;
    }
  cur = match_prefix (sp, i, &cn);
  p = i + cn;
  if (!read_number (sp, p, cur != NULL, &num, &q->skip))
    return FALSE;
  e = p + num.len;
  q->value = num.value;
  q->ordinal = num.ordinal;

  /* Glued to a word by a hyphen ("G-7", "Covid-19", "F-16"), or after
   * "#", a slash or a colon: part of a name or a code. */
  if (p > sp->lo
      && (t[p - 1] == '#' || t[p - 1] == '/' || t[p - 1] == ':'
          || (t[p - 1] == '-' && p - 1 > sp->lo && wordc (t[p - 2]))))
    return FALSE;

  wn = prev_word (sp, i, &ws);
  sent_start = TRUE;
  for (gsize k = sp->lo; k < i; k++)
    if (wordc (t[k]))
      sent_start = FALSE;

  /* Days of the month: "June 17", "Dec. 24". */
  if (wn && is_month (t + ws, wn))
    return FALSE;

  if (num.words)
    {
      gboolean one = num.value == 1 && word_is (t + p, num.len, "one");
      gsize n2s, n2 = next_word (sp, e, &n2s);

      if (wn && num.value < 20 && WORD_IN (t + ws, wn, definite_before))
        return FALSE;
      /* "three-way", "two-day": a compound adjective, not a count. */
      if (e < sp->hi && t[e] == '-')
        return FALSE;

      /* "Group of Seven", "Big Three": a capitalised number word inside a
       * sentence is part of a name. */
      if (g_ascii_isupper (t[p]) && !sent_start && !find_hedge (sp, i))
        return FALSE;
      /* "first", "second" and "third" are adverbs, time units and
       * fractions too often; "a fifth" is a fraction. */
      if (num.ordinal
          && (num.value <= 3
              || (wn
                  && (word_is (t + ws, wn, "a")
                      || word_is (t + ws, wn, "one")))))
        return FALSE;
      if (one)
        {
          /* "one" counts only when a plain noun follows: not "one of",
           * "the one", "one-on-one", "no one". */
          if (e < sp->hi && (t[e] == '-' || t[e] == '\''))
            return FALSE;
          if (wn && WORD_IN (t + ws, wn, one_pron_before))
            return FALSE;
          if (n2 == 0 || WORD_IN (t + n2s, n2, stopwords)
              || word_is (t + n2s, n2, "another") || is_upper_word (t + n2s))
            return FALSE;
        }
    }
  else if (!cur && !num.ordinal && wn && num.value < 1000
           && num.value == (double)(gint64)num.value && num.len < 4)
    {
      /* "Article 5", "Windows 11", "Flight 17": a label, not a count.
       * "No. 1" is a rank. */
      if (word_is (t + ws, wn, "No.") || word_is (t + ws, wn, "No"))
        {
          q->ordinal = TRUE;
        }
      else if (WORD_IN (t + ws, wn, label_words)
               || (is_upper_word (t + ws) && !WORD_IN (t + ws, wn, stopwords)
                   && !find_hedge (sp, i)))
        return FALSE;
    }

  /* A range: "10-15", "10 to 15", "two to three", "$1-2 billion",
   * "between 10 and 15". */
  {
    gsize j = skip_spaces (sp, e), sep = 0;
    if (j < sp->hi && t[j] == '-')
      sep = 1;
    else if (j + 3 <= sp->hi && strncmp (t + j, "–", 3) == 0)
      sep = 3;
    else if (j + 2 < sp->hi
             && (strncmp (t + j, "to ", 3) == 0
                 || strncmp (t + j, "or ", 3) == 0))
      sep = 2;
    else if (j + 3 < sp->hi && strncmp (t + j, "and ", 4) == 0 && wn
             && word_is (t + ws, wn, "between"))
      sep = 3;
    if (sep)
      {
        gsize k = skip_spaces (sp, j + sep), cn2 = 0, skip2;
        if (cur && match_prefix (sp, k, &cn2) == NULL)
          cn2 = 0;
        k += cn2;
        if (k < sp->hi && (g_ascii_isdigit (t[k]) || num.words)
            && read_number (sp, k, cur != NULL, &num2, &skip2)
            && num2.words == num.words && !num2.ordinal)
          {
            gsize sn;
            double v1 = num.value;
            /* The scale written once serves both ends: "1-2 billion". */
            for (gsize m = k; m < k + num2.len; m++)
              if (!wordc (t[m - 1]) || m == k)
                {
                  double sc = fd_numword_scale (t + m, k + num2.len - m, &sn);
                  if (sc > 100 && m + sn == k + num2.len)
                    scale2 = sc;
                }
            if (scale2 > 0 && fd_numword_scale (t + e, 0, &sn) == 0
                && v1 * scale2 <= num2.value && v1 < 1000)
              v1 *= scale2;
            if (year_like (&num, t, p) && !num2.words)
              {
                q->skip = skip2;
                return FALSE;
              }
            if (v1 < num2.value)
              {
                range = TRUE;
                q->value = v1;
                q->vmax = num2.value;
                e = k + num2.len;
              }
            else if (sep == 1 && !num.words)
              {
                /* "3-1": a score or a code. */
                q->skip = skip2;
                return FALSE;
              }
          }
      }
  }

  /* Percent: "1.8%", "12 percent", "12 per cent", "percentage points". */
  {
    gsize j = skip_spaces (sp, e), s2, n2;
    if (j < sp->hi && t[j] == '%')
      {
        percent = TRUE;
        e = j + 1;
        q->unit = g_strdup ("%");
      }
    else if ((n2 = next_word (sp, e, &s2)) > 0)
      {
        const char *w = t + s2;
        if (word_is (w, n2, "percent") || word_is (w, n2, "pct"))
          {
            percent = TRUE;
            e = s2 + n2;
            q->unit = g_strdup ("%");
          }
        else if (word_is (w, n2, "per") && s2 + 8 <= sp->hi
                 && g_ascii_strncasecmp (w, "per cent", 8) == 0
                 && (s2 + 8 == sp->hi || !wordc (t[s2 + 8])))
          {
            percent = TRUE;
            e = s2 + 8;
            q->unit = g_strdup ("%");
          }
        else if (word_is (w, n2, "percentage"))
          {
            gsize s3, n3 = next_word (sp, s2 + n2, &s3);
            if (n3
                && (word_is (t + s3, n3, "point")
                    || word_is (t + s3, n3, "points")))
              {
                percent = TRUE;
                e = s3 + n3;
                q->unit = g_strdup ("percentage point");
              }
          }
      }
  }

  /* Currency after the amount: "seventy million dollars", "5 trillion
   * won", "50 cents". */
  if (!percent && !cur)
    {
      gsize s2, n2 = next_word (sp, e, &s2);
      if (n2 && (word_is (t + s2, n2, "US") || word_is (t + s2, n2, "U.S.")))
        {
          gsize s3, n3 = next_word (sp, s2 + n2, &s3);
          if (n3
              && (word_is (t + s3, n3, "dollars")
                  || word_is (t + s3, n3, "dollar")))
            {
              s2 = s3;
              n2 = n3;
            }
        }
      for (gsize k = 0; n2 && k < G_N_ELEMENTS (cur_suffix); k++)
        {
          gsize m = strlen (cur_suffix[k].text);
          if (s2 + m <= sp->hi
              && g_ascii_strncasecmp (t + s2, cur_suffix[k].text, m) == 0
              && (s2 + m == sp->hi || !wordc (t[s2 + m]))
              && (g_ascii_islower (t[s2]) || g_ascii_isupper (t[s2 + 1])))
            {
              cur = &cur_suffix[k];
              e = s2 + m;
              break;
            }
        }
      if (!cur && n2
          && (word_is (t + s2, n2, "cents") || word_is (t + s2, n2, "cent")))
        {
          static const Currency cents = { "cents", "USD" };
          cur = &cents;
          q->value /= 100;
          if (range)
            q->vmax /= 100;
          e = s2 + n2;
        }
    }
  if (cur)
    {
      g_free (q->unit);
      q->unit = g_strdup (cur->code);
    }

  q->start = i;
  q->end = e;
  q->skip = MAX (q->skip, e);

  if (!percent && !cur)
    {
      gsize s2, n2 = next_word (sp, e, &s2);
      gboolean plural;

      /* A duration or a clock time ("30 minutes", "30-minute", "3 p.m.",
       * "15:46 JST"), or a date ("17 June"): the temporal extractor's. */
      if (e + 1 < sp->hi && t[e] == '-' && g_ascii_isalpha (t[e + 1]))
        {
          gsize hl = word_len (sp, e + 1);
          /* The first part of the compound: "year" of "year-old". */
          gsize cl = strcspn (t + e + 1, "- ,.;:)\"'");

          if (cl > hl)
            cl = hl;
          if (is_time_unit (t + e + 1, hl) || is_time_unit (t + e + 1, cl)
              || (num.words && num.value == 1))
            goto reject;
          /* "three-way", "10-point": the compound names what is
           * counted. */
          if (q->ordinal)
            {
              g_autofree char *w = lower_word (t + e + 1, cl);
              q->unit = g_strconcat ("ordinal:", w, NULL);
            }
          else
            q->unit = lower_word (t + e + 1, cl);
          q->skip = MAX (q->skip, e + 1 + hl);
          goto accept;
        }
      if (n2 && (is_time_unit (t + s2, n2) || is_month (t + s2, n2)))
        goto reject;
      if (n2 && word_is (t + s2, n2, "of"))
        {
          gsize s3, n3 = next_word (sp, s2 + n2, &s3);
          if (n3 && is_month (t + s3, n3))
            goto reject;
        }
      plural = !q->ordinal && (range || q->value != 1);
      nn = find_noun (sp, e, plural, q->ordinal, &ns);
      if (nn && is_time_unit (t + ns, nn))
        goto reject;
      /* A year stands alone or before a name; a count of 2000 things
       * names the things. */
      if (year_like (&num, t, p) && !range && !(nn && is_plural (t + ns, nn)))
        goto reject;
      if (q->ordinal)
        {
          if (nn)
            {
              g_autofree char *w = lower_word (t + ns, nn);
              q->unit = g_strconcat ("ordinal:", w, NULL);
            }
          else
            q->unit = g_strdup ("ordinal");
        }
      else if (nn)
        q->unit = lower_word (t + ns, nn);
    }

accept:
  if (neg)
    {
      q->start = i - (t[i - 1] == '-' ? 1 : 3);
      q->value = -q->value;
      q->vmax = range ? -q->vmax : q->vmax;
    }
  else if (wn
           && (word_is (t + ws, wn, "minus")
               || word_is (t + ws, wn, "negative")))
    {
      q->start = ws;
      q->value = -q->value;
      i = ws;
    }
  q->hedge = find_hedge (sp, i);
  if (!q->hedge)
    {
      gsize s2, n2 = next_word (sp, q->end, &s2);
      if (n2 && word_is (t + s2, n2, "or"))
        {
          gsize s3, n3 = next_word (sp, s2 + n2, &s3);
          if (n3 && word_is (t + s3, n3, "more"))
            q->hedge = "or more";
        }
    }
  return TRUE;

reject:
  g_clear_pointer (&q->unit, g_free);
  return FALSE;
}

static void
extract_sentence (const FdDoc *doc, const FdSentence *s, GPtrArray *out)
{
  Span sp = { doc->text, s->start, s->end };
  gsize i = s->start;

  while (i < s->end)
    {
      Quantity q;
      unsigned char c = (unsigned char)doc->text[i];

      /* A quantity opens a word: never inside "G7" or "KOSPI200". */
      if ((i > s->start && wordc (doc->text[i - 1]))
          || !(g_ascii_isalnum (c) || c >= 0x80 || c == '$'
               || ((c == '-' || c == '.') && i + 1 < s->end
                   && g_ascii_isdigit (doc->text[i + 1]))
               || (c == 0xe2 && i + 3 < s->end
                   && strncmp (doc->text + i, "−", 3) == 0
                   && g_ascii_isdigit (doc->text[i + 3]))))
        {
          i++;
          continue;
        }
      if (!read_quantity (&sp, i, &q))
        {
          /* Move past the word we could not read. */
          gsize n = word_len (&sp, i);
          i = MAX (q.skip, i + MAX (n, 1));
          continue;
        }
      /* A number past the range of a double (400 digits) is no figure
       * anyone can compare: skip it rather than claim "inf". */
      if (!isfinite (q.value) || (q.vmax >= 0 && !isfinite (q.vmax)))
        {
          g_free (q.unit);
          i = q.skip;
          continue;
        }
      {
        FdClaim *c2 = fd_claim_new (FD_CLAIM_NUMBER, doc, q.start, q.end);
        c2->value = format_value (q.value);
        if (q.vmax >= 0)
          c2->value_max = format_value (q.vmax);
        c2->unit = q.unit;
        c2->hedge = g_strdup (q.hedge);
        g_ptr_array_add (out, c2);
      }
      i = q.skip;
    }
}

void
fd_number_extract (const FdDoc *doc, GPtrArray *out)
{
  for (guint k = 0; k < doc->n_sents; k++)
    if (fd_line_class_is_content (doc->sents[k].cls))
      extract_sentence (doc, &doc->sents[k], out);
}

char *
fd_number_unit_key (const char *unit)
{
  static const char *const irregular[][2] = {
    { "people", "person" },  { "men", "man" },     { "women", "woman" },
    { "children", "child" }, { "feet", "foot" },   { "teeth", "tooth" },
    { "mice", "mouse" },     { "geese", "goose" },
  };
  const char *w;
  char *lower, *out;
  gsize n, pre;

  if (!unit)
    return NULL;
  lower = g_ascii_strdown (unit, -1);
  w = strncmp (lower, "ordinal:", 8) == 0 ? lower + 8 : lower;
  pre = (gsize)(w - lower);
  n = strlen (w);
  for (gsize k = 0; k < G_N_ELEMENTS (irregular); k++)
    if (strcmp (w, irregular[k][0]) == 0)
      {
        out = g_strdup_printf ("%.*s%s", (int)pre, lower, irregular[k][1]);
        g_free (lower);
        return out;
      }
  if (n > 3 && g_str_has_suffix (w, "ies"))
    {
      lower[pre + n - 3] = 'y';
      lower[pre + n - 2] = '\0';
    }
  else if (n > 4
           && (g_str_has_suffix (w, "ches") || g_str_has_suffix (w, "shes")
               || g_str_has_suffix (w, "sses") || g_str_has_suffix (w, "xes")))
    lower[pre + n - 2] = '\0';
  else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u'
           && w[n - 2] != 'i')
    lower[pre + n - 1] = '\0';
  return lower;
}

gboolean
fd_number_is_ordinal (const FdClaim *claim)
{
  return claim->unit
         && (strcmp (claim->unit, "ordinal") == 0
             || g_str_has_prefix (claim->unit, "ordinal:"));
}
