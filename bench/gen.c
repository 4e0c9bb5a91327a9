/* gen.c - writes a synthetic news collection for bench-dedup, with the
 * truth of what it planted.
 *
 * Usage: gen DIR N [SEED]
 * Writes DIR/000000.txt … (about 4 KB each), DIR/outlets.tsv ("file TAB
 * outlet") and DIR/truth.tsv.  All text is made of invented words built
 * from syllables, so nothing is copied from anywhere.  The collection is a
 * set of stories, each covered by 2 to 6 outlets: the first article is
 * the story's source; the others are exact copies (syndication), near
 * copies at edit rates from 1% to 20% (word substitutions, insertions,
 * deletions) or independent articles about the same story.  One article
 * in eight gets a passage of 2 to 6 sentences copied from an earlier
 * story's source; one in three repeats a photo caption; every article
 * ends with its outlet's trailer (byline and copyright: boilerplate).
 * truth.tsv lines:
 *   pair A B TYPE RATE         A copied from B's source (or B itself)
 *   passage A S E B S E        bytes [S,E) of A reused in B
 *   trailer A S E              A's boilerplate trailer
 * The output depends only on N and SEED. */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  guint64 s;
} Rng;

/* splitmix64: small, fast and fully determined by the seed. */
static guint64
next (Rng *r)
{
  guint64 z = (r->s += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

static guint
below (Rng *r, guint n)
{
  return (guint)(next (r) % n);
}

static double
unit (Rng *r)
{
  return (next (r) >> 11) * (1.0 / 9007199254740992.0);
}

static const char *const onsets[]
    = { "b", "c", "d", "f", "g", "h", "j",  "k",  "l",  "m",  "n",  "p",
        "r", "s", "t", "v", "w", "z", "br", "st", "tr", "pl", "gr", "sh" };
static const char *const vowels[]
    = { "a", "e", "i", "o", "u", "ai", "ea", "ou", "io" };
static const char *const codas[] = { "", "", "n", "r", "s", "l", "t", "m" };

/* An invented word of 1 to 3 syllables. */
static char *
make_word (Rng *r)
{
  GString *w = g_string_new (NULL);
  guint n = 1 + below (r, 3);

  for (guint i = 0; i < n; i++)
    {
      g_string_append (w, onsets[below (r, G_N_ELEMENTS (onsets))]);
      g_string_append (w, vowels[below (r, G_N_ELEMENTS (vowels))]);
    }
  g_string_append (w, codas[below (r, G_N_ELEMENTS (codas))]);
  return g_string_free (w, FALSE);
}

#define N_WORDS 20000

typedef struct
{
  char **words; /* the vocabulary, most frequent first */
  Rng rng;
} Gen;

/* A word drawn from a Zipf-like law: common words are common. */
static const char *
word (Gen *g)
{
  double u = unit (&g->rng);
  guint i = (guint)(N_WORDS * u * u * u);
  return g->words[MIN (i, N_WORDS - 1)];
}

static void
append_cap (GString *s, const char *w)
{
  g_string_append_c (s, g_ascii_toupper (w[0]));
  g_string_append (s, w + 1);
}

/* A sentence of 12 to 25 words; names and numbers sprinkled in. */
static void
sentence (Gen *g, GString *s, char **names, guint n_names)
{
  guint n = 12 + below (&g->rng, 14);

  for (guint i = 0; i < n; i++)
    {
      guint roll = below (&g->rng, 100);
      if (i > 0)
        g_string_append_c (s, ' ');
      if (roll < 6 && n_names)
        append_cap (s, names[below (&g->rng, n_names)]);
      else if (roll < 9)
        g_string_append_printf (s, "%u", below (&g->rng, 2000));
      else if (i == 0)
        append_cap (s, word (g));
      else
        g_string_append (s, word (g));
      if (roll == 50 && i + 1 < n)
        g_string_append_c (s, ',');
    }
  g_string_append_c (s, '.');
}

typedef struct
{
  GPtrArray *sents; /* char*, the source's sentences */
  char **names;
} Story;

typedef struct
{
  GString *text;
  GArray *starts; /* byte offset of each sentence */
} Doc;

static void
doc_add (Doc *d, const char *sent, gboolean newline)
{
  guint off = d->text->len;
  g_array_append_val (d->starts, off);
  g_string_append (d->text, sent);
  g_string_append (d->text, newline ? "\n" : " ");
}

/* Copies @src with word edits at rate @rate. */
static char *
edit (Gen *g, const char *src, double rate)
{
  g_auto (GStrv) w = g_strsplit (src, " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; w[i]; i++)
    {
      const char *x = w[i];
      if (unit (&g->rng) < rate)
        {
          guint op = below (&g->rng, 3);
          if (op == 0 && w[i + 1])
            continue; /* deletion */
          if (op == 1)
            x = word (g); /* substitution */
          else
            {
              if (out->len)
                g_string_append_c (out, ' ');
              g_string_append (out, word (g)); /* insertion */
            }
        }
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, x);
    }
  if (out->len == 0 || out->str[out->len - 1] != '.')
    g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

int
main (int argc, char **argv)
{
  Gen g = { 0 };
  guint n, n_outlets, written = 0;
  const char *dir;
  GPtrArray *stories = g_ptr_array_new ();
  GArray *story_source = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *source_docs = g_ptr_array_new (); /* Doc* per story, kept */
  char **trailers;
  FILE *truth, *outl;
  g_autofree char *tp = NULL, *op = NULL;

  if (argc < 3)
    {
      fprintf (stderr, "usage: gen DIR N [SEED]\n");
      return 2;
    }
  dir = argv[1];
  n = (guint)strtoul (argv[2], NULL, 10);
  g.rng.s = argc > 3 ? strtoull (argv[3], NULL, 10) : 1;
  g_mkdir_with_parents (dir, 0755);
  tp = g_build_filename (dir, "truth.tsv", NULL);
  op = g_build_filename (dir, "outlets.tsv", NULL);
  truth = fopen (tp, "w");
  outl = fopen (op, "w");
  if (!truth || !outl)
    {
      perror (dir);
      return 2;
    }

  g.words = g_new (char *, N_WORDS);
  for (guint i = 0; i < N_WORDS; i++)
    g.words[i] = make_word (&g.rng);
  n_outlets = MAX (8, n / 200);
  trailers = g_new (char *, n_outlets);
  for (guint o = 0; o < n_outlets; o++)
    {
      GString *t = g_string_new ("Write to ");
      append_cap (t, g.words[100 + below (&g.rng, 5000)]);
      g_string_append_c (t, ' ');
      append_cap (t, g.words[100 + below (&g.rng, 5000)]);
      g_string_append_printf (t, " at desk%u@outlet%u.example. ", o, o);
      append_cap (t, g.words[100 + below (&g.rng, 5000)]);
      g_string_append (t, " edited this article for the ");
      append_cap (t, g.words[100 + below (&g.rng, 5000)]);
      g_string_append_printf (t, " Daily, all rights reserved %u.\n", o);
      trailers[o] = g_string_free (t, FALSE);
    }

  while (written < n)
    {
      Story *st = g_new0 (Story, 1);
      guint want = 2 + below (&g.rng, 5);
      guint cover = MIN (want, n - written);
      guint first_outlet = below (&g.rng, n_outlets);
      guint source = written;

      st->names = g_new (char *, 5);
      for (guint i = 0; i < 5; i++)
        st->names[i] = make_word (&g.rng);
      st->sents = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < 28; i++)
        {
          GString *s = g_string_new (NULL);
          sentence (&g, s, st->names, 5);
          g_ptr_array_add (st->sents, g_string_free (s, FALSE));
        }
      g_ptr_array_add (stories, st);
      g_array_append_val (story_source, source);

      for (guint c = 0; c < cover; c++, written++)
        {
          Doc d = { g_string_new (NULL),
                    g_array_new (FALSE, FALSE, sizeof (guint)) };
          guint outlet = (first_outlet + c * 7) % n_outlets;
          guint type = c == 0 ? 0 : 1 + below (&g.rng, 9);
          double rate = 0;
          static const double rates[] = { 0.01, 0.03, 0.05, 0.1, 0.2 };
          gboolean caption = below (&g.rng, 3) == 0;
          guint cap_at = 3 + below (&g.rng, 10);
          guint pas_at = G_MAXUINT, pas_story = 0, pas_first = 0, pas_len = 0;
          gsize pas_start = 0, pas_end = 0;
          g_autofree char *path = NULL;

          /* type 0: source; 1-2: exact copy; 3-6: near copy; else own. */
          if (type >= 3 && type <= 6)
            rate = rates[below (&g.rng, G_N_ELEMENTS (rates))];
          if (written > 0 && stories->len > 1 && below (&g.rng, 8) == 0)
            {
              pas_story = below (&g.rng, stories->len - 1);
              pas_len = 2 + below (&g.rng, 5);
              pas_first = below (&g.rng, 28 - pas_len);
              pas_at = 5 + below (&g.rng, 15);
            }
          for (guint i = 0; i < 28; i++)
            {
              if (caption && i == cap_at)
                {
                  GString *cap = g_string_new (NULL);
                  sentence (&g, cap, st->names, 5);
                  g_string_truncate (cap, cap->len - 1);
                  g_string_append_printf (cap, " (Courtesy of %s via %s)",
                                          g.words[200 + below (&g.rng, 50)],
                                          g.words[200 + below (&g.rng, 50)]);
                  doc_add (&d, cap->str, TRUE);
                  doc_add (&d, cap->str, TRUE);
                  g_string_free (cap, TRUE);
                }
              if (i == pas_at)
                {
                  Story *ps = stories->pdata[pas_story];
                  pas_start = d.text->len;
                  for (guint p = 0; p < pas_len; p++)
                    doc_add (&d, ps->sents->pdata[pas_first + p],
                             p + 1 == pas_len);
                  pas_end = d.text->len - 1;
                }
              if (type == 0 || type == 1 || type == 2)
                doc_add (&d, st->sents->pdata[i], i % 2 == 1);
              else if (rate > 0)
                {
                  g_autofree char *e = edit (&g, st->sents->pdata[i], rate);
                  doc_add (&d, e, i % 2 == 1);
                }
              else
                {
                  GString *s = g_string_new (NULL);
                  sentence (&g, s, st->names, 5);
                  doc_add (&d, s->str, i % 2 == 1);
                  g_string_free (s, TRUE);
                }
            }
          if (d.text->str[d.text->len - 1] != '\n')
            g_string_append_c (d.text, '\n');
          {
            gsize ts = d.text->len;
            g_string_append (d.text, trailers[outlet]);
            fprintf (truth, "trailer\t%06u\t%zu\t%zu\n", written, ts,
                     d.text->len - 1);
          }
          if (type >= 1 && type <= 6)
            fprintf (truth, "pair\t%06u\t%06u\t%s\t%g\n", source, written,
                     type <= 2 ? "exact" : "near", rate);
          if (pas_at != G_MAXUINT)
            {
              Doc *src = source_docs->pdata[pas_story];
              guint s0 = g_array_index (src->starts, guint, pas_first);
              guint s1
                  = g_array_index (src->starts, guint, pas_first + pas_len - 1)
                    + (guint)strlen (
                        ((Story *)stories->pdata[pas_story])
                            ->sents->pdata[pas_first + pas_len - 1]);
              fprintf (truth, "passage\t%06u\t%u\t%u\t%06u\t%zu\t%zu\n",
                       g_array_index (story_source, guint, pas_story), s0, s1,
                       written, pas_start, pas_end);
            }
          fprintf (outl, "%06u\toutlet%u\n", written, outlet);
          path = g_strdup_printf ("%s/%06u.txt", dir, written);
          if (!g_file_set_contents (path, d.text->str, (gssize)d.text->len,
                                    NULL))
            {
              perror (path);
              return 2;
            }
          if (c == 0)
            {
              /* Keep the source (for later passages' offsets). */
              Doc *keep = g_new (Doc, 1);
              *keep = d;
              g_ptr_array_add (source_docs, keep);
            }
          else
            {
              g_string_free (d.text, TRUE);
              g_array_unref (d.starts);
            }
        }
    }
  fclose (truth);
  return fclose (outl) == 0 ? 0 : 1;
}
