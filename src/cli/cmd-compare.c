/* cmd-compare.c - `factdiff compare` (also plain `factdiff PATH…`): read
 * the articles, split them, compare their claims and write the reports.
 *
 * The per-article work (splitting) runs on a pool of threads; each task
 * touches only its own document and the documents keep their order, so the
 * output is the same bytes whatever --threads says.  Reports go to stdout,
 * to one file, or to report.<format> files in a directory, each written
 * whole or not at all.  The exit status follows diff(1): 1 when there are
 * discrepancies (as --fail-on counts them), 2 when an input could not be
 * read or an output not written, which wins over 1. */
#include "cli/cli.h"
#include "compare/compare.h"
#include "core/atomic.h"
#include "report/report.h"
#include "split/split.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

typedef enum
{
  FAIL_ON_DEFAULT, /* any, or new when a baseline is given */
  FAIL_ON_ANY,
  FAIL_ON_NEW,
  FAIL_ON_NONE,
} FailOn;

/* Progress of the split tasks, shared by the pool's threads. */
typedef struct
{
  GMutex lock;
  guint done, total;
  gboolean show; /* stderr is a terminal and --quiet was not given */
} Progress;

static void
split_task (gpointer data, gpointer user_data)
{
  Progress *p = user_data;

  fd_split_doc (data);
  g_mutex_lock (&p->lock);
  p->done++;
  if (p->show)
    fprintf (stderr, "\rfactdiff: split %u/%u articles", p->done, p->total);
  g_mutex_unlock (&p->lock);
}

static void
split_all (GPtrArray *docs, guint threads, Progress *p)
{
  GThreadPool *pool;

  p->total = docs->len;
  if (threads <= 1 || docs->len <= 1)
    {
      for (guint i = 0; i < docs->len; i++)
        split_task (docs->pdata[i], p);
      return;
    }
  pool = g_thread_pool_new (split_task, p, (gint)MIN (threads, docs->len),
                            FALSE, NULL);
  for (guint i = 0; i < docs->len; i++)
    g_thread_pool_push (pool, docs->pdata[i], NULL);
  /* Waits for every queued task before returning. */
  g_thread_pool_free (pool, FALSE, TRUE);
}

/* Writes one output whole (see FdAtomicFile); FALSE after printing the
 * error. */
static gboolean
write_output (const char *path, const char *data, gsize len)
{
  g_autoptr (GError) err = NULL;
  FdAtomicFile *f = fd_atomic_file_open (path);

  fd_atomic_file_write (data, len, f);
  if (fd_atomic_file_close (f, &err))
    return TRUE;
  fd_cli_error ("%s", err->message);
  return FALSE;
}

/* Renders @cmp in @format straight to @path, a piece at a time, so that
 * the report is never whole in memory; FALSE after printing the error. */
static gboolean
write_report (const char *path, FdReportFormat format, const FdCompare *cmp,
              const FdReportOptions *ropts)
{
  g_autoptr (GError) err = NULL;
  FdAtomicFile *f = fd_atomic_file_open (path);

  fd_report_write (format, cmp, ropts, fd_atomic_file_write, f);
  if (fd_atomic_file_close (f, &err))
    return TRUE;
  fd_cli_error ("%s", err->message);
  return FALSE;
}

static gboolean
parse_fail_on (const char *s, FailOn *out)
{
  if (!s)
    *out = FAIL_ON_DEFAULT;
  else if (strcmp (s, "any") == 0)
    *out = FAIL_ON_ANY;
  else if (strcmp (s, "new") == 0)
    *out = FAIL_ON_NEW;
  else if (strcmp (s, "none") == 0)
    *out = FAIL_ON_NONE;
  else
    return FALSE;
  return TRUE;
}

/* The formats asked for, in order, each once; md when none.  With no -f,
 * "-o x.json" picks the format from the file name. */
static gboolean
parse_formats (char **names, const char *output, GArray *formats)
{
  for (guint i = 0; names && names[i]; i++)
    {
      FdReportFormat f;
      gboolean seen = FALSE;

      if (!fd_report_format_parse (names[i], &f))
        {
          g_autofree char *msg = g_strdup_printf (
              "unknown format '%s' (md, csv, tsv, json, html, junit, sarif)",
              names[i]);
          fd_cli_usage_error (msg);
          return FALSE;
        }
      for (guint j = 0; j < formats->len; j++)
        seen |= g_array_index (formats, FdReportFormat, j) == f;
      if (!seen)
        g_array_append_val (formats, f);
    }
  if (formats->len == 0)
    {
      FdReportFormat f = FD_REPORT_MD;
      for (int i = 0; output && i < FD_REPORT_N_FORMATS; i++)
        {
          const char *file = fd_report_file_name ((FdReportFormat)i);
          /* "report.junit.xml" -> ".junit.xml", and plain ".xml" too. */
          if (g_str_has_suffix (output, strchr (file, '.'))
              || (i == FD_REPORT_JUNIT && g_str_has_suffix (output, ".xml")))
            f = (FdReportFormat)i;
        }
      g_array_append_val (formats, f);
    }
  return TRUE;
}

int
fd_cmd_compare (int argc, char **argv)
{
  g_auto (GStrv) format_names = NULL;
  g_autofree char *output = NULL, *date = NULL, *outlet = NULL;
  g_autofree char *baseline_path = NULL, *write_baseline = NULL;
  g_autofree char *fail_on_name = NULL, *summary = NULL, *aliases = NULL;
  gboolean quiet = FALSE;
  gint threads = 0;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING_ARRAY, &format_names,
      "Report format: md (default), csv, tsv, json, html, junit, sarif; "
      "repeat for several",
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the report to FILE, or report.FORMAT files to DIR (needed "
      "with several formats)",
      "DIR|FILE" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      "Publication date of standard input and of undated files", "DATE" },
    { "outlet", 0, 0, G_OPTION_ARG_STRING, &outlet, "Outlet of standard input",
      "NAME" },
    { "baseline", 0, 0, G_OPTION_ARG_FILENAME, &baseline_path,
      "Hide the discrepancies recorded in FILE and list those gone", "FILE" },
    { "write-baseline", 0, 0, G_OPTION_ARG_FILENAME, &write_baseline,
      "Record the current discrepancies in FILE", "FILE" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on_name,
      "Exit 1 for any discrepancy, only new ones (not in the baseline), or "
      "none (default: any; new with --baseline)",
      "any|new|none" },
    { "summary", 0, 0, G_OPTION_ARG_FILENAME, &summary,
      "Also write a Markdown summary (under 1 MiB) to FILE for a CI job "
      "page",
      "FILE" },
    { "aliases", 0, 0, G_OPTION_ARG_FILENAME, &aliases,
      "Name spellings that are one entity: one entity a line, spellings "
      "separated by a tab or \" = \"",
      "FILE" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      "Show no progress on a terminal", NULL },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads,
      "Process articles on N threads (default: one per processor); the "
      "output is the same for every N",
      "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GArray) formats
      = g_array_new (FALSE, FALSE, sizeof (FdReportFormat));
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (FdCompare) cmp = NULL;
  g_autoptr (FdBaseline) baseline = NULL;
  FdIngestOptions ingest = { 0 };
  FdCompareOptions copts = { 0 };
  FdReportOptions ropts = { 0 };
  Progress progress = { 0 };
  gboolean trouble = FALSE, to_dir;
  FailOn fail_on;
  guint found;

  if (!fd_cli_parse ("compare", "PATH...",
                     "Compare articles about one story and report where "
                     "they disagree.\n\n"
                     "Exit status: 0 nothing to report, 1 discrepancies "
                     "found (see --fail-on), 2 trouble.",
                     entries, &argc, &argv))
    return FD_EXIT_TROUBLE;
  if (argc < 2)
    return fd_cli_usage_error ("no input given");
  if (!parse_fail_on (fail_on_name, &fail_on))
    return fd_cli_usage_error ("--fail-on takes any, new or none");
  if (threads < 0)
    return fd_cli_usage_error ("--threads takes a positive number");
  if (!parse_formats (format_names, output, formats))
    return FD_EXIT_TROUBLE;
  if (formats->len > 1 && !output)
    return fd_cli_usage_error ("several formats need -o DIR");
  if (fail_on == FAIL_ON_DEFAULT)
    fail_on = baseline_path ? FAIL_ON_NEW : FAIL_ON_ANY;

  if (baseline_path)
    {
      g_autoptr (GError) err = NULL;

      baseline = fd_baseline_load (baseline_path, &err);
      if (!baseline)
        {
          fd_cli_error ("%s", err->message);
          return FD_EXIT_TROUBLE;
        }
      ropts.baseline = baseline;
    }

  ingest.date = date;
  ingest.outlet = outlet;
  ingest.threads = threads > 0 ? (guint)threads : g_get_num_processors ();
  docs = fd_cli_load (argc, argv, &ingest, &trouble);

  g_mutex_init (&progress.lock);
  progress.show = !quiet && isatty (STDERR_FILENO);
  split_all (docs, threads > 0 ? (guint)threads : g_get_num_processors (),
             &progress);
  g_mutex_clear (&progress.lock);
  if (progress.show)
    fprintf (stderr, "\rfactdiff: comparing %u articles…\033[K", docs->len);
  copts.aliases = aliases;
  copts.threads = threads > 0 ? (guint)threads : g_get_num_processors ();
  ropts.threads = copts.threads;
  {
    g_autoptr (GError) err = NULL;
    cmp = fd_compare_run (docs, &copts, &err);
    if (!cmp)
      {
        fd_cli_error ("%s", err->message);
        return FD_EXIT_TROUBLE;
      }
  }
  if (progress.show)
    fputs ("\r\033[K", stderr);

  /* From here on the work is done: an interrupt waits until every output
   * is written whole, so none of them is left half-written or from an
   * earlier run while the others are new. */
  fd_atomic_hold_signals ();
  /* One format and -o naming a file: that file.  Otherwise -o is a
   * directory that gets report.<format> files. */
  to_dir = output
           && (formats->len > 1 || g_file_test (output, G_FILE_TEST_IS_DIR));
  if (to_dir && g_mkdir_with_parents (output, 0777) != 0)
    {
      int saved = errno;
      fd_cli_error ("%s: %s", output, g_strerror (saved));
      fd_atomic_release_signals ();
      return FD_EXIT_TROUBLE;
    }
  for (guint i = 0; i < formats->len; i++)
    {
      FdReportFormat f = g_array_index (formats, FdReportFormat, i);
      g_autofree char *path
          = to_dir ? g_build_filename (output, fd_report_file_name (f), NULL)
                   : g_strdup (output ? output : "-");

      if (!write_report (path, f, cmp, &ropts))
        trouble = TRUE;
    }
  if (write_baseline)
    {
      g_autoptr (FdBaseline) now = fd_baseline_from_compare (cmp);
      gsize len = 0;
      g_autofree char *data = fd_baseline_to_json (now, &len);

      if (!write_output (write_baseline, data, len))
        trouble = TRUE;
    }
  if (summary)
    {
      gsize len = 0;
      g_autofree char *data
          = fd_report_summary (cmp, &ropts, FD_REPORT_SUMMARY_LIMIT, &len);

      if (!write_output (summary, data, len))
        trouble = TRUE;
    }
  fd_atomic_release_signals ();

  if (trouble)
    return FD_EXIT_TROUBLE;
  switch (fail_on)
    {
    case FAIL_ON_NONE:
      found = 0;
      break;
    case FAIL_ON_NEW:
      found = fd_report_count_new (cmp, &ropts);
      break;
    case FAIL_ON_ANY:
    case FAIL_ON_DEFAULT:
    default:
      found = cmp->n_conflicts;
      break;
    }
  return found ? FD_EXIT_FOUND : FD_EXIT_OK;
}
