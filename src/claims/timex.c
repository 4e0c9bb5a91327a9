/* timex.c - see timex.h.  Not built yet: finds nothing. */
#include "claims/timex.h"

void
fd_timex_extract (const FdDoc *doc, GPtrArray *out)
{
  (void)doc;
  (void)out;
}
