/* passage.c - aligning two articles: from shared shingles to reused
 * passages, near-duplicate sentences and what changed in them.
 *
 * Every shingle of article b is looked up in a flat table of article a's
 * shingles.  Matches on one diagonal (same offset between the articles)
 * with consecutive positions form runs; runs are chained into a passage
 * while both gaps stay within max_gap tokens, so one changed word (which
 * breaks k shingles but only one token) does not cut a passage in two.
 * The ends are then stretched token by token across up to two single-token
 * edits that the next two tokens confirm: that is what finds "(Courtesy of
 * AP via Yonhap)" against "(Courtesy of AFP via Yonhap)", where too few
 * tokens are left for a shingle.  The gaps between runs are the changes. */
#include "core/sort.h"
#include "core/ascii8.h"
#include "dedup/dedup-private.h"
#include "shingle/token.h"

#include <stdlib.h>
#include <string.h>

typedef struct
{
  guint32 a0, a1, b0, b1; /* aligned token ranges of equal length */
  guint32 p;              /* passage it joined */
} Run;

typedef struct
{
  guint32 a0, a1, b0, b1;
} Pas;

/* A sentence pair that a passage aligns tokens of, and its pieces. */
typedef struct
{
  guint sa, sb, count;
  guint first, last; /* its first and last piece in bd->pieces */
} Cell;

/* Aligned tokens of one run that lie in one sentence of each article:
 * a0 .. a0 + n in a against b0 .. b0 + n in b.  A run meets each
 * sentence pair in at most one piece, as both its sides only move on. */
typedef struct
{
  guint32 a0, b0, n;
  guint32 next; /* the cell's next piece, FD_NONE after its last */
} Piece;

/* Maximal number of earlier positions followed for one shingle: text that
 * repeats a phrase many times must not make the pair quadratic. */
#define MAX_CHAIN 8
/* How many recent passages a run may join. */
#define MAX_OPEN 32
/* Edits the ends of a passage may be stretched across. */
#define MAX_EDGE_EDITS 2

static int
cmp_run (const void *x, const void *y)
{
  const Run *r = x, *s = y;

  if (r->a0 != s->a0)
    return r->a0 < s->a0 ? -1 : 1;
  return r->b0 < s->b0 ? -1 : r->b0 > s->b0;
}

static int
cmp_run_by_pas (const void *x, const void *y)
{
  const Run *r = x, *s = y;

  if (r->p != s->p)
    return r->p < s->p ? -1 : 1;
  return cmp_run (x, y);
}

/* Sorts the @n runs at @v with @cmp, under which no two are equal (a
 * run's start is its own): any sort gives the same order.  A pair has a
 * few runs as a rule, which insertion sorts without qsort's calls. */
static void
sort_runs (Run *v, guint n, int (*cmp) (const void *, const void *))
{
  if (n > 32)
    {
      fd_qsort (v, n, sizeof *v, cmp);
      return;
    }
  for (guint i = 1; i < n; i++)
    {
      Run r = v[i];
      guint j = i;
      for (; j > 0 && cmp (&v[j - 1], &r) > 0; j--)
        v[j] = v[j - 1];
      v[j] = r;
    }
}

static FdDoc *
doc_of (FdDedupBuild *bd, guint d)
{
  return bd->docs->pdata[d];
}

/* Normalised form and flags of token @t of article @d. */
static void
token_of (FdDedupBuild *bd, guint d, guint t, FdToken *tok, char *norm,
          gsize size)
{
  const FdDoc *doc = doc_of (bd, d);
  gboolean ok = fd_token_next (
      doc->text, doc->len, fd_dedup_tok (&bd->info[d], t), tok, norm, size);
  g_assert (ok);
}

/* Bytes of a token that token_end and token_fact_at read without the
 * scanner: far fewer than it takes the scanner to cut a word, which it
 * may do after a joiner. */
#define SHORT_TOKEN 256

/* An ASCII letter or digit. */
static inline gboolean
ascii_word (guchar c)
{
  return (guint)(c - '0') < 10 || (guint)((c | 0x20) - 'a') < 26;
}

/* Byte end of token @t of article @d.  A token's last byte is a letter or
 * a digit (the scanner keeps a joiner such as '.' or '\'' only before
 * another word byte) and what lies between it and the next token is
 * separators: when those are ASCII, the end is found by stepping back
 * over them from the next token's start (or the end of the text).  A
 * token that ends in a byte >= 0x80, or is long enough that the scanner
 * may have cut it after a joiner, is scanned again. */
static gsize
token_end (FdDedupBuild *bd, guint d, guint t)
{
  const FdDedupDocInfo *in = &bd->info[d];
  const FdDoc *doc = doc_of (bd, d);
  const guchar *text = (const guchar *)doc->text;
  gsize start = fd_dedup_tok (in, t);
  gsize p = t + 1 < in->n_tok ? fd_dedup_tok (in, t + 1) : doc->len;
  FdToken tok;

  while (p > start + 1 && text[p - 1] < 0x80 && !ascii_word (text[p - 1]))
    p--;
  if (G_LIKELY (text[p - 1] < 0x80 && p - start < SHORT_TOKEN))
    return p;
  if (!fd_token_next (doc->text, doc->len, start, &tok, NULL, 0))
    g_assert_not_reached ();
  return tok.end;
}

/* Whether the @n bytes at @p are ASCII letters and digits alone, whose
 * normalised form is the same bytes in lower case. */
static gboolean
plain_token (const char *p, gsize n)
{
  return fd_ascii_word_run (p, p + n, FALSE) == n;
}

/* Whether tokens @i of @a and @j of @b read the same in their first
 * FD_DEDUP_TOKEN_CMP normalised bytes.  Decided on the text where it
 * can be: a token's normalised form starts with its first byte in lower
 * case when that byte is ASCII; the same bytes make the same normalised
 * form (every byte inside a token is folded the same way wherever the
 * token stands); and a token of ASCII letters and digits reads as its
 * bytes in lower case.  Other tokens are scanned again and compared
 * normalised. */
static gboolean
tok_eq (FdDedupBuild *bd, guint a, gint64 i, guint b, gint64 j)
{
  const FdDedupDocInfo *ia = &bd->info[a], *ib = &bd->info[b];
  char x[FD_DEDUP_TOKEN_CMP + 1], y[FD_DEDUP_TOKEN_CMP + 1];
  const char *p, *q;
  gsize n, m;
  FdToken t;

  if (i < 0 || j < 0 || i >= ia->n_tok || j >= ib->n_tok)
    return FALSE;
  p = doc_of (bd, a)->text + fd_dedup_tok (ia, (guint)i);
  q = doc_of (bd, b)->text + fd_dedup_tok (ib, (guint)j);
  /* (A letter or digit | 0x20 is its lower case.) */
  if ((guchar)p[0] < 0x80 && (guchar)q[0] < 0x80
      && (p[0] | 0x20) != (q[0] | 0x20))
    return FALSE;
  n = token_end (bd, a, (guint)i) - fd_dedup_tok (ia, (guint)i);
  m = token_end (bd, b, (guint)j) - fd_dedup_tok (ib, (guint)j);
  if (n == m && memcmp (p, q, n) == 0)
    return TRUE;
  if (plain_token (p, n) && plain_token (q, m))
    {
      n = MIN (n, FD_DEDUP_TOKEN_CMP);
      m = MIN (m, FD_DEDUP_TOKEN_CMP);
      return n == m && g_ascii_strncasecmp (p, q, n) == 0;
    }
  token_of (bd, a, (guint)i, &t, x, sizeof x);
  token_of (bd, b, (guint)j, &t, y, sizeof y);
  return strcmp (x, y) == 0;
}

/* TRUE when token @t of article @d is the last (dir 1) or first (dir -1)
 * word of its line: only punctuation and spaces separate it from the line
 * break. */
static gboolean
at_line_edge (FdDedupBuild *bd, guint d, gint64 t, int dir)
{
  const FdDoc *doc = doc_of (bd, d);

  if (dir > 0)
    {
      for (gsize p = token_end (bd, d, (guint)t); p < doc->len; p++)
        if (doc->text[p] == '\n')
          return TRUE;
        else if (g_ascii_isalnum (doc->text[p])
                 || (guchar)doc->text[p] >= 0x80)
          return FALSE;
      return TRUE;
    }
  for (gsize p = fd_dedup_tok (&bd->info[d], (guint)t); p-- > 0;)
    if (doc->text[p] == '\n')
      return TRUE;
    else if (g_ascii_isalnum (doc->text[p]) || (guchar)doc->text[p] >= 0x80)
      return FALSE;
  return TRUE;
}

/* Fills bd->filter for the shingles of @in. */
static void
filter_doc (FdDedupBuild *bd, const FdDedupDocInfo *in)
{
  guint bits = 6;
  gsize words;

  while (bits < 32 && ((gsize)1 << bits) < 16 * (gsize)in->n_sh)
    bits++;
  words = ((gsize)1 << bits) / 64;
  if (bd->fcap < words)
    {
      bd->fcap = words;
      g_free (bd->filter);
      bd->filter = g_new (guint64, words);
    }
  memset (bd->filter, 0, words * sizeof (guint64));
  bd->fshift = 32 - bits;
  for (guint i = 0; i < in->n_sh; i++)
    {
      guint32 b = in->sh[i] >> bd->fshift;
      bd->filter[b >> 6] |= G_GUINT64_CONSTANT (1) << (b & 63);
    }
}

/* A slot of the index: position << 32 | shingle, so that one load
 * answers a probe; all ones when empty, so that one memset empties the
 * index (the position, FD_NONE, is then what a probe that stops there
 * returns, even for the shingle 0xffffffff). */
#define SLOT_EMPTY G_GUINT64_CONSTANT (0xffffffffffffffff)

static void
index_doc (FdDedupBuild *bd, guint a)
{
  const FdDedupDocInfo *in = &bd->info[a];
  guint bits = 4;
  guint64 *slots;

  if (bd->index && bd->index_doc == a)
    return;
  while (((gsize)1 << bits) < 2 * (gsize)in->n_sh)
    bits++;
  if (bd->icap < (gsize)1 << bits)
    {
      bd->icap = (gsize)1 << bits;
      g_free (bd->index);
      bd->index = g_new (guint64, bd->icap);
    }
  slots = bd->index;
  bd->imask = (guint32)(((gsize)1 << bits) - 1);
  /* Every byte 0xff (SLOT_EMPTY): one memset. */
  memset (slots, 0xff, ((gsize)bd->imask + 1) * sizeof *slots);
  if (bd->chain_cap < in->n_sh)
    {
      bd->chain_cap = MAX (in->n_sh, 2 * bd->chain_cap);
      bd->chain = g_renew (guint32, bd->chain, bd->chain_cap);
      bd->multi = g_renew (guint8, bd->multi, bd->chain_cap);
    }
  filter_doc (bd, in);
  for (guint i = 0; i < in->n_sh; i++)
    {
      /* The low fingerprint bits are already a hash. */
      guint32 h = in->sh[i], j = h & bd->imask;
      guint32 e;
      while (slots[j] != SLOT_EMPTY && (guint32)slots[j] != h)
        j = (j + 1) & bd->imask;
      e = (guint32)(slots[j] >> 32);
      bd->chain[i] = e;
      /* Marking the newest earlier position marks every one in turn. */
      bd->multi[i] = e != FD_NONE;
      if (e != FD_NONE)
        bd->multi[e] = 1;
      slots[j] = (guint64)i << 32 | h;
    }
  bd->index_doc = a;
}

/* Whether shingle @h may be in article index_doc (FALSE: it is not). */
static inline gboolean
filter_has (const FdDedupBuild *bd, guint32 h)
{
  guint32 b = h >> bd->fshift;
  return (bd->filter[b >> 6] >> (b & 63)) & 1;
}

/* Last position of shingle @h in article index_doc, or FD_NONE. */
static inline guint32
index_lookup (const FdDedupBuild *bd, guint32 h)
{
  guint32 j = h & bd->imask;

  for (;;)
    {
      guint64 s = bd->index[j];
      if ((guint32)s == h || s == SLOT_EMPTY)
        return (guint32)(s >> 32);
      j = (j + 1) & bd->imask;
    }
}

/* Fact flags of tokens [t0, t1) of article @d. */
static guint facts_of (FdDedupBuild *bd, guint d, guint t0, guint t1);

static void
span_of (FdDedupBuild *bd, guint d, guint t0, guint t1, gsize *start,
         gsize *end)
{
  const FdDedupDocInfo *in = &bd->info[d];

  if (t1 > t0)
    {
      *start = fd_dedup_tok (in, t0);
      *end = token_end (bd, d, t1 - 1);
    }
  else
    {
      /* An empty side sits where the other side's text would go. */
      *start = *end = t0 < in->n_tok ? fd_dedup_tok (in, t0)
                                     : ((FdDoc *)doc_of (bd, d))->len;
    }
}

static void
add_change (FdDedupBuild *bd, guint a, guint a0, guint a1, guint b, guint b0,
            guint b1)
{
  FdDedupChange c;

  /* Padding too: the arrays are compared with memcmp (test-dedup). */
  memset (&c, 0, sizeof c);
  span_of (bd, a, a0, a1, &c.a_start, &c.a_end);
  span_of (bd, b, b0, b1, &c.b_start, &c.b_end);
  c.facts = facts_of (bd, a, a0, a1) | facts_of (bd, b, b0, b1);
  g_array_append_val (bd->changes, c);
}

/* add_change, for a near pair inside the passage whose changes start at
 * bd->changes[@first] with token ranges in bd->chtok: a change of the
 * same token ranges is copied, since add_change would make the same
 * one.  Most near pairs differ from each other by what the passage
 * already found changed.  Looked for by a0, in which the passage's
 * changes are sorted (one that is not found is only made again). */
static void
add_change_again (FdDedupBuild *bd, guint first, guint a, guint a0, guint a1,
                  guint b, guint b0, guint b1)
{
  const Pas *v = (const Pas *)(gpointer)bd->chtok->data;
  guint lo = 0, hi = bd->chtok->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (v[mid].a0 < a0)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (; lo < bd->chtok->len && v[lo].a0 == a0; lo++)
    if (v[lo].a1 == a1 && v[lo].b0 == b0 && v[lo].b1 == b1)
      {
        FdDedupChange c
            = g_array_index (bd->changes, FdDedupChange, first + lo);
        g_array_append_val (bd->changes, c);
        return;
      }
  add_change (bd, a, a0, a1, b, b0, b1);
}

/* Stretches the end (dir 1) or the start (dir -1) of a passage whose runs
 * are in bd->prun, token by token. */
static void
stretch (FdDedupBuild *bd, guint a, guint b, int dir)
{
  GArray *pr = bd->prun;
  int edits = 0;

  for (;;)
    {
      Run *edge = dir > 0 ? &g_array_index (pr, Run, pr->len - 1)
                          : &g_array_index (pr, Run, 0);
      gint64 i = dir > 0 ? edge->a1 : (gint64)edge->a0 - 1;
      gint64 j = dir > 0 ? edge->b1 : (gint64)edge->b0 - 1;
      gint64 di = 0, dj = 0;

      /* One matching word is not enough to grow a passage (every line
       * starts with "the"), unless it ends the line on both sides. */
      if (tok_eq (bd, a, i, b, j)
          && (tok_eq (bd, a, i + dir, b, j + dir)
              || (at_line_edge (bd, a, i, dir)
                  && at_line_edge (bd, b, j, dir))))
        {
          if (dir > 0)
            edge->a1++, edge->b1++;
          else
            edge->a0--, edge->b0--;
          continue;
        }
      if (edits >= MAX_EDGE_EDITS)
        break;
      /* Substitution, insertion in b, deletion from b: each needs two
       * matching tokens beyond the edit. */
      if (tok_eq (bd, a, i + dir, b, j + dir)
          && tok_eq (bd, a, i + 2 * dir, b, j + 2 * dir))
        di = dj = dir;
      else if (tok_eq (bd, a, i, b, j + dir)
               && tok_eq (bd, a, i + dir, b, j + 2 * dir))
        dj = dir;
      else if (tok_eq (bd, a, i + dir, b, j)
               && tok_eq (bd, a, i + 2 * dir, b, j + dir))
        di = dir;
      else
        break;
      edits++;
      {
        Run r = { 0 };
        gint64 si = i + di, sj = j + dj;
        r.p = edge->p;
        if (dir > 0)
          {
            r.a0 = (guint32)si, r.b0 = (guint32)sj;
            r.a1 = r.a0 + 1, r.b1 = r.b0 + 1;
            g_array_append_val (pr, r);
          }
        else
          {
            r.a1 = (guint32)si + 1, r.b1 = (guint32)sj + 1;
            r.a0 = r.a1 - 1, r.b0 = r.b1 - 1;
            g_array_prepend_val (pr, r);
          }
      }
    }
}

/* A shingle may run on past the end of a line into a few words that
 * happen to match ("market. The" against "market. The"): cut such a tail,
 * and such a head, back to the line break when both articles break there.
 */
static void
trim_edges (FdDedupBuild *bd, guint a, guint b)
{
  GArray *pr = bd->prun;
  guint k = bd->opts->shingle_size;
  Run *last = &g_array_index (pr, Run, pr->len - 1);
  Run *first;

  for (guint t = last->a1 - 1; t > last->a0 && t + k > last->a1; t--)
    {
      guint u = last->b0 + (t - last->a0);
      if (at_line_edge (bd, a, t, -1) && at_line_edge (bd, b, u, -1))
        {
          last->a1 = t;
          last->b1 = u;
          break;
        }
    }
  first = &g_array_index (pr, Run, 0);
  for (guint t = first->a0; t + 1 < first->a1 && t < first->a0 + k - 1; t++)
    {
      guint u = first->b0 + (t - first->a0);
      if (at_line_edge (bd, a, t, 1) && at_line_edge (bd, b, u, 1))
        {
          first->a0 = t + 1;
          first->b0 = u + 1;
          break;
        }
    }
}

static gboolean
is_boilerplate (FdDedupBuild *bd, guint a)
{
  const FdDedupDocInfo *in = &bd->info[a];
  guint k = bd->opts->shingle_size;

  if (fd_table_size (bd->boiler) == 0)
    return FALSE;
  for (guint r = 0; r < bd->prun->len; r++)
    {
      const Run *run = &g_array_index (bd->prun, Run, r);
      for (guint i = run->a0; i + k <= run->a1 && i < in->n_sh; i++)
        if (fd_table_lookup (bd->boiler,
                             (guint64)in->outlet << 32 | in->sh[i]))
          return TRUE;
    }
  return FALSE;
}

static guint
classes_of (const FdDoc *doc, gsize start, gsize end)
{
  guint cls = 0;
  guint l = fd_doc_line_at (doc, start);

  for (; l < doc->n_lines && doc->lines[l].start < MAX (end, start + 1); l++)
    if (doc->lines[l].cls != FD_LINE_BLANK)
      cls |= 1u << doc->lines[l].cls;
  return cls;
}

/* Sentence of article @in that token @t is in, or FD_NONE when it is in
 * none; *@end is the first token after @t where that answer changes.
 * *@hint is the number of sentences that start at or before the token
 * asked about last (0 the first time): a passage asks about tokens in
 * order, so the answer is found by stepping on from there, and by
 * bisection when it is far or behind. */
static guint
sentence_at (const FdDedupDocInfo *in, guint32 t, guint32 *end, guint *hint)
{
  guint lo = *hint, hi = in->n_sents, s;

  if (lo > 0 && in->sfirst[lo - 1] > t)
    hi = lo, lo = 0;
  else
    {
      guint step = 0;
      while (lo < hi && in->sfirst[lo] <= t && step++ < 4)
        lo++;
      if (lo == hi || in->sfirst[lo] > t)
        hi = lo;
    }
  /* The last sentence that starts at or before t. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (in->sfirst[mid] <= t)
        lo = mid + 1;
      else
        hi = mid;
    }
  *hint = lo;
  if (lo == 0)
    {
      *end = in->n_sents ? in->sfirst[0] : G_MAXUINT32;
      return FD_NONE;
    }
  s = lo - 1;
  if (t < in->sfirst[s] + in->scount[s])
    {
      *end = in->sfirst[s] + in->scount[s];
      return s;
    }
  *end = lo < in->n_sents ? in->sfirst[lo] : G_MAXUINT32;
  return FD_NONE;
}

/* The cells and pieces of one passage, written in place into arrays
 * sized beforehand (a call into GLib per element cost more than the
 * rest of the work on it). */
typedef struct
{
  Cell *cells;
  Piece *pieces;
  guint n_cells, n_pieces;
  guint last; /* cell of the previous piece, still the newest */
} CellWork;

/* Adds @n aligned tokens of sentences @sa and @sb, at @a0 and @b0, to the
 * cell of that sentence pair: the one of the previous piece (w->last) or
 * one of the four before it, else a new one.  (Looking only that far back
 * is what decides which cells there are: keep it.) */
static void
cell_add (CellWork *w, guint sa, guint sb, guint32 a0, guint32 b0, guint32 n)
{
  Cell *cells = w->cells, *c = NULL;
  guint p = w->n_pieces++;

  if (w->last != FD_NONE && cells[w->last].sa == sa && cells[w->last].sb == sb)
    c = &cells[w->last];
  else
    for (guint x = w->n_cells; x-- > 0 && x + 4 >= w->n_cells;)
      if (cells[x].sa == sa && cells[x].sb == sb)
        {
          c = &cells[x];
          break;
        }
  w->pieces[p] = (Piece){ a0, b0, n, FD_NONE };
  if (c)
    {
      c->count += n;
      w->pieces[c->last].next = p;
      c->last = p;
      w->last = (guint)(c - cells);
    }
  else
    {
      cells[w->n_cells] = (Cell){ sa, sb, n, p, p };
      w->last = w->n_cells++;
    }
}

/* Near-duplicate sentences inside the passage whose runs are in prun.
 * Runs are cut into pieces where a sentence of either article begins or
 * ends, so the work goes by sentence pairs rather than by tokens. */
static void
near_pairs (FdDedupBuild *bd, guint a, guint b, FdDedupKind kind,
            guint first_change)
{
  const FdDedupDocInfo *ia = &bd->info[a], *ib = &bd->info[b];
  GArray *cells = bd->cells;
  CellWork w = { NULL, NULL, 0, 0, FD_NONE };
  guint bound = 0, hint_a = 0, hint_b = 0;

  /* A piece holds one token or more, a cell one piece or more. */
  for (guint r = 0; r < bd->prun->len; r++)
    bound += g_array_index (bd->prun, Run, r).a1
             - g_array_index (bd->prun, Run, r).a0;
  g_array_set_size (cells, bound);
  g_array_set_size (bd->pieces, bound);
  w.cells = (Cell *)(gpointer)cells->data;
  w.pieces = (Piece *)(gpointer)bd->pieces->data;
  for (guint r = 0; r < bd->prun->len; r++)
    {
      const Run *run = &g_array_index (bd->prun, Run, r);
      guint32 t = run->a0, u = run->b0;
      while (t < run->a1)
        {
          guint32 ea, eb, n;
          guint sa = sentence_at (ia, t, &ea, &hint_a);
          guint sb = sentence_at (ib, u, &eb, &hint_b);
          n = MIN (run->a1 - t, MIN (ea - t, eb - u));
          if (sa != FD_NONE && sb != FD_NONE)
            cell_add (&w, sa, sb, t, u, n);
          t += n;
          u += n;
        }
    }
  g_array_set_size (cells, w.n_cells);
  g_array_set_size (bd->pieces, w.n_pieces);
  for (guint x = 0; x < cells->len; x++)
    {
      Cell c = g_array_index (cells, Cell, x);
      guint la = ia->scount[c.sa], lb = ib->scount[c.sb];
      double sim = (double)c.count / (la + lb - c.count);
      FdDedupNear n = { 0 };
      guint pa, pb;

      if (sim < bd->opts->threshold || (c.count == la && c.count == lb))
        continue;
      n.kind = kind;
      n.similarity = sim;
      n.a.doc = a, n.a.sent = c.sa;
      n.b.doc = b, n.b.sent = c.sb;
      n.a.start = doc_of (bd, a)->sents[c.sa].start;
      n.a.end = doc_of (bd, a)->sents[c.sa].end;
      n.b.start = doc_of (bd, b)->sents[c.sb].start;
      n.b.end = doc_of (bd, b)->sents[c.sb].end;
      n.first_change = bd->changes->len;
      /* Walk the aligned pieces of these two sentences; what lies between
       * them is changed. */
      pa = ia->sfirst[c.sa], pb = ib->sfirst[c.sb];
      for (guint p = c.first; p != FD_NONE;
           p = g_array_index (bd->pieces, Piece, p).next)
        {
          const Piece *pc = &g_array_index (bd->pieces, Piece, p);
          if (pc->a0 > pa || pc->b0 > pb)
            add_change_again (bd, first_change, a, pa, pc->a0, b, pb, pc->b0);
          pa = pc->a0 + pc->n, pb = pc->b0 + pc->n;
        }
      if (pa < ia->sfirst[c.sa] + la || pb < ib->sfirst[c.sb] + lb)
        add_change_again (bd, first_change, a, pa, ia->sfirst[c.sa] + la, b,
                          pb, ib->sfirst[c.sb] + lb);
      n.n_changes = bd->changes->len - n.first_change;
      g_array_append_val (bd->near, n);
    }
}

typedef struct
{
  guint32 lo, hi;
} Ival;

static int
cmp_ival (const void *x, const void *y)
{
  const Ival *p = x, *q = y;
  return p->lo < q->lo ? -1 : p->lo > q->lo;
}

/* Tokens covered by the intervals in @iv (sorted and merged here). */
static guint
covered (GArray *iv)
{
  guint n = 0, hi = 0;

  fd_qsort (iv->data, iv->len, sizeof (Ival), cmp_ival);
  for (guint x = 0; x < iv->len; x++)
    {
      Ival v = g_array_index (iv, Ival, x);
      if (v.hi <= hi)
        continue;
      n += v.hi - MAX (v.lo, hi);
      hi = v.hi;
    }
  return n;
}

void
fd_passage_pair (FdDedupBuild *bd, guint a, guint b)
{
  const FdDedupOptions *o = bd->opts;
  const FdDedupDocInfo *ia = &bd->info[a], *ib = &bd->info[b];
  guint k = o->shingle_size;
  gint64 gap = o->max_gap;
  gboolean same = ia->outlet == ib->outlet;
  guint64 shared_sh = 0;
  guint n_kept = 0, n_runs = 0;
  /* The run that position prev_i of a extended or began at the shingle
   * of b before, if any (FD_NONE). */
  guint32 prev_i = 0, prev_run = FD_NONE;
  guint n_pas = 0, n_ch;
  GArray *cover_a, *cover_b;
  Run *rv;
  Pas *pv;

  if (!bd->runs)
    {
      bd->runs = g_array_new (FALSE, FALSE, sizeof (Run));
      bd->pas = g_array_new (FALSE, FALSE, sizeof (Pas));
      bd->prun = g_array_new (FALSE, FALSE, sizeof (Run));
      bd->cells = g_array_new (FALSE, FALSE, sizeof (Cell));
      bd->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
      bd->ivals = g_array_new (FALSE, FALSE, sizeof (Ival));
      bd->segs = g_array_new (FALSE, FALSE, sizeof (Ival));
      bd->chtok = g_array_new (FALSE, FALSE, sizeof (Pas));
    }
  index_doc (bd, a);
  if (bd->dcap < (gsize)ia->n_sh + ib->n_sh + 1)
    {
      bd->dcap = MAX ((gsize)ia->n_sh + ib->n_sh + 1, 2 * bd->dcap);
      g_free (bd->dlast);
      bd->dlast = g_new0 (guint32, bd->dcap);
    }
  /* Runs: consecutive matches on one diagonal.  Matches come in order of
   * their shingle in b, so on each diagonal in order too: a match extends
   * the diagonal's newest run when it follows on from its end. */
  /* At most a run per match, written in place. */
  g_array_set_size (bd->runs,
                    (guint)MIN ((gsize)ib->n_sh * MAX_CHAIN, G_MAXUINT));
  rv = (Run *)(gpointer)bd->runs->data;
  for (guint j = 0; j < ib->n_sh; j++)
    {
      guint32 i;
      /* Most matches follow on from one of the shingle before: when the
       * next shingle of a is this one and a has it nowhere else, the
       * look-up below would find that position alone, on the diagonal
       * whose newest run (prev_run) ends just there. */
      if (prev_run != FD_NONE && prev_i + 1 < ia->n_sh
          && ia->sh[prev_i + 1] == ib->sh[j] && !bd->multi[prev_i + 1])
        {
          rv[prev_run].a1++, rv[prev_run].b1++;
          prev_i++;
          continue;
        }
      prev_run = FD_NONE;
      if (!filter_has (bd, ib->sh[j]))
        continue;
      i = index_lookup (bd, ib->sh[j]);
      for (int c = 0; c < MAX_CHAIN && i != FD_NONE; c++, i = bd->chain[i])
        {
          guint32 *dl = &bd->dlast[j + ia->n_sh - i];
          Run *last = *dl ? &rv[*dl - 1] : NULL;
          if (last && last->a1 == i + k - 1)
            last->a1++, last->b1++;
          else
            {
              rv[n_runs] = (Run){ i, i + k, j, j + k, 0 };
              *dl = ++n_runs;
            }
          if (c == 0)
            prev_i = i, prev_run = *dl - 1;
        }
    }
  g_array_set_size (bd->runs, n_runs);
  /* dlast is all zero again for the next pair. */
  for (guint x = 0; x < bd->runs->len; x++)
    {
      const Run *r = &g_array_index (bd->runs, Run, x);
      bd->dlast[r->b0 + ia->n_sh - r->a0] = 0;
    }
  if (bd->runs->len == 0)
    return;
  sort_runs (rv, n_runs, cmp_run);

  /* Chain runs into passages: at most one a run, written in place. */
  g_array_set_size (bd->pas, bd->runs->len);
  pv = (Pas *)(gpointer)bd->pas->data;
  for (guint x = 0; x < bd->runs->len; x++)
    {
      Run *r = &g_array_index (bd->runs, Run, x);
      gint64 best_cost = G_MAXINT64, best_trim = 0;
      guint best = FD_NONE;
      guint lo = n_pas > MAX_OPEN ? n_pas - MAX_OPEN : 0;

      for (guint p = n_pas; p-- > lo;)
        {
          Pas *ps = &pv[p];
          gint64 ga = (gint64)r->a0 - ps->a1, gb = (gint64)r->b0 - ps->b1;
          gint64 trim = MAX (0, MAX (-ga, -gb)), cost;
          if (r->b0 <= ps->b0 || r->a1 <= ps->a1 || r->b1 <= ps->b1)
            continue;
          if (ga > gap || gb > gap || r->a0 + trim >= r->a1)
            continue;
          cost = MAX (ga, 0) + MAX (gb, 0);
          if (cost < best_cost)
            best_cost = cost, best = p, best_trim = trim;
        }
      if (best != FD_NONE)
        {
          Pas *ps = &pv[best];
          r->a0 += (guint32)best_trim;
          r->b0 += (guint32)best_trim;
          r->p = best;
          ps->a1 = r->a1;
          ps->b1 = r->b1;
        }
      else
        {
          pv[n_pas] = (Pas){ r->a0, r->a1, r->b0, r->b1 };
          r->p = n_pas++;
        }
    }
  g_array_set_size (bd->pas, n_pas);
  sort_runs ((Run *)(gpointer)bd->runs->data, bd->runs->len, cmp_run_by_pas);

  cover_a = bd->ivals;
  cover_b = bd->segs;
  g_array_set_size (cover_a, 0);
  g_array_set_size (cover_b, 0);
  for (guint x = 0; x < bd->runs->len;)
    {
      guint p = g_array_index (bd->runs, Run, x).p, y = x;
      guint aligned = 0;
      FdDedupPassage ps = { 0 };
      gboolean boiler;
      const Run *first, *last;

      while (y < bd->runs->len && g_array_index (bd->runs, Run, y).p == p)
        y++;
      g_array_set_size (bd->prun, 0);
      g_array_append_vals (bd->prun, &g_array_index (bd->runs, Run, x), y - x);
      x = y;
      stretch (bd, a, b, 1);
      stretch (bd, a, b, -1);
      trim_edges (bd, a, b);
      for (guint r = 0; r < bd->prun->len; r++)
        aligned += g_array_index (bd->prun, Run, r).a1
                   - g_array_index (bd->prun, Run, r).a0;
      if (aligned < o->min_passage)
        continue;
      first = &g_array_index (bd->prun, Run, 0);
      last = &g_array_index (bd->prun, Run, bd->prun->len - 1);
      boiler = same && is_boilerplate (bd, a);
      ps.kind = !same    ? FD_DEDUP_CROSS_OUTLET
                : boiler ? FD_DEDUP_BOILERPLATE
                         : FD_DEDUP_SAME_OUTLET;
      ps.a.doc = a, ps.a.sent = FD_NONE;
      ps.b.doc = b, ps.b.sent = FD_NONE;
      ps.tokens_a = last->a1 - first->a0;
      ps.tokens_b = last->b1 - first->b0;
      ps.similarity = (double)aligned / (ps.tokens_a + ps.tokens_b - aligned);
      ps.containment_a = (double)ps.tokens_a / MAX (ia->n_tok, 1);
      ps.containment_b = (double)ps.tokens_b / MAX (ib->n_tok, 1);
      span_of (bd, a, first->a0, last->a1, &ps.a.start, &ps.a.end);
      span_of (bd, b, first->b0, last->b1, &ps.b.start, &ps.b.end);
      ps.classes = classes_of (doc_of (bd, a), ps.a.start, ps.a.end)
                   | classes_of (doc_of (bd, b), ps.b.start, ps.b.end);
      ps.first_change = bd->changes->len;
      /* A change at most between two runs, written in place. */
      g_array_set_size (bd->chtok, bd->prun->len);
      n_ch = 0;
      for (guint r = 1; r < bd->prun->len; r++)
        {
          const Run *u = &g_array_index (bd->prun, Run, r - 1);
          const Run *v = &g_array_index (bd->prun, Run, r);
          if (v->a0 > u->a1 || v->b0 > u->b1)
            {
              add_change (bd, a, u->a1, v->a0, b, u->b1, v->b0);
              g_array_index (bd->chtok, Pas, n_ch++)
                  = (Pas){ u->a1, v->a0, u->b1, v->b0 };
            }
        }
      g_array_set_size (bd->chtok, n_ch);
      ps.n_changes = bd->changes->len - ps.first_change;
      g_array_append_val (bd->passages, ps);
      if (boiler)
        continue;
      n_kept++;
      near_pairs (bd, a, b, ps.kind, ps.first_change);
      {
        Ival va = { first->a0, last->a1 }, vb = { first->b0, last->b1 };
        g_array_append_val (cover_a, va);
        g_array_append_val (cover_b, vb);
      }
      for (guint r = 0; r < bd->prun->len; r++)
        {
          const Run *u = &g_array_index (bd->prun, Run, r);
          if (u->a1 - u->a0 >= k)
            shared_sh += u->a1 - u->a0 - k + 1;
        }
    }
  if (n_kept > 0)
    {
      FdDedupPair pr = { a, b, 0, 0, 0, 0 };
      guint64 un;
      shared_sh = MIN (shared_sh, MIN (ia->n_sh, ib->n_sh));
      un = (guint64)ia->n_sh + ib->n_sh - shared_sh;
      pr.kind = same ? FD_DEDUP_SAME_OUTLET : FD_DEDUP_CROSS_OUTLET;
      pr.resemblance = un ? (double)shared_sh / un : 0;
      pr.containment_a = (double)covered (cover_a) / MAX (ia->n_tok, 1);
      pr.containment_b = (double)covered (cover_b) / MAX (ib->n_tok, 1);
      g_array_append_val (bd->pairs, pr);
    }
}

/* Whether the @len normalised bytes at @w are a month or weekday name
 * (a change there changes a date), "may" included: a switch on the first
 * letter, as this is asked of every capitalised word. */
static gboolean
is_date_word (const char *w, gsize len)
{
#define IS(lit) (len == sizeof lit - 1 && memcmp (w, lit, sizeof lit - 1) == 0)
  switch (w[0])
    {
    case 'a':
      return IS ("april") || IS ("august") || IS ("apr") || IS ("aug");
    case 'd':
      return IS ("december") || IS ("dec");
    case 'f':
      return IS ("february") || IS ("friday") || IS ("feb");
    case 'j':
      return IS ("january") || IS ("june") || IS ("july") || IS ("jan")
             || IS ("jun") || IS ("jul");
    case 'm':
      return IS ("march") || IS ("monday") || IS ("mar") || IS ("may");
    case 'n':
      return IS ("november") || IS ("nov");
    case 'o':
      return IS ("october") || IS ("oct");
    case 's':
      return IS ("september") || IS ("saturday") || IS ("sunday") || IS ("sep")
             || IS ("sept");
    case 't':
      return IS ("tuesday") || IS ("thursday");
    case 'w':
      return IS ("wednesday");
    default:
      return FALSE;
    }
#undef IS
}

/* A photo credit sits in parentheses that name a source: "(Courtesy of
 * Reuters via Yonhap)", "(Photo: AFP)", "(Yonhap/Getty Images)".  A token
 * is inside such parentheses when the nearest '(', ')' or line break
 * before it is a '(' at most CREDIT_REACH bytes back. */
#define CREDIT_REACH 120

/* Whether the parentheses opened at @open name a source. */
static gboolean
credit_inside (const char *text, gsize len, gsize open)
{
  g_autofree char *inside = NULL;

  {
    gsize e = open + 1;
    while (e < len && e < open + 200 && text[e] != ')' && text[e] != '\n')
      e++;
    inside = g_ascii_strdown (text + open + 1, (gssize)(e - open - 1));
  }
  return strstr (inside, "courtesy") || strstr (inside, "photo")
         || strstr (inside, "credit") || strstr (inside, " via ")
         || strstr (inside, "image") || strchr (inside, '/');
}

/* Whether the token that starts at byte @at of @text is in a credit. */
static gboolean
in_credit (const char *text, gsize len, gsize at)
{
  for (gsize p = at; p-- > 0 && at - p <= CREDIT_REACH;)
    if (text[p] == '(')
      return credit_inside (text, len, p);
    else if (text[p] == ')' || text[p] == '\n')
      return FALSE;
  return FALSE;
}

/* The fact flag of one token as facts_of() counts it, but for credits. */
static guint
token_fact (const char *norm, gsize len, guint flags)
{
  guint tf = 0;

  if (flags & FD_TOKEN_NUMBER)
    tf = FD_DEDUP_FACT_NUMBER;
  else if (flags & FD_TOKEN_CAPITAL)
    tf = FD_DEDUP_FACT_NAME;
  /* English capitalises month and weekday names. */
  if ((flags & FD_TOKEN_CAPITAL) && len >= 3 && len <= 9
      && is_date_word (norm, len))
    return FD_DEDUP_FACT_DATE;
  return tf;
}

/* token_fact of token @t of article @d, scanned again. */
static guint
token_fact_at (FdDedupBuild *bd, guint d, guint t)
{
  const FdDoc *doc = doc_of (bd, d);
  char norm[16];
  FdToken tok;

  if (!fd_token_next (doc->text, doc->len, fd_dedup_tok (&bd->info[d], t),
                      &tok, norm, sizeof norm))
    g_assert_not_reached ();
  return token_fact (norm, tok.norm_len, tok.flags);
}

/* token_fact of the token at byte @s of @text (@len bytes), which starts
 * with a capital letter, in ASCII text without digits: a name or a date,
 * its normalised form being its bytes in lower case unless an apostrophe
 * joins more to it, when it is scanned again. */
static guint
capital_fact (const char *text, gsize len, gsize s)
{
  gsize e = s;
  char norm[16];
  FdToken tok;

  while (e < len && e - s < SHORT_TOKEN && ascii_word ((guchar)text[e]))
    e++;
  if (e < len && (text[e] == '\'' || e - s >= SHORT_TOKEN))
    {
      if (!fd_token_next (text, len, s, &tok, norm, sizeof norm))
        g_assert_not_reached ();
      return token_fact (norm, tok.norm_len, tok.flags);
    }
  if (e - s < 3 || e - s > 9)
    return FD_DEDUP_FACT_NAME;
  for (gsize x = s; x < e; x++)
    norm[x - s] = (char)(text[x] | 0x20);
  return token_fact (norm, e - s, FD_TOKEN_CAPITAL);
}

gboolean
fd_dedup_tok_wide (const FdTokens *toks)
{
  guint run = 1u << FD_DEDUP_TOK_RUN_BITS;

  for (guint t = 0; t < toks->n; t += run)
    if (toks->v[MIN (t + run, toks->n) - 1].start - toks->v[t].start
        > G_MAXUINT16)
      return TRUE;
  return FALSE;
}

/* Runs of FD_DEDUP_TOK_RUN tokens in an article of @n_tok. */
static gsize
tok_runs (guint n_tok)
{
  return ((gsize)n_tok + (1u << FD_DEDUP_TOK_RUN_BITS) - 1)
         >> FD_DEDUP_TOK_RUN_BITS;
}

gsize
fd_dedup_info_bytes (const FdDedupDocInfo *in)
{
  gsize starts = in->wide ? 4 * (gsize)in->n_tok
                          : 4 * tok_runs (in->n_tok) + 2 * (gsize)in->n_tok;

  return 4 * ((gsize)in->n_sh + 2 * (gsize)in->n_sents) + starts;
}

void
fd_dedup_info_layout (FdDedupDocInfo *in, gpointer block)
{
  /* Widest elements first, so that each array is aligned. */
  guint32 *w = block;

  in->block = block;
  in->sh = w;
  in->sfirst = in->sh + in->n_sh;
  in->scount = in->sfirst + in->n_sents;
  w = in->scount + in->n_sents;
  if (in->wide)
    {
      in->tbase = NULL;
      in->toff = NULL;
      in->tok32 = w;
    }
  else
    {
      in->tok32 = NULL;
      in->tbase = w;
      in->toff = (guint16 *)(w + tok_runs (in->n_tok));
    }
}

void
fd_dedup_token_info (FdDedupDocInfo *in, const FdTokens *toks)
{
  const FdToken *v = toks->v;
  guint n = in->n_tok;

  if (in->wide)
    for (guint i = 0; i < n; i++)
      in->tok32[i] = v[i].start;
  else
    for (guint i = 0; i < n; i += 1u << FD_DEDUP_TOK_RUN_BITS)
      {
        guint32 base = v[i].start;
        guint16 *toff = in->toff;
        guint e = MIN (n, i + (1u << FD_DEDUP_TOK_RUN_BITS));
        in->tbase[i >> FD_DEDUP_TOK_RUN_BITS] = base;
        for (guint x = i; x < e; x++)
          toff[x] = (guint16)(v[x].start - base);
      }
}

/* Read from the text, as few tokens as it takes: in ASCII, digits are
 * only ever inside tokens, so one look at the bytes from the first token
 * to the next after the last says whether any holds a number; then only
 * capitalised tokens are looked at, for names and dates.  Other text is
 * scanned again token by token.  Credits are looked for only where a '('
 * is near: most changes have none within CREDIT_REACH bytes before
 * them. */
static guint
facts_of (FdDedupBuild *bd, guint d, guint t0, guint t1)
{
  const FdDedupDocInfo *in = &bd->info[d];
  const FdDoc *doc = doc_of (bd, d);
  const guchar *text = (const guchar *)doc->text;
  gsize lo, hi, end;
  guint f = 0, high = 0, digit = 0;

  if (t1 <= t0)
    return 0;
  lo = fd_dedup_tok (in, t0);
  hi = fd_dedup_tok (in, t1 - 1);
  end = t1 < in->n_tok ? fd_dedup_tok (in, t1) : doc->len;
  {
    const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
    guint64 w, any = 0, dig = 0;
    gsize p = lo;
    /* Eight bytes at a time: of a byte below 0x80, the top bit of its
     * low 7 bits + 0x80 - '0' is set when it is '0' or above, and that of
     * + 0x80 - '9' - 1 when it is above '9' (no carry crosses bytes). */
    for (; p + 8 <= end; p += 8)
      {
        memcpy (&w, text + p, 8);
        any |= w;
        dig |= (((w & 0x7f * ones) + (0x80 - '0') * ones)
                & ~((w & 0x7f * ones) + (0x80 - '9' - 1) * ones) & ~w
                & 0x80 * ones);
      }
    for (; p < end; p++)
      {
        any |= text[p];
        dig |= (guint)(text[p] - '0') < 10;
      }
    high = (any & 0x80 * ones) != 0;
    digit = dig != 0;
  }
  for (guint t = t0; t < t1; t++)
    {
      gsize s = fd_dedup_tok (in, t);
      if (high)
        f |= token_fact_at (bd, d, t);
      else if ((guint)(text[s] - 'A') < 26)
        {
          gsize e = s;
          while (e < end && ascii_word (text[e])
                 && (guint)(text[e] - '0') >= 10)
            e++;
          /* A capital with a digit in it is a number, counted below. */
          if (e == end || !ascii_word (text[e]))
            f |= capital_fact (doc->text, doc->len, s);
        }
    }
  if (!high && digit)
    f |= FD_DEDUP_FACT_NUMBER;
  lo = lo > CREDIT_REACH ? lo - CREDIT_REACH : 0;
  if (memchr (doc->text + lo, '(', hi - lo))
    for (guint t = t0; t < t1; t++)
      if (in_credit (doc->text, doc->len, fd_dedup_tok (in, t)))
        f |= FD_DEDUP_FACT_CREDIT;
  return f;
}

void
fd_passage_scratch_free (FdDedupBuild *bd)
{
  g_free (bd->index);
  g_free (bd->chain);
  g_free (bd->multi);
  g_free (bd->filter);
  g_free (bd->dlast);
  if (bd->runs)
    {
      g_array_unref (bd->runs);
      g_array_unref (bd->pas);
      g_array_unref (bd->prun);
      g_array_unref (bd->cells);
      g_array_unref (bd->pieces);
      g_array_unref (bd->ivals);
      g_array_unref (bd->segs);
      g_array_unref (bd->chtok);
    }
}
