/* doc.h - one article as every stage after ingest sees it.
 *
 * An FdDoc owns the article's original bytes (validated UTF-8) and
 * describes them with byte spans: lines with their class, sentences once the
 * splitter has run.  Every offset anywhere in factdiff is a byte offset into
 * FdDoc.text, end exclusive, so each finding can point back at the input.
 * For a JSON Lines record, text is the record's decoded "text" string. */
#pragma once

#include <glib.h>

/* What a line of the page is.  Only body, speaker and caption lines (and
 * their sentences) may yield claims; the rest is kept so that dedup and the
 * reports still see it. */
typedef enum
{
  FD_LINE_BLANK = 0,
  FD_LINE_BODY,     /* running text */
  FD_LINE_HEADLINE, /* title or subtitle: no claims, but shown */
  FD_LINE_SECTION,  /* a section header such as "SHUTTLE DIPLOMACY" */
  FD_LINE_CAPTION,  /* photo caption (kept and tagged) */
  FD_LINE_DATELINE, /* date header line, "15:46 JST, June 18, 2025" */
  FD_LINE_BYLINE, /* "By …", "Write to … at …", "… edited this article." */
  FD_LINE_NAV,     /* navigation: "Skip to content", menus */
  FD_LINE_TICKER,  /* market data: "KOSPI 2855.77 +43.72 +1.55%" */
  FD_LINE_RELATED, /* related-article lists and their markers */
  FD_LINE_COMMENT, /* comment widgets: "Comment 0", "0/300" */
  FD_LINE_META,    /* read time, tags, share buttons, "2 Min read" */
  FD_LINE_SPEAKER, /* transcript label "Name/ Title" before quoted words */
  FD_LINE_CREDIT,  /* "With assistance from …", photo credits alone */
  FD_LINE_N_CLASSES
} FdLineClass;

/* Usually one physical line of the text.  Ingest cuts two kinds of glued
 * lines in two, so a line may start or end mid-line: a date header glued
 * to the first sentence (" date 2025-06-18 Lee met ...") and a photo
 * caption glued to the paragraph after it ("... (Courtesy of X) Lee ...").
 * Lines are sorted and disjoint; white space at their edges is kept. */
/* Offsets are 32 bits: ingest refuses longer articles
 * (FD_INGEST_MAX_ARTICLE), and a sentence costs 16 bytes instead of 24. */
typedef struct
{
  guint32 start; /* first byte of the line's content */
  guint32 end;   /* end of content, before any "\r\n" or "\n" */
  FdLineClass cls;
} FdLine;

/* A sentence span as the splitter finds it; see split/split.h. */
typedef struct
{
  guint32 start;
  guint32 end;
  guint line;      /* index of the line the sentence starts in */
  FdLineClass cls; /* class of that line */
} FdSentence;

typedef struct
{
  char *id;     /* JSONL "id", else the path relative to its root without
                   extension, else "-" for stdin */
  char *path;   /* the file it came from, as the user named it */
  guint record; /* 1-based JSONL line number, 0 for plain files */

  char *text; /* the article's bytes, valid UTF-8, NUL-terminated */
  gsize len;

  char *outlet; /* never NULL after ingest: falls back to the id */
  char *title;  /* may be NULL */
  char
      *dateline; /* place dateline such as "KANANASKIS, Canada"; may be NULL */
  char *url;     /* may be NULL */

  /* Publication date "YYYY-MM-DD" or "" when unknown; time "HH:MM" or "";
   * zone such as "JST", "+09:00" or "".  date_inferred is TRUE when the
   * date was guessed from the article's own absolute dates. */
  char date[11];
  char time[6];
  char tz[16];
  gboolean date_inferred;
  char *date_source; /* how the date was found: "header", "dateline",
                        "jsonl", "option", "inferred"; may be NULL */

  FdLine *lines;
  guint n_lines;
  FdSentence *sents; /* filled by fd_split_doc(); NULL before */
  guint n_sents;
} FdDoc;

/* Returns a new empty document (transfer full, free with fd_doc_free). */
FdDoc *fd_doc_new (void);

/* Frees @doc and everything it owns.  Accepts NULL. */
void fd_doc_free (FdDoc *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdDoc, fd_doc_free)

/* Stable lower-case name of a line class ("body", "ticker", …). */
const char *fd_line_class_name (FdLineClass cls);

/* TRUE when lines of class @cls may yield claims. */
gboolean fd_line_class_is_content (FdLineClass cls);

/* Index of the line holding byte @offset (binary search), or n_lines when
 * the offset is past the last line. */
guint fd_doc_line_at (const FdDoc *doc, gsize offset);

/* 1-based line and column (in bytes) of @offset in the original text, for
 * SARIF and error messages. */
void fd_doc_line_col (const FdDoc *doc, gsize offset, guint *line, guint *col);
