/* jsonl.h - articles from JSON Lines: one object a line with "id" and
 * "text" (required) and "outlet", "date", "title", "url" (optional; other
 * keys are ignored).  The document's text is the decoded "text" string, so
 * every offset factdiff reports for it is an offset into that string. */
#pragma once

#include "ingest/ingest.h"

/* Reads every record of the JSON Lines in @data (@len bytes, from @path)
 * and appends a document per good record to @docs and a GError per bad
 * one to @errors, the message naming "PATH:LINE" and what is wrong.
 * Blank lines are skipped.  Returns the number of errors added. */
guint fd_jsonl_read (const char *path, const char *data, gsize len,
                     const FdIngestOptions *opts, GPtrArray *docs,
                     GPtrArray *errors);
