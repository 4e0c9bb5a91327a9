/* atomic.c - see atomic.h.  The temporary file lives next to the target so
 * that rename(2) never crosses a file system. */
#include "core/atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_QUARK (fd - atomic - error - quark, fd_atomic_error)

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
  return TRUE;

fail:
  saved = errno;
  if (fd >= 0)
    close (fd);
  if (tmp)
    g_unlink (tmp);
  g_set_error (error, FD_ATOMIC_ERROR, FD_ATOMIC_ERROR_IO, "%s: %s", path,
               g_strerror (saved));
  return FALSE;
}
