/* ingest.c - see ingest.h: the ingest stage from names to documents.
 *
 * The order of work per article is fixed and every step is one linear
 * pass: check the encoding, cut the text into lines, classify the lines
 * (lineclass.c), then read the metadata (meta.c), which needs to know
 * which line is the headline and which are date stamps.  Reading files and
 * walking directories is read.c's business, JSON Lines is jsonl.c's. */
#include "ingest/ingest.h"
#include "ingest/encoding.h"
#include "ingest/ingest-private.h"
#include "ingest/jsonl.h"
#include "ingest/lineclass.h"
#include "ingest/read.h"

#include <string.h>

G_DEFINE_QUARK (fd - ingest - error - quark, fd_ingest_error)

/* Cuts doc->text into physical lines from @from; fails on a line longer
 * than FD_INGEST_MAX_LINE or an article longer than FD_INGEST_MAX_ARTICLE
 * (whose offsets would not fit an FdLine). */
static gboolean
find_lines (FdDoc *doc, gsize from, const char *name, GError **error)
{
  GArray *lines;
  gsize i = from;

  if (doc->len > FD_INGEST_MAX_ARTICLE)
    {
      g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_ENCODING,
                   "%s: article of %" G_GSIZE_FORMAT
                   " bytes, over the limit of %" G_GSIZE_FORMAT,
                   name, doc->len, FD_INGEST_MAX_ARTICLE);
      return FALSE;
    }
  lines = g_array_sized_new (FALSE, FALSE, sizeof (FdLine), doc->len / 64 + 8);

  while (i < doc->len)
    {
      FdLine l = { (guint32)i, (guint32)i, FD_LINE_BODY };
      const char *nl = memchr (doc->text + i, '\n', doc->len - i);
      gsize next = nl ? (gsize)(nl - doc->text) + 1 : doc->len;

      l.end = (guint32)(nl ? (gsize)(nl - doc->text) : doc->len);
      if (l.end - l.start > FD_INGEST_MAX_LINE)
        {
          g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_ENCODING,
                       "%s:%u: line of %" G_GSIZE_FORMAT
                       " bytes, over the limit of %" G_GSIZE_FORMAT
                       " for article text",
                       name, lines->len + 1, (gsize)(l.end - l.start),
                       FD_INGEST_MAX_LINE);
          g_array_free (lines, TRUE);
          return FALSE;
        }
      if (l.end > l.start && doc->text[l.end - 1] == '\r')
        l.end--;
      if (l.end == l.start)
        l.cls = FD_LINE_BLANK;
      g_array_append_val (lines, l);
      i = next;
    }
  doc->n_lines = lines->len;
  doc->lines = (FdLine *)g_array_free (lines, FALSE);
  return TRUE;
}

FdDoc *
fd_ingest_take (const char *id, const char *path, guint record,
                const char *name, char *data, gsize len,
                const FdMetaGiven *given, const FdIngestOptions *opts,
                GError **error)
{
  FdDoc *doc = NULL;
  gsize skip;

  if (!fd_encoding_check (data, len, name, &skip, error))
    {
      g_free (data);
      return NULL;
    }
  doc = fd_doc_new ();
  doc->id = g_strdup (id);
  doc->path = g_strdup (path);
  doc->record = record;
  doc->text = data;
  doc->text[len] = '\0';
  doc->len = len;
  if (!find_lines (doc, skip, name, error))
    goto fail;
  fd_lineclass_classify (doc);
  if (!fd_meta_fill (doc, given, opts, error))
    goto fail;
  return doc;
fail:
  fd_doc_free (doc);
  return NULL;
}

FdDoc *
fd_ingest_buffer (const char *id, const char *path, const char *data,
                  gsize len, const FdIngestOptions *opts, GError **error)
{
  char *copy = g_malloc (len + 1);

  memcpy (copy, data, len);
  return fd_ingest_take (id, path, 0, path, copy, len, NULL, opts, error);
}

/* Reads one input (a file or standard input) into @docs / @errors. */
static guint
ingest_input (const FdReadInput *in, const FdIngestOptions *opts,
              GPtrArray *docs, GPtrArray *errors)
{
  gboolean is_stdin = strcmp (in->path, "-") == 0;
  const char *name = is_stdin ? "(standard input)" : in->path;
  char *data = NULL;
  gsize len = 0, i = 0;
  GError *err = NULL;
  FdDoc *doc;
  guint n;

  if (!fd_read_contents (in->path, in->jsonl, &data, &len, &err))
    {
      g_ptr_array_add (errors, err);
      return 1;
    }
  /* Standard input holds JSON Lines when it starts with an object. */
  while (is_stdin && i < len && g_ascii_isspace (data[i]))
    i++;
  if (in->jsonl || (is_stdin && i < len && data[i] == '{'))
    {
      if (!fd_encoding_check_wide (data, len, name, &err))
        {
          g_ptr_array_add (errors, err);
          g_free (data);
          return 1;
        }
      n = fd_jsonl_read (name, data, len, opts, docs, errors);
      g_free (data);
      return n;
    }
  doc = fd_ingest_take (in->id, in->path, 0, name, data, len, NULL, opts,
                        &err);
  if (!doc)
    {
      g_ptr_array_add (errors, err);
      return 1;
    }
  g_ptr_array_add (docs, doc);
  return 0;
}

/* One input of one name, read on any thread: its articles and problems
 * wait here to be appended in input order. */
typedef struct
{
  const FdReadInput *in;
  const FdIngestOptions *opts;
  gboolean skip;     /* standard input named twice: the error is set */
  GPtrArray *docs;   /* FdDoc*, owned until moved */
  GPtrArray *errors; /* GError*, owned until moved */
} InputTask;

static void
input_task (gpointer data, gpointer user_data)
{
  InputTask *t = data;

  (void)user_data;
  if (!t->skip)
    ingest_input (t->in, t->opts, t->docs, t->errors);
}

/* Reads @inputs (FdReadInput*) on up to @threads threads and appends
 * their articles and problems in input order.  *@stdin_seen counts the
 * standard inputs met so far. */
static void
ingest_inputs (GPtrArray *inputs, const FdIngestOptions *opts, guint threads,
               guint *stdin_seen, GPtrArray *docs, GPtrArray *errors)
{
  guint n = inputs->len;
  g_autofree InputTask *tasks = g_new0 (InputTask, MAX (n, 1));

  for (guint k = 0; k < n; k++)
    {
      InputTask *t = &tasks[k];
      t->in = inputs->pdata[k];
      t->opts = opts;
      t->docs = g_ptr_array_new ();
      t->errors = g_ptr_array_new ();
      /* Standard input can be read once; "- -" would give an empty
       * second article. */
      if (strcmp (t->in->path, "-") == 0 && (*stdin_seen)++)
        {
          g_ptr_array_add (t->errors,
                           g_error_new (FD_INGEST_ERROR, FD_INGEST_ERROR_IO,
                                        "-: standard input named twice"));
          t->skip = TRUE;
        }
    }
  if (threads > 1 && n > 1)
    {
      GThreadPool *pool = g_thread_pool_new (
          input_task, NULL, (gint)MIN (threads, n), FALSE, NULL);
      for (guint k = 0; k < n; k++)
        g_thread_pool_push (pool, &tasks[k], NULL);
      g_thread_pool_free (pool, FALSE, TRUE);
    }
  else
    for (guint k = 0; k < n; k++)
      input_task (&tasks[k], NULL);
  for (guint k = 0; k < n; k++)
    {
      g_ptr_array_extend_and_steal (docs, tasks[k].docs);
      g_ptr_array_extend_and_steal (errors, tasks[k].errors);
    }
}

guint
fd_ingest_paths (const char *const *paths, const FdIngestOptions *opts,
                 GPtrArray *docs, GPtrArray *errors)
{
  g_autoptr (GPtrArray) inputs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_read_input_free);
  FdIngestOptions checked = { 0 };
  guint before = errors->len, stdin_seen = 0;

  if (opts)
    checked = *opts;
  if (checked.date)
    {
      FdMetaDate d;
      if (!fd_meta_parse_date (checked.date, strlen (checked.date), &d))
        {
          g_ptr_array_add (
              errors, g_error_new (FD_INGEST_ERROR, FD_INGEST_ERROR_DATE,
                                   "--date: not a date: %s", checked.date));
          checked.date = NULL;
        }
    }
  /* One name at a time, so that problems are reported in the order the
   * names were given. */
  for (; *paths; paths++)
    {
      g_ptr_array_set_size (inputs, 0);
      fd_read_expand (*paths, inputs, errors);
      ingest_inputs (inputs, &checked, checked.threads, &stdin_seen, docs,
                     errors);
    }
  return errors->len - before;
}
