/* fd-test-doc.h - documents for extractor tests.
 *
 * Extractor tests feed one or two sentences they wrote; ingest would take a
 * short line without a full stop for a headline and a line that opens with
 * "Posted" for a date stamp, and leave them out.  These tests are about the
 * extractor, so they read every line as running text. */
#pragma once

#include "ingest/doc.h"

/* Marks every non-blank line of @doc as body text; call before
 * fd_split_doc. */
static inline void
fd_test_force_body (FdDoc *doc)
{
  for (guint i = 0; i < doc->n_lines; i++)
    if (doc->lines[i].cls != FD_LINE_BLANK)
      doc->lines[i].cls = FD_LINE_BODY;
}
