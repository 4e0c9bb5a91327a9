/* meta.c - see meta.h: dates, zones, header lines and the metadata of a
 * document.
 *
 * The date scanner is anchored on four-digit years (1900-2099): it looks
 * forward from one for ISO forms and backward for "Month D, YYYY" and
 * "D Month YYYY", so a line is read once and text without digits is
 * skipped eight bytes at a time. */
#include "ingest/meta.h"
#include "core/ascii8.h"

#include <string.h>

static const char *const month_names[] = {
  "january", "february", "march",     "april",   "may",      "june",
  "july",    "august",   "september", "october", "november", "december",
};

static const char *const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "mon",     "tue",       "tues",     "wed",    "thu",
  "thur",   "thurs",   "fri",       "sat",      "sun",
};

/* Zone abbreviations news sites print next to a time. */
static const char *const zone_names[] = {
  "UTC", "GMT", "KST",  "JST",  "CST",  "CDT",  "EST",  "EDT",  "MST",  "MDT",
  "PST", "PDT", "BST",  "CET",  "CEST", "EET",  "EEST", "WET",  "WEST", "IST",
  "HKT", "SGT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "MSK",  "WIB",
  "ICT", "PHT", "AKST", "AKDT", "HST",  "ET",   "PT",   "CT",   "MT",
};

/* Words that may stand in a date stamp line besides the date itself. */
static const char *const stamp_words[] = {
  "published", "updated", "posted", "last", "modified", "date", "on",
  "at",        "first",   "am",     "pm",   "a.m",      "p.m",  "time",
};

static gboolean
word_in (const char *s, gsize n, const char *const *list, gsize n_list)
{
  char c = g_ascii_tolower (s[0]);

  for (gsize k = 0; k < n_list; k++)
    if (g_ascii_tolower (list[k][0]) == c && strlen (list[k]) == n
        && g_ascii_strncasecmp (s, list[k], n) == 0)
      return TRUE;
  return FALSE;
}

/* Month 1-12 of the @n letters at @s ("June", "jun", "Sept"), else 0. */
static int
month_of (const char *s, gsize n)
{
  if (n < 3)
    return 0;
  for (int m = 0; m < 12; m++)
    {
      gsize full = strlen (month_names[m]);
      if ((n == full || n == 3 || (m == 8 && n == 4)) && n <= full
          && g_ascii_strncasecmp (s, month_names[m], n) == 0)
        return m + 1;
    }
  return 0;
}

static int
digits_value (const char *s, gsize n)
{
  int v = 0;
  for (gsize k = 0; k < n; k++)
    v = v * 10 + (s[k] - '0');
  return v;
}

static gboolean
valid_dmy (int d, int m, int y)
{
  return g_date_valid_dmy ((GDateDay)d, (GDateMonth)m, (GDateYear)y);
}

/* Zone after an ISO time: "Z", "+09:00", "+0900" or "+09".  Returns the
 * bytes used. */
static gsize
iso_zone (const char *s, gsize len, gsize i, FdMetaDate *out)
{
  gsize j = i;

  if (j < len && s[j] == 'Z')
    {
      g_strlcpy (out->tz, "UTC", sizeof out->tz);
      return 1;
    }
  if (j + 3 > len || (s[j] != '+' && s[j] != '-')
      || !g_ascii_isdigit (s[j + 1]) || !g_ascii_isdigit (s[j + 2]))
    return 0;
  j += 3;
  if (j < len && s[j] == ':')
    j++;
  if (j + 2 <= len && g_ascii_isdigit (s[j]) && g_ascii_isdigit (s[j + 1]))
    {
      g_snprintf (out->tz, sizeof out->tz, "%c%c%c:%c%c", s[i], s[i + 1],
                  s[i + 2], s[j], s[j + 1]);
      j += 2;
    }
  else
    {
      g_snprintf (out->tz, sizeof out->tz, "%c%c%c:00", s[i], s[i + 1],
                  s[i + 2]);
      j = i + 3;
    }
  return j - i;
}

/* "YYYY-MM-DD" (or / or .) at @a, with an ISO time and zone after it. */
static gboolean
iso_at (const char *s, gsize len, gsize a, FdMetaDate *out, gsize *end)
{
  gsize p = a + 4, q;
  char sep;
  int y = digits_value (s + a, 4), m, d;

  if (p >= len || (s[p] != '-' && s[p] != '/' && s[p] != '.'))
    return FALSE;
  sep = s[p++];
  for (q = p; q < len && q - p < 3 && g_ascii_isdigit (s[q]); q++)
    ;
  if (q - p < 1 || q - p > 2 || q >= len || s[q] != sep)
    return FALSE;
  m = digits_value (s + p, q - p);
  p = q + 1;
  for (q = p; q < len && q - p < 3 && g_ascii_isdigit (s[q]); q++)
    ;
  if (q - p < 1 || q - p > 2 || !valid_dmy (digits_value (s + p, q - p), m, y))
    return FALSE;
  d = digits_value (s + p, q - p);
  *out = (FdMetaDate){ y, m, d, -1, -1, "" };
  *end = q;

  /* "T15:46", "T15:46:00.000", or " 15:46" after a date with dashes. */
  if (sep == '-' && q + 6 <= len && (s[q] == 'T' || s[q] == ' ')
      && g_ascii_isdigit (s[q + 1]) && g_ascii_isdigit (s[q + 2])
      && s[q + 3] == ':' && g_ascii_isdigit (s[q + 4])
      && g_ascii_isdigit (s[q + 5]))
    {
      int h = digits_value (s + q + 1, 2), mi = digits_value (s + q + 4, 2);
      gsize r = q + 6;
      if (h > 23 || mi > 59)
        return TRUE;
      if (r + 3 <= len && s[r] == ':' && g_ascii_isdigit (s[r + 1])
          && g_ascii_isdigit (s[r + 2]))
        r += 3;
      if (r < len && (s[r] == '.' || s[r] == ','))
        {
          gsize f = r + 1;
          while (f < len && g_ascii_isdigit (s[f]))
            f++;
          if (f > r + 1)
            r = f;
        }
      out->hour = h;
      out->minute = mi;
      r += iso_zone (s, len, r, out);
      *end = r;
    }
  return TRUE;
}

/* Written dates that end in the year at @a: "June 18, 2025", "Jun. 6,2025",
 * "June 18th 2025", "18 June 2025", "18 Jun., 2025". */
static gboolean
written_before (const char *s, gsize a, FdMetaDate *out, gsize *start)
{
  int y = digits_value (s + a, 4);
  gsize k = a, e, m, lend;

  while (k > 0 && s[k - 1] == ' ')
    k--;
  if (k > 0 && s[k - 1] == ',')
    k--;
  while (k > 0 && s[k - 1] == ' ')
    k--;
  if (k == a)
    return FALSE;

  /* Month D[th], YYYY */
  e = k;
  if (e >= 3 && g_ascii_isdigit (s[e - 3]) && g_ascii_isalpha (s[e - 1])
      && g_ascii_isalpha (s[e - 2]))
    e -= 2;
  m = e;
  while (m > 0 && e - m < 3 && g_ascii_isdigit (s[m - 1]))
    m--;
  if ((e - m == 1 || e - m == 2) && (m == 0 || !g_ascii_isdigit (s[m - 1]))
      && m > 0 && s[m - 1] == ' ')
    {
      int d = digits_value (s + m, e - m), mon;
      gsize l = m - 1;
      while (l > 0 && s[l - 1] == ' ')
        l--;
      if (l > 0 && s[l - 1] == '.')
        l--;
      lend = l;
      while (l > 0 && g_ascii_isalpha (s[l - 1]))
        l--;
      mon = month_of (s + l, lend - l);
      if (mon && valid_dmy (d, mon, y))
        {
          *out = (FdMetaDate){ y, mon, d, -1, -1, "" };
          *start = l;
          return TRUE;
        }
    }

  /* D Month YYYY */
  lend = k;
  if (lend > 0 && s[lend - 1] == '.')
    lend--;
  m = lend;
  while (m > 0 && g_ascii_isalpha (s[m - 1]))
    m--;
  if (m < lend && m > 0 && s[m - 1] == ' ')
    {
      int mon = month_of (s + m, lend - m);
      gsize l = m - 1, de;
      while (l > 0 && s[l - 1] == ' ')
        l--;
      de = l;
      while (l > 0 && de - l < 3 && g_ascii_isdigit (s[l - 1]))
        l--;
      if (mon && (de - l == 1 || de - l == 2)
          && (l == 0 || !g_ascii_isalnum (s[l - 1]))
          && valid_dmy (digits_value (s + l, de - l), mon, y))
        {
          *out = (FdMetaDate){
            y, mon, digits_value (s + l, de - l), -1, -1, ""
          };
          *start = l;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
fd_meta_find_date (const char *s, gsize len, gsize from, FdMetaDate *out,
                   gsize *start, gsize *end)
{
  gsize i = from;

  while (i < len)
    {
      gsize a, b;
      int y;

      /* Years are rare in a line: go straight to the next digit. */
      i = (gsize)(fd_ascii_next_digit (s + i, s + len) - s);
      if (i == len)
        break;
      a = i;
      while (i < len && g_ascii_isdigit (s[i]))
        i++;
      b = i;
      if (b - a != 4 || (a > 0 && g_ascii_isalpha (s[a - 1])))
        continue;
      y = digits_value (s + a, 4);
      if (y < 1900 || y > 2099)
        continue;
      if (iso_at (s, len, a, out, end))
        {
          *start = a;
          return TRUE;
        }
      if (b < len && g_ascii_isalpha (s[b]))
        continue;
      if (written_before (s, a, out, start))
        {
          *end = b;
          return TRUE;
        }
    }
  return FALSE;
}

/* A zone abbreviation at @s, perhaps with an offset ("UTC+9"); returns its
 * length or 0. */
static gsize
zone_at (const char *s, gsize len, FdMetaDate *out)
{
  gsize n = 0, m;

  while (n < len && n < 5 && g_ascii_isupper (s[n]))
    n++;
  if (n < 2 || (n < len && g_ascii_isalpha (s[n]))
      || !word_in (s, n, zone_names, G_N_ELEMENTS (zone_names)))
    return 0;
  m = n;
  if (m + 1 < len && (s[m] == '+' || s[m] == '-')
      && g_ascii_isdigit (s[m + 1]))
    {
      m++;
      while (m < len && m - n < 6 && (g_ascii_isdigit (s[m]) || s[m] == ':'))
        m++;
    }
  g_snprintf (out->tz, sizeof out->tz, "%.*s", (int)m, s);
  return m;
}

gboolean
fd_meta_find_time (const char *s, gsize len, FdMetaDate *out)
{
  for (gsize i = 1; i + 2 < len; i++)
    {
      gsize h0 = i, j;
      int h, mi;

      if (s[i] != ':' || !g_ascii_isdigit (s[i - 1])
          || !g_ascii_isdigit (s[i + 1]) || !g_ascii_isdigit (s[i + 2])
          || (i + 3 < len && g_ascii_isdigit (s[i + 3])))
        continue;
      while (h0 > 0 && i - h0 < 2 && g_ascii_isdigit (s[h0 - 1]))
        h0--;
      if (h0 > 0 && (g_ascii_isdigit (s[h0 - 1]) || s[h0 - 1] == ':'))
        continue;
      h = digits_value (s + h0, i - h0);
      mi = digits_value (s + i + 1, 2);
      if (h > 23 || mi > 59)
        continue;
      j = i + 3;
      if (j + 2 < len && s[j] == ':' && g_ascii_isdigit (s[j + 1])
          && g_ascii_isdigit (s[j + 2]))
        j += 3;
      while (j < len && s[j] == ' ')
        j++;
      /* 12-hour clock: "3:46 PM", "3:46 p.m." */
      if (j + 1 < len
          && (s[j] == 'a' || s[j] == 'A' || s[j] == 'p' || s[j] == 'P'))
        {
          gboolean pm = s[j] == 'p' || s[j] == 'P';
          gsize k = j + 1;
          if (k < len && s[k] == '.')
            k++;
          if (k < len && (s[k] == 'm' || s[k] == 'M')
              && (k + 1 >= len || !g_ascii_isalpha (s[k + 1])) && h <= 12)
            {
              k++;
              if (k < len && s[k] == '.')
                k++;
              h = (h % 12) + (pm ? 12 : 0);
              j = k;
              while (j < len && s[j] == ' ')
                j++;
            }
        }
      out->hour = h;
      out->minute = mi;
      out->tz[0] = '\0';
      if (j < len && !zone_at (s + j, len - j, out))
        iso_zone (s, len, j, out);
      return TRUE;
    }
  return FALSE;
}

gboolean
fd_meta_is_date_line (const char *s, gsize len)
{
  FdMetaDate d;
  gsize a, b, i = 0, words = 0;

  /* Words first: most lines fail on their first word, cheaply. */
  while (i < len)
    {
      gsize w0, w1, n;
      gboolean digit = FALSE;

      while (i < len && g_ascii_isspace (s[i]))
        i++;
      w0 = i;
      while (i < len && !g_ascii_isspace (s[i]))
        i++;
      w1 = i;
      if (w1 == w0 || ++words > 16)
        {
          if (words > 16)
            return FALSE;
          continue;
        }
      /* Punctuation around a token does not count: "|", "(JST)", "2025,". */
      while (w0 < w1 && !g_ascii_isalnum (s[w0]) && s[w0] != '+')
        w0++;
      while (w1 > w0 && !g_ascii_isalnum (s[w1 - 1]))
        w1--;
      n = w1 - w0;
      if (n == 0)
        continue;
      for (gsize k = w0; k < w1; k++)
        digit |= g_ascii_isdigit (s[k]);
      if (digit)
        continue; /* 2025-06-18, 15:46, 18th, +09:00 */
      if (month_of (s + w0, n) || zone_at (s + w0, n, &d)
          || word_in (s + w0, n, weekday_names, G_N_ELEMENTS (weekday_names))
          || word_in (s + w0, n, stamp_words, G_N_ELEMENTS (stamp_words)))
        continue;
      return FALSE;
    }
  return fd_meta_find_date (s, len, 0, &d, &a, &b)
         || (fd_meta_find_time (s, len, &d) && d.tz[0]);
}

gboolean
fd_meta_parse_date (const char *s, gsize len, FdMetaDate *out)
{
  gsize a, b;

  while (len > 0 && g_ascii_isspace (s[len - 1]))
    len--;
  while (len > 0 && g_ascii_isspace (*s))
    {
      s++;
      len--;
    }
  if (!fd_meta_find_date (s, len, 0, out, &a, &b) || a != 0)
    return FALSE;
  if (b == len)
    return TRUE;
  /* A written date may carry a time and zone: "June 18, 2025 15:46 JST". */
  if (out->hour < 0 && fd_meta_is_date_line (s, len))
    {
      FdMetaDate t;
      if (fd_meta_find_time (s + b, len - b, &t))
        {
          out->hour = t.hour;
          out->minute = t.minute;
          memcpy (out->tz, t.tz, sizeof out->tz);
        }
      return TRUE;
    }
  return FALSE;
}

FdMetaKey
fd_meta_header_key (const char *s, gsize len, gsize *value)
{
  static const struct
  {
    const char *name;
    FdMetaKey key;
  } keys[] = {
    { "outlet", FD_META_KEY_OUTLET },
    { "date", FD_META_KEY_DATE },
    { "title", FD_META_KEY_TITLE },
    { "url", FD_META_KEY_URL },
  };
  gsize n = 0, v;

  while (n < len && n < 8 && g_ascii_isalpha (s[n]))
    n++;
  if (n == 0 || n >= len || s[n] != ':')
    return FD_META_KEY_NONE;
  for (v = n + 1; v < len && (s[v] == ' ' || s[v] == '\t'); v++)
    ;
  if (v == len)
    return FD_META_KEY_NONE;
  for (gsize k = 0; k < G_N_ELEMENTS (keys); k++)
    if (strlen (keys[k].name) == n
        && g_ascii_strncasecmp (s, keys[k].name, n) == 0)
      {
        *value = v;
        return keys[k].key;
      }
  return FD_META_KEY_NONE;
}

/* Length of the dash that ends a dateline at @s ("–", "—", "-", "--"). */
static gsize
dash_at (const char *s, gsize len)
{
  if (len >= 3
      && (memcmp (s, "\xe2\x80\x93", 3) == 0
          || memcmp (s, "\xe2\x80\x94", 3) == 0))
    return 3;
  if (len >= 2 && s[0] == '-' && s[1] == '-')
    return 2;
  return len >= 1 && s[0] == '-';
}

gsize
fd_meta_place_dateline (const char *s, gsize len)
{
  gsize i = 0, run_end, place_end, limit = MIN (len, 120);
  guint upper = 0;

  /* An upper-case place: "KANANASKIS", "NEW YORK", "KANANASKIS/BANFF". */
  while (i < limit)
    {
      char c = s[i];
      if (g_ascii_isupper (c))
        upper++;
      else if (g_ascii_islower (c))
        return 0;
      else if (!(c == ' ' || c == '/' || c == '.' || c == '-' || c == '\''))
        break;
      else if (c == '-' && i + 1 < limit && s[i + 1] == ' ')
        break;
      i++;
    }
  run_end = i;
  while (run_end > 0 && s[run_end - 1] == ' ')
    run_end--;
  if (upper < 2 || run_end == 0)
    return 0;
  place_end = run_end;

  /* ", Canada" or ", June 18": a place is kept, a date is skipped. */
  if (i + 2 < limit && s[i] == ',' && s[i + 1] == ' ')
    {
      gsize j = i + 2, words_end = 0;
      gboolean digits = FALSE;
      while (j < limit && s[j] != '(' && !dash_at (s + j, limit - j))
        {
          if (g_ascii_isdigit (s[j]))
            digits = TRUE;
          else if (s[j] == ' ' && j + 1 < limit && g_ascii_islower (s[j + 1]))
            return 0;
          j++;
        }
      words_end = j;
      while (words_end > i && s[words_end - 1] == ' ')
        words_end--;
      if (!digits && words_end > i + 2 && g_ascii_isupper (s[i + 2]))
        place_end = words_end;
      i = j;
    }
  while (i < limit && s[i] == ' ')
    i++;
  if (i < limit && s[i] == '(')
    {
      const char *close = memchr (s + i, ')', limit - i);
      if (!close)
        return 0;
      i = (gsize)(close - s) + 1;
      while (i < limit && s[i] == ' ')
        i++;
    }
  if (i == run_end || !dash_at (s + i, limit - i))
    return 0;
  i += dash_at (s + i, limit - i);
  if (i < len && s[i] != ' ')
    return 0;
  return place_end;
}

static void
set_date (FdDoc *doc, const FdMetaDate *d, const char *source)
{
  g_snprintf (doc->date, sizeof doc->date, "%04d-%02d-%02d", d->year, d->month,
              d->day);
  if (d->hour >= 0)
    g_snprintf (doc->time, sizeof doc->time, "%02d:%02d", d->hour, d->minute);
  else
    doc->time[0] = '\0';
  g_strlcpy (doc->tz, d->tz, sizeof doc->tz);
  g_free (doc->date_source);
  doc->date_source = g_strdup (source);
}

static char *
line_dup (const FdDoc *doc, gsize start, gsize end)
{
  while (start < end && g_ascii_isspace (doc->text[start]))
    start++;
  while (end > start && g_ascii_isspace (doc->text[end - 1]))
    end--;
  return g_strndup (doc->text + start, end - start);
}

static gboolean
starts_with_word (const char *s, gsize len, const char *word)
{
  gsize n = strlen (word);
  while (len > 0 && g_ascii_isspace (*s))
    {
      s++;
      len--;
    }
  return len >= n && g_ascii_strncasecmp (s, word, n) == 0;
}

/* Reads the corpus header lines; returns FALSE on a bad Date value. */
static gboolean
read_header (FdDoc *doc, gboolean have_date, GError **error)
{
  for (guint i = 0; i < doc->n_lines; i++)
    {
      const FdLine *l = &doc->lines[i];
      const char *s = doc->text + l->start;
      gsize len = l->end - l->start, v;
      FdMetaDate d;
      char **slot = NULL;

      if (l->cls == FD_LINE_BLANK)
        break;
      if (l->cls != FD_LINE_META)
        break;
      switch (fd_meta_header_key (s, len, &v))
        {
        case FD_META_KEY_OUTLET:
          slot = &doc->outlet;
          break;
        case FD_META_KEY_TITLE:
          slot = &doc->title;
          break;
        case FD_META_KEY_URL:
          slot = &doc->url;
          break;
        case FD_META_KEY_DATE:
          if (!fd_meta_parse_date (s + v, len - v, &d))
            {
              guint line, col;
              fd_doc_line_col (doc, l->start, &line, &col);
              g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_DATE,
                           "%s:%u: Date header is not a date: %.*s", doc->path,
                           line, (int)MIN (len - v, 64), s + v);
              return FALSE;
            }
          if (!have_date)
            set_date (doc, &d, "header");
          break;
        case FD_META_KEY_NONE:
          break;
        }
      if (slot && !*slot)
        *slot = line_dup (doc, l->start + v, l->end);
    }
  return TRUE;
}

/* The date stamp lines: "Published" beats a plain stamp beats "Updated". */
static void
read_datelines (FdDoc *doc)
{
  const FdLine *best = NULL;
  int best_rank = 0;
  FdMetaDate d;
  gsize a, b;

  for (guint i = 0; i < doc->n_lines; i++)
    {
      const FdLine *l = &doc->lines[i];
      const char *s = doc->text + l->start;
      gsize len = l->end - l->start;
      int rank;

      if (l->cls != FD_LINE_DATELINE
          || !fd_meta_find_date (s, len, 0, &d, &a, &b))
        continue;
      if (starts_with_word (s, len, "date"))
        rank = 4; /* " date 2025-06-18": a header in all but name */
      else if (starts_with_word (s, len, "published")
               || starts_with_word (s, len, "posted")
               || starts_with_word (s, len, "first published"))
        rank = 3;
      else if (starts_with_word (s, len, "updated")
               || starts_with_word (s, len, "last updated")
               || starts_with_word (s, len, "modified"))
        rank = 1;
      else
        rank = 2;
      if (rank > best_rank)
        {
          best = l;
          best_rank = rank;
        }
    }
  if (!best)
    return;
  {
    const char *s = doc->text + best->start;
    gsize len = best->end - best->start;
    FdMetaDate t;

    fd_meta_find_date (s, len, 0, &d, &a, &b);
    if (d.hour < 0 && fd_meta_find_time (s, len, &t))
      {
        d.hour = t.hour;
        d.minute = t.minute;
        memcpy (d.tz, t.tz, sizeof d.tz);
      }
    set_date (doc, &d, best_rank == 4 ? "header" : "dateline");
  }
}

/* The latest full date the article's own text mentions. */
static gboolean
infer_date (const FdDoc *doc, FdMetaDate *best)
{
  gboolean found = FALSE;

  for (guint i = 0; i < doc->n_lines; i++)
    {
      const FdLine *l = &doc->lines[i];
      const char *s = doc->text + l->start;
      gsize len = l->end - l->start, pos = 0, a, b;
      FdMetaDate d;

      if (!fd_line_class_is_content (l->cls) && l->cls != FD_LINE_HEADLINE)
        continue;
      while (fd_meta_find_date (s, len, pos, &d, &a, &b))
        {
          if (!found
              || (d.year * 10000 + d.month * 100 + d.day
                  > best->year * 10000 + best->month * 100 + best->day))
            {
              *best = d;
              best->hour = -1;
              best->tz[0] = '\0';
              found = TRUE;
            }
          pos = b;
        }
    }
  return found;
}

gboolean
fd_meta_fill (FdDoc *doc, const FdMetaGiven *given,
              const FdIngestOptions *opts, GError **error)
{
  FdMetaDate d;

  if (given && given->date)
    {
      if (!fd_meta_parse_date (given->date, strlen (given->date), &d))
        {
          g_set_error (error, FD_INGEST_ERROR, FD_INGEST_ERROR_DATE,
                       "%s:%u: \"date\" is not a date: %.64s", doc->path,
                       doc->record, given->date);
          return FALSE;
        }
      set_date (doc, &d, "jsonl");
    }
  if (given)
    {
      doc->outlet = g_strdup (given->outlet);
      doc->title = g_strdup (given->title);
      doc->url = g_strdup (given->url);
    }
  if (!read_header (doc, doc->date_source != NULL, error))
    return FALSE;
  if (!doc->date_source)
    read_datelines (doc);
  if (!doc->date_source && opts && opts->date
      && fd_meta_parse_date (opts->date, strlen (opts->date), &d))
    set_date (doc, &d, "option");
  if (!doc->date_source && infer_date (doc, &d))
    {
      set_date (doc, &d, "inferred");
      doc->date_inferred = TRUE;
    }

  for (guint i = 0, body = 0; i < doc->n_lines && body < 3; i++)
    {
      const FdLine *l = &doc->lines[i];
      gsize n;

      if (!doc->title && l->cls == FD_LINE_HEADLINE)
        doc->title = line_dup (doc, l->start, l->end);
      if (l->cls != FD_LINE_BODY)
        continue;
      body++;
      if (!doc->dateline
          && (n = fd_meta_place_dateline (doc->text + l->start,
                                          l->end - l->start)))
        doc->dateline = g_strndup (doc->text + l->start, n);
    }
  if (!doc->outlet && opts && opts->outlet)
    doc->outlet = g_strdup (opts->outlet);
  if (!doc->outlet)
    doc->outlet = g_strdup (doc->id);
  return TRUE;
}
