/* sort.h - qsort that accepts empty arrays.
 *
 * An empty GArray has a NULL data pointer, and qsort's base is declared
 * never to be NULL, even for zero elements (UndefinedBehaviorSanitizer
 * says so).  Every sort in factdiff goes through here. */
#pragma once

#include <stdlib.h>

static inline void
fd_qsort (void *base, size_t n, size_t size,
          int (*cmp) (const void *, const void *))
{
  if (n > 1)
    qsort (base, n, size, cmp);
}
