/* cmd-dedup.c - `factdiff dedup`.  Not built yet. */
#include "cli/cli.h"

int
fd_cmd_dedup (int argc, char **argv)
{
  const GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };

  if (!fd_cli_parse ("dedup", "PATH...", "Not built yet.", entries, &argc,
                     &argv))
    return FD_EXIT_TROUBLE;
  return fd_cli_not_built ("dedup");
}
