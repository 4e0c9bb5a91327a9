/* calendar.c - see calendar.h.
 *
 * The day-number conversions use the era arithmetic of the proleptic
 * Gregorian calendar (400-year eras of 146097 days, years starting in March
 * so that the leap day falls last), which needs no tables and no loops. */
#include "claims/calendar.h"

static gint64
floor_div (gint64 a, gint64 b)
{
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

gint64
fd_calendar_days (int y, int m, int d)
{
  gint64 yy, era, yoe, doy, doe;

  /* Normalise the month first so callers may pass m = 0 or 13. */
  yy = y + floor_div (m - 1, 12);
  m = (int)((m - 1) - 12 * floor_div (m - 1, 12)) + 1;
  yy -= m <= 2;
  era = floor_div (yy, 400);
  yoe = yy - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void
fd_calendar_civil (gint64 days, int *y, int *m, int *d)
{
  gint64 z = days + 719468, era, doe, yoe, doy, mp;

  era = floor_div (z, 146097);
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int
fd_calendar_weekday (gint64 days)
{
  /* 1970-01-01 was a Thursday (4). */
  gint64 w = (days + 3) % 7;
  if (w < 0)
    w += 7;
  return (int)w + 1;
}

void
fd_calendar_iso_week (gint64 days, int *year, int *week)
{
  /* The ISO week belongs to the year of its Thursday. */
  gint64 thu = days - fd_calendar_weekday (days) + 4;
  int y, m, d;

  fd_calendar_civil (thu, &y, &m, &d);
  *year = y;
  *week = (int)((thu - fd_calendar_days (y, 1, 1)) / 7) + 1;
}

int
fd_calendar_month_days (int y, int m)
{
  return (int)(fd_calendar_days (y, m + 1, 1) - fd_calendar_days (y, m, 1));
}

gboolean
fd_calendar_parse (const char *s, gint64 *days)
{
  int y, m, d;

  for (int i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? s[i] != '-' : !g_ascii_isdigit (s[i]))
      return FALSE;
  if (s[10] != '\0')
    return FALSE;
  y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10
      + (s[3] - '0');
  m = (s[5] - '0') * 10 + (s[6] - '0');
  d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1 || d > fd_calendar_month_days (y, m))
    return FALSE;
  *days = fd_calendar_days (y, m, d);
  return TRUE;
}

gint64
fd_calendar_nth_weekday (int y, int m, int wd, int n)
{
  gint64 first, last;

  if (n > 0)
    {
      first = fd_calendar_days (y, m, 1);
      return first + (wd - fd_calendar_weekday (first) + 7) % 7 + 7 * (n - 1);
    }
  last = fd_calendar_days (y, m, fd_calendar_month_days (y, m));
  return last - (fd_calendar_weekday (last) - wd + 7) % 7;
}

gint64
fd_calendar_easter (int y)
{
  /* The anonymous Gregorian computus (Meeus/Jones/Butcher). */
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

  return fd_calendar_days (y, month, day);
}
