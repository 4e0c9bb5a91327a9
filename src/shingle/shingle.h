/* shingle.h - word k-shingles and their XXH3 fingerprints.
 *
 * A shingle is k consecutive tokens (see token.h).  Its fingerprint is
 * XXH3-64 of the tokens' normalised forms joined by single spaces, with
 * seed FD_SHINGLE_SEED.  The seed is 0, XXH3's own default, on purpose:
 * anyone can check a fingerprint with the stock tool, e.g.
 *   printf 'the quick brown fox jumps' | xxhsum -H3
 * prints 90602c70ee7f6208, which is what fd_shingle_format() prints for
 * that shingle.  Fingerprints that are stored or printed use xxHash's
 * canonical big-endian form, so they read the same on every machine. */
#pragma once

#include "shingle/token.h"

#define FD_SHINGLE_SEED 0
/* The default shingle size, chosen by measurement (bench/bench-dedup). */
#define FD_SHINGLE_DEFAULT_K 5

/* Fingerprint of @len bytes of normalised text @s. */
guint64 fd_shingle_hash (const char *s, gsize len);

/* Fingerprint of the @k tokens of @toks starting at token @i (which must be
 * at most toks->n - k). */
guint64 fd_shingle_at (const FdTokens *toks, guint i, guint k);

/* Number of k-shingles of @toks: n - k + 1, or 0 when there are fewer than
 * @k tokens. */
guint fd_shingle_count (const FdTokens *toks, guint k);

/* Writes the fingerprint of every k-shingle of @toks, in order, to @out
 * (room for fd_shingle_count() values).  Returns that count. */
guint fd_shingle_all (const FdTokens *toks, guint k, guint64 *out);

/* Writes @h as 16 lower-case hex digits of its canonical (big-endian) form
 * and a NUL into @out. */
void fd_shingle_format (guint64 h, char out[17]);

/* Parses 16 hex digits in canonical form; FALSE when @s is not that. */
gboolean fd_shingle_parse (const char *s, guint64 *h);
