/* claims.c - see claims.h: the claims stage as one call per article. */
#include "core/sort.h"
#include "claims/claims.h"

#include "claims/number.h"
#include "claims/quote.h"
#include "claims/timex.h"

#include <stdlib.h>

void
fd_claims_extract (const FdDoc *doc, GPtrArray *out)
{
  guint first = out->len;

  fd_timex_extract (doc, out);
  fd_number_extract (doc, out);
  fd_quote_extract (doc, out);
  /* Sort only what this call added: earlier documents are already in
   * order and other callers may have their own. */
  if (out->len - first > 1)
    fd_qsort (out->pdata + first, out->len - first, sizeof (gpointer),
              (int (*) (const void *, const void *))fd_claim_compare);
}
