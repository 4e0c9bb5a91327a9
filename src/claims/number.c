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
#include "claims/wordset.h"
#include "core/ascii8.h"

#include <math.h>
#include <string.h>

/* The sentence being scanned: every helper stays inside [lo, hi). */
typedef struct
{
  const char *t;
  gsize lo, hi;
  const FdNumwordOpeners *openers; /* fd_numword_openers () */
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
/* cur_suffix[] by word, for match_suffix; "pounds sterling" is two words
 * and matched by hand. */
static FdWordSet cur_suffix_set = FD_WORD_SET (cur_suffix);

/* Hedges before the number, longest first so that "no more than" wins
 * over "more than". */
typedef struct
{
  const char *text;
  gsize len; /* strlen (text) */
} Hedge;

#define HEDGE(s)                                                              \
  {                                                                           \
    s, sizeof (s) - 1                                                         \
  }
static const Hedge hedges[] = {
  HEDGE ("no more than"), HEDGE ("no fewer than"), HEDGE ("no less than"),
  HEDGE ("in excess of"), HEDGE ("as many as"),    HEDGE ("as much as"),
  HEDGE ("as few as"),    HEDGE ("as little as"),  HEDGE ("upwards of"),
  HEDGE ("more than"),    HEDGE ("less than"),     HEDGE ("fewer than"),
  HEDGE ("at least"),     HEDGE ("at most"),       HEDGE ("up to"),
  HEDGE ("close to"),     HEDGE ("just over"),     HEDGE ("just under"),
  HEDGE ("an estimated"), HEDGE ("approximately"), HEDGE ("about"),
  HEDGE ("around"),       HEDGE ("nearly"),        HEDGE ("almost"),
  HEDGE ("roughly"),      HEDGE ("some"),          HEDGE ("over"),
  HEDGE ("under"),        HEDGE ("approx."),       HEDGE ("circa"),
  HEDGE ("estimated"),
};
#undef HEDGE

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
static FdWordSet time_units_set = FD_WORD_SET (time_units);

static const char *const months[] = {
  "january", "february", "march",     "april",   "may",      "june",
  "july",    "august",   "september", "october", "november", "december",
  "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
  "aug",     "sep",      "sept",      "oct",     "nov",      "dec",
};
static FdWordSet months_set = FD_WORD_SET (months);

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
  "all",     "both",    "either", "last",   "next",   "every",
};
static FdWordSet stopwords_set = FD_WORD_SET (stopwords);

/* Before "one", these make it a pronoun ("the one", "no one"). */
static const char *const one_pron_before[] = {
  "the",      "this",   "that",  "each",    "every",
  "any",      "no",     "which", "someone", "anyone",
  "everyone", "no-one", "such",  "another", "like",
};
static FdWordSet one_pron_before_set = FD_WORD_SET (one_pron_before);

/* Before a spelled number, these make it a reference to things already
 * counted ("the two leaders", "both three", "their two countries"), not a
 * count the article claims. */
static const char *const definite_before[] = {
  "the", "these", "those", "their", "its",  "our",
  "his", "her",   "your",  "my",    "both", "all",
};
static FdWordSet definite_before_set = FD_WORD_SET (definite_before);

/* Plurals that do not end in "s". */
static const char *const irregular_plurals[] = {
  "people", "children", "men",   "women",     "police", "personnel", "staff",
  "cattle", "sheep",    "fish",  "aircraft",  "deer",   "data",      "feet",
  "teeth",  "mice",     "geese", "livestock", "crew",   "troops",
};
static FdWordSet irregular_plurals_set = FD_WORD_SET (irregular_plurals);

/* Measures that may be glued to the digits ("180km", "46.2C"). */
static const char *const glued_units[] = {
  "km",  "kg", "mm", "cm", "mph", "kph", "ft",   "lb",
  "lbs", "ha", "MW", "GW", "kW",  "kWh", "MWh",  "GWh",
  "TWh", "C",  "F",  "mi", "oz",  "kmh", "km/h",
};

/* Glued units are matched case-sensitively: "5G" is a name, "46.2C" a
 * temperature. */
static gboolean
glued_unit (const char *w, gsize n)
{
  for (gsize k = 0; k < G_N_ELEMENTS (glued_units); k++)
    if (strlen (glued_units[k]) == n && strncmp (w, glued_units[k], n) == 0)
      return TRUE;
  return FALSE;
}

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
static FdWordSet label_words_set = FD_WORD_SET (label_words);

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
 * a word character.  @j (>= @i) is where to read on: a caller that has
 * passed the letters of the word already says so. */
static gsize
word_len_from (const Span *sp, gsize i, gsize j)
{
  /* The word characters come in runs, read eight bytes at a time; only
   * what ends a run is looked at alone. */
  while (j < sp->hi)
    {
      j += fd_ascii_word_run (sp->t + j, sp->t + sp->hi, TRUE);
      if (j < sp->hi
          && (sp->t[j] == '-' || sp->t[j] == '\'' || sp->t[j] == '.') && j > i
          && j + 1 < sp->hi && wordc (sp->t[j + 1]))
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

static gsize
word_len (const Span *sp, gsize i)
{
  return word_len_from (sp, i, i);
}

/* g_ascii_tolower, inlined: it sits in the innermost loops. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* g_ascii_strncasecmp (s, lit, m) == 0 for a @lit of at least @m bytes,
 * inlined (a library call cost more than the compare).  Stops at the
 * first difference, as g_ascii_strncasecmp does at the end of @s. */
static inline gboolean
caseeq (const char *s, const char *lit, gsize m)
{
  for (gsize i = 0; i < m; i++)
    if (ascii_lower (s[i]) != ascii_lower (lit[i]))
      return FALSE;
  return TRUE;
}

/* strlen (lit) == n && g_ascii_strncasecmp (w, lit, n) == 0: word lists
 * are tried on every word.  Always inlined, so that strlen of the
 * literal is a constant and most calls are one comparison of @n with
 * it (a call per word in the list cost more than the whole test). */
G_ALWAYS_INLINE static inline gboolean
word_is (const char *w, gsize n, const char *lit)
{
  if (n != strlen (lit))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (ascii_lower (w[i]) != ascii_lower (lit[i]))
      return FALSE;
  return TRUE;
}

/* Membership in one of the word lists above, each hashed once (see
 * wordset.h): every word of a text is tried against several. */
#define WORD_IN(w, n, list) fd_word_set_has (&list##_set, (w), (n))

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

static inline gboolean
ends_with (const char *w, gsize n, const char *suf)
{
  gsize m = strlen (suf);
  return n > m + 1 && caseeq (w + n - m, suf, m);
}

/* The currency sign or code at @i, or NULL.  Codes need a space or a
 * digit next, and nothing glued before them. */
/* prefix_first[b]: some cur_prefix[] text starts with byte b.  Built
 * once, on first use. */
static gboolean prefix_first[256];

static void
prefix_first_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (gsize k = 0; k < G_N_ELEMENTS (cur_prefix); k++)
        {
          const char *c = cur_prefix[k].text;
          /* digit_within_4 relies on this */
          g_assert ((guchar)c[0] >= 0x80 || strlen (c) <= 3);
          prefix_first[(guchar)c[0]] = TRUE;
        }
      g_once_init_leave (&done, 1);
    }
}

static const Currency *
match_prefix (const Span *sp, gsize i, gsize *n)
{
  /* Tried at every word: most first bytes open no prefix.  The table is
   * built by fd_number_extract. */
  if (i >= sp->hi || !prefix_first[(guchar)sp->t[i]])
    return NULL;
  for (gsize k = 0; k < G_N_ELEMENTS (cur_prefix); k++)
    {
      const char *c = cur_prefix[k].text;
      gsize m, j;

      /* Tried at every word: the first byte rules out most. */
      if (i >= sp->hi || sp->t[i] != c[0])
        continue;
      m = strlen (c);
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

/* The decimal digits of @v, as "%" G_GINT64_FORMAT prints them, written
 * by hand: most figures are whole, and printf's machinery cost a thousand
 * instructions a figure, 4% of the number extractor's work. */
static char *
format_integer (gint64 v)
{
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 u = v < 0 ? -(guint64)v : (guint64)v;

  do
    {
      *--p = (char)('0' + u % 10);
      u /= 10;
    }
  while (u);
  if (v < 0)
    *--p = '-';
  return g_strndup (p, (gsize)(buf + sizeof buf - p));
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

  /* Whole numbers, most figures: "%.Nf" prints their digits exactly and
   * the zeros after the point go, so the integer's digits are the
   * answer (and -0 is 0). */
  if (a < 1e15 && v == (double)(gint64)v)
    return format_integer ((gint64)v);

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

/* The currency word or code at @s ("dollars", "won", "USD", "pounds
 * sterling"), ending at a word boundary, lower case or a code; sets *@e
 * to its end.  The first match in cur_suffix[] order, found by the run of
 * letters at @s (no word of the table is a prefix of another's run). */
static const Currency *
match_suffix (const Span *sp, gsize s, gsize *e)
{
  const char *t = sp->t;
  gsize r = fd_ascii_word_run (t + s, t + sp->hi, TRUE);
  gint k;

  k = fd_word_set_find (&cur_suffix_set, t + s, r);
  if (k < 0 && r == 6 && s + 15 <= sp->hi
      && g_ascii_strncasecmp (t + s, "pounds sterling", 15) == 0
      && (s + 15 == sp->hi || !wordc (t[s + 15])))
    {
      for (k = 0; strcmp (cur_suffix[k].text, "pounds sterling") != 0; k++)
        ;
      r = 15;
    }
  if (k < 0 || !(g_ascii_islower (t[s]) || g_ascii_isupper (t[s + 1])))
    return NULL;
  *e = s + r;
  return &cur_suffix[k];
}

/* Verbs and nouns that make "2-3" a score or a vote. */
static const char *const score_words[] = {
  "won",       "lost",     "beat",   "drew",  "edged",    "defeated",
  "trailed",   "led",      "ruled",  "voted", "thrashed", "routed",
  "leads",     "trails",   "win",    "lose",  "victory",  "defeat",
  "draw",      "loss",     "ruling", "vote",  "decision", "majority",
  "scoreline", "thriller", "set",    "lead",
};
static FdWordSet score_words_set = FD_WORD_SET (score_words);

/* A score rather than a range "2-3" that ends at @e: a verb of winning
 * or voting before it (@ws, @wn: the word before), or a singular word
 * after it that no range counts ("a 2-3 thriller"). */
static gboolean
score_like (const Span *sp, gsize ws, gsize wn, gsize e)
{
  gsize s, n;

  if (wn && WORD_IN (sp->t + ws, wn, score_words))
    return TRUE;
  if (e < sp->hi && !(sp->t[e] == ' ' || sp->t[e] == '\t'))
    return FALSE;
  n = next_word (sp, e, &s);
  return n > 0 && WORD_IN (sp->t + s, n, score_words);
}

/* After "by X to", whether the number at @k ends a range ("cut by 30 to 40
 * per cent") rather than says where a change ended ("fell by 45,000 to
 * 1.3 million"): the ends of a range are close. */
static gboolean
by_range (const Span *sp, gsize k, const FdNumber *first)
{
  FdNumber n;

  k = skip_spaces (sp, k);
  if (k < sp->hi && !g_ascii_isalnum (sp->t[k]))
    {
      gsize cn;
      if (match_prefix (sp, k, &cn))
        k += cn;
    }
  return fd_numword_parse (sp->t + k, sp->hi - k, &n) && first->value > 0
         && n.value > first->value && n.value <= 3 * first->value;
}

/* After "11.30": what makes it a clock time. */
static gboolean
clock_after (const Span *sp, gsize e)
{
  const char *t = sp->t;
  gsize s, n = next_word (sp, e, &s);

  if (n == 0)
    return FALSE;
  if (word_is (t + s, n, "local") || word_is (t + s, n, "am")
      || word_is (t + s, n, "pm") || word_is (t + s, n, "a.m.")
      || word_is (t + s, n, "p.m.") || word_is (t + s, n, "GMT")
      || word_is (t + s, n, "BST") || word_is (t + s, n, "UTC")
      || word_is (t + s, n, "hrs") || word_is (t + s, n, "o'clock"))
    return TRUE;
  return FALSE;
}

/* Adjectives of size after a measure: "400m long". */
static const char *const dimensions[] = {
  "long", "tall", "wide", "high", "deep", "thick", "away", "across",
};
static FdWordSet dimensions_set = FD_WORD_SET (dimensions);

static gboolean
dimension_after (const Span *sp, gsize i)
{
  gsize s, n = next_word (sp, i, &s);
  return n > 0 && WORD_IN (sp->t + s, n, dimensions);
}

/* TRUE when the word after @i is a plural noun. */
static gboolean
plural_after (const Span *sp, gsize i)
{
  gsize s, n = next_word (sp, i, &s);
  return n > 0 && g_ascii_islower (sp->t[s]) && is_plural (sp->t + s, n)
         && !WORD_IN (sp->t + s, n, stopwords);
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
  if (num->words && num->value == 0.5 && word_is (t + p, num->len, "half")
      && q + 6 <= sp->hi
      && (g_ascii_strncasecmp (t + q, " dozen", 6) == 0
          || g_ascii_strncasecmp (t + q, "-dozen", 6) == 0)
      && (q + 6 == sp->hi || !wordc (t[q + 6])))
    {
      num->value = 6; /* "half a dozen" is read by the caller's "a" */
      num->len += 6;
      *skip = q + 6;
      return TRUE;
    }
  if (num->words && num->value == 0.5 && word_is (t + p, num->len, "half"))
    {
      /* "half a million" */
      gsize s2, n2 = next_word (sp, q, &s2), s3, n3, sn;
      double sc;
      if (n2 && word_is (t + s2, n2, "a")
          && (n3 = next_word (sp, s2 + n2, &s3)) > 0
          && word_is (t + s3, n3, "dozen"))
        {
          num->value = 6;
          num->len = s3 + n3 - p;
          *skip = s3 + n3;
        }
      else if (n2 && word_is (t + s2, n2, "a")
               && (n3 = next_word (sp, s2 + n2, &s3)) > 0
               && (sc = fd_numword_scale (t + s3, n3, &sn)) >= 1000
               && sn == n3)
        {
          num->value = sc / 2;
          num->len = s3 + n3 - p;
          *skip = s3 + n3;
        }
      return TRUE;
    }
  if (num->words)
    return TRUE;
  if (q < sp->hi && g_ascii_isalpha (t[q]) && !num->ordinal)
    {
      gsize n = 0;
      const char *w = t + q;

      /* Letters only: the full stop of "$120m." ends the sentence. */
      while (q + n < sp->hi && g_ascii_isalpha (t[q + n]))
        n++;
      if (q + n < sp->hi && wordc (t[q + n]) && !g_ascii_isdigit (t[q + n]))
        n = word_len (sp, q);
      /* A measure glued to the digits ("180km", "46.2C") is read after
       * the number as if a space stood between. */
      if (!money && glued_unit (w, n)
          && (q + n >= sp->hi || !wordc (t[q + n])))
        return TRUE;

      /* Only a few suffixes make sense glued to digits; "5G", "1990s",
       * "3D" are names or decades. */
      if (word_is (w, n, "pc") && (q + n >= sp->hi || !wordc (t[q + n])))
        return TRUE; /* "40pc": percent, read after the number */
      if (word_is (w, n, "k") || word_is (w, n, "K"))
        num->value *= 1e3;
      else if (money && word_is (w, n, "m"))
        num->value *= 1e6;
      else if (word_is (w, n, "m") && q + n < sp->hi && t[q + n] == ' '
               && plural_after (sp, q + n))
        num->value *= 1e6; /* "5m households"; "100m sprint" is metres */
      else if (n == 1 && t[q] == 'm' && !money && q + 1 < sp->hi
               && t[q + 1] == ' ' && dimension_after (sp, q + 1))
        return TRUE; /* "400m long": metres, read after the number */
      else if ((money || memchr (t + p, '.', q - p)) && word_is (w, n, "M"))
        num->value *= 1e6;
      else if (money && word_is (w, n, "mln"))
        num->value *= 1e6;
      else if (money && word_is (w, n, "b"))
        num->value *= 1e9;
      else if (!money && n == 1 && t[q] == 'p')
        return TRUE; /* "380p": pence, read after the number */
      else
        {
          *skip = q + n;
          return FALSE;
        }
      num->len += n;
      q += n;
      *skip = q;
    }
  /* A second scale: "2 lakh crore", "5 thousand crore". */
  if (memchr (t + p, ' ', q - p) && g_ascii_isalpha (t[q - 1]))
    {
      gsize s2, n2 = next_word (sp, q, &s2), sn;
      double sc = n2 ? fd_numword_scale (t + s2, n2, &sn) : 0;
      if (sc >= 1e5 && sn == n2)
        {
          num->value *= sc;
          num->len = s2 + n2 - p;
          q = *skip = s2 + n2;
        }
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
      gsize m = hedges[k].len;
      /* The last byte first: it rules out most hedges at once. */
      if (m > j - sp->lo || ascii_lower (sp->t[j - 1]) != hedges[k].text[m - 1]
          || !caseeq (sp->t + j - m, hedges[k].text, m))
        continue;
      if (j - m > sp->lo && wordc (sp->t[j - m - 1]))
        continue;
      return hedges[k].text;
    }
  return NULL;
}

/* A lower-case copy of the word at @s. */
static char *
lower_word (const char *s, gsize n)
{
  char *w = g_ascii_strdown (s, (gssize)n);
  return w;
}

/* Past tenses that end no "-ed": after a number they are the verb, not
 * the noun counted ("one candidate met the deadline"). */
static const char *const irregular_past[] = {
  "met",    "said",     "told",   "made",  "took",   "came",   "went",
  "gave",   "got",      "left",   "fell",  "rose",   "won",    "lost",
  "saw",    "led",      "ran",    "held",  "paid",   "sold",   "sent",
  "spent",  "built",    "hit",    "put",   "kept",   "stood",  "brought",
  "bought", "became",   "began",  "knew",  "grew",   "wrote",  "spoke",
  "broke",  "chose",    "drove",  "flew",  "fled",   "fought", "found",
  "heard",  "shot",     "struck", "threw", "swam",   "sank",   "stayed",
  "remain", "remained", "joined", "died",  "were",   "did",    "had",
  "dead",   "missing",  "alive",  "hurt",  "aboard",
};
static FdWordSet irregular_past_set = FD_WORD_SET (irregular_past);

/* Adjectives between an ordinal and the noun it ranks ("12th consecutive
 * month"); with them a time unit is ranked, not a date. */
static const char *const ordinal_adjectives[] = {
  "consecutive", "straight", "successive", "annual", "running",
};
static FdWordSet ordinal_adjectives_set = FD_WORD_SET (ordinal_adjectives);

/* Words that join the noun after them into one measure: "square feet",
 * "cubic metres", "basis points". */
static const char *const measure_modifiers[] = {
  "square",
  "cubic",
  "basis",
  "sq",
};
static FdWordSet measure_modifiers_set = FD_WORD_SET (measure_modifiers);

static gboolean
is_verb_after_number (const char *w, gsize n)
{
  if (WORD_IN (w, n, irregular_past))
    return TRUE;
  /* "45,000 watched": a participle right after the number; "seed",
   * "speed" are nouns. */
  return n > 4 && ends_with (w, n, "ed") && !ends_with (w, n, "eed");
}

/* The noun counted after @i: skips capitalised words (nationalities and
 * names: "US", "South Korean", "Boeing 737") and takes the head of the
 * next run of lower-case words.  For counts above one the head is the
 * first plural of the run ("30 nuclear warheads", "320 crew members":
 * crew, as other outlets write "300 crew"); otherwise the run is cut before a
 * participle or adverb and its last word taken ("60th anniversary").  A
 * measure modifier before the head joins it ("square feet").  Returns the
 * noun's start and length (0 when there is none). */
static gsize
find_noun (const Span *sp, gsize i, gboolean plural, gboolean ordinal,
           gsize *ns)
{
  gsize ws[4], wl[4], k = 0, j = i, skipped = 0, h = 0, he;
  gboolean name_before = FALSE;

  while (k < 4)
    {
      gsize s, n = next_word (sp, j, &s);
      const char *w = sp->t + s;

      if (n == 0 || WORD_IN (w, n, stopwords))
        break;
      if (g_ascii_isdigit (w[0]))
        {
          /* The model number of a name: "150 Boeing 737 jets". */
          if (!name_before || k > 0)
            break;
          name_before = FALSE;
          j = s + n;
          continue;
        }
      if (is_upper_word (w))
        {
          /* Capitalised words after the noun run end it; before it they
           * are adjectives, at most two of them. */
          if (k > 0 || ++skipped > 2)
            break;
          name_before = TRUE;
          j = s + n;
          continue;
        }
      name_before = FALSE;
      if (k > 0 && (ends_with (w, n, "ed") || ends_with (w, n, "ly")))
        break;
      /* "45,000 watched the final" ends the phrase; "82 armed men" and
       * "three suspected weapons sites" go on to the noun. */
      if (is_verb_after_number (w, n) && !plural_after (sp, s + n))
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
  h = k;
  if (plural)
    for (gsize m = 0; m < k; m++)
      if (is_plural (sp->t + ws[m], wl[m]))
        {
          h = m;
          break;
        }
  if (h == k)
    {
      for (gsize m = 1; m < k; m++)
        if (ends_with (sp->t + ws[m], wl[m], "ing")
            && !WORD_IN (sp->t + ws[m - 1], wl[m - 1], ordinal_adjectives))
          k = m;
      h = k - 1;
      if (ordinal)
        {
          /* "60th anniversary parade" ranks anniversaries; "2nd largest
           * economy" ranks economies, "second-largest trading partner"
           * partners. */
          for (gsize m = 0; m < k; m++)
            if (!ends_with (sp->t + ws[m], wl[m], "est")
                && !WORD_IN (sp->t + ws[m], wl[m], ordinal_adjectives)
                && !(m + 1 < k && ends_with (sp->t + ws[m], wl[m], "ing")))
              {
                h = m;
                break;
              }
        }
    }
  he = ws[h] + wl[h];
  if (h > 0 && WORD_IN (sp->t + ws[h - 1], wl[h - 1], measure_modifiers))
    h--;
  *ns = ws[h];
  return he - ws[h];
}

/* An age: "aged 6 to 11", "at the age of 36", "The senator, 72, said". */
static gboolean
is_age (const Span *sp, gsize i, gsize p, gsize e, double value)
{
  const char *t = sp->t;
  gsize ws, wn = prev_word (sp, i, &ws), ws2, wn2;

  if (wn && (word_is (t + ws, wn, "aged") || word_is (t + ws, wn, "ages")))
    return TRUE;
  if (wn && (word_is (t + ws, wn, "between") || word_is (t + ws, wn, "of"))
      && (wn2 = prev_word (sp, ws, &ws2)) > 0
      && (word_is (t + ws2, wn2, "aged") || word_is (t + ws2, wn2, "age")
          || word_is (t + ws2, wn2, "ages")))
    return TRUE;
  if (i >= sp->lo + 2 && t[i - 1] == ' ' && t[i - 2] == ',' && e < sp->hi
      && t[e] == ',' && value >= 1 && value <= 120 && e - p <= 3)
    {
      for (gsize k = p; k < e; k++)
        if (!g_ascii_isdigit (t[k]))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* Past the other end of a range that starts before @e ("6 to 11"), or @e. */
static gsize
skip_range (const Span *sp, gsize e)
{
  const char *t = sp->t;
  gsize j = skip_spaces (sp, e), k;
  FdNumber n;

  if (j < sp->hi && t[j] == '-')
    k = j + 1;
  else if (j + 3 < sp->hi
           && (strncmp (t + j, "to ", 3) == 0
               || strncmp (t + j, "and ", 4) == 0))
    k = skip_spaces (sp, j + 3);
  else
    return e;
  k = skip_spaces (sp, k);
  if (fd_numword_parse (t + k, sp->hi - k, &n))
    return k + n.len;
  return e;
}

/* Street types: "10 Downing Street" is an address. */
static const char *const street_words[] = {
  "street", "st",   "st.",   "road",    "rd",        "rd.",     "avenue",
  "ave",    "ave.", "lane",  "drive",   "boulevard", "parkway", "place",
  "square", "way",  "court", "terrace", "crescent",  "highway",
};
static FdWordSet street_words_set = FD_WORD_SET (street_words);

/* "Downing Street", "Amphitheatre Parkway" after the number at @e. */
static gboolean
is_address (const Span *sp, gsize e)
{
  gsize j = e;

  for (int k = 0; k < 3; k++)
    {
      gsize s, n = next_word (sp, j, &s);
      if (n == 0 || !g_ascii_isupper (sp->t[s]))
        return FALSE;
      if (k > 0 && WORD_IN (sp->t + s, n, street_words))
        return TRUE;
      j = s + n;
    }
  return FALSE;
}

/* A superlative glued by a hyphen at @e: "-largest", "-biggest". */
static gboolean
superlative_after (const Span *sp, gsize e)
{
  gsize n;

  if (e + 1 >= sp->hi || sp->t[e] != '-' || !g_ascii_isalpha (sp->t[e + 1]))
    return FALSE;
  n = word_len (sp, e + 1);
  return n >= 5 && ends_with (sp->t + e + 1, n, "est");
}

/* Determiners and adjectives of a partitive: "six of its last eight
 * games". */
static const char *const partitive_det[] = {
  "the", "its", "their", "his", "her", "our", "those", "these", "your", "my",
};
static FdWordSet partitive_det_set = FD_WORD_SET (partitive_det);
static const char *const partitive_adj[] = {
  "last", "past", "first", "next", "top", "remaining", "other",
};
static FdWordSet partitive_adj_set = FD_WORD_SET (partitive_adj);

/* After "N of" at @j: the noun of "the 300 seats", which N counts too. */
static gsize
find_partitive (const Span *sp, gsize j, gsize *ns)
{
  const char *t = sp->t;
  gsize s, n = next_word (sp, j, &s);
  FdNumber num;

  if (!n || !WORD_IN (t + s, n, partitive_det))
    return 0;
  n = next_word (sp, s + n, &s);
  /* "1,200 of the country's 2,000 schools" */
  if (n > 2 && t[s + n - 2] == '\'' && t[s + n - 1] == 's')
    n = next_word (sp, s + n, &s);
  if (n && WORD_IN (t + s, n, partitive_adj))
    n = next_word (sp, s + n, &s);
  if (!n || !fd_numword_parse (t + s, sp->hi - s, &num) || num.ordinal
      || (s + num.len < sp->hi && wordc (t[s + num.len])))
    return 0;
  n = find_noun (sp, s + num.len, TRUE, FALSE, ns);
  return n && is_plural (t + *ns, n) ? n : 0;
}

/* Measures written as abbreviations after the number. */
static const char *const measure_abbrevs[] = {
  "km", "kph", "mph", "kmh", "kg",  "mm",  "cm",  "ft", "lb", "lbs", "ha",
  "mw", "gw",  "kw",  "kwh", "mwh", "gwh", "twh", "mi", "oz", "kt",  "knots",
};
static FdWordSet measure_abbrevs_set = FD_WORD_SET (measure_abbrevs);

/* The measure written after a number at @e: a temperature ("46.2C",
 * "-196°C", "15 degrees Celsius"), "light years", "km/h" or an
 * abbreviation ("mph", "kWh").  Returns it (transfer full) and where it
 * ends in *@end, or NULL. */
static char *
read_measure (const Span *sp, gsize e, gsize *end)
{
  const char *t = sp->t;
  gsize k = skip_spaces (sp, e), s2, n2, s3, n3;

  if (k + 2 <= sp->hi && strncmp (t + k, "°", 2) == 0)
    {
      gsize m = k + 2;
      if (m < sp->hi && (t[m] == 'C' || t[m] == 'F')
          && (m + 1 >= sp->hi || !wordc (t[m + 1])))
        {
          *end = m + 1;
          return g_strdup (t[m] == 'C' ? "°C" : "°F");
        }
      *end = m;
      return g_strdup ("degrees");
    }
  if (e + 1 < sp->hi && t[e] == 'm' && t[e + 1] == ' ' && e > sp->lo
      && g_ascii_isdigit (t[e - 1]))
    {
      *end = e + 1;
      return g_strdup ("m");
    }
  if (e < sp->hi && (t[e] == 'C' || t[e] == 'F') && e > sp->lo
      && g_ascii_isdigit (t[e - 1]) && (e + 1 >= sp->hi || !wordc (t[e + 1])))
    {
      *end = e + 1;
      return g_strdup (t[e] == 'C' ? "°C" : "°F");
    }
  n2 = next_word (sp, e, &s2);
  if (n2 == 0)
    return NULL;
  n3 = next_word (sp, s2 + n2, &s3);
  if (word_is (t + s2, n2, "magnitude"))
    {
      *end = s2 + n2;
      return g_strdup ("magnitude");
    }
  if (word_is (t + s2, n2, "degrees") || word_is (t + s2, n2, "degree"))
    {
      if (n3
          && (word_is (t + s3, n3, "Celsius")
              || word_is (t + s3, n3, "centigrade")
              || (n3 == 1 && t[s3] == 'C')))
        {
          *end = s3 + n3;
          return g_strdup ("°C");
        }
      if (n3
          && (word_is (t + s3, n3, "Fahrenheit") || (n3 == 1 && t[s3] == 'F')))
        {
          *end = s3 + n3;
          return g_strdup ("°F");
        }
      return NULL;
    }
  if (word_is (t + s2, n2, "light-years") || word_is (t + s2, n2, "light-year")
      || (word_is (t + s2, n2, "light") && n3
          && (word_is (t + s3, n3, "years") || word_is (t + s3, n3, "year"))))
    {
      *end = word_is (t + s2, n2, "light") ? s3 + n3 : s2 + n2;
      return g_strdup ("light years");
    }
  if (word_is (t + s2, n2, "km") && s2 + 4 <= sp->hi && t[s2 + 2] == '/'
      && t[s2 + 3] == 'h' && (s2 + 4 == sp->hi || !wordc (t[s2 + 4])))
    {
      *end = s2 + 4;
      return g_strdup ("km/h");
    }
  if (WORD_IN (t + s2, n2, measure_abbrevs))
    {
      *end = s2 + n2;
      return lower_word (t + s2, n2);
    }
  return NULL;
}

/* Denominators of fractions; "quarter" is a period too often ("the
 * first quarter") and needs "of" after it. */
typedef struct
{
  const char *word;
  int den;
} Fraction;

static const Fraction fractions[] = {
  { "half", 2 },    { "halves", 2 },   { "third", 3 },  { "thirds", 3 },
  { "quarter", 4 }, { "quarters", 4 }, { "fifth", 5 },  { "fifths", 5 },
  { "sixth", 6 },   { "sixths", 6 },   { "eighth", 8 }, { "eighths", 8 },
  { "tenth", 10 },  { "tenths", 10 },
};

/* Before "half" or "quarter", these make it a period: "the first half". */
static const char *const period_before[] = {
  "first", "second", "third", "fourth", "last",  "next",  "latter",
  "the",   "this",   "that",  "each",   "every", "final", "opening",
};
static FdWordSet period_before_set = FD_WORD_SET (period_before);

/* Frequencies after "twice": "twice a week", "twice daily". */
static const char *const frequency_after[] = {
  "daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly",
};
static FdWordSet frequency_after_set = FD_WORD_SET (frequency_after);

/* "a third", "two-thirds", "half" (of something), "twice", "three-fold":
 * values below one with unit "fraction", multiples with unit "times".
 * Returns 1 when @i opens one (@q filled), -1 when the word is no number
 * at all ("the first half", "twice a week", "half an hour"), 0 when the
 * ordinary reading should go on. */
static int
read_fraction (const Span *sp, gsize i, Quantity *q)
{
  const char *t = sp->t;
  gsize n = word_len (sp, i), ws, wn, s2, n2, den_s, den_n;
  double numer = 0;
  const Fraction *fr = NULL;
  FdNumber num;

  /* Most words can open none of the shapes below: only "twice",
   * "thrice", "a", "an", number words, fractions ("quarter" too) and
   * "-fold" words can, and each starts with a letter a number word may
   * start with, or "q", or ends in "fold". */
  if (!fd_numword_initial ((guchar)t[i]) && ascii_lower (t[i]) != 'q'
      && !(n > 4 && ends_with (t + i, n, "fold")))
    return 0;
  wn = prev_word (sp, i, &ws);
  n2 = next_word (sp, i + n, &s2);

  /* Multiples. */
  if (word_is (t + i, n, "twice") || word_is (t + i, n, "thrice"))
    {
      if (n2 && WORD_IN (t + s2, n2, frequency_after))
        return -1;
      if (n2
          && (word_is (t + s2, n2, "a") || word_is (t + s2, n2, "an")
              || word_is (t + s2, n2, "per") || word_is (t + s2, n2, "every")))
        return -1;
      if (n2 && word_is (t + s2, n2, "in"))
        {
          /* "twice in a week", "twice in 10 years": a frequency. */
          gsize j = s2 + n2, s3, n3, s0 = 0, n0 = 0;
          for (int k = 0; k < 3 && (n3 = next_word (sp, j, &s3)) > 0; k++)
            {
              if (is_time_unit (t + s3, n3)
                  && (is_plural (t + s3, n3)
                      || (n0
                          && (word_is (t + s0, n0, "a")
                              || word_is (t + s0, n0, "an")
                              || word_is (t + s0, n0, "one")))))
                return -1;
              s0 = s3;
              n0 = n3;
              j = s3 + n3;
            }
        }
      q->value = t[i + 1] == 'w' || t[i + 1] == 'W' ? 2 : 3;
      q->unit = g_strdup ("times");
      q->start = i;
      q->end = q->skip = i + n;
      q->hedge = find_hedge (sp, i);
      return 1;
    }
  if (n > 4 && ends_with (t + i, n, "fold"))
    {
      gsize m = n - 4;
      if (t[i + m - 1] == '-')
        m--;
      if (fd_numword_parse (t + i, m, &num) && num.len == m && !num.ordinal
          && num.value >= 2)
        {
          q->value = num.value;
          q->unit = g_strdup ("times");
          q->start = i;
          q->end = q->skip = i + n;
          q->hedge = find_hedge (sp, i);
          return 1;
        }
      return 0;
    }

  /* Fractions: an optional numerator, then the denominator. */
  den_s = i;
  if (word_is (t + i, n, "a") || word_is (t + i, n, "an"))
    {
      numer = 1;
      den_n = next_word (sp, i + n, &den_s);
    }
  else
    {
      /* Parsed once for both shapes. */
      gboolean parsed = fd_numword_parse (t + i, n, &num);

      if (parsed && num.words && !num.ordinal && num.value >= 1
          && num.value < 10 && num.len < n && t[i + num.len] == '-')
        {
          /* "two-thirds", "one-third" */
          numer = num.value;
          den_s = i + num.len + 1;
          den_n = word_len (sp, den_s);
        }
      else if (parsed && num.words && !num.ordinal && num.value >= 1
               && num.value < 10 && num.len == n)
        {
          numer = num.value;
          den_n = next_word (sp, i + n, &den_s);
        }
      else
        den_n = n;
    }
  for (gsize k = 0; den_n && k < G_N_ELEMENTS (fractions); k++)
    if (fractions[k].word[0] == ascii_lower (t[den_s])
        && word_is (t + den_s, den_n, fractions[k].word))
      fr = &fractions[k];
  if (!fr)
    return 0;
  if (numer == 0)
    {
      /* A bare denominator: only "half" reads alone. */
      if (fr->den != 2 || den_n != 4)
        return 0;
      numer = 1;
      if (wn && WORD_IN (t + ws, wn, period_before))
        return -1;
    }
  {
    gsize e = den_s + den_n, s3, n3 = next_word (sp, e, &s3);
    gboolean plural_den = den_n > 0 && t[den_s + den_n - 1] == 's';
    gboolean ok;

    if (plural_den != (numer > 1))
      return 0;
    if (e < sp->hi && t[e] == '-')
      {
        if (fr->den == 2 && g_ascii_strncasecmp (t + e, "-dozen", 6) == 0)
          return 0;                                 /* "a half-dozen" */
        return fr->den == 2 && numer == 1 ? -1 : 0; /* "half-time" */
      }
    if (wn && WORD_IN (t + ws, wn, period_before)
        && (fr->den == 2 || fr->den == 4))
      return -1; /* "the first half", "the first two quarters" */
    if (fr->den == 2 && n3 && s3 <= e + 1 && word_is (t + s3, n3, "dozen"))
      return 0; /* "a half dozen" */
    /* Of something, or alone at the end of a clause: "cut by half." */
    ok = n3 == 0 || s3 > e + 1 || word_is (t + s3, n3, "of")
         || (WORD_IN (t + s3, n3, stopwords) && !word_is (t + s3, n3, "a")
             && !word_is (t + s3, n3, "an"))
         || WORD_IN (t + s3, n3, period_before)
         || (fr->den == 2
             && (word_is (t + s3, n3, "the") || word_is (t + s3, n3, "its")
                 || word_is (t + s3, n3, "their")));
    if (ok && n3 && s3 == e + 1 && word_is (t + s3, n3, "of"))
      {
        /* "a quarter of an hour", "half of the day" */
        gsize s4, n4 = next_word (sp, s3 + n3, &s4), s5, n5;
        if (n4
            && (word_is (t + s4, n4, "a") || word_is (t + s4, n4, "an")
                || word_is (t + s4, n4, "the")))
          {
            n5 = next_word (sp, s4 + n4, &s5);
            if (n5 && is_time_unit (t + s5, n5))
              return -1;
          }
      }
    if (fr->den == 4 && !(n3 && word_is (t + s3, n3, "of"))
        && !(ok && i > sp->lo && wn && word_is (t + ws, wn, "by")))
      return 0;
    if (!ok)
      {
        /* "half an hour" is a duration; "a fifth term" an ordinal. */
        if (fr->den == 2 && n3
            && (word_is (t + s3, n3, "a") || word_is (t + s3, n3, "an")))
          {
            gsize s4, n4 = next_word (sp, s3 + n3, &s4);
            gsize sn;
            return n4
                           && (word_is (t + s4, n4, "dozen")
                               || fd_numword_scale (t + s4, n4, &sn) >= 1000)
                       ? 0
                       : -1;
          }
        return 0;
      }
    q->value = numer / fr->den;
    q->unit = g_strdup ("fraction");
    q->start = i;
    q->end = q->skip = e;
    q->hedge = find_hedge (sp, i);
    return 1;
  }
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
  if (g_ascii_isalpha (t[i]))
    {
      int f = read_fraction (sp, i, q);
      if (f > 0)
        return TRUE;
      if (f < 0)
        {
          q->skip = i + word_len (sp, i);
          return FALSE;
        }
    }
  if (t[i] == '-' || strncmp (t + i, "−", 3) == 0)
    {
      /* A minus sign glued to the digits: "-504", "−1.2%". */
      neg = TRUE;
      i += t[i] == '-' ? 1 : 3;
    }
  cur = match_prefix (sp, i, &cn);
  if (!cur && i == sp->lo && sp->lo >= 4 && g_ascii_isdigit (t[i]))
    {
      /* The splitter may end a sentence at "Rs." before the amount. */
      gsize k = i;
      while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\n'))
        k--;
      if (k >= 3 && strncmp (t + k - 3, "Rs.", 3) == 0
          && (k == 3 || !wordc (t[k - 4])))
        {
          static const Currency rupees = { "Rs.", "INR" };
          cur = &rupees;
        }
    }
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
          || (t[p - 1] == '-' && p - 1 > sp->lo && wordc (t[p - 2])
              && !(p >= sp->lo + 10
                   && g_ascii_strncasecmp (t + p - 10, "magnitude", 9) == 0))))
    return FALSE;

  wn = prev_word (sp, i, &ws);
  /* no word before the number in its sentence; the first word
   * character settles it */
  sent_start = TRUE;
  for (gsize k = sp->lo; k < i && sent_start; k++)
    if (wordc (t[k]))
      sent_start = FALSE;

  /* Days of the month: "June 17", "Dec. 24". */
  if (wn && is_month (t + ws, wn))
    return FALSE;

  /* "one in five adults", "3 in 10": a share. */
  if (!cur && !num.ordinal && num.value >= 1
      && num.value == (double)(gint64)num.value)
    {
      gsize s2, n2 = next_word (sp, e, &s2), s3, s4, n4;
      FdNumber den;
      if (n2 && word_is (t + s2, n2, "in")
          && (s3 = skip_spaces (sp, s2 + n2)) < sp->hi
          && fd_numword_parse (t + s3, sp->hi - s3, &den) && !den.ordinal
          && den.value > num.value && den.value <= 1000
          && (s3 + den.len >= sp->hi || !wordc (t[s3 + den.len]))
          && !((n4 = next_word (sp, s3 + den.len, &s4))
               && is_time_unit (t + s4, n4)))
        {
          q->value = num.value / den.value;
          q->unit = g_strdup ("fraction");
          q->start = i;
          q->end = q->skip = s3 + den.len;
          q->hedge = find_hedge (sp, i);
          return TRUE;
        }
    }

  if (!cur && !num.ordinal && is_age (sp, i, p, e, num.value))
    {
      q->skip = skip_range (sp, e);
      return FALSE;
    }
  if (!cur && !num.words && !num.ordinal)
    {
      gboolean plain = TRUE;
      for (gsize k = p; k < e; k++)
        if (!g_ascii_isdigit (t[k]))
          plain = FALSE;
      gsize g = 0;

      /* Phone numbers: "020 7946 0958", "0800 123 4567": a group of
       * digits right after another. */
      if (plain && e + 1 < sp->hi && t[e] == ' ')
        while (e + 1 + g < sp->hi && g_ascii_isdigit (t[e + 1 + g]))
          g++;
      if (g > 0 && e + 1 + g < sp->hi && wordc (t[e + 1 + g]))
        g = 0;
      if ((t[p] == '0' && e - p >= 2 && g >= 2) || (e - p >= 3 && g >= 3))
        {
          gsize k = e;
          while (k + 1 < sp->hi && (t[k] == ' ' || t[k] == '-')
                 && g_ascii_isdigit (t[k + 1]))
            for (k++; k < sp->hi && g_ascii_isdigit (t[k]); k++)
              ;
          q->skip = k;
          return FALSE;
        }
      if (plain && is_address (sp, e))
        return FALSE;
      /* Versions: "iOS 17.2", "Version 2.3". */
      if (!plain && wn && memchr (t + p, '.', e - p)
          && (WORD_IN (t + ws, wn, label_words)
              || (g_ascii_islower (t[ws]) && wn > 1
                  && g_ascii_isupper (t[ws + 1]))))
        return FALSE;
    }

  if (num.words)
    {
      gboolean one = num.value == 1 && word_is (t + p, num.len, "one");
      gsize n2s, n2 = next_word (sp, e, &n2s);

      if (wn && num.value < 20 && WORD_IN (t + ws, wn, definite_before))
        {
          /* "two of the five suspects" counts the five too; "leaders of
           * the two countries" only refers to them. */
          gsize ws2, wn2 = prev_word (sp, ws, &ws2), ws3, wn3 = 0;
          FdNumber n3;
          if (wn2 && word_is (t + ws2, wn2, "of"))
            wn3 = prev_word (sp, ws2, &ws3);
          if (!(word_is (t + ws, wn, "the") && wn3
                && fd_numword_parse (t + ws3, wn3, &n3) && n3.len == wn3))
            return FALSE;
        }
      /* "three-way", "two-day": a compound adjective, not a count. */
      if (e < sp->hi && t[e] == '-'
          && !(num.ordinal && superlative_after (sp, e)))
        return FALSE;

      /* "Group of Seven", "Big Three": a capitalised number word inside a
       * sentence is part of a name. */
      if (g_ascii_isupper (t[p]) && !sent_start && !find_hedge (sp, i))
        return FALSE;
      /* "below zero": a temperature's sign, not a count. */
      if (num.value == 0 && wn
          && (word_is (t + ws, wn, "below") || word_is (t + ws, wn, "above")))
        return FALSE;
      /* "first", "second" and "third" are adverbs, time units and
       * fractions too often, but "third-largest" ranks; "a fifth" alone
       * or "of" something is a fraction, "a fifth term" an ordinal. */
      if (num.ordinal && num.value <= 3 && !superlative_after (sp, e))
        return FALSE;
      if (num.ordinal && wn
          && (word_is (t + ws, wn, "a") || word_is (t + ws, wn, "one"))
          && (n2 == 0 || n2s > e + 1 || word_is (t + n2s, n2, "of")))
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
  else if (!cur && !num.ordinal && !num.words && wn
           && WORD_IN (t + ws, wn, label_words) && !memchr (t + p, ',', e - p)
           && num.value == (double)(gint64)num.value)
    return FALSE; /* "Resolution 2231", "Flight 3054" */

  /* "11.30 local time", "9.15am": a clock time written with a dot. */
  if (!cur && !num.words && (e - p == 4 || e - p == 5) && t[e - 3] == '.'
      && num.value < 24 && clock_after (sp, e))
    return FALSE;

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
                 || strncmp (t + j, "or ", 3) == 0)
             && !(wn && word_is (t + ws, wn, "by")
                  && !by_range (sp, j + 3, &num)))
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
            if (sep != 2 && !num.words && !cur && scale2 == 0
                && v1 == (double)(gint64)v1
                && num2.value == (double)(gint64)num2.value
                && score_like (sp, wn ? ws : 0, wn, k + num2.len))
              {
                /* "lost 1-2", "a 2-3 thriller", "a 6-3 ruling". */
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
        if (word_is (w, n2, "percent") || word_is (w, n2, "pct")
            || word_is (w, n2, "pc"))
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
      if (n2)
        cur = match_suffix (sp, s2, &e);
      if (!cur && s2 == e && e + 1 <= sp->hi && t[e] == 'p'
          && (e + 1 == sp->hi || !wordc (t[e + 1])))
        n2 = 1; /* "380p" */
      if (!cur && n2
          && (word_is (t + s2, n2, "cents") || word_is (t + s2, n2, "cent")
              || word_is (t + s2, n2, "pence")
              || (n2 == 1 && s2 == e && t[s2] == 'p')))
        {
          static const Currency cents = { "cents", "USD" };
          static const Currency pence = { "pence", "GBP" };
          cur = g_ascii_tolower (t[s2]) == 'p' ? &pence : &cents;
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
      gsize s2, n2, me, ne = e;
      gboolean plural;

      if ((q->unit = read_measure (sp, e, &me)))
        {
          if (q->unit[0] != 'd' && strncmp (q->unit, "°", 2) == 0)
            q->end = me;
          q->skip = MAX (q->skip, me);
          goto accept;
        }
      if (wn && word_is (t + ws, wn, "magnitude"))
        {
          q->unit = g_strdup ("magnitude");
          goto accept;
        }
      /* "fifth-largest economy", "2nd-biggest": the noun after the
       * superlative is ranked. */
      if (q->ordinal && superlative_after (sp, e))
        ne = e + 1 + word_len (sp, e + 1);
      n2 = next_word (sp, ne, &s2);

      /* A duration or a clock time ("30 minutes", "30-minute", "3 p.m.",
       * "15:46 JST"), or a date ("17 June"): the temporal extractor's. */
      if (ne == e && e + 1 < sp->hi && t[e] == '-'
          && g_ascii_isalpha (t[e + 1]))
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
          if (g_ascii_strncasecmp (t + e + 1, "basis-point", 11) == 0)
            q->unit = g_strdup ("basis points");
          else if (g_ascii_strncasecmp (t + e + 1, "percentage-point", 16)
                   == 0)
            q->unit = g_strdup ("percentage point");
          else if (q->ordinal)
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
      /* After a superlative the head ends the phrase: "third-largest
       * chemical group". */
      nn = find_noun (sp, ne, plural, q->ordinal && ne == e, &ns);
      if (nn && is_time_unit (t + ns, nn))
        {
          /* "12th consecutive month" ranks months: no date. */
          gsize pw, pn = prev_word (sp, ns, &pw);
          if (!(q->ordinal && pn && WORD_IN (t + pw, pn, ordinal_adjectives)))
            goto reject;
        }
      if (!nn && !q->ordinal && n2 && word_is (t + s2, n2, "of"))
        nn = find_partitive (sp, s2 + n2, &ns);
      /* A year stands alone or before a name, or after one ("Euro
       * 2024"); a count of 2000 things names the things. */
      if (year_like (&num, t, p) && !range
          && (!(nn && is_plural (t + ns, nn))
              || (wn && is_upper_word (t + ws) && !sent_start
                  && !WORD_IN (t + ws, wn, stopwords))))
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

/* After "a" or "an" (ending at @j), whether the next word may be what
 * makes them a number: a fraction ("a third"), a spelled scale ("a
 * million") or "dozen".  Every such word starts with one of these
 * letters; the article before any other word opens nothing. */
static gboolean
opens_after_a (const Span *sp, gsize j)
{
  while (j < sp->hi
         && (sp->t[j] == ' ' || sp->t[j] == '\t' || sp->t[j] == '\n'))
    j++;
  if (j >= sp->hi)
    return FALSE;
  switch (ascii_lower (sp->t[j]))
    {
    case 'b': /* billion, bn */
    case 'c': /* crore */
    case 'd': /* dozen */
    case 'e': /* eighth */
    case 'f': /* fifth */
    case 'h': /* half, hundred */
    case 'l': /* lakh, lac */
    case 'm': /* million, mn */
    case 'q': /* quarter */
    case 's': /* sixth */
    case 't': /* third, tenth, thousand, trillion */
      return TRUE;
    default:
      return FALSE;
    }
}

/* TRUE when one of the four bytes from @i (within the span) is a digit.
 * An ASCII currency prefix is at most three bytes and one space before
 * its digit (match_prefix), so a word with no digit there opens none:
 * most capitalised words share a first letter with the codes, and were
 * each a walk over the whole prefix table. */
static inline gboolean
digit_within_4 (const Span *sp, gsize i)
{
  for (gsize k = i; k < i + 4 && k < sp->hi; k++)
    if (g_ascii_isdigit (sp->t[k]))
      return TRUE;
  return FALSE;
}

/* The length of the word at @i, which starts with a letter or a UTF-8
 * byte, when it opens no quantity, so that read_quantity would only skip
 * it; 0 when it may open one: a currency sign or code, a number word, a
 * fraction ("a third", "half") or a multiple ("twice", "tenfold").  Most
 * words of a text open none, and this is much cheaper than
 * read_quantity's tests. */
static gsize
plain_word (const Span *sp, gsize i)
{
  const char *t = sp->t;
  gsize n = 0, cn;

  /* A currency code ("USD 5", "Rs 500") or sign; signs and the minus
   * sign are UTF-8 and read_quantity tries them all.  Capitalised words
   * share the first letters of the codes, so those are matched here. */
  if (prefix_first[(guchar)t[i]]
      && ((guchar)t[i] >= 0x80
          || (digit_within_4 (sp, i + 1) && match_prefix (sp, i, &cn))))
    return 0;
  n = fd_ascii_word_run (t + i, t + sp->hi, TRUE);
  if (n <= 2 && ascii_lower (t[i]) == 'a'
      && (n == 1 || ascii_lower (t[i + 1]) == 'n'))
    return opens_after_a (sp, i + n) ? 0 : word_len_from (sp, i, i + n);
  if (fd_numword_is_opener_with (sp->openers, t + i, n))
    return 0;
  /* read_fraction's multiples test the whole word; a run of letters that
   * is "twice" or ends in "fold" covers them. */
  if ((n == 5 && word_is (t + i, n, "twice"))
      || (n == 6 && word_is (t + i, n, "thrice"))
      || (n > 4 && (t[i + n - 1] | 0x20) == 'd'
          && caseeq (t + i + n - 4, "fold", 4)))
    return 0;
  /* Only a hyphen, an apostrophe or a dot can carry the word on. */
  if (i + n >= sp->hi
      || (t[i + n] != '-' && t[i + n] != '\'' && t[i + n] != '.'))
    return n;
  return word_len_from (sp, i, i + n);
}

static void
extract_sentence (const FdDoc *doc, const FdSentence *s,
                  const FdNumwordOpeners *openers, GPtrArray *out)
{
  Span sp = { doc->text, s->start, s->end, openers };
  gsize i = s->start;

  while (i < s->end)
    {
      Quantity q;
      unsigned char c = (unsigned char)doc->text[i];
      gsize n;

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
      if (!g_ascii_isdigit (c) && c != '-' && c != '.'
          && (n = plain_word (&sp, i)) > 0)
        {
          /* What read_quantity would do, without its tests; a space
           * after the word opens nothing either, and is stepped over
           * here rather than by the test above. */
          i += n;
          if (i < s->end && doc->text[i] == ' ')
            i++;
          continue;
        }
      if (!read_quantity (&sp, i, &q))
        {
          /* Move past the word we could not read. */
          n = word_len (&sp, i);
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
  const FdNumwordOpeners *openers = fd_numword_openers ();

  prefix_first_init ();
  for (guint k = 0; k < doc->n_sents; k++)
    if (fd_line_class_is_content (doc->sents[k].cls))
      extract_sentence (doc, &doc->sents[k], openers, out);
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
