/* claims.h - run every claim extractor over an article. */
#pragma once

#include "claims/claim.h"

/* Appends all claims of @doc (temporal, numbers, quotes) to @out, which
 * owns them, sorted with fd_claim_compare.  @doc must be split. */
void fd_claims_extract (const FdDoc *doc, GPtrArray *out);
