/* split.h - sentence boundaries for news text.
 *
 * The splitter works on an ingested document: each line's class tells it
 * where headlines, captions and labels stand alone, and it finds sentence
 * boundaries inside the running text.  Spans are byte offsets into the
 * document's original text; surrounding white space is never included.
 *
 * Lines of class BODY and CAPTION are running text: sentences are found
 * inside them, and a sentence may go on over a line break when it wraps
 * (the next line starts in lower case, the line ends in a comma, or the
 * text is hard-wrapped and the line is full).  Every other non-blank line
 * is one sentence of its own.  A caption glued to the start of the next
 * sentence without a full stop ("… on June 10, 2025 Earlier this month, …",
 * "… (Courtesy of AP) A symbolic …") is split off; when it opens its line
 * it is tagged FD_LINE_CAPTION and the rest of that line FD_LINE_BODY. */
#pragma once

#include "ingest/doc.h"

/* Finds the sentences of @doc and stores them in doc->sents / n_sents
 * (replacing any earlier result; the document owns the array).  Each
 * sentence carries the index and class of the line it starts in (see above
 * for glued captions). */
void fd_split_doc (FdDoc *doc);

/* Splits @len bytes of plain text (treated as running text: every line is
 * BODY, blank lines end paragraphs) and returns an array of FdSentence
 * (transfer full, g_array_unref); line and cls are 0 and FD_LINE_BODY.
 * @text need not be NUL-terminated and may be any bytes. */
GArray *fd_split_text (const char *text, gsize len);
