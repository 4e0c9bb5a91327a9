/* encoding.h - is this text UTF-8 that factdiff can read?
 *
 * Every article passes through here before anything looks at its bytes:
 * the check rejects UTF-16 and UTF-32 (with or without a byte order mark),
 * NUL bytes, invalid UTF-8 and files with nothing but white space, and it
 * accepts a UTF-8 byte order mark, which stays in the text (offsets are
 * into the original bytes) but is skipped by everything after. */
#pragma once

#include <glib.h>

/* Checks @len bytes of @data.  On success returns TRUE and sets *@skip to
 * the length of a leading UTF-8 byte order mark (0 or 3).  On failure sets
 * @error in FD_INGEST_ERROR (ENCODING or EMPTY) with a one-line message
 * that starts with @name, e.g. "a.txt:3: invalid UTF-8 at byte 4031". */
gboolean fd_encoding_check (const char *data, gsize len, const char *name,
                            gsize *skip, GError **error);

/* Fails (FD_INGEST_ERROR_ENCODING) when @data is UTF-16 or UTF-32, by its
 * byte order mark or by the NUL bytes in every other position. */
gboolean fd_encoding_check_wide (const char *data, gsize len, const char *name,
                                 GError **error);

/* Returns the offset of the first byte of @data that is not part of valid
 * UTF-8 or is a NUL byte, or @len when there is none.  Runs at memory
 * speed over ASCII. */
gsize fd_encoding_scan (const char *data, gsize len);
