/* ingest.h - turn what the user named into clean FdDoc articles.
 *
 * Inputs are files, directories (walked recursively in sorted order, taking
 * *.txt, *.md and *.jsonl but not notes such as README.md), and "-" for
 * standard input.  Each article is
 * validated (UTF-8, no NUL), split into classified lines and given its
 * metadata.  A bad input never stops the others: its problem is recorded as
 * one GError whose message names the file (and line or byte) and the caller
 * decides the exit status. */
#pragma once

#include "ingest/doc.h"

#define FD_INGEST_ERROR (fd_ingest_error_quark ())
GQuark fd_ingest_error_quark (void);

typedef enum
{
  FD_INGEST_ERROR_IO,       /* missing, unreadable, or vanished */
  FD_INGEST_ERROR_ENCODING, /* invalid UTF-8, UTF-16, NUL byte */
  FD_INGEST_ERROR_EMPTY,    /* nothing but white space */
  FD_INGEST_ERROR_JSON,     /* a JSON Lines record that is malformed */
  FD_INGEST_ERROR_DATE,     /* a --date or "date" field that is not a date */
} FdIngestError;

typedef struct
{
  const char *date;   /* --date YYYY-MM-DD: for stdin and dateless files */
  const char *outlet; /* --outlet: for stdin */
  guint threads;      /* files read on up to this many threads; 0 or 1:
                         one.  Results are the same for every count. */
} FdIngestOptions;

/* Reads every input in @paths (NULL-terminated) and appends one FdDoc per
 * article to @docs (which must free its elements with fd_doc_free), in a
 * deterministic order: paths as given, directory entries sorted bytewise,
 * JSONL records in file order.  Each problem is appended to @errors as an
 * owned GError* (free with g_error_free) whose message starts with the file
 * name.  Returns the number of problems added. */
guint fd_ingest_paths (const char *const *paths, const FdIngestOptions *opts,
                       GPtrArray *docs, GPtrArray *errors);

/* Builds one article from @len bytes of @data (copied).  @id and @path are
 * copied; @path is used in error messages.  Returns NULL and sets @error on
 * invalid input (transfer full: free with fd_doc_free). */
FdDoc *fd_ingest_buffer (const char *id, const char *path, const char *data,
                         gsize len, const FdIngestOptions *opts,
                         GError **error);
