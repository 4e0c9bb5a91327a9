/* dedup.c - see dedup.h.  Three passes over the collection:
 *
 * 1. Each article is tokenised and shingled once.  Its winnowed
 *    fingerprints (the smallest of every window of shingles) and the
 *    fingerprint of each sentence go into flat arrays; the token starts
 *    and low 32 bits of every shingle are kept for pass 3, in slabs.
 * 2. The arrays are radix-sorted (the larger in place), which groups
 *    equal fingerprints.  A fingerprint shared by boilerplate_docs or more
 *    articles of one outlet is boilerplate for that outlet; the other
 *    articles sharing a fingerprint become candidate pairs (listed, then
 *    sorted), unless more than max_df articles share it.  Equal sentence
 *    fingerprints are the exact duplicate groups (found alongside, on a
 *    second worker).
 * 3. Each candidate pair is aligned (passage.c); each outlet's boilerplate
 *    is aligned once per article against the outlet's first article that
 *    has it, so that it is reported with its spans without pairing all of
 *    the outlet's articles.  Each slab is freed as soon as the pairs that
 *    read its articles are aligned.  Stories are the connected components
 *    of the pairs whose containment reaches story_threshold.
 *
 * Memory is what limits the collection's size: at 100k articles the
 * kept token starts and shingles are 340 MB, so nothing else of that
 * size is kept alongside them, and no array of millions is copied whole
 * when it can be sorted or filled in place. */
#include "core/sort.h"
#include "dedup/dedup-private.h"
#include "shingle/shingle.h"
#include "split/split.h"

#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

typedef struct
{
  guint64 key;
  guint64 val;
} Rec;
/* radix_sort_elems reads the key at the start of each element. */
G_STATIC_ASSERT (G_STRUCT_OFFSET (Rec, key) == 0);

void
fd_dedup_options_init (FdDedupOptions *o)
{
  o->shingle_size = FD_SHINGLE_DEFAULT_K;
  o->threshold = 0.5;
  o->max_gap = 8;
  o->min_passage = 10;
  o->window = 16;
  o->max_df = 64;
  o->boilerplate_docs = 4;
  o->story_threshold = 0.2;
  o->min_sentence = 3;
  o->threads = 1;
}

const char *
fd_dedup_kind_name (FdDedupKind kind)
{
  static const char *const names[]
      = { "within", "boilerplate", "same-outlet", "cross-outlet" };
  g_return_val_if_fail (kind <= FD_DEDUP_CROSS_OUTLET, "?");
  return names[kind];
}

void
fd_dedup_facts_append (GString *out, guint facts, const char *sep)
{
  static const char *const names[] = { "number", "date", "name", "credit" };
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (facts & (1u << i))
      {
        if (!first)
          g_string_append (out, sep);
        g_string_append (out, names[i]);
        first = FALSE;
      }
}

/* Stable LSD radix sort of @n elements of @esize bytes at @v, on bits
 * [@lo, @hi) of the 64-bit key each element starts with, 16 bits a pass;
 * passes where every key has the same digit are skipped.  Stability
 * keeps the values of equal keys in insertion (article) order.  Inlined
 * into each caller, so that @esize is a constant there and an element
 * moves as one or two loads and stores. */
static inline G_ALWAYS_INLINE void
radix_sort_elems (void *v, gsize n, gsize esize, guint lo, guint hi)
{
  char *tmp = g_malloc (MAX (n, 1) * esize), *src = v, *dst = tmp;
  gsize *count = g_new (gsize, 65536);

  for (guint shift = lo; shift < hi; shift += 16)
    {
      gsize sum = 0;
      guint64 key;

      memset (count, 0, 65536 * sizeof *count);
      for (gsize i = 0; i < n; i++)
        {
          memcpy (&key, src + i * esize, sizeof key);
          count[(key >> shift) & 0xffff]++;
        }
      if (n == 0)
        continue;
      memcpy (&key, src, sizeof key);
      if (count[(key >> shift) & 0xffff] == n)
        continue;
      for (gsize d = 0; d < 65536; d++)
        {
          gsize c = count[d];
          count[d] = sum;
          sum += c;
        }
      for (gsize i = 0; i < n; i++)
        {
          memcpy (&key, src + i * esize, sizeof key);
          memcpy (dst + count[(key >> shift) & 0xffff]++ * esize,
                  src + i * esize, esize);
        }
      {
        char *t = src;
        src = dst;
        dst = t;
      }
    }
  if (src != (char *)v)
    memcpy (v, src, n * esize);
  g_free (count);
  g_free (tmp);
}

/* radix_sort_elems on bits [@lo_bit, 64) of the records' keys. */
static void
radix_sort_bits (Rec *v, gsize n, guint lo_bit)
{
  radix_sort_elems (v, n, sizeof *v, lo_bit, 64);
}

static void
radix_sort (Rec *v, gsize n)
{
  radix_sort_bits (v, n, 0);
}

/* radix_sort for keys that are hashes: sorted on their top 32 bits (two
 * passes instead of four over arrays of millions), after which only keys
 * that share those bits but differ below them (a few thousand of
 * millions) can be out of order; those runs are put right by a stable
 * sort.  The result
 * is radix_sort's, element for element. */
static void
radix_sort_hashes (Rec *v, gsize n)
{
  radix_sort_bits (v, n, 32);
  for (gsize x = 0; x < n;)
    {
      gsize y = x + 1;
      gboolean mixed = FALSE;
      while (y < n && v[y].key >> 32 == v[x].key >> 32)
        {
          mixed |= v[y].key != v[x].key;
          y++;
        }
      /* A long run (a frequent key next to another one) is sorted whole,
       * so that no input makes this quadratic. */
      if (mixed && y - x > 64)
        radix_sort_bits (v + x, y - x, 0);
      else
        for (gsize i = x + 1; mixed && i < y; i++)
          {
            Rec r = v[i];
            gsize j = i;
            while (j > x && v[j - 1].key > r.key)
              {
                v[j] = v[j - 1];
                j--;
              }
            v[j] = r;
          }
      x = y;
    }
}

/* Sorts the @n keys of @v in place, on bits [0, @hi) (the bits above are
 * the same in all of them), most significant byte first: a key is
 * swapped straight into the part of its byte (American flag sort), then
 * each part is sorted on the next byte down; parts of a few keys by
 * insertion.  Unlike radix_sort_elems it takes no second array as large
 * as the first, which for the fingerprints and the candidate pairs is
 * tens of megabytes at 100k articles.  Keys that are hashes leave parts
 * of one key or none after three bytes; keys with one value all along
 * cost one counting pass per byte. */
static void
sort_u64_inplace (guint64 *v, gsize n, guint hi)
{
  gsize head[256], end[256];
  guint shift;

  if (n < 32 || hi == 0)
    {
      for (gsize i = 1; i < n; i++)
        {
          guint64 k = v[i];
          gsize j = i;
          for (; j > 0 && v[j - 1] > k; j--)
            v[j] = v[j - 1];
          v[j] = k;
        }
      return;
    }
  shift = hi > 8 ? hi - 8 : 0;
  memset (end, 0, sizeof end);
  for (gsize i = 0; i < n; i++)
    end[(v[i] >> shift) & 0xff]++;
  if (end[(v[0] >> shift) & 0xff] == n)
    {
      sort_u64_inplace (v, n, shift);
      return;
    }
  for (gsize b = 0, at = 0; b < 256; b++)
    {
      head[b] = at;
      at += end[b];
      end[b] = at;
    }
  for (guint b = 0; b < 256; b++)
    while (head[b] < end[b])
      {
        guint64 k = v[head[b]];
        guint d = (k >> shift) & 0xff;
        /* Each swap puts one key where it belongs. */
        while (d != b)
          {
            guint64 t = v[head[d]];
            v[head[d]++] = k;
            k = t;
            d = (k >> shift) & 0xff;
          }
        v[head[b]++] = k;
      }
  if (shift == 0)
    return;
  for (gsize b = 0, at = 0; b < 256; b++)
    {
      sort_u64_inplace (v + at, end[b] - at, shift);
      at = end[b];
    }
}

/* Appends the winnowed fingerprints of @sh (n values) for article @d:
 * the rightmost smallest of every window of @w, each position once, as
 * fingerprint << @bits | d (see ScanJob.bits); writes the low 32 bits of
 * every value to @low on the way (FdDedupDocInfo.sh).
 * A window spans at most two blocks of w positions: its best is the
 * better of the best of its part of the first block (a suffix of it,
 * from @suf, n long) and of its part of the second (a prefix, kept as
 * the window's right end moves through the block).  Unlike a monotone
 * queue this takes no branch that depends on the values, which are
 * random.  Kept out of line: inlined into scan_task, its loop had too
 * few registers and spilled to the stack. */
static G_GNUC_NO_INLINE void
winnow (const guint64 *sh, guint n, guint w, guint d, guint bits, GArray *out,
        guint *suf, guint32 *low)
{
  guint last = FD_NONE;
  guint64 *v, *at;

  if (n == 0)
    return;
  w = MIN (w, n);
  /* A later position keeps a tie (<) going left ... */
  for (guint b0 = 0; b0 < n; b0 += w)
    {
      guint e = MIN (b0 + w, n), best = e - 1;
      for (guint i = e; i-- > b0;)
        suf[i] = best = sh[i] < sh[best] ? i : best;
    }
  /* At most one record a position, written in place. */
  g_array_set_size (out, out->len + n - w + 2);
  v = at = (guint64 *)(gpointer)out->data + out->len - (n - w + 2);
  for (guint b0 = 0; b0 < n; b0 += w)
    {
      guint e = MIN (b0 + w, n), pre = b0;
      guint64 pv = sh[b0];
      /* ... and wins it (<=) going right.  The first block is the first
       * window. */
      if (b0 == 0)
        {
          for (guint r = 0; r < e; r++)
            {
              guint64 h = sh[r];
              low[r] = (guint32)h;
              pre = h <= pv ? r : pre;
              pv = h <= pv ? h : pv;
            }
          *at++ = pv << bits | d;
          last = pre;
          continue;
        }
      for (guint r = b0; r < e; r++)
        {
          guint64 h = sh[r], xv;
          guint x = suf[r + 1 - w], best;
          gboolean left;
          low[r] = (guint32)h;
          pre = h <= pv ? r : pre;
          pv = h <= pv ? h : pv;
          /* pre is right of x unless both are the block's best. */
          xv = sh[x];
          left = xv < pv;
          best = left ? x : pre;
          *at = (left ? xv : pv) << bits | d;
          at += best != last;
          last = best;
        }
    }
  g_array_set_size (out, out->len - (n - w + 2) + (guint)(at - v));
}

/* The arrays of articles (FdDedupDocInfo.block) are carved from slabs
 * of SLAB_BYTES or more, so that pass 3 can give each slab back to the
 * system as soon as it has aligned every pair that reads its articles:
 * glibc maps a block of more than 32 MiB on its own whatever its mmap
 * threshold has grown to, and unmaps it when it is freed, where small
 * blocks freed among the articles' other data would stay resident.
 * Only the pages written to count, so a slab's unused end costs
 * nothing. */
#define SLAB_BYTES ((gsize)33 << 20)

/* But a worker's first slab is smaller and left to 4 KiB pages (see
 * slab_advise): a small collection scanned on many threads then costs
 * each worker no more than the pages it writes. */
#define FIRST_SLAB_BYTES ((gsize)4 << 20)

/* The slabs of a run: mem[s] is slab s, NULL once freed. */
typedef struct
{
  GPtrArray *mem;
  GMutex lock; /* for adding one while scanning */
} Slabs;

/* What one worker of pass 1 reuses from article to article. */
typedef struct
{
  FdTokens toks;
  guint64 *sh; /* the full fingerprints of one article */
  guint *suf;  /* winnow's */
  gsize sh_cap;
  char *slab; /* the slab being filled, slab_used of slab_size bytes */
  gsize slab_used, slab_size;
  guint slab_id; /* its index in Slabs.mem */
} ScanScratch;

/* Asks Linux to back the @size bytes at @p with huge pages where it can:
 * a slab is written from end to end, and at 100k articles its 4 KiB
 * pages took 85 k page faults.  A hint only: nothing changes where it is
 * not taken.  A 2 MiB page is taken whole at its first write, so the
 * part of a slab that stays unwritten may cost up to that much. */
static void
slab_advise (gpointer p, gsize size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  gsize page = 4096, lo = ((gsize)p + page - 1) & ~(page - 1);
  gsize hi = ((gsize)p + size) & ~(page - 1);
  if (hi > lo)
    madvise ((void *)lo, hi - lo, MADV_HUGEPAGE);
#else
  (void)p;
  (void)size;
#endif
}

/* Returns @bytes (a multiple of 8 after rounding up) of a slab for an
 * article's arrays and sets *@slab to its index in @slabs; @sc fills one
 * slab at a time. */
static gpointer
slab_alloc (Slabs *slabs, ScanScratch *sc, gsize bytes, guint *slab)
{
  gpointer p;

  bytes = (bytes + 7) & ~(gsize)7;
  if (!sc->slab || sc->slab_size - sc->slab_used < bytes)
    {
      gboolean first = !sc->slab;
      sc->slab_size = MAX (first ? FIRST_SLAB_BYTES : SLAB_BYTES, bytes);
      sc->slab = g_malloc (sc->slab_size);
      if (!first)
        slab_advise (sc->slab, sc->slab_size);
      sc->slab_used = 0;
      g_mutex_lock (&slabs->lock);
      sc->slab_id = slabs->mem->len;
      g_ptr_array_add (slabs->mem, sc->slab);
      g_mutex_unlock (&slabs->lock);
    }
  *slab = sc->slab_id;
  p = sc->slab + sc->slab_used;
  sc->slab_used += bytes;
  return p;
}

static void
scan_scratch_clear (ScanScratch *s)
{
  fd_tokens_clear (&s->toks);
  g_free (s->sh);
  g_free (s->suf);
}

/* Pass 1 for article @d: its winnowed fingerprints go to @fps (see
 * winnow for @bits), its
 * sentence fingerprints to @sents.  Touches nothing shared but bd->info[d]
 * and the article itself, so articles can be scanned on several threads. */
static void
scan_doc (FdDedupBuild *bd, guint d, guint bits, Slabs *slabs, ScanScratch *sc,
          GArray *fps, GArray *sents)
{
  FdDoc *doc = bd->docs->pdata[d];
  FdDedupDocInfo *in = &bd->info[d];
  FdTokens *toks = &sc->toks;
  guint k = bd->opts->shingle_size, t = 0, n_rec = sents->len;
  Rec *rec;

  if (!doc->sents)
    fd_split_doc (doc);
  fd_tokens_scan (toks, doc->text, doc->len);
  if (sc->sh_cap < toks->n + 1)
    {
      sc->sh_cap = MAX (toks->n + 1, 2 * sc->sh_cap);
      sc->sh = g_renew (guint64, sc->sh, sc->sh_cap);
      sc->suf = g_renew (guint, sc->suf, sc->sh_cap);
    }
  in->n_tok = toks->n;
  in->n_sh = fd_shingle_all (toks, k, sc->sh);
  in->n_sents = doc->n_sents;
  in->wide = fd_dedup_tok_wide (toks);
  fd_dedup_info_layout (
      in, slab_alloc (slabs, sc, fd_dedup_info_bytes (in), &in->slab));
  fd_dedup_token_info (in, toks);
  winnow (sc->sh, in->n_sh, bd->opts->window, d, bits, fps, sc->suf, in->sh);

  /* A record per sentence at most, written in place. */
  g_array_set_size (sents, n_rec + doc->n_sents);
  rec = (Rec *)(gpointer)sents->data;
  for (guint s = 0; s < doc->n_sents; s++)
    {
      guint t0;
      while (t < toks->n && toks->v[t].start < doc->sents[s].start)
        t++;
      t0 = t;
      while (t < toks->n && toks->v[t].start < doc->sents[s].end)
        t++;
      in->sfirst[s] = t0;
      in->scount[s] = t - t0;
      if (t - t0 >= MAX (bd->opts->min_sentence, 1))
        {
          const FdToken *a = &toks->v[t0], *b = &toks->v[t - 1];
          rec[n_rec].key = fd_shingle_hash (toks->norm + a->norm,
                                            b->norm + b->norm_len - a->norm);
          rec[n_rec++].val = (guint64)d << 32 | s;
        }
    }
  g_array_set_size (sents, n_rec);
}

/* Work shared out to threads: tasks 0 .. n_tasks - 1, each run once by
 * whichever worker takes it next.  A task must not depend on which worker
 * runs it (except for that worker's scratch) so that the merged result is
 * the same for every thread count. */
typedef void (*ParFn) (void *ctx, guint task, guint worker);

typedef struct
{
  ParFn fn;
  void *ctx;
  guint n_tasks;
  gint next; /* the next task to take, atomically */
} Par;

typedef struct
{
  Par *par;
  guint worker;
} ParWorker;

static gpointer
par_loop (gpointer data)
{
  ParWorker *w = data;

  for (;;)
    {
      guint t = (guint)g_atomic_int_add (&w->par->next, 1);
      if (t >= w->par->n_tasks)
        break;
      w->par->fn (w->par->ctx, t, w->worker);
    }
  return NULL;
}

/* Runs @n_tasks tasks of @fn on @workers workers (the calling thread is
 * worker 0); returns when every task is done. */
static void
par_run (guint workers, guint n_tasks, ParFn fn, void *ctx)
{
  Par par = { fn, ctx, n_tasks, 0 };
  g_autofree ParWorker *w = g_new (ParWorker, MAX (workers, 1));
  g_autofree GThread **th = g_new0 (GThread *, MAX (workers, 1));

  for (guint i = 0; i < workers; i++)
    w[i].par = &par, w[i].worker = i;
  for (guint i = 1; i < workers; i++)
    th[i] = g_thread_new ("fd-dedup", par_loop, &w[i]);
  par_loop (&w[0]);
  for (guint i = 1; i < workers; i++)
    g_thread_join (th[i]);
}

/* Tasks for @n items on @workers workers: one when alone, else enough
 * small ones that a slow task does not leave a worker idle. */
static guint
par_chunk (gsize n, guint workers, guint min_chunk)
{
  if (workers <= 1)
    return (guint)MAX (n, 1);
  return (guint)MAX (min_chunk, n / (workers * 16) + 1);
}

/* Returns the elements of @parts[0 .. n) (arrays of @esize elements) in
 * one array, in order (transfer full), freeing each part as soon as it is
 * copied; a single part is returned as it is. */
static GArray *
concat_arrays (GArray **parts, guint n, guint esize)
{
  GArray *all;
  gsize at = 0, total = 0;

  if (n == 1)
    {
      all = parts[0];
      parts[0] = NULL;
      return all;
    }
  for (guint i = 0; i < n; i++)
    total += parts[i]->len;
  g_assert (total <= G_MAXUINT);
  all = g_array_sized_new (FALSE, FALSE, esize, (guint)total);
  g_array_set_size (all, (guint)total);
  for (guint i = 0; i < n; i++)
    {
      if (parts[i]->len)
        memcpy (all->data + at * esize, parts[i]->data,
                (gsize)parts[i]->len * esize);
      at += parts[i]->len;
      g_array_unref (parts[i]);
      parts[i] = NULL;
    }
  return all;
}

/* ScanJob.bits for @n_docs articles: at most 32, so that the low 32 bits
 * of a fingerprint, which pass 3 reads, are in every record. */
static guint
fps_bits (guint n_docs)
{
  return g_bit_storage (MAX (n_docs, 1));
}

typedef struct
{
  FdDedupBuild *bd;
  Slabs *slabs;
  ScanScratch *scratch; /* one per worker */
  GArray **fps;         /* one per task */
  GArray **sents;
  guint chunk;
  /* Bits of an article number.  A fingerprint record is 8 bytes: the
   * fingerprint's low 64 - bits bits above the article number, so that
   * sorting the records sorts by fingerprint and then by article.  Two
   * fingerprints that differ only in their top bits (rarer still than
   * the 32-bit coincidences that pass 3 already tolerates) merely propose
   * a pair that alignment then finds nothing in. */
  guint bits;
} ScanJob;

static void
scan_task (void *data, guint task, guint worker)
{
  ScanJob *j = data;
  guint lo = task * j->chunk;
  guint hi = MIN (lo + j->chunk, j->bd->docs->len);

  j->fps[task] = g_array_new (FALSE, FALSE, sizeof (guint64));
  j->sents[task] = g_array_new (FALSE, FALSE, sizeof (Rec));
  for (guint d = lo; d < hi; d++)
    scan_doc (j->bd, d, j->bits, j->slabs, &j->scratch[worker], j->fps[task],
              j->sents[task]);
}

/* Pass 1 over every article, on @workers threads: *@fps and *@sents get
 * what scanning the articles in order on one thread would give
 * (transfer full); the articles' arrays go in @slabs. */
static void
scan_all (FdDedupBuild *bd, Slabs *slabs, guint workers, GArray **fps,
          GArray **sents)
{
  guint n = bd->docs->len;
  ScanJob j = { bd,          slabs, NULL,
                NULL,        NULL,  par_chunk (n, workers, 16),
                fps_bits (n) };
  /* At least one task, even an empty one: it makes the arrays. */
  guint n_tasks = n ? (n + j.chunk - 1) / j.chunk : 1;

  j.scratch = g_new0 (ScanScratch, MAX (workers, 1));
  j.fps = g_new0 (GArray *, MAX (n_tasks, 1));
  j.sents = g_new0 (GArray *, MAX (n_tasks, 1));
  par_run (MIN (workers, MAX (n_tasks, 1)), n_tasks, scan_task, &j);
  for (guint i = 0; i < workers; i++)
    scan_scratch_clear (&j.scratch[i]);
  *fps = concat_arrays (j.fps, n_tasks, sizeof (guint64));
  *sents = concat_arrays (j.sents, n_tasks, sizeof (Rec));
  g_free (j.scratch);
  g_free (j.fps);
  g_free (j.sents);
}

/* Candidate pairs as they are proposed, a << bits | b, repeats and all
 * (a pair of copies is proposed by dozens of fingerprints): appending is
 * sequential, where a hash table of the pairs, megabytes at 100k
 * articles, took a cache miss for nearly every proposal. */
typedef struct
{
  guint64 *v;
  gsize n, cap;
  guint bits; /* of an article number */
} PairList;

/* Slots of a pair list before it is first compacted: below that, sorting
 * it again costs more than the room it saves. */
#define PAIR_LIST_COMPACT ((gsize)1 << 20)

/* Sorts the pairs of @p and keeps each once.  A list that has not grown
 * large is sorted with a scratch copy, in half the time. */
static void
pair_list_unique (PairList *p)
{
  gsize m = 0;

  if (p->cap < PAIR_LIST_COMPACT)
    radix_sort_elems (p->v, p->n, sizeof *p->v, 0, 2 * p->bits);
  else
    sort_u64_inplace (p->v, p->n, 2 * p->bits);
  for (gsize x = 0; x < p->n; x++)
    if (m == 0 || p->v[x] != p->v[m - 1])
      p->v[m++] = p->v[x];
  p->n = m;
}

/* Makes room in @p.  Once it is large, its pairs are first sorted and
 * each kept once, and it grows only when that leaves it a quarter full
 * or more (so that it is sorted again only after it has taken three
 * times as many): the repeats (90% of the proposals, 34 MB at 100k
 * articles) never pile up. */
static void
pair_list_compact (PairList *p)
{
  if (p->cap >= PAIR_LIST_COMPACT)
    pair_list_unique (p);
  if (4 * p->n >= p->cap)
    {
      p->cap = MAX (4096, 2 * p->cap);
      p->v = g_renew (guint64, p->v, p->cap);
    }
}

static inline void
pair_list_add (PairList *p, guint a, guint b)
{
  if (G_UNLIKELY (p->n == p->cap))
    pair_list_compact (p);
  p->v[p->n++] = (guint64)a << p->bits | b;
}

/* Returns the pairs of @p, sorted and each once, as a << 32 | b (transfer
 * full); empties @p. */
static GArray *
pair_list_finish (PairList *p)
{
  GArray *keys;
  guint64 *v;
  gsize m;

  pair_list_unique (p);
  v = p->v;
  m = p->n;
  g_assert (m <= G_MAXUINT);
  for (gsize x = 0; x < m; x++)
    v[x] = (v[x] >> p->bits) << 32
           | (v[x] & ((G_GUINT64_CONSTANT (1) << p->bits) - 1));
  keys = g_array_sized_new (FALSE, FALSE, sizeof (guint64), (guint)m);
  g_array_append_vals (keys, v, (guint)m);
  g_free (p->v);
  p->v = NULL;
  p->n = p->cap = 0;
  return keys;
}

static int
cmp_guint (const void *x, const void *y)
{
  guint a = *(const guint *)x, b = *(const guint *)y;
  return a < b ? -1 : a > b;
}

/* Pass 2 over one group of articles sharing fingerprint @h (at least its
 * low 32 bits, which the boilerplate table keys on): boilerplate and
 * candidate pairs. */
static void
propose (FdDedupBuild *bd, guint64 h, guint *docs, guint n, PairList *pairs,
         GArray *boiler_members, guint *outl)
{
  guint B = MAX (bd->opts->boilerplate_docs, 2), m = 0;

  if (n >= B)
    {
      for (guint x = 0; x < n; x++)
        outl[x] = bd->outlet[docs[x]];
      fd_qsort (outl, n, sizeof *outl, cmp_guint);
      for (guint x = 0; x < n;)
        {
          guint y = x;
          while (y < n && outl[y] == outl[x])
            y++;
          if (y - x >= B)
            {
              guint o = outl[x];
              fd_table_insert (bd->boiler, (guint64)o << 32 | (guint32)h, 1,
                               NULL);
              for (guint z = 0; z < n; z++)
                if (docs[z] != FD_NONE && bd->outlet[docs[z]] == o)
                  {
                    guint64 key = (guint64)o << 32 | docs[z];
                    g_array_append_val (boiler_members, key);
                    docs[z] = FD_NONE;
                  }
            }
          x = y;
        }
      for (guint x = 0; x < n; x++)
        if (docs[x] != FD_NONE)
          docs[m++] = docs[x];
      n = m;
    }
  if (n < 2 || n > bd->opts->max_df)
    return;
  for (guint x = 0; x < n; x++)
    for (guint y = x + 1; y < n; y++)
      pair_list_add (pairs, docs[x], docs[y]);
}

static int
cmp_u64 (const void *x, const void *y)
{
  guint64 a = *(const guint64 *)x, b = *(const guint64 *)y;
  return a < b ? -1 : a > b;
}

/* Sets the spans of @members (n of them, doc and sent set) and ORs the
 * class of each member's sentence into its group (@group_of).  The
 * members are visited article by article: in hash order every member
 * was three cache misses away (article, sentences, sentence), which at
 * 100k articles was most of this pass.  A table over all the sentences
 * of the collection, in order, says which member each is, if any: 4
 * bytes a sentence, where sorting the members took 32 bytes a member. */
static void
member_spans (FdDedupBuild *bd, FdDedupSpan *members, guint n,
              const guint *group_of, FdDedupGroup *groups)
{
  guint n_docs = bd->docs->len;
  g_autofree gsize *first = g_new (gsize, n_docs + 1);
  g_autofree guint *member = NULL;

  first[0] = 0;
  for (guint d = 0; d < n_docs; d++)
    first[d + 1] = first[d] + bd->info[d].n_sents;
  member = g_new (guint, MAX (first[n_docs], 1));
  memset (member, 0xff, first[n_docs] * sizeof *member);
  for (guint i = 0; i < n; i++)
    member[first[members[i].doc] + members[i].sent] = i;
  for (guint d = 0; d < n_docs; d++)
    for (gsize g = first[d]; g < first[d + 1]; g++)
      if (member[g] != FD_NONE)
        {
          FdDedupSpan *m = &members[member[g]];
          const FdDoc *doc = bd->docs->pdata[d];
          const FdSentence *st = &doc->sents[m->sent];
          m->start = st->start;
          m->end = st->end;
          groups[group_of[member[g]]].classes |= 1u << st->cls;
        }
}

/* Puts @groups (n) in the order of their first members (article, then
 * sentence: no two groups share one), as cmp_group would. */
static void
sort_groups (FdDedupGroup *groups, guint n, const FdDedupSpan *members)
{
  Rec *ord = g_new (Rec, MAX (n, 1));
  FdDedupGroup *tmp = g_new (FdDedupGroup, MAX (n, 1));

  for (guint g = 0; g < n; g++)
    {
      const FdDedupSpan *m = &members[groups[g].first];
      ord[g].key = (guint64)m->doc << 32 | m->sent;
      ord[g].val = g;
    }
  radix_sort (ord, n);
  for (guint g = 0; g < n; g++)
    tmp[g] = groups[ord[g].val];
  if (n)
    memcpy (groups, tmp, n * sizeof *groups);
  g_free (tmp);
  g_free (ord);
}

/* The exact duplicate groups of @dd and their members, from the sentence
 * fingerprints @sents (freed here). */
static void
exact_groups (FdDedup *dd, FdDedupBuild *bd, GArray *sents)
{
  Rec *v = (Rec *)sents->data;
  guint n_groups = 0, n_members = 0;
  FdDedupGroup *groups;
  FdDedupSpan *members;
  guint *group_of;

  radix_sort_hashes (v, sents->len);
  /* Counted first, so that the arrays are made once, to size, and
   * written in place. */
  for (guint x = 0; x < sents->len;)
    {
      guint y = x + 1;
      while (y < sents->len && v[y].key == v[x].key)
        y++;
      if (y - x >= 2)
        n_groups++, n_members += y - x;
      x = y;
    }
  groups = g_new (FdDedupGroup, MAX (n_groups, 1));
  members = g_new (FdDedupSpan, MAX (n_members, 1));
  group_of = g_new (guint, MAX (n_members, 1));
  n_groups = n_members = 0;
  for (guint x = 0; x < sents->len;)
    {
      guint y = x, n_docs = 1;
      gboolean one_outlet = TRUE;
      FdDedupGroup g = { 0 };

      while (y < sents->len && v[y].key == v[x].key)
        y++;
      if (y - x < 2)
        {
          x = y;
          continue;
        }
      g.hash = v[x].key;
      g.first = n_members;
      g.n = y - x;
      for (guint z = x; z < y; z++)
        {
          guint d = (guint)(v[z].val >> 32), s = (guint)v[z].val;
          members[n_members] = (FdDedupSpan){ d, s, 0, 0 };
          group_of[n_members++] = n_groups;
          if (z > x && d != (guint)(v[z - 1].val >> 32))
            n_docs++;
          if (bd->outlet[d] != bd->outlet[v[x].val >> 32])
            one_outlet = FALSE;
        }
      g.kind = n_docs == 1                            ? FD_DEDUP_WITHIN
               : !one_outlet                          ? FD_DEDUP_CROSS_OUTLET
               : n_docs >= bd->opts->boilerplate_docs ? FD_DEDUP_BOILERPLATE
                                                      : FD_DEDUP_SAME_OUTLET;
      groups[n_groups++] = g;
      x = y;
    }
  /* What member_spans does not need goes before it allocates. */
  g_array_unref (sents);
  member_spans (bd, members, n_members, group_of, groups);
  g_free (group_of);
  dd->n_groups = n_groups;
  dd->groups = groups;
  dd->n_members = n_members;
  dd->members = members;
}

static int
cmp_spans (const FdDedupSpan *a1, const FdDedupSpan *b1, const FdDedupSpan *a2,
           const FdDedupSpan *b2)
{
  if (a1->doc != a2->doc)
    return a1->doc < a2->doc ? -1 : 1;
  if (b1->doc != b2->doc)
    return b1->doc < b2->doc ? -1 : 1;
  if (a1->start != a2->start)
    return a1->start < a2->start ? -1 : 1;
  if (b1->start != b2->start)
    return b1->start < b2->start ? -1 : 1;
  if (a1->end != a2->end)
    return a1->end < a2->end ? -1 : 1;
  return b1->end < b2->end ? -1 : b1->end > b2->end;
}

static int
cmp_passage (const void *x, const void *y)
{
  const FdDedupPassage *p = x, *q = y;
  return cmp_spans (&p->a, &p->b, &q->a, &q->b);
}

static int
cmp_near (const void *x, const void *y)
{
  const FdDedupNear *p = x, *q = y;
  return cmp_spans (&p->a, &p->b, &q->a, &q->b);
}

static guint64
pair_of_passage (const void *x)
{
  const FdDedupPassage *p = x;
  return (guint64)p->a.doc << 32 | p->b.doc;
}

static guint64
pair_of_near (const void *x)
{
  const FdDedupNear *p = x;
  return (guint64)p->a.doc << 32 | p->b.doc;
}

/* Sorts @arr with @cmp, which orders its elements by their pair of
 * articles (@pair_of) first.  Pass 3 appends them pair by pair in pair
 * order, so each pair's run is sorted on its own (a few elements, where
 * one sort of them all took n log n calls of @cmp); the whole array is
 * sorted when that order does not hold. */
static void
sort_by_pair (GArray *arr, int (*cmp) (const void *, const void *),
              guint64 (*pair_of) (const void *))
{
  guint size = g_array_get_element_size (arr);
  char *v = arr->data;

  for (guint x = 1; x < arr->len; x++)
    if (pair_of (v + (gsize)x * size) < pair_of (v + (gsize)(x - 1) * size))
      {
        fd_qsort (v, arr->len, size, cmp);
        return;
      }
  for (guint x = 0; x < arr->len;)
    {
      guint64 p = pair_of (v + (gsize)x * size);
      guint y = x + 1;
      while (y < arr->len && pair_of (v + (gsize)y * size) == p)
        y++;
      fd_qsort (v + (gsize)x * size, y - x, size, cmp);
      x = y;
    }
}

static guint
uf_find (guint *parent, guint x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
}

static void
stories (FdDedup *dd)
{
  guint n = dd->docs->len;
  g_autofree guint *parent = g_new (guint, n);
  g_autofree guint *id = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    parent[i] = i, id[i] = FD_NONE;
  for (guint p = 0; p < dd->n_pairs; p++)
    {
      const FdDedupPair *pr = &dd->pairs[p];
      if (MAX (pr->containment_a, pr->containment_b)
          >= dd->opts.story_threshold)
        {
          guint ra = uf_find (parent, pr->a), rb = uf_find (parent, pr->b);
          if (ra != rb)
            parent[MAX (ra, rb)] = MIN (ra, rb);
        }
    }
  dd->story = g_new (guint, MAX (n, 1));
  dd->n_stories = 0;
  for (guint i = 0; i < n; i++)
    {
      guint r = uf_find (parent, i);
      if (id[r] == FD_NONE)
        id[r] = dd->n_stories++;
      dd->story[i] = id[r];
    }
}

/* Pass 3 gives each slab back once every task that reads one of its
 * articles is done.  Tasks are taken in order but end in any order, so a
 * slab goes when all tasks up to its last one are done: with a few
 * workers that is at most a few tasks later. */
typedef struct
{
  Slabs *slabs;
  guint *last;  /* per slab, 1 + the last task that reads it, 0 for none */
  guint *order; /* slabs by last */
  guint next;   /* first of order not yet freed */
  guint8 *done; /* per task */
  guint n_done; /* tasks 0 .. n_done - 1 are all done */
  guint n_tasks;
  GMutex lock;
} Release;

/* Sets up @r for the pairs @keys (n, sorted) in tasks of @chunk pairs and
 * frees the slabs that no pair reads. */
static void
release_init (Release *r, Slabs *slabs, const FdDedupBuild *bd,
              const guint64 *keys, guint n, guint chunk, guint n_tasks)
{
  guint n_slabs = slabs->mem->len;
  g_autofree guint *doc_last = g_new0 (guint, MAX (bd->docs->len, 1));

  r->slabs = slabs;
  r->last = g_new0 (guint, MAX (n_slabs, 1));
  r->order = g_new (guint, MAX (n_slabs, 1));
  r->done = g_new0 (guint8, MAX (n_tasks, 1));
  r->next = r->n_done = 0;
  r->n_tasks = n_tasks;
  g_mutex_init (&r->lock);
  for (guint x = 0; x < n; x++)
    doc_last[keys[x] >> 32] = doc_last[(guint32)keys[x]] = x / chunk + 1;
  for (guint d = 0; d < bd->docs->len; d++)
    {
      guint *l = &r->last[bd->info[d].slab];
      *l = MAX (*l, doc_last[d]);
    }
  /* A few dozen slabs: insertion sort. */
  for (guint s = 0; s < n_slabs; s++)
    {
      guint i = s;
      for (; i > 0 && r->last[r->order[i - 1]] > r->last[s]; i--)
        r->order[i] = r->order[i - 1];
      r->order[i] = s;
    }
  while (r->next < n_slabs && r->last[r->order[r->next]] == 0)
    g_clear_pointer (&slabs->mem->pdata[r->order[r->next++]], g_free);
}

/* Records that @task is done and frees the slabs no task left needs. */
static void
release_task_done (Release *r, guint task)
{
  g_mutex_lock (&r->lock);
  r->done[task] = 1;
  while (r->n_done < r->n_tasks && r->done[r->n_done])
    r->n_done++;
  while (r->next < r->slabs->mem->len
         && r->last[r->order[r->next]] <= r->n_done)
    g_clear_pointer (&r->slabs->mem->pdata[r->order[r->next++]], g_free);
  g_mutex_unlock (&r->lock);
}

static void
release_clear (Release *r)
{
  g_free (r->last);
  g_free (r->order);
  g_free (r->done);
  g_mutex_clear (&r->lock);
}

/* What one task of pass 3 appended to its worker's results: elements
 * [start, end) of passages, near, changes and pairs, in that order. */
enum
{
  OUT_PASSAGES,
  OUT_NEAR,
  OUT_CHANGES,
  OUT_PAIRS,
  N_OUT
};

typedef struct
{
  guint worker;
  guint start[N_OUT], end[N_OUT];
} PairOut;

typedef struct
{
  FdDedupBuild *workers; /* one per worker: shared fields, own results
                            and scratch */
  PairOut *out;          /* one per task */
  Release *release;
  const guint64 *keys;
  guint n_keys;
  guint chunk;
} PairJob;

static GArray **
build_out (FdDedupBuild *bd, guint k)
{
  GArray **f[N_OUT] = { &bd->passages, &bd->near, &bd->changes, &bd->pairs };
  return f[k];
}

static void
pair_task (void *data, guint task, guint worker)
{
  PairJob *j = data;
  FdDedupBuild *bd = &j->workers[worker];
  PairOut *o = &j->out[task];
  guint lo = task * j->chunk, hi = MIN (lo + j->chunk, j->n_keys);

  o->worker = worker;
  for (guint k = 0; k < N_OUT; k++)
    o->start[k] = (*build_out (bd, k))->len;
  for (guint x = lo; x < hi; x++)
    fd_passage_pair (bd, (guint)(j->keys[x] >> 32), (guint)j->keys[x]);
  for (guint k = 0; k < N_OUT; k++)
    o->end[k] = (*build_out (bd, k))->len;
  release_task_done (j->release, task);
}

/* Puts the results of the tasks of @j (n_tasks), spread over the arrays
 * of its workers, in task order into @bd's; changes are referred to by
 * index, so each task's passages and near pairs are shifted by where its
 * changes land. */
static void
merge_outs (FdDedupBuild *bd, PairJob *j, guint workers, guint n_tasks)
{
  for (guint k = 0; k < N_OUT; k++)
    {
      GArray *w0 = *build_out (&j->workers[0], k);
      guint size = g_array_get_element_size (w0), total = 0, at = 0;
      GArray *all;

      for (guint w = 0; w < workers; w++)
        total += (*build_out (&j->workers[w], k))->len;
      all = g_array_sized_new (FALSE, FALSE, size, total);
      g_array_set_size (all, total);
      for (guint t = 0; t < n_tasks; t++)
        {
          const PairOut *o = &j->out[t];
          GArray *src = *build_out (&j->workers[o->worker], k);
          guint len = o->end[k] - o->start[k];
          if (len)
            memcpy (all->data + (gsize)at * size,
                    src->data + (gsize)o->start[k] * size, (gsize)len * size);
          at += len;
        }
      *build_out (bd, k) = all;
      /* Before the next kind is copied: one kind's copy at a time. */
      for (guint w = 0; w < workers; w++)
        g_array_unref (*build_out (&j->workers[w], k));
    }
  for (guint t = 0, base = 0, at_p = 0, at_n = 0; t < n_tasks; t++)
    {
      const PairOut *o = &j->out[t];
      guint shift = base - o->start[OUT_CHANGES];
      for (guint x = 0; x < o->end[OUT_PASSAGES] - o->start[OUT_PASSAGES]; x++)
        g_array_index (bd->passages, FdDedupPassage, at_p++).first_change
            += shift;
      for (guint x = 0; x < o->end[OUT_NEAR] - o->start[OUT_NEAR]; x++)
        g_array_index (bd->near, FdDedupNear, at_n++).first_change += shift;
      base += o->end[OUT_CHANGES] - o->start[OUT_CHANGES];
    }
}

/* Pass 3: aligns the pairs of @keys (sorted) on @workers threads, freeing
 * the slabs of @slabs as they are done with, and sets the result arrays
 * of @bd to what aligning them in order on one thread would give. */
static void
align_all (FdDedupBuild *bd, Slabs *slabs, guint workers, const guint64 *keys,
           guint n)
{
  /* Tasks as for two workers at least, so that slabs go on one too. */
  PairJob j
      = { NULL, NULL, NULL, keys, n, par_chunk (n, MAX (workers, 2), 8) };
  guint n_tasks = n ? (n + j.chunk - 1) / j.chunk : 1;
  Release r;

  workers = MIN (workers, MAX (n_tasks, 1));
  release_init (&r, slabs, bd, keys, n, j.chunk, n_tasks);
  j.release = &r;
  j.workers = g_new0 (FdDedupBuild, workers);
  j.out = g_new0 (PairOut, MAX (n_tasks, 1));
  for (guint w = 0; w < workers; w++)
    {
      FdDedupBuild *wb = &j.workers[w];
      wb->opts = bd->opts;
      wb->docs = bd->docs;
      wb->info = bd->info;
      wb->boiler = bd->boiler;
      wb->index_doc = FD_NONE;
      wb->passages = g_array_new (FALSE, FALSE, sizeof (FdDedupPassage));
      wb->near = g_array_new (FALSE, FALSE, sizeof (FdDedupNear));
      wb->changes = g_array_new (FALSE, FALSE, sizeof (FdDedupChange));
      wb->pairs = g_array_new (FALSE, FALSE, sizeof (FdDedupPair));
    }
  par_run (workers, n_tasks, pair_task, &j);
  for (guint w = 0; w < workers; w++)
    fd_passage_scratch_free (&j.workers[w]);
  /* One worker did every task in order: its results are the result. */
  if (workers == 1)
    for (guint k = 0; k < N_OUT; k++)
      *build_out (bd, k) = *build_out (&j.workers[0], k);
  else
    merge_outs (bd, &j, workers, n_tasks);
  release_clear (&r);
  g_free (j.workers);
  g_free (j.out);
}

/* Pass 2 over the winnowed fingerprints @fps (see winnow; freed here):
 * the outlets' boilerplate into bd->boiler, and the candidate pairs, sorted,
 * each once, a << 32 | b (transfer full). */
static GArray *
candidate_pairs (FdDedupBuild *bd, GArray *fps)
{
  g_autoptr (GArray) bmem = g_array_new (FALSE, FALSE, sizeof (guint64));
  PairList pairs = { NULL, 0, 0, g_bit_storage (MAX (bd->docs->len, 1)) };
  g_autofree guint *group = NULL;
  g_autofree guint *outl = NULL;
  gsize group_cap = 0;
  guint bits = fps_bits (bd->docs->len);
  guint64 mask = (G_GUINT64_CONSTANT (1) << bits) - 1;

  sort_u64_inplace ((guint64 *)(gpointer)fps->data, fps->len, 64);
  for (guint x = 0; x < fps->len;)
    {
      const guint64 *v = (const guint64 *)(gpointer)fps->data;
      guint y = x, n = 0;
      while (y < fps->len && v[y] >> bits == v[x] >> bits)
        y++;
      if (y - x >= 2)
        {
          if (group_cap < y - x)
            {
              group_cap = MAX (y - x, 2 * group_cap);
              group = g_renew (guint, group, group_cap);
              outl = g_renew (guint, outl, group_cap);
            }
          for (guint z = x; z < y; z++)
            if (n == 0 || group[n - 1] != (guint)(v[z] & mask))
              group[n++] = (guint)(v[z] & mask);
          propose (bd, v[x] >> bits, group, n, &pairs, bmem, outl);
        }
      x = y;
    }
  /* What pass 3 does not need goes before it allocates its results. */
  g_array_unref (fps);

  /* Boilerplate: each article that has it against the outlet's first. */
  fd_qsort (bmem->data, bmem->len, sizeof (guint64), cmp_u64);
  for (guint x = 0; x < bmem->len;)
    {
      guint64 *v = (guint64 *)bmem->data;
      guint y = x, rep = (guint)v[x];
      while (y < bmem->len && v[y] >> 32 == v[x] >> 32)
        {
          guint m = (guint)v[y];
          if (m != rep && (y == x || v[y] != v[y - 1]))
            pair_list_add (&pairs, rep, m);
          y++;
        }
      x = y;
    }
  return pair_list_finish (&pairs);
}

typedef struct
{
  FdDedup *dd;
  FdDedupBuild *bd;
  GArray *fps, *sents;
  GArray *keys;
} Pass2Job;

static void
pass2_task (void *data, guint task, guint worker)
{
  Pass2Job *j = data;

  if (task == 0)
    j->keys = candidate_pairs (j->bd, j->fps);
  else
    {
      exact_groups (j->dd, j->bd, j->sents);
      sort_groups (j->dd->groups, j->dd->n_groups, j->dd->members);
    }
}

/* Pass 2: the candidate pairs from @fps (*@keys, transfer full) and the
 * exact duplicate groups from @sents, side by side on two workers when
 * there are two (they share nothing they write).  Frees @fps and @sents. */
static void
pass2 (FdDedup *dd, FdDedupBuild *bd, guint workers, GArray *fps,
       GArray *sents, GArray **keys)
{
  Pass2Job j = { dd, bd, fps, sents, NULL };

  par_run (MIN (workers, 2), 2, pass2_task, &j);
  *keys = j.keys;
}

FdDedup *
fd_dedup_run (GPtrArray *docs, const FdDedupOptions *opts)
{
  FdDedup *dd = g_new0 (FdDedup, 1);
  FdDedupBuild bd = { 0 };
  guint workers;
  g_autoptr (GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *fps = NULL, *sents = NULL;
  g_autoptr (GArray) keys = NULL;
  Slabs slabs = { 0 };

  if (opts)
    dd->opts = *opts;
  else
    fd_dedup_options_init (&dd->opts);
  dd->opts.shingle_size = MAX (dd->opts.shingle_size, 1);
  dd->opts.window = MAX (dd->opts.window, 1);
  workers = CLAMP (dd->opts.threads, 1, 256);
  dd->docs = g_ptr_array_ref (docs);
  bd.opts = &dd->opts;
  bd.docs = docs;
  bd.info = g_new0 (FdDedupDocInfo, MAX (docs->len, 1));
  bd.outlet = g_new (guint, MAX (docs->len, 1));
  bd.boiler = fd_table_new (64);
  bd.index_doc = FD_NONE;

  /* Pass 1. */
  for (guint d = 0; d < docs->len; d++)
    {
      const FdDoc *doc = docs->pdata[d];
      gpointer o;
      if (!g_hash_table_lookup_extended (outlets, doc->outlet, NULL, &o))
        {
          o = GUINT_TO_POINTER (g_hash_table_size (outlets));
          g_hash_table_insert (outlets, doc->outlet, o);
        }
      bd.info[d].outlet = bd.outlet[d] = GPOINTER_TO_UINT (o);
    }
  slabs.mem = g_ptr_array_new_with_free_func (g_free);
  g_mutex_init (&slabs.lock);
  scan_all (&bd, &slabs, workers, &fps, &sents);

  pass2 (dd, &bd, workers, fps, sents, &keys);
  fps = sents = NULL;

  /* Pass 3. */
  align_all (&bd, &slabs, workers, (const guint64 *)(gpointer)keys->data,
             keys->len);

  sort_by_pair (bd.passages, cmp_passage, pair_of_passage);
  sort_by_pair (bd.near, cmp_near, pair_of_near);
  /* One sentence pair can sit in two passages: keep it once. */
  {
    guint m = 0;
    FdDedupNear *v = (FdDedupNear *)bd.near->data;
    for (guint x = 0; x < bd.near->len; x++)
      if (m == 0 || v[m - 1].a.doc != v[x].a.doc
          || v[m - 1].b.doc != v[x].b.doc || v[m - 1].a.sent != v[x].a.sent
          || v[m - 1].b.sent != v[x].b.sent)
        v[m++] = v[x];
    g_array_set_size (bd.near, m);
  }
  dd->n_passages = bd.passages->len;
  dd->passages = (FdDedupPassage *)g_array_free (bd.passages, FALSE);
  dd->n_near = bd.near->len;
  dd->near = (FdDedupNear *)g_array_free (bd.near, FALSE);
  dd->n_changes = bd.changes->len;
  dd->changes = (FdDedupChange *)g_array_free (bd.changes, FALSE);
  dd->n_pairs = bd.pairs->len;
  dd->pairs = (FdDedupPair *)g_array_free (bd.pairs, FALSE);
  stories (dd);

  fd_passage_scratch_free (&bd);
  fd_table_free (bd.boiler);
  g_free (bd.outlet);
  g_ptr_array_unref (slabs.mem);
  g_mutex_clear (&slabs.lock);
  g_free (bd.info);
  return dd;
}

void
fd_dedup_free (FdDedup *d)
{
  if (!d)
    return;
  if (d->docs)
    g_ptr_array_unref (d->docs);
  g_free (d->groups);
  g_free (d->members);
  g_free (d->passages);
  g_free (d->near);
  g_free (d->changes);
  g_free (d->pairs);
  g_free (d->story);
  g_free (d);
}
