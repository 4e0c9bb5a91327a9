/* test-numword.c - numbers in digits and in words, and the word sets
 * the number and quote readers look words up in. */
#include "claims/numword.h"
#include "claims/wordset.h"
#include "fd-test.h"

#include <string.h>

typedef struct
{
  const char *in;
  gboolean ok;
  double value;
  gsize len; /* bytes consumed */
  gboolean ordinal;
} Case;

static const Case cases[] = {
  { "fourteen days", TRUE, 14, 8, FALSE },
  { "twenty four hours", TRUE, 24, 11, FALSE },
  { "Twenty-six percent", TRUE, 26, 10, FALSE },
  { "a hundred thirty million dollars", TRUE, 130e6, 24, FALSE },
  { "two hundred and five", TRUE, 205, 20, FALSE },
  { "seventy million dollars", TRUE, 70e6, 15, FALSE },
  { "28,500 US troops", TRUE, 28500, 6, FALSE },
  { "1,000,000 people", TRUE, 1e6, 9, FALSE },
  { "2.5 hours", TRUE, 2.5, 3, FALSE },
  { "1.55%", TRUE, 1.55, 4, FALSE },
  { "1.2 billion", TRUE, 1.2e9, 11, FALSE },
  { "76 Tril. By 2040", TRUE, 76e12, 8, FALSE },
  { "60th anniversary", TRUE, 60, 4, TRUE },
  { "first summit", TRUE, 1, 5, TRUE },
  { "twenty-third", TRUE, 23, 12, TRUE },
  { "one two", TRUE, 1, 3, FALSE },
  { "a dozen eggs", TRUE, 12, 7, FALSE },
  { "half an hour", TRUE, 0.5, 4, FALSE },
  { "five year low", TRUE, 5, 4, FALSE },
  { "one second", TRUE, 1, 3, FALSE },
  { "tension rises", FALSE, 0, 0, FALSE },
  { "a week", FALSE, 0, 0, FALSE },
  { "an eight", FALSE, 0, 0, FALSE },
  { "onerous", FALSE, 0, 0, FALSE },
  { "", FALSE, 0, 0, FALSE },
  { "1,00 x", TRUE, 1, 1, FALSE },
  { "two dozen eggs", TRUE, 24, 9, FALSE },
  { "3 dozens", TRUE, 36, 8, FALSE },
  { "dozens of people", FALSE, 0, 0, FALSE },
  { "two point five million", TRUE, 2.5e6, 22, FALSE },
  { "one point of order", TRUE, 1, 3, FALSE },
  { "three billions", TRUE, 3e9, 14, FALSE },
  { "30 lakh rupees", TRUE, 3e6, 7, FALSE },
  { "two crore", TRUE, 2e7, 9, FALSE },
  { ".77 of it", TRUE, 0.77, 3, FALSE },
  /* The number extractor builds fractions and multiples on these. */
  { "two-thirds", TRUE, 2, 3, FALSE },
  { "half a million", TRUE, 0.5, 4, FALSE },
  { "a million people", TRUE, 1e6, 9, FALSE },
  { "fifth term", TRUE, 5, 5, TRUE },
  { "2 lakh crore", TRUE, 2e5, 6, FALSE },
};

START_TEST (numword_cases)
{
  const Case *c = &cases[_i];
  FdNumber n;
  gboolean ok = fd_numword_parse (c->in, strlen (c->in), &n);

  ck_assert_msg (ok == c->ok, "'%s': ok %d, expected %d", c->in, ok, c->ok);
  if (!ok)
    return;
  ck_assert_msg (n.value == c->value, "'%s': value %g, expected %g", c->in,
                 n.value, c->value);
  ck_assert_msg (n.len == c->len, "'%s': len %zu, expected %zu", c->in, n.len,
                 c->len);
  ck_assert_msg (n.ordinal == c->ordinal, "'%s': ordinal %d", c->in,
                 n.ordinal);
}
END_TEST

START_TEST (numword_never_reads_past_len)
{
  FdNumber n;

  /* "fourteen" cut to "four" must read as four. */
  ck_assert (fd_numword_parse ("fourteen", 4, &n));
  ck_assert (n.value == 4 && n.len == 4);
  ck_assert (fd_numword_parse ("28,500", 4, &n));
  ck_assert (n.value == 28 && n.len == 2);
}
END_TEST

/* fd_numword_is_opener_with tells most words by their length and first
 * and last letters: it must give fd_numword_is_opener's answer for every
 * word that can open a number (each of them, in any case) and for words
 * that share their letters. */
START_TEST (numword_opener_filter_agrees)
{
  static const char *const words[] = {
    "zero",       "one",        "two",        "three",     "four",
    "five",       "six",        "seven",      "eight",     "nine",
    "ten",        "eleven",     "twelve",     "thirteen",  "fourteen",
    "fifteen",    "sixteen",    "seventeen",  "eighteen",  "nineteen",
    "twenty",     "thirty",     "forty",      "fifty",     "sixty",
    "seventy",    "eighty",     "ninety",     "first",     "second",
    "third",      "fourth",     "fifth",      "sixth",     "seventh",
    "eighth",     "ninth",      "tenth",      "eleventh",  "twelfth",
    "thirteenth", "fourteenth", "fifteenth",  "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",  "thirtieth", "fortieth",
    "fiftieth",   "sixtieth",   "seventieth", "eightieth", "ninetieth",
    "dozen",      "dozens",     "a",          "A",         "an",
    "An",         "half",       "HALF",       "the",       "The",
    "to",         "said",       "tension",    "anyway",    "halve",
    "ones",       "tenths",     "hundred",    "Twentieth", "NINETIETH",
    "Dozen",      "sevenths",   "fiver",      "nine-",     "a.m.",
    "an1",
  };
  const FdNumwordOpeners *o = fd_numword_openers ();
  guint yes = 0;

  for (gsize k = 0; k < G_N_ELEMENTS (words); k++)
    {
      gsize n = strlen (words[k]);
      gboolean want = fd_numword_is_opener (words[k], n);
      ck_assert_msg (fd_numword_is_opener_with (o, words[k], n) == want,
                     "'%s'", words[k]);
      yes += want;
    }
  /* every number word, a, A, an, An, half, HALF, Twentieth, NINETIETH
   * and Dozen */
  ck_assert_uint_eq (yes, 66);
  ck_assert (!fd_numword_is_opener_with (o, "the", 3));
}
END_TEST

/* fd_numword_may_start is the number extractor's shortcut: it must never
 * say no where fd_numword_parse says yes.  Tried at every byte of a text
 * with numbers in all the shapes numword reads, and at the cases. */
START_TEST (numword_may_start_covers_parse)
{
  static const char text[]
      = "A hundred and five, an eight, half a dozen; Twenty-six percent of "
        "the 28,500 troops (.77 of them) saw 1.2 billion and 76 Tril. in "
        "the sixtieth year, a dozen dozens, zero, ninetieth, a million, an "
        "hour, onerous tension, the 3rd, 2 lakh crore, two point five.";
  gsize len = strlen (text);
  FdNumber n;

  for (gsize i = 0; i < len; i++)
    if (fd_numword_parse (text + i, len - i, &n))
      ck_assert_msg (fd_numword_may_start (text + i, len - i),
                     "parse reads '%.12s' but may_start says no", text + i);
  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    if (cases[k].ok)
      ck_assert_msg (fd_numword_may_start (cases[k].in, strlen (cases[k].in)),
                     "'%s'", cases[k].in);
  /* And it is a real filter. */
  ck_assert (!fd_numword_may_start ("tension", 7));
  ck_assert (!fd_numword_may_start ("the year", 8));
  ck_assert (!fd_numword_may_start ("anyway", 6));
  ck_assert (!fd_numword_may_start ("", 0));
  ck_assert (fd_numword_is_opener ("Fourteen", 8));
  ck_assert (!fd_numword_is_opener ("Fourteens", 9));
  /* The inline length bound lets the longest words through. */
  ck_assert (fd_numword_is_opener ("seventeenth", 11));
  ck_assert (fd_numword_is_opener ("SEVENTIETH", 10));
  ck_assert (fd_numword_may_start ("seventeenth day", 15));
}
END_TEST

/* Digit values: short integers are summed, the rest go through strtod;
 * both must give strtod's double. */
START_TEST (numword_digit_values)
{
  static const char *const in[] = {
    "0",
    "007",
    "123456789012345",
    "1234567890123456",
    "9007199254740993",
    "12,345,678,901,234,567",
    "0.1",
    "2.675",
    "3.14159265358979323846264338327950288419716939937510582097494459",
    "1000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000",
  };

  for (gsize k = 0; k < G_N_ELEMENTS (in); k++)
    {
      g_autofree char *plain = g_strdup (in[k]);
      FdNumber n;
      gsize w = 0;

      for (gsize r = 0; plain[r]; r++)
        if (plain[r] != ',')
          plain[w++] = plain[r];
      plain[w] = '\0';
      ck_assert (fd_numword_parse (in[k], strlen (in[k]), &n));
      ck_assert_uint_eq (n.len, strlen (in[k]));
      ck_assert_msg (n.value == g_ascii_strtod (plain, NULL), "'%s': %.17g",
                     in[k], n.value);
    }
}
END_TEST

static const char *const sample_words[] = {
  "said", "U.S", "o'clock", "\xc3\xa9t\xc3\xa9", "km/h", "said", "Said", "a",
};

/* The same answers as comparing with each entry in turn. */
START_TEST (wordset_matches_scan)
{
  static FdWordSet set = FD_WORD_SET (sample_words);
  static const char *const probes[] = {
    "said",
    "SAID",
    "saId",
    "sai",
    "saids",
    "u.s",
    "U.S",
    "U.S.",
    "O'CLOCK",
    "\xc3\xa9t\xc3\xa9",
    "\xc3\x89t\xc3\xa9",
    "KM/H",
    "km",
    "A",
    "an",
    "",
  };

  for (gsize k = 0; k < G_N_ELEMENTS (probes); k++)
    {
      gint want = -1;
      gsize n = strlen (probes[k]);

      for (gsize e = 0; e < G_N_ELEMENTS (sample_words) && want < 0; e++)
        if (strlen (sample_words[e]) == n
            && g_ascii_strncasecmp (probes[k], sample_words[e], n) == 0)
          want = (gint)e;
      ck_assert_msg (fd_word_set_find (&set, probes[k], n) == want,
                     "'%s': %d, want %d", probes[k],
                     fd_word_set_find (&set, probes[k], n), want);
    }
  /* A word listed twice is found at its first place; a probe is read
   * only for its length. */
  ck_assert_int_eq (fd_word_set_find (&set, "SAID", 4), 0);
  ck_assert (fd_word_set_has (&set, "saidest", 4));
}
END_TEST

/* An exact set keeps case: "Party" the organisation word, not "party". */
START_TEST (wordset_exact)
{
  static FdWordSet set = FD_WORD_SET_EXACT (sample_words);

  ck_assert_int_eq (fd_word_set_find (&set, "said", 4), 0);
  ck_assert_int_eq (fd_word_set_find (&set, "Said", 4), 6);
  ck_assert_int_eq (fd_word_set_find (&set, "SAID", 4), -1);
  ck_assert_int_eq (fd_word_set_find (&set, "u.s", 3), -1);
  ck_assert_int_eq (fd_word_set_find (&set, "U.S", 3), 1);
}
END_TEST

/* A set as full as sets get: every word found where it is, and its
 * near misses not at all. */
static char big_text[255][8];
static const char *big_words[255];

START_TEST (wordset_full)
{
  static FdWordSet set = FD_WORD_SET (big_words);

  for (guint k = 0; k < G_N_ELEMENTS (big_words); k++)
    {
      g_snprintf (big_text[k], sizeof big_text[k], "w%uq", k);
      big_words[k] = big_text[k];
    }
  for (guint k = 0; k < G_N_ELEMENTS (big_words); k++)
    {
      char miss[8];

      ck_assert_int_eq (
          fd_word_set_find (&set, big_words[k], strlen (big_words[k])),
          (gint)k);
      g_snprintf (miss, sizeof miss, "w%ur", k);
      ck_assert_int_eq (fd_word_set_find (&set, miss, strlen (miss)), -1);
    }
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("numword");
  TCase *tc = tcase_create ("numword");

  tcase_add_loop_test (tc, numword_cases, 0, G_N_ELEMENTS (cases));
  tcase_add_test (tc, numword_never_reads_past_len);
  tcase_add_test (tc, numword_may_start_covers_parse);
  tcase_add_test (tc, numword_opener_filter_agrees);
  tcase_add_test (tc, numword_digit_values);
  tcase_add_test (tc, wordset_matches_scan);
  tcase_add_test (tc, wordset_full);
  tcase_add_test (tc, wordset_exact);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
