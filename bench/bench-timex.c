/* bench-timex.c - throughput of the temporal extractor, and its share right
 * on the duckling phrase corpora.
 *
 * Throughput: builds at least 20 MB of text at run time from the texts of
 * $FD_EVAL/timex_dev.jsonl (or, without it, from generated sentences),
 * ingests and splits it once, then times fd_timex_extract alone over five
 * runs and prints the median in MB/s of wall time and of CPU time.  The
 * machine is shared, so only the medians mean anything, and the CPU-time
 * figure is the one that other load does not drag down.
 *
 * Duckling: runs each English phrase of duckling_time_en.jsonl (kind
 * "datetime" only: the intervals and holidays are outside TimeML) and
 * duckling_duration_en.jsonl through the extractor with the corpus's
 * reference date 2013-02-12 and counts a phrase right when a claim has the
 * expected value, or a duration of the same length written otherwise:
 * duckling writes "PT90M" where TimeML writes "PT1H30M" (with
 * BENCH_TIMEX_MISSES set, it lists the others with
 * the values found).  Each phrase is taken as a line of running text (ingest
 * would class a lone phrase as a headline or a menu).  Usage: bench-timex
 * [MEGABYTES] */
#include "claims/timex.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define RUNS 5

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Appends the "text" of every record of @path to @buf, one text a
 * paragraph.  FALSE when the file cannot be read. */
static gboolean
append_texts (const char *path, GString *buf)
{
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return FALSE;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr (JsonParser) p = json_parser_new ();
      JsonObject *o;
      if (!*lines[i] || !json_parser_load_from_data (p, lines[i], -1, NULL))
        continue;
      o = json_node_get_object (json_parser_get_root (p));
      g_string_append (
          buf, json_object_get_string_member_with_default (o, "text", ""));
      g_string_append (buf, "\n\n");
    }
  return TRUE;
}

static void
generate (GString *buf)
{
  static const char *const s[] = {
    "The two leaders met on Tuesday for about 30 minutes at the hotel.",
    "Officials said the talks came two weeks after the new cabinet took "
    "office, and a week after a phone call.",
    "Sales in the third quarter rose 4% from a year earlier, the company "
    "said in a statement on June 17, 2025.",
    "Exports are expected to recover later this month, analysts said.",
    "The committee will meet again next Monday at 3:30 p.m. in the "
    "capital.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    {
      g_string_append (buf, s[i]);
      g_string_append_c (buf, '\n');
    }
}

static void
throughput (const char *eval, double megabytes)
{
  g_autoptr (GString) unit = g_string_new (NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *dev
      = eval ? g_build_filename (eval, "timex_dev.jsonl", NULL) : NULL;
  g_autoptr (FdDoc) doc = NULL;
  g_autoptr (GError) err = NULL;
  FdIngestOptions opts = { .date = "2025-06-18" };
  double rates[RUNS], cpu_rates[RUNS];
  guint claims = 0;

  if (!dev || !append_texts (dev, unit))
    generate (unit);
  while (text->len < megabytes * 1e6)
    g_string_append_len (text, unit->str, unit->len);
  doc = fd_ingest_buffer ("bench", "bench", text->str, text->len, &opts, &err);
  if (!doc)
    {
      fprintf (stderr, "bench-timex: %s\n", err->message);
      exit (2);
    }
  fd_split_doc (doc);
  for (int r = 0; r < RUNS; r++)
    {
      g_autoptr (GPtrArray) out
          = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
      struct timespec c0, c1;
      gint64 t0, t1;
      clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &c0);
      t0 = g_get_monotonic_time ();
      fd_timex_extract (doc, out);
      t1 = g_get_monotonic_time ();
      clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &c1);
      rates[r] = (double)doc->len / (double)(t1 - t0); /* bytes/us = MB/s */
      cpu_rates[r] = (double)doc->len / 1e6
                     / ((double)(c1.tv_sec - c0.tv_sec)
                        + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9);
      claims = out->len;
    }
  qsort (rates, RUNS, sizeof rates[0], cmp_double);
  qsort (cpu_rates, RUNS, sizeof cpu_rates[0], cmp_double);
  printf ("bench-timex: %.1f MB of %s, %u claims, median of %d runs: "
          "%.1f MB/s (min %.1f, max %.1f); per CPU second %.1f MB/s\n",
          doc->len / 1e6,
          dev && unit->len > 1000 ? "timex_dev texts" : "generated text",
          claims, RUNS, rates[RUNS / 2], rates[0], rates[RUNS - 1],
          cpu_rates[RUNS / 2]);
}

/* The length of TIMEX3 duration @v in seconds, or -1 when @v is not a
 * duration of known length.  @calendar counts a year as 12 months and a
 * month as 30 days, else a year is 365 days. */
static double
duration_seconds (const char *v, gboolean calendar)
{
  double total = 0;
  gboolean time = FALSE;

  if (!v || *v++ != 'P' || !*v)
    return -1;
  while (*v)
    {
      char *end;
      double n, unit;
      if (*v == 'T')
        {
          time = TRUE;
          v++;
          continue;
        }
      n = g_ascii_strtod (v, &end);
      if (end == v)
        return -1;
      switch (*end)
        {
        case 'Y':
          unit = (calendar ? 360 : 365) * 86400.0;
          break;
        case 'Q':
          unit = 90 * 86400.0;
          break;
        case 'M':
          unit = time ? 60 : 30 * 86400.0;
          break;
        case 'W':
          unit = 7 * 86400.0;
          break;
        case 'D':
          unit = 86400;
          break;
        case 'H':
          unit = 3600;
          break;
        case 'S':
          unit = 1;
          break;
        default:
          return -1;
        }
      total += n * unit;
      v = end + 1;
    }
  return total;
}

/* TRUE when a claim extracted from @phrase has the value @want; with
 * @same_length, a duration of the same length written otherwise
 * ("PT1H30M" for duckling's "PT90M") counts too. */
static gboolean
phrase_right (const char *phrase, const char *want, gboolean same_length)
{
  FdIngestOptions opts = { .date = "2013-02-12" };
  g_autoptr (FdDoc) doc
      = fd_ingest_buffer ("d", "d", phrase, strlen (phrase), &opts, NULL);
  g_autoptr (GPtrArray) out
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);

  if (!doc)
    return FALSE;
  /* A phrase alone on its line looks like a headline or a menu to ingest,
   * whose lines yield no claims; it is running text here. */
  for (guint i = 0; i < doc->n_lines; i++)
    if (doc->lines[i].cls != FD_LINE_BLANK)
      doc->lines[i].cls = FD_LINE_BODY;
  fd_split_doc (doc);
  fd_timex_extract (doc, out);
  for (guint i = 0; i < out->len; i++)
    {
      const char *v = ((FdClaim *)out->pdata[i])->value;
      double a, b;
      if (g_strcmp0 (v, want) == 0)
        return TRUE;
      for (int cal = 0; same_length && cal < 2; cal++)
        if ((a = duration_seconds (v, cal)) >= 0
            && (b = duration_seconds (want, cal)) >= 0 && a == b)
          return TRUE;
    }
  if (g_getenv ("BENCH_TIMEX_MISSES") && same_length)
    {
      printf ("miss\t%s\t%s\t", phrase, want);
      for (guint i = 0; i < out->len; i++)
        printf ("%s%s", i ? " " : "", ((FdClaim *)out->pdata[i])->value);
      putchar ('\n');
    }
  return FALSE;
}

static void
duckling (const char *eval, const char *file, const char *kind,
          const char *member)
{
  g_autofree char *path = g_build_filename (eval, file, NULL);
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  guint total = 0, right = 0, alike = 0;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr (JsonParser) p = json_parser_new ();
      JsonObject *o;
      const char *phrase, *want;
      if (!*lines[i] || !json_parser_load_from_data (p, lines[i], -1, NULL))
        continue;
      o = json_node_get_object (json_parser_get_root (p));
      if (kind
          && g_strcmp0 (
              json_object_get_string_member_with_default (o, "kind", ""),
              kind))
        continue;
      phrase = json_object_get_string_member_with_default (o, "phrase", "");
      want = json_object_get_string_member_with_default (o, member, NULL);
      if (!want)
        continue;
      total++;
      alike += phrase_right (phrase, want, FALSE);
      right += phrase_right (phrase, want, TRUE);
    }
  printf ("duckling %s%s%s: %u of %u right (%.1f%%; %u written alike)\n", file,
          kind ? " kind " : "", kind ? kind : "", right, total,
          total ? 100.0 * right / total : 0.0, alike);
}

int
main (int argc, char **argv)
{
  const char *eval = g_getenv ("FD_EVAL");
  double mb = argc > 1 ? g_ascii_strtod (argv[1], NULL) : 20;

  if (eval && !g_file_test (eval, G_FILE_TEST_IS_DIR))
    eval = NULL;
  throughput (eval, mb > 0 ? mb : 20);
  if (eval)
    {
      duckling (eval, "duckling_time_en.jsonl", "datetime", "value");
      duckling (eval, "duckling_duration_en.jsonl", NULL, "timex");
    }
  return 0;
}
