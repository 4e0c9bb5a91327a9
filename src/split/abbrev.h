/* abbrev.h - the word lists the sentence splitter consults.
 *
 * A full stop after a word is only a sentence boundary when the word is not
 * an abbreviation, or when it is one but the next word plainly opens a new
 * sentence.  This module holds the constant, sorted tables behind both
 * questions: which abbreviation a word is and how it behaves, and which
 * capitalised words typically start a sentence.  Lookups are binary searches
 * over static tables; the splitter calls them only at '.' candidates, never
 * per byte.  Nothing here allocates. */
#pragma once

#include <glib.h>

/* How an abbreviation behaves before a capitalised word. */
typedef enum
{
  FD_ABBREV_NONE = 0, /* not an abbreviation: a plain word */
  FD_ABBREV_GENERAL,  /* "U.S.", "Dr.", "e.g.": ends a sentence only when a
                         typical sentence starter follows */
  FD_ABBREV_SUFFIX,   /* "Inc.", "Corp.", "etc.": usually final, so any
                         capitalised word after it starts a new sentence */
  FD_ABBREV_NUMBER,   /* "No.", "vol.", "pp.": abbreviation only before a
                         number, a plain word otherwise ("He said no.") */
  FD_ABBREV_MONTH,    /* "Jan.", "Sept.": not final before a day number */
  FD_ABBREV_TIME,     /* "a.m.", "p.m.": see the splitter */
  FD_ABBREV_STATE,    /* "Calif.", "Ill.": only when capitalised; the ones
                         that are also English words only after ", " or
                         a party tag's '-' */
} FdAbbrevKind;

/* Looks up the @len bytes at @word (without the final '.'; internal dots
 * kept, as in "u.s"), ignoring ASCII case.  *@ambiguous is set for state
 * abbreviations that are also common words ("Ill.", "Miss.").  Returns
 * FD_ABBREV_NONE for words not in the table. */
FdAbbrevKind fd_abbrev_lookup (const char *word, gsize len,
                               gboolean *ambiguous);

/* TRUE when the @len bytes at @word (case-sensitive, e.g. "The", "He",
 * "However") are a word that typically opens a sentence: pronouns,
 * determiners, conjunctions and sentence adverbs. */
gboolean fd_abbrev_is_starter (const char *word, gsize len);

/* TRUE when the capitalised @word commonly follows a clock time without
 * ending the sentence: day and month names, time zones ("Monday", "ET",
 * "Eastern"). */
gboolean fd_abbrev_is_time_follower (const char *word, gsize len);

/* TRUE when the capitalised @word commonly follows a company suffix inside
 * one sentence ("Apple Inc. Chief Executive …", "Co. Ltd."). */
gboolean fd_abbrev_is_suffix_follower (const char *word, gsize len);

/* TRUE when @word is an English month name or its abbreviation
 * ("June", "Sept", "Sep"), case-sensitive with a capital. */
gboolean fd_abbrev_is_month (const char *word, gsize len);

/* TRUE when every table is sorted and within the key length limit; for the
 * unit tests. */
gboolean fd_abbrev_tables_sorted (void);
