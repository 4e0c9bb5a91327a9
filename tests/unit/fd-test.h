/* fd-test.h - what every Check suite of factdiff shares: a main() that runs
 * one suite and prints TAP for automake's driver. */
#pragma once

#include <check.h>
#include <stdlib.h>

/* Each test program defines this and returns its suite. */
Suite *fd_test_suite (void);

/* Runs the suite with TAP on stdout; 0 when every case passed. */
#define FD_TEST_MAIN()                                                        \
  int main (void)                                                             \
  {                                                                           \
    SRunner *sr = srunner_create (fd_test_suite ());                          \
    int failed;                                                               \
    srunner_set_tap (sr, "-");                                                \
    srunner_run_all (sr, CK_SILENT);                                          \
    failed = srunner_ntests_failed (sr);                                      \
    srunner_free (sr);                                                        \
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;                         \
  }

/* Path of a file under tests/fixtures, from $FD_FIXTURES (set by make
 * check).  Returns a newly allocated string. */
#define FD_FIXTURE(name)                                                      \
  g_build_filename (g_getenv ("FD_FIXTURES") ? g_getenv ("FD_FIXTURES")       \
                                             : "tests/fixtures",              \
                    (name), NULL)
