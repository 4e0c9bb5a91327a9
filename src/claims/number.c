/* number.c - see number.h.  Not built yet: finds nothing. */
#include "claims/number.h"

void
fd_number_extract (const FdDoc *doc, GPtrArray *out)
{
  (void)doc;
  (void)out;
}
