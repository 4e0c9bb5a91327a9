/* bench-ingest.c - ingest throughput on one core.
 *
 * Generates about 64 MB of news-like pages in memory (headlines, bylines,
 * market tickers, captions printed twice, paragraphs with quotes, numbers
 * and dates, related-article lists; some pages with a corpus header, some
 * with none so the date is inferred), then times fd_ingest_buffer over all
 * of them, and fd_norm_new over the same bytes.  Each figure is the median
 * of 5 runs, in MB/s (10^6 bytes).  The machine is shared, so single runs
 * are noisy; the median is what to compare. */
#include "ingest/ingest.h"
#include "ingest/norm.h"

#include <stdio.h>
#include <stdlib.h>

#define TARGET_BYTES (64u << 20)
#define RUNS 5

static const char *const words[] = {
  "the",      "council", "said",   "on",      "a",         "plan",
  "to",       "of",      "and",    "in",      "bridge",    "harbor",
  "minister", "talks",   "with",   "its",     "their",     "cost",
  "would",    "after",   "before", "vote",    "officials", "percent",
  "trade",    "leaders", "agreed", "meeting", "region",    "security",
  "economic", "policy",  "report", "week",    "month",     "budget",
  "talked",   "summit",  "visit",  "that",    "for",       "was",
  "is",       "by",      "from",   "as",      "deal",      "market",
};
static const char *const names[] = {
  "Westland",   "Harbor City",  "Mara Ellison", "Joan Pike", "Tom Reyes",
  "Lin Ocampo", "the Assembly", "Northport",    "Ana Ruiz",  "Kell Bay",
};
static const char *const months[] = {
  "January", "February", "March",     "April",   "May",      "June",
  "July",    "August",   "September", "October", "November", "December",
};

static guint64 rng = 0x9E3779B97F4A7C15u;

static guint
roll (guint n)
{
  /* xorshift64: reproducible text from run to run. */
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (guint)(rng % n);
}

static void
sentence (GString *s)
{
  guint n = 10 + roll (20);

  for (guint i = 0; i < n; i++)
    {
      const char *w;
      guint r = roll (40);
      if (i > 0)
        g_string_append_c (s, ' ');
      if (r == 0)
        g_string_append_printf (s, "%u.%u%%", roll (100), roll (10));
      else if (r == 1)
        g_string_append_printf (s, "%s %u, 20%02u", months[roll (12)],
                                1 + roll (28), 20 + roll (7));
      else if (r == 2)
        g_string_append_printf (s, "%u,%03u", 1 + roll (99), roll (1000));
      else if (r < 6)
        g_string_append (s, names[roll (G_N_ELEMENTS (names))]);
      else
        {
          w = words[roll (G_N_ELEMENTS (words))];
          if (i == 0)
            {
              g_string_append_c (s, g_ascii_toupper (w[0]));
              g_string_append (s, w + 1);
            }
          else
            g_string_append (s, w);
        }
    }
  g_string_append_c (s, '.');
}

static void
page (GString *s)
{
  guint paras = 15 + roll (20);

  if (roll (3) == 0)
    g_string_append_printf (s, "Outlet: %s Daily\nDate: 2026-03-%02u\n\n",
                            names[roll (G_N_ELEMENTS (names))], 1 + roll (28));
  if (roll (2))
    g_string_append (s, "Skip to content\n  \xe2\x80\xa2 NIKKEI 38211.40 "
                        "-120.55 -0.31%\n  \xe2\x80\xa2 EUR/USD 1.0842 "
                        "+0.0011 +0.10%\nView Market Snapshot\n");
  g_string_append (s, "Council Approves Harbor Bridge Plan After Long "
                      "Dispute\n\nBy Mara Ellison\n\n4 Min read\n\n");
  if (roll (2))
    g_string_append (s, "09:30 KST, March 5, 2026\n");
  for (guint p = 0; p < paras; p++)
    {
      guint k = 1 + roll (3);
      if (p == 0)
        g_string_append (s, "HARBOR CITY, Westland \xe2\x80\x93 ");
      for (guint i = 0; i < k; i++)
        {
          if (i)
            g_string_append_c (s, ' ');
          if (roll (6) == 0)
            {
              g_string_append (s, "\xe2\x80\x9c");
              sentence (s);
              g_string_append (s, "\xe2\x80\x9d she said.");
            }
          else
            sentence (s);
        }
      g_string_append (s, "\n\n");
      if (roll (10) == 0)
        g_string_append (s, "Workers inspect the bridge (left) on March 3, "
                            "2026\nWorkers inspect the bridge (left) on "
                            "March 3, 2026\n\n");
      if (roll (15) == 0)
        g_string_append (s, "FUNDING GAP\n\n");
    }
  g_string_append (s, "Write to Mara Ellison at mara@example.com\nRelated "
                      "Articles\n-\nPort Traffic Hits Record as New Cranes "
                      "Arrive\n-\nCouncil Delays Vote on Transit Fares\n"
                      "Comment 0\n0/300\n");
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int
main (void)
{
  g_autoptr (GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) lens = g_array_new (FALSE, FALSE, sizeof (gsize));
  double ingest_rate[RUNS], norm_rate[RUNS];
  gsize total = 0, n_lines = 0;

  while (total < TARGET_BYTES)
    {
      GString *s = g_string_new (NULL);
      gsize len;
      page (s);
      len = s->len;
      total += len;
      g_array_append_val (lens, len);
      g_ptr_array_add (pages, g_string_free (s, FALSE));
    }

  for (int run = 0; run < RUNS; run++)
    {
      gint64 t0, t1;
      gsize norm_bytes = 0;

      n_lines = 0;
      t0 = g_get_monotonic_time ();
      for (guint i = 0; i < pages->len; i++)
        {
          GError *err = NULL;
          FdDoc *d
              = fd_ingest_buffer ("bench", "bench", pages->pdata[i],
                                  g_array_index (lens, gsize, i), NULL, &err);
          if (!d)
            {
              fprintf (stderr, "bench-ingest: %s\n", err->message);
              return 1;
            }
          n_lines += d->n_lines;
          fd_doc_free (d);
        }
      t1 = g_get_monotonic_time ();
      ingest_rate[run] = (double)total / (double)(t1 - t0);

      t0 = g_get_monotonic_time ();
      for (guint i = 0; i < pages->len; i++)
        {
          FdNorm *n
              = fd_norm_new (pages->pdata[i], g_array_index (lens, gsize, i));
          norm_bytes += n->len;
          fd_norm_free (n);
        }
      t1 = g_get_monotonic_time ();
      norm_rate[run] = (double)total / (double)(t1 - t0);
      if (norm_bytes == 0)
        return 1;
    }
  qsort (ingest_rate, RUNS, sizeof (double), cmp_double);
  qsort (norm_rate, RUNS, sizeof (double), cmp_double);
  printf ("bench-ingest: %u pages, %.1f MB, %zu lines, one core, median of "
          "%d runs\n",
          pages->len, (double)total / 1e6, n_lines, RUNS);
  printf ("ingest (validate, lines, classes, metadata): %.0f MB/s "
          "(min %.0f, max %.0f)\n",
          ingest_rate[RUNS / 2], ingest_rate[0], ingest_rate[RUNS - 1]);
  printf ("norm (NFC, folding, offset map):             %.0f MB/s "
          "(min %.0f, max %.0f)\n",
          norm_rate[RUNS / 2], norm_rate[0], norm_rate[RUNS - 1]);
  return 0;
}
