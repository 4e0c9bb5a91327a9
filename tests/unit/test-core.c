/* test-core.c - the JSON writer and atomic file replacement. */
#include "core/atomic.h"
#include "core/json.h"
#include "fd-test.h"

#include <glib/gstdio.h>
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

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("core");
  TCase *tc = tcase_create ("core");

  tcase_add_test (tc, json_escapes_controls_quotes_and_backslashes);
  tcase_add_test (tc, json_string_with_length_stops_there);
  tcase_add_test (tc, json_members_and_commas);
  tcase_add_test (tc, json_doubles_drop_trailing_zeros);
  tcase_add_test (tc, atomic_write_replaces_whole_file);
  tcase_add_test (tc, atomic_write_failure_leaves_target_alone);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
