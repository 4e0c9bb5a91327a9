/* value.h - reading claim values as quantities and judging whether two of
 * them can both be true.
 *
 * Durations become seconds, dates become day intervals (a month or an ISO
 * week is an interval, not a point), numbers stay numbers.  A hedge widens
 * a value ("about 30" is 30 give or take 15%) or makes it a bound ("more
 * than 30").  Two values are compatible when their ranges meet. */
#pragma once

#include "claims/claim.h"

typedef struct
{
  double lo, hi;  /* the range the claim allows */
  double point;   /* the value as stated (the middle of a range) */
  double scale;   /* what a difference is measured against: 0 means
                     relative to the values (numbers, durations); dates
                     use a fixed 14 days */
  gboolean valid; /* FALSE when the value could not be read */
} FdRange;

/* Reads @c's value (and value_max, hedge) into a range in the unit of its
 * type: seconds for durations, days since 0001-01-01 for dates and times,
 * the number itself for numbers. */
FdRange fd_value_range (const FdClaim *c);

/* Reads a TIMEX3 duration ("PT30M", "P2W", "P1Y6M") into seconds; FALSE
 * for unspecified ones ("PXW") or garbage. */
gboolean fd_value_duration_seconds (const char *v, double *seconds);

/* Reads a TIMEX3 date ("2025-06-17", "2025-06", "2025-W25", "2025",
 * "2025-06-17T15:46") into a closed interval of days [*lo, *hi]; FALSE for
 * unresolved values (PAST_REF, XXXX-…). */
gboolean fd_value_date_days (const char *v, double *lo, double *hi);

/* How far apart two ranges are, relative to their size: 0 when they meet,
 * up to 1 for values that differ by an order of magnitude or more. */
double fd_value_distance (FdRange a, FdRange b);

/* Formats @days (as from fd_value_date_days) as YYYY-MM-DD into @buf. */
void fd_value_format_day (double days, char buf[11]);
