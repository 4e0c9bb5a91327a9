/* value.c - see value.h.  Tolerances are deliberately generous: a
 * fact-checker wants to hear about 3 hours against 30 minutes, not about
 * "about 30" against "30". */
#include "compare/value.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Hedges that widen a value both ways, and those that make it a bound. */
static const char *const approx_hedges[] = {
  "about",  "around",    "roughly",    "approximately", "some",      "nearly",
  "almost", "close to",  "just",       "an estimated",  "estimated", "or so",
  "barely", "just over", "just under", "more or less",  "circa",
};
static const char *const lower_hedges[] = {
  "more than",    "over",         "at least", "upwards of",
  "in excess of", "no less than", "above",    "exceeding",
};
static const char *const upper_hedges[] = {
  "less than", "under",        "up to", "fewer than",
  "at most",   "no more than", "below", "within",
};

static gboolean
in_list (const char *h, const char *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (h, list[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
fd_value_duration_seconds (const char *v, double *seconds)
{
  static const double unit_date[] = { ['Y'] = 365.25 * 86400,
                                      ['M'] = 30.44 * 86400,
                                      ['W'] = 7 * 86400,
                                      ['D'] = 86400 };
  static const double unit_time[] = { ['H'] = 3600, ['M'] = 60, ['S'] = 1 };
  gboolean in_time = FALSE, any = FALSE;
  double total = 0;
  const char *p = v;

  if (!v || *p++ != 'P')
    return FALSE;
  while (*p)
    {
      char *end;
      double n;
      if (*p == 'T')
        {
          in_time = TRUE;
          p++;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return FALSE; /* "PXW" and friends: no size given */
      n = g_ascii_strtod (p, &end);
      if (end == p || !*end)
        return FALSE;
      if (in_time && (*end == 'H' || *end == 'M' || *end == 'S'))
        total += n * unit_time[(unsigned char)*end];
      else if (!in_time
               && (*end == 'Y' || *end == 'M' || *end == 'W' || *end == 'D'))
        total += n * unit_date[(unsigned char)*end];
      else
        return FALSE;
      any = TRUE;
      p = end + 1;
    }
  *seconds = total;
  return any;
}

static double
days_from_ymd (int y, int m, int d)
{
  GDate date;

  if (!g_date_valid_dmy (d, m, y))
    return NAN;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

/* The @n digits at @s as a number. */
static int
digits_at (const char *s, int n)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* TRUE when @v begins with a full "YYYY-MM-DD", as most dates are
 * written: read without sscanf, which reads it the same way. */
static gboolean
plain_ymd (const char *v, int *y, int *m, int *d)
{
  static const char shape[] = "dddd-dd-dd";

  for (int i = 0; shape[i]; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (v[i]) : v[i] != shape[i])
      return FALSE;
  *y = digits_at (v, 4);
  *m = digits_at (v + 5, 2);
  *d = digits_at (v + 8, 2);
  return TRUE;
}

gboolean
fd_value_date_days (const char *v, double *lo, double *hi)
{
  int y, m, d, w;
  char tail;

  if (!v || !g_ascii_isdigit (v[0]))
    return FALSE;
  if (plain_ymd (v, &y, &m, &d) || sscanf (v, "%4d-%2d-%2d", &y, &m, &d) == 3)
    {
      *lo = *hi = days_from_ymd (y, m, d);
      return !isnan (*lo);
    }
  if (sscanf (v, "%4d-W%2d", &y, &w) == 2)
    {
      /* ISO week w: the week holding January 4th is week 1. */
      double jan4 = days_from_ymd (y, 1, 4);
      GDate date;
      if (isnan (jan4) || w < 1 || w > 53)
        return FALSE;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, (guint32)jan4);
      *lo = jan4 - (g_date_get_weekday (&date) - 1) + 7.0 * (w - 1);
      *hi = *lo + 6;
      return TRUE;
    }
  if (sscanf (v, "%4d-%2d%c", &y, &m, &tail) >= 2 && m >= 1 && m <= 12
      && (strlen (v) == 7))
    {
      *lo = days_from_ymd (y, m, 1);
      *hi = *lo + g_date_get_days_in_month (m, y) - 1;
      return !isnan (*lo);
    }
  if (strlen (v) == 4 && sscanf (v, "%4d", &y) == 1)
    {
      *lo = days_from_ymd (y, 1, 1);
      *hi = days_from_ymd (y, 12, 31);
      return !isnan (*lo);
    }
  return FALSE;
}

void
fd_value_format_day (double days, char buf[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32)days);
  g_snprintf (buf, 11, "%04d-%02d-%02d", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
}

/* TRUE when @v is an optional '-' and 1 to 15 digits, with its value in
 * *@out: the numbers of most claims, read without g_ascii_strtod, which
 * gives the same double (such integers are exact). */
static gboolean
plain_integer (const char *v, double *out)
{
  const char *p = v + (v[0] == '-');
  gint64 n = 0;
  int k = 0;

  for (; g_ascii_isdigit (p[k]); k++)
    {
      if (k == 15)
        return FALSE;
      n = n * 10 + (p[k] - '0');
    }
  if (k == 0 || p[k] != '\0')
    return FALSE;
  *out = v[0] == '-' ? -(double)n : (double)n;
  return TRUE;
}

/* Reads one value string of @c's type into [lo, hi]. */
static gboolean
read_one (const FdClaim *c, const char *v, double *lo, double *hi)
{
  switch (c->type)
    {
    case FD_CLAIM_DURATION:
      if (!fd_value_duration_seconds (v, lo))
        return FALSE;
      *hi = *lo;
      return TRUE;
    case FD_CLAIM_DATE:
    case FD_CLAIM_TIME:
      return fd_value_date_days (v, lo, hi);
    case FD_CLAIM_NUMBER:
      {
        char *end;
        if (!v)
          return FALSE;
        if (plain_integer (v, lo))
          {
            *hi = *lo;
            return TRUE;
          }
        *lo = *hi = g_ascii_strtod (v, &end);
        return end != v && *end == '\0' && isfinite (*lo);
      }
    default:
      return FALSE;
    }
}

FdRange
fd_value_range (const FdClaim *c)
{
  FdRange r = { 0, 0, 0, 0, FALSE };
  double lo, hi, lo2, hi2;

  if (!read_one (c, c->value, &lo, &hi))
    return r;
  if (c->value_max && read_one (c, c->value_max, &lo2, &hi2))
    hi = MAX (hi, hi2);
  r.lo = lo;
  r.hi = hi;
  r.point = (lo + hi) / 2;
  r.valid = TRUE;
  if (c->type == FD_CLAIM_DATE || c->type == FD_CLAIM_TIME)
    r.scale = 14;
  if (c->hedge && c->type != FD_CLAIM_DATE && c->type != FD_CLAIM_TIME)
    {
      const char *h = c->hedge;
      double slack = 0.15 * MAX (fabs (lo), fabs (hi));
      if (in_list (h, approx_hedges, G_N_ELEMENTS (approx_hedges)))
        {
          r.lo -= slack;
          r.hi += slack;
        }
      else if (in_list (h, lower_hedges, G_N_ELEMENTS (lower_hedges)))
        r.hi = INFINITY;
      else if (in_list (h, upper_hedges, G_N_ELEMENTS (upper_hedges)))
        r.lo = -INFINITY;
      else
        {
          /* An unknown hedge still says "not exactly". */
          r.lo -= slack;
          r.hi += slack;
        }
    }
  else if (c->hedge)
    {
      /* "about a week ago", "around June 10": a few days either way. */
      r.lo -= 3;
      r.hi += 3;
    }
  return r;
}

double
fd_value_distance (FdRange a, FdRange b)
{
  double gap, scale;

  if (!a.valid || !b.valid)
    return 0;
  if (a.hi >= b.lo && b.hi >= a.lo)
    return 0;
  gap = a.lo > b.hi ? a.lo - b.hi : b.lo - a.hi;
  scale = a.scale > 0 ? a.scale : MAX (fabs (a.point), fabs (b.point));
  if (scale <= 0)
    return 1;
  return MIN (1.0, gap / scale);
}
