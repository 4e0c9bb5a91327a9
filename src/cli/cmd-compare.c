/* cmd-compare.c - `factdiff compare`.  Not built yet. */
#include "cli/cli.h"

int
fd_cmd_compare (int argc, char **argv)
{
  const GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };

  if (!fd_cli_parse ("compare", "PATH...", "Not built yet.", entries, &argc,
                     &argv))
    return FD_EXIT_TROUBLE;
  return fd_cli_not_built ("compare");
}
