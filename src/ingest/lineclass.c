/* lineclass.c - see lineclass.h: the boilerplate classifier.
 *
 * Two passes.  The first measures each line's shape once (words, capitals,
 * numbers, signs, final punctuation); long lines are only measured as far
 * as the rules need, since every boilerplate shape is short.  The second
 * walks the page top to bottom with a little state: whether we are still in
 * the corpus header, whether the headline and the first body paragraph
 * have been seen, and whether a related-article list is running (it runs
 * from its marker over headline-like lines until a sentence-like line
 * resumes the body). */
#include "ingest/lineclass.h"
#include "ingest/meta.h"
#include "core/ascii8.h"

#include <string.h>

/* Lines longer than this are running text or captions; only their final
 * punctuation and caption markers are looked at. */
#define SHORT_LINE 256
#define LONG_SENTENCE 200

enum
{
  SH_TERMINAL = 1 << 0, /* ends in . ! ? or an ellipsis (closers skipped) */
  SH_PAREN = 1 << 1,
  SH_AT = 1 << 2,
  SH_SLASH = 1 << 3,
  SH_DIGIT = 1 << 4,
  SH_ALNUM = 1 << 5,
  SH_LONG = 1 << 6, /* longer than SHORT_LINE: counts below left at 0 */
};

typedef struct
{
  gsize s, e; /* trimmed content (bullets and white space removed) */
  guint words, cap, low, nums, signs, slashes;
  guint upper, lower;
  guint flags;
} Shape;

#define NO_CLASS FD_LINE_N_CLASSES

/* ---- small text helpers (all bounded by the span given) ---- */

/* ASCII lower case without a function call (g_ascii_tolower is one). */
static inline char
lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* The phrase lists below are written in lower case, so a first-byte
 * comparison rules most entries out before any strlen. */
static gboolean
eq_ci (const char *s, gsize n, const char *lit)
{
  return strlen (lit) == n && g_ascii_strncasecmp (s, lit, n) == 0;
}

static gboolean
starts_ci (const char *s, gsize n, const char *lit)
{
  gsize k = strlen (lit);
  return n >= k && g_ascii_strncasecmp (s, lit, k) == 0;
}

/* @lit occurs in @s at the start of a word. */
static gboolean
has_word_ci (const char *s, gsize n, const char *lit)
{
  gsize k = strlen (lit);
  char c0 = lower (lit[0]);

  for (gsize i = 0; i + k <= n; i++)
    if (lower (s[i]) == c0 && (i == 0 || !g_ascii_isalnum (s[i - 1]))
        && g_ascii_strncasecmp (s + i, lit, k) == 0
        && (i + k == n || !g_ascii_isalnum (s[i + k])))
      return TRUE;
  return FALSE;
}

static gboolean
in_list_ci (const char *s, gsize n, const char *const *list, gsize n_list)
{
  if (n > 32 || n == 0) /* every entry is short */
    return FALSE;
  for (gsize k = 0; k < n_list; k++)
    if (lower (s[0]) == list[k][0] && eq_ci (s, n, list[k]))
      return TRUE;
  return FALSE;
}

static gboolean
starts_list_ci (const char *s, gsize n, const char *const *list, gsize n_list)
{
  if (n == 0)
    return FALSE;
  for (gsize k = 0; k < n_list; k++)
    if (lower (s[0]) == list[k][0] && starts_ci (s, n, list[k]))
      return TRUE;
  return FALSE;
}

/* Length of a list bullet at @s followed by white space, else 0. */
static gsize
bullet_at (const char *s, gsize n)
{
  static const char *const bullets[] = {
    "\xe2\x80\xa2", /* • */
    "\xc2\xb7",     /* · */
    "\xe2\x96\xaa", /* ▪ */
    "\xe2\x96\xb6", /* ▶ */
    "\xe2\x96\xa0", /* ■ */
    "*",
    "-",
  };
  for (gsize k = 0; k < G_N_ELEMENTS (bullets); k++)
    {
      gsize b;
      if (s[0] != bullets[k][0])
        continue;
      b = strlen (bullets[k]);
      if (n > b && memcmp (s, bullets[k], b) == 0
          && (s[b] == ' ' || s[b] == '\t'))
        return b;
    }
  return 0;
}

static gboolean
is_nbsp (const char *s, gsize n)
{
  return n >= 2 && (guchar)s[0] == 0xC2 && (guchar)s[1] == 0xA0;
}

/* What each byte says about a line's shape; one lookup per byte. */
enum
{
  K_UPPER = 1 << 0,
  K_LOWER = 1 << 1,
  K_DIGIT = 1 << 2,
  K_HIGH = 1 << 3, /* first byte of a non-ASCII character */
  K_PAREN = 1 << 4,
  K_AT = 1 << 5,
  K_SLASH = 1 << 6,
  K_SPACE = 1 << 7,
};
static const guint8 byte_shape[256] = {
  [0x09] = K_SPACE, [0x20] = K_SPACE, [0x28] = K_PAREN, [0x2F] = K_SLASH,
  [0x30] = K_DIGIT, [0x31] = K_DIGIT, [0x32] = K_DIGIT, [0x33] = K_DIGIT,
  [0x34] = K_DIGIT, [0x35] = K_DIGIT, [0x36] = K_DIGIT, [0x37] = K_DIGIT,
  [0x38] = K_DIGIT, [0x39] = K_DIGIT, [0x40] = K_AT,    [0x41] = K_UPPER,
  [0x42] = K_UPPER, [0x43] = K_UPPER, [0x44] = K_UPPER, [0x45] = K_UPPER,
  [0x46] = K_UPPER, [0x47] = K_UPPER, [0x48] = K_UPPER, [0x49] = K_UPPER,
  [0x4A] = K_UPPER, [0x4B] = K_UPPER, [0x4C] = K_UPPER, [0x4D] = K_UPPER,
  [0x4E] = K_UPPER, [0x4F] = K_UPPER, [0x50] = K_UPPER, [0x51] = K_UPPER,
  [0x52] = K_UPPER, [0x53] = K_UPPER, [0x54] = K_UPPER, [0x55] = K_UPPER,
  [0x56] = K_UPPER, [0x57] = K_UPPER, [0x58] = K_UPPER, [0x59] = K_UPPER,
  [0x5A] = K_UPPER, [0x61] = K_LOWER, [0x62] = K_LOWER, [0x63] = K_LOWER,
  [0x64] = K_LOWER, [0x65] = K_LOWER, [0x66] = K_LOWER, [0x67] = K_LOWER,
  [0x68] = K_LOWER, [0x69] = K_LOWER, [0x6A] = K_LOWER, [0x6B] = K_LOWER,
  [0x6C] = K_LOWER, [0x6D] = K_LOWER, [0x6E] = K_LOWER, [0x6F] = K_LOWER,
  [0x70] = K_LOWER, [0x71] = K_LOWER, [0x72] = K_LOWER, [0x73] = K_LOWER,
  [0x74] = K_LOWER, [0x75] = K_LOWER, [0x76] = K_LOWER, [0x77] = K_LOWER,
  [0x78] = K_LOWER, [0x79] = K_LOWER, [0x7A] = K_LOWER, [0xC0] = K_HIGH,
  [0xC1] = K_HIGH,  [0xC2] = K_HIGH,  [0xC3] = K_HIGH,  [0xC4] = K_HIGH,
  [0xC5] = K_HIGH,  [0xC6] = K_HIGH,  [0xC7] = K_HIGH,  [0xC8] = K_HIGH,
  [0xC9] = K_HIGH,  [0xCA] = K_HIGH,  [0xCB] = K_HIGH,  [0xCC] = K_HIGH,
  [0xCD] = K_HIGH,  [0xCE] = K_HIGH,  [0xCF] = K_HIGH,  [0xD0] = K_HIGH,
  [0xD1] = K_HIGH,  [0xD2] = K_HIGH,  [0xD3] = K_HIGH,  [0xD4] = K_HIGH,
  [0xD5] = K_HIGH,  [0xD6] = K_HIGH,  [0xD7] = K_HIGH,  [0xD8] = K_HIGH,
  [0xD9] = K_HIGH,  [0xDA] = K_HIGH,  [0xDB] = K_HIGH,  [0xDC] = K_HIGH,
  [0xDD] = K_HIGH,  [0xDE] = K_HIGH,  [0xDF] = K_HIGH,  [0xE0] = K_HIGH,
  [0xE1] = K_HIGH,  [0xE2] = K_HIGH,  [0xE3] = K_HIGH,  [0xE4] = K_HIGH,
  [0xE5] = K_HIGH,  [0xE6] = K_HIGH,  [0xE7] = K_HIGH,  [0xE8] = K_HIGH,
  [0xE9] = K_HIGH,  [0xEA] = K_HIGH,  [0xEB] = K_HIGH,  [0xEC] = K_HIGH,
  [0xED] = K_HIGH,  [0xEE] = K_HIGH,  [0xEF] = K_HIGH,  [0xF0] = K_HIGH,
  [0xF1] = K_HIGH,  [0xF2] = K_HIGH,  [0xF3] = K_HIGH,  [0xF4] = K_HIGH,
  [0xF5] = K_HIGH,  [0xF6] = K_HIGH,  [0xF7] = K_HIGH,  [0xF8] = K_HIGH,
  [0xF9] = K_HIGH,  [0xFA] = K_HIGH,  [0xFB] = K_HIGH,  [0xFC] = K_HIGH,
  [0xFD] = K_HIGH,  [0xFE] = K_HIGH,  [0xFF] = K_HIGH,
};

/* ---- pass 1: shapes ---- */

static void
measure (const char *t, gsize start, gsize end, Shape *sh)
{
  gsize s = start, e = end, i, last;
  gboolean in_word = FALSE;
  gsize w0 = 0;
  guint w_mask = 0, w_first = 0, all = 0;
  guint words = 0, cap = 0, low = 0, nums = 0, signs = 0, slashes = 0;
  guint upper = 0, lower = 0;

  memset (sh, 0, sizeof *sh);
  for (;;)
    {
      gsize b;
      while (s < e && g_ascii_isspace (t[s]))
        s++;
      if (is_nbsp (t + s, e - s))
        s += 2;
      else if ((b = bullet_at (t + s, e - s)))
        s += b;
      else
        break;
    }
  while (e > s && g_ascii_isspace (t[e - 1]))
    e--;
  sh->s = s;
  sh->e = e;
  if (s == e)
    return;

  /* Final punctuation, looking through closing quotes and brackets. */
  last = e;
  for (;;)
    {
      if (last > s && strchr ("\"')]", t[last - 1]))
        last--;
      else if (last >= s + 3 && (guchar)t[last - 3] == 0xE2
               && (guchar)t[last - 2] == 0x80
               && ((guchar)t[last - 1] == 0x9D || (guchar)t[last - 1] == 0x99))
        last -= 3; /* ” ’ */
      else
        break;
    }
  if (last > s
      && (t[last - 1] == '.' || t[last - 1] == '!' || t[last - 1] == '?'
          || (last >= s + 3 && memcmp (t + last - 3, "\xe2\x80\xa6", 3) == 0)))
    sh->flags |= SH_TERMINAL;

  /* A long line, or a sentence-final one past LONG_SENTENCE bytes, is
   * running text or a caption whatever its words are. */
  if (e - s > SHORT_LINE
      || ((sh->flags & SH_TERMINAL) && e - s > LONG_SENTENCE))
    {
      /* Only a rough word count: enough to keep long lines out of the
       * rules for short ones. */
      sh->words = (guint)((e - s) / 8);
      sh->flags |= SH_LONG | SH_ALNUM;
      if (memchr (t + s, '(', e - s))
        sh->flags |= SH_PAREN;
      return;
    }

  /* The counts live in locals while the loop runs: stores through @sh
   * could alias the text, so the compiler would load and store every
   * count at every byte. */
  for (i = s; i <= e; i++)
    {
      guint m = i < e ? byte_shape[(guchar)t[i]] : K_SPACE;
      if (m & K_SPACE)
        {
          if (in_word)
            {
              gsize wl = i - w0;
              words++;
              if ((w_mask & K_DIGIT)
                  && !(w_mask & (K_UPPER | K_LOWER | K_HIGH)))
                {
                  nums++;
                  if (t[w0] == '+' || (t[w0] == '-' && wl > 1)
                      || t[i - 1] == '%')
                    signs++;
                }
              else if ((wl == 3 && (guchar)t[w0] == 0xE2
                        && (guchar)t[w0 + 1] == 0x96
                        && ((guchar)t[w0 + 2] == 0xB2
                            || (guchar)t[w0 + 2] == 0xBC)))
                signs++; /* ▲ ▼ */
              cap += (w_first & K_UPPER) != 0;
              low += (w_first & K_LOWER) != 0;
              in_word = FALSE;
            }
          continue;
        }
      if (!in_word)
        {
          in_word = TRUE;
          w0 = i;
          w_mask = 0;
          w_first = 0;
        }
      w_mask |= m;
      if (!w_first)
        w_first = m & (K_UPPER | K_LOWER | K_DIGIT | K_HIGH);
      all |= m;
      upper += m & K_UPPER;
      lower += (m & K_LOWER) >> 1;
      slashes += (m & K_SLASH) >> 6;
      /* The lower-case letters after a letter of a word change nothing
       * but the count: take them eight at a time. */
      if (m & (K_UPPER | K_LOWER))
        {
          gsize r = fd_ascii_lower_run (t + i + 1, t + e);
          if (r)
            {
              lower += (guint)r;
              all |= K_LOWER;
              w_mask |= K_LOWER;
              i += r;
            }
        }
    }
  sh->words = words;
  sh->cap = cap;
  sh->low = low;
  sh->nums = nums;
  sh->signs = signs;
  sh->slashes = slashes;
  sh->upper = upper;
  sh->lower = lower;
  if (all & K_DIGIT)
    sh->flags |= SH_DIGIT;
  if (all & K_PAREN)
    sh->flags |= SH_PAREN;
  if (all & K_AT)
    sh->flags |= SH_AT;
  if (all & K_SLASH)
    sh->flags |= SH_SLASH;
  if (sh->upper || sh->lower || (sh->flags & SH_DIGIT))
    sh->flags |= SH_ALNUM;
  else
    {
      /* Non-ASCII letters count too: a line in Korean is not a rule. */
      for (i = s; i < e; i++)
        if ((guchar)t[i] >= 0xC0 && !bullet_at (t + i, e - i))
          {
            sh->flags |= SH_ALNUM;
            break;
          }
    }
}

static gboolean
terminal (const Shape *sh)
{
  return sh->flags & SH_TERMINAL;
}

static gboolean
all_caps (const Shape *sh)
{
  return sh->upper >= 3 && sh->lower == 0 && !(sh->flags & SH_LONG);
}

/* Most words capitalised, as in a headline written in title case. */
static gboolean
title_case (const Shape *sh)
{
  return sh->cap * 10 >= (sh->cap + sh->low) * 6 && sh->cap >= 2;
}

/* ---- context-free shapes ---- */

static const char *const nav_lines[] = {
  "skip to content",
  "skip to main content",
  "skip navigation",
  "view market snapshot",
  "menu",
  "main menu",
  "search",
  "home",
  "subscribe",
  "sign in",
  "log in",
  "login",
  "sign up",
  "register",
  "newsletter",
  "newsletters",
  "close",
  "back to top",
  "advertisement",
  "toggle navigation",
  "open menu",
  "all sections",
  "sections",
};
static const char *const nav_prefixes[] = {
  "skip to ",      "sign up for ", "subscribe to ", "follow us",
  "download the ", "go to ",       "back to ",
};
static const char *const meta_lines[] = {
  "share",
  "print",
  "email",
  "e-mail",
  "facebook",
  "twitter",
  "x",
  "linkedin",
  "whatsapp",
  "kakaotalk",
  "copy link",
  "copy url",
  "listen",
  "listen to this article",
  "font size",
  "text size",
  "a a",
  "a+ a-",
  "save",
  "bookmark",
  "reprints",
  "tags",
  "share this article",
};
static const char *const meta_prefixes[] = {
  "tags:", "topics:", "keywords:", "read time", "reading time",
};
static const char *const comment_lines[] = {
  "leave a comment",   "add a comment",
  "post a comment",    "write a comment",
  "view comments",     "show comments",
  "comments",          "comment",
  "no comments",       "be the first to comment",
  "log in to comment", "load more comments",
};
static const char *const related_markers[] = {
  "related",           "popular",
  "ranking",           "more to read",
  "read more",         "most read",
  "most viewed",       "recommended",
  "you may also like", "you might also like",
  "also read",         "see also",
  "trending",          "more from",
  "top stories",       "latest news",
  "more stories",      "editor's picks",
  "editors' picks",    "must read",
  "read next",         "more on this",
};
static const char *const byline_prefixes[] = {
  "by ",
  "write to ",
  "reporting by ",
  "additional reporting by ",
  "written by ",
  "editing by ",
  "edited by ",
  "compiled by ",
  "contact the reporter",
  "reported by ",
};
static const char *const credit_prefixes[] = {
  "with assistance from ",
  "with reporting from ",
  "photo by ",
  "photos by ",
  "photo:",
  "photograph:",
  "image:",
  "courtesy of ",
  "(courtesy of ",
  "copyright ",
  "\xc2\xa9",
  "(c) ",
  "graphic:",
};
static const char *const time_units[] = {
  "sec",     "secs",  "second", "seconds", "min",   "mins",  "minute",
  "minutes", "hr",    "hrs",    "hour",    "hours", "day",   "days",
  "week",    "weeks", "month",  "months",  "year",  "years",
};

/* "3 HOURS AGO", "By 3 hours ago", "Updated 5 min ago". */
static gboolean
relative_time (const char *s, gsize n, const Shape *sh)
{
  gsize unit_end, unit_start;

  if (sh->words > 5 || n < 5 || !eq_ci (s + n - 3, 3, "ago")
      || (n > 3 && s[n - 4] != ' '))
    return FALSE;
  unit_end = n - 4;
  unit_start = unit_end;
  while (unit_start > 0 && g_ascii_isalpha (s[unit_start - 1]))
    unit_start--;
  return in_list_ci (s + unit_start, unit_end - unit_start, time_units,
                     G_N_ELEMENTS (time_units));
}

/* "2 Min read", "5-minute read". */
static gboolean
read_time (const char *s, gsize n, const Shape *sh)
{
  return sh->words <= 5 && (sh->flags & SH_DIGIT)
         && (has_word_ci (s, n, "min read") || has_word_ci (s, n, "mins read")
             || has_word_ci (s, n, "minute read")
             || has_word_ci (s, n, "minutes read"));
}

/* "KOSPI 2855.77 +43.72 +1.55%": mostly numbers, some signed. */
static gboolean
ticker (const Shape *sh)
{
  guint other = sh->words - sh->nums;
  return sh->nums >= 2 && sh->signs >= 1 && other <= 3 && sh->words <= 10
         && !terminal (sh);
}

/* "0/300", "Comment 0", "Comments (12)", "12 Comments". */
static gboolean
comment_widget (const char *s, gsize n, const Shape *sh)
{
  gsize i = 0;

  if (sh->words == 1)
    {
      while (i < n && g_ascii_isdigit (s[i]))
        i++;
      if (i > 0 && i < n && s[i] == '/')
        {
          gsize j = i + 1;
          while (j < n && g_ascii_isdigit (s[j]))
            j++;
          if (j == n && j > i + 1)
            return TRUE;
        }
    }
  if (in_list_ci (s, n, comment_lines, G_N_ELEMENTS (comment_lines)))
    return TRUE;
  if (sh->words <= 3 && sh->nums >= 1 && sh->nums + 1 == sh->words)
    return has_word_ci (s, n, "comment") || has_word_ci (s, n, "comments");
  return FALSE;
}

/* A related-article marker: "POPULAR ARTICLE", "Related Tags",
 * "JN ACCESS RANKING", "More to Read". */
static gboolean
related_marker (const char *s, gsize n, const Shape *sh)
{
  if (sh->words > 6 || terminal (sh))
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS (related_markers); k++)
    if (has_word_ci (s, n, related_markers[k]))
      return TRUE;
  return FALSE;
}

static gboolean
byline (const char *s, gsize n, const Shape *sh)
{
  if (sh->words <= 20
      && starts_list_ci (s, n, byline_prefixes,
                         G_N_ELEMENTS (byline_prefixes)))
    {
      /* "By" must be followed by a name, not "By the way, ..." */
      if (starts_ci (s, n, "by ") && (n < 4 || !g_ascii_isupper (s[3])))
        return FALSE;
      return !starts_ci (s, n, "by ") || sh->words <= 10;
    }
  if (sh->words <= 10 && has_word_ci (s, n, "edited this article"))
    return TRUE;
  /* A short line with an e-mail address or handle and no sentence. */
  return (sh->flags & SH_AT) && sh->words <= 8 && !terminal (sh);
}

/* "Name/ Title" or "Name /Title": a transcript's speaker label. */
static gboolean
speaker_label (const char *s, gsize n, const Shape *sh)
{
  const char *slash;
  gsize k;

  if (sh->slashes != 1 || sh->words < 2 || sh->words > 9 || terminal (sh)
      || (sh->flags & SH_DIGIT) || (sh->flags & SH_LONG))
    return FALSE;
  slash = memchr (s, '/', n);
  k = (gsize)(slash - s);
  if (k == 0 || k + 1 >= n || (s[k - 1] != ' ' && s[k + 1] != ' '))
    return FALSE;
  /* Both sides start with a capital: a name, then a title. */
  if (!g_ascii_isupper (s[0]))
    return FALSE;
  k++;
  while (k < n && s[k] == ' ')
    k++;
  return k < n && (g_ascii_isupper (s[k]) || (guchar)s[k] >= 0xC0);
}

static gboolean
stamp_line (const char *s, gsize n, const Shape *sh)
{
  FdMetaDate d;
  gsize a, b;

  if (sh->words > 16 || !(sh->flags & SH_DIGIT))
    return FALSE;
  if (fd_meta_is_date_line (s, n))
    return TRUE;
  return (starts_ci (s, n, "published") || starts_ci (s, n, "updated")
          || starts_ci (s, n, "posted") || starts_ci (s, n, "last updated"))
         && fd_meta_find_date (s, n, 0, &d, &a, &b);
}

/* The class a line has whatever surrounds it, or NO_CLASS. */
static FdLineClass
shape_class (const char *t, const Shape *sh, gboolean *marker,
             gboolean *separator)
{
  const char *s = t + sh->s;
  gsize n = sh->e - sh->s;

  *marker = *separator = FALSE;
  if (!(sh->flags & SH_ALNUM))
    {
      *separator = TRUE;
      return FD_LINE_META;
    }
  if (sh->flags & SH_LONG)
    return NO_CLASS;
  if (in_list_ci (s, n, nav_lines, G_N_ELEMENTS (nav_lines))
      || (sh->words <= 8 && !terminal (sh)
          && starts_list_ci (s, n, nav_prefixes, G_N_ELEMENTS (nav_prefixes))))
    return FD_LINE_NAV;
  if (ticker (sh))
    return FD_LINE_TICKER;
  if (comment_widget (s, n, sh))
    return FD_LINE_COMMENT;
  if (relative_time (s, n, sh) || read_time (s, n, sh)
      || in_list_ci (s, n, meta_lines, G_N_ELEMENTS (meta_lines))
      || (sh->words <= 20
          && starts_list_ci (s, n, meta_prefixes,
                             G_N_ELEMENTS (meta_prefixes))))
    return FD_LINE_META;
  if (stamp_line (s, n, sh))
    return FD_LINE_DATELINE;
  if (sh->words <= 20
      && starts_list_ci (s, n, credit_prefixes,
                         G_N_ELEMENTS (credit_prefixes)))
    return FD_LINE_CREDIT;
  if (byline (s, n, sh))
    return FD_LINE_BYLINE;
  if (related_marker (s, n, sh))
    {
      *marker = TRUE;
      return FD_LINE_RELATED;
    }
  /* Breadcrumbs and menus: "World | Asia | Korea", "Home > News". */
  if (!terminal (sh) && sh->words <= 12)
    {
      guint seps = 0;
      for (gsize i = 1; i + 1 < n; i++)
        seps += s[i - 1] == ' ' && (s[i] == '|' || s[i] == '>')
                && s[i + 1] == ' ';
      if (seps >= 2)
        return FD_LINE_NAV;
    }
  return NO_CLASS;
}

/* ---- captions ---- */

typedef enum
{
  CAP_NONE = 0,
  CAP_POSITION, /* "(left)", ", right," */
  CAP_CREDIT,   /* "(Courtesy of Yonhap)", "(AP Photo)" */
} CaptionMarker;

static const char *const position_words[] = {
  "left",
  "right",
  "center",
  "centre",
  "l",
  "r",
  "front",
  "back",
  "top",
  "bottom",
  "inset",
  "far left",
  "far right",
  "l-r",
  "from left",
  "second from left",
  "second from right",
  "third from left",
  "third from right",
  "front row",
  "back row",
  "from left to right",
};
static const char *const credit_openers[] = {
  "courtesy",   "photo",      "ap photo",       "getty",
  "file photo", "image",      "picture",        "pictured",
  "photograph", "screenshot", "screen capture",
};

/* Finds the first caption marker in @s at or after @from; sets *@at to its
 * first byte and *@close to the byte after it. */
static CaptionMarker
caption_marker (const char *s, gsize n, gsize from, gsize *at, gsize *close)
{
  /* Candidates are found with memchr, which is much faster than looking
   * at every byte; the next '(' and the next ',' are each searched for
   * once and only renewed when passed, so the scan stays linear. */
  const char *end = s + n, *paren = NULL, *comma = NULL;
  gsize i = from;

  while (i < n)
    {
      if (!paren || paren < s + i)
        {
          paren = memchr (s + i, '(', n - i);
          if (!paren)
            paren = end;
        }
      if (!comma || comma < s + i)
        {
          comma = memchr (s + i, ',', n - i);
          if (!comma)
            comma = end;
        }
      if (paren == end && comma == end)
        break;
      i = (gsize)(MIN (paren, comma) - s);
      if (s[i] == '(')
        {
          const char *cp = memchr (s + i, ')', MIN (n - i, 120));
          gsize inner, k;
          i++;
          if (!cp)
            continue;
          inner = (gsize)(cp - s) - i;
          *at = i - 1;
          *close = (gsize)(cp - s) + 1;
          if (inner <= 24
              && in_list_ci (s + i, inner, position_words,
                             G_N_ELEMENTS (position_words)))
            return CAP_POSITION;
          for (k = 0; k < G_N_ELEMENTS (credit_openers); k++)
            if (starts_ci (s + i, inner, credit_openers[k])
                && (inner == strlen (credit_openers[k])
                    || !g_ascii_isalpha (s[i + strlen (credit_openers[k])])))
              return CAP_CREDIT;
        }
      else
        {
          const char *cm;
          gsize inner;
          i++;
          if (i + 1 >= n || s[i] != ' ')
            continue;
          cm = memchr (s + i + 1, ',', MIN (n - i - 1, 24));
          if (!cm)
            continue;
          inner = (gsize)(cm - s) - i - 1;
          if (inner > 1
              && in_list_ci (s + i + 1, inner, position_words,
                             G_N_ELEMENTS (position_words)))
            {
              *at = i - 1;
              *close = (gsize)(cm - s) + 1;
              return CAP_POSITION;
            }
        }
    }
  return CAP_NONE;
}

/* The rest of a line from @i reads as a sentence of its own: a capital
 * after one space, at least four words, final punctuation. */
static gboolean
sentence_follows (const char *s, gsize n, gsize i)
{
  guint words = 0;
  gsize last = n;

  if (i + 1 >= n || s[i] != ' ')
    return FALSE;
  i++;
  if (!g_ascii_isupper (s[i]) && s[i] != '"' && (guchar)s[i] != 0xE2)
    return FALSE;
  for (gsize k = i; k < n; k++)
    words += s[k] == ' ' && k + 1 < n && s[k + 1] != ' ';
  while (last > i && strchr ("\"')", s[last - 1]))
    last--;
  return words >= 3 && last > i
         && (s[last - 1] == '.' || s[last - 1] == '!' || s[last - 1] == '?'
             || (guchar)s[last - 1] == 0x9D);
}

/* Where a caption glued to the next paragraph ends, relative to @s, or 0
 * when the line is not such a pair. */
static gsize
caption_glue (const char *s, gsize n)
{
  gsize at, close = 0, a, b;
  FdMetaDate d;
  CaptionMarker m;

  while ((m = caption_marker (s, n, close, &at, &close)) != CAP_NONE)
    {
      if (m == CAP_CREDIT && sentence_follows (s, n, close))
        return close;
      /* "... (left) ... on June 10, 2025 Earlier this month, ..." */
      if (m == CAP_POSITION && fd_meta_find_date (s, n, close, &d, &a, &b)
          && a < close + 300 && sentence_follows (s, n, b))
        return b;
    }
  return 0;
}

/* "... on June 9, 2025" at the very end of the line. */
static gboolean
ends_in_date (const char *s, gsize n)
{
  FdMetaDate d;
  gsize a, b;

  return n > 8 && fd_meta_find_date (s, n, n - 4, &d, &a, &b) && b == n;
}

/* " date 2025-06-18 Lee held ...": where the date ends (relative to @s,
 * which starts at the line's first non-blank byte), or 0. */
static gsize
date_header_glue (const char *s, gsize n)
{
  FdMetaDate d;
  gsize i = 4, a, b;

  if (!starts_ci (s, n, "date") || n <= 5)
    return 0;
  if (s[i] == ':')
    i++;
  if (s[i] != ' ')
    return 0;
  while (i < n && s[i] == ' ')
    i++;
  if (!fd_meta_find_date (s, n, i, &d, &a, &b) || a != i)
    return 0;
  return b;
}

/* ---- pass 0: cutting glued lines ---- */

static void
push (GArray *lines, GArray *forced, gsize start, gsize end, FdLineClass cls,
      guint8 force)
{
  FdLine l = { start, end, cls };
  g_array_append_val (lines, l);
  g_array_append_val (forced, force);
}

static void
cut_glued (FdDoc *doc, GArray *lines, GArray *forced)
{
  gboolean first = TRUE;

  for (guint i = 0; i < doc->n_lines; i++)
    {
      FdLine l = doc->lines[i];
      const char *t = doc->text;
      gsize s = l.start, cut;

      if (l.cls == FD_LINE_BLANK)
        {
          push (lines, forced, l.start, l.end, l.cls, FD_LINE_BLANK);
          continue;
        }
      while (s < l.end && g_ascii_isspace (t[s]))
        s++;
      if (first && (cut = date_header_glue (t + s, l.end - s)))
        {
          gsize rest = s + cut;
          while (rest < l.end && g_ascii_isspace (t[rest]))
            rest++;
          push (lines, forced, l.start, s + cut, FD_LINE_DATELINE,
                FD_LINE_DATELINE);
          if (rest < l.end)
            push (lines, forced, rest, l.end, FD_LINE_BODY, NO_CLASS);
          first = FALSE;
          continue;
        }
      first = FALSE;
      if (memchr (t + s, '(', l.end - s)
          && (cut = caption_glue (t + s, l.end - s)))
        {
          push (lines, forced, l.start, s + cut, FD_LINE_CAPTION,
                FD_LINE_CAPTION);
          push (lines, forced, s + cut + 1, l.end, FD_LINE_BODY, NO_CLASS);
          continue;
        }
      push (lines, forced, l.start, l.end, l.cls, NO_CLASS);
    }
}

/* ---- pass 2 ---- */

/* Words a sentence cannot end on: a line that stops on one, or is
 * followed by a line that opens in lower case, was hard-wrapped in the
 * middle of a sentence, and is body text however short of a full stop. */
static const char *const wrap_words[] = {
  "a",    "an",   "and",  "as",   "at",    "but", "by",   "for",
  "from", "in",   "into", "of",   "on",    "or",  "that", "the",
  "to",   "with", "was",  "were", "is",    "are", "has",  "had",
  "have", "held", "both", "its",  "their", "his", "her",
};

static gboolean
wraps_into (const char *t, const Shape *h, const Shape *nx)
{
  gsize e = h->e, w;

  if (!nx || nx->e <= nx->s)
    return FALSE;
  if (g_ascii_islower (t[nx->s]))
    return TRUE;
  while (e > h->s && t[e - 1] == ' ')
    e--;
  if (e > h->s && (t[e - 1] == ',' || t[e - 1] == '-'))
    return TRUE;
  for (w = e; w > h->s && g_ascii_isalpha (t[w - 1]); w--)
    ;
  for (gsize k = 0; k < G_N_ELEMENTS (wrap_words); k++)
    if (strlen (wrap_words[k]) == e - w
        && g_ascii_strncasecmp (t + w, wrap_words[k], e - w) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
same_text (const char *t, const Shape *a, const Shape *b)
{
  return a->e - a->s == b->e - b->s
         && memcmp (t + a->s, t + b->s, a->e - a->s) == 0;
}

void
fd_lineclass_classify (FdDoc *doc)
{
  GArray *lines
      = g_array_sized_new (FALSE, FALSE, sizeof (FdLine), doc->n_lines + 4);
  GArray *forced = g_array_sized_new (FALSE, FALSE, 1, doc->n_lines + 4);
  const char *t = doc->text;
  Shape *sh;
  guint *next; /* index of the next non-blank line, or n */
  guint8 *repeated;
  FdLine *L;
  guint n;
  gboolean in_header = TRUE, seen_headline = FALSE, body = FALSE,
           related = FALSE;

  cut_glued (doc, lines, forced);
  n = lines->len;
  L = (FdLine *)lines->data;
  sh = g_new (Shape, n);
  next = g_new (guint, n + 1);
  repeated = g_new0 (guint8, n + 1);
  for (guint i = 0; i < n; i++)
    measure (t, L[i].start, L[i].end, &sh[i]);
  next[n] = n;
  for (guint i = n; i-- > 0;)
    next[i] = (i + 1 < n && sh[i + 1].e > sh[i + 1].s) ? i + 1 : next[i + 1];

  /* A caption printed twice (once under the photo, once in the gallery
   * text) is the most reliable caption signal there is. */
  for (guint i = 0; i < n; i++)
    if (sh[i].e - sh[i].s >= 20 && next[i] < n
        && same_text (t, &sh[i], &sh[next[i]]))
      repeated[i] = repeated[next[i]] = 1;

  for (guint i = 0; i < n; i++)
    {
      const Shape *h = &sh[i];
      const char *s = t + h->s;
      gsize len = h->e - h->s, v;
      FdLineClass cls;
      gboolean marker, separator;
      guint8 f = g_array_index (forced, guint8, i);

      if (len == 0)
        {
          L[i].cls = FD_LINE_BLANK;
          in_header = FALSE;
          continue;
        }
      if (f != NO_CLASS)
        {
          L[i].cls = (FdLineClass)f;
          in_header = FALSE;
          continue;
        }
      if (in_header && fd_meta_header_key (s, len, &v) != FD_META_KEY_NONE)
        {
          L[i].cls = FD_LINE_META;
          continue;
        }
      in_header = FALSE;

      cls = shape_class (t, h, &marker, &separator);
      if (marker)
        related = TRUE;
      else if (related && (cls == NO_CLASS || separator))
        {
          if (separator
              || ((!terminal (h) || title_case (h)) && h->words <= 30))
            cls = FD_LINE_RELATED;
          else
            related = FALSE;
        }
      if (cls == NO_CLASS)
        {
          gsize at, close;
          if (repeated[i]
              || (((h->flags & (SH_PAREN | SH_LONG)) || memchr (s, ',', len))
                  && caption_marker (s, len, 0, &at, &close) != CAP_NONE)
              || (!terminal (h) && (h->flags & SH_DIGIT) && h->words >= 5
                  && ends_in_date (s, len)))
            cls = FD_LINE_CAPTION;
        }
      if (cls == NO_CLASS && speaker_label (s, len, h) && next[i] < n
          && (terminal (&sh[next[i]]) || sh[next[i]].words >= 8))
        cls = FD_LINE_SPEAKER;
      if (cls == NO_CLASS && !body)
        {
          /* Above the first paragraph: the headline, its subtitle, and the
           * short menu lines that precede them. */
          if (terminal (h)
              || wraps_into (
                  t, h, i + 1 < n && next[i] == i + 1 ? &sh[i + 1] : NULL))
            {
              cls = FD_LINE_BODY;
              body = TRUE;
            }
          else if (!seen_headline && h->words <= 3
                   && !(next[i] < n && terminal (&sh[next[i]])))
            cls = FD_LINE_NAV; /* a short line right above the first
                                  sentence is a short headline instead */
          else if (seen_headline && all_caps (h))
            cls = FD_LINE_SECTION;
          else if (!seen_headline || h->words >= 4)
            {
              cls = FD_LINE_HEADLINE;
              seen_headline = TRUE;
            }
          else
            cls = FD_LINE_SECTION;
        }
      if (cls == NO_CLASS)
        {
          if (!terminal (h) && all_caps (h) && h->words <= 10)
            cls = FD_LINE_SECTION;
          else if (!terminal (h) && h->words <= 8 && title_case (h))
            cls = FD_LINE_SECTION;
          else
            cls = FD_LINE_BODY;
        }
      L[i].cls = cls;
    }

  g_free (sh);
  g_free (next);
  g_free (repeated);
  g_array_free (forced, TRUE);
  g_free (doc->lines);
  doc->n_lines = lines->len;
  doc->lines = (FdLine *)g_array_free (lines, FALSE);
}
