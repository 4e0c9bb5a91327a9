/* quote.c - see quote.h: direct quotations with their speakers, transcript
 * quotes, and indirect speech.
 *
 * The document is read one content line (a paragraph) at a time, in
 * order, because attribution is a running story: a pronoun names the last
 * person who spoke, and a paragraph that opens a quote without closing it
 * continues in the next paragraph, which re-opens with a mark.  Quote
 * spans come from the marks themselves, not from sentence boundaries, so
 * multi-sentence quotes survive whatever the splitter does; a quote left
 * open is capped at the end of its paragraph or at the next opening mark,
 * never at the end of the article.
 *
 * For each line: tokens (quote-token.h), then the quoted segments, then
 * every speech cue outside them with its speaker (speaker.h), then each
 * segment takes the cue of its frame: the words after its closing mark
 * ('," Lee said'), else before its opening mark ('Lee said, "').  Segments
 * that share one frame ('"A," he said. "B."') or one paragraph-spanning
 * quote are emitted as one claim whose value is their words joined: one
 * utterance, as the PolNeAR annotators and readers count it.
 *
 * Pronoun speakers: the claim's speaker is the name the pronoun resolves
 * to (the last person, or for they/we the last speaker of any kind), but
 * speaker_start/end point at the pronoun itself.  The mention in the text
 * is the pronoun (that is how PolNeAR marks it, with source_pronoun), and
 * the name is what the compare stage needs. */
#include "claims/quote.h"

#include "claims/quote-token.h"
#include "claims/speaker.h"

#include <string.h>

/* How a segment got its speaker, best first. */
typedef enum
{
  HOW_NONE = 0,
  HOW_AFTER,   /* the frame after the closing mark */
  HOW_BEFORE,  /* the frame before the opening mark */
  HOW_SUBJECT, /* a partial quote: the subject of its sentence */
  HOW_LABEL,   /* a transcript label line above */
  HOW_INHERIT, /* the quote before it in the paragraph, or the paragraph
                  before (a quote that carries on) */
} How;

/* A speaker as found: its words as the claim reports them, and the span
 * of its mention (the pronoun for a pronoun). */
typedef struct
{
  char *name; /* owned; NULL when none */
  gssize start, end;
} Who;

/* One run of quoted words between two marks of one line. */
typedef struct
{
  gsize s, e;     /* the words, without the marks */
  guint words;    /* word tokens inside */
  gboolean cont;  /* carries on the previous segment: same quote */
  gboolean merge; /* joins the previous segment's claim */
  How how;
  gint cue_tok; /* token of the cue that named the speaker, -1 if none */
  Who who;
} Seg;

/* A speech cue outside the quotes, with its resolved speaker. */
typedef struct
{
  guint tok;
  FdSpeechCue cue;
  gboolean ok; /* a speaker was found */
  gboolean inverted;
  FdSpeakerNP np;
  Who who;
} Event;

typedef struct
{
  const FdDoc *doc;
  GPtrArray *out;
  GArray *segs;    /* Seg of the whole document, in text order */
  Who last_person; /* for he and she */
  /* last_person holds only its span: its name is made when a pronoun
   * asks for it (person_name) */
  gboolean person_lazy;
  Who last_any;     /* for they and we */
  Who prev_line;    /* speaker a quote-only paragraph carries on */
  gboolean pending; /* the previous paragraph left a quote open */
  Who label;        /* a transcript label waiting for its words */
  /* scan_line's arrays, reused from line to line (a line's worth of
   * allocations cost more than reading most lines): */
  GArray *toks;      /* FdQTok */
  GArray *evs;       /* Event */
  guint cap;         /* entries of each array below */
  gboolean *inq;     /* the token is inside a quote */
  guint *sent_lo;    /* first token of the token's sentence */
  guint *sent_hi;    /* one past its last */
  FdSpeechCue *cues; /* the token's speech cue, when is_cue */
  gboolean *is_cue;
} Ctx;

static void
who_clear (Who *w)
{
  g_clear_pointer (&w->name, g_free);
  w->start = w->end = -1;
}

static void
who_copy (Who *dst, const Who *src)
{
  char *name = g_strdup (src->name);

  g_free (dst->name);
  dst->name = name;
  dst->start = src->start;
  dst->end = src->end;
}

/* collapse for text that is not all ASCII: decodes each character. */
static char *
collapse_utf8 (const char *text, gsize s, gsize e)
{
  GString *out = g_string_sized_new (e - s);
  gboolean space = FALSE;

  for (const char *p = text + s; p < text + e; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A newly allocated copy of text[s, e) with runs of white space made one
 * space; the value of a quote claim, the name of a speaker.  Most are
 * ASCII, copied byte by byte (white space as g_unichar_isspace says);
 * the result is never longer than the text. */
static char *
collapse (const char *text, gsize s, gsize e)
{
  char *out = g_malloc (e - s + 1);
  gboolean space = FALSE;
  gsize n = 0;

  for (gsize p = s; p < e; p++)
    {
      char c = text[p];

      if ((guchar)c >= 0x80)
        {
          g_free (out);
          return collapse_utf8 (text, s, e);
        }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        {
          space = n > 0;
          continue;
        }
      if (space)
        out[n++] = ' ';
      space = FALSE;
      out[n++] = c;
    }
  out[n] = '\0';
  return out;
}

static gboolean
is_punct (const FdQTok *t, const char *set)
{
  return t->kind == FD_QTOK_PUNCT && t->ch < 128 && t->ch != 0
         && strchr (set, (int)t->ch) != NULL;
}

static gboolean
is_dash (const FdQTok *t)
{
  return t->kind == FD_QTOK_PUNCT
         && (t->ch == 0x2014 || t->ch == 0x2013 || t->ch == 0x2015);
}

/* Marks that can open: after white space or an opening bracket or dash. */
static gboolean
open_context (const FdQTok *toks, guint n, guint i)
{
  (void)n;
  return toks[i].space_before
         || (i > 0
             && (is_punct (&toks[i - 1], "([{-/:") || is_dash (&toks[i - 1])
                 || toks[i - 1].kind == FD_QTOK_MARK));
}

static gboolean
close_context (const FdQTok *toks, guint n, guint i)
{
  return toks[i].space_after
         || (i + 1 < n
             && (is_punct (&toks[i + 1], ".,;:!?)]}") || is_dash (&toks[i + 1])
                 || toks[i + 1].kind == FD_QTOK_MARK
                 || toks[i + 1].ch == 0x2026));
}

/* Adds the segment between marks @o and @c (token indices; @c == n when
 * the quote is left open) unless it holds no words. */
static void
add_seg (GArray *segs, const char *text, const FdQTok *toks, guint n, guint o,
         guint c, gboolean cont)
{
  Seg seg = { 0 };

  seg.s = toks[o].end;
  seg.e = c < n ? toks[c].start : toks[n - 1].end;
  /* '"…," he said': the comma stands in for the full stop and is not
   * part of the words. */
  while (seg.e > seg.s
         && (g_ascii_isspace (text[seg.e - 1]) || text[seg.e - 1] == ','))
    seg.e--;
  while (seg.s < seg.e && g_ascii_isspace (text[seg.s]))
    seg.s++;
  for (guint i = o + 1; i < c && i < n; i++)
    seg.words += toks[i].kind == FD_QTOK_WORD;
  if (seg.words == 0)
    return;
  seg.cont = cont;
  seg.merge = cont;
  seg.who.start = seg.who.end = -1;
  seg.cue_tok = -1;
  g_array_append_val (segs, seg);
}

/* Finds single-mark quotes of a line that has no double ones open at @i:
 * 'four words or more' with a speech cue elsewhere in the line.  Returns
 * the token index of the closing mark, or 0 when there is none. */
static guint
single_quote (const char *text, const FdQTok *toks, guint n, guint i,
              gboolean has_cue)
{
  guint words = 0;

  if (!has_cue || toks[i].shape == FD_QMARK_CLOSING
      || !open_context (toks, n, i) || toks[i].space_after)
    return 0;
  for (guint j = i + 1; j < n; j++)
    {
      if (toks[j].kind == FD_QTOK_WORD)
        words++;
      else if (toks[j].kind == FD_QTOK_MARK && toks[j].single
               && toks[j].shape != FD_QMARK_OPENING && !toks[j].space_before
               && close_context (toks, n, j))
        return words >= 4 ? j : 0;
      else if (toks[j].kind == FD_QTOK_MARK)
        return 0;
    }
  (void)text;
  return 0;
}

/* Finds the quoted segments of one line, marks and words, and sets their
 * tokens in @inq (n entries).  Appends to @segs.  @has_cue: the line has a
 * speech cue, which single marks need before they count as quotes. */
static void
find_segments (Ctx *ctx, const FdQTok *toks, guint n, gboolean *inq,
               gboolean has_cue, GArray *segs)
{
  const char *text = ctx->doc->text;
  gint open = -1;
  FdQMarkShape open_shape = FD_QMARK_STRAIGHT;
  gboolean nested = FALSE;
  gboolean cont = FALSE;

  if (ctx->pending && n > 0 && toks[0].kind == FD_QTOK_MARK && !toks[0].single)
    cont = TRUE;
  for (guint i = 0; i < n; i++)
    {
      const FdQTok *t = &toks[i];
      gboolean oc, cc;

      if (t->kind != FD_QTOK_MARK)
        continue;
      if (t->single)
        {
          guint c;
          if (open >= 0)
            continue;
          c = single_quote (text, toks, n, i, has_cue);
          if (c > 0)
            {
              add_seg (segs, text, toks, n, i, c, FALSE);
              for (guint k = i; k <= c; k++)
                inq[k] = TRUE;
              i = c;
            }
          continue;
        }
      oc = open_context (toks, n, i);
      cc = close_context (toks, n, i);
      if (open < 0)
        {
          /* A closing-shaped mark that opens a paragraph opens a quote
           * ("” … what I learned"): a typesetting slip some outlets make. */
          if (t->shape == FD_QMARK_OPENING
              || (t->shape == FD_QMARK_STRAIGHT && (oc || !cc))
              || (t->shape == FD_QMARK_CLOSING && oc && !cc)
              || (t->shape == FD_QMARK_CLOSING && i == 0 && i + 1 < n
                  && toks[i + 1].kind != FD_QTOK_MARK))
            {
              open = (gint)i;
              open_shape = t->shape == FD_QMARK_STRAIGHT ? FD_QMARK_STRAIGHT
                                                         : FD_QMARK_OPENING;
              nested = FALSE;
            }
          continue;
        }
      /* Inside a quote, marks of the other family (curly in straight,
       * straight in curly) open and close a quote within the quote. */
      if (open_shape == FD_QMARK_STRAIGHT && t->shape != FD_QMARK_STRAIGHT)
        {
          if (t->shape == FD_QMARK_OPENING && !nested)
            {
              nested = TRUE;
              continue;
            }
          if (t->shape == FD_QMARK_CLOSING && nested)
            {
              nested = FALSE;
              continue;
            }
        }
      if (open_shape != FD_QMARK_STRAIGHT && t->shape == FD_QMARK_STRAIGHT)
        {
          if (!nested && oc && !cc)
            {
              nested = TRUE;
              continue;
            }
          if (nested)
            {
              nested = FALSE;
              continue;
            }
        }
      if (open_shape != FD_QMARK_STRAIGHT && t->shape == FD_QMARK_OPENING
          && !(cc && !oc))
        {
          /* A second opening mark while one is open: the first quote was
           * never closed; it ends here. */
          add_seg (segs, text, toks, n, (guint)open, i, cont);
          for (guint k = (guint)open; k < i; k++)
            inq[k] = TRUE;
          cont = FALSE;
          open = (gint)i;
          nested = FALSE;
          continue;
        }
      add_seg (segs, text, toks, n, (guint)open, i, cont);
      for (guint k = (guint)open; k <= i; k++)
        inq[k] = TRUE;
      cont = FALSE;
      open = -1;
    }
  ctx->pending = FALSE;
  if (open >= 0)
    {
      add_seg (segs, text, toks, n, (guint)open, n, cont);
      for (guint k = (guint)open; k < n; k++)
        inq[k] = TRUE;
      ctx->pending = TRUE;
    }
}

static void
np_who (const char *text, const FdQTok *toks, const FdSpeakerNP *np, Who *w)
{
  g_free (w->name);
  w->start = (gssize)toks[np->first].start;
  w->end = (gssize)toks[np->last].end;
  w->name = collapse (text, (gsize)w->start, (gsize)w->end);
}

/* Makes @w the last person. */
static void
person_set (Ctx *ctx, const Who *w)
{
  who_copy (&ctx->last_person, w);
  ctx->person_lazy = FALSE;
}

/* Makes the phrase @np the last person, keeping only its span: a named
 * sentence subject is recorded in nearly every sentence, and only the
 * few that a pronoun later stands for need their name written out. */
static void
person_set_span (Ctx *ctx, const FdQTok *toks, const FdSpeakerNP *np)
{
  who_clear (&ctx->last_person);
  ctx->last_person.start = (gssize)toks[np->first].start;
  ctx->last_person.end = (gssize)toks[np->last].end;
  ctx->person_lazy = TRUE;
}

/* Writes out the name of the last person if only its span is kept: the
 * same words np_who would have made of it. */
static void
person_name (Ctx *ctx)
{
  if (!ctx->person_lazy)
    return;
  ctx->last_person.name
      = collapse (ctx->doc->text, (gsize)ctx->last_person.start,
                  (gsize)ctx->last_person.end);
  ctx->person_lazy = FALSE;
}

static gboolean
all_caps (const char *text, const FdQTok *t)
{
  for (gsize p = t->start; p < t->end; p++)
    if (g_ascii_islower (text[p]))
      return FALSE;
  return t->end - t->start > 1;
}

static gboolean
ends_with_ing (const char *text, const FdQTok *t)
{
  gsize n = t->end - t->start;
  return n > 5 && strncmp (text + t->end - 3, "ing", 3) == 0;
}

static gboolean
ends_with_ly (const char *text, const FdQTok *t)
{
  gsize n = t->end - t->start;
  return n > 4 && strncmp (text + t->end - 2, "ly", 2) == 0;
}

/* The speaker of a cue whose sentence runs from toks[lo]: for "…, saying",
 * the sentence's subject, a run of capitalised words or a pronoun. */
static gboolean
participle_subject (const char *text, const FdQTok *toks, guint n, guint lo,
                    guint cue, FdSpeakerNP *np)
{
  guint i = lo, j;
  /* Whether toks[fw_at] is a function word: asked twice of the same
   * token when no adjunct opens the sentence, which is most sentences. */
  guint fw_at = G_MAXUINT;
  gboolean fw = FALSE;

  /* A dateline in capitals before a dash is not the subject: "SEOUL —",
   * "FLINT, Mich., Oct. 4 (UPI) —". */
  if (i < cue && all_caps (text, &toks[i]))
    for (j = i + 1; j < cue && j < i + 20; j++)
      if (is_dash (&toks[j]))
        {
          i = j + 1;
          break;
        }
  /* An opening adjunct ("On Monday, …", "Speaking in Ohio, …") ends at
   * its comma; the subject comes after it. */
  if (i < cue && toks[i].kind == FD_QTOK_WORD)
    {
      fw_at = i;
      fw = fd_speaker_is_function_word (text, &toks[i]);
    }
  if (i < cue && toks[i].kind == FD_QTOK_WORD
      && (fw || ends_with_ing (text, &toks[i])
          || ends_with_ly (text, &toks[i])))
    {
      for (j = i; j < cue && j < i + 25; j++)
        if (is_punct (&toks[j], ","))
          break;
      if (j >= cue || j >= i + 25)
        return FALSE;
      i = j + 1;
      /* "On July 6, 2015, Sanders …": the year after the date's comma
       * belongs to the adjunct. */
      if (i + 1 < cue && g_ascii_isdigit (text[toks[i].start])
          && is_punct (&toks[i + 1], ","))
        i += 2;
    }
  if (i >= cue || toks[i].kind != FD_QTOK_WORD)
    return FALSE;
  if (fd_speaker_is_pronoun (text, &toks[i]))
    {
      np->first = np->last = i;
      np->pronoun = TRUE;
      return TRUE;
    }
  if (!fd_quote_token_is_cap (text, &toks[i])
      || (fw_at == i ? fw : fd_speaker_is_function_word (text, &toks[i])))
    return FALSE;
  for (j = i; j + 1 < cue; j++)
    {
      const FdQTok *t = &toks[j + 1];
      if (!(fd_quote_token_is_cap (text, t)
            || (is_punct (t, ".")
                && fd_quote_token_is_abbrev (text, &toks[j]))))
        break;
    }
  /* "Trump's tweets …": a possessive is not the subject. */
  if (toks[j].end - toks[j].start > 2
      && (text[toks[j].end - 1] == 's' || text[toks[j].end - 1] == 'S')
      && (text[toks[j].end - 2] == '\''
          || (guchar)text[toks[j].end - 2] == 0x99))
    return FALSE;
  np->first = i;
  np->last = j;
  np->pronoun = FALSE;
  return TRUE;
}

/* The name right before toks[at] ("Mitch McConnell, who"): a run of
 * capitalised words and title dots, past one comma.  FALSE when the word
 * before is not part of a name ("the majority leader, who"). */
static gboolean
name_before (const char *text, const FdQTok *toks, guint at, FdSpeakerNP *np)
{
  gint i = (gint)at - 1;

  if (i >= 0 && is_punct (&toks[i], ","))
    i--;
  if (i < 0 || !fd_quote_token_is_cap (text, &toks[i])
      || fd_speaker_is_function_word (text, &toks[i]))
    return FALSE;
  np->last = (guint)i;
  while (i > 0
         && (fd_quote_token_is_cap (text, &toks[i - 1])
             || (is_punct (&toks[i - 1], ".") && i > 1
                 && fd_quote_token_is_abbrev (text, &toks[i - 2]))))
    i--;
  while ((guint)i < np->last
         && (toks[i].kind != FD_QTOK_WORD
             || fd_speaker_is_function_word (text, &toks[i])))
    i++;
  np->first = (guint)i;
  np->pronoun = FALSE;
  return TRUE;
}

/* The subject of a frame that runs from a closing mark to its verb at
 * toks[verb]: '," Scott Pruitt, the attorney general of Oklahoma, one
 * of the states suing, said' or '," retired general Lloyd Newton said'.
 * Whatever stands between the mark and the verb is the subject, however
 * long; the mention is its name, up to the first comma. */
static gboolean
frame_subject (const char *text, const FdQTok *toks, guint lo, guint verb,
               FdSpeakerNP *np)
{
  guint first = lo, last, cap = 0;

  while (first < verb && toks[first].kind != FD_QTOK_WORD)
    first++;
  if (first >= verb || verb - first > 30)
    return FALSE;
  for (guint k = first; k < verb; k++)
    if (toks[k].kind == FD_QTOK_MARK || is_punct (&toks[k], ".!?;")
        || is_dash (&toks[k]))
      {
        if (!is_punct (&toks[k], ".") || k == 0
            || !fd_quote_token_is_abbrev (text, &toks[k - 1]))
          return FALSE;
      }
  last = first;
  while (last + 1 < verb && !is_punct (&toks[last + 1], ",("))
    last++;
  /* The name is capitalised words with lower-case titles between them
   * ("retired Air Force general Lloyd Newton", "Secretary of State John
   * Kerry"), ending in a capital; "compared to 11% of Democratic" is a
   * clause. */
  for (guint k = first; k <= last; k++)
    {
      const FdQTok *t = &toks[k];
      if (t->kind != FD_QTOK_WORD)
        {
          if (!is_punct (t, "."))
            return FALSE;
          continue;
        }
      if (g_ascii_isdigit (text[t->start]))
        return FALSE;
      if (fd_speaker_is_function_word (text, t)
          && !(k > first && k < last
               && (fd_quote_token_is (text, t, "of")
                   || fd_quote_token_is (text, t, "the"))
               && fd_quote_token_is_cap (text, &toks[k - 1]))
          && !(k == first && fd_quote_token_is (text, t, "the")))
        return FALSE;
      cap += fd_quote_token_is_cap (text, t);
    }
  if (!cap || !fd_quote_token_is_cap (text, &toks[last]) || last - first > 8)
    return FALSE;
  np->first = first;
  np->last = last;
  np->pronoun = FALSE;
  return TRUE;
}

/* Resolves a pronoun to the last compatible speaker, keeping the
 * pronoun's span; records a named speaker for later pronouns. */
static void
resolve (Ctx *ctx, const FdQTok *toks, guint n, Event *ev)
{
  const char *text = ctx->doc->text;

  np_who (text, toks, &ev->np, &ev->who);
  if (ev->np.pronoun)
    {
      const FdQTok *p = &toks[ev->np.first];
      gboolean person = fd_speaker_is_person (text, toks, &ev->np);
      const Who *w = person ? &ctx->last_person : &ctx->last_any;
      FdSpeakerNP ante;

      person_name (ctx);

      /* "I" is the writer, and names nobody else. */
      if (fd_quote_token_is (text, p, "i"))
        return;
      /* "who" and "which" stand for the phrase right before them. */
      if ((fd_quote_token_is (text, p, "who")
           || fd_quote_token_is (text, p, "which"))
          && name_before (text, toks, ev->np.first, &ante))
        {
          Who named = { NULL, -1, -1 };
          np_who (text, toks, &ante, &named);
          g_free (ev->who.name);
          ev->who.name = named.name;
          if (fd_speaker_is_person (text, toks, &ante))
            person_set (ctx, &named);
          who_copy (&ctx->last_any, &named);
          return;
        }

      if (!w->name && !person)
        w = &ctx->last_person;
      if (w->name)
        {
          g_free (ev->who.name);
          ev->who.name = g_strdup (w->name);
        }
      return;
    }
  if (fd_speaker_is_person (text, toks, &ev->np))
    person_set (ctx, &ev->who);
  who_copy (&ctx->last_any, &ev->who);
}

/* Finds the cues of a line outside its quotes and their speakers, in
 * text order.  @sent_lo gives each token's sentence start.  @has_cue
 * says whether any token is a cue: in a line without one (most lines)
 * only the sentence starts have work, and the loop goes from one to the
 * next. */
static void
find_events (Ctx *ctx, const FdQTok *toks, guint n, const gboolean *inq,
             const guint *sent_lo, const guint *sent_hi,
             const FdSpeechCue *cues, const gboolean *is_cue, gboolean has_cue,
             GArray *evs)
{
  const char *text = ctx->doc->text;

  for (guint i = 0, next; i < n; i = next)
    {
      Event ev;
      guint lo, hi;
      gint j;

      /* sent_hi[i] > i: a sentence holds its tokens */
      next = has_cue ? i + 1 : sent_hi[i];

      if (!inq[i] && sent_lo[i] == i)
        {
          /* A named sentence subject is the likeliest antecedent of a
           * later he or she, even when its verb is not one of saying:
           * "Sen. McCaskill scolded him: '…,' she said". */
          FdSpeakerNP np;
          if (participle_subject (text, toks, n, i, sent_hi[i], &np)
              && !np.pronoun && fd_speaker_is_person (text, toks, &np))
            {
              person_set_span (ctx, toks, &np);
            }
        }
      if (inq[i] || !is_cue[i])
        continue;
      memset (&ev, 0, sizeof ev);
      ev.cue = cues[i];
      ev.tok = i;
      ev.who.start = ev.who.end = -1;
      /* The frame: back to the sentence start or the last mark. */
      lo = sent_lo[i];
      for (j = (gint)i - 1; j >= (gint)lo; j--)
        if (toks[j].kind == FD_QTOK_MARK && inq[j])
          {
            lo = (guint)j + 1;
            break;
          }
      hi = sent_hi[i];
      for (guint k = i + 1; k < hi; k++)
        if (toks[k].kind == FD_QTOK_MARK && inq[k])
          {
            hi = k;
            break;
          }
      switch (ev.cue.kind)
        {
        case FD_SPEECH_ACCORDING:
          ev.ok = fd_speaker_after (text, toks, n, i + 2, hi, &ev.np);
          ev.inverted = TRUE;
          break;
        case FD_SPEECH_QUOTED:
          ev.ok = fd_speaker_after (text, toks, n, i + 1, hi, &ev.np);
          ev.inverted = TRUE;
          break;
        case FD_SPEECH_PARTICIPLE:
          ev.ok = participle_subject (text, toks, n, sent_lo[i], i, &ev.np);
          break;
        case FD_SPEECH_PLAIN:
        case FD_SPEECH_TELL:
        default:
          j = (gint)i - 1;
          if (j >= (gint)lo && is_punct (&toks[j], ",:"))
            j--;
          /* '," said X': a verb right after the quote comes first. */
          if (j < (gint)lo
              || (toks[j].kind == FD_QTOK_MARK && j + 1 < (gint)i))
            {
              ev.ok = fd_speaker_after (text, toks, n, i + ev.cue.len, hi,
                                        &ev.np);
              ev.inverted = ev.ok;
            }
          if (!ev.ok)
            ev.ok = fd_speaker_before (text, toks, n, lo, i, &ev.np);
          if (lo > 0 && toks[lo - 1].kind == FD_QTOK_MARK
              && (!ev.ok
                  || (!ev.inverted && ev.np.first > lo + 1
                      && is_punct (&toks[ev.np.first - 1], ","))))
            {
              /* '," Nora Pruett, the attorney general, one of …, said':
               * the name at the start of the frame, not the last of its
               * descriptions. */
              FdSpeakerNP np;
              if (frame_subject (text, toks, lo, i, &np))
                {
                  ev.np = np;
                  ev.ok = TRUE;
                  ev.inverted = FALSE;
                }
            }
          break;
        }
      if (ev.ok)
        resolve (ctx, toks, n, &ev);
      g_array_append_val (evs, ev);
    }
}

static const Event *
event_at (GArray *evs, guint lo, guint hi, gboolean last)
{
  const Event *found = NULL;

  for (guint k = 0; k < evs->len; k++)
    {
      const Event *ev = &g_array_index (evs, Event, k);
      if (ev->tok < lo || ev->tok >= hi || !ev->ok)
        continue;
      found = ev;
      if (!last)
        break;
    }
  return found;
}

static void
set_who (Seg *seg, How how, const Who *w)
{
  seg->how = how;
  who_copy (&seg->who, w);
}

/* Token index of the mark that opens/closes a segment whose words start/end
 * at a byte; the marks are the tokens around the words. */
static guint
tok_at_or_after (const FdQTok *toks, guint n, gsize byte)
{
  guint i = 0;
  while (i < n && toks[i].start < byte)
    i++;
  return i;
}

/* Number of speech cues in toks[lo, hi): a frame that holds two ('"A,"
 * he said, adding, "B."') introduces two utterances. */
static guint
cues_between (const gboolean *is_cue, guint lo, guint hi)
{
  guint count = 0;

  for (guint i = lo; i < hi; i++)
    count += is_cue[i] ? 1 : 0;
  return count;
}

/* TRUE when the cue of @ev, or the speaker before it, comes right after
 * the closing mark (at toks[a], past a comma or a dash): '," he said',
 * '" said Lee', '," Kang, the spokeswoman, said'. */
static gboolean
frame_adjacent (const FdQTok *toks, guint n, guint a, const Event *ev)
{
  while (a < n && (is_punct (&toks[a], ",.;:") || is_dash (&toks[a])))
    a++;
  if (ev->tok == a)
    return TRUE;
  return !ev->inverted && ev->np.last < ev->tok && ev->np.first <= a + 1;
}

/* Gives each segment of a line its speaker from the cues around it, and
 * decides which segments join the claim before them. */
static void
attribute (Ctx *ctx, const FdQTok *toks, guint n, const gboolean *inq,
           const guint *sent_lo, const guint *sent_hi, GArray *evs, Seg *segs,
           guint nseg, const gboolean *is_cue)
{
  const char *text = ctx->doc->text;

  for (guint k = 0; k < nseg; k++)
    {
      Seg *seg = &segs[k];
      guint o = tok_at_or_after (toks, n, seg->s);
      guint c = tok_at_or_after (toks, n, seg->e);
      guint a, lim, lo;
      const Event *ev = NULL;

      /* o is the first word; the opening mark is before it. */
      while (o > 0 && toks[o - 1].kind != FD_QTOK_MARK)
        o--;
      o = o > 0 ? o - 1 : 0;
      while (c < n && toks[c].kind != FD_QTOK_MARK)
        c++;
      /* After: up to the next quote, the sentence end, the line end. */
      a = c + 1;
      lim = a < n ? sent_hi[a] : n;
      for (guint i = a; i < lim; i++)
        if (inq[i] && toks[i].kind == FD_QTOK_MARK)
          {
            lim = i;
            break;
          }
      if (a < n)
        ev = event_at (evs, a, MIN (lim, a + 14), FALSE);
      if (ev && !frame_adjacent (toks, n, a, ev))
        {
          /* '"robust steps" in response, and he urged …': a frame starts
           * right after the closing mark; a cue further on belongs to
           * the sentence, not to this quote. */
          ev = NULL;
        }
      if (ev && c > 0 && is_punct (&toks[c - 1], ".!?")
          && fd_quote_token_is_cap (text, &toks[a])
          && (ev->tok > a + 5 || lim > a + 12 || lim < sent_hi[a]))
        {
          /* '"… over." Trump said.' ends a sentence inside the marks; what
           * follows is a new sentence and names the speaker only when it
           * is a short frame, not the next piece of the story, nor the
           * frame of the next quote ('… escapades." The agency said North
           * Korea had shown "complete disregard …"'). */
          ev = NULL;
        }
      if (ev)
        set_who (seg, HOW_AFTER, &ev->who), seg->cue_tok = (gint)ev->tok;
      else
        {
          /* Before: from the sentence start or the previous quote. */
          lo = sent_lo[o];
          for (gint i = (gint)o - 1; i >= (gint)lo; i--)
            if (inq[i] && toks[i].kind == FD_QTOK_MARK)
              {
                lo = (guint)i + 1;
                break;
              }
          ev = event_at (evs, lo, o, TRUE);
          if (ev)
            set_who (seg, HOW_BEFORE, &ev->who), seg->cue_tok = (gint)ev->tok;
          else if (a < n && (ev = event_at (evs, a, lim, FALSE)))
            set_who (seg, HOW_AFTER, &ev->who), seg->cue_tok = (gint)ev->tok;
          else if (a + 1 < n && is_dash (&toks[a])
                   && fd_quote_token_is_cap (text, &toks[a + 1]))
            {
              /* A signature under a reader's words: '"…" ― Name'. */
              Event sig = { 0 };
              if (fd_speaker_after (text, toks, n, a + 1, lim, &sig.np))
                {
                  resolve (ctx, toks, n, &sig);
                  set_who (seg, HOW_AFTER, &sig.who);
                  g_free (sig.who.name);
                }
            }
          else if (lo + 1 < o)
            {
              /* A few quoted words inside a sentence ("Trump called him
               * a \"con artist\"") are the sentence subject's words. */
              Event subj = { 0 };
              if (participle_subject (text, toks, n, lo, o, &subj.np))
                {
                  resolve (ctx, toks, n, &subj);
                  set_who (seg, HOW_SUBJECT, &subj.who);
                  g_free (subj.who.name);
                }
            }
        }
      if (k > 0 && !seg->cont)
        {
          /* Join the quote before when only white space or the frame that
           * named its speaker stands between them: '"A," he said. "B."'. */
          Seg *prev = &segs[k - 1];
          guint pc = tok_at_or_after (toks, n, prev->e);
          gboolean one_sentence = TRUE;
          while (pc < n && toks[pc].kind != FD_QTOK_MARK)
            pc++;
          for (guint i = pc + 1; i + 1 < o; i++)
            if (fd_quote_token_ends_sentence (text, toks, n, i))
              one_sentence = FALSE;
          if (pc + 1 >= o)
            seg->merge = TRUE;
          else if (one_sentence && prev->how == HOW_AFTER
                   && (seg->how == HOW_NONE
                       || (seg->how == HOW_BEFORE
                           && seg->cue_tok == prev->cue_tok))
                   && cues_between (is_cue, pc + 1, o) == 1
                   && is_punct (&toks[o - 1], ".,:"))
            seg->merge = TRUE;
          if (seg->how == HOW_NONE && prev->how != HOW_NONE)
            set_who (seg, HOW_INHERIT, &prev->who);
        }
      if (seg->how == HOW_NONE && ctx->label.name)
        set_who (seg, HOW_LABEL, &ctx->label);
      if (seg->how == HOW_NONE && o == 0 && ctx->prev_line.name)
        set_who (seg, HOW_INHERIT, &ctx->prev_line);
      if (seg->how == HOW_NONE && seg->cont)
        {
          Seg *prev = seg - 1;
          if (prev->how != HOW_NONE)
            set_who (seg, HOW_INHERIT, &prev->who);
        }
    }
}

/* TRUE when the words after a cue at toks[from, hi) end its sentence as
 * a frame does ("…, Lee said on Monday."), rather than going on to a
 * clause of their own ("…, an idea officials said Park had welcomed";
 * "…, Lee has vowed to pursue …"). */
static gboolean
frame_ends (const char *text, const FdQTok *toks, guint from, guint hi)
{
  static const char *const days[]
      = { "monday",   "tuesday", "wednesday", "thursday",   "friday",
          "saturday", "sunday",  "reporters", "journalists" };

  if (from >= hi || toks[from].kind != FD_QTOK_WORD)
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (days); k++)
    if (fd_quote_token_is (text, &toks[from], days[k]))
      return TRUE;
  if (fd_quote_token_is (text, &toks[from], "to"))
    return from + 1 < hi
           && (fd_quote_token_is_cap (text, &toks[from + 1])
               || fd_quote_token_is (text, &toks[from + 1], "the")
               || fd_quote_token_is (text, &toks[from + 1], "a")
               || fd_quote_token_is (text, &toks[from + 1], "reporters"));
  return !fd_quote_token_is_cap (text, &toks[from])
         && fd_speaker_is_function_word (text, &toks[from]);
}

/* Emits indirect speech: "Lee said (that) …", "X told reporters (that)
 * …", and "…, X said." in sentences that hold no quote. */
static void
paraphrases (Ctx *ctx, const FdQTok *toks, guint n, const gboolean *inq,
             const guint *sent_lo, const guint *sent_hi, GArray *evs)
{
  const char *text = ctx->doc->text;

  for (guint k = 0; k < evs->len; k++)
    {
      const Event *ev = &g_array_index (evs, Event, k);
      guint lo = sent_lo[ev->tok], hi = sent_hi[ev->tok];
      guint cs = 0, ce = 0, words = 0;
      gboolean quoted = FALSE;
      FdClaim *claim;

      if (!ev->ok)
        continue;
      for (guint i = lo; i < hi; i++)
        quoted = quoted || inq[i] || toks[i].kind == FD_QTOK_MARK;
      if (quoted)
        continue;
      if (ev->cue.kind == FD_SPEECH_ACCORDING
          || (ev->cue.reports && ev->np.last < ev->tok && ev->np.first > lo
              && is_punct (&toks[ev->np.first - 1], ",") && hi - ev->tok <= 8
              && frame_ends (text, toks, ev->tok + ev->cue.len, hi)))
        {
          /* "…, Lee said." and "…, according to Kang.": the content
           * comes first, up to the comma before the attribution. */
          guint at = MIN (ev->tok, ev->np.first);
          if (at == 0 || at <= lo + 1 || !is_punct (&toks[at - 1], ","))
            continue;
          cs = lo;
          ce = at - 1;
        }
      else if (ev->cue.reports && ev->np.last < ev->tok
               && (ev->cue.kind == FD_SPEECH_PLAIN
                   || ev->cue.kind == FD_SPEECH_TELL))
        {
          guint i = ev->tok + ev->cue.len, that = 0;

          /* "said on Monday that", "told Park at the start of the
           * meeting that"; but in "said the rain that fell", "that"
           * opens a relative clause of the reported clause's subject. */
          static const char *const adjunct_starts[] = {
            "in",         "on",        "at",        "during",   "after",
            "before",     "last",      "this",      "earlier",  "later",
            "again",      "yesterday", "today",     "monday",   "tuesday",
            "wednesday",  "thursday",  "friday",    "saturday", "sunday",
            "repeatedly", "publicly",  "privately", "also",     "then"
          };
          guint reach = ev->cue.kind == FD_SPEECH_TELL ? 10 : 1;
          for (guint a = 0; a < G_N_ELEMENTS (adjunct_starts) && i < hi; a++)
            if (fd_quote_token_is (text, &toks[i], adjunct_starts[a]))
              reach = 10;
          for (guint j = i; j < hi && j < i + reach; j++)
            {
              if (toks[j].kind != FD_QTOK_WORD)
                break;
              if (fd_quote_token_is (text, &toks[j], "that"))
                {
                  that = j;
                  break;
                }
            }
          if (that)
            cs = that + 1;
          else if (ev->cue.kind == FD_SPEECH_PLAIN && i < hi
                   && toks[i].kind == FD_QTOK_WORD
                   && (fd_quote_token_is_cap (text, &toks[i])
                       || fd_quote_token_is (text, &toks[i], "the")
                       || fd_quote_token_is (text, &toks[i], "it")
                       || fd_quote_token_is (text, &toks[i], "a")
                       || fd_speaker_is_pronoun (text, &toks[i])))
            cs = i;
          else if (ev->cue.kind == FD_SPEECH_TELL && i + 1 < hi
                   && toks[i].kind == FD_QTOK_WORD)
            {
              /* "told reporters the dam was safe": past the listener, a
               * name, a pronoun or a short noun phrase. */
              guint j = i + 1;
              if (fd_quote_token_is_cap (text, &toks[i]))
                while (j < hi && fd_quote_token_is_cap (text, &toks[j]))
                  j++;
              else if (fd_quote_token_is (text, &toks[i], "the")
                       || fd_quote_token_is (text, &toks[i], "a"))
                j = i + 2;
              cs = j;
            }
          else
            continue;
          ce = hi;
          while (ce > cs && toks[ce - 1].kind == FD_QTOK_PUNCT)
            ce--;
        }
      else
        continue;
      /* Not the dateline ("PORT ALDER, Veloria (CPA) – …"), nor a second
       * attribution at the end (", according to Kang"). */
      if (cs < ce && all_caps (text, &toks[cs]))
        for (guint i = cs + 1; i < ce && i < cs + 20; i++)
          if (is_dash (&toks[i]))
            {
              cs = i + 1;
              break;
            }
      for (guint i = cs; i + 2 < ce; i++)
        if (is_punct (&toks[i], ",")
            && fd_quote_token_is (text, &toks[i + 1], "according")
            && fd_quote_token_is (text, &toks[i + 2], "to"))
          {
            ce = i;
            break;
          }
      for (guint i = cs; i < ce; i++)
        words += toks[i].kind == FD_QTOK_WORD;
      if (words < 3 || ce <= cs)
        continue;
      claim = fd_claim_new (FD_CLAIM_PARAPHRASE, ctx->doc, toks[cs].start,
                            toks[ce - 1].end);
      claim->value = collapse (text, claim->start, claim->end);
      claim->speaker = g_strdup (ev->who.name);
      claim->speaker_start = ev->who.start;
      claim->speaker_end = ev->who.end;
      g_ptr_array_add (ctx->out, claim);
    }
}

/* TRUE when the line looks like a transcript label "Name/ Title" or
 * "Name /Title": two to five capitalised words, a slash, a short title,
 * no sentence punctuation.  Sets *name_end to the end of the name. */
static gboolean
label_shape (const char *text, const FdQTok *toks, guint n, gsize *name_end)
{
  guint slash = 0, before = 0, after = 0;

  if (n < 3 || n > 16)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (toks[i].kind == FD_QTOK_PUNCT && toks[i].ch == '/')
        {
          if (slash)
            return FALSE;
          slash = i;
          continue;
        }
      if (toks[i].kind == FD_QTOK_MARK || is_punct (&toks[i], ".!?:;\""))
        return FALSE;
      if (toks[i].kind != FD_QTOK_WORD)
        continue;
      if (!slash)
        {
          if (!fd_quote_token_is_cap (text, &toks[i]))
            return FALSE;
          before++;
        }
      else
        after++;
    }
  if (!slash || before < 2 || before > 5 || after < 1 || after > 8
      || !fd_quote_token_is_cap (text, &toks[slash + 1]))
    return FALSE;
  *name_end = toks[slash - 1].end;
  return TRUE;
}

static void
scratch_free (Ctx *ctx)
{
  g_clear_pointer (&ctx->inq, g_free);
  g_clear_pointer (&ctx->sent_lo, g_free);
  g_clear_pointer (&ctx->sent_hi, g_free);
  g_clear_pointer (&ctx->cues, g_free);
  g_clear_pointer (&ctx->is_cue, g_free);
  ctx->cap = 0;
}

/* Makes the token arrays of @ctx hold @n entries, inq all FALSE.  The
 * others are left as they were: scan_line writes every entry of
 * sent_lo, sent_hi and is_cue (fd_speaker_cues) before it reads one, and
 * reads cues only where is_cue is set. */
static void
scratch_reserve (Ctx *ctx, guint n)
{
  if (n > ctx->cap)
    {
      scratch_free (ctx);
      ctx->cap = MAX (n, 2 * ctx->cap);
      ctx->inq = g_new (gboolean, ctx->cap);
      ctx->sent_lo = g_new (guint, ctx->cap);
      ctx->sent_hi = g_new (guint, ctx->cap);
      ctx->cues = g_new (FdSpeechCue, ctx->cap);
      ctx->is_cue = g_new (gboolean, ctx->cap);
    }
  memset (ctx->inq, 0, n * sizeof *ctx->inq);
}

/* Reads one paragraph: bytes [@start, @end) of lines of class @cls. */
static void
scan_line (Ctx *ctx, gsize start, gsize end, FdLineClass cls)
{
  const FdDoc *doc = ctx->doc;
  const FdLine line_span = { start, end, cls };
  const FdLine *line = &line_span;
  const char *text = doc->text;
  GArray *evs = ctx->evs;
  gboolean *inq;
  guint *sent_lo, *sent_hi;
  /* Each token's speech cue, read once: the line is searched for cues
   * three times over. */
  FdSpeechCue *cues;
  gboolean *is_cue;
  const FdQTok *toks;
  guint n, first_seg = ctx->segs->len, lo = 0;
  gboolean has_cue = FALSE, label_line, turn;
  gsize name_end = 0;

  fd_quote_token_split (ctx->toks, text, line->start, line->end);
  toks = (const FdQTok *)(const void *)ctx->toks->data;
  n = ctx->toks->len;
  if (n == 0)
    return;
  label_line
      = line->cls == FD_LINE_SPEAKER || label_shape (text, toks, n, &name_end);
  if (label_line)
    {
      /* The label names who speaks the next paragraph. */
      who_clear (&ctx->label);
      if (!name_end)
        {
          name_end = line->end;
          for (guint i = 0; i < n; i++)
            if (toks[i].ch == '/' || toks[i].ch == ':' || toks[i].ch == ',')
              {
                name_end = i > 0 ? toks[i - 1].end : line->end;
                break;
              }
        }
      ctx->label.start = (gssize)toks[0].start;
      ctx->label.end = (gssize)name_end;
      ctx->label.name = collapse (text, toks[0].start, name_end);
      person_set (ctx, &ctx->label);
      who_copy (&ctx->last_any, &ctx->label);
      ctx->pending = FALSE;
      who_clear (&ctx->prev_line);
      return;
    }
  scratch_reserve (ctx, n);
  inq = ctx->inq;
  sent_lo = ctx->sent_lo;
  sent_hi = ctx->sent_hi;
  cues = ctx->cues;
  is_cue = ctx->is_cue;
  has_cue = fd_speaker_cues (text, toks, n, cues, is_cue);
  turn = n > 3 && toks[0].kind == FD_QTOK_MARK && !toks[0].single
         && all_caps (text, &toks[1]) && is_punct (&toks[2], ":");
  if (turn)
    {
      /* '"WALLACE: But, Governor …': a transcript quoted turn by turn;
       * each paragraph is a new speaker's quote, not the last one's
       * continuation. */
      ctx->pending = FALSE;
      who_clear (&ctx->label);
      ctx->label.start = (gssize)toks[1].start;
      ctx->label.end = (gssize)toks[1].end;
      ctx->label.name = collapse (text, toks[1].start, toks[1].end);
    }
  find_segments (ctx, toks, n, inq, has_cue, ctx->segs);
  if (turn && ctx->segs->len > first_seg)
    {
      Seg *seg = &g_array_index (ctx->segs, Seg, first_seg);
      if (seg->s == toks[1].start)
        seg->s = toks[3].start;
    }
  /* Sentences, counted only outside quotes: a full stop inside a quote
   * does not separate the quote from its '" Trump said'. */
  for (guint i = 0; i < n; i++)
    {
      sent_lo[i] = lo;
      /* Only punctuation ends a sentence: words skip the call. */
      if (!inq[i] && toks[i].kind == FD_QTOK_PUNCT
          && fd_quote_token_ends_sentence (text, toks, n, i))
        {
          for (guint k = lo; k <= i; k++)
            sent_hi[k] = i + 1;
          lo = i + 1;
        }
    }
  for (guint k = lo; k < n; k++)
    sent_hi[k] = n;
  g_array_set_size (evs, 0);
  find_events (ctx, toks, n, inq, sent_lo, sent_hi, cues, is_cue, has_cue,
               evs);

  if (ctx->segs->len == first_seg && ctx->label.name)
    {
      /* Transcript layout: the words under a label, without marks. */
      Seg seg = { 0 };
      seg.s = toks[0].start;
      seg.e = toks[n - 1].end;
      for (guint i = 0; i < n; i++)
        seg.words += toks[i].kind == FD_QTOK_WORD;
      seg.who.start = seg.who.end = -1;
      set_who (&seg, HOW_LABEL, &ctx->label);
      g_array_append_val (ctx->segs, seg);
    }
  else
    attribute (ctx, toks, n, inq, sent_lo, sent_hi, evs,
               /* No segment yet: the array's data may be NULL. */
               ctx->segs->len > first_seg
                   ? &g_array_index (ctx->segs, Seg, first_seg)
                   : NULL,
               ctx->segs->len - first_seg, is_cue);
  who_clear (&ctx->label);
  paraphrases (ctx, toks, n, inq, sent_lo, sent_hi, evs);

  /* What the next paragraph inherits if it is nothing but a quote: the
   * speaker of this one's last quote, or of a cue before a colon
   * ("Caddell continued:"). */
  who_clear (&ctx->prev_line);
  if (ctx->segs->len > first_seg)
    {
      Seg *last = &g_array_index (ctx->segs, Seg, ctx->segs->len - 1);
      if (last->how != HOW_NONE)
        who_copy (&ctx->prev_line, &last->who);
    }
  else if (is_punct (&toks[n - 1], ":") && evs->len > 0)
    {
      const Event *ev = &g_array_index (evs, Event, evs->len - 1);
      if (ev->ok)
        who_copy (&ctx->prev_line, &ev->who);
    }
  else if (is_punct (&toks[n - 1], ":"))
    {
      /* "Sanders made the following comment:" introduces the quote of
       * the next paragraph with a verb of no saying; its subject speaks. */
      Event subj = { 0 };
      if (participle_subject (text, toks, n, sent_lo[n - 1], n - 1, &subj.np))
        {
          resolve (ctx, toks, n, &subj);
          who_copy (&ctx->prev_line, &subj.who);
          g_free (subj.who.name);
        }
    }
  for (guint k = 0; k < evs->len; k++)
    g_free (g_array_index (evs, Event, k).who.name);
}

/* TRUE when every word of @v starts with a capital but the small words
 * of titles, and no sentence ends in it: "Morning Joe", "A Change Is
 * Gonna Come" name a show or a song; nobody is quoted. */
static gboolean
title_case (const char *v)
{
  static const char *const small[]
      = { "a",   "an", "the",  "of", "and", "in", "on",  "to",
          "for", "at", "with", "or", "by",  "is", "from" };
  g_auto (GStrv) words = g_strsplit (v, " ", -1);
  gsize len = strlen (v);

  /* "State of the Union." ends the sentence it is named in, with the
   * full stop inside the marks as American usage has it; one capitalised
   * word and a stop ("Yes.") is an answer. */
  if (len > 0 && v[len - 1] == '.' && g_strv_length (words) >= 2)
    len--;
  if (len == 0 || strchr (".!?", v[len - 1]))
    return FALSE;
  for (guint i = 0; words[i]; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      gboolean is_small = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (small) && i > 0; k++)
        is_small = is_small || g_ascii_strcasecmp (words[i], small[k]) == 0;
      if (g_unichar_isalpha (c) && !g_unichar_isupper (c) && !is_small)
        return FALSE;
    }
  return TRUE;
}

/* Turns the segments into claims: one per run of joined segments.  Short
 * quotes (three words or fewer) that no cue attributes are scare quotes
 * ("so-called 'shuttle diplomacy'") and are dropped. */
static void
emit (Ctx *ctx)
{
  const char *text = ctx->doc->text;
  GArray *segs = ctx->segs;

  for (guint k = 0; k < segs->len;)
    {
      const Seg *first = &g_array_index (segs, Seg, k);
      const Seg *spk = NULL;
      guint j = k + 1, words = first->words;
      GString *value = g_string_new (NULL);
      FdClaim *claim;

      while (j < segs->len && g_array_index (segs, Seg, j).merge)
        words += g_array_index (segs, Seg, j++).words;
      for (guint i = k; i < j; i++)
        {
          const Seg *s = &g_array_index (segs, Seg, i);
          char *v = collapse (text, s->s, s->e);
          if (value->len)
            g_string_append_c (value, ' ');
          g_string_append (value, v);
          g_free (v);
          if (s->how != HOW_NONE && (!spk || spk->how == HOW_INHERIT))
            spk = s;
        }
      if ((words <= 3 && (!spk || spk->how == HOW_INHERIT))
          || (words <= 6 && title_case (value->str)))
        {
          g_string_free (value, TRUE);
          k = j;
          continue;
        }
      claim = fd_claim_new (FD_CLAIM_QUOTE, ctx->doc, first->s,
                            g_array_index (segs, Seg, j - 1).e);
      claim->value = g_string_free (value, FALSE);
      if (spk)
        {
          claim->speaker = g_strdup (spk->who.name);
          claim->speaker_start = spk->who.start;
          claim->speaker_end = spk->who.end;
        }
      g_ptr_array_add (ctx->out, claim);
      k = j;
    }
}

/* TRUE when a line taken for a section header ends with a colon: "The
 * New York Times reports:" leads into the quote below it. */
static gboolean
lead_in (const FdDoc *doc, const FdLine *line)
{
  gsize e = line->end;

  if (line->cls != FD_LINE_SECTION && line->cls != FD_LINE_HEADLINE)
    return FALSE;
  while (e > line->start && g_ascii_isspace (doc->text[e - 1]))
    e--;
  return e > line->start && doc->text[e - 1] == ':';
}

/* fd_doc_line_at for offsets that come mostly in order: walks on from
 * line *@at (which it updates), and searches only when @offset lies
 * before that line.  The document has lines. */
static guint
line_at_from (const FdDoc *doc, gsize offset, guint *at)
{
  guint l = *at;

  if (l > 0 && doc->lines[l].start > offset)
    l = fd_doc_line_at (doc, offset);
  while (l + 1 < doc->n_lines && doc->lines[l + 1].start <= offset)
    l++;
  *at = l;
  return l;
}

/* joined[i] is TRUE when a sentence runs from line i into line i + 1
 * (transfer full: g_free).  Sentences come in text order, so the lines
 * of their ends are found by walking on, not by a search each. */
static gboolean *
joined_lines (const FdDoc *doc)
{
  gboolean *joined = g_new0 (gboolean, doc->n_lines + 1);
  guint at = 0;

  if (doc->n_lines == 0)
    return joined;
  for (guint s = 0; s < doc->n_sents; s++)
    {
      const FdSentence *sent = &doc->sents[s];
      guint first, last;
      if (sent->end <= sent->start)
        continue;
      first = line_at_from (doc, sent->start, &at);
      last = line_at_from (doc, sent->end - 1, &at);
      for (guint l = first; l < last && l < doc->n_lines; l++)
        joined[l] = TRUE;
    }
  return joined;
}

/* The bytes of the longest run of joined lines, the most that scan_line
 * reads at once: its token array is sized for that up front, as growing
 * it line by line cost a reallocation every few lines. */
static gsize
longest_paragraph (const FdDoc *doc, const gboolean *joined)
{
  gsize longest = 0;

  for (guint li = 0; li < doc->n_lines; li++)
    {
      guint last = li;

      while (last + 1 < doc->n_lines && joined[last])
        last++;
      longest = MAX (longest, doc->lines[last].end - doc->lines[li].start);
      li = last;
    }
  return longest;
}

void
fd_quote_extract (const FdDoc *doc, GPtrArray *out)
{
  Ctx ctx = { 0 };
  g_autofree gboolean *joined = NULL;

  ctx.doc = doc;
  ctx.out = out;
  ctx.segs = g_array_new (FALSE, TRUE, sizeof (Seg));
  ctx.evs = g_array_new (FALSE, TRUE, sizeof (Event));
  who_clear (&ctx.last_person);
  who_clear (&ctx.last_any);
  who_clear (&ctx.prev_line);
  who_clear (&ctx.label);
  joined = joined_lines (doc);
  /* at most a token per byte */
  ctx.toks = g_array_sized_new (FALSE, FALSE, sizeof (FdQTok),
                                (guint)longest_paragraph (doc, joined));
  for (guint li = 0; li < doc->n_lines; li++)
    {
      const FdLine *line = &doc->lines[li];
      guint last = li;

      if (line->cls == FD_LINE_BLANK)
        continue;
      if (!fd_line_class_is_content (line->cls) && line->cls != FD_LINE_SPEAKER
          && !lead_in (doc, line))
        {
          /* A headline or a menu ends any open quote and any label. */
          ctx.pending = FALSE;
          who_clear (&ctx.label);
          who_clear (&ctx.prev_line);
          continue;
        }
      /* Lines that one sentence runs across are one paragraph of
       * hard-wrapped text. */
      while (last + 1 < doc->n_lines && joined[last])
        last++;
      scan_line (&ctx, line->start, doc->lines[last].end, line->cls);
      li = last;
    }
  emit (&ctx);
  for (guint k = 0; k < ctx.segs->len; k++)
    g_free (g_array_index (ctx.segs, Seg, k).who.name);
  g_array_unref (ctx.segs);
  g_array_unref (ctx.toks);
  g_array_unref (ctx.evs);
  scratch_free (&ctx);
  who_clear (&ctx.last_person);
  who_clear (&ctx.last_any);
  who_clear (&ctx.prev_line);
  who_clear (&ctx.label);
}
