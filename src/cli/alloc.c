/* alloc.c - how jemalloc, when factdiff is linked with it, manages memory.
 *
 * jemalloc reads its settings from the string malloc_conf at start-up
 * (jemalloc(3), "TUNING").  Pages freed are handed back to the system at
 * once instead of after its default ten seconds: compare frees the dedup
 * stage's index before it builds the claims, and keeping those pages would
 * raise its peak memory by about 6% at 100k articles.  The MALLOC_CONF
 * environment variable still overrides these. */
#include <glib.h>

#ifdef FD_JEMALLOC
/* Read by jemalloc, which declares it; constant in all but name. */
extern const char *malloc_conf;
const char *malloc_conf = "dirty_decay_ms:0,muzzy_decay_ms:0";
#endif
