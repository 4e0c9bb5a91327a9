/* number.h - numbers and quantities with what they count.
 *
 * "28,500 US troops" becomes value 28500, unit "troops"; money carries its
 * currency and scale, percentages the unit "%".  Years and dates are left
 * to the temporal extractor. */
#pragma once

#include "claims/claim.h"

/* Appends the number claims of @doc to @out (owned by @out).  @doc must be
 * split; only content lines are read. */
void fd_number_extract (const FdDoc *doc, GPtrArray *out);
