/* cli.h - the factdiff command line: one function per subcommand and the
 * helpers they share (option parsing, loading the corpus, messages).
 * Subcommands return an FdExit status; main() checks stdout at exit. */
#pragma once

#include "core/exit.h"
#include "ingest/ingest.h"

typedef int (*FdCommandFunc) (int argc, char **argv);

typedef struct
{
  const char *name;
  const char *summary; /* one line for `factdiff --help` */
  FdCommandFunc run;
} FdCommand;

int fd_cmd_compare (int argc, char **argv);
int fd_cmd_split (int argc, char **argv);
int fd_cmd_dedup (int argc, char **argv);
int fd_cmd_claims (int argc, char **argv);
int fd_cmd_inspect (int argc, char **argv);

/* The subcommand table, NULL-terminated (a constant table). */
extern const FdCommand fd_commands[];

/* Parses the options of subcommand @name from @argc/@argv with @entries
 * (NULL-terminated).  @params names the positional arguments in --help and
 * @summary says what the command does.  On a usage error prints
 * "factdiff: <problem>" and "Try 'factdiff --help'" to stderr and returns
 * FALSE; --help prints to stdout and exits 0. */
gboolean fd_cli_parse (const char *name, const char *params,
                       const char *summary, const GOptionEntry *entries,
                       int *argc, char ***argv);

/* Prints "factdiff: " @fmt to stderr, as one line. */
void fd_cli_error (const char *fmt, ...) G_GNUC_PRINTF (1, 2);

/* Prints the usage error @msg and the "Try" line; returns FD_EXIT_TROUBLE. */
int fd_cli_usage_error (const char *msg);

/* Ingests @paths (argv[1..argc-1] after option parsing), printing each
 * problem as one line on stderr.  Returns the documents (transfer full:
 * g_ptr_array_unref frees them) and sets *@had_errors. */
GPtrArray *fd_cli_load (int argc, char **argv, const FdIngestOptions *opts,
                        gboolean *had_errors);

/* Reports that @name is not built yet and returns FD_EXIT_TROUBLE. */
int fd_cli_not_built (const char *name);
