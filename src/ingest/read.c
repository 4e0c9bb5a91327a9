/* read.c - see read.h: expanding names into files and reading them.
 *
 * A directory walk remembers the device and inode of each directory on
 * the way down, so that a symbolic link pointing back up is caught the
 * moment it is met instead of recursing until the path is too long.  The
 * files found are sorted by their whole path with strcmp, which is the
 * order `LC_ALL=C sort` gives and does not depend on the file system. */
#include "ingest/read.h"
#include "ingest/ingest-private.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct
{
  dev_t dev;
  ino_t ino;
} DirId;

void
fd_read_input_free (FdReadInput *in)
{
  if (!in)
    return;
  g_free (in->path);
  g_free (in->id);
  g_free (in);
}

static gboolean
has_suffix (const char *name, const char *suffix)
{
  gsize n = strlen (name), k = strlen (suffix);
  return n > k && strcmp (name + n - k, suffix) == 0;
}

/* Articles in a directory walk: *.txt, *.md and *.jsonl (notes about
 * the directory are left out separately, see is_note). */
static gboolean
wanted (const char *name)
{
  return has_suffix (name, ".txt") || has_suffix (name, ".md")
         || has_suffix (name, ".jsonl");
}

/* A directory's notes about itself (README.md, CHANGELOG.md, …) are not
 * articles, though they end in ".md": a walk leaves them out.  Named
 * one by one they are read like any file. */
static gboolean
is_note (const char *name)
{
  static const char *const notes[]
      = { "readme",  "changelog",    "changes", "license",
          "licence", "contributing", "authors", "news" };

  for (gsize i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      gsize k = strlen (notes[i]);
      if (g_ascii_strncasecmp (name, notes[i], k) == 0
          && (name[k] == '.' || name[k] == '\0'))
        return TRUE;
    }
  return FALSE;
}

/* @rel without the extension of its last component. */
static char *
strip_ext (const char *rel)
{
  const char *slash = strrchr (rel, '/');
  const char *dot = strrchr (slash ? slash + 1 : rel, '.');

  if (!dot || dot == (slash ? slash + 1 : rel))
    return g_strdup (rel);
  return g_strndup (rel, (gsize)(dot - rel));
}

static void
add_error (GPtrArray *errors, const char *path, int err, const char *what)
{
  g_ptr_array_add (errors,
                   g_error_new (FD_INGEST_ERROR, FD_INGEST_ERROR_IO, "%s: %s",
                                path, what ? what : g_strerror (err)));
}

static FdReadInput *
input_new (const char *path, const char *rel)
{
  FdReadInput *in = g_new0 (FdReadInput, 1);

  in->path = g_strdup (path);
  in->id = strip_ext (rel);
  in->jsonl = has_suffix (path, ".jsonl");
  return in;
}

/* Reports that directory @dir does not open (errno @err) in GLib's own
 * words, as when the walk read directories with GDir: g_dir_open, asked
 * again, says it. */
static void
dir_error (GPtrArray *errors, const char *dir, int err)
{
  GError *gerr = NULL;
  GDir *again = g_dir_open (dir, 0, &gerr);

  if (again)
    {
      g_dir_close (again);
      add_error (errors, dir, err, NULL);
      return;
    }
  add_error (errors, dir, 0, gerr->message);
  g_error_free (gerr);
}

static void
walk (const char *dir, const char *rel, GArray *stack, GPtrArray *found,
      GPtrArray *errors)
{
  DIR *d = opendir (dir);
  struct dirent *e;

  if (!d)
    {
      dir_error (errors, dir, errno);
      return;
    }
  while ((e = readdir (d)))
    {
      const char *name = e->d_name;
      g_autofree char *path = NULL, *crel = NULL;
      struct stat st;

      if (name[0] == '.')
        continue;
      /* A regular file (not a link) needs no stat: readdir gave its
       * type, and one stat per article was a third of the walk's
       * system calls.  Everything else (directories, links, and any
       * entry whose type the file system does not give) is looked at
       * as before. */
      if (e->d_type == DT_REG && !(wanted (name) && !is_note (name)))
        continue;
      path = g_build_filename (dir, name, NULL);
      crel = rel ? g_build_filename (rel, name, NULL) : g_strdup (name);
      if (e->d_type == DT_REG)
        {
          g_ptr_array_add (found, input_new (path, crel));
          continue;
        }
      if (stat (path, &st) != 0)
        {
          /* A dangling or self-referencing link is only our business when
           * it would have been an input. */
          if (wanted (name) || errno == ELOOP)
            add_error (errors, path, errno, NULL);
          continue;
        }
      if (S_ISDIR (st.st_mode))
        {
          DirId id = { st.st_dev, st.st_ino };
          gboolean loop = FALSE;
          for (guint k = 0; k < stack->len && !loop; k++)
            {
              DirId *up = &g_array_index (stack, DirId, k);
              loop = up->dev == id.dev && up->ino == id.ino;
            }
          if (loop)
            {
              add_error (errors, path, 0,
                         "symbolic link loop (leads back to a directory "
                         "above it); not followed");
              continue;
            }
          g_array_append_val (stack, id);
          walk (path, crel, stack, found, errors);
          g_array_set_size (stack, stack->len - 1);
        }
      else if (S_ISREG (st.st_mode) && wanted (name) && !is_note (name))
        g_ptr_array_add (found, input_new (path, crel));
    }
  closedir (d);
}

static gint
by_path (gconstpointer a, gconstpointer b)
{
  const FdReadInput *x = *(FdReadInput *const *)a;
  const FdReadInput *y = *(FdReadInput *const *)b;
  return strcmp (x->path, y->path);
}

void
fd_read_expand (const char *name, GPtrArray *inputs, GPtrArray *errors)
{
  struct stat st;

  if (strcmp (name, "-") == 0)
    {
      FdReadInput *in = g_new0 (FdReadInput, 1);
      in->path = g_strdup ("-");
      in->id = g_strdup ("-");
      g_ptr_array_add (inputs, in);
      return;
    }
  if (stat (name, &st) != 0)
    {
      add_error (errors, name, errno, NULL);
      return;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (DirId));
      g_autoptr (GPtrArray) found = g_ptr_array_new ();
      DirId id = { st.st_dev, st.st_ino };

      g_array_append_val (stack, id);
      walk (name, NULL, stack, found, errors);
      g_ptr_array_sort (found, by_path);
      for (guint k = 0; k < found->len; k++)
        g_ptr_array_add (inputs, found->pdata[k]);
      return;
    }
  g_ptr_array_add (
      inputs,
      input_new (name, g_str_has_prefix (name, "./") ? name + 2 : name));
}

/* The error for line @line, of which @over bytes were read without its
 * end (@last is the last of them): reads the rest of the line from @fd
 * into a small buffer, only to count it, and sets @error.  Like ingest's
 * own count, the length leaves out a "\r" before the newline. */
static void
overlong_line (int fd, const char *name, gboolean jsonl, guint line,
               gsize over, char last, GError **error)
{
  char scratch[65536];
  gsize total = over;

  for (;;)
    {
      ssize_t r = read (fd, scratch, sizeof scratch);
      const char *nl;

      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        break;
      nl = memchr (scratch, '\n', (gsize)r);
      total += nl ? (gsize)(nl - scratch) : (gsize)r;
      if (nl)
        {
          last = nl > scratch ? nl[-1] : last;
          if (last == '\r')
            total--;
          break;
        }
      last = scratch[r - 1];
    }
  g_set_error (error, FD_INGEST_ERROR,
               jsonl ? FD_INGEST_ERROR_JSON : FD_INGEST_ERROR_ENCODING,
               "%s:%u: line of %" G_GSIZE_FORMAT
               " bytes, over the limit of %" G_GSIZE_FORMAT " for %s",
               name, line, total,
               jsonl ? FD_INGEST_MAX_RECORD : FD_INGEST_MAX_LINE,
               jsonl ? "a JSON Lines record" : "article text");
}

gboolean
fd_read_contents (const char *path, gboolean jsonl, char **data, gsize *len,
                  GError **error)
{
  gboolean is_stdin = strcmp (path, "-") == 0;
  const char *name = is_stdin ? "(standard input)" : path;
  int fd = is_stdin ? STDIN_FILENO : open (path, O_RDONLY | O_CLOEXEC);
  gsize cap = 65536, n = 0, line_start = 0;
  gboolean known = !is_stdin; /* whether @jsonl is decided */
  guint line = 1;
  char *buf = NULL;
  struct stat st;
  gsize whole = G_MAXSIZE; /* a regular file's size, when known */
  gboolean ok = FALSE;

  if (fd < 0)
    {
      g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_IO, "%s: %s", path,
                   g_strerror (errno));
      return FALSE;
    }
  /* Regular files are read in one go into a buffer of their size (up to
   * what one long line may need); pipes grow the buffer geometrically, so
   * reading stays linear. */
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0)
    {
      cap = (gsize)MIN ((guint64)st.st_size, (guint64)FD_INGEST_MAX_RECORD)
            + 1;
      whole = (gsize)st.st_size;
    }
  buf = g_try_malloc (cap + 1);
  if (!buf)
    goto nomem;
  for (;;)
    {
      ssize_t r;
      gsize limit;
      const char *nl;

      if (n == cap)
        {
          char *more = g_try_realloc (buf, cap * 2 + 1);
          if (!more)
            goto nomem;
          buf = more;
          cap *= 2;
        }
      r = read (fd, buf + n, cap - n);
      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0)
        {
          g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_IO, "%s: %s",
                       name, g_strerror (errno));
          goto out;
        }
      if (r == 0)
        break;
      for (gsize i = n; !known && i < n + (gsize)r; i++)
        if (!g_ascii_isspace (buf[i]))
          {
            jsonl = buf[i] == '{';
            known = TRUE;
          }
      for (nl = memchr (buf + n, '\n', (gsize)r); nl;
           nl = memchr (nl + 1, '\n', (gsize)(buf + n + r - nl - 1)))
        {
          line_start = (gsize)(nl - buf) + 1;
          line++;
        }
      n += (gsize)r;
      /* Undecided standard input (all white space so far) gets the larger
       * limit. */
      limit = jsonl || !known ? FD_INGEST_MAX_RECORD : FD_INGEST_MAX_LINE;
      /* One byte of slack for a "\r" before the newline to come. */
      if (n - line_start > limit + 1)
        {
          overlong_line (fd, name, jsonl, line, n - line_start, buf[n - 1],
                         error);
          goto out;
        }
      /* A file of a collection is read with one read (): having all the
       * bytes its size promised, it needs no second call to see the end. */
      if (n == whole)
        break;
    }
  buf[n] = '\0';
  *data = buf;
  *len = n;
  buf = NULL;
  ok = TRUE;
  goto out;
nomem:
  g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_IO,
               "%s: not enough memory to read it", name);
out:
  g_free (buf);
  if (!is_stdin)
    close (fd);
  return ok;
}
