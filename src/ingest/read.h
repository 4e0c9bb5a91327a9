/* read.h - from the names a user typed to the files to read.
 *
 * A name is a file (read whatever its extension), a directory (walked
 * recursively for *.txt, *.md and *.jsonl, hidden entries and notes such
 * as README.md, CHANGELOG.md or LICENSE.txt skipped, in bytewise order of
 * the path, symbolic link loops detected and reported), or "-" for
 * standard input.  This file only finds and reads bytes; what
 * they mean is decided by ingest.c and jsonl.c. */
#pragma once

#include <glib.h>

typedef struct
{
  char *path;     /* to open and to name in messages */
  char *id;       /* document id: path relative to the directory given,
                     without extension; for a file named directly its path
                     without extension; "-" for standard input */
  gboolean jsonl; /* the name ends in ".jsonl" */
} FdReadInput;

/* Frees @in and its strings.  Accepts NULL. */
void fd_read_input_free (FdReadInput *in);

/* Appends the inputs that @name stands for to @inputs (owned
 * FdReadInput*, free with fd_read_input_free) and each problem found on
 * the way (missing path, unreadable directory, link loop) to @errors as
 * an owned GError*. */
void fd_read_expand (const char *name, GPtrArray *inputs, GPtrArray *errors);

/* Reads all of @path ("-": standard input) into *@data (transfer full,
 * g_free; NUL-terminated) and *@len.  Returns FALSE with @error
 * (FD_INGEST_ERROR_IO, "PATH: reason") when it cannot.
 *
 * Memory stays bounded whatever the input: a line longer than the limit
 * of article text (FD_INGEST_MAX_LINE), or of a JSON Lines record when
 * @jsonl is TRUE (FD_INGEST_MAX_RECORD), stops the reading; the rest of
 * that line is only counted, and @error (FD_INGEST_ERROR_ENCODING for
 * text, FD_INGEST_ERROR_JSON for a record) says "PATH:LINE: line of N
 * bytes, over the limit of M for ...".  Standard input is JSON Lines when
 * its first byte that is not white space is "{", as ingest.c reads it. */
gboolean fd_read_contents (const char *path, gboolean jsonl, char **data,
                           gsize *len, GError **error);
