/* test-core.c - the JSON writer and atomic file replacement. */
#include "core/atomic.h"
#include "core/json.h"
#include "fd-test.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

START_TEST (json_escapes_controls_quotes_and_backslashes)
{
  g_autoptr (GString) s = g_string_new (NULL);

  fd_json_append_string (s,
                         "a\"b\\c\nd\x01"
                         "é/",
                         -1);
  ck_assert_str_eq (s->str, "\"a\\\"b\\\\c\\nd\\u0001é/\"");
}
END_TEST

START_TEST (json_string_with_length_stops_there)
{
  g_autoptr (GString) s = g_string_new (NULL);

  fd_json_append_string (s, "abcdef", 3);
  ck_assert_str_eq (s->str, "\"abc\"");
}
END_TEST

START_TEST (json_members_and_commas)
{
  g_autoptr (GString) s = g_string_new ("{");

  fd_json_append_member_str (s, "k", "v", TRUE);
  fd_json_append_member_str (s, "n", NULL, FALSE);
  fd_json_append_member_int (s, "i", -42, FALSE);
  g_string_append_c (s, '}');
  ck_assert_str_eq (s->str, "{\"k\":\"v\",\"n\":null,\"i\":-42}");
}
END_TEST

START_TEST (json_keys_are_escaped_too)
{
  g_autoptr (GString) s = g_string_sized_new (1);

  fd_json_append_key (s, "plain", TRUE);
  fd_json_append_key (s, "a\"b\\c\n", FALSE);
  fd_json_append_key (s, "", FALSE);
  ck_assert_str_eq (s->str, "\"plain\":,\"a\\\"b\\\\c\\n\":,\"\":");
}
END_TEST

START_TEST (json_doubles_drop_trailing_zeros)
{
  g_autoptr (GString) s = g_string_new (NULL);

  fd_json_append_double (s, 0.5, 3);
  g_string_append_c (s, ' ');
  fd_json_append_double (s, 2.0, 3);
  g_string_append_c (s, ' ');
  fd_json_append_double (s, -0.0001, 3);
  g_string_append_c (s, ' ');
  fd_json_append_double (s, 1.0 / 3.0, 2);
  ck_assert_str_eq (s->str, "0.5 2 0 0.33");
}
END_TEST

START_TEST (atomic_write_replaces_whole_file)
{
  g_autofree char *dir = g_dir_make_tmp ("fd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "r.txt", NULL);
  g_autofree char *got = NULL;
  g_autoptr (GError) err = NULL;

  ck_assert (g_file_set_contents (path, "old contents", -1, NULL));
  ck_assert (fd_atomic_write (path, "new", 3, &err));
  ck_assert (g_file_get_contents (path, &got, NULL, NULL));
  ck_assert_str_eq (got, "new");
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

/* Written a piece at a time, the target keeps its old contents until the
 * file is closed, and no temporary file is left. */
START_TEST (atomic_file_in_pieces_replaces_on_close)
{
  g_autofree char *dir = g_dir_make_tmp ("fd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "r.txt", NULL);
  g_autofree char *got = NULL, *mid = NULL;
  g_autoptr (GError) err = NULL;
  g_autoptr (GDir) d = NULL;
  FdAtomicFile *f;

  ck_assert (g_file_set_contents (path, "old contents", -1, NULL));
  f = fd_atomic_file_open (path);
  ck_assert (fd_atomic_file_write ("new ", 4, f));
  ck_assert (fd_atomic_file_write ("pieces", 6, f));
  ck_assert (g_file_get_contents (path, &mid, NULL, NULL));
  ck_assert_str_eq (mid, "old contents");
  ck_assert (fd_atomic_file_close (f, &err));
  ck_assert (g_file_get_contents (path, &got, NULL, NULL));
  ck_assert_str_eq (got, "new pieces");
  d = g_dir_open (dir, 0, NULL);
  ck_assert_str_eq (g_dir_read_name (d), "r.txt");
  ck_assert_ptr_null (g_dir_read_name (d));
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

/* A device is written in place, and its write error comes back from the
 * close, with the path. */
START_TEST (atomic_file_device_error_on_close)
{
  g_autoptr (GError) err = NULL;
  FdAtomicFile *f;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    return;
  f = fd_atomic_file_open ("/dev/full");
  ck_assert (!fd_atomic_file_write ("x", 1, f));
  ck_assert (!fd_atomic_file_write ("y", 1, f));
  ck_assert (!fd_atomic_file_close (f, &err));
  ck_assert (g_error_matches (err, FD_ATOMIC_ERROR, FD_ATOMIC_ERROR_IO));
  ck_assert (g_str_has_prefix (err->message, "/dev/full: "));
}
END_TEST

START_TEST (atomic_write_failure_leaves_target_alone)
{
  g_autofree char *dir = g_dir_make_tmp ("fd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "r.txt", NULL);
  g_autoptr (GError) err = NULL;

  ck_assert (!fd_atomic_write (path, "x", 1, &err));
  ck_assert (g_error_matches (err, FD_ATOMIC_ERROR, FD_ATOMIC_ERROR_IO));
  ck_assert (strstr (err->message, "r.txt") != NULL);
  ck_assert (!g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}
END_TEST

/* The escape RFC 8259 asks for, one byte at a time: what the word-wise
 * writer must agree with. */
static void
escape_slowly (GString *out, const char *s, gsize n)
{
  g_string_append_c (out, '"');
  for (gsize i = 0; i < n; i++)
    {
      unsigned char c = (unsigned char)s[i];
      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char)c);
    }
  g_string_append_c (out, '"');
}

START_TEST (json_escapes_at_every_place_of_a_word)
{
  /* Bytes to escape and their neighbours that must pass, including the
   * ones next to them in value and UTF-8 bytes with the high bit. */
  static const unsigned char bytes[]
      = { '"',  '\\', '\n', '\r', '\t', 0x00, 0x01, 0x1f, 0x20,
          0x21, 0x23, 0x5b, 0x5d, 0x7f, 0x80, 0xa2, 0xdc, 0xff };

  for (gsize len = 1; len <= 24; len++)
    for (gsize at = 0; at < len; at++)
      for (gsize b = 0; b < G_N_ELEMENTS (bytes); b++)
        {
          char in[24];
          /* A buffer of one byte, so that every escape must grow it. */
          g_autoptr (GString) got = g_string_sized_new (1);
          g_autoptr (GString) want = g_string_new (NULL);

          memset (in, 'x', sizeof in);
          in[at] = (char)bytes[b];
          if (at + 2 < len)
            in[len - 1] = '"';
          fd_json_append_string (got, in, (gssize)len);
          escape_slowly (want, in, len);
          ck_assert_uint_eq (got->len, want->len);
          ck_assert_mem_eq (got->str, want->str, want->len);
          ck_assert_int_eq (got->str[got->len], '\0');
        }
}
END_TEST

START_TEST (json_ints_at_the_limits)
{
  static const gint64 values[]
      = { 0,        9,          10,         99,         100,     -1,
          -10,      4294967295, 4294967296, 4294967297, 1234567, -12345678901,
          90817263, G_MAXINT64, G_MININT64 };
  g_autoptr (GString) got = g_string_sized_new (1);
  g_autoptr (GString) want = g_string_new (NULL);

  /* Every count of digits, at both of its ends. */
  for (guint64 p = 10; p <= G_MAXINT64 / 10 * 10; p *= 10)
    {
      fd_json_append_int (got, (gint64)p - 1);
      fd_json_append_int (got, (gint64)p);
      g_string_append_printf (want, "%" G_GUINT64_FORMAT "%" G_GUINT64_FORMAT,
                              p - 1, p);
      if (p > G_MAXINT64 / 10)
        break;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      fd_json_append_int (got, values[i]);
      g_string_append_printf (want, "%" G_GINT64_FORMAT, values[i]);
      FD_JSON_LIT (got, ",");
      g_string_append_c (want, ',');
    }
  ck_assert_str_eq (got->str, want->str);
}
END_TEST

START_TEST (json_fixed_is_printf)
{
  /* Ties of every kind (exact in binary or not), values near them, -0,
   * large values and those that are not numbers: the integer path must
   * give printf's bytes or leave the value to printf. */
  static const double values[] = {
    0,          -0.0,     0.5,       0.125,  0.375,   0.005,   0.015,
    0.0005,     0.0015,   0.995,     0.9995, 0.45,    1.005,   2.675,
    1e6 - 1,    1e6,      1e7 + 0.5, -0.25,  1.0 / 3, 2.0 / 3, 0.1 + 0.2,
    123456.789, INFINITY, -INFINITY, NAN,
  };

  for (int digits = 1; digits <= 3; digits++)
    {
      for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
        {
          g_autoptr (GString) got = g_string_sized_new (1);
          g_autofree char *want = g_strdup_printf ("%.*f", digits, values[i]);

          fd_json_append_fixed (got, values[i], digits);
          ck_assert_str_eq (got->str, want);
        }
      for (guint k = 0; k <= 20000; k++)
        {
          double v = k / 10000.0;
          g_autoptr (GString) got = g_string_sized_new (1);
          g_autofree char *want = g_strdup_printf ("%.*f", digits, v);

          fd_json_append_fixed (got, v, digits);
          ck_assert_str_eq (got->str, want);
        }
    }
}
END_TEST

START_TEST (json_doubles_trim_what_printf_gives)
{
  for (guint k = 0; k <= 30000; k++)
    {
      double v = k / 10000.0 + (k % 3 ? 0 : 0.00049999);
      g_autoptr (GString) got = g_string_sized_new (1);
      g_autofree char *want = g_strdup_printf ("%.3f", v);
      char *e = want + strlen (want) - 1;

      while (*e == '0')
        *e-- = '\0';
      if (*e == '.')
        *e = '\0';
      fd_json_append_double (got, v, 3);
      ck_assert_str_eq (got->str, want);
    }
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("core");
  TCase *tc = tcase_create ("core");

  tcase_add_test (tc, json_escapes_controls_quotes_and_backslashes);
  tcase_add_test (tc, json_string_with_length_stops_there);
  tcase_add_test (tc, json_members_and_commas);
  tcase_add_test (tc, json_keys_are_escaped_too);
  tcase_add_test (tc, json_doubles_drop_trailing_zeros);
  tcase_add_test (tc, json_escapes_at_every_place_of_a_word);
  tcase_add_test (tc, json_ints_at_the_limits);
  tcase_add_test (tc, json_fixed_is_printf);
  tcase_add_test (tc, json_doubles_trim_what_printf_gives);
  tcase_add_test (tc, atomic_write_replaces_whole_file);
  tcase_add_test (tc, atomic_write_failure_leaves_target_alone);
  tcase_add_test (tc, atomic_file_in_pieces_replaces_on_close);
  tcase_add_test (tc, atomic_file_device_error_on_close);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
