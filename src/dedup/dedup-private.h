/* dedup-private.h - what dedup.c (the collection) and passage.c (one pair
 * of articles) share.  Not for use outside src/dedup. */
#pragma once

#include "dedup/dedup.h"
#include "dedup/table.h"
#include "shingle/token.h"

#define FD_NONE G_MAXUINT32

/* What dedup keeps of an article between its passes: token starts and the
 * low 32 bits of every shingle fingerprint (enough to align one pair: a
 * false 32-bit match between two articles is rare and cannot make a run
 * of shingles on its own): 6 bytes per token, which at 100k articles is
 * most of dedup's memory.  Whatever else a pair needs of a token (where
 * it ends, whether two tokens read the same, its fact flags) passage.c
 * reads from the text, mostly without scanning it again: pairs ask that
 * of few tokens, and keeping it for all took 3 bytes more a token.  A
 * token's start is kept as 16 bits past the start of its run of 256
 * tokens (FD_DEDUP_TOK_RUN_BITS; whole, in tok32, in an article where a
 * run spans 64 KiB or more): read it with fd_dedup_tok().  Per sentence,
 * the tokens it holds, found while scanning: a pair reads which sentence
 * a token is in from them instead of building a token-to-sentence map of
 * both articles. */
typedef struct
{
  gpointer block;  /* holds all the arrays below (in a slab of dedup.c) */
  guint32 *sh;     /* low bits of each shingle's fingerprint */
  guint32 *sfirst; /* first token of each sentence, non-decreasing */
  guint32 *scount; /* tokens of each sentence (those starting inside it) */
  guint32 *tbase;  /* start of the first token of each run; NULL if wide */
  guint16 *toff;   /* start of each token less its run's tbase */
  guint32 *tok32;  /* start of each token, when wide (else NULL) */
  guint n_tok;
  guint n_sh;
  guint n_sents; /* the article's n_sents */
  guint outlet;  /* interned outlet number */
  guint slab;    /* where block is (see dedup.c) */
  gboolean wide; /* starts in tok32 */
} FdDedupDocInfo;

/* Tokens of a run sharing one 32-bit base in FdDedupDocInfo.tbase. */
#define FD_DEDUP_TOK_RUN_BITS 8

/* Byte start of token @t of @in. */
static inline guint32
fd_dedup_tok (const FdDedupDocInfo *in, guint t)
{
  if (G_UNLIKELY (in->wide))
    return in->tok32[t];
  return in->tbase[t >> FD_DEDUP_TOK_RUN_BITS] + in->toff[t];
}

typedef struct
{
  const FdDedupOptions *opts;
  GPtrArray *docs;
  FdDedupDocInfo *info;
  guint *outlet;   /* info[d].outlet of each article d, packed for the
                      passes that visit articles out of order */
  FdTable *boiler; /* (outlet << 32 | low fingerprint) of boilerplate */

  /* Results being built. */
  GArray *passages; /* FdDedupPassage */
  GArray *near;     /* FdDedupNear */
  GArray *changes;  /* FdDedupChange */
  GArray *pairs;    /* FdDedupPair */

  /* Scratch of passage.c. */
  /* Open addressing, shingle -> last position, for article index_doc:
   * position << 32 | shingle, position FD_NONE when the slot is empty;
   * imask + 1 slots in use, icap allocated. */
  guint64 *index;
  gsize icap;
  guint32 imask;
  guint index_doc;
  guint32 *chain; /* earlier positions with the same shingle */
  guint8 *multi;  /* per position, 1 when its shingle is elsewhere too */
  gsize chain_cap;
  /* A bit per 2^fshift shingle values that article index_doc has (16 bits
   * a shingle, by their top bits): most shingles of the other article are
   * ruled out by one load here instead of a probe of the index. */
  guint64 *filter;
  gsize fcap;
  guint fshift;
  GArray *runs, *pas, *prun, *cells, *pieces, *segs, *ivals;
  /* The token ranges (a0, a1, b0, b1) of the changes of the passage
   * being built, in order: its near pairs take the changes they share
   * with it from there. */
  GArray *chtok;
  /* Per diagonal (j - i + n_sh of a) of the pair, 1 + its newest run in
   * runs, 0 for none: all zero between pairs; dcap allocated. */
  guint32 *dlast;
  gsize dcap;
} FdDedupBuild;

/* Bytes of a normalised form that the token comparisons of passage.c
 * look at. */
#define FD_DEDUP_TOKEN_CMP 127

/* Whether some run of FD_DEDUP_TOK_RUN tokens of @toks spans 64 KiB or
 * more, so that their starts must be kept whole. */
gboolean fd_dedup_tok_wide (const FdTokens *toks);

/* Bytes of the arrays of an article of in->n_tok tokens, in->n_sh
 * shingles and in->n_sents sentences, as in->wide says (one block, see
 * FdDedupDocInfo). */
gsize fd_dedup_info_bytes (const FdDedupDocInfo *in);

/* Points the arrays of @in into @block (of fd_dedup_info_bytes() bytes,
 * borrowed). */
void fd_dedup_info_layout (FdDedupDocInfo *in, gpointer block);

/* Fills the token starts of @in (n_tok tokens of @toks, after
 * fd_dedup_info_layout()). */
void fd_dedup_token_info (FdDedupDocInfo *in, const FdTokens *toks);

/* Aligns articles @a < @b and appends their passages, near-duplicate
 * sentences, changes and (when they share more than boilerplate) their
 * pair record to @b's results. */
void fd_passage_pair (FdDedupBuild *build, guint a, guint b);

/* Frees the scratch of passage.c held in @build. */
void fd_passage_scratch_free (FdDedupBuild *build);
