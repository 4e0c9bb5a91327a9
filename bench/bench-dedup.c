/* bench-dedup.c - speed, memory and accuracy of dedup on a collection
 * written by bench/gen.
 *
 * Usage: bench-dedup DIR [RUNS [FACTDIFF]]
 * Each run reads every article through ingest, splits it, runs
 * fd_dedup_run() on one thread and writes a short report into memory,
 * timing each step; the figures printed are medians over RUNS (default 3)
 * and the peak RSS of the whole process, and on a line of their own the
 * CPU time of the dedup stage and its MB per CPU-second (which, unlike
 * the wall clock, a busy machine does not stretch).  With FACTDIFF (the
 * program), the command itself is timed too, end to end (read, split, hash,
 * index, report): `FACTDIFF dedup --format=json --threads=N DIR >/dev/null`
 * for N = 1 and 2, with the wall-clock MB/s, that divided by N (per core), the
 * MB per CPU-second (user and system time; what a core does when it is not
 * shared) and the command's peak RSS.  Accuracy is scored once against
 * DIR/truth.tsv: pairs     recall of planted copy pairs whose 5-shingle
 * Jaccard (computed exactly here) is at least 0.5 passages  recall of planted
 * passages (a reported passage between the two articles covers half of the
 * planted span) precision share of reported article pairs that share planted
 * text (pairs made by boilerplate alone count against it) boiler    share of
 * trailers reported inside boilerplate passages */
#include "core/json.h"
#include "dedup/dedup.h"
#include "ingest/ingest.h"
#include "shingle/shingle.h"
#include "split/split.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* CPU seconds of this process (user and system): fd_dedup_run runs on
 * one thread here, so this is its CPU time, which other programs on a
 * shared machine do not stretch as they do the wall clock. */
static double
cpu_now (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec
         + ru.ru_stime.tv_usec / 1e6;
}

static int
cmp_double (const void *x, const void *y)
{
  double a = *(const double *)x, b = *(const double *)y;
  return a < b ? -1 : a > b;
}

static double
median (double *v, guint n)
{
  qsort (v, n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int
cmp_u64 (const void *x, const void *y)
{
  guint64 a = *(const guint64 *)x, b = *(const guint64 *)y;
  return a < b ? -1 : a > b;
}

/* Sorted distinct 5-shingles of @doc. */
static GArray *
shingle_set (const FdDoc *doc)
{
  FdTokens t = { 0 };
  GArray *v = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint n, m = 0;

  fd_tokens_scan (&t, doc->text, doc->len);
  g_array_set_size (v, fd_shingle_count (&t, 5));
  n = fd_shingle_all (&t, 5, (guint64 *)v->data);
  qsort (v->data, n, sizeof (guint64), cmp_u64);
  for (guint i = 0; i < n; i++)
    if (m == 0
        || g_array_index (v, guint64, m - 1) != g_array_index (v, guint64, i))
      g_array_index (v, guint64, m++) = g_array_index (v, guint64, i);
  g_array_set_size (v, m);
  fd_tokens_clear (&t);
  return v;
}

static double
jaccard (GArray *a, GArray *b)
{
  guint i = 0, j = 0, both = 0;

  while (i < a->len && j < b->len)
    {
      guint64 x = g_array_index (a, guint64, i),
              y = g_array_index (b, guint64, j);
      if (x == y)
        both++, i++, j++;
      else if (x < y)
        i++;
      else
        j++;
    }
  return a->len + b->len - both ? (double)both / (a->len + b->len - both) : 0;
}

/* The report that `factdiff dedup --format=json` would print, in short. */
static gsize
report (const FdDedup *d)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint x = 0; x < d->n_passages; x++)
    {
      const FdDedupPassage *p = &d->passages[x];
      const FdDoc *a = d->docs->pdata[p->a.doc], *b = d->docs->pdata[p->b.doc];
      g_string_append_c (out, '{');
      fd_json_append_member_str (out, "kind", fd_dedup_kind_name (p->kind),
                                 TRUE);
      fd_json_append_key (out, "similarity", FALSE);
      fd_json_append_double (out, p->similarity, 3);
      fd_json_append_member_str (out, "a", a->id, FALSE);
      fd_json_append_member_int (out, "start", (gint64)p->a.start, FALSE);
      fd_json_append_member_str (out, "b", b->id, FALSE);
      fd_json_append_member_int (out, "start", (gint64)p->b.start, FALSE);
      g_string_append (out, "}\n");
    }
  for (guint x = 0; x < d->n_pairs; x++)
    g_string_append_printf (out, "%u %u\n", d->pairs[x].a, d->pairs[x].b);
  return out->len;
}

/* Runs @argv with stdout on /dev/null; returns the wall-clock seconds,
 * the child's peak RSS in MB (in *@rss_mb) and its CPU seconds, user and
 * system (in *@cpu), or a negative time when it could not run or
 * failed. */
static double
run_command (char **argv, double *rss_mb, double *cpu)
{
  double t0 = now ();
  struct rusage ru;
  int status;
  pid_t pid = fork ();

  if (pid < 0)
    return -1;
  if (pid == 0)
    {
      int fd = open ("/dev/null", O_WRONLY);
      if (fd < 0 || dup2 (fd, 1) < 0)
        _exit (127);
      execv (argv[0], argv);
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &ru) != pid || !WIFEXITED (status)
      || WEXITSTATUS (status) > 1)
    return -1;
  *rss_mb = ru.ru_maxrss / 1024.0;
  *cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec
         + ru.ru_stime.tv_usec / 1e6;
  return now () - t0;
}

/* Medians of @runs runs of `@factdiff dedup --format=json --threads=N
 * @dir`: wall-clock seconds, CPU seconds (in *@cpu: on a shared machine
 * the wall clock waits for other programs, the CPU time does not), and
 * the largest peak RSS of them in MB. */
static double
time_command (const char *factdiff, const char *dir, guint threads, guint runs,
              double *rss_mb, double *cpu)
{
  g_autofree double *t = g_new (double, runs);
  g_autofree double *c = g_new (double, runs);
  g_autofree char *opt = g_strdup_printf ("--threads=%u", threads);
  char *argv[]
      = { (char *)factdiff, "dedup", "--format=json", opt, (char *)dir, NULL };

  *rss_mb = 0;
  for (guint r = 0; r < runs; r++)
    {
      double rss = 0;
      t[r] = run_command (argv, &rss, &c[r]);
      if (t[r] < 0)
        {
          fprintf (stderr, "bench-dedup: %s dedup failed\n", factdiff);
          exit (2);
        }
      *rss_mb = MAX (*rss_mb, rss);
    }
  *cpu = median (c, runs);
  return median (t, runs);
}

static guint64
pair_key (guint a, guint b)
{
  return a < b ? (guint64)a << 32 | b : (guint64)b << 32 | a;
}

int
main (int argc, char **argv)
{
  const char *dir, *factdiff;
  guint runs;
  double e2e_s[2] = { 0, 0 }, e2e_rss[2] = { 0, 0 }, e2e_cpu[2] = { 0, 0 };
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) outlet_of
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  double *t_load, *t_dedup, *t_report, *t_all, *c_dedup;
  gsize bytes = 0;
  FdDedup *d = NULL;
  GPtrArray *docs = NULL;
  struct rusage ru;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-dedup DIR [RUNS [FACTDIFF]]\n");
      return 2;
    }
  dir = argv[1];
  runs = argc > 2 ? (guint)atoi (argv[2]) : 3;
  runs = MAX (runs, 1);
  factdiff = argc > 3 ? argv[3] : NULL;
  {
    g_autofree char *op = g_build_filename (dir, "outlets.tsv", NULL);
    g_autofree char *data = NULL;
    g_auto (GStrv) lines = NULL;
    if (!g_file_get_contents (op, &data, NULL, NULL))
      {
        fprintf (stderr, "bench-dedup: %s: cannot read\n", op);
        return 2;
      }
    lines = g_strsplit (data, "\n", -1);
    for (guint i = 0; lines[i]; i++)
      {
        char *tab = strchr (lines[i], '\t');
        if (!tab)
          continue;
        *tab = '\0';
        g_ptr_array_add (paths, g_strdup_printf ("%s/%s.txt", dir, lines[i]));
        g_hash_table_insert (outlet_of,
                             g_strdup_printf ("%s/%s.txt", dir, lines[i]),
                             g_strdup (tab + 1));
      }
    g_ptr_array_add (paths, NULL);
  }

#ifdef __GLIBC__
  /* As `factdiff dedup` does (see cmd-dedup.c). */
  mallopt (M_TRIM_THRESHOLD, 256 << 20);
#endif
  t_load = g_new (double, runs);
  t_dedup = g_new (double, runs);
  t_report = g_new (double, runs);
  t_all = g_new (double, runs);
  c_dedup = g_new (double, runs);
  for (guint r = 0; r < runs; r++)
    {
      g_autoptr (GPtrArray) errors
          = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
      double t0 = now (), t1, t2, t3, c1;

      fd_dedup_free (d);
      if (docs)
        g_ptr_array_unref (docs);
      docs = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
      fd_ingest_paths ((const char *const *)paths->pdata, NULL, docs, errors);
      bytes = 0;
      for (guint i = 0; i < docs->len; i++)
        {
          FdDoc *doc = docs->pdata[i];
          g_free (doc->outlet);
          doc->outlet = g_strdup (g_hash_table_lookup (outlet_of, doc->path));
          fd_split_doc (doc);
          bytes += doc->len;
        }
      t1 = now ();
      c1 = cpu_now ();
      d = fd_dedup_run (docs, NULL);
      c_dedup[r] = cpu_now () - c1;
      t2 = now ();
      report (d);
      t3 = now ();
      t_load[r] = t1 - t0;
      t_dedup[r] = t2 - t1;
      t_report[r] = t3 - t2;
      t_all[r] = t3 - t0;
    }
  getrusage (RUSAGE_SELF, &ru);
  /* The command, before this process scores (which allocates more). */
  for (guint th = 1; factdiff && th <= 2; th++)
    e2e_s[th - 1] = time_command (factdiff, dir, th, runs, &e2e_rss[th - 1],
                                  &e2e_cpu[th - 1]);
  /* For profiling the timed part alone. */
  if (g_getenv ("FD_BENCH_NO_SCORE"))
    {
      printf ("dedup %.3f s (CPU %.3f s), load %.3f s\n",
              median (t_dedup, runs), median (c_dedup, runs),
              median (t_load, runs));
      return 0;
    }

  /* Accuracy. */
  {
    g_autofree char *tp = g_build_filename (dir, "truth.tsv", NULL);
    g_autofree char *data = NULL;
    g_auto (GStrv) lines = NULL;
    g_autoptr (GHashTable) reported
        = g_hash_table_new (g_int64_hash, g_int64_equal);
    g_autoptr (GHashTable) related
        = g_hash_table_new (g_int64_hash, g_int64_equal);
    g_autoptr (GHashTable) members
        = g_hash_table_new (g_direct_hash, g_direct_equal);
    guint n = docs->len, pairs_ok = 0, pairs_n = 0, pas_ok = 0, pas_n = 0;
    guint prec_ok = 0, tr_ok = 0, tr_n = 0;
    guint64 *keys = g_new (guint64, d->n_pairs + 1);
    GArray **group_of = g_new0 (GArray *, n); /* copy groups and passages */
    guint *source_of = g_new (guint, n);

    g_file_get_contents (tp, &data, NULL, NULL);
    lines = g_strsplit (data ? data : "", "\n", -1);
    for (guint i = 0; i < n; i++)
      source_of[i] = i;
    for (guint x = 0; x < d->n_pairs; x++)
      {
        keys[x] = pair_key (d->pairs[x].a, d->pairs[x].b);
        g_hash_table_add (reported, &keys[x]);
      }
    /* Copy pairs: every two members of a story's copy set. */
    for (guint i = 0; lines[i]; i++)
      {
        g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
        if (g_strcmp0 (f[0], "pair") == 0)
          source_of[atoi (f[2])] = (guint)atoi (f[1]);
      }
    for (guint i = 0; i < n; i++)
      if (source_of[i] != i)
        g_hash_table_add (members, GUINT_TO_POINTER (source_of[i] + 1));
    for (guint i = 0; i < n; i++)
      {
        guint s = source_of[i];
        if (s == i
            && !g_hash_table_contains (members, GUINT_TO_POINTER (i + 1)))
          continue;
        if (!group_of[i])
          group_of[i] = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (group_of[i], s);
      }
    for (guint i = 0; lines[i]; i++)
      {
        g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
        if (g_strcmp0 (f[0], "passage") == 0)
          {
            guint a = (guint)atoi (f[1]), b = (guint)atoi (f[4]);
            if (!group_of[a])
              {
                group_of[a] = g_array_new (FALSE, FALSE, sizeof (guint));
                g_array_append_val (group_of[a], a);
              }
            if (!group_of[b])
              group_of[b] = g_array_new (FALSE, FALSE, sizeof (guint));
            g_array_append_val (group_of[b], a);
            /* Copies of b carry the passage too. */
            for (guint c = b + 1; c < n && c < b + 8; c++)
              if (source_of[c] == b)
                {
                  if (!group_of[c])
                    group_of[c] = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_array_append_val (group_of[c], a);
                }
          }
      }
    for (guint x = 0; x < d->n_pairs; x++)
      {
        GArray *ga = group_of[d->pairs[x].a], *gb = group_of[d->pairs[x].b];
        gboolean ok = FALSE;
        for (guint i = 0; ga && gb && i < ga->len && !ok; i++)
          for (guint j = 0; j < gb->len && !ok; j++)
            ok = g_array_index (ga, guint, i) == g_array_index (gb, guint, j);
        prec_ok += ok;
        if (!ok && g_getenv ("FD_BENCH_VERBOSE"))
          fprintf (stderr, "false pair %u %u %s res %.3f cont %.3f %.3f\n",
                   d->pairs[x].a, d->pairs[x].b,
                   fd_dedup_kind_name (d->pairs[x].kind),
                   d->pairs[x].resemblance, d->pairs[x].containment_a,
                   d->pairs[x].containment_b);
      }
    /* Recall of copy pairs with Jaccard >= 0.5. */
    for (guint i = 0; i < n; i++)
      for (guint j = i + 1; j < n && j < i + 8; j++)
        {
          GArray *si, *sj;
          double jac;
          guint64 key;
          if (source_of[j] != (source_of[i] == i ? i : source_of[i])
              || (source_of[i] != i && source_of[i] != source_of[j]))
            continue;
          si = shingle_set (docs->pdata[i]);
          sj = shingle_set (docs->pdata[j]);
          jac = jaccard (si, sj);
          g_array_unref (si);
          g_array_unref (sj);
          if (jac < 0.5)
            continue;
          pairs_n++;
          key = pair_key (i, j);
          pairs_ok += g_hash_table_contains (reported, &key);
        }
    for (guint i = 0; lines[i]; i++)
      {
        g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
        if (g_strcmp0 (f[0], "passage") == 0)
          {
            guint a = (guint)atoi (f[1]), b = (guint)atoi (f[4]);
            gsize s = (gsize)atol (f[5]), e = (gsize)atol (f[6]);
            gboolean ok = FALSE;
            pas_n++;
            for (guint x = 0; x < d->n_passages && !ok; x++)
              {
                const FdDedupPassage *p = &d->passages[x];
                if (p->a.doc == MIN (a, b) && p->b.doc == MAX (a, b))
                  {
                    const FdDedupSpan *sp = p->b.doc == b ? &p->b : &p->a;
                    gsize lo = MAX (sp->start, s), hi = MIN (sp->end, e);
                    ok = hi > lo && 2 * (hi - lo) >= e - s;
                  }
              }
            pas_ok += ok;
          }
        else if (g_strcmp0 (f[0], "trailer") == 0)
          {
            guint a = (guint)atoi (f[1]);
            gsize s = (gsize)atol (f[2]), e = (gsize)atol (f[3]);
            tr_n++;
            /* Passages are sorted by a: look at those that can hold a. */
            for (guint x = 0; x < d->n_passages; x++)
              {
                const FdDedupPassage *p = &d->passages[x];
                const FdDedupSpan *sp = p->a.doc == a   ? &p->a
                                        : p->b.doc == a ? &p->b
                                                        : NULL;
                if (p->a.doc > a)
                  break;
                if (sp && p->kind == FD_DEDUP_BOILERPLATE && sp->start <= s + 5
                    && sp->end + 5 >= e)
                  {
                    tr_ok++;
                    break;
                  }
              }
          }
      }

    {
      double ml = median (t_load, runs), md = median (t_dedup, runs);
      double mr = median (t_report, runs), ma = median (t_all, runs);
      printf ("%8s %8s %9s %9s %9s %9s %8s %9s %7s %8s %9s %7s\n", "articles",
              "MB", "load MB/s", "dedup MB/s", "e2e MB/s", "us/article",
              "RSS MB", "pairs", "recall", "passages", "precision", "boiler");
      printf ("%8u %8.1f %9.1f %10.1f %9.1f %9.1f %8.0f %9u %7.3f %8.3f "
              "%9.3f %7.3f\n",
              n, bytes / 1e6, bytes / 1e6 / ml, bytes / 1e6 / md,
              bytes / 1e6 / ma, ma / n * 1e6, ru.ru_maxrss / 1024.0, pairs_n,
              pairs_n ? (double)pairs_ok / pairs_n : 1,
              pas_n ? (double)pas_ok / pas_n : 1,
              d->n_pairs ? (double)prec_ok / d->n_pairs : 1,
              tr_n ? (double)tr_ok / tr_n : 1);
      double mc = median (c_dedup, runs);
      printf ("# medians of %u runs; stage seconds: load+split %.3f, dedup "
              "%.3f, report %.3f; %u passages, %u pairs, %u groups, %u near, "
              "%u stories\n",
              runs, ml, md, mr, d->n_passages, d->n_pairs, d->n_groups,
              d->n_near, d->n_stories);
      printf ("# dedup stage CPU (user + sys) %.3f s, %.1f MB per "
              "CPU-second\n",
              mc, bytes / 1e6 / mc);
      if (factdiff)
        for (guint th = 1; th <= 2; th++)
          printf ("# factdiff dedup --format=json --threads=%u: %.3f s, "
                  "%.1f MB/s end to end, %.1f MB/s per core; CPU %.3f s, "
                  "%.1f MB per CPU-second; peak RSS %.0f MB\n",
                  th, e2e_s[th - 1], bytes / 1e6 / e2e_s[th - 1],
                  bytes / 1e6 / e2e_s[th - 1] / th, e2e_cpu[th - 1],
                  bytes / 1e6 / e2e_cpu[th - 1], e2e_rss[th - 1]);
    }
    for (guint i = 0; i < n; i++)
      if (group_of[i])
        g_array_unref (group_of[i]);
    g_free (group_of);
    g_free (source_of);
    g_free (keys);
  }
  fd_dedup_free (d);
  g_ptr_array_unref (docs);
  g_free (t_load);
  g_free (t_dedup);
  g_free (t_report);
  g_free (t_all);
  g_free (c_dedup);
  return 0;
}
