/* fd-test-doc.h - documents for extractor tests.
 *
 * Extractor tests feed one or two sentences they wrote; ingest would take a
 * short line without a full stop for a headline and a line that opens with
 * "Posted" for a date stamp, and leave them out.  These tests are about the
 * extractor, so they read every line as running text. */
#pragma once

#include <check.h>
#include <string.h>

#include "ingest/ingest.h"
#include "split/split.h"

/* Marks every non-blank line of @doc as body text; call before
 * fd_split_doc. */
static inline void
fd_test_force_body (FdDoc *doc)
{
  for (guint i = 0; i < doc->n_lines; i++)
    if (doc->lines[i].cls != FD_LINE_BLANK)
      doc->lines[i].cls = FD_LINE_BODY;
}

/* Ingests @text (publication date @date, may be NULL), reads every line as
 * body text and splits it.  Fails the test when ingest refuses the text.
 * Transfer full: fd_doc_free. */
static inline FdDoc *
fd_test_body_doc (const char *text, const char *date)
{
  FdIngestOptions opts = { .date = date };
  GError *err = NULL;
  FdDoc *doc = fd_ingest_buffer ("t", "t", text, strlen (text), &opts, &err);

  ck_assert_msg (doc != NULL, "ingest: %s", err ? err->message : "?");
  fd_test_force_body (doc);
  fd_split_doc (doc);
  return doc;
}

/* Asserts that string field @what of the claim found in @text is @want
 * (either may be NULL). */
static inline void
fd_test_assert_str (const char *what, const char *text, const char *got,
                    const char *want)
{
  ck_assert_msg (g_strcmp0 (got, want) == 0, "'%s': %s '%s', expected '%s'",
                 text, what, got ? got : "(null)", want ? want : "(null)");
}
