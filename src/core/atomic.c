/* atomic.c - see atomic.h.  The temporary file lives next to the target so
 * that rename(2) never crosses a file system.
 *
 * Signals are held with a handler that only records them, not with a
 * signal mask: a mask is per thread, and a process-directed signal goes
 * to any thread that does not block it (GLib keeps idle pool threads). */
#include "core/atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

G_DEFINE_QUARK (fd - atomic - error - quark, fd_atomic_error)

static const int held_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static struct sigaction held_old[G_N_ELEMENTS (held_signals)];
static volatile sig_atomic_t held_caught;
static int held_depth;

static void
held_handler (int sig)
{
  held_caught = sig;
}

void
fd_atomic_hold_signals (void)
{
  struct sigaction sa;

  if (held_depth++ > 0)
    return;
  held_caught = 0;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = held_handler;
  sa.sa_flags = SA_RESTART;
  sigemptyset (&sa.sa_mask);
  for (gsize i = 0; i < G_N_ELEMENTS (held_signals); i++)
    {
      sigaction (held_signals[i], NULL, &held_old[i]);
      /* A signal the caller ignores (nohup, a background job) stays
       * ignored. */
      if (held_old[i].sa_handler != SIG_IGN)
        sigaction (held_signals[i], &sa, NULL);
    }
}

void
fd_atomic_release_signals (void)
{
  int sig;

  g_return_if_fail (held_depth > 0);
  if (--held_depth > 0)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (held_signals); i++)
    sigaction (held_signals[i], &held_old[i], NULL);
  sig = held_caught;
  held_caught = 0;
  if (sig)
    raise (sig);
}

/* Writes all of @data to descriptor @fd; FALSE with errno set on
 * failure. */
static gboolean
write_all (int fd, const char *data, gsize len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, data, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          return FALSE;
        }
      data += n;
      len -= (gsize)n;
    }
  return TRUE;
}

struct FdAtomicFile
{
  char *path; /* as given, "-" for standard output */
  char *tmp;  /* the temporary file, or NULL */
  int fd;     /* -1 once closed */
  int error;  /* errno of the first failure; 0 while all is well */
};

FdAtomicFile *
fd_atomic_file_open (const char *path)
{
  FdAtomicFile *f = g_new0 (FdAtomicFile, 1);
  struct stat st;

  f->path = g_strdup (path);
  f->fd = -1;
  if (strcmp (path, "-") == 0)
    {
      /* What stdio holds goes first; then the descriptor, so that a
       * failure is seen here and not again at exit. */
      fflush (stdout);
      f->fd = STDOUT_FILENO;
    }
  else if (stat (path, &st) == 0 && !S_ISREG (st.st_mode)
           && !S_ISDIR (st.st_mode))
    /* rename would replace the device node or FIFO itself. */
    f->fd = open (path, O_WRONLY | O_CLOEXEC);
  else
    {
      fd_atomic_hold_signals ();
      f->tmp = g_strdup_printf ("%s.tmpXXXXXX", path);
      f->fd = g_mkstemp_full (f->tmp, O_WRONLY | O_CLOEXEC, 0644);
      if (f->fd < 0)
        {
          g_clear_pointer (&f->tmp, g_free);
          fd_atomic_release_signals ();
        }
    }
  if (f->fd < 0)
    f->error = errno;
  return f;
}

gboolean
fd_atomic_file_write (const char *data, gsize len, gpointer file)
{
  FdAtomicFile *f = file;

  if (f->error)
    return FALSE;
  if (!write_all (f->fd, data, len))
    f->error = errno;
  return f->error == 0;
}

gboolean
fd_atomic_file_close (FdAtomicFile *f, GError **error)
{
  gboolean ok;

  if (f->tmp && !f->error && fsync (f->fd) != 0)
    f->error = errno;
  if (f->fd >= 0 && f->fd != STDOUT_FILENO && close (f->fd) != 0 && !f->error)
    f->error = errno;
  if (f->tmp && !f->error && rename (f->tmp, f->path) != 0)
    f->error = errno;
  if (f->tmp)
    {
      if (f->error)
        g_unlink (f->tmp);
      fd_atomic_release_signals ();
    }
  ok = f->error == 0;
  if (!ok)
    g_set_error (error, FD_ATOMIC_ERROR, FD_ATOMIC_ERROR_IO, "%s: %s",
                 strcmp (f->path, "-") == 0 ? "standard output" : f->path,
                 g_strerror (f->error));
  g_free (f->tmp);
  g_free (f->path);
  g_free (f);
  return ok;
}

gboolean
fd_atomic_write (const char *path, const char *data, gsize len, GError **error)
{
  FdAtomicFile *f = fd_atomic_file_open (path);

  fd_atomic_file_write (data, len, f);
  return fd_atomic_file_close (f, error);
}
