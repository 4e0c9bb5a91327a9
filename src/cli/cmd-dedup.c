/* cmd-dedup.c - `factdiff dedup`: what the articles repeat and copy.
 *
 * Prints exact duplicate sentences, near-duplicate sentences with the
 * tokens that changed, reused passages, the article pairs they make and
 * the stories those pairs group the articles into; --format=json gives the
 * same with document ids and byte spans.  Finding duplicates is not a
 * discrepancy, so the exit status is 0 (2 when an input failed to load). */
#include "cli/cli.h"
#include "core/json.h"
#include "dedup/dedup.h"
#include "shingle/shingle.h"

#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* Snippets longer than this are cut (at a character boundary). */
#define SNIPPET_BYTES 72

static const FdDoc *
doc_at (const FdDedup *d, guint i)
{
  return d->docs->pdata[i];
}

/* Both reports are streamed: at 100k articles the JSON one is most of a
 * gigabyte, which must not sit in memory.  Out holds what is not written
 * yet; the core/json.h helpers write into it (the text report's fields
 * too: they are millions of short ones, and formatting them one printf
 * at a time made it slower than the bigger JSON report). */
#define OUT_CAP (1 << 16)

typedef struct
{
  GString *buf;       /* bytes not written yet */
  gboolean to_stdout; /* out_flush writes them out; else they wait for
                         the caller (a block formatted on the pool) */
  /* JSON: each article's id as a JSON string, quoted and escaped once
   * rather than at every span: ids->str + id_off[d] .. id_off[d + 1]. */
  GString *ids;
  gsize *id_off;
  /* Text: the offsets of the newlines of all articles, article by
   * article: those of article i are nl[nl_first[i]] ..
   * nl[nl_first[i + 1]].  Made by text_index_lines, freed by
   * print_text. */
  gsize *nl;
  gsize *nl_first;
} Out;

#define OUT_LIT(o, s) FD_JSON_LIT ((o)->buf, s)

static void
out_flush (Out *o)
{
  if (!o->to_stdout || !o->buf->len)
    return;
  fwrite (o->buf->str, 1, o->buf->len, stdout);
  g_string_truncate (o->buf, 0);
}

/* Writes the buffer out once it holds OUT_CAP bytes. */
static inline void
out_spill (Out *o)
{
  if (o->buf->len >= OUT_CAP)
    out_flush (o);
}

/* The NUL-terminated @s as it is (a name or id, never escaped). */
static inline void
out_str (Out *o, const char *s)
{
  fd_json_append_raw (o->buf, s, strlen (s));
}

static inline void
out_uint (Out *o, guint64 v)
{
  fd_json_append_int (o->buf, (gint64)v);
}

/* One element of a section of a report, with whatever separates it from
 * the one before: what a block of a section is made of. */
typedef void (*ItemFn) (Out *o, const FdDedup *d, guint x);

/* How many bytes at the start of @s (@n bytes) are not control
 * characters.  Few snippets hold a line break or a tab: the bytes before
 * one are found 8 at a time (the "some byte is below 0x20" word test)
 * and copied in one go. */
static gsize
no_controls (const char *s, gsize n)
{
  const guint64 ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 w;
      memcpy (&w, s + i, 8);
      if ((w - ones * 0x20) & ~w & highs)
        break;
    }
  while (i < n && (unsigned char)s[i] >= 0x20)
    i++;
  return i;
}

/* A quoted snippet of bytes @start .. @end of @doc, cut at @max bytes
 * (at a character boundary, with "…"), each line break or tab and the
 * white space after it made one space. */
static void
append_snippet (Out *o, const FdDoc *doc, gsize start, gsize end, gsize max)
{
  gsize n = end - start, i;
  gboolean cut = FALSE;
  const char *s = doc->text + start;
  char *p;

  if (max && n > max)
    {
      const char *e = g_utf8_find_prev_char (s, s + max + 1);
      n = (gsize)(e - s);
      cut = TRUE;
    }
  /* Room for the quotes, the bytes and "…" (3 bytes); white space only
   * ever shrinks. */
  p = fd_json_reserve (o->buf, n + 5);
  *p++ = '"';
  i = no_controls (s, n);
  memcpy (p, s, i);
  p += i;
  for (; i < n; i++)
    {
      char c = s[i];
      if (c == '\n' || c == '\r' || c == '\t')
        {
          while (i + 1 < n && g_ascii_isspace (s[i + 1]))
            i++;
          c = ' ';
        }
      *p++ = c;
    }
  if (cut)
    {
      memcpy (p, "…", 3);
      p += 3;
    }
  *p++ = '"';
  fd_json_commit (o->buf, p);
}

static void
append_classes (Out *o, guint classes, const char *sep)
{
  gboolean first = TRUE;

  for (guint c = 0; c < FD_LINE_N_CLASSES; c++)
    if (classes & (1u << c))
      {
        if (!first)
          out_str (o, sep);
        out_str (o, fd_line_class_name (c));
        first = FALSE;
      }
}

/* Fills @o's newline offsets for @d.  fd_doc_line_col walks every line
 * before the offset it is asked about, and the report asks for a line
 * per member, many per article (when it tested every byte, two fifths
 * of the command at 10k articles).  One memchr pass over the articles
 * instead, then a binary search per line. */
static void
text_index_lines (Out *o, const FdDedup *d)
{
  const GPtrArray *docs = d->docs;
  GArray *nl = g_array_new (FALSE, FALSE, sizeof (gsize));

  o->nl_first = g_new (gsize, (gsize)docs->len + 1);
  for (guint i = 0; i < docs->len; i++)
    {
      const FdDoc *doc = docs->pdata[i];
      const char *p = doc->text, *end = doc->text + doc->len;

      o->nl_first[i] = nl->len;
      while ((p = memchr (p, '\n', (gsize)(end - p))))
        {
          gsize at = (gsize)(p - doc->text);
          g_array_append_val (nl, at);
          p++;
        }
    }
  o->nl_first[docs->len] = nl->len;
  o->nl = (gsize *)g_array_free (nl, FALSE);
}

/* The 1-based line of byte @offset of article @i, as fd_doc_line_col
 * gives it: one more than the newlines before @offset. */
static guint
line_of (const Out *o, guint i, gsize offset)
{
  gsize lo = o->nl_first[i], hi = o->nl_first[i + 1], first = lo;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (o->nl[mid] < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return (guint)(lo - first) + 1;
}

/* "ID:LINE" of byte @offset of article @i. */
static void
text_place (Out *o, const FdDedup *d, guint i, gsize offset)
{
  out_str (o, doc_at (d, i)->id);
  OUT_LIT (o, ":");
  out_uint (o, line_of (o, i, offset));
}

static void
text_changes (Out *o, const FdDedup *d, guint a, guint b, guint first, guint n)
{
  for (guint c = first; c < first + n; c++)
    {
      const FdDedupChange *ch = &d->changes[c];
      OUT_LIT (o, "    changed: ");
      append_snippet (o, doc_at (d, a), ch->a_start, ch->a_end, SNIPPET_BYTES);
      OUT_LIT (o, " -> ");
      append_snippet (o, doc_at (d, b), ch->b_start, ch->b_end, SNIPPET_BYTES);
      if (ch->facts)
        {
          OUT_LIT (o, " [");
          fd_dedup_facts_append (o->buf, ch->facts, ", ");
          OUT_LIT (o, "]");
        }
      OUT_LIT (o, "\n");
    }
}

static void
text_group (Out *o, const FdDedup *d, guint g)
{
  const FdDedupGroup *gr = &d->groups[g];
  const FdDedupSpan *m0 = &d->members[gr->first];

  OUT_LIT (o, "  ");
  out_str (o, fd_dedup_kind_name (gr->kind));
  OUT_LIT (o, " [");
  append_classes (o, gr->classes, ",");
  OUT_LIT (o, "] ");
  append_snippet (o, doc_at (d, m0->doc), m0->start, m0->end, SNIPPET_BYTES);
  OUT_LIT (o, "\n");
  for (guint x = 0; x < gr->n; x++)
    {
      const FdDedupSpan *m = &d->members[gr->first + x];
      OUT_LIT (o, "    ");
      text_place (o, d, m->doc, m->start);
      OUT_LIT (o, "\n");
    }
}

static void
text_near (Out *o, const FdDedup *d, guint x)
{
  const FdDedupNear *n = &d->near[x];

  OUT_LIT (o, "  ");
  out_str (o, fd_dedup_kind_name (n->kind));
  OUT_LIT (o, " ");
  fd_json_append_fixed (o->buf, n->similarity, 2);
  OUT_LIT (o, " ");
  text_place (o, d, n->a.doc, n->a.start);
  OUT_LIT (o, " ~ ");
  text_place (o, d, n->b.doc, n->b.start);
  OUT_LIT (o, "\n    a: ");
  append_snippet (o, doc_at (d, n->a.doc), n->a.start, n->a.end,
                  SNIPPET_BYTES);
  OUT_LIT (o, "\n    b: ");
  append_snippet (o, doc_at (d, n->b.doc), n->b.start, n->b.end,
                  SNIPPET_BYTES);
  OUT_LIT (o, "\n");
  text_changes (o, d, n->a.doc, n->b.doc, n->first_change, n->n_changes);
}

/* One side of a passage: "ID:LINE [START,END) C%". */
static void
text_passage_side (Out *o, const FdDedup *d, const FdDedupSpan *s,
                   double containment)
{
  text_place (o, d, s->doc, s->start);
  OUT_LIT (o, " [");
  out_uint (o, s->start);
  OUT_LIT (o, ",");
  out_uint (o, s->end);
  OUT_LIT (o, ") ");
  out_uint (o, (guint)(100 * containment + 0.5));
  OUT_LIT (o, "%");
}

static void
text_passage (Out *o, const FdDedup *d, guint x)
{
  const FdDedupPassage *p = &d->passages[x];

  OUT_LIT (o, "  ");
  out_str (o, fd_dedup_kind_name (p->kind));
  OUT_LIT (o, " ");
  fd_json_append_fixed (o->buf, p->similarity, 2);
  OUT_LIT (o, " ");
  text_passage_side (o, d, &p->a, p->containment_a);
  OUT_LIT (o, " ~ ");
  text_passage_side (o, d, &p->b, p->containment_b);
  OUT_LIT (o, " [");
  append_classes (o, p->classes, ",");
  OUT_LIT (o, "]\n    ");
  append_snippet (o, doc_at (d, p->a.doc), p->a.start, p->a.end,
                  SNIPPET_BYTES);
  OUT_LIT (o, "\n");
  text_changes (o, d, p->a.doc, p->b.doc, p->first_change, p->n_changes);
}

static void
text_pair (Out *o, const FdDedup *d, guint x)
{
  const FdDedupPair *p = &d->pairs[x];

  OUT_LIT (o, "  ");
  out_str (o, doc_at (d, p->a)->id);
  OUT_LIT (o, " ");
  out_str (o, doc_at (d, p->b)->id);
  OUT_LIT (o, " ");
  out_str (o, fd_dedup_kind_name (p->kind));
  OUT_LIT (o, " resemblance ");
  fd_json_append_fixed (o->buf, p->resemblance, 2);
  OUT_LIT (o, " containment ");
  fd_json_append_fixed (o->buf, p->containment_a, 2);
  OUT_LIT (o, " ");
  fd_json_append_fixed (o->buf, p->containment_b, 2);
  OUT_LIT (o, "\n");
}

/* Each story's articles in article order.  They are bucketed by story
 * first (a counting sort, which keeps that order): a scan of every
 * article for every story is quadratic, 49 million steps at 10k
 * articles. */
static void
text_stories (Out *o, const FdDedup *d)
{
  guint n = d->docs->len;
  guint *first = g_new0 (guint, (gsize)d->n_stories + 1);
  guint *order = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    if (d->story[i] < d->n_stories)
      first[d->story[i] + 1]++;
  for (guint s = 0; s < d->n_stories; s++)
    first[s + 1] += first[s];
  /* first[s] is where story s's articles go; it ends up at the start of
   * story s + 1. */
  for (guint i = 0; i < n; i++)
    if (d->story[i] < d->n_stories)
      order[first[d->story[i]]++] = i;

  OUT_LIT (o, "\nstories:\n");
  for (guint s = 0, k = 0; s < d->n_stories; s++)
    {
      OUT_LIT (o, "  ");
      out_uint (o, s);
      OUT_LIT (o, ":");
      for (; k < first[s]; k++)
        {
          OUT_LIT (o, " ");
          out_str (o, doc_at (d, order[k])->id);
        }
      OUT_LIT (o, "\n");
      out_spill (o);
    }
  g_free (first);
  g_free (order);
}

/* The id of article @d, as a JSON string. */
static inline void
out_id (Out *o, guint d)
{
  fd_json_append_raw (o->buf, o->ids->str + o->id_off[d],
                      o->id_off[d + 1] - o->id_off[d]);
}

/* "key": preceded by a comma unless @first.  The keys are this file's
 * own literals, which need no escaping: inlined, their length is known
 * when compiling, and the report writes millions of them. */
static inline void
out_key (Out *o, const char *key, gboolean first)
{
  gsize n = strlen (key);
  char *p = fd_json_reserve (o->buf, n + 4);

  if (!first)
    *p++ = ',';
  *p++ = '"';
  memcpy (p, key, n);
  p += n;
  *p++ = '"';
  *p++ = ':';
  fd_json_commit (o->buf, p);
}

static void
json_member_id (Out *o, const char *key, const char *id, gboolean first)
{
  out_key (o, key, first);
  if (id)
    fd_json_append_string (o->buf, id, strlen (id));
  else
    OUT_LIT (o, "null");
}

/* @open, a literal that ends in {"doc": (after a key or a comma, which
 * are written with it), then the rest of span @s: "start", "end" and,
 * when @containment is not negative (a passage's side), "containment".
 * Inlined, so that the length of @open is known when compiling. */
static inline void
json_span_of (Out *o, const char *open, const FdDedupSpan *s,
              double containment)
{
  fd_json_append_raw (o->buf, open, strlen (open));
  out_id (o, s->doc);
  OUT_LIT (o, ",\"start\":");
  fd_json_append_int (o->buf, (gint64)s->start);
  OUT_LIT (o, ",\"end\":");
  fd_json_append_int (o->buf, (gint64)s->end);
  if (containment >= 0)
    {
      OUT_LIT (o, ",\"containment\":");
      fd_json_append_double (o->buf, containment, 3);
    }
  g_string_append_c (o->buf, '}');
}

/* ,"classes":[…] with the names of the line classes in @classes.  An
 * item has one or two as a rule: the set bits are visited alone. */
static void
json_classes (Out *o, guint classes)
{
  guint all = classes & ((1u << FD_LINE_N_CLASSES) - 1);

  OUT_LIT (o, ",\"classes\":[");
  for (guint m = all; m; m &= m - 1)
    {
      const char *name = fd_line_class_name (g_bit_nth_lsf (m, -1));
      gsize n = strlen (name);
      char *p = fd_json_reserve (o->buf, n + 3);
      if (m != all)
        *p++ = ',';
      *p++ = '"';
      memcpy (p, name, n);
      p += n;
      *p++ = '"';
      fd_json_commit (o->buf, p);
    }
  g_string_append_c (o->buf, ']');
}

/* The "start", "end" and "text" members of one side of a change, and
 * what closes it: the object's opening is the literal before, which the
 * caller writes with whatever precedes it in one go. */
static inline void
json_side_body (Out *o, const FdDoc *doc, gsize start, gsize end)
{
  fd_json_append_int (o->buf, (gint64)start);
  OUT_LIT (o, ",\"end\":");
  fd_json_append_int (o->buf, (gint64)end);
  OUT_LIT (o, ",\"text\":");
  fd_json_append_string (o->buf, doc->text + start, end - start);
}

/* The elements of a change's "facts" array for each set of FdDedupFact
 * bits: the names of fd_dedup_facts_append, in its order, quoted.  A new
 * fact would need the table doubled. */
G_STATIC_ASSERT (FD_DEDUP_FACT_CREDIT == 1 << 3);
static const char *const fact_lists[16] = {
  "",
  "\"number\"",
  "\"date\"",
  "\"number\",\"date\"",
  "\"name\"",
  "\"number\",\"name\"",
  "\"date\",\"name\"",
  "\"number\",\"date\",\"name\"",
  "\"credit\"",
  "\"number\",\"credit\"",
  "\"date\",\"credit\"",
  "\"number\",\"date\",\"credit\"",
  "\"name\",\"credit\"",
  "\"number\",\"name\",\"credit\"",
  "\"date\",\"name\",\"credit\"",
  "\"number\",\"date\",\"name\",\"credit\"",
};

/* "changes":[…] of a passage or near pair.  The report holds hundreds
 * of thousands of changes: their fixed text is written a literal at a
 * time, the punctuation around it included, rather than a key or a
 * bracket at a time. */
static void
json_changes (Out *o, const FdDedup *d, guint a, guint b, guint first, guint n)
{
  const FdDoc *da = doc_at (d, a), *db = doc_at (d, b);

  OUT_LIT (o, ",\"changes\":[");
  for (guint c = first; c < first + n; c++)
    {
      const FdDedupChange *ch = &d->changes[c];
      if (c > first)
        OUT_LIT (o, ",{\"a\":{\"start\":");
      else
        OUT_LIT (o, "{\"a\":{\"start\":");
      json_side_body (o, da, ch->a_start, ch->a_end);
      OUT_LIT (o, "},\"b\":{\"start\":");
      json_side_body (o, db, ch->b_start, ch->b_end);
      OUT_LIT (o, "},\"facts\":[");
      out_str (o, fact_lists[ch->facts & 15]);
      OUT_LIT (o, "]}");
    }
  g_string_append_c (o->buf, ']');
}

static void
json_kind (Out *o, FdDedupKind kind, gboolean first)
{
  out_key (o, "kind", first);
  g_string_append_c (o->buf, '"');
  out_str (o, fd_dedup_kind_name (kind));
  g_string_append_c (o->buf, '"');
}

static void
json_group (Out *o, const FdDedup *d, guint g)
{
  const FdDedupGroup *gr = &d->groups[g];
  char hex[17];

  fd_shingle_format (gr->hash, hex);
  if (g)
    g_string_append_c (o->buf, ',');
  OUT_LIT (o, "\n{");
  json_kind (o, gr->kind, TRUE);
  out_key (o, "hash", FALSE);
  g_string_append_c (o->buf, '"');
  fd_json_append_raw (o->buf, hex, 16);
  g_string_append_c (o->buf, '"');
  json_classes (o, gr->classes);
  out_key (o, "members", FALSE);
  g_string_append_c (o->buf, '[');
  for (guint x = 0; x < gr->n; x++)
    {
      json_span_of (
          o, x ? ",{\"doc\":" : "{\"doc\":", &d->members[gr->first + x], -1);
    }
  OUT_LIT (o, "]}");
}

static void
json_near (Out *o, const FdDedup *d, guint x)
{
  const FdDedupNear *n = &d->near[x];

  if (x)
    g_string_append_c (o->buf, ',');
  OUT_LIT (o, "\n{");
  json_kind (o, n->kind, TRUE);
  out_key (o, "similarity", FALSE);
  fd_json_append_double (o->buf, n->similarity, 3);
  json_span_of (o, ",\"a\":{\"doc\":", &n->a, -1);
  json_span_of (o, ",\"b\":{\"doc\":", &n->b, -1);
  json_changes (o, d, n->a.doc, n->b.doc, n->first_change, n->n_changes);
  g_string_append_c (o->buf, '}');
}

static void
json_passage (Out *o, const FdDedup *d, guint x)
{
  const FdDedupPassage *p = &d->passages[x];

  if (x)
    g_string_append_c (o->buf, ',');
  OUT_LIT (o, "\n{");
  json_kind (o, p->kind, TRUE);
  out_key (o, "similarity", FALSE);
  fd_json_append_double (o->buf, p->similarity, 3);
  json_span_of (o, ",\"a\":{\"doc\":", &p->a, p->containment_a);
  json_span_of (o, ",\"b\":{\"doc\":", &p->b, p->containment_b);
  json_classes (o, p->classes);
  json_changes (o, d, p->a.doc, p->b.doc, p->first_change, p->n_changes);
  g_string_append_c (o->buf, '}');
}

static void
json_pair (Out *o, const FdDedup *d, guint x)
{
  const FdDedupPair *p = &d->pairs[x];

  if (x)
    g_string_append_c (o->buf, ',');
  OUT_LIT (o, "\n{\"a\":");
  out_id (o, p->a);
  OUT_LIT (o, ",\"b\":");
  out_id (o, p->b);
  json_kind (o, p->kind, FALSE);
  out_key (o, "resemblance", FALSE);
  fd_json_append_double (o->buf, p->resemblance, 3);
  out_key (o, "containment_a", FALSE);
  fd_json_append_double (o->buf, p->containment_a, 3);
  out_key (o, "containment_b", FALSE);
  fd_json_append_double (o->buf, p->containment_b, 3);
  out_key (o, "story", FALSE);
  fd_json_append_int (o->buf, (gint64)d->story[p->a]);
  g_string_append_c (o->buf, '}');
}

/* Formatting a report is a tenth of the command; on several threads it
 * is done a wave of blocks at a time: each block of items is written to
 * its own buffer on a pool, and the buffers go to stdout in order, so the
 * bytes are the same as on one thread and memory stays a few blocks. */
#define BLOCK_ITEMS 256

typedef struct
{
  const FdDedup *d;
  GThreadPool *pool; /* NULL on one thread */
  guint wave;        /* blocks formatted at once */
  Out **outs;        /* one per block of a wave, each with a sink */
  ItemFn fn;
  guint n;          /* items of the section */
  guint wave_first; /* first block of the current wave */
  GMutex lock;
  GCond done;
  guint left; /* blocks of the wave not formatted yet */
} Section;

static void
block_task (gpointer data, gpointer user_data)
{
  Section *sec = user_data;
  guint b = GPOINTER_TO_UINT (data) - 1;
  Out *o = sec->outs[b - sec->wave_first];
  guint lo = b * BLOCK_ITEMS, hi = MIN (lo + BLOCK_ITEMS, sec->n);

  for (guint x = lo; x < hi; x++)
    sec->fn (o, sec->d, x);
  g_mutex_lock (&sec->lock);
  if (--sec->left == 0)
    g_cond_signal (&sec->done);
  g_mutex_unlock (&sec->lock);
}

/* Sets up @sec to write the sections of @d's report on @threads; its
 * block buffers share what @o points to (ids, newline offsets), which
 * must outlive section_end. */
static void
section_start (Section *sec, const Out *o, const FdDedup *d, guint threads)
{
  memset (sec, 0, sizeof *sec);
  sec->d = d;
  if (threads <= 1)
    return;
  sec->wave = 4 * threads;
  sec->outs = g_new (Out *, sec->wave);
  for (guint b = 0; b < sec->wave; b++)
    {
      sec->outs[b] = g_new (Out, 1);
      *sec->outs[b] = *o;
      sec->outs[b]->buf = g_string_sized_new (OUT_CAP);
      sec->outs[b]->to_stdout = FALSE;
    }
  g_mutex_init (&sec->lock);
  g_cond_init (&sec->done);
  sec->pool = g_thread_pool_new (block_task, sec, (gint)threads, FALSE, NULL);
}

static void
section_end (Section *sec)
{
  if (!sec->pool)
    return;
  g_thread_pool_free (sec->pool, FALSE, TRUE);
  g_mutex_clear (&sec->lock);
  g_cond_clear (&sec->done);
  for (guint b = 0; b < sec->wave; b++)
    {
      g_string_free (sec->outs[b]->buf, TRUE);
      g_free (sec->outs[b]);
    }
  g_free (sec->outs);
}

/* Writes items 0 .. @n of @fn to @o, on @sec's pool or, without one,
 * here. */
static void
write_items (Out *o, Section *sec, guint n, ItemFn fn)
{
  guint blocks = (n + BLOCK_ITEMS - 1) / BLOCK_ITEMS;

  if (!sec->pool)
    {
      for (guint x = 0; x < n; x++)
        {
          fn (o, sec->d, x);
          out_spill (o);
        }
      return;
    }
  sec->fn = fn;
  sec->n = n;
  out_flush (o);
  for (guint b0 = 0; b0 < blocks; b0 += sec->wave)
    {
      guint nb = MIN (sec->wave, blocks - b0);
      sec->wave_first = b0;
      sec->left = nb;
      for (guint b = b0; b < b0 + nb; b++)
        g_thread_pool_push (sec->pool, GUINT_TO_POINTER (b + 1), NULL);
      g_mutex_lock (&sec->lock);
      while (sec->left > 0)
        g_cond_wait (&sec->done, &sec->lock);
      g_mutex_unlock (&sec->lock);
      for (guint b = 0; b < nb; b++)
        {
          fwrite (sec->outs[b]->buf->str, 1, sec->outs[b]->buf->len, stdout);
          g_string_truncate (sec->outs[b]->buf, 0);
        }
    }
}

static void
print_text (Out *o, const FdDedup *d, guint threads)
{
  Section sec;

  text_index_lines (o, d);
  section_start (&sec, o, d, threads);
  g_string_append_printf (o->buf, "%u articles, %u stories\n", d->docs->len,
                          d->n_stories);
  g_string_append_printf (o->buf, "\nexact duplicate sentences: %u groups\n",
                          d->n_groups);
  write_items (o, &sec, d->n_groups, text_group);
  g_string_append_printf (o->buf, "\nnear-duplicate sentences: %u\n",
                          d->n_near);
  write_items (o, &sec, d->n_near, text_near);
  g_string_append_printf (o->buf, "\npassages: %u\n", d->n_passages);
  write_items (o, &sec, d->n_passages, text_passage);
  g_string_append_printf (o->buf, "\narticle pairs: %u\n", d->n_pairs);
  write_items (o, &sec, d->n_pairs, text_pair);
  text_stories (o, d);
  out_flush (o);
  section_end (&sec);
  g_free (o->nl);
  g_free (o->nl_first);
}

static void
print_json (Out *o, const FdDedup *d, guint threads)
{
  const ItemFn fns[] = { json_group, json_near, json_passage, json_pair };
  const guint counts[] = { d->n_groups, d->n_near, d->n_passages, d->n_pairs };
  const char *const keys[] = { "groups", "near", "passages", "pairs" };
  Section sec;

  o->ids = g_string_new (NULL);
  o->id_off = g_new (gsize, d->docs->len + 1);
  for (guint i = 0; i < d->docs->len; i++)
    {
      o->id_off[i] = o->ids->len;
      fd_json_append_string (o->ids, doc_at (d, i)->id, -1);
    }
  o->id_off[d->docs->len] = o->ids->len;
  section_start (&sec, o, d, threads);

  g_string_append_c (o->buf, '{');
  out_key (o, "documents", TRUE);
  g_string_append_c (o->buf, '[');
  for (guint i = 0; i < d->docs->len; i++)
    {
      if (i)
        g_string_append_c (o->buf, ',');
      OUT_LIT (o, "{\"id\":");
      out_id (o, i);
      json_member_id (o, "outlet", doc_at (d, i)->outlet, FALSE);
      out_key (o, "story", FALSE);
      fd_json_append_int (o->buf, (gint64)d->story[i]);
      g_string_append_c (o->buf, '}');
      out_spill (o);
    }
  OUT_LIT (o, "],\n");
  for (guint s = 0; s < G_N_ELEMENTS (fns); s++)
    {
      out_key (o, keys[s], TRUE);
      g_string_append_c (o->buf, '[');
      write_items (o, &sec, counts[s], fns[s]);
      if (s + 1 < G_N_ELEMENTS (fns))
        OUT_LIT (o, "],\n");
      else
        OUT_LIT (o, "]}\n");
    }
  out_flush (o);
  section_end (&sec);
  g_string_free (o->ids, TRUE);
  g_free (o->id_off);
}

int
fd_cmd_dedup (int argc, char **argv)
{
  g_autofree char *format = NULL;
  FdDedupOptions o;
  int k = FD_SHINGLE_DEFAULT_K, gap, min_passage, boiler, threads = 0;
  double threshold, story;
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (FdDedup) d = NULL;
  gboolean bad = FALSE;
  FdIngestOptions iopts = { 0 };

  fd_dedup_options_init (&o);
  threshold = o.threshold;
  story = o.story_threshold;
  gap = (int)o.max_gap;
  min_passage = (int)o.min_passage;
  boiler = (int)o.boilerplate_docs;
  {
    const GOptionEntry entries[] = {
      { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
        "Output format: text (the default) or json", "FORMAT" },
      { "shingle-size", 'k', 0, G_OPTION_ARG_INT, &k,
        "Words per shingle (default 5)", "K" },
      { "threshold", 't', 0, G_OPTION_ARG_DOUBLE, &threshold,
        "Token Jaccard that makes two sentences near duplicates (default "
        "0.5)",
        "J" },
      { "max-gap", 0, 0, G_OPTION_ARG_INT, &gap,
        "Changed words bridged inside a passage (default 8)", "N" },
      { "min-passage", 0, 0, G_OPTION_ARG_INT, &min_passage,
        "Shared words a passage needs (default 10)", "N" },
      { "boilerplate-docs", 0, 0, G_OPTION_ARG_INT, &boiler,
        "Articles of one outlet that make shared text boilerplate "
        "(default 4)",
        "N" },
      { "story-threshold", 0, 0, G_OPTION_ARG_DOUBLE, &story,
        "Share of an article reused that puts two articles in one story "
        "(default 0.2)",
        "C" },
      { "threads", 0, 0, G_OPTION_ARG_INT, &threads,
        "Read and compare articles on N threads (default: one per "
        "processor); the output is the same for every N",
        "N" },
      G_OPTION_ENTRY_NULL,
    };
    if (!fd_cli_parse ("dedup", "PATH...",
                       "Find repeated sentences, near duplicates and reused "
                       "passages across articles.",
                       entries, &argc, &argv))
      return FD_EXIT_TROUBLE;
  }
  if (format && strcmp (format, "text") != 0 && strcmp (format, "json") != 0)
    return fd_cli_usage_error ("--format must be text or json");
  if (k < 1 || k > 64)
    return fd_cli_usage_error ("--shingle-size must be between 1 and 64");
  if (!(threshold > 0 && threshold <= 1))
    return fd_cli_usage_error ("--threshold must be in (0, 1]");
  if (gap < 0 || min_passage < 1 || boiler < 2 || !(story >= 0 && story <= 1))
    return fd_cli_usage_error ("dedup: option out of range");
  if (threads < 0)
    return fd_cli_usage_error ("--threads takes a positive number");
  if (argc < 2)
    return fd_cli_usage_error ("no input given");
  o.shingle_size = (guint)k;
  o.threshold = threshold;
  o.max_gap = (guint)gap;
  o.min_passage = (guint)min_passage;
  o.boilerplate_docs = (guint)boiler;
  o.story_threshold = story;
  o.threads = threads > 0 ? (guint)threads : g_get_num_processors ();
  iopts.threads = o.threads;

#ifdef __GLIBC__
  /* dedup frees arrays of hundreds of megabytes while other threads run.
   * By default glibc then raises its mmap threshold, so later big arrays
   * come from the heap, and gives the heap's top back to the kernel as
   * soon as it is free: each give-back is a TLB shoot-down on every
   * thread and the next allocation faults the pages in again.  Measured
   * at 100k articles on 2 threads, a fixed trim threshold (which also
   * keeps big arrays in mmap, returned whole when freed) cut the system
   * time from 5.9 s to 2.2 s and the peak RSS from 1.9 to 1.6 GB. */
  mallopt (M_TRIM_THRESHOLD, 256 << 20);
#endif
  docs = fd_cli_load (argc, argv, &iopts, &bad);
  d = fd_dedup_run (docs, &o);
  {
    Out out = {
      g_string_sized_new (OUT_CAP + OUT_CAP / 4), TRUE, NULL, NULL, NULL, NULL
    };
    if (format && strcmp (format, "json") == 0)
      print_json (&out, d, o.threads);
    else
      print_text (&out, d, o.threads);
    g_string_free (out.buf, TRUE);
  }
  return bad ? FD_EXIT_TROUBLE : FD_EXIT_OK;
}
