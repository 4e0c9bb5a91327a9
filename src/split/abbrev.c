/* abbrev.c - see abbrev.h: abbreviations, sentence starters and the
 * other small word lists of the sentence splitter.
 *
 * Every table is sorted bytewise (a unit test checks it) so that a lookup
 * is a binary search of a few comparisons; the splitter only asks at the
 * rare places where a full stop is followed by white space. */
#include "split/abbrev.h"

#include <string.h>

/* Longest abbreviation key, in bytes; longer words are never looked up. */
#define MAX_KEY 8

typedef struct
{
  /* Lower case, without the final '.', padded with NULs (not terminated
   * when MAX_KEY long) so that a key loads as one 64-bit number. */
  const char word[MAX_KEY];
  FdAbbrevKind kind;
  gboolean ambiguous; /* also a common English word */
} Abbrev;

/* Titles, organisations, units and Latin shorthand behave alike (GENERAL);
 * the other kinds have their own rule in the splitter. */
static const Abbrev abbrevs[] = {
  { "a.d", FD_ABBREV_GENERAL, FALSE },
  { "a.m", FD_ABBREV_TIME, FALSE },
  { "adm", FD_ABBREV_GENERAL, FALSE },
  { "al", FD_ABBREV_GENERAL, FALSE },
  { "ala", FD_ABBREV_STATE, FALSE },
  { "alta", FD_ABBREV_STATE, FALSE },
  { "approx", FD_ABBREV_GENERAL, FALSE },
  { "apr", FD_ABBREV_MONTH, FALSE },
  { "ariz", FD_ABBREV_STATE, FALSE },
  { "ark", FD_ABBREV_STATE, FALSE },
  { "art", FD_ABBREV_NUMBER, FALSE },
  { "arts", FD_ABBREV_NUMBER, FALSE },
  { "assn", FD_ABBREV_GENERAL, FALSE },
  { "assoc", FD_ABBREV_GENERAL, FALSE },
  { "asst", FD_ABBREV_GENERAL, FALSE },
  { "atty", FD_ABBREV_GENERAL, FALSE },
  { "aug", FD_ABBREV_MONTH, FALSE },
  { "ave", FD_ABBREV_GENERAL, FALSE },
  { "b.a", FD_ABBREV_GENERAL, FALSE },
  { "b.c", FD_ABBREV_STATE, FALSE },
  { "bil", FD_ABBREV_GENERAL, FALSE },
  { "bln", FD_ABBREV_GENERAL, FALSE },
  { "blvd", FD_ABBREV_GENERAL, FALSE },
  { "brig", FD_ABBREV_GENERAL, FALSE },
  { "bros", FD_ABBREV_SUFFIX, FALSE },
  { "ca", FD_ABBREV_NUMBER, FALSE },
  { "calif", FD_ABBREV_STATE, FALSE },
  { "capt", FD_ABBREV_GENERAL, FALSE },
  { "cdr", FD_ABBREV_GENERAL, FALSE },
  { "cf", FD_ABBREV_GENERAL, FALSE },
  { "ch", FD_ABBREV_NUMBER, FALSE },
  { "chap", FD_ABBREV_NUMBER, FALSE },
  { "cmdr", FD_ABBREV_GENERAL, FALSE },
  { "co", FD_ABBREV_SUFFIX, FALSE },
  { "col", FD_ABBREV_GENERAL, FALSE },
  { "colo", FD_ABBREV_STATE, FALSE },
  { "comdr", FD_ABBREV_GENERAL, FALSE },
  { "conn", FD_ABBREV_STATE, FALSE },
  { "corp", FD_ABBREV_SUFFIX, FALSE },
  { "cos", FD_ABBREV_SUFFIX, FALSE },
  { "cpl", FD_ABBREV_GENERAL, FALSE },
  { "cpt", FD_ABBREV_GENERAL, FALSE },
  { "d.c", FD_ABBREV_GENERAL, FALSE },
  { "dec", FD_ABBREV_MONTH, FALSE },
  { "del", FD_ABBREV_STATE, TRUE },
  { "dept", FD_ABBREV_GENERAL, FALSE },
  { "depts", FD_ABBREV_GENERAL, FALSE },
  { "det", FD_ABBREV_GENERAL, FALSE },
  { "dist", FD_ABBREV_GENERAL, FALSE },
  { "div", FD_ABBREV_GENERAL, FALSE },
  { "dr", FD_ABBREV_GENERAL, FALSE },
  { "e.g", FD_ABBREV_GENERAL, FALSE },
  { "e.u", FD_ABBREV_GENERAL, FALSE },
  { "esp", FD_ABBREV_GENERAL, FALSE },
  { "est", FD_ABBREV_GENERAL, FALSE },
  { "etc", FD_ABBREV_SUFFIX, FALSE },
  { "ext", FD_ABBREV_NUMBER, FALSE },
  { "feb", FD_ABBREV_MONTH, FALSE },
  { "fig", FD_ABBREV_NUMBER, FALSE },
  { "figs", FD_ABBREV_NUMBER, FALSE },
  { "fla", FD_ABBREV_STATE, FALSE },
  { "fr", FD_ABBREV_GENERAL, FALSE },
  { "ft", FD_ABBREV_GENERAL, FALSE },
  { "ga", FD_ABBREV_STATE, FALSE },
  { "gen", FD_ABBREV_GENERAL, FALSE },
  { "gens", FD_ABBREV_GENERAL, FALSE },
  { "gov", FD_ABBREV_GENERAL, FALSE },
  { "gov't", FD_ABBREV_GENERAL, FALSE },
  { "govs", FD_ABBREV_GENERAL, FALSE },
  { "hon", FD_ABBREV_GENERAL, FALSE },
  { "hr", FD_ABBREV_GENERAL, FALSE },
  { "hrs", FD_ABBREV_GENERAL, FALSE },
  { "hwy", FD_ABBREV_GENERAL, FALSE },
  { "i.e", FD_ABBREV_GENERAL, FALSE },
  { "ibid", FD_ABBREV_GENERAL, FALSE },
  { "ill", FD_ABBREV_STATE, TRUE },
  { "inc", FD_ABBREV_SUFFIX, FALSE },
  { "ind", FD_ABBREV_STATE, TRUE },
  { "insp", FD_ABBREV_GENERAL, FALSE },
  { "intl", FD_ABBREV_GENERAL, FALSE },
  { "jan", FD_ABBREV_MONTH, FALSE },
  { "jr", FD_ABBREV_GENERAL, FALSE },
  { "jul", FD_ABBREV_MONTH, FALSE },
  { "jun", FD_ABBREV_MONTH, FALSE },
  { "kan", FD_ABBREV_STATE, FALSE },
  { "kans", FD_ABBREV_STATE, FALSE },
  { "ky", FD_ABBREV_STATE, FALSE },
  { "la", FD_ABBREV_STATE, TRUE },
  { "lb", FD_ABBREV_GENERAL, FALSE },
  { "lbs", FD_ABBREV_GENERAL, FALSE },
  { "lieut", FD_ABBREV_GENERAL, FALSE },
  { "llc", FD_ABBREV_SUFFIX, FALSE },
  { "lt", FD_ABBREV_GENERAL, FALSE },
  { "ltd", FD_ABBREV_SUFFIX, FALSE },
  { "ltg", FD_ABBREV_GENERAL, FALSE },
  { "m.a", FD_ABBREV_GENERAL, FALSE },
  { "m.d", FD_ABBREV_GENERAL, FALSE },
  { "maj", FD_ABBREV_GENERAL, FALSE },
  { "maj.gen", FD_ABBREV_GENERAL, FALSE },
  { "mar", FD_ABBREV_MONTH, FALSE },
  { "mass", FD_ABBREV_STATE, TRUE },
  { "md", FD_ABBREV_STATE, FALSE },
  { "me", FD_ABBREV_STATE, TRUE },
  { "messrs", FD_ABBREV_GENERAL, FALSE },
  { "mgr", FD_ABBREV_GENERAL, FALSE },
  { "mich", FD_ABBREV_STATE, FALSE },
  { "minn", FD_ABBREV_STATE, FALSE },
  { "miss", FD_ABBREV_STATE, TRUE },
  { "mlle", FD_ABBREV_GENERAL, FALSE },
  { "mln", FD_ABBREV_GENERAL, FALSE },
  { "mme", FD_ABBREV_GENERAL, FALSE },
  { "mmes", FD_ABBREV_GENERAL, FALSE },
  { "mo", FD_ABBREV_STATE, TRUE },
  { "mont", FD_ABBREV_STATE, FALSE },
  { "mos", FD_ABBREV_GENERAL, FALSE },
  { "mr", FD_ABBREV_GENERAL, FALSE },
  { "mrs", FD_ABBREV_GENERAL, FALSE },
  { "ms", FD_ABBREV_GENERAL, FALSE },
  { "mssrs", FD_ABBREV_GENERAL, FALSE },
  { "mt", FD_ABBREV_GENERAL, FALSE },
  { "n.c", FD_ABBREV_STATE, FALSE },
  { "n.d", FD_ABBREV_STATE, FALSE },
  { "n.h", FD_ABBREV_STATE, FALSE },
  { "n.j", FD_ABBREV_STATE, FALSE },
  { "n.m", FD_ABBREV_STATE, FALSE },
  { "n.y", FD_ABBREV_STATE, FALSE },
  { "natl", FD_ABBREV_GENERAL, FALSE },
  { "neb", FD_ABBREV_STATE, FALSE },
  { "nev", FD_ABBREV_STATE, FALSE },
  { "no", FD_ABBREV_NUMBER, FALSE },
  { "nos", FD_ABBREV_NUMBER, FALSE },
  { "nov", FD_ABBREV_MONTH, FALSE },
  { "nr", FD_ABBREV_NUMBER, FALSE },
  { "n°", FD_ABBREV_NUMBER, FALSE },
  { "oct", FD_ABBREV_MONTH, FALSE },
  { "okla", FD_ABBREV_STATE, FALSE },
  { "ont", FD_ABBREV_STATE, FALSE },
  { "op", FD_ABBREV_NUMBER, FALSE },
  { "ore", FD_ABBREV_STATE, TRUE },
  { "oz", FD_ABBREV_GENERAL, FALSE },
  { "p.m", FD_ABBREV_TIME, FALSE },
  { "p.o", FD_ABBREV_GENERAL, FALSE },
  { "pa", FD_ABBREV_STATE, TRUE },
  { "para", FD_ABBREV_NUMBER, FALSE },
  { "pg", FD_ABBREV_NUMBER, FALSE },
  { "ph.d", FD_ABBREV_GENERAL, FALSE },
  { "plc", FD_ABBREV_SUFFIX, FALSE },
  { "pp", FD_ABBREV_NUMBER, FALSE },
  { "pres", FD_ABBREV_GENERAL, FALSE },
  { "prof", FD_ABBREV_GENERAL, FALSE },
  { "pt", FD_ABBREV_NUMBER, FALSE },
  { "pvt", FD_ABBREV_GENERAL, FALSE },
  { "que", FD_ABBREV_STATE, FALSE },
  { "r.i", FD_ABBREV_STATE, FALSE },
  { "rd", FD_ABBREV_GENERAL, FALSE },
  { "ref", FD_ABBREV_GENERAL, FALSE },
  { "rep", FD_ABBREV_GENERAL, FALSE },
  { "reps", FD_ABBREV_GENERAL, FALSE },
  { "rev", FD_ABBREV_GENERAL, FALSE },
  { "s.c", FD_ABBREV_STATE, FALSE },
  { "s.d", FD_ABBREV_STATE, FALSE },
  { "sask", FD_ABBREV_STATE, FALSE },
  { "sec", FD_ABBREV_NUMBER, FALSE },
  { "secs", FD_ABBREV_NUMBER, FALSE },
  { "sen", FD_ABBREV_GENERAL, FALSE },
  { "sens", FD_ABBREV_GENERAL, FALSE },
  { "sep", FD_ABBREV_MONTH, FALSE },
  { "sept", FD_ABBREV_MONTH, FALSE },
  { "sgt", FD_ABBREV_GENERAL, FALSE },
  { "sq", FD_ABBREV_GENERAL, FALSE },
  { "sr", FD_ABBREV_GENERAL, FALSE },
  { "st", FD_ABBREV_GENERAL, FALSE },
  { "supt", FD_ABBREV_GENERAL, FALSE },
  { "tel", FD_ABBREV_NUMBER, FALSE },
  { "tenn", FD_ABBREV_STATE, FALSE },
  { "tex", FD_ABBREV_STATE, FALSE },
  { "tril", FD_ABBREV_GENERAL, FALSE },
  { "u.k", FD_ABBREV_GENERAL, FALSE },
  { "u.n", FD_ABBREV_GENERAL, FALSE },
  { "u.s", FD_ABBREV_GENERAL, FALSE },
  { "u.s.a", FD_ABBREV_GENERAL, FALSE },
  { "univ", FD_ABBREV_GENERAL, FALSE },
  { "va", FD_ABBREV_STATE, FALSE },
  { "viz", FD_ABBREV_GENERAL, FALSE },
  { "vol", FD_ABBREV_NUMBER, FALSE },
  { "vols", FD_ABBREV_NUMBER, FALSE },
  { "vs", FD_ABBREV_GENERAL, FALSE },
  { "vt", FD_ABBREV_STATE, FALSE },
  { "w.va", FD_ABBREV_STATE, FALSE },
  { "wash", FD_ABBREV_STATE, TRUE },
  { "wis", FD_ABBREV_STATE, FALSE },
  { "wk", FD_ABBREV_GENERAL, FALSE },
  { "wks", FD_ABBREV_GENERAL, FALSE },
  { "wyo", FD_ABBREV_STATE, FALSE },
  { "yr", FD_ABBREV_GENERAL, FALSE },
  { "yrs", FD_ABBREV_GENERAL, FALSE },
};

/* Capitalised words that open sentences far more often than they continue
 * a name: deciding "the U.S. He said" from "the U.S. Army" rests on it.
 * Words that are also common names ("Will", "May", "Bill") stay out. */
static const char *const starters[] = {
  "A",           "About",     "According",
  "Across",      "After",     "Afterward",
  "Afterwards",  "Again",     "Against",
  "Ahead",       "All",       "Along",
  "Also",        "Although",  "Among",
  "An",          "And",       "Another",
  "Any",         "Are",       "As",
  "At",          "Because",   "Before",
  "Both",        "But",       "Can",
  "Could",       "Despite",   "Did",
  "Do",          "Does",      "During",
  "Each",        "Earlier",   "Either",
  "Even",        "Every",     "For",
  "Furthermore", "Had",       "Has",
  "Have",        "He",        "Her",
  "Here",        "His",       "How",
  "However",     "I",         "If",
  "In",          "Instead",   "Is",
  "It",          "Its",       "Last",
  "Later",       "Many",      "Meanwhile",
  "Moreover",    "Most",      "Much",
  "My",          "Neither",   "Nevertheless",
  "Next",        "Nor",       "Not",
  "Now",         "On",        "Once",
  "Only",        "Or",        "Other",
  "Our",         "Overall",   "Perhaps",
  "Rather",      "Several",   "She",
  "Should",      "Since",     "So",
  "Some",        "Still",     "Such",
  "That",        "The",       "Their",
  "Then",        "There",     "These",
  "They",        "This",      "Those",
  "Though",      "Thus",      "Today",
  "Under",       "Unlike",    "Until",
  "Was",         "We",        "Were",
  "What",        "When",      "Where",
  "Whether",     "Which",     "While",
  "Who",         "Whom",      "Whose",
  "Why",         "With",      "Without",
  "Would",       "Yesterday", "Yet",
  "You",         "Your",
};
/* Capitalised words after "a.m."/"p.m." that keep the sentence going:
 * "at 9 a.m. Tuesday", "3 p.m. EST". */
static const char *const time_followers[] = {
  "AEST",     "Apr",      "April",     "Atlantic",  "Aug",     "August",
  "BST",      "CDT",      "CEST",      "CET",       "CST",     "CT",
  "Central",  "Dec",      "December",  "EDT",       "EST",     "ET",
  "Eastern",  "Feb",      "February",  "Fri",       "Friday",  "GMT",
  "HKT",      "IST",      "JST",       "Jan",       "January", "Jul",
  "July",     "Jun",      "June",      "KST",       "Local",   "MDT",
  "MST",      "MT",       "Mar",       "March",     "May",     "Mon",
  "Monday",   "Mountain", "Nov",       "November",  "Oct",     "October",
  "PDT",      "PST",      "PT",        "Pacific",   "SGT",     "Sat",
  "Saturday", "Sep",      "Sept",      "September", "Sun",     "Sunday",
  "Thu",      "Thurs",    "Thursday",  "Tue",       "Tues",    "Tuesday",
  "UTC",      "Wed",      "Wednesday",
};
/* Capitalised words after "Inc."/"Corp." that keep the sentence going:
 * "Brightwell Corp. Chief Executive …", "Samsung Co. Ltd.". */
static const char *const suffix_followers[] = {
  "CEO",      "Chairman",  "Chairwoman",  "Chief", "Co",       "Corp",
  "Director", "Executive", "Founder",     "Group", "Holdings", "Inc",
  "LLC",      "Ltd",       "Managing",    "PLC",   "Plc",      "President",
  "Senior",   "Spokesman", "Spokeswoman", "Vice",
};
/* Month names and abbreviations, for the glued-caption date rule. */
static const char *const months[] = {
  "Apr",      "April",    "Aug",     "August",  "Dec",  "December",
  "Feb",      "February", "Jan",     "January", "Jul",  "July",
  "Jun",      "June",     "Mar",     "March",   "May",  "Nov",
  "November", "Oct",      "October", "Sep",     "Sept", "September",
};

static int
cmp_key (const char *key, const char *word, gsize len)
{
  gsize i;

  for (i = 0; i < len && key[i]; i++)
    if (key[i] != word[i])
      return (guchar)key[i] - (guchar)word[i];
  if (i < len)
    return -1; /* the key is a prefix of the word */
  return key[i] ? 1 : 0;
}

static gssize
find_word (const char *const *table, gsize n, const char *word, gsize len)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      int c = cmp_key (table[mid], word, len);
      if (c == 0)
        return (gssize)mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

/* The MAX_KEY bytes at @w as a big-endian number: comparing two such
 * numbers orders the keys bytewise, NUL padding first, like strcmp. */
static inline guint64
pack_key (const char *w)
{
  guint64 v;

  memcpy (&v, w, sizeof v);
  return GUINT64_FROM_BE (v);
}

FdAbbrevKind
fd_abbrev_lookup (const char *word, gsize len, gboolean *ambiguous)
{
  char low[MAX_KEY] = { 0 };
  gsize lo = 0, hi = G_N_ELEMENTS (abbrevs);
  guint64 key;

  G_STATIC_ASSERT (MAX_KEY == sizeof (guint64));
  *ambiguous = FALSE;
  if (len == 0 || len > MAX_KEY)
    return FD_ABBREV_NONE;
  for (gsize i = 0; i < len; i++)
    {
      char c = word[i];
      if (c == '\0')
        return FD_ABBREV_NONE;
      low[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
    }
  key = pack_key (low);
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      guint64 k = pack_key (abbrevs[mid].word);
      if (k == key)
        {
          *ambiguous = abbrevs[mid].ambiguous;
          return abbrevs[mid].kind;
        }
      if (k < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FD_ABBREV_NONE;
}

gboolean
fd_abbrev_is_starter (const char *word, gsize len)
{
  return find_word (starters, G_N_ELEMENTS (starters), word, len) >= 0;
}

gboolean
fd_abbrev_is_time_follower (const char *word, gsize len)
{
  return find_word (time_followers, G_N_ELEMENTS (time_followers), word, len)
         >= 0;
}

gboolean
fd_abbrev_is_suffix_follower (const char *word, gsize len)
{
  return find_word (suffix_followers, G_N_ELEMENTS (suffix_followers), word,
                    len)
         >= 0;
}

gboolean
fd_abbrev_is_month (const char *word, gsize len)
{
  return find_word (months, G_N_ELEMENTS (months), word, len) >= 0;
}

static gboolean
sorted (const char *const *table, gsize n)
{
  for (gsize i = 1; i < n; i++)
    if (strcmp (table[i - 1], table[i]) >= 0)
      return FALSE;
  return TRUE;
}

gboolean
fd_abbrev_tables_sorted (void)
{
  for (gsize i = 1; i < G_N_ELEMENTS (abbrevs); i++)
    if (pack_key (abbrevs[i - 1].word) >= pack_key (abbrevs[i].word))
      return FALSE;
  return sorted (starters, G_N_ELEMENTS (starters))
         && sorted (time_followers, G_N_ELEMENTS (time_followers))
         && sorted (suffix_followers, G_N_ELEMENTS (suffix_followers))
         && sorted (months, G_N_ELEMENTS (months));
}
