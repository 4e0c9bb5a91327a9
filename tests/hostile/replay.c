/* replay.c - replays the inputs that once crashed, leaked in or hung a
 * fuzz target, as a TAP test of `make check`.
 *
 * Built once per target with the target's own fuzz/fuzz-*.c (by gcc, like
 * the rest of the test suite; under --enable-asan/--enable-ubsan in CI),
 * it calls LLVMFuzzerTestOneInput on every file of
 * tests/hostile/fuzz/<target>/ (or of the directories and files given as
 * arguments) and prints "ok" for each that returns.  A regression is a
 * crash, a sanitizer report, a fatal GLib critical or the harness
 * timeout, which the TAP driver reports as an error. */
#include "fuzz/fuzz-common.h"

#include <stdio.h>
#include <string.h>

static void
add_path (GPtrArray *files, const char *path)
{
  GDir *d = g_dir_open (path, 0, NULL);
  const char *name;

  if (!d)
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  while ((name = g_dir_read_name (d)))
    if (name[0] != '.' && strcmp (name, "README") != 0)
      g_ptr_array_add (files, g_build_filename (path, name, NULL));
  g_dir_close (d);
}

static gint
by_name (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *)a, *(char *const *)b);
}

int
main (int argc, char **argv)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *top = g_getenv ("top_srcdir");
  int status = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      add_path (files, argv[i]);
  else
    {
      g_autofree char *dir
          = g_build_filename (top ? top : FD_SRCDIR, "tests", "hostile",
                              "fuzz", FUZZ_TARGET, NULL);
      add_path (files, dir);
    }
  g_ptr_array_sort (files, by_name);
  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *f = files->pdata[i];
      g_autofree char *data = NULL;
      g_autoptr (GError) err = NULL;
      gsize len = 0;

      if (!g_file_get_contents (f, &data, &len, &err))
        {
          printf ("not ok %u - %s: %s\n", i + 1, f, err->message);
          status = 1;
          continue;
        }
      fflush (stdout);
      LLVMFuzzerTestOneInput ((const uint8_t *)data, len);
      printf ("ok %u - %s %s\n", i + 1, FUZZ_TARGET, strrchr (f, '/') + 1);
    }
  return status;
}
