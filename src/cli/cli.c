/* cli.c - see cli.h: what every subcommand shares. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>

void
fd_cli_error (const char *fmt, ...)
{
  va_list ap;

  fputs ("factdiff: ", stderr);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

int
fd_cli_usage_error (const char *msg)
{
  fd_cli_error ("%s", msg);
  fputs ("Try 'factdiff --help'\n", stderr);
  return FD_EXIT_TROUBLE;
}

gboolean
fd_cli_parse (const char *name, const char *params, const char *summary,
              const GOptionEntry *entries, int *argc, char ***argv)
{
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) err = NULL;
  g_autofree char *prg = g_strdup_printf ("factdiff %s", name);

  /* GOption prints "Usage: <prgname> …" in --help. */
  g_set_prgname (prg);
  ctx = g_option_context_new (params);
  g_option_context_set_summary (ctx, summary);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, argc, argv, &err))
    {
      fd_cli_usage_error (err->message);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
fd_cli_load (int argc, char **argv, const FdIngestOptions *opts,
             gboolean *had_errors)
{
  GPtrArray *docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  g_autoptr (GPtrArray) errors
      = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autofree const char **paths = g_new0 (const char *, (gsize)argc + 1);

  for (int i = 1; i < argc; i++)
    paths[i - 1] = argv[i];
  fd_ingest_paths (paths, opts, docs, errors);
  for (guint i = 0; i < errors->len; i++)
    fd_cli_error ("%s", ((GError *)errors->pdata[i])->message);
  *had_errors = errors->len > 0;
  return docs;
}

int
fd_cli_not_built (const char *name)
{
  fd_cli_error ("'%s' is not built yet", name);
  return FD_EXIT_TROUBLE;
}
