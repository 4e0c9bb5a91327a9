/* bench-stages.c - the time and memory of one pipeline stage on a
 * collection written by bench/gen, for bench/run.sh (`make bench`).
 *
 * Usage: bench-stages DIR STAGE [RUNS]
 * STAGE is ingest, split, dedup, claims, compare or report.  The articles
 * are read as `factdiff compare DIR` reads them; what the stage needs
 * (split documents, a comparison to report) is prepared once, untimed,
 * and the stage alone runs RUNS times (default 3) on one thread.  Prints
 * one tab-separated line:
 *   STAGE ARTICLES BYTES MEDIAN_SECONDS PEAK_RSS_KB RUNS
 * The peak RSS is that of the whole process: preparation included, as it
 * is what running the stage needs.  "compare" is fd_compare_run whole
 * (claims, entities, dedup, alignment); "claims" is the extraction alone.
 * Each stage runs in its own process, so that one stage's allocations do
 * not show in another's peak. */
#include "claims/claims.h"
#include "compare/compare.h"
#include "dedup/dedup.h"
#include "ingest/ingest.h"
#include "report/report.h"
#include "split/split.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static int
cmp_double (const void *x, const void *y)
{
  double a = *(const double *)x, b = *(const double *)y;
  return a < b ? -1 : a > b;
}

static GPtrArray *
load (const char *dir)
{
  GPtrArray *docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  g_autoptr (GPtrArray) errors
      = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  const char *paths[] = { dir, NULL };

  fd_ingest_paths (paths, NULL, docs, errors);
  for (guint i = 0; i < errors->len; i++)
    fprintf (stderr, "bench-stages: %s\n",
             ((GError *)errors->pdata[i])->message);
  return docs;
}

static void
split_all (GPtrArray *docs)
{
  for (guint i = 0; i < docs->len; i++)
    fd_split_doc (docs->pdata[i]);
}

int
main (int argc, char **argv)
{
  const char *dir, *stage;
  guint runs;
  g_autofree double *t = NULL;
  GPtrArray *docs;
  FdCompare *cmp = NULL;
  gsize bytes = 0;
  guint n_docs;
  struct rusage ru;

  if (argc < 3)
    {
      fprintf (stderr, "usage: bench-stages DIR STAGE [RUNS]\n");
      return 2;
    }
  dir = argv[1];
  stage = argv[2];
  runs = argc > 3 ? (guint)atoi (argv[3]) : 3;
  runs = MAX (runs, 1);
  t = g_new (double, runs);

  docs = load (dir);
  n_docs = docs->len;
  for (guint i = 0; i < docs->len; i++)
    bytes += ((FdDoc *)docs->pdata[i])->len;
  if (strcmp (stage, "ingest") != 0)
    split_all (docs);
  if (strcmp (stage, "report") == 0)
    cmp = fd_compare_run (docs, NULL, NULL);

  for (guint r = 0; r < runs; r++)
    {
      double t0 = now ();

      if (strcmp (stage, "ingest") == 0)
        {
          g_ptr_array_unref (docs);
          docs = load (dir);
        }
      else if (strcmp (stage, "split") == 0)
        split_all (docs);
      else if (strcmp (stage, "dedup") == 0)
        fd_dedup_free (fd_dedup_run (docs, NULL));
      else if (strcmp (stage, "claims") == 0)
        {
          g_autoptr (GPtrArray) claims
              = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
          for (guint i = 0; i < docs->len; i++)
            fd_claims_extract (docs->pdata[i], claims);
        }
      else if (strcmp (stage, "compare") == 0)
        fd_compare_free (fd_compare_run (docs, NULL, NULL));
      else if (strcmp (stage, "report") == 0)
        {
          gsize len = 0;
          g_free (fd_report_render (FD_REPORT_JSON, cmp, NULL, &len));
        }
      else
        {
          fprintf (stderr, "bench-stages: unknown stage '%s'\n", stage);
          return 2;
        }
      t[r] = now () - t0;
    }
  getrusage (RUSAGE_SELF, &ru);
  qsort (t, runs, sizeof *t, cmp_double);
  printf ("%s\t%u\t%zu\t%.4f\t%ld\t%u\n", stage, n_docs, bytes,
          runs % 2 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2,
          ru.ru_maxrss, runs);
  fd_compare_free (cmp);
  g_ptr_array_unref (docs);
  return 0;
}
