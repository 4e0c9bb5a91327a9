/* names.h - comparing names written by different outlets.
 *
 * The same person reaches us as "Lee Jae-myung", "Lee Jae Myung" and
 * "LEE Jae-Myung", the same leader as "Shigeru Ishiba" and "Ishiba
 * Shigeru", the same city as "Seoul" and, once, "Soeul".  These helpers
 * turn a name into keys that ignore what does not matter (case, hyphens,
 * spaces, order) and measure how far two spellings are apart. */
#pragma once

#include <glib.h>

/* The name folded to lower case (ASCII) with spaces, hyphens, dots and
 * apostrophes removed: "Lee Jae-Myung" -> "leejaemyung".  (transfer full:
 * g_free). */
char *fd_names_key (const char *name);

/* The name's parts (split at spaces and hyphens), folded like
 * fd_names_key, sorted and joined by one space: "Shigeru Ishiba" and
 * "Ishiba Shigeru" both give "ishiba shigeru"; "Lee Jae-myung" gives "jae
 * lee myung".  (transfer full: g_free). */
char *fd_names_order_key (const char *name);

/* fd_names_key of the first @n bytes of @s (up to a NUL), written to @out
 * (room for @n + 1 bytes) with its NUL; returns its length. */
gsize fd_names_key_into (char *out, const char *s, gsize n);

/* fd_names_order_key of @name written to @out (room for strlen (@name) +
 * 1 bytes) with its NUL; returns its length. */
gsize fd_names_order_key_into (char *out, const char *name);

/* Damerau-Levenshtein distance (optimal string alignment: insertions,
 * deletions, substitutions, adjacent transpositions) between the bytes of
 * @a and @b, or @max + 1 as soon as it must exceed @max. */
guint fd_names_distance (const char *a, const char *b, guint max);

/* fd_names_distance of the @n bytes at @a and the @m bytes at @b, for a
 * caller that knows their lengths (resolving measures many pairs). */
guint fd_names_distance_n (const char *a, gsize n, const char *b, gsize m,
                           guint max);
