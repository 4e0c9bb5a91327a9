/* test-numword.c - numbers in digits and in words. */
#include "claims/numword.h"
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

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("numword");
  TCase *tc = tcase_create ("numword");

  tcase_add_loop_test (tc, numword_cases, 0, G_N_ELEMENTS (cases));
  tcase_add_test (tc, numword_never_reads_past_len);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
