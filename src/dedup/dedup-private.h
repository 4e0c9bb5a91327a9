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
 * of shingles on its own), and per token its end, a hash of its
 * normalised form and its fact flag: about 17 bytes per token. */
typedef struct
{
  guint32 *tok; /* byte start of each token; owns the block */
  guint32 *sh;  /* into the same block */
  /* Also in the block, so that a pair never scans a token again: */
  guint32 *tend;  /* byte end of each token */
  guint32 *thash; /* hash of the first 127 bytes of each normalised form */
  guint8 *tfact;  /* FdDedupFact bits of each token */
  guint n_tok;
  guint n_sh;
  guint outlet; /* interned outlet number */
} FdDedupDocInfo;

/* Token-to-sentence maps of one article, built when a pair needs them. */
typedef struct
{
  guint doc;
  guint *tsent;     /* sentence of each token, FD_NONE outside sentences */
  guint *sfirst;    /* first token of each sentence */
  guint *scount;    /* tokens of each sentence */
  gsize tcap, scap; /* room in tsent and in sfirst, kept across articles */
} FdDedupSentMap;

typedef struct
{
  const FdDedupOptions *opts;
  GPtrArray *docs;
  FdDedupDocInfo *info;
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
  gsize chain_cap;
  GArray *matches, *runs, *pas, *prun, *cells, *segs, *ivals;
  GArray *match_tmp; /* room for sorting matches */
  FdDedupSentMap map_a, map_b;
} FdDedupBuild;

/* Bytes of a normalised form that fd_dedup_token_hash() and the token
 * comparisons of passage.c look at. */
#define FD_DEDUP_TOKEN_CMP 127

/* Fills the token arrays of @in (n_tok tokens of @toks, read from @len
 * bytes of @text, after tok and sh are set up with room for them). */
void fd_dedup_token_info (FdDedupDocInfo *in, const FdTokens *toks,
                          const char *text, gsize len);

/* Aligns articles @a < @b and appends their passages, near-duplicate
 * sentences, changes and (when they share more than boilerplate) their
 * pair record to @b's results. */
void fd_passage_pair (FdDedupBuild *build, guint a, guint b);

/* Frees the scratch of passage.c held in @build. */
void fd_passage_scratch_free (FdDedupBuild *build);
