/* copies.h - what dedup found, as compare findings: copied text whose
 * fact-bearing words were changed, the list of duplicated passages, how
 * many independent sources back a group, and which articles are one
 * story. */
#pragma once

#include "compare/compare.h"
#include "dedup/dedup.h"

/* Appends to @out a "passage" group (FdGroup*, transfer full) with verdict
 * changed for each near-duplicate sentence pair of two articles whose
 * substituted words carry a fact (a number, a date, a name, a photo
 * credit).  @dd ran over @docs.  Reads nothing else, so it can run on a
 * thread of its own while the claims are aligned. */
void fd_copies_changed (const GPtrArray *docs, const FdDedup *dd,
                        GPtrArray *out);

/* Fills cmp->duplicates from the passages and repeated sentences. */
void fd_copies_duplicates (FdCompare *cmp, const FdDedup *dd);

/* The passages of @dd that one outlet copied from another, kept for
 * fd_copies_independence apart from the dedup result, so that the result
 * can be freed before the claims are aligned.  Transfer full:
 * fd_copies_copied_free. */
typedef struct _FdCopied FdCopied;
FdCopied *fd_copies_copied (const FdDedup *dd);
void fd_copies_copied_free (FdCopied *copied);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdCopied, fd_copies_copied_free)

/* Sets each group's n_independent: outlets whose claims sit in text one
 * of them copied from the other (@copied, from the dedup result of
 * cmp->docs) count once. */
void fd_copies_independence (FdCompare *cmp, const FdCopied *copied);

/* Collections of at most this many articles are also cut into stories
 * by the names they share (pairwise, so not for larger ones). */
#define FD_COPIES_NAMES_MAX 2000

/* Story of each document (index in cmp->docs) as a hash table from
 * FdDoc* to GUINT_TO_POINTER (story + 1): articles that share copied text
 * (@dedup_story: FdDedup.story of a dedup run over cmp->docs, one per
 * document, or NULL) or, in collections of at most FD_COPIES_NAMES_MAX
 * articles, a good part of the people, places and bodies they name (from
 * @names_of, FdDoc* -> GHashTable of entity names, may be NULL).
 * Transfer full: g_hash_table_unref. */
GHashTable *fd_copies_stories (FdCompare *cmp, const guint *dedup_story,
                               GHashTable *names_of);
