/* lineclass.h - what each line of a page is: body text or boilerplate.
 *
 * News pages come with navigation, market tickers, bylines, read-time
 * stamps, photo captions, related-article lists and comment widgets around
 * the article.  The classifier gives every line an FdLineClass from its
 * shape (length, words, capitals, digits and signs, final punctuation),
 * a few marker phrases, and its place on the page (before the first body
 * paragraph, after a "POPULAR ARTICLE" marker, next to an identical line).
 * It never drops a line: boilerplate stays in the document, tagged. */
#pragma once

#include "ingest/doc.h"

/* Classifies the lines of @doc in place.  On entry doc->lines holds one
 * line per physical line of doc->text (blank lines with class
 * FD_LINE_BLANK).  Two kinds of glued lines are cut in two, so a line is
 * then a span rather than a whole physical line: a date header glued to
 * the first sentence (" date 2025-06-18 Lee met ..."), and a photo caption
 * glued to the paragraph after it ("... (Courtesy of Yonhap) Ishiba ...").
 * Linear in the length of the text. */
void fd_lineclass_classify (FdDoc *doc);
