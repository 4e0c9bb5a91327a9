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

static gboolean
write_all (int fd, const char *data, gsize len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, data, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= (gsize)n;
    }
  return TRUE;
}

gboolean
fd_atomic_write (const char *path, const char *data, gsize len, GError **error)
{
  g_autofree char *tmp = NULL;
  int fd = -1;
  int saved;

  if (strcmp (path, "-") == 0)
    {
      if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
        {
          saved = errno;
          g_set_error (error, FD_ATOMIC_ERROR, FD_ATOMIC_ERROR_IO,
                       "standard output: %s", g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }

  tmp = g_strdup_printf ("%s.tmpXXXXXX", path);
  fd_atomic_hold_signals ();
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    goto fail;
  if (!write_all (fd, data, len) || fsync (fd) != 0)
    goto fail;
  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;
  if (rename (tmp, path) != 0)
    goto fail;
  fd_atomic_release_signals ();
  return TRUE;

fail:
  saved = errno;
  if (fd >= 0)
    close (fd);
  if (tmp)
    {
      g_unlink (tmp);
      fd_atomic_release_signals ();
    }
  g_set_error (error, FD_ATOMIC_ERROR, FD_ATOMIC_ERROR_IO, "%s: %s", path,
               g_strerror (saved));
  return FALSE;
}
