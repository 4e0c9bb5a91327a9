/* align.h - group the value claims (durations, dates, times, numbers) that
 * speak of the same fact, and judge each group.
 *
 * Claims are linked only when their contexts agree on the event, the
 * people and (for numbers) the thing counted; groups grow by complete
 * linkage, so a chain of loose resemblances never joins two different
 * facts.  Every claim ends in exactly one group: claims nobody else
 * reports form single-source groups. */
#pragma once

#include "compare/compare.h"
#include "compare/context.h"

/* Appends to cmp->groups one group per fact among the claims of types
 * duration, date, time and number in cmp->claims.  @people may be NULL;
 * @story (FdDoc* -> GUINT_TO_POINTER (story + 1), may be NULL) keeps the
 * claims of different stories apart.  The claims' contexts are read on up
 * to @threads threads (0 or 1: this one); the result is the same for
 * every count. */
void fd_align_values (FdCompare *cmp, const FdPeople *people,
                      GHashTable *story, guint threads);

/* Appends to cmp->groups the groups of quotes (and paraphrases): the same
 * remark reported by several articles, judged verbatim, partial or
 * reworded, with a word diff; lone quotes become single-source groups. */
void fd_align_quotes (FdCompare *cmp, const FdPeople *people,
                      GHashTable *story);
