/* timex.c - see timex.h.
 *
 * One pass per content sentence: the sentence is cut into tokens once
 * (byte spans, a lower-case key, a class from one sorted constant lexicon),
 * then at each token a small set of hand-written matchers is tried over the
 * tokens and the longest match wins.  Every matcher reads tokens only, so
 * no byte is looked at twice and nothing is allocated per byte: the token
 * array is reused from sentence to sentence and values are formatted into
 * fixed buffers.  Relative expressions are resolved against the document's
 * publication date as day numbers (calendar.h); without one they keep the
 * unresolved TIMEX3 forms ("XXXX-WXX-2", "XXXX-XX").
 *
 * Spans follow the TimeBank annotation, which the development scorer
 * measures against: a hedge belongs to the span ("about 30 minutes",
 * "nearly forty years") but never to the value, and is also given apart in
 * claim->hedge; a leading "the" belongs to the span where TimeBank puts it
 * ("the past three months", "the third quarter"); prepositions never do
 * ("on Tuesday" is "Tuesday").  The event an anchored duration counts from
 * ("after Lee assumed office") is outside the span, in claim->anchor.  A
 * time zone ("15:46 JST") stays in the span and is given in claim->unit. */
#include "claims/timex.h"

#include "claims/calendar.h"
#include "claims/numword.h"
#include "core/ascii8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum
{
  T_WORD,
  T_NUM,
  T_PUNCT
};

enum
{
  C_NONE = 0,
  C_MONTH,
  C_WEEKDAY,
  C_UNIT,
  C_DAYREF,
  C_PART,
  C_SEASON,
  C_HEDGE,
  C_SETADV,
  C_REF,
  C_KEY,
  C_ZONE,
  C_NUMW,
};

/* Units, in order of size; the table below gives their TIMEX3 letters. */
enum
{
  U_NONE = 0,
  U_SEC,
  U_MIN,
  U_HOUR,
  U_DAY,
  U_WEEK,
  U_WEEKEND,
  U_FORTNIGHT,
  U_MONTH,
  U_QUARTER,
  U_YEAR,
  U_DECADE,
  U_CENTURY,
};

/* Whether an expression may start at a token (may_start), worked out
 * when the token is made: most tokens are words that start none. */
enum
{
  OPENS_NO = 0,
  OPENS_YES,
  OPENS_NEXT, /* "the", "a", "an", "at": only before a time word */
};

/* Flags or-ed into a lexicon value. */
#define V_PLURAL 0x100
#define V_ABBR 0x200
#define V_START 0x400 /* a word of no class that may start an expression */
#define V_MASK 0xff

typedef struct
{
  const char *word;
  guint8 cls;
  gint16 val;
  const char *str; /* a fixed value: "P1D" for "daily" */
} Lex;

/* Sorted by word (bytewise), for the reader: lex_find hashes it, and
 * test-timex checks a sample of lookups. */
static const Lex lexicon[] = {
  /* no class: here for LexIndex.before_time */
  { "a", C_NONE, 0, NULL },
  { "about", C_HEDGE, 0, NULL },
  { "aedt", C_ZONE, 0, NULL },
  { "aest", C_ZONE, 0, NULL },
  { "afternoon", C_PART, 2, NULL },
  { "afternoons", C_PART, 2 | V_PLURAL, NULL },
  { "ago", C_KEY, 0, NULL },
  { "almost", C_HEDGE, 0, NULL },
  /* no class: here for LexIndex.before_time */
  { "an", C_NONE, 0, NULL },
  { "annually", C_SETADV, 0, "P1Y" },
  { "approximately", C_HEDGE, 0, NULL },
  { "apr", C_MONTH, 4 | V_ABBR, NULL },
  { "april", C_MONTH, 4, NULL },
  { "around", C_HEDGE, 0, NULL },
  /* no class: here for LexIndex.before_time */
  { "at", C_NONE, 0, NULL },
  { "aug", C_MONTH, 8 | V_ABBR, NULL },
  { "august", C_MONTH, 8, NULL },
  { "autumn", C_SEASON, 3, NULL },
  { "barely", C_HEDGE, 0, NULL },
  { "beginning", C_KEY, 0, NULL },
  { "biweekly", C_SETADV, 0, "P2W" },
  { "bst", C_ZONE, 0, NULL },
  { "cdt", C_ZONE, 0, NULL },
  { "centuries", C_UNIT, U_CENTURY | V_PLURAL, NULL },
  { "century", C_UNIT, U_CENTURY, NULL },
  { "cest", C_ZONE, 0, NULL },
  { "cet", C_ZONE, 0, NULL },
  { "christmas", C_NONE, V_START, NULL },
  { "coming", C_KEY, 0, NULL },
  { "couple", C_NONE, V_START, NULL },
  { "cst", C_ZONE, 0, NULL },
  { "current", C_KEY, 0, NULL },
  { "currently", C_REF, 0, "PRESENT_REF" },
  { "daily", C_SETADV, 0, "P1D" },
  { "day", C_UNIT, U_DAY, NULL },
  { "days", C_UNIT, U_DAY | V_PLURAL, NULL },
  { "dec", C_MONTH, 12 | V_ABBR, NULL },
  { "decade", C_UNIT, U_DECADE, NULL },
  { "decades", C_UNIT, U_DECADE | V_PLURAL, NULL },
  { "december", C_MONTH, 12, NULL },
  { "dozen", C_NUMW, 0, NULL },
  { "each", C_KEY, 0, NULL },
  { "earlier", C_KEY, 0, NULL },
  { "early", C_KEY, 0, NULL },
  { "easter", C_NONE, V_START, NULL },
  { "edt", C_ZONE, 0, NULL },
  { "eight", C_NUMW, 0, NULL },
  { "eighteen", C_NUMW, 0, NULL },
  { "eighties", C_NONE, V_START, NULL },
  { "eighty", C_NUMW, 0, NULL },
  { "election", C_NONE, V_START, NULL },
  { "eleven", C_NUMW, 0, NULL },
  { "end", C_KEY, 0, NULL },
  { "est", C_ZONE, 0, NULL },
  { "evening", C_PART, 3, NULL },
  { "evenings", C_PART, 3 | V_PLURAL, NULL },
  { "every", C_KEY, 0, NULL },
  { "exactly", C_HEDGE, 0, NULL },
  { "fall", C_SEASON, 3, NULL },
  { "father", C_NONE, V_START, NULL },
  { "feb", C_MONTH, 2 | V_ABBR, NULL },
  { "february", C_MONTH, 2, NULL },
  { "few", C_NONE, V_START, NULL },
  { "fewer", C_HEDGE, 0, NULL },
  { "fifteen", C_NUMW, 0, NULL },
  { "fifties", C_NONE, V_START, NULL },
  { "fifty", C_NUMW, 0, NULL },
  { "first", C_KEY, 0, NULL },
  { "fiscal", C_KEY, 0, NULL },
  { "five", C_NUMW, 0, NULL },
  { "following", C_KEY, 0, NULL },
  { "forties", C_NONE, V_START, NULL },
  { "fortnight", C_UNIT, U_FORTNIGHT, NULL },
  { "fortnights", C_UNIT, U_FORTNIGHT | V_PLURAL, NULL },
  { "forty", C_NUMW, 0, NULL },
  { "four", C_NUMW, 0, NULL },
  { "fourteen", C_NUMW, 0, NULL },
  { "fourth", C_NONE, V_START, NULL },
  { "friday", C_WEEKDAY, 5, NULL },
  { "fridays", C_WEEKDAY, 5 | V_PLURAL, NULL },
  { "future", C_NONE, V_START, NULL },
  { "gmt", C_ZONE, 0, NULL },
  { "good", C_NONE, V_START, NULL },
  { "half", C_NONE, V_START, NULL },
  { "halloween", C_NONE, V_START, NULL },
  { "hkt", C_ZONE, 0, NULL },
  { "hour", C_UNIT, U_HOUR, NULL },
  { "hourly", C_SETADV, 0, "PT1H" },
  { "hours", C_UNIT, U_HOUR | V_PLURAL, NULL },
  { "hr", C_UNIT, U_HOUR | V_ABBR, NULL },
  { "hrs", C_UNIT, U_HOUR | V_PLURAL | V_ABBR, NULL },
  { "hundred", C_NUMW, 0, NULL },
  { "jan", C_MONTH, 1 | V_ABBR, NULL },
  { "january", C_MONTH, 1, NULL },
  { "jst", C_ZONE, 0, NULL },
  { "jul", C_MONTH, 7 | V_ABBR, NULL },
  { "july", C_MONTH, 7, NULL },
  { "jun", C_MONTH, 6 | V_ABBR, NULL },
  { "june", C_MONTH, 6, NULL },
  { "just", C_HEDGE, 0, NULL },
  { "kst", C_ZONE, 0, NULL },
  { "labor", C_NONE, V_START, NULL },
  { "labour", C_NONE, V_START, NULL },
  { "last", C_KEY, 0, NULL },
  { "late", C_KEY, 0, NULL },
  { "lately", C_REF, 0, "PAST_REF" },
  { "later", C_KEY, 0, NULL },
  { "latest", C_KEY, 0, NULL },
  { "least", C_HEDGE, 0, NULL },
  { "less", C_HEDGE, 0, NULL },
  { "many", C_NONE, V_START, NULL },
  { "mar", C_MONTH, 3 | V_ABBR, NULL },
  { "march", C_MONTH, 3, NULL },
  { "may", C_MONTH, 5, NULL },
  { "mdt", C_ZONE, 0, NULL },
  { "memorial", C_NONE, V_START, NULL },
  { "mid", C_KEY, 0, NULL },
  { "midday", C_NONE, V_START, NULL },
  { "middle", C_KEY, 0, NULL },
  { "midnight", C_NONE, V_START, NULL },
  { "million", C_NUMW, 0, NULL },
  { "min", C_UNIT, U_MIN | V_ABBR, NULL },
  { "mins", C_UNIT, U_MIN | V_PLURAL | V_ABBR, NULL },
  { "minute", C_UNIT, U_MIN, NULL },
  { "minutes", C_UNIT, U_MIN | V_PLURAL, NULL },
  { "monday", C_WEEKDAY, 1, NULL },
  { "mondays", C_WEEKDAY, 1 | V_PLURAL, NULL },
  { "month", C_UNIT, U_MONTH, NULL },
  { "monthly", C_SETADV, 0, "P1M" },
  { "months", C_UNIT, U_MONTH | V_PLURAL, NULL },
  { "more", C_HEDGE, 0, NULL },
  { "morning", C_PART, 1, NULL },
  { "mornings", C_PART, 1 | V_PLURAL, NULL },
  { "mother", C_NONE, V_START, NULL },
  { "msk", C_ZONE, 0, NULL },
  { "mst", C_ZONE, 0, NULL },
  { "nearly", C_HEDGE, 0, NULL },
  { "new", C_NONE, V_START, NULL },
  { "next", C_KEY, 0, NULL },
  { "night", C_PART, 4, NULL },
  { "nightly", C_SETADV, 0, "P1D" },
  { "nights", C_PART, 4 | V_PLURAL, NULL },
  { "nine", C_NUMW, 0, NULL },
  { "nineteen", C_NUMW, 0, NULL },
  { "nineties", C_NONE, V_START, NULL },
  { "ninety", C_NUMW, 0, NULL },
  { "no", C_NONE, V_START, NULL },
  { "noon", C_NONE, V_START, NULL },
  { "nov", C_MONTH, 11 | V_ABBR, NULL },
  { "november", C_MONTH, 11, NULL },
  { "now", C_REF, 0, "PRESENT_REF" },
  { "nowadays", C_REF, 0, "PRESENT_REF" },
  { "oct", C_MONTH, 10 | V_ABBR, NULL },
  { "october", C_MONTH, 10, NULL },
  { "one", C_NUMW, 0, NULL },
  { "only", C_HEDGE, 0, NULL },
  { "over", C_HEDGE, 0, NULL },
  { "overnight", C_PART, 4, NULL },
  { "past", C_KEY, 0, NULL },
  { "pdt", C_ZONE, 0, NULL },
  /* no class: here for LexIndex.quarter_word */
  { "period", C_NONE, 0, NULL },
  { "precisely", C_HEDGE, 0, NULL },
  { "previous", C_KEY, 0, NULL },
  { "pst", C_ZONE, 0, NULL },
  { "quarter", C_UNIT, U_QUARTER, NULL },
  { "quarters", C_UNIT, U_QUARTER | V_PLURAL, NULL },
  { "recent", C_KEY, 0, NULL },
  { "recently", C_REF, 0, "PAST_REF" },
  { "roughly", C_HEDGE, 0, NULL },
  { "saturday", C_WEEKDAY, 6, NULL },
  { "saturdays", C_WEEKDAY, 6 | V_PLURAL, NULL },
  { "sec", C_UNIT, U_SEC | V_ABBR, NULL },
  { "second", C_UNIT, U_SEC, NULL },
  { "seconds", C_UNIT, U_SEC | V_PLURAL, NULL },
  { "secs", C_UNIT, U_SEC | V_PLURAL | V_ABBR, NULL },
  { "sep", C_MONTH, 9 | V_ABBR, NULL },
  { "sept", C_MONTH, 9 | V_ABBR, NULL },
  { "september", C_MONTH, 9, NULL },
  { "seven", C_NUMW, 0, NULL },
  { "seventeen", C_NUMW, 0, NULL },
  { "seventies", C_NONE, V_START, NULL },
  { "seventy", C_NUMW, 0, NULL },
  { "several", C_NONE, V_START, NULL },
  { "sgt", C_ZONE, 0, NULL },
  { "six", C_NUMW, 0, NULL },
  { "sixteen", C_NUMW, 0, NULL },
  { "sixties", C_NONE, V_START, NULL },
  { "sixty", C_NUMW, 0, NULL },
  { "some", C_HEDGE, 0, NULL },
  { "soon", C_REF, 0, "FUTURE_REF" },
  { "spring", C_SEASON, 1, NULL },
  { "springs", C_SEASON, 1 | V_PLURAL, NULL },
  { "start", C_KEY, 0, NULL },
  { "summer", C_SEASON, 2, NULL },
  { "summers", C_SEASON, 2 | V_PLURAL, NULL },
  { "sunday", C_WEEKDAY, 7, NULL },
  { "sundays", C_WEEKDAY, 7 | V_PLURAL, NULL },
  { "ten", C_NUMW, 0, NULL },
  { "thanksgiving", C_NONE, V_START, NULL },
  { "that", C_NONE, V_START, NULL },
  { "the", C_KEY, 0, NULL },
  { "these", C_NONE, V_START, NULL },
  { "third", C_NONE, V_START, NULL },
  { "thirteen", C_NUMW, 0, NULL },
  { "thirties", C_NONE, V_START, NULL },
  { "thirty", C_NUMW, 0, NULL },
  { "this", C_KEY, 0, NULL },
  { "thousand", C_NUMW, 0, NULL },
  { "three", C_NUMW, 0, NULL },
  { "thursday", C_WEEKDAY, 4, NULL },
  { "thursdays", C_WEEKDAY, 4 | V_PLURAL, NULL },
  { "today", C_DAYREF, 0, NULL },
  { "tomorrow", C_DAYREF, 1, NULL },
  { "tonight", C_DAYREF, 2, NULL },
  { "tuesday", C_WEEKDAY, 2, NULL },
  { "tuesdays", C_WEEKDAY, 2 | V_PLURAL, NULL },
  { "twelve", C_NUMW, 0, NULL },
  { "twenties", C_NONE, V_START, NULL },
  { "twenty", C_NUMW, 0, NULL },
  { "two", C_NUMW, 0, NULL },
  { "under", C_HEDGE, 0, NULL },
  { "up", C_HEDGE, 0, NULL },
  { "upcoming", C_KEY, 0, NULL },
  { "utc", C_ZONE, 0, NULL },
  { "valentine", C_NONE, V_START, NULL },
  { "veterans", C_NONE, V_START, NULL },
  { "wednesday", C_WEEKDAY, 3, NULL },
  { "wednesdays", C_WEEKDAY, 3 | V_PLURAL, NULL },
  { "week", C_UNIT, U_WEEK, NULL },
  { "weekend", C_UNIT, U_WEEKEND, NULL },
  { "weekends", C_UNIT, U_WEEKEND | V_PLURAL, NULL },
  { "weekly", C_SETADV, 0, "P1W" },
  { "weeks", C_UNIT, U_WEEK | V_PLURAL, NULL },
  { "while", C_NONE, V_START, NULL },
  { "winter", C_SEASON, 4, NULL },
  { "winters", C_SEASON, 4 | V_PLURAL, NULL },
  { "within", C_HEDGE, 0, NULL },
  { "year", C_UNIT, U_YEAR, NULL },
  { "yearly", C_SETADV, 0, "P1Y" },
  { "years", C_UNIT, U_YEAR | V_PLURAL, NULL },
  { "yesterday", C_DAYREF, -1, NULL },
  { "yr", C_UNIT, U_YEAR | V_ABBR, NULL },
  { "yrs", C_UNIT, U_YEAR | V_PLURAL | V_ABBR, NULL },
  { "zero", C_NUMW, 0, NULL },
};

typedef struct
{
  gsize start, end; /* bytes in doc->text */
  guint8 kind;
  guint8 space; /* white space before the token */
  guint8 cap;   /* starts with an upper-case letter */
  guint8 cls;
  gint16 val;
  guint8 ndig; /* T_NUM: leading digits */
  gint32 num;  /* T_NUM: their value, -1 when more than 9 */
  const char *str;
  double nval;   /* the number read here(numword), when nstate != 0 */
  guint16 ntoks; /* tokens it spans */
  guint8 nstate; /* 0 none, 1 cardinal, 2 ordinal */
  guint8 opens;  /* may_start's answer: OPENS_* */
  char key[16];  /* lower-case, truncated; "'" for U+2019, "-" for U+2013 */
} Tok;

typedef struct
{
  const FdDoc *doc;
  const char *text;
  const Tok *t;
  guint n;
  gboolean have_dct;
  gint64 dct;
  int dy, dm, dd;
  /* The quarter the article last spoke of: "a year earlier" in a report
   * about quarterly results means that quarter a year before. */
  int focus_y, focus_q;
  /* The year of the last date the article gave with its year ("in 1998",
   * "June 1997"), 0 before any: "that year" and "the following year"
   * count from it, as TimeML systems resolve such anaphoric phrases. */
  int ref_y;
  int ref_m;      /* its month, 0 when it gave none */
  gint64 ref_day; /* its day number, G_MININT64 when it gave none */
  /* The last token of the sentence that is "quarter", "half" or
   * "period", -1 for none: match_quarter needs one at or after its
   * start. */
  gint last_quarter_word;
} Ctx;

typedef struct
{
  guint i0, i1; /* tokens [i0, i1) */
  FdClaimType type;
  char value[48];
  char value_max[48];
  guint hedge0, hedge1; /* hedge tokens, empty when hedge0 == hedge1 */
  guint zone;           /* token of the time zone, 0 when none */
  guint anchor0, anchor1;
  gboolean takes_the; /* a leading "the" belongs to the span */
  int quarter_y, quarter_q;
} Match;

/* strcmp for the short keys here, inline: the library call costs more
 * than the comparison. */
G_ALWAYS_INLINE static inline int
str_cmp (const char *a, const char *b)
{
  while (*a && *a == *b)
    {
      a++;
      b++;
    }
  return (unsigned char)*a - (unsigned char)*b;
}

/* is, tk and at run a few million times per megabyte, from every matcher:
 * always inlined, where the compiler would otherwise call them. */
G_ALWAYS_INLINE static inline gboolean
is (const Tok *t, const char *key)
{
  /* the first byte settles almost every comparison */
  return t->key[0] == key[0] && str_cmp (t->key, key) == 0;
}

/* Token @i of the sentence, or a blank one past the end, so matchers can
 * look ahead without bounds checks. */
G_ALWAYS_INLINE static inline const Tok *
tk (const Ctx *c, guint i)
{
  static const Tok none = { .kind = T_PUNCT, .space = 1, .num = -1 };
  return i < c->n ? &c->t[i] : &none;
}

G_ALWAYS_INLINE static inline gboolean
at (const Ctx *c, guint i, const char *key)
{
  return i < c->n && is (&c->t[i], key);
}

/* Tokens [i, j) are written without white space between them. */
static gboolean
glued (const Ctx *c, guint i, guint j)
{
  for (guint k = i + 1; k < j && k < c->n; k++)
    if (c->t[k].space)
      return FALSE;
  return j <= c->n;
}

/* Skips a '.' glued to token @i - 1 ("Sept.", "a.m."). */
static guint
dot (const Ctx *c, guint i)
{
  return at (c, i, ".") && !c->t[i].space ? i + 1 : i;
}

/* The lexicon hashed by key, so that a word's lookup is one hash and
 * usually one probe of an empty slot (most words are in no class): a
 * binary search cost a dozen byte comparisons per word, and every word of
 * every sentence is looked up.  Keys are compared as two 64-bit halves of
 * the NUL-padded 16-byte key, which is equal exactly when the strings
 * are.  Filled once per process (lex_index) and read-only after. */
#define LEX_SLOTS 1024 /* a power of two, over four times the lexicon */

typedef struct
{
  guint64 key[G_N_ELEMENTS (lexicon)][2]; /* each word, NUL-padded */
  guint8 slot[LEX_SLOTS];                 /* lexicon index + 1; 0 empty */
  /* The word is "quarter", "half" or "period" (Ctx.last_quarter_word). */
  gboolean quarter_word[G_N_ELEMENTS (lexicon)];
  /* The word is "the", "a", "an" or "at" (OPENS_NEXT). */
  gboolean before_time[G_N_ELEMENTS (lexicon)];
} LexIndex;

G_STATIC_ASSERT (G_N_ELEMENTS (lexicon) < G_MAXUINT8);
G_STATIC_ASSERT (G_N_ELEMENTS (lexicon) * 4 <= LEX_SLOTS);

/* The home slot of a key given as its two halves. */
static inline guint
lex_home (guint64 k0, guint64 k1)
{
  guint64 h = (k0 ^ (k1 * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)))
              * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint)(h >> 54);
}

G_STATIC_ASSERT (LEX_SLOTS == 1 << (64 - 54));

static void
lex_index_init (LexIndex *ix)
{
  for (guint k = 0; k < G_N_ELEMENTS (lexicon); k++)
    {
      char buf[G_SIZEOF_MEMBER (Tok, key)] = { 0 };
      guint s;

      g_assert (strlen (lexicon[k].word) < sizeof buf);
      strcpy (buf, lexicon[k].word);
      memcpy (ix->key[k], buf, sizeof buf);
      s = lex_home (ix->key[k][0], ix->key[k][1]);
      while (ix->slot[s])
        s = (s + 1) % LEX_SLOTS;
      ix->slot[s] = (guint8)(k + 1);
      ix->quarter_word[k] = strcmp (buf, "quarter") == 0
                            || strcmp (buf, "half") == 0
                            || strcmp (buf, "period") == 0;
      ix->before_time[k] = strcmp (buf, "the") == 0 || strcmp (buf, "a") == 0
                           || strcmp (buf, "an") == 0
                           || strcmp (buf, "at") == 0;
    }
}

/* The lexicon entry whose word is @key (NUL-padded to the size of a
 * token's key), or NULL. */
static inline const Lex *
lex_find (const LexIndex *ix, const char *key)
{
  guint64 k0, k1;
  guint s, e;

  memcpy (&k0, key, 8);
  memcpy (&k1, key + 8, 8);
  for (s = lex_home (k0, k1); (e = ix->slot[s]) != 0; s = (s + 1) % LEX_SLOTS)
    if (ix->key[e - 1][0] == k0 && ix->key[e - 1][1] == k1)
      return &lexicon[e - 1];
  return NULL;
}

/* The lexicon index, built on first use by whichever thread comes first
 * and never written again: the table is a constant that C cannot spell
 * out, and building it per document cost more than short documents'
 * tokens. */
static const LexIndex *
lex_index (void)
{
  static LexIndex ix;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      lex_index_init (&ix);
      g_once_init_leave (&ready, 1);
    }
  return &ix;
}

/* Writes the key of the word of @run letters and digits at @w into @key:
 * its first bytes lower-cased (digits have the 0x20 bit already), NUL
 * after.  @room is how many bytes may be read at @w.  With room for two
 * 64-bit loads the key is built eight bytes at a time, masked to the
 * word, where a byte loop and a memset cost a tenth of the extraction. */
static inline void
word_key (char key[16], const char *w, gsize run, gsize room)
{
  gsize k = MIN (run, 15);

#ifdef FD_ASCII8
  if (room >= 16)
    {
      const guint64 fold = 0x20 * FD_ASCII8_ONES;
      guint64 k0, k1;

      memcpy (&k0, w, 8);
      memcpy (&k1, w + 8, 8);
      if (k < 8)
        {
          k0 = (k0 | fold) & ((G_GUINT64_CONSTANT (1) << (8 * k)) - 1);
          k1 = 0;
        }
      else
        {
          k0 |= fold;
          k1 = (k1 | fold) & ((G_GUINT64_CONSTANT (1) << (8 * (k - 8))) - 1);
        }
      memcpy (key, &k0, 8);
      memcpy (key + 8, &k1, 8);
      return;
    }
#endif
  (void)room;
  for (gsize x = 0; x < k; x++)
    key[x] = (char)(w[x] | 0x20);
  memset (key + k, 0, 16 - k);
}

/* Cuts bytes [@start, @end) of @s, a text of @len bytes, into @toks.
 * Returns the last token that is "quarter", "half" or "period", -1 for
 * none (Ctx.last_quarter_word): the lexicon marks them, so the tokens
 * need no second pass. */
static gint
tokenise (const LexIndex *ix, const char *s, gsize len, gsize start, gsize end,
          GArray *toks)
{
  gint last_quarter_word = -1;
  gsize i = start;
  gboolean space = TRUE;
  Tok *out;
  guint n = 0;

  /* A sentence has at most one token per byte: size the array once and
   * write in place (appending one token at a time cost a call each). */
  g_array_set_size (toks, (guint)(end - start));
  out = (Tok *)(void *)toks->data;
  while (i < end)
    {
      unsigned char ch = (unsigned char)s[i];
      Tok *t = &out[n];
      gsize j = i;

      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
        {
          space = TRUE;
          i++;
          continue;
        }
      /* every field set here, in place: clearing a whole token and then
       * copying it into the array cost more than the rest */
      t->start = i;
      t->space = space;
      t->cap = 0;
      t->cls = 0;
      t->val = 0;
      t->ndig = 0;
      t->num = -1;
      t->str = NULL;
      t->nval = 0;
      t->ntoks = 0;
      t->nstate = 0;
      t->opens = OPENS_NO;
      space = FALSE;
      if (g_ascii_isalnum (ch))
        {
          gsize run = fd_ascii_word_run (s + j, s + end, FALSE);
          char key[sizeof t->key];
          /* the key keeps the first bytes, lower-cased (digits have the
           * 0x20 bit already), built in a local buffer (a store through
           * @t could alias anything, so the compiler would reload the
           * character table every byte); the rest of a long word is only
           * skipped */
          word_key (key, s + j, run, len - j);
          j += run;
          memcpy (t->key, key, sizeof key);
          if (g_ascii_isdigit (ch))
            {
              gint64 v = 0;
              t->kind = T_NUM;
              while (i + t->ndig < j && g_ascii_isdigit (s[i + t->ndig]))
                {
                  v = v * 10 + (s[i + t->ndig] - '0');
                  t->ndig++;
                  if (t->ndig > 9)
                    break;
                }
              t->num = t->ndig <= 9 ? (gint32)v : -1;
              t->opens = OPENS_YES;
            }
          else
            {
              const Lex *l = NULL;
              t->kind = T_WORD;
              t->cap = g_ascii_isupper (ch);
              if (t->key[0] >= 'a' && t->key[0] <= 'z')
                {
                  l = lex_find (ix, key);
                }
              if (l)
                {
                  t->cls = l->cls;
                  t->val = l->val;
                  t->str = l->str;
                  if (ix->quarter_word[l - lexicon])
                    last_quarter_word = (gint)n;
                }
              /* may_start's tests, in its order */
              if (t->cls != C_NONE && t->cls != C_KEY)
                t->opens = OPENS_YES;
              else if (l && ix->before_time[l - lexicon])
                t->opens = OPENS_NEXT;
              else if (t->cls == C_KEY || (t->val & V_START))
                t->opens = OPENS_YES;
            }
        }
      else if (ch >= 0x80)
        {
          j++;
          while (j < end && ((unsigned char)s[j] & 0xc0) == 0x80)
            j++;
          t->kind = T_PUNCT;
          memset (t->key, 0, sizeof t->key);
          if (j - i == 3 && ch == 0xe2 && (unsigned char)s[i + 1] == 0x80)
            {
              unsigned char c3 = (unsigned char)s[i + 2];
              if (c3 == 0x99 || c3 == 0x98)
                strcpy (t->key, "'");
              else if (c3 == 0x93)
                strcpy (t->key, "-");
              else if (c3 == 0x94)
                strcpy (t->key, "--");
              else if (c3 == 0x9c || c3 == 0x9d)
                strcpy (t->key, "\"");
            }
        }
      else
        {
          j++;
          t->kind = T_PUNCT;
          memset (t->key, 0, sizeof t->key);
          t->key[0] = (char)ch;
        }
      if (t->kind == T_PUNCT && t->key[0] == '\'' && t->key[1] == '\0')
        t->opens = OPENS_YES;
      t->end = j;
      n++;
      i = j;
      /* A single space after a token is the commonest gap: step over it
       * here, as the white space branch above would. */
      if (i < end && s[i] == ' ')
        {
          space = TRUE;
          i++;
        }
    }
  /* Shrinks the array: it neither clears nor zero-terminates, so the
   * length is all that g_array_set_size would change, through a call to
   * g_array_remove_range per sentence. */
  toks->len = n;
  return last_quarter_word;
}

/* Reads the number at each token that can start one, once per sentence,
 * so that the matchers trying a count at the same place share the work. */
static void
read_numbers (const char *text, Tok *t, guint n)
{
  for (guint k = 0; k < n; k++)
    {
      FdNumber num;
      guint j;

      if (t[k].kind == T_NUM && t[k].key[t[k].ndig] != '\0')
        continue;
      if (t[k].kind != T_NUM && t[k].cls != C_NUMW)
        continue;
      /* Plain digits are their own value unless a separator glued to
       * more digits ("28,500", "4.5") or a number word ("5 million")
       * follows: only then can the parser read more than the token. */
      if (t[k].kind == T_NUM && t[k].num >= 0
          && !(k + 2 < n && (is (&t[k + 1], ".") || is (&t[k + 1], ","))
               && t[k + 2].kind == T_NUM && !t[k + 2].space)
          && !(k + 1 < n && t[k + 1].cls == C_NUMW))
        {
          t[k].nval = t[k].num;
          t[k].ntoks = 1;
          t[k].nstate = 1;
          continue;
        }
      if (!fd_numword_parse (text + t[k].start, t[n - 1].end - t[k].start,
                             &num))
        continue;
      for (j = k; j < n && t[j].start < t[k].start + num.len; j++)
        ;
      t[k].nval = num.value;
      t[k].ntoks = (guint16)(j - k);
      t[k].nstate = num.ordinal ? 2 : 1;
    }
}

/* ---- values ---------------------------------------------------------- */

static void
fmt_day (Match *m, char *buf, gint64 days)
{
  int y, mo, d;
  (void)m;
  fd_calendar_civil (days, &y, &mo, &d);
  snprintf (buf, 48, "%04d-%02d-%02d", y, mo, d);
}

static void
fmt_month (char *buf, int y, int mo)
{
  /* Month arithmetic may leave mo outside 1..12. */
  y += (mo - 1 >= 0 ? (mo - 1) / 12 : -((12 - mo) / 12));
  mo = ((mo - 1) % 12 + 12) % 12 + 1;
  snprintf (buf, 48, "%04d-%02d", y, mo);
}

static void
fmt_week (char *buf, gint64 days)
{
  int y, w;
  fd_calendar_iso_week (days, &y, &w);
  snprintf (buf, 48, "%04d-W%02d", y, w);
}

static const char *const season_codes[] = { "", "SP", "SU", "FA", "WI" };
static const char *const part_codes[] = { "", "MO", "AF", "EV", "NI" };

/* The TIMEX3 letter of each unit and whether it goes after the 'T'. */
static const struct
{
  char letter;
  gboolean time;
  int mult; /* decades and centuries are written in years */
} unit_code[] = {
  [U_NONE] = { 'X', FALSE, 1 },      [U_SEC] = { 'S', TRUE, 1 },
  [U_MIN] = { 'M', TRUE, 1 },        [U_HOUR] = { 'H', TRUE, 1 },
  [U_DAY] = { 'D', FALSE, 1 },       [U_WEEK] = { 'W', FALSE, 1 },
  [U_WEEKEND] = { 'D', FALSE, 2 },   [U_FORTNIGHT] = { 'W', FALSE, 2 },
  [U_MONTH] = { 'M', FALSE, 1 },     [U_QUARTER] = { 'Q', FALSE, 1 },
  [U_YEAR] = { 'Y', FALSE, 1 },      [U_DECADE] = { 'Y', FALSE, 10 },
  [U_CENTURY] = { 'Y', FALSE, 100 },
};

/* Writes a duration of @n units (@n < 0: an unknown number, "PXY").
 * Fractions move to the next smaller unit when that makes them whole
 * ("half an hour" PT30M, "2.5 years" P2Y6M). */
static void
fmt_duration (char *buf, double n, int unit)
{
  static const struct
  {
    int from, to;
    double factor;
  } smaller[] = {
    { U_YEAR, U_MONTH, 12 },    { U_DAY, U_HOUR, 24 },
    { U_HOUR, U_MIN, 60 },      { U_MIN, U_SEC, 60 },
    { U_WEEK, U_DAY, 7 },       { U_DECADE, U_YEAR, 10 },
    { U_CENTURY, U_YEAR, 100 },
  };
  char letter = unit_code[unit].letter;
  const char *t = unit_code[unit].time ? "T" : "";

  if (n < 0)
    {
      snprintf (buf, 48, "P%sX%c", t, letter);
      return;
    }
  n *= unit_code[unit].mult;
  if (unit == U_HOUR && n == 24)
    {
      /* TimeBank writes twenty-four hours as one day. */
      snprintf (buf, 48, "P1D");
      return;
    }
  if (n != floor (n))
    for (gsize k = 0; k < G_N_ELEMENTS (smaller); k++)
      if (smaller[k].from == unit && unit_code[unit].mult == 1)
        {
          double whole = floor (n), rest = (n - whole) * smaller[k].factor;
          int to = smaller[k].to;
          if (rest == floor (rest))
            {
              const char *t2 = unit_code[to].time ? "T" : "";
              if (whole == 0)
                snprintf (buf, 48, "P%s%.0f%c", t2, rest,
                          unit_code[to].letter);
              else if (*t == *t2)
                snprintf (buf, 48, "P%s%.0f%c%.0f%c", t, whole, letter, rest,
                          unit_code[to].letter);
              else
                snprintf (buf, 48, "P%.0f%cT%.0f%c", whole, letter, rest,
                          unit_code[to].letter);
              return;
            }
        }
  if (n == floor (n))
    snprintf (buf, 48, "P%s%.0f%c", t, n, letter);
  else
    snprintf (buf, 48, "P%s%g%c", t, n, letter);
}

/* ---- tense ----------------------------------------------------------- */

/* TRUE when the words before token @i point to the future: news reports a
 * bare "Tuesday" or "in October" as past unless a modal or a schedule says
 * otherwise. */
static gboolean
future_cue (const Ctx *c, guint i)
{
  static const char *const cues[] = {
    "will",     "ll",     "shall",   "scheduled", "upcoming", "slated",
    "next",     "might",  "until",   "plans",     "planned",  "planning",
    "expected", "expect", "expects", "soon",
  };
  guint lo = i > 12 ? i - 12 : 0;

  /* "a service planned for Saturday was cancelled": the plan is past */
  if (at (c, i + 1, "was") || at (c, i + 1, "were"))
    return FALSE;
  for (guint k = lo; k < i; k++)
    {
      const Tok *t = &c->t[k];
      if (t->kind != T_WORD || (k > 0 && is (&c->t[k - 1], "-") && !t->space))
        continue; /* "lower-than-expected" */
      /* "set to resume", "going to meet", "is to resume": a plan */
      if ((is (t, "set") || is (t, "going") || is (t, "is") || is (t, "are"))
          && at (c, k + 1, "to") && tk (c, k + 2)->kind == T_WORD)
        return TRUE;
      /* "do not plan to act Thursday"; "the plan" alone is a noun */
      if (is (t, "plan") && at (c, k + 1, "to"))
        return TRUE;
      /* "ahead of the weekend", "ahead of Tuesday's vote" */
      if (is (t, "ahead") && at (c, k + 1, "of") && k + 3 >= i)
        return TRUE;
      /* "as early as Tuesday", "as soon as Tuesday" */
      if (is (t, "as") && (at (c, k + 1, "early") || at (c, k + 1, "soon"))
          && at (c, k + 2, "as"))
        return TRUE;
      if (is (t, "next") && at (c, k + 1, "to"))
        continue; /* "next to the embassy" */
      if (k > 0 && (is (&c->t[k - 1], "had") || is (&c->t[k - 1], "been")))
        continue; /* "had been scheduled to expire": a past plan */
      for (gsize q = 0; q < G_N_ELEMENTS (cues); q++)
        if (is (t, cues[q]))
          return TRUE;
    }
  /* "said he would fly home Thursday": the future of a past report,
   * unless "would have" looks back, a clause ends between ("would appeal the
   * ruling, announced Wednesday") or the day owns a noun ("Wednesday's
   * ruling") */
  if (!(at (c, i + 1, "'") && at (c, i + 2, "s")))
    for (guint k = i; k-- > lo;)
      {
        if (is (&c->t[k], ",") || is (&c->t[k], ";"))
          break;
        if (is (&c->t[k], "would"))
          return !at (c, k + 1, "have"); /* "would have met": a past */
      }
  /* "Tuesday will", "Tuesday's vote will" */
  for (guint k = i + 1; k < i + 4 && k < c->n; k++)
    if (is (&c->t[k], "will") || is (&c->t[k], "ll"))
      return TRUE;
  return FALSE;
}

/* ---- matchers -------------------------------------------------------- */

static gboolean
month_tok (const Ctx *c, guint i, int *month, guint *next)
{
  const Tok *t = tk (c, i);

  if (t->cls != C_MONTH || !t->cap)
    return FALSE;
  *month = t->val & V_MASK;
  *next = (t->val & V_ABBR) ? dot (c, i + 1) : i + 1;
  /* "Jan Kavan": an abbreviation without its dot is a month only before a
   * day or a year */
  if ((t->val & V_ABBR) && *next == i + 1 && tk (c, i + 1)->kind != T_NUM)
    return FALSE;
  if (*month == 5 && !(g_ascii_isupper (c->text[t->start + 1]))
      && (t->start == c->t[0].start))
    {
      /* "May" opening a sentence is usually the verb. */
      const Tok *n = tk (c, i + 1);
      if (n->kind != T_NUM)
        return FALSE;
    }
  if (*month == 5 && t->start != c->t[0].start)
    {
      const Tok *n = tk (c, i + 1), *p = tk (c, i - 1);
      if (n->kind != T_NUM && !is (p, "in") && !is (p, "of")
          && !is (p, "since") && !is (p, "until") && !is (p, "early")
          && !is (p, "late") && !is (p, "mid") && !is (p, "last")
          && !is (p, "next") && !is (p, "this") && !is (p, "by")
          && !is (p, "-"))
        return FALSE;
    }
  return TRUE;
}

static gboolean
year_num (const Tok *t, int *y)
{
  if (t->kind != T_NUM || t->ndig != 4 || t->key[4] != '\0')
    return FALSE;
  if (t->num < 1000 || t->num > 2099)
    return FALSE;
  *y = t->num;
  return TRUE;
}

static gboolean
day_num (const Tok *t, int *d)
{
  const char *suf;
  if (t->kind != T_NUM || t->ndig > 2 || t->num < 1 || t->num > 31)
    return FALSE;
  suf = t->key + t->ndig;
  if (*suf && strcmp (suf, "st") && strcmp (suf, "nd") && strcmp (suf, "rd")
      && strcmp (suf, "th"))
    return FALSE;
  *d = t->num;
  return TRUE;
}

/* Where the words around the month at token @i place it: +1 ahead ("will
 * close in December", "payable Dec. 7", "by February"), -1 behind ("the
 * year ended Jan. 31"), 0 when they do not say. */
static int
month_tense (const Ctx *c, guint i)
{
  const Tok *p = tk (c, i - 1);

  if (i > 0 && is (p, "ended"))
    return -1;
  if (i > 0
      && (is (p, "by") || is (p, "payable") || is (p, "effective")
          || is (p, "until")))
    return 1;
  if (i > 1 && (is (p, "in") || is (p, "on"))
      && (is (tk (c, i - 2), "payable") || is (tk (c, i - 2), "effective")))
    return 1;
  return future_cue (c, i) ? 1 : 0;
}

/* Year of month @mo (and day @d, 0 for the whole month) without a year:
 * the next one when the sentence looks ahead, the last one when it looks
 * back, else the one that puts it nearest the publication date, as news
 * mostly speaks of the months just gone and just ahead. */
static int
guess_year (const Ctx *c, guint i, int mo, int d)
{
  int diff = (mo - c->dm) * 31 + (d ? d - c->dd : 0);
  int tense = month_tense (c, i);

  if (tense > 0)
    return diff >= -15 ? c->dy : c->dy + 1;
  if (tense < 0)
    return diff <= 15 ? c->dy : c->dy - 1;
  if (diff > 150)
    return c->dy - 1;
  /* a month well before the publication month is more often this year's
   * than next year's: news reports the past more than the future */
  if (diff < -250)
    return c->dy + 1;
  return c->dy;
}

/* Resolves weekday @wd (1..7) near the publication date; @dir -1 the last
 * one strictly before, +1 the next strictly after, 0 by tense (on or
 * before unless the sentence points to the future). */
static gint64
resolve_weekday (const Ctx *c, guint i, int wd, int dir)
{
  int cur = fd_calendar_weekday (c->dct);
  int back = (cur - wd + 7) % 7, fwd = (wd - cur + 7) % 7;

  if (dir == 0)
    {
      /* by tense: the day itself counts, "will return Wednesday" said on
       * a Wednesday is today */
      if (future_cue (c, i))
        return c->dct + fwd;
      return c->dct - back;
    }
  else if (dir < 0 && back == 0)
    back = 7;
  if (dir > 0)
    return c->dct + (fwd ? fwd : 7);
  return c->dct - back;
}

static void
set_day_or_x (const Ctx *c, Match *m, gint64 days)
{
  if (c->have_dct)
    fmt_day (m, m->value, days);
  else
    strcpy (m->value, "XXXX-XX-XX");
}

/* "in the morning" after an hour @h (1..12) at token @j: moves *h to the
 * half of the day the part names and returns the token after it, or @j. */
static guint
in_the_part (const Ctx *c, guint j, int *h)
{
  int part;

  if (!at (c, j, "in") || !at (c, j + 1, "the") || tk (c, j + 2)->cls != C_PART
      || (tk (c, j + 2)->val & V_PLURAL))
    return j;
  part = tk (c, j + 2)->val & V_MASK;
  if (part == 1 && *h == 12)
    *h = 0;
  else if (part > 1 && *h < 12 && !(part == 4 && *h < 5))
    *h += 12; /* "two in the night" stays small */
  return j + 3;
}

/* "15:46", "3:30 p.m.", "10 a.m.", "noon": sets *h and *mi and returns the
 * token after the time, or @i when there is none. */
static guint
clock_at (const Ctx *c, guint i, int *h, int *mi)
{
  const Tok *t = tk (c, i);
  guint j = i + 1, k;
  gboolean colon = FALSE;

  if (is (t, "noon") || is (t, "midday"))
    {
      *h = 12;
      *mi = 0;
      return i + 1;
    }
  if (is (t, "midnight"))
    {
      *h = 24;
      *mi = 0;
      return i + 1;
    }
  if (t->kind == T_WORD && t->nstate == 1 && t->ntoks == 1 && t->nval >= 1
      && t->nval <= 12 && t->nval == floor (t->nval) && at (c, j, "in")
      && at (c, j + 1, "the") && tk (c, j + 2)->cls == C_PART)
    {
      /* "two in the morning": the hour in words, read below */
      *h = (int)t->nval;
      *mi = 0;
      return in_the_part (c, j, h);
    }
  if (t->kind != T_NUM || t->ndig > 2 || t->num > 24)
    return i;
  *h = t->num;
  *mi = 0;
  if (t->key[t->ndig] == '\0' && at (c, j, ":") && !c->t[j].space
      && tk (c, j + 1)->kind == T_NUM && tk (c, j + 1)->ndig == 2
      && !c->t[j + 1].space && tk (c, j + 1)->num < 60)
    {
      *mi = c->t[j + 1].num;
      colon = TRUE;
      j += 2;
    }
  {
    /* am / pm, spelled "p.m.", "pm", "PM", or glued "3pm", "30pm" */
    const Tok *last = tk (c, j - 1);
    const char *suf = last->key + last->ndig;
    int pm = -1;
    if (strcmp (suf, "am") == 0)
      pm = 0;
    else if (strcmp (suf, "pm") == 0)
      pm = 1;
    else if ((at (c, j, "a") || at (c, j, "p")) && at (c, j + 1, ".")
             && at (c, j + 2, "m") && glued (c, j, j + 3))
      {
        pm = at (c, j, "p");
        j = dot (c, j + 3);
      }
    else if (at (c, j, "am") || at (c, j, "pm"))
      {
        pm = at (c, j, "pm");
        j++;
      }
    if (pm >= 0)
      {
        if (*h > 12 || *h == 0)
          return i;
        if (pm && *h < 12)
          *h += 12;
        else if (!pm && *h == 12)
          *h = 0;
        return j;
      }
  }
  /* "4 in the morning", "9:30 in the evening" */
  if (*h >= 1 && *h <= 12 && (k = in_the_part (c, j, h)) > j)
    return k;
  if (colon && *h <= 24)
    return j;
  if (at (c, j, "o") && at (c, j + 1, "'") && at (c, j + 2, "clock"))
    return j + 3;
  return i;
}

/* A year in words, as broadcast transcripts write them: "nineteen
 * ninety-six", "two thousand", "two thousand and one".  Returns the token
 * after it, or @i. */
static guint
spelled_year (const Ctx *c, guint i, int *y)
{
  const Tok *t = tk (c, i), *u = tk (c, i + 1);

  if (t->cls != C_NUMW || t->nstate != 1)
    return i;
  /* "nineteen ninety-six": the reader stops after "nineteen" */
  if (t->ntoks == 1 && t->nval >= 11 && t->nval <= 20 && u->cls == C_NUMW
      && u->nstate == 1 && u->nval >= 10 && u->nval < 100)
    {
      *y = (int)t->nval * 100 + (int)u->nval;
      return i + 1 + u->ntoks;
    }
  if (t->nval >= 1900 && t->nval < 2100 && t->nval == floor (t->nval))
    {
      *y = (int)t->nval;
      return i + t->ntoks;
    }
  return i;
}

/* A year in digits or words at @i: the token after it, or @i. */
static guint
year_at (const Ctx *c, guint i, int *y)
{
  if (year_num (tk (c, i), y))
    return i + 1;
  return spelled_year (c, i, y);
}

/* A day of the month spelled as an ordinal word after the month, as
 * broadcast transcripts write it: "March eighth", "May twenty-first".
 * Returns the token after it, or @i. */
static guint
spelled_day (const Ctx *c, guint i, int *d)
{
  const Tok *t = tk (c, i);
  FdNumber num;
  guint j;

  if (t->kind != T_WORD || t->cap || c->n == 0)
    return i;
  if (!fd_numword_parse (c->text + t->start, c->t[c->n - 1].end - t->start,
                         &num)
      || !num.ordinal || !num.words || num.value < 1 || num.value > 31
      || num.value != floor (num.value))
    return i;
  for (j = i; j < c->n && c->t[j].start < t->start + num.len; j++)
    ;
  *d = (int)num.value;
  return j;
}

/* A month used as a noun of its own: "the annual March for Life", "the
 * March of the Mothers" (a procession), never the month before a year. */
static gboolean
month_is_noun (const Ctx *c, guint i, guint next)
{
  int y;

  if (!is (tk (c, i), "march"))
    return FALSE;
  if (!(at (c, next, "for") || at (c, next, "of") || at (c, next, "on")))
    return FALSE;
  if (at (c, next, "of") && year_num (tk (c, next + 1), &y))
    return FALSE;
  return at (c, i - 1, "the") || at (c, i - 1, "annual") || at (c, i - 1, "a")
         || at (c, i - 1, "`") || at (c, i - 1, "\"");
}

/* Absolute dates: "June 17, 2025", "Dec. 24", "June 6,2025", "June 15-17",
 * "July-Sept.", "July 1997", "17 June 2025". */
static gboolean
match_month (Ctx *c, guint i, Match *m)
{
  int mo, d, d2, y, mo2;
  guint j, k;

  if (day_num (tk (c, i), &d) && month_tok (c, i + 1, &mo, &j))
    {
      /* "17 June 2025", "17 June" */
      if (year_num (tk (c, j), &y))
        {
          snprintf (m->value, 48, "%04d-%02d-%02d", y, mo, d);
          m->i1 = j + 1;
        }
      else
        {
          if (c->have_dct)
            snprintf (m->value, 48, "%04d-%02d-%02d", guess_year (c, i, mo, d),
                      mo, d);
          else
            snprintf (m->value, 48, "XXXX-%02d-%02d", mo, d);
          m->i1 = j;
        }
      m->type = FD_CLAIM_DATE;
      return TRUE;
    }
  if (!month_tok (c, i, &mo, &j) || month_is_noun (c, i, j))
    return FALSE;
  m->type = FD_CLAIM_DATE;
  if (day_num (tk (c, j), &d) || (k = spelled_day (c, j, &d)) > j)
    {
      k = day_num (tk (c, j), &d) ? j + 1 : spelled_day (c, j, &d);
      d2 = 0;
      if ((at (c, k, "-") || at (c, k, "to")) && day_num (tk (c, k + 1), &d2)
          && d2 > d)
        k += 2;
      else
        d2 = 0;
      if (at (c, k, ",") && year_num (tk (c, k + 1), &y))
        k += 2;
      else if (year_num (tk (c, k), &y))
        k++;
      else if (c->have_dct)
        y = guess_year (c, i, mo, d);
      else
        y = -1;
      if (y < 0)
        snprintf (m->value, 48, "XXXX-%02d-%02d", mo, d);
      else
        snprintf (m->value, 48, "%04d-%02d-%02d", y, mo, d);
      if (d2)
        {
          if (y < 0)
            snprintf (m->value_max, 48, "XXXX-%02d-%02d", mo, d2);
          else
            snprintf (m->value_max, 48, "%04d-%02d-%02d", y, mo, d2);
        }
      m->i1 = k;
      return TRUE;
    }
  if (at (c, j, ",") && year_num (tk (c, j + 1), &y))
    {
      snprintf (m->value, 48, "%04d-%02d", y, mo);
      m->i1 = j + 2;
      return TRUE;
    }
  if (at (c, j, "of") && year_num (tk (c, j + 1), &y))
    {
      snprintf (m->value, 48, "%04d-%02d", y, mo);
      m->i1 = j + 2;
      return TRUE;
    }
  if ((k = year_at (c, j, &y)) > j)
    {
      snprintf (m->value, 48, "%04d-%02d", y, mo);
      m->i1 = k;
      return TRUE;
    }
  if ((at (c, j, "last") || at (c, j, "this") || at (c, j, "next"))
      && at (c, j + 1, "year") && c->have_dct)
    {
      /* "June last year" */
      int dir = at (c, j, "last") ? -1 : at (c, j, "next") ? 1 : 0;
      snprintf (m->value, 48, "%04d-%02d", c->dy + dir, mo);
      m->i1 = j + 2;
      return TRUE;
    }
  y = c->have_dct ? guess_year (c, i, mo, 0) : -1;
  if ((at (c, j, "-") || at (c, j, "to") || at (c, j, "through"))
      && month_tok (c, j + 1, &mo2, &k) && mo2 != mo)
    {
      int y1 = y, y2 = y;
      if (year_num (tk (c, k), &y2))
        {
          y1 = mo2 < mo ? y2 - 1 : y2;
          k++;
        }
      else if (y >= 0 && mo2 < mo)
        y2 = y + 1;
      if (y1 < 0)
        {
          snprintf (m->value, 48, "XXXX-%02d", mo);
          snprintf (m->value_max, 48, "XXXX-%02d", mo2);
        }
      else
        {
          snprintf (m->value, 48, "%04d-%02d", y1, mo);
          snprintf (m->value_max, 48, "%04d-%02d", y2, mo2);
        }
      m->i1 = k;
      return TRUE;
    }
  if (y < 0)
    snprintf (m->value, 48, "XXXX-%02d", mo);
  else
    snprintf (m->value, 48, "%04d-%02d", y, mo);
  m->i1 = j;
  return TRUE;
}

/* "Tuesday", "Wednesday afternoon", "Tuesday, June 17, 2025", "Tuesdays" */
static gboolean
match_weekday (Ctx *c, guint i, Match *m, int dir)
{
  const Tok *t = tk (c, i);
  int wd, part = 0;
  guint j = i + 1;
  gint64 day;

  if (t->cls != C_WEEKDAY || !t->cap)
    return FALSE;
  wd = t->val & V_MASK;
  if (tk (c, j)->cls == C_PART && !(tk (c, j)->val & V_PLURAL))
    part = tk (c, j++)->val & V_MASK;
  if (t->val & V_PLURAL || tk (c, j)->cls == C_PART)
    {
      if (tk (c, j)->cls == C_PART)
        part = tk (c, j++)->val & V_MASK;
      m->type = FD_CLAIM_SET;
      snprintf (m->value, 48, "XXXX-WXX-%d%s%s", wd, part ? "T" : "",
                part_codes[part]);
      m->i1 = j;
      return TRUE;
    }
  if (!part && (at (c, j, ",") || tk (c, j)->cls == C_MONTH))
    {
      /* "Tuesday, June 17", and "Friday Oct. 13" without the comma */
      guint k = at (c, j, ",") ? j + 1 : j;
      Match m2 = { 0 };
      m2.i0 = k;
      if (match_month (c, k, &m2) && strchr (m2.value, 'X') == NULL
          && strlen (m2.value) == 10)
        {
          *m = m2;
          m->i0 = i;
          return TRUE;
        }
    }
  /* "Friday night" is dated by its day: the night runs past midnight,
   * news gives it as the day's, and another outlet's "Friday" must
   * compare with it (TimeBank mostly tags the day alone) */
  if (part == 4)
    part = 0;
  m->type = part ? FD_CLAIM_TIME : FD_CLAIM_DATE;
  if (c->have_dct)
    {
      day = resolve_weekday (c, i, wd, dir);
      fmt_day (m, m->value, day);
    }
  else
    snprintf (m->value, 48, "XXXX-WXX-%d", wd);
  if (part)
    {
      strcat (m->value, "T");
      strcat (m->value, part_codes[part]);
    }
  m->i1 = j;
  return TRUE;
}

/* A part of the day without its day: "mid-afternoon", "by mid afternoon
 * yesterday", "orders poured in in the morning".  It is the day the
 * article speaks of (or the publication date), as for a bare clock time;
 * "the morning of June 5" is left to the day. */
static gboolean
part_of_day (Ctx *c, guint i, Match *m)
{
  const Tok *t = tk (c, i);
  guint p = i > 0 && at (c, i - 1, "-") && !c->t[i].space ? i - 1 : i;
  gboolean mid = p > 0 && at (c, p - 1, "mid");
  char day[48];

  if (!mid
      && !(i > 1 && at (c, i - 1, "the")
           && (at (c, i - 2, "in") || at (c, i - 2, "during"))
           && !at (c, i + 1, "of")))
    return FALSE;
  m->i1 = i + 1;
  if (tk (c, i + 1)->cls == C_DAYREF && tk (c, i + 1)->val != 2)
    {
      set_day_or_x (c, m, c->dct + tk (c, i + 1)->val);
      g_strlcpy (day, m->value, sizeof day);
      m->i1 = i + 2;
    }
  else if (c->ref_day != G_MININT64)
    fmt_day (m, day, c->ref_day);
  else if (c->have_dct)
    fmt_day (m, day, c->dct);
  else
    strcpy (day, "XXXX-XX-XX");
  m->type = FD_CLAIM_TIME;
  m->takes_the = !mid;
  snprintf (m->value, 48, "%sT%s", day, part_codes[t->val & V_MASK]);
  return TRUE;
}

/* "today", "yesterday", "tomorrow morning", "tonight" */
static gboolean
match_dayref (Ctx *c, guint i, Match *m)
{
  const Tok *t = tk (c, i);
  int off, part = 0;
  guint j = i + 1;

  if (t->cls == C_PART && !(t->val & V_PLURAL))
    return part_of_day (c, i, m);
  if (t->cls != C_DAYREF)
    return FALSE;
  off = t->val;
  if (off == 2)
    {
      off = 0;
      part = 4;
    }
  else if (tk (c, j)->cls == C_PART && !(tk (c, j)->val & V_PLURAL))
    part = tk (c, j++)->val & V_MASK;
  else if (at (c, j, "at") && tk (c, j + 1)->cls == C_PART)
    {
      /* "yesterday at noon" is left to the clock matcher */
    }
  m->type = part ? FD_CLAIM_TIME : FD_CLAIM_DATE;
  set_day_or_x (c, m, c->dct + off);
  if (part)
    {
      strcat (m->value, "T");
      strcat (m->value, part_codes[part]);
    }
  m->i1 = j;
  return TRUE;
}

/* "3:30 p.m.", "15:46 JST, June 18, 2025", "10 p.m. Wednesday",
 * "noon Thursday" */
static gboolean
match_clock (Ctx *c, guint i, Match *m)
{
  int h, mi;
  guint j = clock_at (c, i, &h, &mi), k;
  Match d = { 0 };
  char date[48];

  if (j == i)
    return FALSE;
  /* "high noon" is the showdown of the idiom, not a clock time */
  if (is (tk (c, i), "noon") && at (c, i - 1, "high"))
    return FALSE;
  if (tk (c, j)->cls == C_ZONE && tk (c, j)->kind == T_WORD
      && g_ascii_isupper (c->text[tk (c, j)->start]))
    m->zone = j++;
  k = j;
  if (at (c, k, ",") || at (c, k, "on"))
    k++;
  d.i0 = k;
  if ((match_month (c, k, &d) || match_weekday (c, k, &d, 0)
       || match_dayref (c, k, &d))
      && d.type == FD_CLAIM_DATE && d.value_max[0] == '\0')
    {
      g_strlcpy (date, d.value, sizeof date);
      j = d.i1;
    }
  else if (c->ref_day != G_MININT64)
    fmt_day (m, date, c->ref_day); /* the day the article speaks of */
  else if (c->have_dct)
    fmt_day (m, date, c->dct);
  else
    strcpy (date, "XXXX-XX-XX");
  m->type = FD_CLAIM_TIME;
  snprintf (m->value, 48, "%sT%02d:%02d", date, h, mi);
  m->i1 = j;
  return TRUE;
}

/* "It's the second day of the strike", "today is the eighth day of": the
 * day of the report itself, counted from the start of an event. */
static gboolean
match_nth_day (Ctx *c, guint i, Match *m)
{
  const Tok *t = tk (c, i);
  int d;

  if (!at (c, i + 1, "day") || !at (c, i + 2, "of") || !at (c, i - 1, "the")
      || i < 2)
    return FALSE;
  if (spelled_day (c, i, &d) != i + 1
      && !(day_num (t, &d) && t->key[t->ndig] != '\0'))
    return FALSE;
  if (!at (c, i - 2, "is") && !(at (c, i - 2, "s") && at (c, i - 3, "'")))
    return FALSE;
  m->type = FD_CLAIM_DATE;
  m->takes_the = TRUE;
  set_day_or_x (c, m, c->dct);
  m->i1 = i + 2;
  return TRUE;
}

/* TRUE for "one day" (tokens @i, @k) as in "will one day lead", "hopes he
 * one day follows": some day ahead, not a day's length.  Between a modal
 * or a subject and a verb, which the next word must look like. */
static gboolean
someday (const Ctx *c, guint i, guint k)
{
  static const char *const before[]
      = { "will", "would", "could", "may", "might", "can",
          "he",   "she",   "they",  "we",  "i",     "you" };
  static const char *const after[]
      = { "of", "after", "before", "later", "earlier", "ago", "and", "or",
          "to", "in",    "on",     "for",   "the",     "a",   "an" };
  const Tok *n = tk (c, k + 1);
  gboolean modal = FALSE;

  if (!is (tk (c, i), "one") || k != i + 1 || !is (tk (c, k), "day") || i == 0
      || n->kind != T_WORD || n->cls != C_NONE)
    return FALSE;
  for (gsize q = 0; q < G_N_ELEMENTS (before); q++)
    modal = modal || is (tk (c, i - 1), before[q]);
  if (!modal)
    return FALSE;
  for (gsize q = 0; q < G_N_ELEMENTS (after); q++)
    if (is (n, after[q]))
      return FALSE;
  return TRUE;
}

/* A count before a unit: digits, words, "a", "a couple of", "several".
 * Returns the token after it and sets *n (-1 for a vague count). */
static guint
count_at (const Ctx *c, guint i, double *n)
{
  const Tok *t = tk (c, i);
  FdNumber num;
  guint j;

  if (is (t, "a") || is (t, "an") || is (t, "one"))
    {
      if (at (c, i + 1, "couple") && at (c, i + 2, "of"))
        {
          *n = 2;
          return i + 3;
        }
      if (at (c, i + 1, "few"))
        {
          *n = -1;
          return i + 2;
        }
      if (at (c, i + 1, "half"))
        {
          *n = 0.5;
          return i + 2;
        }
    }
  if (is (t, "couple") && at (c, i + 1, "of"))
    {
      /* "the next couple of years" */
      *n = 2;
      return i + 2;
    }
  if (is (t, "several") || is (t, "few") || is (t, "many") || is (t, "couple")
      || is (t, "some"))
    {
      *n = -1;
      return i + 1;
    }
  if (is (t, "half") && (at (c, i + 1, "a") || at (c, i + 1, "an")))
    {
      *n = 0.5;
      return i + 2;
    }
  if (is (t, "half") && tk (c, i + 1)->cls == C_UNIT
      && !(tk (c, i + 1)->val & V_PLURAL))
    {
      /* "half hour", "a half day" */
      *n = 0.5;
      return i + 1;
    }
  if (t->kind == T_NUM && t->num == 1 && t->key[1] == '\0'
      && at (c, i + 1, "/") && tk (c, i + 2)->kind == T_NUM
      && tk (c, i + 2)->key[1] == '\0'
      && (tk (c, i + 2)->num == 2 || tk (c, i + 2)->num == 4)
      && glued (c, i, i + 3) && tk (c, i + 3)->cls == C_UNIT)
    {
      /* "1/2 hour" */
      *n = 1.0 / tk (c, i + 2)->num;
      return i + 3;
    }
  if ((is (t, "a") || is (t, "an")) && tk (c, i + 1)->cls != C_NUMW)
    {
      *n = 1;
      return i + 1;
    }
  if (is (t, "a") || is (t, "an"))
    {
      /* "a hundred years" is a number; "a year" is one. */
      if (!fd_numword_parse (c->text + t->start, c->t[c->n - 1].end - t->start,
                             &num))
        {
          *n = 1;
          return i + 1;
        }
      for (j = i; j < c->n && c->t[j].start < t->start + num.len; j++)
        ;
      if (num.ordinal || j == i)
        return i;
      *n = num.value;
    }
  else if (t->nstate != 1)
    return i;
  else
    {
      j = i + t->ntoks;
      *n = t->nval;
    }
  /* "five and a half", "two and an half", "one and a quarter" */
  if (at (c, j, "and") && *n == floor (*n))
    {
      guint k = j + 1;
      double q = 1;
      if (at (c, k, "a") || at (c, k, "an") || at (c, k, "one"))
        k++;
      else if (at (c, k, "two") || at (c, k, "three"))
        q = at (c, k++, "two") ? 2 : 3;
      if (at (c, k, "half") && q == 1)
        {
          *n += 0.5;
          return k + 1;
        }
      if (at (c, k, "quarter") || at (c, k, "quarters"))
        {
          *n += 0.25 * q;
          return k + 1 + at (c, k + 1, "of");
        }
    }
  /* "5 1/2 hours" */
  if (tk (c, j)->kind == T_NUM && at (c, j + 1, "/")
      && tk (c, j + 2)->kind == T_NUM && tk (c, j + 2)->num > 0)
    {
      *n += (double)tk (c, j)->num / tk (c, j + 2)->num;
      j += 3;
    }
  return j;
}

static gboolean
unit_tok (const Ctx *c, guint i, int *unit, gboolean *plural)
{
  const Tok *t = tk (c, i);
  if (t->cls != C_UNIT)
    return FALSE;
  *unit = t->val & V_MASK;
  *plural = (t->val & V_PLURAL) != 0;
  return TRUE;
}

/* TRUE when the sentence before token @i speaks of a span of months ("for
 * the nine months, net rose 5% from a year earlier"): a comparison "a year
 * earlier" is then with that span's year, not with the quarter reported. */
static gboolean
months_before (const Ctx *c, guint i)
{
  for (guint k = 0; k < i && k < c->n; k++)
    if (is (&c->t[k], "months") && k > 0 && c->t[k - 1].nstate == 1)
      return TRUE;
  return FALSE;
}

/* Shifts the publication date back (@sign -1) or forward by @n units and
 * writes it at the unit's granularity: "three days ago" a day, "two months
 * ago" a month, "a year earlier" a year (or that quarter a year before). */
static void
shift_date (const Ctx *c, Match *m, double n, int unit, int sign)
{
  int k = (int)n * sign;

  if (!c->have_dct)
    {
      strcpy (m->value, unit <= U_FORTNIGHT ? "XXXX-XX-XX"
                        : unit == U_MONTH   ? "XXXX-XX"
                                            : "XXXX");
      return;
    }
  switch (unit)
    {
    case U_SEC:
    case U_MIN:
    case U_HOUR:
    case U_DAY:
      fmt_day (m, m->value, c->dct + (unit == U_DAY ? k : 0));
      break;
    case U_WEEK:
    case U_WEEKEND:
    case U_FORTNIGHT:
      fmt_day (m, m->value, c->dct + 7 * k * (unit == U_FORTNIGHT ? 2 : 1));
      break;
    case U_MONTH:
      fmt_month (m->value, c->dy, c->dm + k);
      break;
    case U_QUARTER:
      {
        int q = (c->dm - 1) / 3 + k,
            y = c->dy + (q >= 0 ? q / 4 : -((3 - q) / 4));
        q = ((q % 4) + 4) % 4;
        snprintf (m->value, 48, "%04d-Q%d", y, q + 1);
      }
      break;
    case U_YEAR:
      if (c->focus_q && c->focus_y == c->dy && k == -1
          && !months_before (c, m->i0))
        snprintf (m->value, 48, "%04d-Q%d", c->dy + k, c->focus_q);
      else
        snprintf (m->value, 48, "%04d", c->dy + k);
      break;
    case U_DECADE:
      snprintf (m->value, 48, "%03d", (c->dy + 10 * k) / 10);
      break;
    default:
      snprintf (m->value, 48, "%02d", (c->dy + 100 * k) / 100);
      break;
    }
}

/* "1 hour and 30 minutes", "2 years, 3 months", "1 hour 15 seconds",
 * "an hour and fifteen": a duration of @n @unit at @m continued by
 * smaller whole units is one duration, written "PT1H30M", "P2Y3M". */
static void
compound_duration (const Ctx *c, Match *m, double n, int unit)
{
  /* Amounts by TIMEX3 letter: Y M W D, then H M S after the 'T'. */
  double amt[7] = { 0 };
  static const char letters[] = "YMWDHMS";
  static const int slot[] = {
    [U_SEC] = 6,  [U_MIN] = 5,       [U_HOUR] = 4,  [U_DAY] = 3,
    [U_WEEK] = 2, [U_FORTNIGHT] = 2, [U_MONTH] = 1, [U_YEAR] = 0,
  };
  guint j = m->i1, parts = 1;
  int last = unit;
  char *p;

  if (unit == U_WEEKEND || unit > U_YEAR || unit == U_QUARTER)
    return;
  amt[slot[unit]] = n * (unit == U_FORTNIGHT ? 2 : 1);
  for (;;)
    {
      guint k = j, k2;
      double n2;
      int u2 = U_NONE;
      gboolean pl;
      if (at (c, k, ","))
        k++;
      if (at (c, k, "and"))
        k++;
      k2 = count_at (c, k, &n2);
      if (k2 == k || n2 <= 0 || n2 != floor (n2))
        break;
      if (!unit_tok (c, k2, &u2, &pl))
        {
          /* "an hour and fifteen", "2 hours ten": the next unit down */
          if (last != U_HOUR && last != U_MIN)
            break;
          if (k2 < c->n && c->t[k2].kind != T_PUNCT && !at (c, k2, "and"))
            break;
          u2 = last - 1;
          k2--;
        }
      if (u2 >= last || u2 == U_WEEKEND || u2 == U_QUARTER || u2 > U_YEAR
          || u2 == U_NONE)
        break;
      amt[slot[u2]] += n2 * (u2 == U_FORTNIGHT ? 2 : 1);
      last = u2;
      j = k2 + 1;
      if (tk (c, k2)->val & V_ABBR)
        j = dot (c, j);
      parts++;
    }
  if (parts == 1)
    return;
  if (amt[2] && amt[3])
    {
      amt[3] += 7 * amt[2];
      amt[2] = 0;
    }
  p = m->value;
  *p++ = 'P';
  for (int k = 0; k < 7; k++)
    {
      if (k == 4 && (amt[4] || amt[5] || amt[6]))
        *p++ = 'T';
      if (amt[k])
        p += snprintf (p, 16, "%.0f%c", amt[k], letters[k]);
    }
  *p = '\0';
  m->i1 = j;
}

/* Durations and offsets: "30 minutes", "30-minute", "two to three hours",
 * "a couple of years", "several weeks", "three days ago", "a year
 * earlier", "half an hour", "a minute and a half". */
static gboolean
match_count (Ctx *c, guint i, Match *m)
{
  double n, n2 = 0;
  int unit;
  gboolean plural;
  guint j = count_at (c, i, &n), k;

  if (j == i)
    return FALSE;
  k = j;
  /* "two to three hours", "five or six years", "10-15 minutes" */
  if ((at (c, k, "to") || at (c, k, "or") || at (c, k, "-")) && n >= 0)
    {
      guint k2 = count_at (c, k + 1, &n2);
      if (k2 > k + 1 && n2 > n && unit_tok (c, k2, &unit, &plural))
        k = k2;
      else
        n2 = 0;
    }
  if (at (c, k, "-") && !c->t[k].space && !tk (c, k + 1)->space)
    k++; /* "30-minute" */
  /* "two more weeks", "an additional year", "eight trading days" */
  if (k > j - 1 && tk (c, k)->cls != C_UNIT && tk (c, k + 1)->cls == C_UNIT
      && (at (c, k, "more") || at (c, k, "additional") || at (c, k, "extra")
          || at (c, k, "further") || at (c, k, "straight")
          || at (c, k, "consecutive") || at (c, k, "trading")
          || at (c, k, "business") || at (c, k, "working")
          || at (c, k, "full")))
    k++;
  if (!unit_tok (c, k, &unit, &plural))
    return FALSE;
  if (unit == U_WEEKEND && n != 1)
    return FALSE;
  /* "a day-long meeting": the article belongs to the meeting */
  if ((at (c, i, "a") || at (c, i, "an")) && at (c, k + 1, "-")
      && at (c, k + 2, "long") && glued (c, k, k + 3))
    return FALSE;
  if (someday (c, i, k))
    {
      m->type = FD_CLAIM_DATE;
      strcpy (m->value, "FUTURE_REF");
      m->i1 = k + 1;
      return TRUE;
    }
  /* "a year-earlier loss": the adjective of match_year_ago */
  if (at (c, k + 1, "-") && (at (c, k + 2, "earlier") || at (c, k + 2, "ago"))
      && glued (c, k, k + 3))
    return FALSE;
  /* "the 1988 quarter" is a year, not 1988 quarters */
  if (!plural && tk (c, i)->kind == T_NUM && tk (c, i)->ndig == 4)
    return FALSE;
  /* "37 years old" is an age, "$1.76 a year" a rate: neither is a
   * temporal expression in TimeBank. */
  if (at (c, k + 1, "old") || at (c, k + 1, "younger")
      || at (c, k + 1, "older"))
    return FALSE;
  if (at (c, k + 1, "-") && at (c, k + 2, "old") && glued (c, k, k + 3))
    return FALSE;
  /* "three-quarters of its food" is a share */
  if (unit == U_QUARTER && plural && k > j && glued (c, i, k + 1))
    return FALSE;
  /* "a second group", "one second thought": the ordinal */
  if (unit == U_SEC && !plural && tk (c, k + 1)->kind == T_WORD
      && tk (c, k + 1)->cls == C_NONE && !at (c, k + 1, "ago")
      && !at (c, k + 1, "later") && !at (c, k + 1, "after")
      && !at (c, k + 1, "before") && !at (c, k + 1, "and")
      && !at (c, k + 1, "or") && !at (c, k + 1, "to"))
    return FALSE;
  if ((at (c, i, "a") || at (c, i, "an")) && i > 0 && !at (c, k + 1, "ago")
      && !at (c, k + 1, "earlier")
      && (c->t[i - 1].kind == T_NUM
          || (c->t[i - 1].kind == T_WORD && c->t[i - 1].cls == C_NONE
              && c->t[i - 1].key[strlen (c->t[i - 1].key) - 1] == 's'
              && !is (&c->t[i - 1], "was") && !is (&c->t[i - 1], "is")
              && !is (&c->t[i - 1], "as") && !is (&c->t[i - 1], "takes")
              && !is (&c->t[i - 1], "lasts"))
          || is (&c->t[i - 1], "million") || is (&c->t[i - 1], "billion")
          || is (&c->t[i - 1], "percent")))
    return FALSE;
  m->i1 = k + 1;
  if (tk (c, k)->val & V_ABBR)
    m->i1 = dot (c, m->i1);
  /* "a minute and a half", "one hour and half" */
  if (at (c, m->i1, "and") && at (c, m->i1 + 1, "a")
      && at (c, m->i1 + 2, "half") && n >= 1)
    {
      n += 0.5;
      m->i1 += 3;
    }
  else if (at (c, m->i1, "and") && at (c, m->i1 + 1, "half") && n >= 1)
    {
      n += 0.5;
      m->i1 += 2;
    }
  /* "a week or so ago" */
  if (at (c, m->i1, "or") && at (c, m->i1 + 1, "so")
      && (at (c, m->i1 + 2, "ago") || at (c, m->i1 + 2, "earlier")))
    m->i1 += 2;
  if (at (c, m->i1, "ago") || at (c, m->i1, "earlier")
      || (at (c, m->i1, "before")
          && (at (c, m->i1 + 1, ",") || at (c, m->i1 + 1, "."))))
    {
      m->i1++;
      m->type = FD_CLAIM_DATE;
      if (n < 0)
        strcpy (m->value, "PAST_REF");
      else
        shift_date (c, m, n, unit, -1);
      return TRUE;
    }
  if (at (c, m->i1, "from") && at (c, m->i1 + 1, "now"))
    {
      m->i1 += 2;
      m->type = FD_CLAIM_DATE;
      shift_date (c, m, n, unit, 1);
      return TRUE;
    }
  m->type = FD_CLAIM_DURATION;
  if (unit == U_QUARTER)
    {
      if (n < 0)
        strcpy (m->value, "PXQ");
      else
        snprintf (m->value, 48, "P%gQ", n);
    }
  else
    fmt_duration (m->value, n, unit);
  if (n2 > 0)
    fmt_duration (m->value_max, n2, unit);
  else if (n > 0 && n == floor (n) && unit != U_QUARTER)
    compound_duration (c, m, n, unit);
  return TRUE;
}

/* Bare plurals: "for years", "in recent months". */
static gboolean
match_bare_unit (Ctx *c, guint i, Match *m)
{
  int unit;
  gboolean plural;
  const Tok *p = tk (c, i - 1);

  if (i == 0 || !unit_tok (c, i, &unit, &plural))
    return FALSE;
  /* "a day-long meeting", "a decades-long feud": the adjective is a
   * length, one unit or some */
  if (at (c, i + 1, "-") && at (c, i + 2, "long") && glued (c, i, i + 3)
      && unit != U_WEEKEND && unit != U_QUARTER)
    {
      m->type = FD_CLAIM_DURATION;
      fmt_duration (m->value, plural ? -1 : 1, unit);
      m->i1 = i + 3;
      return TRUE;
    }
  if (!plural || unit < U_DAY || unit == U_WEEKEND || unit == U_QUARTER)
    return FALSE;
  /* "over the years": some years up to now */
  if (is (p, "the") && at (c, i - 2, "over") && !at (c, i + 1, "of"))
    {
      m->type = FD_CLAIM_DURATION;
      fmt_duration (m->value, -1, unit);
      m->takes_the = TRUE;
      m->i1 = i + 1;
      return TRUE;
    }
  /* "in the weeks ahead": some weeks from now */
  if (is (p, "the") && at (c, i + 1, "ahead"))
    {
      m->type = FD_CLAIM_DURATION;
      fmt_duration (m->value, -1, unit);
      m->takes_the = TRUE;
      m->i1 = i + 2;
      return TRUE;
    }
  if (!is (p, "for") && !is (p, "within") && !is (p, "over") && !is (p, "took")
      && !is (p, "lasted"))
    return FALSE;
  m->type = FD_CLAIM_DURATION;
  fmt_duration (m->value, -1, unit);
  m->i1 = i + 1;
  return TRUE;
}

/* "1998", "the 1990s", "mid-1990s", "fiscal 1997", "1910-1945",
 * "2025-06-18", "20th century" */
static gboolean
match_year (Ctx *c, guint i, Match *m)
{
  const Tok *t = tk (c, i);
  int y, y2, mo, d;

  if (t->kind == T_NUM && t->ndig == 4 && strcmp (t->key + 4, "s") == 0)
    {
      m->type = FD_CLAIM_DATE;
      snprintf (m->value, 48, "%03d", t->num / 10);
      m->i1 = i + 1;
      m->takes_the = TRUE;
      return TRUE;
    }
  if (is (t, "'") && tk (c, i + 1)->kind == T_NUM && tk (c, i + 1)->ndig == 2
      && strcmp (tk (c, i + 1)->key + 2, "s") == 0 && c->have_dct)
    {
      int dec = tk (c, i + 1)->num;
      int cent = (dec * 1 + 1900) > c->dy ? 1800 : 1900;
      if (cent + dec + 100 <= c->dy)
        cent += 100;
      m->type = FD_CLAIM_DATE;
      snprintf (m->value, 48, "%03d", (cent + dec) / 10);
      m->i1 = i + 2;
      m->takes_the = TRUE;
      return TRUE;
    }
  if (t->kind == T_NUM && t->ndig <= 2 && tk (c, i + 1)->kind == T_WORD
      && is (tk (c, i + 1), "century") && t->key[t->ndig])
    {
      m->type = FD_CLAIM_DATE;
      snprintf (m->value, 48, "%02d", t->num - 1);
      m->i1 = i + 2;
      m->takes_the = TRUE;
      return TRUE;
    }
  {
    static const char *const decades[] = {
      "twenties", "thirties",  "forties",  "fifties",
      "sixties",  "seventies", "eighties", "nineties",
    };
    guint j;
    for (gsize k = 0; k < G_N_ELEMENTS (decades); k++)
      if (is (t, decades[k]) && at (c, i - 1, "the") && c->have_dct)
        {
          int dec = 20 + 10 * (int)k, base = c->dy / 100 * 100;
          if (base + dec > c->dy)
            base -= 100;
          m->type = FD_CLAIM_DATE;
          snprintf (m->value, 48, "%03d", (base + dec) / 10);
          m->i1 = i + 1;
          m->takes_the = TRUE;
          return TRUE;
        }
    if (is (t, "year") && (j = spelled_year (c, i + 1, &y)) > i + 1)
      {
        m->type = FD_CLAIM_DATE;
        snprintf (m->value, 48, "%04d", y);
        m->i1 = j;
        m->takes_the = TRUE;
        return TRUE;
      }
    if (t->cls == C_NUMW && (j = spelled_year (c, i, &y)) > i + 1)
      {
        m->type = FD_CLAIM_DATE;
        snprintf (m->value, 48, "%04d", y);
        m->i1 = j;
        return TRUE;
      }
  }
  if (!year_num (t, &y))
    return FALSE;
  if (i > 0
      && (at (c, i - 1, "$") || at (c, i - 1, "#")
          || (at (c, i - 1, ",") && !c->t[i].space)
          || (at (c, i - 1, ".") && !c->t[i].space)))
    return FALSE;
  if (at (c, i + 1, "%")
      || (at (c, i + 1, ".") && tk (c, i + 2)->kind == T_NUM
          && !tk (c, i + 2)->space))
    return FALSE;
  m->type = FD_CLAIM_DATE;
  m->i1 = i + 1;
  if (at (c, i + 1, "-") && glued (c, i, i + 3))
    {
      const Tok *a = tk (c, i + 2), *b = tk (c, i + 4);
      if (a->kind == T_NUM && a->ndig == 2 && a->key[2] == '\0'
          && at (c, i + 3, "-") && glued (c, i, i + 5) && b->kind == T_NUM
          && b->ndig == 2 && b->key[2] == '\0')
        {
          mo = a->num;
          d = b->num;
          if (mo >= 1 && mo <= 12 && d >= 1
              && d <= fd_calendar_month_days (y, mo))
            {
              snprintf (m->value, 48, "%04d-%02d-%02d", y, mo, d);
              m->i1 = i + 5;
              /* "2025-06-18T15:46" */
              return TRUE;
            }
        }
      if (year_num (a, &y2) && y2 > y)
        {
          snprintf (m->value, 48, "%04d", y);
          snprintf (m->value_max, 48, "%04d", y2);
          m->i1 = i + 3;
          return TRUE;
        }
      if (a->kind == T_NUM && a->ndig == 2 && a->key[2] == '\0'
          && y / 100 * 100 + a->num > y)
        {
          snprintf (m->value, 48, "%04d", y);
          snprintf (m->value_max, 48, "%04d", y / 100 * 100 + a->num);
          m->i1 = i + 3;
          return TRUE;
        }
    }
  /* Plain numbers of four digits are years only in a plausible range and
   * when no count noun follows: "1998" yes, "1500 troops" no. */
  if (y < 1800 && !(i > 0 && (at (c, i - 1, "in") || at (c, i - 1, "since"))))
    return FALSE;
  {
    const Tok *n = tk (c, i + 1);
    if (n->kind == T_WORD && !n->cap && n->cls == C_NONE
        && n->key[strlen (n->key) - 1] == 's' && !is (n, "as")
        && !is (n, "was") && !is (n, "is") && !is (n, "has") && !is (n, "its")
        && !is (n, "this") && !is (n, "his") && !is (n, "levels")
        && !is (n, "results") && !is (n, "earnings") && !is (n, "sales")
        && !is (n, "figures") && !is (n, "elections"))
      return FALSE;
  }
  snprintf (m->value, 48, "%04d", y);
  return TRUE;
}

static int
ordinal_quarter (const Tok *t)
{
  static const char *const words[] = { "first", "second", "third", "fourth" };
  for (int q = 0; q < 4; q++)
    if (is (t, words[q]))
      return q + 1;
  if (t->kind == T_NUM && t->ndig == 1 && t->num >= 1 && t->num <= 4
      && t->key[1])
    return t->num;
  return 0;
}

/* "the third quarter", "third-quarter", "the fiscal first quarter",
 * "the fourth quarter of 1997", "the first half", "the quarter", "the
 * latest quarter", "the year-earlier quarter" */
static gboolean
match_quarter (Ctx *c, guint i, Match *m)
{
  guint j = i;
  int q = 0, y = c->dy, half = 0, back = 0;
  gboolean latest = FALSE, explicit_year = FALSE;

  if (at (c, j, "fiscal"))
    j++;
  if (year_num (tk (c, j), &y)
      && (ordinal_quarter (tk (c, j + 1)) || at (c, j + 1, "quarter")
          || at (c, j + 1, "period")))
    {
      if (at (c, j + 1, "period"))
        {
          if (!c->focus_q)
            return FALSE;
          snprintf (m->value, 48, "%04d-Q%d", y, c->focus_q);
          m->type = FD_CLAIM_DATE;
          m->takes_the = TRUE;
          m->i1 = j + 2;
          return TRUE;
        }
      j++;
      explicit_year = TRUE;
    }
  else if (at (c, j + 2, "'") && at (c, j + 1, "year")
           && (at (c, j, "last") || at (c, j, "next") || at (c, j, "this"))
           && at (c, j + 3, "s") && c->have_dct)
    {
      /* "next year's first quarter", "last year's quarter" */
      y = c->dy + (at (c, j, "last") ? -1 : at (c, j, "next") ? 1 : 0);
      j += 4;
      explicit_year = TRUE;
    }
  if (at (c, j, "year") && at (c, j + 1, "-")
      && (at (c, j + 2, "earlier") || at (c, j + 2, "ago")))
    {
      back = 1;
      j += 3;
    }
  if (at (c, j, "latest") || at (c, j, "last") || at (c, j, "current")
      || at (c, j, "same"))
    {
      latest = !at (c, j, "same") && !at (c, j, "current");
      if (at (c, j, "current"))
        back = -1;
      j++;
    }
  if ((q = ordinal_quarter (tk (c, j))))
    {
      j++;
      if (at (c, j, "-"))
        j++;
      if (at (c, j, "fiscal"))
        j++;
    }
  if (at (c, j, "half"))
    {
      if (q >= 1 && q <= 2)
        {
          half = q;
          q = 0;
        }
      else if (!q && at (c, j - 1, "last") && at (c, j + 1, "of")
               && year_num (tk (c, j + 2), &(int){ 0 }))
        half = 2; /* "the last half of 1989" */
      else
        return FALSE;
    }
  else if (!at (c, j, "quarter"))
    return FALSE;
  j++;
  if (!q && !half && j == i + 1 && !at (c, i - 1, "the"))
    return FALSE; /* a bare "quarter" is a fraction */
  if (explicit_year)
    ;
  else if (at (c, j, "of") && year_num (tk (c, j + 1), &y))
    j += 2;
  else if (year_num (tk (c, j), &y))
    j++;
  else if (!c->have_dct)
    y = -1;
  else if (q >= (c->dm - 1) / 3 + 3 && !future_cue (c, i))
    y--; /* "the fourth quarter" reported in January is last year's */
  if (explicit_year && !q && !half)
    q = c->focus_q;
  if (!half && !back && at (c, j, "a") && at (c, j + 1, "year")
      && (at (c, j + 2, "ago") || at (c, j + 2, "earlier")))
    {
      /* "the quarter a year ago" */
      back = 1;
      j += 3;
    }
  if (half)
    {
      if (y < 0)
        snprintf (m->value, 48, "XXXX-H%d", half);
      else
        snprintf (m->value, 48, "%04d-H%d", y, half);
    }
  else
    {
      if (!q)
        {
          /* "the quarter" in news means the one just reported */
          if (c->focus_q && !latest)
            {
              q = c->focus_q;
              y = c->focus_y;
            }
          else if (c->have_dct)
            {
              q = (c->dm - 1) / 3;
              if (back == -1)
                q++;
              if (q == 0)
                {
                  q = 4;
                  y--;
                }
            }
          if (back == -1)
            back = 0;
        }
      if (y < 0 || !q)
        snprintf (m->value, 48, "%s-Q%c", y < 0 ? "XXXX" : "",
                  q ? '0' + q : 'X');
      if (y >= 0 && q)
        {
          snprintf (m->value, 48, "%04d-Q%d", y - back, q);
          if (!back)
            {
              m->quarter_y = y;
              m->quarter_q = q;
            }
        }
      else if (y >= 0)
        snprintf (m->value, 48, "%04d-QX", y);
    }
  m->type = FD_CLAIM_DATE;
  m->takes_the = TRUE;
  m->i1 = j;
  return TRUE;
}

/* "last week", "this month", "next year", "last Friday", "last fall",
 * "the past three months", "this morning", "last night", "the past" */
static gboolean
match_relative (Ctx *c, guint i, Match *m)
{
  const Tok *t = tk (c, i);
  int dir, unit, q;
  gboolean plural, this_past = FALSE;
  guint j = i + 1;

  if (is (t, "last") || is (t, "past") || is (t, "previous"))
    dir = -1;
  else if (is (t, "this") || is (t, "current"))
    dir = 0;
  else if (is (t, "next") || is (t, "coming") || is (t, "following")
           || is (t, "upcoming"))
    dir = 1;
  else
    return FALSE;
  if (is (t, "this") && at (c, j, "past"))
    {
      j++;
      dir = -1;
      this_past = TRUE;
    }
  m->type = FD_CLAIM_DATE;
  m->takes_the = TRUE;
  if (is (t, "last") && !at (c, i - 1, "the") && !at (c, i - 1, "for")
      && !at (c, i - 1, "over") && !at (c, i - 1, "in")
      && !at (c, i - 1, "during") && !at (c, i - 1, "within")
      && count_at (c, j, &(double){ 0 }) > j && !at (c, j, "a")
      && !at (c, j, "an"))
    return FALSE; /* "could last several weeks": the verb */
  if (match_weekday (c, j, m, dir))
    {
      /* "the previous Friday", "the following Monday": next to the day
       * the article just spoke of */
      if ((is (t, "previous") || is (t, "following"))
          && c->ref_day != G_MININT64 && m->type == FD_CLAIM_DATE
          && m->i1 == j + 1)
        {
          int wd = tk (c, j)->val & V_MASK,
              cur = fd_calendar_weekday (c->ref_day);
          int back = (cur - wd + 7) % 7, fwd = (wd - cur + 7) % 7;
          fmt_day (m, m->value,
                   dir < 0 ? c->ref_day - (back ? back : 7)
                           : c->ref_day + (fwd ? fwd : 7));
        }
      return TRUE;
    }
  if (tk (c, j)->cls == C_MONTH)
    {
      int mo;
      guint k;
      if (month_tok (c, j, &mo, &k))
        {
          int y = c->dy, d;
          if (day_num (tk (c, k), &d) && dir != 0)
            {
              /* "last Oct. 23": that day, the last (or next) one */
              int key = mo * 32 + d, now = c->dm * 32 + c->dd;
              if (dir < 0)
                y = key < now ? c->dy : c->dy - 1;
              else
                y = key > now ? c->dy : c->dy + 1;
              if (c->have_dct)
                snprintf (m->value, 48, "%04d-%02d-%02d", y, mo, d);
              else
                snprintf (m->value, 48, "XXXX-%02d-%02d", mo, d);
              m->i1 = k + 1;
              return TRUE;
            }
          if (dir < 0)
            y = mo < c->dm ? c->dy : c->dy - 1;
          else if (dir > 0)
            y = mo > c->dm ? c->dy : c->dy + 1;
          if (c->have_dct)
            snprintf (m->value, 48, "%04d-%02d", y, mo);
          else
            snprintf (m->value, 48, "XXXX-%02d", mo);
          m->i1 = k;
          return TRUE;
        }
    }
  if (tk (c, j)->cls == C_SEASON && !(tk (c, j)->val & V_PLURAL))
    {
      int s = tk (c, j)->val & V_MASK, y = c->dy + dir;
      /* "this past spring" said in October is this year's; seasons
       * start in March, June, September and December */
      if (this_past && 3 * s < c->dm)
        y = c->dy;
      if (c->have_dct)
        snprintf (m->value, 48, "%04d-%s", y, season_codes[s]);
      else
        snprintf (m->value, 48, "XXXX-%s", season_codes[s]);
      m->i1 = j + 1;
      return TRUE;
    }
  if (tk (c, j)->cls == C_PART && !(tk (c, j)->val & V_PLURAL)
      && (is (t, "last") || is (t, "this")))
    {
      int part = tk (c, j)->val & V_MASK;
      m->type = FD_CLAIM_TIME;
      set_day_or_x (c, m, c->dct + (dir < 0 && part == 4 ? -1 : 0));
      strcat (m->value, "T");
      strcat (m->value, part_codes[part]);
      m->i1 = j + 1;
      return TRUE;
    }
  if ((q = ordinal_quarter (tk (c, j))) == 0
      && count_at (c, j, &(double){ 0 }) > j && !at (c, j, "a")
      && !at (c, j, "an"))
    {
      /* "the past three months", "the next two weeks" */
      Match d = { 0 };
      d.i0 = j;
      if (match_count (c, j, &d) && d.type == FD_CLAIM_DURATION)
        {
          *m = d;
          m->takes_the = TRUE;
          return TRUE;
        }
      return FALSE;
    }
  if (at (c, j, "few") || at (c, j, "several"))
    {
      if (!unit_tok (c, j + 1, &unit, &plural))
        return FALSE;
      m->type = FD_CLAIM_DURATION;
      fmt_duration (m->value, -1, unit);
      m->i1 = j + 2;
      return TRUE;
    }
  if (!unit_tok (c, j, &unit, &plural))
    {
      if (is (t, "past") && at (c, i - 1, "the"))
        {
          strcpy (m->value, "PAST_REF");
          m->i1 = j;
          return TRUE;
        }
      return FALSE;
    }
  m->i1 = j + 1;
  if (plural)
    {
      /* "recent years" style vagueness: "the past years" */
      m->type = FD_CLAIM_DURATION;
      fmt_duration (m->value, -1, unit);
      return TRUE;
    }
  if (!c->have_dct)
    {
      static const char *const x[] = {
        [U_DAY] = "XXXX-XX-XX",      [U_WEEK] = "XXXX-WXX",
        [U_WEEKEND] = "XXXX-WXX-WE", [U_MONTH] = "XXXX-XX",
        [U_QUARTER] = "XXXX-QX",     [U_YEAR] = "XXXX",
        [U_DECADE] = "XXX",          [U_CENTURY] = "XX",
      };
      if (unit >= U_DAY && unit <= U_CENTURY && x[unit])
        strcpy (m->value, x[unit]);
      else
        return FALSE;
      return TRUE;
    }
  switch (unit)
    {
    case U_DAY:
      /* "the following day", "the previous day": the day after or before
       * the one the article just spoke of */
      if ((is (t, "following") || is (t, "previous"))
          && c->ref_day != G_MININT64)
        fmt_day (m, m->value, c->ref_day + dir);
      else
        fmt_day (m, m->value, c->dct + dir);
      break;
    case U_WEEK:
      fmt_week (m->value, c->dct + 7 * dir);
      break;
    case U_WEEKEND:
      {
        /* the Saturday of that weekend */
        gint64 sat = c->dct + (6 - fd_calendar_weekday (c->dct));
        if (dir < 0 || (dir == 0 && !future_cue (c, i)))
          sat = sat > c->dct ? sat - 7 : sat;
        if (dir > 0 && sat <= c->dct)
          sat += 7;
        fmt_week (m->value, sat);
        strcat (m->value, "-WE");
      }
      break;
    case U_MONTH:
      if ((is (t, "following") || is (t, "previous")) && c->ref_m)
        fmt_month (m->value, c->ref_y, c->ref_m + dir);
      else
        fmt_month (m->value, c->dy, c->dm + dir);
      break;
    case U_QUARTER:
      if (is (t, "this") && c->focus_q && c->focus_y == c->dy)
        {
          /* "this quarter's loss" in a report on the third quarter */
          snprintf (m->value, 48, "%04d-Q%d", c->focus_y, c->focus_q);
          break;
        }
      {
        Match d = { 0 };
        shift_date (c, &d, 1, U_QUARTER, dir);
        strcpy (m->value, d.value);
      }
      break;
    case U_YEAR:
      snprintf (m->value, 48, "%04d",
                ((is (t, "following") || is (t, "previous")) && c->ref_y
                     ? c->ref_y
                     : c->dy)
                    + dir);
      break;
    case U_DECADE:
      if (is (t, "past"))
        {
          m->type = FD_CLAIM_DURATION;
          strcpy (m->value, "P10Y");
        }
      else
        snprintf (m->value, 48, "%03d", c->dy / 10 + dir);
      break;
    case U_CENTURY:
      snprintf (m->value, 48, "%02d", c->dy / 100 + dir);
      break;
    default:
      return FALSE;
    }
  return TRUE;
}

static gboolean match_period (Ctx *c, guint i, Match *m);

/* "now", "recently", "the future", "currently", "recent", "soon", "earlier
 * that day" */
static gboolean
match_ref (Ctx *c, guint i, Match *m)
{
  const Tok *t = tk (c, i);
  int unit;

  m->type = FD_CLAIM_DATE;
  m->i1 = i + 1;
  if (t->cls == C_REF)
    {
      /* "now" as in "now that", "just now" still refers to the present;
       * "right now" keeps "now" only. */
      if (is (t, "soon"))
        {
          /* "as soon as possible" is a time; "as soon as Tuesday" or
           * "soon after the attack" only point at another one */
          if (at (c, i - 1, "as") && at (c, i + 1, "as"))
            {
              if (!at (c, i + 2, "possible"))
                return FALSE;
            }
          else if (at (c, i + 1, "after") || at (c, i + 1, "before"))
            return FALSE;
        }
      strcpy (m->value, t->str);
      return TRUE;
    }
  if (is (t, "future")
      && (at (c, i - 1, "the") || at (c, i - 1, "near") || at (c, i + 1, ".")
          || at (c, i + 1, ",")))
    {
      strcpy (m->value, "FUTURE_REF");
      m->takes_the = TRUE;
      return TRUE;
    }
  /* "in the near term", "over the long term" (the noun; "short-term
   * debt" is an adjective of no time) */
  if ((is (t, "near") || is (t, "short") || is (t, "long"))
      && at (c, i - 1, "the") && at (c, i + 1, "term") && !at (c, i + 2, "-"))
    {
      strcpy (m->value, "FUTURE_REF");
      m->takes_the = TRUE;
      m->i1 = i + 2;
      return TRUE;
    }
  /* "a later date": some time ahead */
  if (is (t, "a") && at (c, i + 1, "later") && at (c, i + 2, "date"))
    {
      strcpy (m->value, "FUTURE_REF");
      m->i1 = i + 3;
      return TRUE;
    }
  if (is (t, "these") && at (c, i + 1, "days"))
    {
      strcpy (m->value, "PRESENT_REF");
      m->i1 = i + 2;
      return TRUE;
    }
  if (is (t, "recent") && unit_tok (c, i + 1, &unit, &(gboolean){ 0 })
      && (tk (c, i + 1)->val & V_PLURAL))
    {
      /* "in recent months": some months up to now */
      m->type = FD_CLAIM_DURATION;
      fmt_duration (m->value, -1, unit);
      m->i1 = i + 2;
      return TRUE;
    }
  if (is (t, "current") && t->kind == T_WORD)
    {
      const Tok *n = tk (c, i + 1);
      /* "the current quarter" belongs to the quarter matcher; "current
       * account" or "current leaders" carry no date in TimeBank unless
       * the adjective stands for the period itself. */
      if (n->cls != C_NONE || n->kind != T_WORD)
        return FALSE;
      strcpy (m->value, "PRESENT_REF");
      return TRUE;
    }
  if ((is (t, "earlier") || is (t, "later")) && at (c, i + 1, "that"))
    {
      /* "earlier that day", "later that year" */
      Match d = { 0 };
      d.i0 = i + 1;
      if (match_period (c, i + 1, &d))
        {
          *m = d;
          return TRUE;
        }
    }
  if ((is (t, "earlier") || is (t, "later")) && at (c, i + 1, "this"))
    {
      Match d = { 0 };
      d.i0 = i + 1;
      if (match_relative (c, i + 1, &d))
        {
          *m = d;
          return TRUE;
        }
    }
  return FALSE;
}

/* "every week", "each Thursday", "daily", "twice a year", "$5 a day" */
/* TRUE when the set adverb at @i closes a rate ("rise 8% annually",
 * "10,000 units annually"): an amount per period,
 * which TimeBank leaves untagged as it does "$2 million a year". */
static gboolean
rate_before (const Ctx *c, guint i)
{
  for (guint k = i > 3 ? i - 3 : 0; k < i; k++)
    {
      const Tok *t = &c->t[k];
      if (t->kind == T_NUM || is (t, "%") || is (t, "percent")
          || is (t, "million") || is (t, "billion"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
match_set (Ctx *c, guint i, Match *m)
{
  const Tok *t = tk (c, i);
  int unit;
  gboolean plural;

  m->type = FD_CLAIM_SET;
  if (t->cls == C_SETADV && rate_before (c, i))
    return FALSE;
  if (t->cls == C_SETADV)
    {
      strcpy (m->value, t->str);
      m->i1 = i + 1;
      return TRUE;
    }
  if (is (t, "every") || is (t, "each") || is (t, "per"))
    {
      guint j = i + 1;
      double n = 1;
      if (at (c, j, "other"))
        {
          n = 2;
          j++;
        }
      if (tk (c, j)->cls == C_WEEKDAY && tk (c, j)->cap)
        {
          int wd = tk (c, j)->val & V_MASK;
          snprintf (m->value, 48, "XXXX-WXX-%d", wd);
          m->i1 = j + 1;
          return TRUE;
        }
      /* "each July" */
      if (n == 1 && tk (c, j)->cls == C_MONTH && tk (c, j)->cap
          && !(tk (c, j)->val & V_ABBR))
        {
          snprintf (m->value, 48, "XXXX-%02d", tk (c, j)->val & V_MASK);
          m->i1 = j + 1;
          return TRUE;
        }
      if (n == 1 && j == i + 1)
        {
          guint k = count_at (c, j, &n);
          if (k > j && !at (c, j, "a"))
            j = k;
          else
            n = 1;
        }
      if (unit_tok (c, j, &unit, &plural) && unit != U_WEEKEND)
        {
          if (unit == U_QUARTER)
            snprintf (m->value, 48, "P%gQ", n); /* as durations write it */
          else
            fmt_duration (m->value, n, unit);
          m->i1 = j + 1;
          return TRUE;
        }
      return FALSE;
    }
  if ((is (t, "a") || is (t, "an")) && unit_tok (c, i + 1, &unit, &plural)
      && !plural && i > 0 && unit >= U_HOUR && unit != U_WEEKEND)
    {
      /* "a year" after an amount or a count of times: a rate */
      const Tok *p = tk (c, i - 1);
      if ((is (p, "times") || is (p, "twice") || is (p, "once"))
          && !at (c, i + 2, "ago") && !at (c, i + 2, "earlier"))
        {
          fmt_duration (m->value, 1, unit);
          m->i1 = i + 2;
          return TRUE;
        }
    }
  return FALSE;
}

/* "summer", "the winter of 1994", "spring 2025" */
static gboolean
match_season (Ctx *c, guint i, Match *m)
{
  const Tok *t = tk (c, i);
  int s, y;
  guint j = i + 1;

  if (t->cls != C_SEASON || (t->val & V_PLURAL))
    return FALSE;
  if (is (t, "fall") && !at (c, i - 1, "the") && !at (c, i - 1, "in")
      && !at (c, i - 1, "this") && !year_num (tk (c, j), &y))
    return FALSE; /* prices fall */
  if (is (t, "spring") && !at (c, i - 1, "the") && !at (c, i - 1, "in")
      && !year_num (tk (c, j), &y))
    return FALSE;
  s = t->val & V_MASK;
  m->type = FD_CLAIM_DATE;
  m->takes_the = TRUE;
  if (at (c, j, "of") && year_at (c, j + 1, &y) > j + 1)
    j = year_at (c, j + 1, &y);
  else if (year_at (c, j, &y) > j)
    j = year_at (c, j, &y);
  else if (c->have_dct)
    y = c->dy;
  else
    y = -1;
  if (y < 0)
    snprintf (m->value, 48, "XXXX-%s", season_codes[s]);
  else
    snprintf (m->value, 48, "%04d-%s", y, season_codes[s]);
  m->i1 = j;
  return TRUE;
}

/* "year-earlier", "year-ago": the same period a year before. */
static gboolean
match_year_ago (Ctx *c, guint i, Match *m)
{
  guint j;

  if (!at (c, i, "year") || !at (c, i + 1, "-")
      || !(at (c, i + 2, "earlier") || at (c, i + 2, "ago"))
      || !glued (c, i, i + 3))
    return FALSE;
  j = i + 3;
  if (at (c, j, "period") || at (c, j, "quarter") || at (c, j, "level")
      || at (c, j, "levels"))
    j += at (c, j, "period") || at (c, j, "quarter");
  m->type = FD_CLAIM_DATE;
  m->takes_the = TRUE;
  if (!c->have_dct)
    strcpy (m->value, "XXXX");
  else if (c->focus_q)
    snprintf (m->value, 48, "%04d-Q%d", c->focus_y - 1, c->focus_q);
  else
    snprintf (m->value, 48, "%04d", c->dy - 1);
  m->i1 = j;
  return TRUE;
}

/* The day of holiday @h in year @y; see match_holiday. */
static gint64
holiday_day (int h, int y)
{
  switch (h)
    {
    case 0: /* Christmas */
      return fd_calendar_days (y, 12, 25);
    case 1: /* Christmas Eve */
      return fd_calendar_days (y, 12, 24);
    case 2: /* New Year's Day */
      return fd_calendar_days (y, 1, 1);
    case 3: /* New Year's Eve */
      return fd_calendar_days (y, 12, 31);
    case 4: /* Thanksgiving, the fourth Thursday of November */
      return fd_calendar_nth_weekday (y, 11, 4, 4);
    case 5: /* Election Day, the Tuesday after the first Monday of November */
      return fd_calendar_nth_weekday (y, 11, 1, 1) + 1;
    case 6:
      return fd_calendar_days (y, 10, 31);
    case 7:
      return fd_calendar_days (y, 2, 14);
    case 8: /* Labor Day, the first Monday of September */
      return fd_calendar_nth_weekday (y, 9, 1, 1);
    case 9: /* Memorial Day, the last Monday of May */
      return fd_calendar_nth_weekday (y, 5, 1, -1);
    case 10:
      return fd_calendar_easter (y);
    case 11: /* Good Friday */
      return fd_calendar_easter (y) - 2;
    case 12: /* Mother's Day, the second Sunday of May */
      return fd_calendar_nth_weekday (y, 5, 7, 2);
    case 13: /* Father's Day, the third Sunday of June */
      return fd_calendar_nth_weekday (y, 6, 7, 3);
    default: /* Veterans Day */
      return fd_calendar_days (y, 11, 11);
    }
}

/* Holidays with a fixed rule: "Christmas", "Thanksgiving Day", "New
 * Year's Eve", "Election Day", "last Easter", "Christmas 1998".  Without a
 * year, the last one on or before the publication date unless the
 * sentence looks ahead; "last" and "next" step over the date itself. */
static gboolean
match_holiday (Ctx *c, guint i, Match *m)
{
  guint j = i, k;
  int h = -1, dir = 0, y;
  gboolean this = FALSE;
  gint64 day = 0;

  if (at (c, i, "last"))
    dir = -1;
  else if (at (c, i, "next"))
    dir = 1;
  else
    this = at (c, i, "this");
  if (dir || this)
    j++;
  if (!tk (c, j)->cap)
    return FALSE;
  k = j + 1;
  if (at (c, j, "christmas"))
    {
      h = at (c, k, "eve") ? 1 : 0;
      k += at (c, k, "eve") || at (c, k, "day");
    }
  else if (at (c, j, "new") && at (c, k, "year") && at (c, k + 1, "'")
           && at (c, k + 2, "s"))
    {
      k += 3;
      h = at (c, k, "eve") ? 3 : 2;
      k += at (c, k, "eve") || at (c, k, "day");
    }
  else if (at (c, j, "thanksgiving"))
    {
      h = 4;
      k += at (c, k, "day");
    }
  else if (at (c, j, "halloween"))
    h = 6;
  else if (at (c, j, "easter"))
    {
      h = 10;
      k += at (c, k, "sunday");
    }
  else if (at (c, j, "good") && at (c, k, "friday"))
    {
      h = 11;
      k++;
    }
  else if ((at (c, j, "valentine") || at (c, j, "mother")
            || at (c, j, "father"))
           && at (c, k, "'") && at (c, k + 1, "s") && at (c, k + 2, "day"))
    {
      h = at (c, j, "valentine") ? 7 : at (c, j, "mother") ? 12 : 13;
      k += 3;
    }
  else if (at (c, k, "day") && tk (c, k)->cap)
    {
      static const char *const named[]
          = { "election", "labor", "labour", "memorial", "veterans" };
      static const int codes[] = { 5, 8, 8, 9, 14 };
      for (gsize q = 0; q < G_N_ELEMENTS (named); q++)
        if (at (c, j, named[q]))
          h = codes[q];
      k++;
    }
  if (h < 0)
    return FALSE;
  m->type = FD_CLAIM_DATE;
  m->i1 = k;
  if (year_num (tk (c, k), &y)
      || (at (c, k, "of") && year_num (tk (c, k + 1), &y)))
    {
      m->i1 = at (c, k, "of") ? k + 2 : k + 1;
      day = holiday_day (h, y);
    }
  else if (!c->have_dct)
    return FALSE;
  else
    {
      gboolean ahead = dir > 0 || (dir == 0 && future_cue (c, j));
      if (this) /* "this Christmas": the one of this year */
        ahead = holiday_day (h, c->dy) >= c->dct;
      for (y = c->dy + 1; y >= c->dy - 1 && !ahead; y--)
        if ((day = holiday_day (h, y)) < c->dct + (dir == 0))
          break;
      for (y = c->dy - 1; y <= c->dy + 1 && ahead; y++)
        if ((day = holiday_day (h, y)) > c->dct - (dir == 0))
          break;
    }
  fmt_day (m, m->value, day);
  return TRUE;
}

/* The period the article is about, named by a bare noun after "the" or
 * "that": "the year" (ended June 30: a duration), "the fiscal year", "the
 * week", "the weekend", "the latest period", "that year", and "year-end",
 * "year's end". */
static gboolean
match_period (Ctx *c, guint i, Match *m)
{
  guint j = i;
  gboolean that = FALSE, latest = FALSE;
  int unit;
  gboolean plural;

  if (at (c, i, "year")
      && ((at (c, i + 1, "-") && at (c, i + 2, "end") && glued (c, i, i + 3))
          || (at (c, i + 1, "'") && at (c, i + 2, "s") && at (c, i + 3, "end"))
          || (at (c, i + 1, "end") && !at (c, i - 1, "the"))))
    {
      /* "by year-end", "by year's end" */
      m->i1 = at (c, i + 1, "end") ? i + 2
              : at (c, i + 1, "-") ? i + 3
                                   : i + 4;
      m->type = FD_CLAIM_DATE;
      if (c->have_dct)
        snprintf (m->value, 48, "%04d", c->dy);
      else
        strcpy (m->value, "XXXX");
      return TRUE;
    }
  if (at (c, i, "that"))
    {
      that = TRUE;
      j += 1 + at (c, i + 1, "same");
    }
  else if (!at (c, i - 1, "the"))
    return FALSE;
  while (!that
         && (at (c, j, "fiscal") || at (c, j, "full") || at (c, j, "entire")
             || at (c, j, "whole") || at (c, j, "latest")
             || at (c, j, "current")))
    latest |= at (c, j++, "latest");
  if ((at (c, j, "corresponding") || at (c, j, "comparable")
       || at (c, j, "same"))
      && at (c, j + 1, "period") && !that && c->focus_q)
    {
      /* "the corresponding period last year": the quarter the report is
       * about, a year before */
      guint k = j + 2;
      if (at (c, k, "last") && at (c, k + 1, "year"))
        k += 2;
      else if (at (c, k, "a") && at (c, k + 1, "year")
               && (at (c, k + 2, "ago") || at (c, k + 2, "earlier")))
        k += 3;
      else
        return FALSE;
      snprintf (m->value, 48, "%04d-Q%d", c->focus_y - 1, c->focus_q);
      m->type = FD_CLAIM_DATE;
      m->takes_the = TRUE;
      m->i1 = k;
      return TRUE;
    }
  if (at (c, j, "period") && !that && c->focus_q)
    {
      /* "the latest period" of a quarterly report */
      snprintf (m->value, 48, "%04d-Q%d", c->focus_y, c->focus_q);
      m->type = FD_CLAIM_DATE;
      m->takes_the = TRUE;
      m->i1 = j + 1;
      return TRUE;
    }
  if (!unit_tok (c, j, &unit, &plural) || plural || !c->have_dct)
    return FALSE;
  m->type = FD_CLAIM_DATE;
  m->takes_the = TRUE;
  m->i1 = j + 1;
  switch (unit)
    {
    case U_YEAR:
      if (!that && (at (c, j + 1, "ended") || at (c, j + 1, "ending")))
        {
          m->type = FD_CLAIM_DURATION;
          strcpy (m->value, "P1Y");
        }
      else
        snprintf (m->value, 48, "%04d",
                  that && c->ref_y ? c->ref_y : c->dy - latest);
      return TRUE;
    case U_WEEK:
      if (that)
        return FALSE;
      if (at (c, j + 1, "of"))
        {
          /* "the week of March 6": the week that holds the day */
          Match d = { 0 };
          gint64 day;
          d.i0 = j + 2;
          if (match_month (c, j + 2, &d) && strlen (d.value) == 10
              && !d.value_max[0] && fd_calendar_parse (d.value, &day))
            {
              fmt_week (m->value, day);
              m->i1 = d.i1;
              return TRUE;
            }
        }
      fmt_week (m->value, c->dct);
      return TRUE;
    case U_DAY:
      /* "that day", "that same day": the one just spoken of */
      if (!that || c->ref_day == G_MININT64)
        return FALSE;
      fmt_day (m, m->value, c->ref_day);
      return TRUE;
    case U_MONTH:
      if (!that || !c->ref_m)
        return FALSE;
      fmt_month (m->value, c->ref_y, c->ref_m);
      return TRUE;
    case U_WEEKEND:
      {
        /* the one just gone unless the sentence looks ahead */
        gint64 sat = c->dct + (6 - fd_calendar_weekday (c->dct));
        if (that)
          return FALSE;
        if (sat > c->dct && !future_cue (c, i))
          sat -= 7;
        fmt_week (m->value, sat);
        strcat (m->value, "-WE");
      }
      return TRUE;
    default:
      return FALSE;
    }
}

/* Remembers the date @value (a year, a month or a day) as the one that
 * "that year", "the following month" or "the previous day" count from. */
static void
note_reference (Ctx *c, const char *value)
{
  gsize n = strspn (value, "-0123456789");
  int y, mo = 0, d = 0;

  if (value[n] || n < 4 || !g_ascii_isdigit (value[3]) || n == 5 || n == 8)
    return;
  y = atoi (value);
  if (n >= 7)
    mo = atoi (value + 5);
  if (n == 10)
    d = atoi (value + 8);
  if (n > 10 || mo > 12 || (n >= 7 && mo < 1) || (n == 10 && d < 1))
    return;
  c->ref_y = y;
  c->ref_m = mo;
  c->ref_day = d ? fd_calendar_days (y, mo, d) : G_MININT64;
}

/* Clears @m for a match at @i.  Cheaper than "= { 0 }", which would clear
 * both value buffers for every matcher at every token. */
static void
match_reset (Match *m, guint i)
{
  m->i0 = m->i1 = i;
  m->type = FD_CLAIM_DATE;
  m->value[0] = m->value_max[0] = '\0';
  m->hedge0 = m->hedge1 = m->zone = m->anchor0 = m->anchor1 = 0;
  m->takes_the = FALSE;
  m->quarter_y = m->quarter_q = 0;
}

/* The matchers of match_core, in its order; a bit each in the masks of
 * matcher_mask. */
enum
{
  M_CLOCK = 1 << 0,
  M_MONTH = 1 << 1,
  M_DAYREF = 1 << 2,
  M_RELATIVE = 1 << 3,
  M_COUNT = 1 << 4,
  M_YEAR = 1 << 5,
  M_QUARTER = 1 << 6,
  M_REF = 1 << 7,
  M_SET = 1 << 8,
  M_SEASON = 1 << 9,
  M_YEAR_AGO = 1 << 10,
  M_BARE_UNIT = 1 << 11,
  M_PERIOD = 1 << 12,
  M_HOLIDAY = 1 << 13,
  M_NTH_DAY = 1 << 14,
  M_WEEKDAY = 1 << 15,
};

/* The words of no class that open some matcher, with the matchers they
 * open; sorted like the lexicon. */
typedef struct
{
  const char *word;
  guint32 mask;
} Opener;

static const Opener opener_words[] = {
  { "a", M_COUNT | M_REF | M_SET },
  { "an", M_COUNT | M_SET },
  { "coming", M_RELATIVE },
  { "couple", M_COUNT },
  { "current", M_RELATIVE | M_REF },
  { "each", M_SET },
  { "earlier", M_REF },
  { "every", M_SET },
  { "few", M_COUNT },
  { "following", M_RELATIVE },
  { "future", M_REF },
  { "half", M_COUNT },
  { "last", M_RELATIVE | M_HOLIDAY },
  { "later", M_REF },
  { "long", M_REF },
  { "many", M_COUNT },
  { "midday", M_CLOCK },
  { "midnight", M_CLOCK },
  { "near", M_REF },
  { "next", M_RELATIVE | M_HOLIDAY },
  { "noon", M_CLOCK },
  { "past", M_RELATIVE },
  { "per", M_SET },
  { "previous", M_RELATIVE },
  { "recent", M_REF },
  { "several", M_COUNT },
  { "short", M_REF },
  { "some", M_COUNT },
  { "that", M_PERIOD },
  { "these", M_REF },
  { "this", M_RELATIVE | M_HOLIDAY },
  { "upcoming", M_RELATIVE },
  { "year", M_YEAR | M_YEAR_AGO | M_PERIOD },
};

/* The mask of opener word @key, 0 for none (a binary search, as
 * lex_find). */
static guint32
opener_mask (const char *key)
{
  guint lo = 0, hi = G_N_ELEMENTS (opener_words);

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      int r = str_cmp (key, opener_words[mid].word);
      if (r == 0)
        return opener_words[mid].mask;
      if (r < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return 0;
}

/* The matchers that can succeed at token @i: each bit stands for a test
 * that its matcher must pass on its first token(s) before anything else,
 * so leaving the others out changes no result, only the time spent on a
 * token that starts nothing, which is most of them. */
static guint32
matcher_mask (const Ctx *c, guint i)
{
  static const guint32 by_class[] = {
    [C_NUMW] = M_CLOCK | M_COUNT | M_YEAR,
    [C_MONTH] = M_MONTH,
    [C_DAYREF] = M_DAYREF,
    [C_PART] = M_DAYREF,
    [C_REF] = M_REF,
    [C_SETADV] = M_SET,
    [C_SEASON] = M_SEASON,
    [C_UNIT] = M_BARE_UNIT,
    [C_WEEKDAY] = M_WEEKDAY,
  };
  const Tok *t = tk (c, i);
  guint32 mask = by_class[t->cls];

  if (t->kind == T_NUM)
    mask |= M_CLOCK | M_MONTH | M_COUNT | M_YEAR;
  else if (t->kind == T_PUNCT)
    mask |= is (t, "'") ? M_YEAR : 0;
  else
    {
      const char *k = t->key;
      gsize len = strlen (k);
      mask |= opener_mask (k);
      /* "the eighties" */
      if (len > 4 && strcmp (k + len - 4, "ties") == 0)
        mask |= M_YEAR;
    }
  if (t->cap)
    mask |= M_HOLIDAY;
  if (i > 0 && is (&c->t[i - 1], "the"))
    mask |= M_PERIOD;
  if (at (c, i + 1, "day"))
    mask |= M_NTH_DAY;
  if ((gint)i <= c->last_quarter_word)
    mask |= M_QUARTER;
  return mask;
}

/* One temporal expression starting exactly at token @i, without
 * modifiers; the longest of the matchers wins. */
static gboolean
match_core (Ctx *c, guint i, Match *best)
{
  typedef gboolean (*Matcher) (Ctx *, guint, Match *);
  static const Matcher matchers[] = {
    match_clock,  match_month,   match_dayref,   match_relative,
    match_count,  match_year,    match_quarter,  match_ref,
    match_set,    match_season,  match_year_ago, match_bare_unit,
    match_period, match_holiday, match_nth_day,
  };
  gboolean found = FALSE;
  guint32 mask = matcher_mask (c, i);
  Match m;

  best->i1 = i;
  for (gsize k = 0; k <= G_N_ELEMENTS (matchers); k++)
    {
      gboolean ok;
      if (!(mask & (1u << k)))
        continue;
      match_reset (&m, i);
      ok = k < G_N_ELEMENTS (matchers) ? matchers[k](c, i, &m)
                                       : match_weekday (c, i, &m, 0);
      if (ok && m.i1 > best->i1)
        {
          *best = m;
          found = TRUE;
        }
    }
  best->i0 = i;
  return found;
}

/* Hedge words before a count: "about", "more than", "at least", "up to". */
static guint
hedge_at (const Ctx *c, guint i)
{
  const Tok *t = tk (c, i);

  if ((is (t, "more") || is (t, "less") || is (t, "fewer"))
      && at (c, i + 1, "than"))
    return i + 2;
  if (is (t, "at") && (at (c, i + 1, "least") || at (c, i + 1, "most")))
    return i + 2;
  if (is (t, "up") && at (c, i + 1, "to"))
    return i + 2;
  if (is (t, "no") && (at (c, i + 1, "more") || at (c, i + 1, "less"))
      && at (c, i + 2, "than"))
    return i + 3;
  if (t->cls == C_HEDGE && !is (t, "more") && !is (t, "less")
      && !is (t, "fewer") && !is (t, "least") && !is (t, "up"))
    return i + 1;
  return i;
}

/* Modifiers TimeBank keeps in the span: "early", "late", "mid-", "the end
 * of", "the beginning of", "the middle of". */
static guint
mod_at (const Ctx *c, guint i)
{
  guint j = i;

  if (at (c, j, "the")
      && (at (c, j + 1, "end") || at (c, j + 1, "beginning")
          || at (c, j + 1, "start") || at (c, j + 1, "middle"))
      && at (c, j + 2, "of"))
    return j + 3;
  if ((at (c, j, "end") || at (c, j, "beginning") || at (c, j, "middle"))
      && at (c, j + 1, "of") && j > 0 && !at (c, j - 1, "the"))
    return j + 2;
  if (at (c, j, "early") || at (c, j, "late") || at (c, j, "mid"))
    {
      j++;
      if (at (c, j, "-") && !c->t[j].space)
        j++;
      return j;
    }
  return i;
}

/* The event an anchored duration counts from: "after Lee assumed office",
 * up to the end of the clause. */
static void
find_anchor (const Ctx *c, Match *m)
{
  guint j = m->i1, k;

  if (m->type != FD_CLAIM_DURATION)
    return;
  if (!at (c, j, "after") && !at (c, j, "before") && !at (c, j, "since")
      && !(at (c, j, "into")))
    return;
  for (k = j + 1; k < c->n && k < j + 16; k++)
    {
      const Tok *t = &c->t[k];
      if (t->kind == T_PUNCT && !is (t, "'") && !is (t, "-"))
        break;
      if (k > j + 1
          && (is (t, "and") || is (t, "but") || is (t, "while")
              || is (t, "which") || is (t, "when")))
        break;
    }
  if (k > j + 1)
    {
      m->anchor0 = j;
      m->anchor1 = k;
    }
}

static void
emit (const Ctx *c, const FdSentence *s, const Match *m, GPtrArray *out)
{
  FdClaim *cl;
  const Tok *a = &c->t[m->i0], *b = &c->t[m->i1 - 1];

  cl = fd_claim_new (m->type, c->doc, a->start, b->end);
  cl->sent_start = s->start;
  cl->sent_end = s->end;
  cl->value = g_strdup (m->value);
  if (m->value_max[0])
    cl->value_max = g_strdup (m->value_max);
  if (m->hedge1 > m->hedge0)
    cl->hedge
        = g_ascii_strdown (c->text + c->t[m->hedge0].start,
                           c->t[m->hedge1 - 1].end - c->t[m->hedge0].start);
  if (m->zone)
    cl->unit = g_strndup (c->text + c->t[m->zone].start,
                          c->t[m->zone].end - c->t[m->zone].start);
  if (m->anchor1 > m->anchor0)
    {
      cl->anchor_start = (gssize)c->t[m->anchor0].start;
      cl->anchor_end = (gssize)c->t[m->anchor1 - 1].end;
      cl->anchor = g_strndup (c->text + cl->anchor_start,
                              (gsize)(cl->anchor_end - cl->anchor_start));
    }
  g_ptr_array_add (out, cl);
}

/* TRUE when token @n, after "the", "a", "an" or "at", can carry a
 * temporal expression: a number, a word of a class, or one of a few
 * plain words ("the third quarter", "a few days", "an additional year").
 * Words of a class ("least", "end", "year") are caught by the class; the
 * rest are told apart by their first letter, as this runs after every
 * article in the text. */
static gboolean
before_time_word (const Tok *n)
{
  if (n->kind == T_NUM || (n->cls != C_NONE && n->cls != C_ZONE))
    return TRUE;
  if (n->kind != T_WORD)
    return FALSE;
  switch (n->key[0])
    {
    case 'a':
      return is (n, "additional");
    case 'c':
      return is (n, "couple") || is (n, "corresponding")
             || is (n, "comparable");
    case 'e':
      return is (n, "entire") || is (n, "extra") || is (n, "eighties")
             || is (n, "eighth");
    case 'f':
      return is (n, "few") || is (n, "fourth") || is (n, "future")
             || is (n, "full") || is (n, "fifties") || is (n, "further")
             || is (n, "first") || is (n, "fifth");
    case 'h':
      return is (n, "half");
    case 'l':
      return is (n, "long");
    case 'm':
      return is (n, "most");
    case 'n':
      return is (n, "nineties") || is (n, "near") || is (n, "ninth");
    case 'p':
      return is (n, "period");
    case 's':
      return is (n, "seventies") || is (n, "sixties") || is (n, "short")
             || is (n, "same") || is (n, "sixth") || is (n, "seventh");
    case 't':
      return is (n, "third") || is (n, "tenth");
    case 'w':
      return is (n, "whole");
    default:
      return FALSE;
    }
}

/* Quick test for tokens where no expression can start, so most of the
 * text is skipped after one comparison.  tokenise has worked it out
 * (Tok.opens): numbers, "'", words of a class but C_KEY start one; the
 * commonest words "the", "a", "an" and "at" only before a time word ("the
 * third quarter", "a week", "at least two days"); the other words that
 * can are marked in the lexicon (C_KEY, V_START). */
static gboolean
may_start (const Ctx *c, guint i)
{
  const Tok *t = &c->t[i];

  if (t->opens == OPENS_NEXT)
    return before_time_word (tk (c, i + 1));
  return t->opens == OPENS_YES;
}

/* TRUE when a unit word inside @m is capitalised mid-sentence: "ABC's
 * This Week", "CBS's 60 Minutes" are programme titles, not times.  A
 * holiday's "Day" ("Thanksgiving Day") is capitalised by right. */
static gboolean
titled_unit (const Ctx *c, const Match *m)
{
  for (guint k = m->i0 > 0 ? m->i0 : 1; k < m->i1 && k < c->n; k++)
    if (c->t[k].cls == C_UNIT && c->t[k].cap
        && !(c->t[k - 1].cls == C_NONE && (c->t[k - 1].val & V_START)))
      return TRUE;
  return FALSE;
}

/* "April 24 and 25": the bare day after a full date is a date of its own
 * in the same month.  Turns @m (just emitted) into it and returns TRUE, or
 * leaves it alone. */
static gboolean
second_day (const Ctx *c, Match *m)
{
  int d, d2;
  guint k = m->i1;

  if (m->type != FD_CLAIM_DATE || m->value_max[0] || strlen (m->value) != 10
      || !g_ascii_isdigit (m->value[8]) || !at (c, k, "and")
      || !day_num (tk (c, k + 1), &d2) || tk (c, k + 1)->key[2] != '\0')
    return FALSE;
  /* the number must end the phrase: "and 25 percent" is no day */
  if (k + 2 < c->n && tk (c, k + 2)->kind != T_PUNCT)
    return FALSE;
  d = (m->value[8] - '0') * 10 + (m->value[9] - '0');
  if (d2 <= d)
    return FALSE;
  snprintf (m->value + 8, 40, "%02d", d2);
  m->i0 = k + 1;
  m->i1 = k + 2;
  m->hedge0 = m->hedge1 = 0;
  m->anchor0 = m->anchor1 = 0;
  m->zone = 0;
  return TRUE;
}

static void
extract_sentence (Ctx *c, const FdSentence *s, GPtrArray *out)
{
  guint i = 0;

  while (i < c->n)
    {
      Match m;
      guint j = i, h0 = 0, h1 = 0;
      gboolean the = FALSE, ok;

      if (!may_start (c, i))
        {
          i++;
          continue;
        }
      match_reset (&m, i);
      if ((j = hedge_at (c, i)) > i && !at (c, j, "the"))
        {
          h0 = i;
          h1 = j;
        }
      else
        j = i;
      if (at (c, j, "the") && j + 1 < c->n)
        {
          the = TRUE;
          j++;
        }
      j = mod_at (c, j);
      if (!the && at (c, j, "the") && j > i)
        {
          the = TRUE;
          j++;
        }
      ok = match_core (c, j, &m);
      if (ok && the && !m.takes_the && j == i + 1)
        {
          /* "the" before a weekday or a month is not part of it */
          ok = FALSE;
        }
      if (!ok && j > i)
        {
          /* the prefix led nowhere: try from the next token */
          Match m2 = { 0 };
          if (match_core (c, i, &m2))
            {
              m = m2;
              ok = TRUE;
              h0 = h1 = 0;
            }
        }
      else if (ok)
        {
          m.i0 = i;
          m.hedge0 = h0;
          m.hedge1 = h1;
          if (h1 > h0 && m.type != FD_CLAIM_DURATION && m.type != FD_CLAIM_TIME
              && m.type != FD_CLAIM_DATE)
            m.hedge0 = m.hedge1 = 0;
        }
      if (!ok || titled_unit (c, &m))
        {
          i++;
          continue;
        }
      if (m.i0 == h0 && h1 > h0 && m.type == FD_CLAIM_DATE
          && g_ascii_isdigit (m.value[0]) && strchr (m.value, 'Q') == NULL
          && c->t[h0].cls == C_HEDGE
          && (is (&c->t[h0], "over") || is (&c->t[h0], "under")
              || is (&c->t[h0], "within")))
        {
          /* "over 1998" is a preposition, not a hedge */
          m.i0 = h1;
          m.hedge0 = m.hedge1 = 0;
        }
      find_anchor (c, &m);
      if (m.quarter_q)
        {
          c->focus_y = m.quarter_y;
          c->focus_q = m.quarter_q;
        }
      if (m.type == FD_CLAIM_DATE)
        note_reference (c, m.value);
      emit (c, s, &m, out);
      i = m.i1;
      if (second_day (c, &m))
        {
          emit (c, s, &m, out);
          i = m.i1;
        }
    }
}

void
fd_timex_extract (const FdDoc *doc, GPtrArray *out)
{
  g_autoptr (GArray) toks = NULL;
  Ctx c = { 0 };
  const LexIndex *ix = lex_index ();
  gsize longest = 64;

  /* one array for the longest sentence (at most a token per byte), so
   * tokenise never grows it */
  for (guint k = 0; k < doc->n_sents; k++)
    longest = MAX (longest, doc->sents[k].end - doc->sents[k].start);
  toks = g_array_sized_new (FALSE, FALSE, sizeof (Tok), (guint)longest);
  c.doc = doc;
  c.ref_day = G_MININT64;
  c.text = doc->text;
  if (doc->date[0] && fd_calendar_parse (doc->date, &c.dct))
    {
      c.have_dct = TRUE;
      fd_calendar_civil (c.dct, &c.dy, &c.dm, &c.dd);
    }
  for (guint k = 0; k < doc->n_sents; k++)
    {
      const FdSentence *s = &doc->sents[k];
      if (!fd_line_class_is_content (s->cls))
        continue;
      c.last_quarter_word
          = tokenise (ix, doc->text, doc->len, s->start, s->end, toks);
      read_numbers (doc->text, (Tok *)toks->data, toks->len);
      c.t = (const Tok *)toks->data;
      c.n = toks->len;
      extract_sentence (&c, s, out);
    }
}
