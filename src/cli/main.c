/* main.c - factdiff's entry point: picks the subcommand and makes sure
 * everything written to stdout really got there.
 *
 * `factdiff PATH...` is `factdiff compare PATH…`; so is any first argument
 * that is not a subcommand or a program-wide option, which lets compare's
 * own option parser report unknown options. */
#include "cli/cli.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

const FdCommand fd_commands[] = {
  { "compare",
    "align claims across outlets and report discrepancies "
    "(the default)",
    fd_cmd_compare },
  { "split", "print the sentences of one article", fd_cmd_split },
  { "dedup", "find repeated sentences and copied passages", fd_cmd_dedup },
  { "claims", "print the claims found in articles as JSON Lines",
    fd_cmd_claims },
  { "inspect", "show each line's class and the metadata found",
    fd_cmd_inspect },
  { NULL, NULL, NULL },
};

static int
main_help_or_version (int argc, char **argv)
{
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 'V', 0, G_OPTION_ARG_NONE, &version,
      "Print the version and exit", NULL },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("[COMMAND] PATH...");
  g_autoptr (GString) desc = g_string_new ("Commands:\n");
  g_autoptr (GError) err = NULL;
  g_autofree char *help = NULL;

  for (const FdCommand *c = fd_commands; c->name; c++)
    g_string_append_printf (desc, "  %-9s %s\n", c->name, c->summary);
  g_string_append (desc, "\n'factdiff COMMAND --help' describes a command.\n"
                         "Exit status: 0 nothing to report, 1 discrepancies "
                         "found, 2 trouble.\n");
  g_option_context_set_summary (
      ctx, "Compare news articles about one story: where outlets disagree "
           "on dates, durations,\nnumbers and quotes, and what they copied.");
  g_option_context_set_description (ctx, desc->str);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &err))
    return fd_cli_usage_error (err->message);
  if (version)
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return FD_EXIT_OK;
    }
  if (argc > 1)
    return fd_cli_usage_error ("unexpected argument after options");
  help = g_option_context_get_help (ctx, TRUE, NULL);
  fputs (help, stdout);
  return FD_EXIT_OK;
}

static int
dispatch (int argc, char **argv)
{
  const char *first = argc > 1 ? argv[1] : NULL;

  if (!first)
    return fd_cli_usage_error ("no input given");
  for (const FdCommand *c = fd_commands; c->name; c++)
    if (strcmp (first, c->name) == 0)
      return c->run (argc - 1, argv + 1);
  if (strcmp (first, "--help") == 0 || strcmp (first, "-h") == 0
      || strcmp (first, "--version") == 0 || strcmp (first, "-V") == 0
      || strcmp (first, "--help-all") == 0)
    return main_help_or_version (argc, argv);
  return fd_cmd_compare (argc, argv);
}

int
main (int argc, char **argv)
{
  int status;

  /* Text is UTF-8 whatever the user's locale; numbers and collation stay
   * "C" so that output is the same on every machine. */
  if (!setlocale (LC_CTYPE, "C.UTF-8"))
    setlocale (LC_CTYPE, "");
  g_set_prgname ("factdiff");
  /* Threads of finished pools end at once instead of idling until exit,
   * where valgrind sees their stacks as possibly lost. */
  g_thread_pool_set_max_unused_threads (0);
  status = dispatch (argc, argv);
  /* A full disk or a closed pipe shows up only here; never report success
   * for output that was lost. */
  if (fflush (stdout) != 0 || ferror (stdout) || fclose (stdout) != 0)
    {
      fprintf (stderr, "factdiff: write error: %s\n", g_strerror (errno));
      return FD_EXIT_TROUBLE;
    }
  return status;
}
