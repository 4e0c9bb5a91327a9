/* split.h - sentence boundaries for news text.
 *
 * The splitter works on an ingested document: each line's class tells it
 * where headlines, captions and labels stand alone, and it finds sentence
 * boundaries inside the running text.  Spans are byte offsets into the
 * document's original text; surrounding white space is never included. */
#pragma once

#include "ingest/doc.h"

/* Finds the sentences of @doc and stores them in doc->sents / n_sents
 * (replacing any earlier result; the document owns the array). */
void fd_split_doc(FdDoc *doc);

/* Splits @len bytes of plain text (treated as running text) and returns an
 * array of FdSentence (transfer full, g_array_unref); line and cls are 0 and
 * FD_LINE_BODY. */
GArray *fd_split_text(const char *text, gsize len);
