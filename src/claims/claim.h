/* claim.h - a fact an article states, as the extractors find it.
 *
 * A claim is a typed, normalised value traced to its bytes: the span of the
 * words that state it and the span of the sentence around it, both offsets
 * into doc->text.  Claims are what the compare stage aligns across outlets
 * and what `factdiff claims` prints, one JSON object a line. */
#pragma once

#include "ingest/doc.h"

typedef enum
{
  FD_CLAIM_DATE = 0,
  FD_CLAIM_TIME,
  FD_CLAIM_DURATION,
  FD_CLAIM_SET,
  FD_CLAIM_NUMBER,
  FD_CLAIM_QUOTE,
  FD_CLAIM_PARAPHRASE,
  FD_CLAIM_N_TYPES
} FdClaimType;

/* How a claim and its strings are allocated: see fd_claim_pack. */
typedef enum
{
  FD_CLAIM_UNPACKED = 0, /* each on its own */
  FD_CLAIM_PACKED,       /* the claim and its strings in one block */
  FD_CLAIM_PACKED_SHARED /* in a block with other claims, freed apart */
} FdClaimPacking;

typedef struct
{
  FdClaimType type;
  FdClaimPacking packed; /* the strings but speaker_entity are not the
                            claim's own to free: see fd_claim_pack */
  const FdDoc *doc;      /* borrowed: the document outlives its claims */
  gsize start, end;      /* the words that state the claim (for quotes: the
                            quoted words, without the marks) */
  gsize sent_start, sent_end; /* the sentence holding start */

  char *value;     /* TIMEX3 value ("2025-06-17", "PT30M"), a number in
                      plain decimal ("28500", "1.2e9" never: "1200000000"),
                      or the quoted words with white space collapsed */
  char *value_max; /* upper end of a range ("June 15-17" -> value
                      2025-06-15, value_max 2025-06-17); NULL otherwise */
  char *hedge;     /* "about", "more than", …; NULL when not hedged */
  char *anchor;    /* anchored durations: the event they count from or to,
                      "after Lee assumed office"; NULL otherwise */
  gssize anchor_start, anchor_end; /* span of anchor, -1 when none */
  char *unit;    /* numbers: the noun counted ("troops") or a currency
                    code ("USD", "JPY"), "%" for percentages; NULL */
  char *speaker; /* quotes and paraphrases: the speaker as written */
  gssize speaker_start, speaker_end; /* -1 when no speaker was found */
  char *speaker_entity; /* canonical entity name, NULL until resolved */
} FdClaim;

/* Returns a new claim of @type on @doc with all optional fields empty
 * (spans -1) (transfer full: fd_claim_free). */
FdClaim *fd_claim_new (FdClaimType type, const FdDoc *doc, gsize start,
                       gsize end);

/* Frees @claim and its strings.  Accepts NULL. */
void fd_claim_free (FdClaim *claim);

/* A copy of @claim whose strings (all but speaker_entity, which moves as
 * it is) are in the same block as the claim, and frees @claim: one
 * allocation instead of up to seven, for claims that are kept.  The copy
 * is freed with fd_claim_free, but its strings other than speaker_entity
 * must not be freed or replaced on their own.  Transfer full. */
FdClaim *fd_claim_pack (FdClaim *claim);

/* The bytes fd_claim_pack_into needs for the @n unpacked @claims. */
gsize fd_claim_pack_size (FdClaim *const *claims, guint n);

/* Packs the @n unpacked @claims (each transfer full) into @block: the
 * claims side by side, then their strings (but speaker_entity, which each
 * keeps as it is), and sets each pointer of @claims to the claim's place
 * in the block.  @block has fd_claim_pack_size bytes, aligned as malloc
 * aligns, and stays the caller's, to free once its claims are freed: for
 * the claims of a document that are kept, carved from larger blocks.
 * fd_claim_free on such a claim frees its speaker_entity only. */
void fd_claim_pack_into (FdClaim **claims, guint n, gpointer block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdClaim, fd_claim_free)

/* Stable lower-case name: "date", "time", "duration", "set", "number",
 * "quote", "paraphrase". */
const char *fd_claim_type_name (FdClaimType type);

/* Sets sent_start/sent_end from doc->sents (the sentence containing
 * claim->start); leaves the line around start when there are no
 * sentences. */
void fd_claim_set_sentence (FdClaim *claim);

/* Appends the claim as one JSON object (no newline) to @out, the fields in
 * the documented order: doc, [id], type, start, end, text, value, …
 * @id < 0 omits the "id" member. */
void fd_claim_append_json (GString *out, const FdClaim *claim, gint64 id);

/* Orders claims by document id, position, type, then end.  Written for
 * g_ptr_array_sort: @a and @b point to FdClaim pointers. */
gint fd_claim_compare (gconstpointer a, gconstpointer b);
