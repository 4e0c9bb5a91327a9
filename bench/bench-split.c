/* bench-split.c - throughput of the sentence splitter on news-like text.
 *
 * Builds at least 20 MB of English news text in memory: the "text" fields
 * of the development sets timex_dev.jsonl and quotes_dev.jsonl (from the
 * directory given as argv[1], else $FD_EVAL), repeated; when they are
 * absent, text generated here from a fixed seed.  Then it runs
 * fd_split_text over the whole buffer several times on one core and prints
 * the median throughput and the sentence count.  The machine is shared, so
 * only the median means much; min and max show the noise. */
#include "split/split.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TARGET_BYTES (20u * 1024 * 1024)
#define RUNS 7

/* Appends the "text" member of every JSON Lines record in @path to @buf,
 * one blank line between articles.  Returns the number of records read. */
static guint
append_jsonl_texts (GString *buf, const char *path)
{
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  guint n = 0;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return 0;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      JsonNode *root;
      JsonObject *obj;
      const char *text;

      if (!*lines[i]
          || !json_parser_load_from_data (parser, lines[i], -1, NULL))
        continue;
      root = json_parser_get_root (parser);
      if (!JSON_NODE_HOLDS_OBJECT (root))
        continue;
      obj = json_node_get_object (root);
      text = json_object_get_string_member_with_default (obj, "text", NULL);
      if (!text)
        continue;
      g_string_append (buf, text);
      g_string_append (buf, "\n\n");
      n++;
    }
  return n;
}

/* Generated stand-in for the development texts: sentences assembled from
 * fixed parts with the things the splitter must get right (titles,
 * abbreviations, numbers, quotes, ellipses). */
static void
append_generated (GString *buf, gsize bytes)
{
  static const char *const subj[] = {
    "The minister",  "Mr. Alvarez", "Dr. Chen",   "Sen. Okoye",
    "The U.S. Navy", "Harlow Inc.", "Officials",  "The council",
    "Prof. Brandt",  "Gov. Marsh",  "The agency", "Lt. Col. Dunn",
  };
  static const char *const verb[] = {
    "said", "announced", "denied", "confirmed", "warned", "reported",
  };
  static const char *const obj[] = {
    "that output rose 2.5% in the third quarter",
    "a $1.2bn plan for the ports on Jan. 14",
    "that talks would resume at 3:30 p.m. on Friday",
    "the report, i.e. the final version, was late",
    "that about 28,500 troops remained in the region",
    "that prices fell ... and then recovered",
    "a deal with Pike & Co. after weeks of talks",
    "that the vote in the U.S. was delayed",
  };
  static const char *const end[] = { ".", ".", ".", "?", "!", ".\"", "." };
  GRand *r = g_rand_new_with_seed (20261121);
  guint in_par = 0;

  while (buf->len < bytes)
    {
      g_string_append_printf (
          buf, "%s %s %s%s",
          subj[g_rand_int_range (r, 0, G_N_ELEMENTS (subj))],
          verb[g_rand_int_range (r, 0, G_N_ELEMENTS (verb))],
          obj[g_rand_int_range (r, 0, G_N_ELEMENTS (obj))],
          end[g_rand_int_range (r, 0, G_N_ELEMENTS (end))]);
      if (++in_par == 5)
        {
          g_string_append (buf, "\n\n");
          in_par = 0;
        }
      else
        g_string_append_c (buf, ' ');
    }
  g_rand_free (r);
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int
main (int argc, char **argv)
{
  const char *eval = argc > 1 ? argv[1] : g_getenv ("FD_EVAL");
  g_autoptr (GString) one = g_string_new (NULL);
  g_autoptr (GString) buf = g_string_new (NULL);
  double mbs[RUNS];
  guint n_sents = 0, records = 0;
  const char *source = "generated";

  if (eval && *eval)
    {
      g_autofree char *t = g_build_filename (eval, "timex_dev.jsonl", NULL);
      g_autofree char *q = g_build_filename (eval, "quotes_dev.jsonl", NULL);
      records = append_jsonl_texts (one, t) + append_jsonl_texts (one, q);
    }
  if (records > 0 && one->len > 0)
    {
      source = "timex_dev + quotes_dev";
      while (buf->len < TARGET_BYTES)
        g_string_append_len (buf, one->str, (gssize)one->len);
    }
  else
    append_generated (buf, TARGET_BYTES);

  for (int run = 0; run < RUNS; run++)
    {
      gint64 t0 = g_get_monotonic_time (), t1;
      GArray *s = fd_split_text (buf->str, buf->len);
      t1 = g_get_monotonic_time ();
      n_sents = s->len;
      g_array_unref (s);
      mbs[run] = (double)buf->len / 1e6 / ((double)(t1 - t0) / 1e6);
    }
  qsort (mbs, RUNS, sizeof mbs[0], cmp_double);
  printf ("split: text %s (%u records), %.1f MB\n", source, records,
          (double)buf->len / 1e6);
  printf ("split: %u sentences per run\n", n_sents);
  printf ("split: median %.1f MB/s over %d runs (min %.1f, max %.1f; "
          "shared machine, one core)\n",
          mbs[RUNS / 2], RUNS, mbs[0], mbs[RUNS - 1]);
  return EXIT_SUCCESS;
}
