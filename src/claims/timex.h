/* timex.h - dates, times, durations and sets, normalised to TIMEX3.
 *
 * Finds temporal expressions in the content sentences of an article and
 * resolves relative ones ("on Tuesday", "last week") against the article's
 * publication date. */
#pragma once

#include "claims/claim.h"

/* Appends the temporal claims of @doc (date, time, duration, set) to @out,
 * which owns them (free with fd_claim_free).  @doc must be split.  Nothing
 * is taken from lines that are not content (fd_line_class_is_content). */
void fd_timex_extract (const FdDoc *doc, GPtrArray *out);
