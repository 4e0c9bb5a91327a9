/* ingest-private.h - what the files of src/ingest share and nobody else
 * needs: the one function that turns bytes into a classified document. */
#pragma once

#include "ingest/ingest.h"
#include "ingest/meta.h"

/* No line of an article is longer than this (1 MiB).  A longer one is
 * not news text (a minified page, a binary, a data dump) and every later
 * stage would pay for it, so ingest refuses it. */
#define FD_INGEST_MAX_LINE ((gsize)1 << 20)

/* No article is longer than this (4 GiB less one byte): line and
 * sentence offsets are kept in 32 bits, which halves what every sentence
 * costs to keep.  The line limit stops any real article long before. */
#define FD_INGEST_MAX_ARTICLE ((gsize)G_MAXUINT32)

/* No line of JSON Lines is longer than this (64 MiB): a record holds one
 * article, escaped, and json-glib needs many times a record's size to
 * parse it. */
#define FD_INGEST_MAX_RECORD ((gsize)64 << 20)

/* Builds the document @id from @len bytes at @data, taking ownership of
 * @data (g_malloc'ed, one spare byte after @len for the NUL; freed on
 * failure).  @path and @record are stored in the document; @name starts
 * every error message ("a.txt", "b.jsonl:4").  @given (may be NULL)
 * carries metadata from a JSON Lines record.  Returns the document
 * (transfer full, fd_doc_free) or NULL with @error set. */
FdDoc *fd_ingest_take (const char *id, const char *path, guint record,
                       const char *name, char *data, gsize len,
                       const FdMetaGiven *given, const FdIngestOptions *opts,
                       GError **error);
