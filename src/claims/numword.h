/* numword.h - numbers written as words or digits: "fourteen", "twenty
 * four", "a hundred thirty million", "28,500", "2.5", "half".
 *
 * Shared by the temporal and the number extractors, which both need to read
 * a count before a unit ("fourteen days", "28,500 troops"). */
#pragma once

#include <glib.h>

typedef struct
{
  double value;     /* the number */
  gsize len;        /* bytes consumed from the start of the input */
  gboolean words;   /* TRUE when spelled out ("fourteen") */
  gboolean ordinal; /* "60th", "first", "twenty-third" */
} FdNumber;

/* Reads a number at the start of @s (@len bytes): digits with optional
 * thousands separators and decimals, or English number words (cardinal or
 * ordinal, with hyphens or spaces, "a"/"an" before hundred/thousand/…,
 * "and" inside).  A scale word after digits ("1.2 billion", "76 tril.") is
 * included.  Returns FALSE when @s does not start with a number; never
 * reads past @len. */
gboolean fd_numword_parse (const char *s, gsize len, FdNumber *out);

/* Reads a scale word at the start of @s ("hundred", "million", "bn",
 * "tril.") that ends at a word boundary.  Returns its value (100, 1e6, ...)
 * and stores its length in *@n, or returns 0 when @s does not start with
 * one.  Lets a caller tell "1-2 billion" (scale shared by both ends) from
 * "1-2". */
double fd_numword_scale (const char *s, gsize len, gsize *n);
