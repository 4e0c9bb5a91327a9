/* wdiff.h - word-level differences between two short texts, for quotes
 * and copied passages: "[-removed-] {+added+}" as GNU wdiff prints them. */
#pragma once

#include <glib.h>

/* Returns the word diff of @a against @b (transfer full: g_free): words in
 * both are copied once, runs only in @a as "[-…-]", runs only in @b as
 * "{+…+}".  Words are separated by white space; the comparison ignores
 * case and punctuation at word edges.  Texts longer than 2,000 words are
 * compared as wholes (one removal, one addition). */
char *fd_wdiff (const char *a, const char *b);

/* Share of the words of the shorter text that the longest common
 * subsequence keeps, 0..1 (1 when one text is inside the other). */
double fd_wdiff_containment (const char *a, const char *b);
