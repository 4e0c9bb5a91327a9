/* quote.c - see quote.h.  Not built yet: finds nothing. */
#include "claims/quote.h"

void
fd_quote_extract (const FdDoc *doc, GPtrArray *out)
{
  (void)doc;
  (void)out;
}
