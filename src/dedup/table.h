/* table.h - a flat open-addressing hash table from 64-bit keys to 32-bit
 * values, for dedup's hot path.
 *
 * Keys and values sit in one array of slots probed linearly, so an insert
 * or a look-up touches one or two cache lines and never allocates (the
 * array doubles when it is half full).  Measured here, this is about ten
 * times faster than a GHashTable for the same job.  Keys may be any 64-bit
 * value, including 0; they are mixed before use, so sequential keys such as
 * packed document pairs spread as well as hashes do. */
#pragma once

#include <glib.h>

typedef struct FdTable FdTable;

/* Returns a new empty table sized for about @hint keys (transfer full: free
 * with fd_table_free). */
FdTable *fd_table_new (gsize hint);

/* Frees @t.  Accepts NULL. */
void fd_table_free (FdTable *t);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdTable, fd_table_free)

/* Removes every key, keeping the memory. */
void fd_table_clear (FdTable *t);

/* Number of keys in @t. */
gsize fd_table_size (const FdTable *t);

/* Values must be below G_MAXUINT32 (that one marks an empty slot).
 * Finds @key, inserting it with value @init when absent (*@added says
 * which; may be NULL).  Returns the value's slot, borrowed: valid until the
 * next insert. */
guint32 *fd_table_insert (FdTable *t, guint64 key, guint32 init,
                          gboolean *added);

/* Returns the value slot of @key (borrowed, as above) or NULL. */
guint32 *fd_table_lookup (const FdTable *t, guint64 key);
