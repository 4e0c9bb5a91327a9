/* quote.h - direct quotations and indirect speech with their speakers. */
#pragma once

#include "claims/claim.h"

/* Appends quote and paraphrase claims of @doc to @out (owned by @out).
 * @doc must be split; only content lines are read. */
void fd_quote_extract(const FdDoc *doc, GPtrArray *out);
