/* meta.h - an article's metadata: publication date, time and zone, outlet,
 * title, URL and place dateline.
 *
 * Dates are read from many shapes ("2025-06-18", "2025-06-18T15:46+09:00",
 * "June 18, 2025", "18 June 2025", "Jun. 6,2025", "15:46 JST, June 18,
 * 2025").  The functions here parse those shapes, recognise the header
 * lines of our own corpus ("Date: 2025-06-18"), and, once the lines of a
 * document are classified, fill in its metadata from the best source:
 * JSON Lines field, header, dateline line, --date, else inferred from the
 * latest full date the article itself mentions. */
#pragma once

#include "ingest/doc.h"
#include "ingest/ingest.h"

/* A calendar date with an optional time of day and zone. */
typedef struct
{
  int year, month, day; /* all three set by a successful parse */
  int hour, minute;     /* -1 when no time was given */
  char tz[16];          /* "JST", "+09:00", "UTC"; "" when none */
} FdMetaDate;

/* Keys of the corpus header lines "Key: value". */
typedef enum
{
  FD_META_KEY_NONE = 0,
  FD_META_KEY_OUTLET,
  FD_META_KEY_DATE,
  FD_META_KEY_TITLE,
  FD_META_KEY_URL,
} FdMetaKey;

/* Metadata that came with the article from outside its text (a JSON Lines
 * record); any field may be NULL.  Borrowed strings. */
typedef struct
{
  const char *outlet;
  const char *date;
  const char *title;
  const char *url;
} FdMetaGiven;

/* Parses all of @s (@len bytes, surrounding white space allowed) as one
 * date: YYYY-MM-DD, ISO 8601 with time ("T" or a space) and optional zone
 * (Z, +HH:MM, +HHMM), or a written date with optional time and zone.
 * Returns FALSE when it is not exactly one valid date. */
gboolean fd_meta_parse_date (const char *s, gsize len, FdMetaDate *out);

/* Finds the first full date (day, month and year) in @s at or after @from
 * and before @len.  Sets *@start and *@end to its span and fills @out
 * (time left at -1).  Linear in the bytes looked at. */
gboolean fd_meta_find_date (const char *s, gsize len, gsize from,
                            FdMetaDate *out, gsize *start, gsize *end);

/* Finds a time of day ("15:46", "3:46 p.m.") in @s and the zone written
 * next to it ("JST", "UTC+9"); sets out->hour, minute and tz.  Returns
 * FALSE when there is no time. */
gboolean fd_meta_find_time (const char *s, gsize len, FdMetaDate *out);

/* TRUE when @s is nothing but a date stamp: a full date, or a time with a
 * zone, possibly with words such as "Published", "Updated", weekday names,
 * "|" or "date" around it ("15:46 JST, June 18, 2025"). */
gboolean fd_meta_is_date_line (const char *s, gsize len);

/* When @s is a corpus header line "Key: value" with a known key (any
 * case), returns the key and sets *@value to the offset of the value
 * (white space skipped); else FD_META_KEY_NONE. */
FdMetaKey fd_meta_header_key (const char *s, gsize len, gsize *value);

/* Length of the place dateline that opens body line @s ("KANANASKIS,
 * Canada – ..." gives the length of "KANANASKIS, Canada"), or 0. */
gsize fd_meta_place_dateline (const char *s, gsize len);

/* Fills the metadata of @doc, whose lines are classified: title, outlet,
 * URL, place dateline, date, time, zone and date_source.  @given and @opts
 * may be NULL.  Returns FALSE and sets @error (FD_INGEST_ERROR_DATE,
 * message starting with doc->path) when a header or @given date is not a
 * date. */
gboolean fd_meta_fill (FdDoc *doc, const FdMetaGiven *given,
                       const FdIngestOptions *opts, GError **error);
