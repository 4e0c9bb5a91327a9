/* calendar.h - proleptic Gregorian date arithmetic for the temporal
 * extractor: day numbers, weekdays, ISO weeks, adding months.
 *
 * Dates are counted as days since 1970-01-01 (negative before), which makes
 * "three days ago" or "the most recent Tuesday" plain integer arithmetic.
 * Nothing here allocates. */
#pragma once

#include <glib.h>

/* Day number of @y-@m-@d (m 1..12, d 1..31; out-of-range days roll over
 * as in mktime, so 2025-02-30 is 2025-03-02). */
gint64 fd_calendar_days (int y, int m, int d);

/* Inverse of fd_calendar_days. */
void fd_calendar_civil (gint64 days, int *y, int *m, int *d);

/* ISO weekday of day number @days: 1 Monday … 7 Sunday. */
int fd_calendar_weekday (gint64 days);

/* ISO 8601 week of @days: the week-numbering year and the week 1..53. */
void fd_calendar_iso_week (gint64 days, int *year, int *week);

/* Number of days in month @m of year @y. */
int fd_calendar_month_days (int y, int m);

/* Day number of the @n-th weekday @wd (1 Monday … 7 Sunday) of month @m
 * of year @y, counting from 1; @n -1 is the last one ("the fourth Thursday
 * of November", "the last Monday of May"). */
gint64 fd_calendar_nth_weekday (int y, int m, int wd, int n);

/* Day number of Easter Sunday of year @y (Gregorian). */
gint64 fd_calendar_easter (int y);

/* Parses "YYYY-MM-DD" (exactly) into a day number; FALSE when @s is not a
 * valid date. */
gboolean fd_calendar_parse (const char *s, gint64 *days);
