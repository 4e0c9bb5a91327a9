/* norm.h - text normalised for matching, with the way back to the input.
 *
 * Matching across outlets must not trip over typography: one site writes
 * “quotes” and an en dash, the next "quotes" and a hyphen, a third puts
 * two spaces or a non-breaking space between words or sends é as e plus
 * a combining accent.  The normalised form is Unicode NFC with typographic
 * quotes, apostrophes, dashes and the ellipsis folded to ASCII, zero-width
 * characters dropped and every run of white space made one space (none
 * at the ends).  A map gives, for each normalised byte, the offset of the
 * original character it came from, so that a match found in normalised
 * text is reported on the original bytes. */
#pragma once

#include <glib.h>

typedef struct
{
  char *text; /* normalised, NUL-terminated */
  gsize len;
  gsize *map; /* len + 1 entries: map[i] is the offset in the input of the
                 character that produced byte i (a collapsed space maps to
                 the first white space it replaces); map[len] is the end
                 of the last character kept */
} FdNorm;

/* Normalises @len bytes of valid UTF-8 at @s.  Returns a new FdNorm
 * (transfer full, fd_norm_free).  Linear; allocates only for the output
 * and, rarely, for a character sequence with combining marks. */
FdNorm *fd_norm_new (const char *s, gsize len);

/* Frees @n.  Accepts NULL. */
void fd_norm_free (FdNorm *n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdNorm, fd_norm_free)

/* The input span [*@start, *@end) of normalised bytes [@a, @b), a <= b
 * <= n->len: from the first character of the span to the end of its last,
 * white space at the edges excluded. */
void fd_norm_span (const FdNorm *n, gsize a, gsize b, gsize *start,
                   gsize *end);
