/* atomic.h - write a whole file or nothing.
 *
 * Reports are written to a temporary file in the target's directory, flushed
 * with fsync, and renamed over the target, so a reader (or a CI job) never
 * sees half a report and an existing report survives a failed run. */
#pragma once

#include <glib.h>

#define FD_ATOMIC_ERROR (fd_atomic_error_quark ())
GQuark fd_atomic_error_quark (void);

typedef enum
{
  FD_ATOMIC_ERROR_IO, /* open, write, fsync or rename failed */
} FdAtomicError;

/* Replaces @path with @len bytes of @data.  "-" writes to stdout (not
 * atomically: a pipe has nothing to replace).  On failure the target is
 * untouched, the temporary file is removed and @error says why. */
gboolean fd_atomic_write (const char *path, const char *data, gsize len,
                          GError **error);
