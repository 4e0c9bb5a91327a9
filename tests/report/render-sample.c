/* render-sample.c - writes every format of the hand-built sample result
 * (sample.h) to report.<format> files in DIR, for the validators in
 * tests/report/validate-*.check.  Run without arguments (as `make check` does
 * with every check program) it checks that each format renders the same bytes
 * twice and prints TAP. */
#include "core/atomic.h"
#include "report/report.h"
#include "sample.h"

#include <stdio.h>
#include <string.h>

int
main (int argc, char **argv)
{
  g_autoptr (FdSample) s = fd_sample_new ();
  int status = 0;

  if (argc == 1)
    printf ("1..%d\n", FD_REPORT_N_FORMATS);
  for (int f = 0; f < FD_REPORT_N_FORMATS; f++)
    {
      gsize n1 = 0, n2 = 0;
      g_autofree char *one = fd_report_render (f, s->cmp, NULL, &n1);
      g_autofree char *two = fd_report_render (f, s->cmp, NULL, &n2);
      g_autoptr (GError) err = NULL;
      g_autofree char *path = NULL;

      if (argc == 1)
        {
          gboolean same = n1 == n2 && memcmp (one, two, n1) == 0;
          printf ("%s %d %s renders the same bytes twice\n",
                  same ? "ok" : "not ok", f + 1, fd_report_format_name (f));
          status |= !same;
          continue;
        }
      path = g_build_filename (argv[1], fd_report_file_name (f), NULL);
      if (!fd_atomic_write (path, one, n1, &err))
        {
          fprintf (stderr, "render-sample: %s\n", err->message);
          return 2;
        }
    }
  return status;
}
