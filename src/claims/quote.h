/* quote.h - direct quotations and indirect speech with their speakers.
 *
 * Claims of type quote: value = the quoted words with white space
 * collapsed; start/end = their span without the marks (for one utterance
 * split by its frame, '"A," she said. "B."', from the first word of A to
 * the last of B, and the value joins A and B).  speaker = the speaker as
 * the article names them (a pronoun is replaced by the name it resolves
 * to); speaker_start/end = the mention in the text (the pronoun itself
 * for a pronoun), or -1 and NULL when no speaker was found.
 * Claims of type paraphrase: "Lee said that …" with start/end = the
 * reported clause and the same speaker fields. */
#pragma once

#include "claims/claim.h"

/* Appends quote and paraphrase claims of @doc to @out (owned by @out).
 * @doc must be split; only content and speaker-label lines are read. */
void fd_quote_extract (const FdDoc *doc, GPtrArray *out);
