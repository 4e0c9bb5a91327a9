/* number.h - numbers and quantities with what they count.
 *
 * "28,500 US troops" becomes value 28500, unit "troops"; money carries its
 * currency and scale, percentages the unit "%".  Years and dates are left
 * to the temporal extractor.
 *
 * What a number claim holds:
 *   value      plain decimal, never an exponent ("1200000000", "1.55");
 *   value_max  upper end of a range ("10-15", "two to three"), else NULL;
 *   unit       "%" for percentages ("1.8%", "12 percent"), "percentage
 *              point", an ISO 4217 code for money ("USD", "JPY", "KRW"), or
 *              the head noun counted, lower-cased but otherwise as written
 *              (plural kept: "troops"; fd_number_unit_key() folds it);
 *              ordinals are marked with the prefix "ordinal:" and the noun
 *              they rank ("60th anniversary" -> "ordinal:anniversary", or
 *              just "ordinal"); "fraction" for shares ("a third" 0.333…,
 *              "one in five" 0.2), "times" for multiples ("twice",
 *              "three-fold"); a measure as written ("km", "mph", "square
 *              feet"), temperatures as "°C" or "°F"; NULL when nothing is
 *              counted (tests/fixtures/number/README.md lists the schema);
 *   hedge      "about", "more than", "up to", … lower-cased, NULL if none;
 *   start/end  the number with its currency, scale and percent sign or
 *              word ("$1.2 billion", "12 percent"); the hedge and the noun
 *              counted are outside the span.
 *
 * Precision comes before recall: years, dates, clock times, durations
 * ("30 minutes", "30-minute"), numbers inside names and identifiers ("G7",
 * "G-7", "Covid-19", "Group of Seven") and the pronoun "one" ("one of the")
 * are not numbers here. */
#pragma once

#include "claims/claim.h"

/* Appends the number claims of @doc to @out (owned by @out, free with
 * fd_claim_free).  @doc must be split; only content lines are read. */
void fd_number_extract (const FdDoc *doc, GPtrArray *out);

/* Returns a comparison key for a unit as fd_number_extract writes it:
 * lower case with a light singular ("troops" -> "troop", "countries" ->
 * "country", "people" -> "person"); the "ordinal:" prefix is kept.
 * (transfer full: g_free).  @unit may be NULL: returns NULL. */
char *fd_number_unit_key (const char *unit);

/* TRUE when @claim's unit marks an ordinal ("60th"). */
gboolean fd_number_is_ordinal (const FdClaim *claim);
