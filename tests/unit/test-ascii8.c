/* test-ascii8.c - the eight-bytes-at-a-time word runs, lower-case runs
 * and digit search of core/ascii8.h against a plain byte loop, for every
 * byte value at every position of the eight-byte word and near the end
 * of the text. */
#include "core/ascii8.h"
#include "fd-test.h"

static gsize
slow_run (const char *p, const char *end, gboolean high)
{
  const char *q = p;

  while (q < end
         && (g_ascii_isalnum (*q) || (high && (unsigned char)*q >= 0x80)))
    q++;
  return (gsize)(q - p);
}

/* Every byte value, put at each offset of a run of letters of each
 * length up to 20, must stop the run exactly where the byte loop does. */
START_TEST (word_run_matches_byte_loop)
{
  char buf[24];

  for (int high = 0; high <= 1; high++)
    for (gsize len = 0; len <= 20; len++)
      for (gsize at = 0; at < len; at++)
        for (int b = 0; b < 256; b++)
          {
            for (gsize i = 0; i < len; i++)
              buf[i] = (char)('a' + i % 26);
            buf[at] = (char)b;
            ck_assert_uint_eq (fd_ascii_word_run (buf, buf + len, high),
                               slow_run (buf, buf + len, high));
          }
}
END_TEST

START_TEST (word_run_reads_only_before_end)
{
  /* The bytes after @end are letters: they must not count. */
  const char text[] = "Abc9zZabcdefghijklmn";

  ck_assert_uint_eq (fd_ascii_word_run (text, text + 3, FALSE), 3);
  ck_assert_uint_eq (fd_ascii_word_run (text, text + 9, FALSE), 9);
  ck_assert_uint_eq (fd_ascii_word_run (text, text, FALSE), 0);
  ck_assert_uint_eq (fd_ascii_word_run ("ab-cd", "ab-cd" + 5, FALSE), 2);
  /* "é" is two bytes of 0x80 or more. */
  ck_assert_uint_eq (
      fd_ascii_word_run ("caf\xc3\xa9s x", "caf\xc3\xa9s x" + 8, TRUE), 6);
  ck_assert_uint_eq (
      fd_ascii_word_run ("caf\xc3\xa9s x", "caf\xc3\xa9s x" + 8, FALSE), 3);
}
END_TEST

/* Every byte value at each offset of texts up to 20 bytes long: the
 * first digit is where the byte loop finds it, and bytes past the end
 * (digits here) are never looked at. */
START_TEST (next_digit_matches_byte_loop)
{
  char buf[28];

  for (gsize len = 0; len <= 20; len++)
    for (gsize at = 0; at < len; at++)
      for (int b = 0; b < 256; b++)
        {
          const char *q = buf;

          memset (buf, '7', sizeof buf);
          for (gsize i = 0; i < len; i++)
            buf[i] = (char)(i % 2 ? 'x' : '\xc3');
          buf[at] = (char)b;
          while (q < buf + len && !g_ascii_isdigit (*q))
            q++;
          ck_assert_ptr_eq (fd_ascii_next_digit (buf, buf + len), q);
        }
}
END_TEST

/* Every byte value at each offset of a run of lower-case letters: the
 * run ends where the byte loop ends it, and never past @end. */
START_TEST (lower_run_matches_byte_loop)
{
  char buf[28];

  for (gsize len = 0; len <= 20; len++)
    for (gsize at = 0; at < len; at++)
      for (int b = 0; b < 256; b++)
        {
          const char *q = buf;

          memset (buf, 'q', sizeof buf);
          for (gsize i = 0; i < len; i++)
            buf[i] = (char)('a' + i % 26);
          buf[at] = (char)b;
          while (q < buf + len && *q >= 'a' && *q <= 'z')
            q++;
          ck_assert_uint_eq (fd_ascii_lower_run (buf, buf + len),
                             (gsize)(q - buf));
        }
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("ascii8");
  TCase *tc = tcase_create ("ascii8");

  tcase_add_test (tc, word_run_matches_byte_loop);
  tcase_add_test (tc, word_run_reads_only_before_end);
  tcase_add_test (tc, next_digit_matches_byte_loop);
  tcase_add_test (tc, lower_run_matches_byte_loop);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
