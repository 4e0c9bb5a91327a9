/* exit.h - the exit statuses of factdiff, named once.
 *
 * They follow diff(1): 0 when there is nothing to report, 1 when
 * discrepancies were found, 2 when something went wrong (bad usage, an
 * unreadable or invalid input, a failed write).  Every command returns one
 * of these and nothing else. */
#pragma once

typedef enum
{
  FD_EXIT_OK = 0,
  FD_EXIT_FOUND = 1,
  FD_EXIT_TROUBLE = 2,
} FdExit;
