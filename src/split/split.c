/* split.c - see split.h: sentence boundaries for news text.
 *
 * The splitter makes one forward pass over each line of running text.  A
 * 256-entry byte table sends the few interesting bytes ('.', '!', '?', ')',
 * digits, '@' and the lead byte of "…", "•" and curly quotes) to a handler;
 * every other byte costs one table load.  The handlers look a few bytes
 * around the candidate and consult the sorted word tables of abbrev.c, so
 * nothing is allocated per character and no regular expression runs.
 *
 * Before the pass, each line break between two running lines is judged
 * once: soft when the sentence wraps onto the next line (the next line
 * starts lower-case, the line ends in a comma, or the paragraph is
 * hard-wrapped and the line is full), hard otherwise.  A hard break ends the
 * open sentence, which is how headlines, captions and capitalised section
 * headers without a full stop become sentences of their own.
 *
 * The rules follow what news copy does: a full stop after a plain word ends
 * a sentence unless a lower-case word follows; after an abbreviation it ends
 * one only when the next word typically opens a sentence ("the U.S. He
 * said" but "the U.S. government"); '?' and '!' end one unless an
 * attribution in lower case follows ("\"Why?\" she asked."); captions glued
 * to the next sentence are cut after a photo credit in parentheses or after
 * a full date followed by a sentence opener. */
#include "split/split.h"
#include "core/ascii8.h"
#include "split/abbrev.h"

#include <string.h>

/* What the scan loop does with a byte. */
enum
{
  B_PLAIN = 0,
  B_TERM,  /* . ! ? */
  B_PAREN, /* ) that may close a photo credit */
  B_DIGIT, /* a year that may end a caption */
  B_AT,    /* an e-mail address that may end a byline */
  B_E2,    /* lead byte of … • and curly quotes */
  B_SPACE, /* only inside numbered list items: the next marker */
};

#define TERM_BYTES ['.'] = B_TERM, ['!'] = B_TERM, ['?'] = B_TERM
#define DIGIT_BYTES                                                           \
  ['0'] = B_DIGIT, ['1'] = B_DIGIT, ['2'] = B_DIGIT, ['3'] = B_DIGIT,         \
  ['4'] = B_DIGIT, ['5'] = B_DIGIT, ['6'] = B_DIGIT, ['7'] = B_DIGIT,         \
  ['8'] = B_DIGIT, ['9'] = B_DIGIT
#define OTHER_BYTES [')'] = B_PAREN, ['@'] = B_AT, [0xE2] = B_E2

static const guint8 tab_main[256] = { TERM_BYTES, DIGIT_BYTES, OTHER_BYTES };
static const guint8 tab_list[256]
    = { TERM_BYTES, DIGIT_BYTES,
        OTHER_BYTES, [' '] = B_SPACE, ['\t'] = B_SPACE };

/* The kind of list marker an open sentence started with. */
enum
{
  LIST_NONE = 0,
  LIST_BULLET,  /* "• ", "- ": items are cut at the next bullet */
  LIST_DOT,     /* "1. " or "a. " */
  LIST_PAREN,   /* "1) " or "a) " */
  LIST_DOTPAREN /* "1.) " */
};

/* What one line looks like once, before the scan. */
typedef struct
{
  gsize first;   /* first non-blank byte */
  gsize last;    /* end of the last non-blank byte; first >= last: blank */
  gboolean soft; /* the break after this line continues the sentence */
} LineInfo;

/* What follows a candidate boundary. */
typedef enum
{
  N_OTHER,
  N_UPPER,
  N_LOWER,
  N_DIGIT
} NextKind;

typedef struct
{
  NextKind kind;
  const char *word; /* the ASCII letters of the next word, after openers */
  gsize wlen;
  gboolean paren;    /* it opens with '(' or '[' */
  gboolean ellipsis; /* it is an ellipsis: ". . .", "...", "…" */
} Next;

typedef struct
{
  const char *t;
  const FdLine *lines;
  guint n_lines;
  LineInfo *info;  /* one per line, owned */
  FdSentence *out; /* n_out sentences in room for cap_out; the caller's */
  guint n_out, cap_out;

  /* The open sentence. */
  gboolean open;
  gsize start;
  guint line;
  FdLineClass cls;
  int list_kind;
  guint list_next; /* marker value the next item must carry */
  gboolean list_alpha;
  guint body_line; /* sentences opening in this line after a glued caption
                      are body text; G_MAXUINT when none */
} Splitter;

static inline gboolean
is_ws (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v'
         || c == '\f';
}

static inline gboolean
is_running (FdLineClass cls)
{
  return cls == FD_LINE_BODY || cls == FD_LINE_CAPTION;
}

/* Length of the closing quote or bracket at @i (before @b), or 0. */
static gsize
closer_len (const char *t, gsize i, gsize b)
{
  guchar c = (guchar)t[i];

  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}')
    return 1;
  if (c == 0xC2 && i + 1 < b && (guchar)t[i + 1] == 0xBB) /* » */
    return 2;
  if (c == 0xE2 && i + 2 < b && (guchar)t[i + 1] == 0x80)
    {
      guchar d = (guchar)t[i + 2];
      if (d == 0x9D || d == 0x99 || d == 0xBA) /* ” ’ › */
        return 3;
    }
  return 0;
}

/* Length of the opening quote or bracket at @i (before @b), or 0. */
static gsize
opener_len (const char *t, gsize i, gsize b)
{
  guchar c = (guchar)t[i];

  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{')
    return 1;
  if (c == 0xC2 && i + 1 < b && (guchar)t[i + 1] == 0xAB) /* « */
    return 2;
  if (c == 0xE2 && i + 2 < b && (guchar)t[i + 1] == 0x80)
    {
      guchar d = (guchar)t[i + 2];
      if (d == 0x9C || d == 0x98 || d == 0xB9) /* “ ‘ ‹ */
        return 3;
    }
  return 0;
}

static gboolean
is_ellipsis (const char *t, gsize i, gsize b)
{
  return i + 2 < b && (guchar)t[i] == 0xE2 && (guchar)t[i + 1] == 0x80
         && (guchar)t[i + 2] == 0xA6;
}

/* Length of a bullet character at @i, or 0: • ‣ ⁃ ◦ ▪ ● ■ ➢. */
static gsize
bullet_len (const char *t, gsize i, gsize b)
{
  guchar c1, c2;

  if (i + 2 >= b || (guchar)t[i] != 0xE2)
    return 0;
  c1 = (guchar)t[i + 1];
  c2 = (guchar)t[i + 2];
  if ((c1 == 0x80 && (c2 == 0xA2 || c2 == 0xA3)) || (c1 == 0x81 && c2 == 0x83)
      || (c1 == 0x97 && (c2 == 0xA6 || c2 == 0x8F))
      || (c1 == 0x96 && (c2 == 0xAA || c2 == 0xA0))
      || (c1 == 0x9E && c2 == 0xA2))
    return 3;
  return 0;
}

/* Classifies the word at @n (before @b): its first letter's case, or digit,
 * after any opening quotes and brackets. */
static void
classify_next (const char *t, gsize n, gsize b, Next *nx)
{
  gsize k, o;

  nx->paren = n < b && (t[n] == '(' || t[n] == '[');
  nx->ellipsis = n < b && (t[n] == '.' || is_ellipsis (t, n, b));
  while (n < b && (o = opener_len (t, n, b)) > 0)
    n += o;
  nx->kind = N_OTHER;
  nx->word = t + n;
  nx->wlen = 0;
  if (n >= b)
    return;
  if (g_ascii_isupper (t[n]))
    nx->kind = N_UPPER;
  else if (g_ascii_islower (t[n]))
    nx->kind = N_LOWER;
  else if (g_ascii_isdigit (t[n]))
    nx->kind = N_DIGIT;
  else if ((guchar)t[n] >= 0xC0)
    {
      gunichar u = g_utf8_get_char_validated (t + n, (gssize)(b - n));
      if (u == (gunichar)-1 || u == (gunichar)-2)
        return;
      if (g_unichar_isupper (u) || g_unichar_istitle (u))
        nx->kind = N_UPPER;
      else if (g_unichar_islower (u))
        nx->kind = N_LOWER;
      return;
    }
  for (k = n; k < b && g_ascii_isalpha (t[k]); k++)
    ;
  nx->wlen = k - n;
}

static gboolean
next_is_starter (const Next *nx)
{
  return nx->kind == N_UPPER && nx->wlen > 0
         && fd_abbrev_is_starter (nx->word, nx->wlen);
}

/* Finds the first byte of the next word after @q in line @li, following a
 * soft line break; FALSE at a hard break or the end of the text. */
static gboolean
next_token (const Splitter *sp, guint li, gsize q, guint *nli, gsize *n)
{
  const LineInfo *in = &sp->info[li];

  while (q < in->last && is_ws (sp->t[q]))
    q++;
  if (q < in->last)
    {
      *nli = li;
      *n = q;
      return TRUE;
    }
  if (!in->soft)
    return FALSE;
  *nli = li + 1;
  *n = sp->info[li + 1].first;
  return TRUE;
}

/* Classifies the next word after @q; FALSE when there is none. */
static gboolean
peek_next (const Splitter *sp, guint li, gsize q, Next *nx)
{
  guint nli;
  gsize n;

  if (!next_token (sp, li, q, &nli, &n))
    return FALSE;
  classify_next (sp->t, n, sp->info[nli].last, nx);
  return TRUE;
}

/* Recognises a list marker at @i ("• ", "- ", "3. ", "3) ", "3.) ",
 * "b. ", "(4) ") and records it in the open sentence; returns the first
 * byte after it, or @i when there is none. */
static gsize
read_marker (Splitter *sp, gsize i, gsize b)
{
  const char *t = sp->t;
  gsize j = i, k, m = 0, blen = bullet_len (t, i, b);
  gboolean paren;
  guint val = 0;
  int kind = LIST_NONE;

  if (blen == 0 && i + 1 < b && (t[i] == '-' || t[i] == '*' || t[i] == '+')
      && t[i + 1] == ' ')
    blen = 1;
  if (blen > 0)
    {
      j += blen;
      while (j < b && t[j] == ' ')
        j++;
    }
  sp->list_kind = blen > 0 ? LIST_BULLET : LIST_NONE;
  sp->list_alpha = FALSE;
  if (j >= b)
    return j;

  paren = t[j] == '(';
  k = j + paren;
  while (k < b && g_ascii_isdigit (t[k]) && k - j - paren < 3)
    val = val * 10 + (guint)(t[k++] - '0');
  if (k > j + paren && (k >= b || !g_ascii_isdigit (t[k])))
    {
      if (paren)
        {
          if (k < b && t[k] == ')')
            kind = LIST_PAREN, m = k + 1;
        }
      else if (k + 1 < b && t[k] == '.' && t[k + 1] == ')')
        kind = LIST_DOTPAREN, m = k + 2;
      else if (k < b && t[k] == ')')
        kind = LIST_PAREN, m = k + 1;
      else if (k < b && t[k] == '.')
        kind = LIST_DOT, m = k + 1;
    }
  else if (!paren && j + 1 < b && g_ascii_isalpha (t[j])
           && (t[j + 1] == '.' || t[j + 1] == ')'))
    {
      /* "a. " items, but also an initial opening a sentence ("J. Smith
       * said"): either way its full stop is no boundary. */
      kind = t[j + 1] == '.' ? LIST_DOT : LIST_PAREN;
      val = (guint)(guchar)t[j];
      m = j + 2;
      sp->list_alpha = TRUE;
    }
  if (kind == LIST_NONE || (m < b && !is_ws (t[m])))
    {
      sp->list_alpha = FALSE;
      return j;
    }
  sp->list_kind = kind;
  sp->list_next = val + 1;
  return m;
}

static gsize
open_at (Splitter *sp, gsize i, guint li)
{
  sp->open = TRUE;
  sp->start = i;
  sp->line = li;
  sp->cls = li == sp->body_line ? FD_LINE_BODY : sp->lines[li].cls;
  return read_marker (sp, i, sp->info[li].last);
}

/* Appends a sentence to sp->out, which doubles when full.  A GArray
 * append is a library call with its own checks for every sentence, which
 * cost about as much as finding the sentence's end. */
static void
push_sentence (Splitter *sp, gsize start, gsize end, guint line,
               FdLineClass cls)
{
  if (sp->n_out == sp->cap_out)
    {
      sp->cap_out = sp->cap_out ? sp->cap_out * 2 : 32;
      sp->out = g_renew (FdSentence, sp->out, sp->cap_out);
    }
  sp->out[sp->n_out++] = (FdSentence){ start, end, line, cls };
}

static void
close_as (Splitter *sp, gsize end, FdLineClass cls)
{
  while (end > sp->start && is_ws (sp->t[end - 1]))
    end--;
  if (end > sp->start)
    push_sentence (sp, sp->start, end, sp->line, cls);
  sp->open = FALSE;
  sp->list_kind = LIST_NONE;
}

static void
close_at (Splitter *sp, gsize end)
{
  close_as (sp, end, sp->cls);
}

/* Ends a caption glued to the sentence after it.  The caption part is
 * tagged as a caption when it opened its line; the rest of that line is
 * body text. */
static void
close_glued (Splitter *sp, gsize end, guint li)
{
  FdLineClass cls = sp->cls;

  if (sp->start == sp->info[sp->line].first)
    cls = FD_LINE_CAPTION;
  close_as (sp, end, cls);
  sp->body_line = li;
}

/* TRUE when [@s, @e) is an abbreviation with internal dots whose parts are
 * one to three letters: "U.S.A", "e.g", "Ph.D", "S.D". */
static gboolean
is_dotted_abbrev (const char *t, gsize s, gsize e)
{
  gsize part = 0;
  gboolean dot = FALSE;

  for (gsize i = s; i < e; i++)
    {
      if (t[i] == '.')
        {
          if (part == 0)
            return FALSE;
          dot = TRUE;
          part = 0;
        }
      else if (g_ascii_isalpha (t[i]) && ++part <= 3)
        continue;
      else
        return FALSE;
    }
  return dot && part > 0;
}

/* Number of words of the open sentence before byte @w. */
static guint
words_before (const Splitter *sp, gsize w)
{
  guint n = 0;

  for (gsize i = sp->start; i + 1 < w; i++)
    if (is_ws (sp->t[i]) && !is_ws (sp->t[i + 1]))
      n++;
  return n + (w > sp->start);
}

/* Decides whether a single full stop at @p (in line @li) ends the open
 * sentence, given the word that follows. */
static gboolean
period_breaks (const Splitter *sp, guint li, gsize p, const Next *nx)
{
  const char *t = sp->t;
  gsize lim = MAX (sp->start, sp->info[li].first), ws = p, k, o;
  gboolean ambiguous;
  FdAbbrevKind kind;

  if (nx->kind == N_LOWER)
    return FALSE;
  if (p > lim + 64)
    lim = p - 64;
  while (ws > lim && !is_ws (t[ws - 1]))
    ws--;
  while (ws < p && (o = opener_len (t, ws, p)) > 0)
    ws += o;
  if (ws == p || closer_len (t, p - 1, p) > 0)
    return TRUE;

  /* In a party tag or a compound, the part after the last hyphen is what
   * ends in the full stop: "D-Calif.", "R-S.D.". */
  k = ws;
  for (gsize i = ws; i + 1 < p; i++)
    if (t[i] == '-')
      k = i + 1;

  if (p - k == 1 && g_ascii_isalpha (t[k]))
    {
      /* An initial ("J. R. Smith") or a one-letter abbreviation ("p. 12")
       * unless a sentence opener follows ("you and I. Did …"). */
      return nx->kind != N_DIGIT && next_is_starter (nx);
    }
  kind = fd_abbrev_lookup (t + k, p - k, &ambiguous);
  if (kind == FD_ABBREV_STATE)
    {
      /* After a town ("Peoria, Ill.") a state closes its phrase like a
       * company suffix; in a party tag ("D-Ill.") it is a plain
       * abbreviation. */
      gboolean town = ws >= 2 && t[ws - 1] == ' ' && t[ws - 2] == ',';
      gboolean tag = k > ws && t[k - 1] == '-';
      if (!g_ascii_isupper (t[k]) || (ambiguous && !town && !tag))
        kind = FD_ABBREV_NONE;
      else
        kind = town ? FD_ABBREV_SUFFIX : FD_ABBREV_GENERAL;
    }
  if (kind == FD_ABBREV_NONE && is_dotted_abbrev (t, k, p))
    kind = FD_ABBREV_GENERAL;

  /* "BUFFALO, N.Y. (AP) --": a parenthesis after an abbreviation
   * belongs to its sentence. */
  if (kind != FD_ABBREV_NONE && nx->paren)
    return FALSE;
  switch (kind)
    {
    case FD_ABBREV_NONE:
      return TRUE;
    case FD_ABBREV_GENERAL:
    case FD_ABBREV_STATE:
      return nx->kind != N_DIGIT && next_is_starter (nx);
    case FD_ABBREV_SUFFIX:
      /* "Inc." and "etc." mostly close a sentence; a title or another
       * company word after them does not. */
      if (nx->kind != N_UPPER)
        return FALSE;
      return !(nx->kind == N_UPPER
               && fd_abbrev_is_suffix_follower (nx->word, nx->wlen));
    case FD_ABBREV_NUMBER:
    case FD_ABBREV_MONTH:
      return nx->kind != N_DIGIT;
    case FD_ABBREV_TIME:
      /* "At 5 a.m. Mr. Smith left" opens with the time; "He left at
       * 6 p.m. Mr. Smith stayed" ends with it. */
      if (nx->kind == N_DIGIT)
        return FALSE;
      if (next_is_starter (nx))
        return TRUE;
      if (nx->kind == N_UPPER
          && fd_abbrev_is_time_follower (nx->word, nx->wlen))
        return FALSE;
      return words_before (sp, ws) > 2;
    }
  return TRUE;
}

/* A run of terminal punctuation starts at @p.  Consumes it with any
 * closing quotes and brackets, decides, and returns where to go on. */
static gsize
on_term (Splitter *sp, guint li, gsize p)
{
  const char *t = sp->t;
  gsize b = sp->info[li].last, q = p, c;
  guint ndots = 0, nqe = 0, nell = 0;
  gboolean spaced = FALSE, brk;
  Next nx;

  while (q < b)
    {
      if (t[q] == '.')
        ndots++, q++;
      else if (t[q] == '!' || t[q] == '?')
        nqe++, q++;
      else if (is_ellipsis (t, q, b))
        nell++, q += 3;
      else if (t[q] == ' ' && ndots > 0 && q + 1 < b && t[q + 1] == '.'
               && (q + 2 >= b || is_ws (t[q + 2]) || t[q + 2] == '.'
                   || closer_len (t, q + 2, b) > 0))
        spaced = TRUE, q++; /* ". . ." */
      else
        break;
    }
  while (q < b && (c = closer_len (t, q, b)) > 0)
    q += c;
  if (q < b && !is_ws (t[q]))
    return q; /* "3.5", "U.S.-led", "Jr.'s", "e.g.," */
  if (!peek_next (sp, li, q, &nx))
    {
      close_at (sp, q);
      return q;
    }

  if (nx.ellipsis && nell == 0 && ndots < 3)
    brk = FALSE; /* "them. … Then": the ellipsis after it decides */
  else if (nell > 0 || ndots >= 3)
    {
      /* An elision in brackets never ends a sentence; three spaced dots
       * mark an omission inside one; otherwise an ellipsis ends a sentence
       * when a capital follows. */
      if (p > sp->info[li].first && (t[p - 1] == '[' || t[p - 1] == '('))
        brk = FALSE;
      else if (spaced && ndots == 3)
        brk = FALSE;
      else
        brk = nx.kind == N_UPPER;
    }
  else if (nqe > 0)
    brk = nx.kind != N_LOWER;
  else
    brk = period_breaks (sp, li, p, &nx);
  if (brk)
    close_at (sp, q);
  return q;
}

/* TRUE when the text of a parenthesis reads as a photo credit. */
static gboolean
is_credit (const char *s, gsize len)
{
  static const char *const prefixes[] = {
    "courtesy",    "photo",      "image",      "credit",     "source:",
    "provided by", "file photo", "pool photo", "screenshot", "capture",
    "getty",       "yonhap",     "reuters",    "afp",        "ap photo",
    "ap/",         "epa",        "xinhua",     "kyodo",      "newsis",
    "news1",
  };

  while (len > 0 && is_ws (*s))
    s++, len--;
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize n = strlen (prefixes[i]);
      if (len >= n && g_ascii_strncasecmp (s, prefixes[i], n) == 0
          && (len == n || !g_ascii_isalpha (s[n])
              || prefixes[i][n - 1] == ' '))
        return TRUE;
    }
  return len == 2 && g_ascii_strncasecmp (s, "AP", 2) == 0;
}

/* A ')' not after terminal punctuation: "(Courtesy of X) A new …" ends a
 * caption. */
static gsize
on_paren (Splitter *sp, guint li, gsize p)
{
  const char *t = sp->t;
  gsize lim = MAX (sp->start, sp->info[li].first), j;
  Next nx;

  if (p + 1 < sp->info[li].last && !is_ws (t[p + 1]))
    return p + 1;
  if (!peek_next (sp, li, p + 1, &nx) || nx.kind != N_UPPER)
    return p + 1;
  if (p > lim + 160)
    lim = p - 160;
  for (j = p; j > lim; j--)
    if (t[j - 1] == '(' || t[j - 1] == ')')
      break;
  if (j == lim || t[j - 1] != '(' || !is_credit (t + j, p - j))
    return p + 1;
  close_glued (sp, p + 1, li);
  return p + 1;
}

/* TRUE when the word ending at @e (exclusive, not before @lim) is a month
 * name, with or without its abbreviating full stop. */
static gboolean
month_before (const char *t, gsize lim, gsize e)
{
  gsize s;

  if (e > lim && t[e - 1] == '.')
    e--;
  for (s = e; s > lim && g_ascii_isalpha (t[s - 1]); s--)
    ;
  return e > s && fd_abbrev_is_month (t + s, e - s);
}

/* A digit run at @p.  "… on June 10, 2025 Earlier this month, …": a full
 * date followed by a sentence opener ends a glued caption. */
static gsize
on_digit (Splitter *sp, guint li, gsize p)
{
  const char *t = sp->t;
  gsize b = sp->info[li].last, lim = MAX (sp->start, sp->info[li].first);
  gsize q = p, d;
  gboolean date = FALSE;
  Next nx;

  while (q < b && g_ascii_isdigit (t[q]))
    q++;
  if (q - p != 4 || q >= b || t[q] != ' ' || p < lim + 6 || t[p - 1] != ' '
      || !((t[p] == '1' && t[p + 1] == '9')
           || (t[p] == '2' && t[p + 1] == '0')))
    return q;
  if (t[p - 2] == ',')
    {
      /* "June 10, 2025" */
      for (d = p - 2; d > lim && g_ascii_isdigit (t[d - 1]); d--)
        ;
      date = d < p - 2 && p - 2 - d <= 2 && d > lim + 1 && t[d - 1] == ' '
             && month_before (t, lim, d - 1);
    }
  else if (month_before (t, lim, p - 1))
    {
      /* "10 June 2025" */
      for (d = p - 1; d > lim && g_ascii_isalpha (t[d - 1]); d--)
        ;
      date = d > lim + 1 && t[d - 1] == ' ' && g_ascii_isdigit (t[d - 2]);
    }
  if (date && peek_next (sp, li, q, &nx) && next_is_starter (&nx))
    close_glued (sp, q, li);
  return q;
}

/* An '@': "Write to … at name@example.com In-Soo Nam edited …" ends a
 * byline glued to the next line. */
static gsize
on_at (Splitter *sp, guint li, gsize p)
{
  const char *t = sp->t;
  gsize b = sp->info[li].last, e = p + 1;
  gboolean dot = FALSE;
  Next nx;

  while (e < b && !is_ws (t[e]))
    dot |= t[e++] == '.';
  if (!dot || !g_ascii_isalnum (t[e - 1]))
    return p + 1;
  if (peek_next (sp, li, e, &nx) && nx.kind == N_UPPER)
    close_at (sp, e);
  return e;
}

static gsize
on_e2 (Splitter *sp, guint li, gsize p)
{
  gsize b = sp->info[li].last;

  if (is_ellipsis (sp->t, p, b))
    return on_term (sp, li, p);
  if (bullet_len (sp->t, p, b) > 0 && p > sp->start && is_ws (sp->t[p - 1]))
    {
      /* A bullet inside running text starts the next item. */
      close_at (sp, p);
      return p;
    }
  return p + 1;
}

/* White space inside a numbered item: does the next item's marker
 * follow? */
static gsize
on_space (Splitter *sp, guint li, gsize p)
{
  const char *t = sp->t;
  gsize b = sp->info[li].last, j = p + 1, k;
  guint val = 0;
  Next nx;

  if (sp->list_alpha)
    {
      if (j >= b || (guchar)t[j] != sp->list_next)
        return p + 1;
      k = j + 1;
    }
  else
    {
      if (sp->list_kind == LIST_PAREN && j < b && t[j] == '(')
        j++;
      for (k = j; k < b && g_ascii_isdigit (t[k]) && k - j < 4; k++)
        val = val * 10 + (guint)(t[k] - '0');
      if (k == j || val != sp->list_next)
        return p + 1;
    }
  switch (sp->list_kind)
    {
    case LIST_DOT:
      if (k >= b || t[k] != '.')
        return p + 1;
      k++;
      break;
    case LIST_PAREN:
      if (k >= b || t[k] != ')')
        return p + 1;
      k++;
      break;
    case LIST_DOTPAREN:
      if (k + 1 >= b || t[k] != '.' || t[k + 1] != ')')
        return p + 1;
      k += 2;
      break;
    default:
      return p + 1;
    }
  if (k >= b || !is_ws (t[k]))
    return p + 1;
  classify_next (t, k + 1, b, &nx);
  if (nx.kind == N_LOWER)
    return p + 1;
  close_at (sp, p);
  return p + 1;
}

/* The first byte from @i, before @b, that @tab gives something to do,
 * or @b.  Most bytes are plain; looking up eight of them and testing the
 * or of the answers once halves the branches and loop steps of a byte
 * loop, and the scan is most of the splitter's time. */
static inline gsize
skip_plain (const guint8 *tab, const char *t, gsize i, gsize b)
{
  const guchar *u = (const guchar *)t;

  while (b - i >= 8
         && !(tab[u[i]] | tab[u[i + 1]] | tab[u[i + 2]] | tab[u[i + 3]]
              | tab[u[i + 4]] | tab[u[i + 5]] | tab[u[i + 6]] | tab[u[i + 7]]))
    i += 8;
  while (i < b && !tab[u[i]])
    i++;
  return i;
}

static void
scan_line (Splitter *sp, guint li)
{
  const char *t = sp->t;
  gsize i = sp->info[li].first, b = sp->info[li].last;

  while (i < b)
    {
      const guint8 *tab;

      if (!sp->open)
        {
          while (i < b && is_ws (t[i]))
            i++;
          if (i >= b)
            break;
          i = open_at (sp, i, li);
          continue;
        }
      tab = sp->list_kind >= LIST_DOT ? tab_list : tab_main;
      i = skip_plain (tab, t, i, b);
      if (i >= b)
        break;
      switch (tab[(guchar)t[i]])
        {
        case B_TERM:
          i = on_term (sp, li, i);
          break;
        case B_PAREN:
          i = on_paren (sp, li, i);
          break;
        case B_DIGIT:
          i = on_digit (sp, li, i);
          break;
        case B_AT:
          i = on_at (sp, li, i);
          break;
        case B_E2:
          i = on_e2 (sp, li, i);
          break;
        case B_SPACE:
          i = on_space (sp, li, i);
          break;
        default:
          i++;
          break;
        }
    }
}

/* Width of a line in characters (UTF-8 lead bytes): its bytes less the
 * continuation bytes (10xxxxxx).  wrap_width measures every running line
 * twice, so they are counted eight at a time where ascii8.h allows: bit
 * 7 of a byte of w & ~(w << 1) is set exactly for a continuation byte,
 * and the multiplication adds the eight bits up in the top byte. */
static gsize
char_width (const char *t, gsize s, gsize e)
{
  gsize n = e - s, i = s;

#ifdef FD_ASCII8
  for (; e - i >= 8; i += 8)
    {
      guint64 w;

      memcpy (&w, t + i, 8);
      w = (w & ~(w << 1) & FD_ASCII8_HIGH) >> 7;
      n -= (gsize)((w * FD_ASCII8_ONES) >> 56);
    }
#endif
  for (; i < e; i++)
    n -= ((guchar)t[i] & 0xC0) == 0x80;
  return n;
}

/* Lines longer than this are paragraphs, not hard-wrapped lines; a wrap
 * margin narrower than WRAP_MIN is more likely a list of short items. */
#define WRAP_MAX 120
#define WRAP_MIN 50

/* Does the sentence go on from line @a to line @a + 1, in a text whose
 * wrap margin is @width characters (0 when not hard-wrapped)? */
static gboolean
joins_next (Splitter *sp, guint a, gsize width)
{
  const char *t = sp->t;
  const LineInfo *la = &sp->info[a], *lb = &sp->info[a + 1];
  gsize e = la->last, fw, before;
  Next nx;
  Splitter probe = *sp;

  /* A new item never continues the previous line. */
  if (read_marker (&probe, lb->first, lb->last) != lb->first)
    return FALSE;
  classify_next (t, lb->first, lb->last, &nx);
  if (nx.kind == N_LOWER)
    return TRUE;
  while (e > la->first && closer_len (t, e - 1, e) > 0)
    e--;
  if (e > la->first
      && (t[e - 1] == ',' || t[e - 1] == ';' || t[e - 1] == '&'
          || t[e - 1] == '-' || t[e - 1] == '/' || t[e - 1] == '('))
    return TRUE;
  /* "Capt." at the end of a line and a name on the next: the line break
   * is no more a boundary than a space would be. */
  if (e > la->first && t[e - 1] == '.')
    {
      gsize ws = e - 1, nw;
      gboolean amb = FALSE;
      while (ws > la->first && !is_ws (t[ws - 1]))
        ws--;
      for (nw = lb->first;
           nw < lb->last && !is_ws (t[nw]) && t[nw] != ',' && t[nw] != '.';
           nw++)
        ;
      if (e - 1 > ws
          && fd_abbrev_lookup (t + ws, e - 1 - ws, &amb) == FD_ABBREV_GENERAL
          && nw > lb->first
          && !fd_abbrev_is_starter (t + lb->first, nw - lb->first))
        return TRUE;
    }
  if (width == 0)
    return FALSE;
  /* Hard-wrapped: the line is full when the next word would not have fit
   * on it. */
  for (fw = lb->first; fw < lb->last && !is_ws (t[fw]); fw++)
    ;
  before = char_width (t, la->first, la->last);
  return before + 1 + char_width (t, lb->first, fw) > width;
}

/* The wrap margin of a hard-wrapped text, or 0.  The text counts as
 * hard-wrapped when nearly all its running lines are at most WRAP_MAX
 * characters wide and at least three of them reach the widest one. */
static gsize
wrap_width (const Splitter *sp)
{
  guint n = 0, n_long = 0, n_full = 0;
  gsize width = 0;

  for (guint pass = 0; pass < 2; pass++)
    for (guint li = 0; li < sp->n_lines; li++)
      {
        const LineInfo *in = &sp->info[li];
        gsize bytes = in->last - in->first, w;

        if (in->first >= in->last || !is_running (sp->lines[li].cls))
          continue;
        w = bytes > 4 * WRAP_MAX ? bytes
                                 : char_width (sp->t, in->first, in->last);
        if (pass == 0)
          {
            n++;
            if (w > WRAP_MAX)
              n_long++;
            else
              width = MAX (width, w);
            /* Mostly paragraphs on one line each: no need to look on. */
            if (n_long > 8 && n_long * 10 > n)
              return 0;
          }
        else if (w <= width && w + 8 >= width)
          n_full++;
      }
  if (width < WRAP_MIN || n_long * 10 > n || n_full < 3)
    return 0;
  return width;
}

/* Fills sp->info: trimmed extents and the soft/hard verdict of every line
 * break. */
static void
judge_lines (Splitter *sp)
{
  const char *t = sp->t;
  gsize width;

  for (guint li = 0; li < sp->n_lines; li++)
    {
      LineInfo *in = &sp->info[li];
      gsize s = sp->lines[li].start, e = sp->lines[li].end;
      while (s < e && is_ws (t[s]))
        s++;
      while (e > s && is_ws (t[e - 1]))
        e--;
      in->first = s;
      in->last = e;
      in->soft = FALSE;
    }
  width = wrap_width (sp);
  /* Only consecutive non-blank running lines of one class can join. */
  for (guint li = 0; li + 1 < sp->n_lines; li++)
    {
      FdLineClass cls = sp->lines[li].cls;
      if (is_running (cls) && sp->lines[li + 1].cls == cls
          && sp->info[li].first < sp->info[li].last
          && sp->info[li + 1].first < sp->info[li + 1].last)
        sp->info[li].soft = joins_next (sp, li, width);
    }
}

/* Splits the @n_lines @lines of @text; returns the sentences (transfer
 * full, room for more than *@n_sents) and sets *@n_sents. */
static FdSentence *
split_lines (const char *text, const FdLine *lines, guint n_lines,
             guint *n_sents)
{
  Splitter sp = { 0 };

  sp.t = text;
  sp.lines = lines;
  sp.n_lines = n_lines;
  sp.info = g_new (LineInfo, n_lines ? n_lines : 1);
  sp.body_line = G_MAXUINT;
  judge_lines (&sp);
  for (guint li = 0; li < n_lines; li++)
    {
      const LineInfo *in = &sp.info[li];

      if (in->first >= in->last)
        continue;
      if (!is_running (lines[li].cls))
        {
          /* Headlines, bylines, labels: one sentence per line. */
          push_sentence (&sp, in->first, in->last, li, lines[li].cls);
          continue;
        }
      scan_line (&sp, li);
      if (sp.open && !in->soft)
        close_at (&sp, in->last);
    }
  g_free (sp.info);
  *n_sents = sp.n_out;
  return sp.out;
}

GArray *
fd_split_text (const char *text, gsize len)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (FdSentence));
  g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (FdLine));
  FdSentence *sents;
  guint n;
  gsize i = 0;

  while (i < len)
    {
      const char *nl = memchr (text + i, '\n', len - i);
      FdLine l = { i, nl ? (gsize)(nl - text) : len, FD_LINE_BODY };

      if (l.end > l.start && text[l.end - 1] == '\r')
        l.end--;
      g_array_append_val (lines, l);
      i = nl ? (gsize)(nl - text) + 1 : len;
    }
  sents = split_lines (text, (const FdLine *)(void *)lines->data, lines->len,
                       &n);
  for (guint k = 0; k < n; k++)
    {
      sents[k].line = 0;
      sents[k].cls = FD_LINE_BODY;
    }
  g_array_append_vals (out, sents, n);
  g_free (sents);
  return out;
}

void
fd_split_doc (FdDoc *doc)
{
  guint n;
  FdSentence *all = split_lines (doc->text, doc->lines, doc->n_lines, &n);

  g_free (doc->sents);
  doc->n_sents = n;
  /* The array grew by doubling; every article's sentences stay until the
   * end of the run, so give the slack back (a quarter of their memory on
   * average). */
  doc->sents = g_renew (FdSentence, all, MAX (n, 1));
}
