/* dedup.h - what a collection of articles repeats: exact and near
 * duplicate sentences, reused passages, and stories.
 *
 * fd_dedup_run() reads every article once, indexes winnowed shingle
 * fingerprints (see shingle.h) in flat hash tables, and compares only the
 * article pairs that share a fingerprint: there is no all-pairs step.  A
 * pair is aligned token by token on all its shingles, which gives reused
 * passages (maximal runs of shared shingles, bridged across small gaps,
 * as byte spans in both articles), near-duplicate sentences inside them,
 * and the tokens that changed.  Text that many articles of one outlet
 * share (bylines, trailers) is learned from the collection and reported
 * as boilerplate rather than as a reason to pair articles.  Everything in
 * the result refers to articles by their index in the input array and to
 * text by byte offsets into FdDoc.text; every list is sorted, so output is
 * the same from run to run. */
#pragma once

#include "ingest/doc.h"

typedef enum
{
  FD_DEDUP_WITHIN = 0,   /* repeated inside one article (captions) */
  FD_DEDUP_BOILERPLATE,  /* shared by many articles of one outlet */
  FD_DEDUP_SAME_OUTLET,  /* shared by two articles of one outlet */
  FD_DEDUP_CROSS_OUTLET, /* shared across outlets: copied or syndicated */
} FdDedupKind;

/* Why a changed token matters to a fact check. */
typedef enum
{
  FD_DEDUP_FACT_NUMBER = 1 << 0, /* a number, in digits */
  FD_DEDUP_FACT_DATE = 1 << 1,   /* a month or weekday name */
  FD_DEDUP_FACT_NAME = 1 << 2,   /* a capitalised word */
  FD_DEDUP_FACT_CREDIT = 1 << 3, /* inside "(Courtesy of X via Y)" etc. */
} FdDedupFact;

typedef struct
{
  guint shingle_size;     /* k, tokens per shingle (default 5) */
  double threshold;       /* near-duplicate sentences: token Jaccard over
                             their alignment (default 0.5) */
  guint max_gap;          /* tokens bridged inside a passage (default 8) */
  guint min_passage;      /* aligned tokens a passage needs (default 10) */
  guint window;           /* winnowing window in shingles (default 16);
                             any shared run of window + k - 1 tokens is
                             sure to make its pair a candidate */
  guint max_df;           /* a fingerprint in more articles than this
                             proposes no pairs (default 64) */
  guint boilerplate_docs; /* articles of one outlet that make shared text
                             boilerplate (default 4) */
  double story_threshold; /* containment that puts two articles in one
                             story (default 0.2) */
  guint min_sentence;     /* tokens an exact duplicate needs (default 3) */
  guint threads;          /* articles scanned and pairs aligned on up to
                             this many threads; 0 or 1 (the default): the
                             calling thread alone.  The result is the same
                             for every count. */
} FdDedupOptions;

/* A span of one article. */
typedef struct
{
  guint doc;   /* index in the input array */
  guint sent;  /* sentence index (groups and near pairs), else G_MAXUINT */
  gsize start; /* bytes into FdDoc.text, end exclusive */
  gsize end;
} FdDedupSpan;

/* A difference inside aligned text: a_* in the first article, b_* in the
 * second; one side is empty (start == end) for an insertion. */
typedef struct
{
  gsize a_start, a_end;
  gsize b_start, b_end;
  guint facts; /* FdDedupFact bits */
} FdDedupChange;

/* Sentences whose normalised tokens are identical. */
typedef struct
{
  FdDedupKind kind;
  guint64 hash;  /* fingerprint of the normalised sentence */
  guint classes; /* bit (1 << FdLineClass) per class involved */
  guint first;   /* members[first .. first + n) */
  guint n;
} FdDedupGroup;

/* A reused passage of two articles (a.doc < b.doc). */
typedef struct
{
  FdDedupKind kind;
  double similarity; /* token Jaccard of the two spans */
  FdDedupSpan a, b;
  guint tokens_a, tokens_b;
  double containment_a; /* share of article a's tokens in this passage */
  double containment_b;
  guint classes;
  guint first_change; /* changes[first_change .. + n_changes) */
  guint n_changes;
} FdDedupPassage;

/* Two sentences of different articles that are alike but not equal. */
typedef struct
{
  FdDedupKind kind;
  double similarity;
  FdDedupSpan a, b;
  guint first_change;
  guint n_changes;
} FdDedupNear;

/* Two articles that share text other than boilerplate (a < b). */
typedef struct
{
  guint a, b;
  FdDedupKind kind;
  double resemblance;   /* estimated Jaccard of their k-shingle sets */
  double containment_a; /* share of a's tokens inside shared passages */
  double containment_b;
} FdDedupPair;

typedef struct
{
  GPtrArray *docs; /* the input (a reference is held) */
  FdDedupOptions opts;

  FdDedupGroup *groups;
  guint n_groups;
  FdDedupSpan *members; /* of the groups */
  guint n_members;
  FdDedupPassage *passages;
  guint n_passages;
  FdDedupNear *near;
  guint n_near;
  FdDedupChange *changes; /* of passages and near pairs */
  guint n_changes;
  FdDedupPair *pairs;
  guint n_pairs;

  guint *story; /* story id of each article, numbered from 0 in order of
                   each story's first article */
  guint n_stories;
} FdDedup;

/* Fills @opts with the defaults. */
void fd_dedup_options_init (FdDedupOptions *opts);

/* Runs dedup over @docs (FdDoc*, borrowed; a reference to the array is
 * kept).  Articles without sentences are split first with fd_split_doc().
 * @opts may be NULL for the defaults.  Returns the result (transfer full:
 * free with fd_dedup_free). */
FdDedup *fd_dedup_run (GPtrArray *docs, const FdDedupOptions *opts);

/* Frees @d.  Accepts NULL. */
void fd_dedup_free (FdDedup *d);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdDedup, fd_dedup_free)

/* Stable lower-case names: "within", "boilerplate", "same-outlet",
 * "cross-outlet". */
const char *fd_dedup_kind_name (FdDedupKind kind);

/* Appends the names of the bits in @facts ("number", "date", "name",
 * "credit") to @out, separated by @sep. */
void fd_dedup_facts_append (GString *out, guint facts, const char *sep);
