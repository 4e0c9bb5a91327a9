/* sample.h - a comparison result built by hand for the report tests: three
 * tiny articles and one finding of each kind, with the characters that
 * every format must escape (commas, quotes, <, &, |, a line break) and a
 * non-ASCII character before a claim on its line (columns in code points
 * differ from bytes there). */
#pragma once

#include "compare/compare.h"

typedef struct
{
  GPtrArray *docs; /* FdDoc* (owned) */
  FdCompare *cmp;  /* built over docs (owned) */
} FdSample;

/* Builds the sample.  Transfer full: fd_sample_free. */
FdSample *fd_sample_new (void);

/* Frees @s, its result and documents.  Accepts NULL. */
void fd_sample_free (FdSample *s);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSample, fd_sample_free)

/* The text of the sample's first article ("a"), where the conflict's
 * first member "30 minutes" stands on line 1 after "Élan: talks lasted ". */
extern const char fd_sample_text_a[];
