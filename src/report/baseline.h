/* baseline.h - the discrepancies a team has already seen, by fingerprint.
 *
 * A CI job that adopts factdiff on an existing story would fail forever on
 * the discrepancies it starts with.  A baseline file records them (by the
 * group fingerprint, which survives edits elsewhere in the articles) so
 * that later runs report and fail only on new ones, and say which recorded
 * entries have gone away.  The file is small, sorted JSON, one entry a
 * line, so that it diffs well under version control:
 *
 *   {"factdiff_baseline":1,"discrepancies":[
 *   {"fingerprint":"…","type":"…","topic":"…","verdict":"…"}
 *   ]}
 */
#pragma once

#include "compare/compare.h"

#define FD_BASELINE_ERROR (fd_baseline_error_quark ())
GQuark fd_baseline_error_quark (void);

typedef enum
{
  FD_BASELINE_ERROR_IO,     /* the file cannot be read */
  FD_BASELINE_ERROR_FORMAT, /* not JSON, or not a factdiff baseline */
} FdBaselineError;

/* The version written in "factdiff_baseline"; files of a later version are
 * refused rather than misread. */
#define FD_BASELINE_VERSION 1

typedef struct
{
  char fingerprint[17]; /* lower-case hex, as FdGroup.fingerprint */
  char *type;           /* for people reading the file; may be "" */
  char *topic;
  char *verdict;
} FdBaselineEntry;

typedef struct FdBaseline FdBaseline;

/* The discrepancies of @cmp (verdicts conflict and changed) as a baseline.
 * Transfer full: fd_baseline_free. */
FdBaseline *fd_baseline_from_compare (const FdCompare *cmp);

/* Reads the baseline file @path.  Returns NULL and sets @error
 * (FD_BASELINE_ERROR, message starting with @path) on failure.  Transfer
 * full: fd_baseline_free. */
FdBaseline *fd_baseline_load (const char *path, GError **error);

/* Parses a baseline from @len bytes of @data; @name names it in error
 * messages.  Transfer full: fd_baseline_free. */
FdBaseline *fd_baseline_parse (const char *name, const char *data, gsize len,
                               GError **error);

/* The file contents for @b: entries sorted by fingerprint, ending with a
 * newline.  Transfer full: g_free; *@len receives the length. */
char *fd_baseline_to_json (const FdBaseline *b, gsize *len);

/* Appends @e to @out as the JSON object a baseline file holds for it
 * (fingerprint, type, topic, verdict); the JSON report's list of gone
 * discrepancies uses the same. */
void fd_baseline_entry_append_json (GString *out, const FdBaselineEntry *e);

/* Number of entries. */
guint fd_baseline_size (const FdBaseline *b);

/* The entry at @i (0-based, sorted by fingerprint).  Borrowed from @b. */
const FdBaselineEntry *fd_baseline_entry (const FdBaseline *b, guint i);

/* TRUE when @fingerprint is recorded in @b.  @b may be NULL (FALSE). */
gboolean fd_baseline_has (const FdBaseline *b, const char *fingerprint);

/* The entries of @b whose fingerprint is not among @cmp's discrepancies,
 * sorted by fingerprint.  Transfer container: g_ptr_array_unref; the
 * entries stay owned by @b.  @b may be NULL (empty array). */
GPtrArray *fd_baseline_gone (const FdBaseline *b, const FdCompare *cmp);

/* Frees @b.  Accepts NULL. */
void fd_baseline_free (FdBaseline *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdBaseline, fd_baseline_free)
