/* atomic.h - write a whole file or nothing.
 *
 * Reports are written to a temporary file in the target's directory, flushed
 * with fsync, and renamed over the target, so a reader (or a CI job) never
 * sees half a report and an existing report survives a failed run.
 *
 * A signal that ends the process (SIGINT, SIGTERM, SIGHUP, SIGQUIT) is
 * held while a temporary file exists and delivered once the target is
 * replaced or the temporary removed, so that Ctrl-C never leaves a
 * "target.tmpXXXXXX" behind. */
#pragma once

#include <glib.h>

#define FD_ATOMIC_ERROR (fd_atomic_error_quark ())
GQuark fd_atomic_error_quark (void);

typedef enum
{
  FD_ATOMIC_ERROR_IO, /* open, write, fsync or rename failed */
} FdAtomicError;

/* A file being written a piece at a time: "-" is standard output and a
 * device or FIFO is written in place (rename would replace the node
 * itself); anything else is written to a temporary file that
 * fd_atomic_file_close renames over the target, holding the signals
 * meanwhile. */
typedef struct FdAtomicFile FdAtomicFile;

/* Opens @path.  Never NULL: a failure to open is remembered, and
 * reported by fd_atomic_file_close, which must be called in any case. */
FdAtomicFile *fd_atomic_file_open (const char *path);

/* Appends @len bytes of @data to @file (an FdAtomicFile; the signature is
 * that of a write callback).  FALSE after the first failure, which
 * fd_atomic_file_close reports; later writes do nothing. */
gboolean fd_atomic_file_write (const char *data, gsize len, gpointer file);

/* Finishes and frees @f: a temporary file is flushed to disk with fsync
 * and renamed over the target, or removed after a failure, leaving the
 * target untouched.  FALSE with @error ("PATH: reason", or "standard
 * output: reason") after any failure since the open. */
gboolean fd_atomic_file_close (FdAtomicFile *f, GError **error);

/* Replaces @path with @len bytes of @data: open, write and close in
 * one. */
gboolean fd_atomic_write (const char *path, const char *data, gsize len,
                          GError **error);

/* Holds the signals above until the matching fd_atomic_release_signals:
 * one that arrives meanwhile is recorded, not acted on.  Calls nest; use
 * them from the main thread only.  A command that writes several files
 * holds the signals around all of them, so an interrupt never leaves
 * some of them from this run and some from an earlier one. */
void fd_atomic_hold_signals (void);

/* Ends the outermost hold: restores the signals' earlier handling and
 * delivers one that arrived during the hold (which usually ends the
 * process). */
void fd_atomic_release_signals (void);
