/* compare.h - stage 5: put side by side what the outlets say about the same
 * thing, and judge each group.
 *
 * The input is every claim of a story's articles; the output is a list of
 * groups, each a set of claims (from one or more articles) that speak of the
 * same fact, with a verdict.  Precision comes first: claims are grouped only
 * when their context says they are about the same event, and a conflict is
 * declared only between claims that are grouped. */
#pragma once

#include "claims/claim.h"

typedef enum
{
  FD_VERDICT_AGREE = 0, /* equal or compatible values */
  FD_VERDICT_CONFLICT,  /* incompatible values */
  FD_VERDICT_SINGLE,    /* told by one outlet only */
  FD_VERDICT_VERBATIM,  /* quotes: the same words */
  FD_VERDICT_PARTIAL,   /* quotes: one inside the other */
  FD_VERDICT_REWORDED,  /* quotes: the same remark in other words */
  FD_VERDICT_CHANGED,   /* copied text whose fact-bearing tokens differ */
  FD_VERDICT_N
} FdVerdict;

/* One member of a group: a claim, or a span of copied text. */
typedef struct
{
  const FdDoc *doc;     /* borrowed */
  const FdClaim *claim; /* borrowed; NULL for copied-text members */
  gint64 claim_id;      /* index in FdCompare.claims, -1 when no claim */
  gsize start, end;     /* the words (claim span or passage span) */
  gsize sent_start, sent_end;
  const char *value; /* normalised value as shown in reports: the
                        claim's own (borrowed) or a copy owned by the
                        member (fd_member_set_value) */
  char *display;     /* value with its words for people: "PT30M
                        (“30-minute”, hedge about)"; NULL when it is the
                        claim's own, or for a copied span the value
                        itself: see fd_member_display */
} FdMember;

typedef struct
{
  guint id;             /* 1-based, in report order */
  guint8 verdict;       /* FdVerdict, in a byte: with the fingerprint it
                           fills 24 bytes, and there are hundreds of
                           thousands of groups */
  char fingerprint[17]; /* XXH3-64 of the group's content, canonical hex:
                           stable across runs and edits elsewhere */
  guint16 block;        /* 0: the group and its members are allocated
                           each on its own; else the group is in a block
                           the comparison owns, with room for block - 1
                           members after it (fd_group_new_at) */
  const char *type;     /* "duration", "date", "time", "number", "quote",
                           "paraphrase", "passage" (static string) */
  char *topic;          /* short label from the context: "talks — length" */
  double severity;      /* 0 for agreement; (0, 1] for conflicts and
                           changes, higher is worse */
  char *note;           /* why, for people; may be NULL */
  char *diff;           /* quotes and copied text: word-level diff in
                           "[-old-] {+new+}" form; may be NULL */
  guint n_outlets;      /* distinct outlets among the members */
  guint n_independent;  /* outlets left after collapsing copies */
  GPtrArray *members;   /* FdMember* (owned), sorted by doc id, start */
  const char *event;    /* the event class the group is about ("meeting",
                           "call", …; static) or NULL */
} FdGroup;

/* A passage found in two places (from dedup), for the reports' list of
 * duplicated text. */
typedef struct
{
  const char *kind;  /* "within" (one article), "outlet" (boilerplate of
                        one outlet), "copied" (across outlets); static */
  double similarity; /* 0..1 */
  const FdDoc *a;    /* borrowed */
  gsize a_start, a_end;
  const FdDoc *b; /* borrowed */
  gsize b_start, b_end;
} FdDuplicate;

/* One entity with the spellings the articles use (name variants). */
typedef struct
{
  char *name;              /* canonical spelling */
  const char *kind;        /* "person", "organisation", "place"; static */
  GPtrArray *variants;     /* char*, as written, sorted */
  GPtrArray *misspellings; /* char*: variants that look misspelt */
  gpointer strings;        /* the name and the variants (owned), when they
                              are in one block; else NULL and the arrays
                              own their strings */
} FdNameGroup;

typedef struct
{
  GPtrArray *docs;   /* FdDoc* borrowed from the caller, sorted by id */
  GPtrArray *claims; /* FdClaim* (owned), sorted: a claim's id is its index */
  GPtrArray *groups; /* FdGroup* (owned), in report order: conflicts first
                        (by severity), then changed copies, reworded quotes,
                        agreements, single-source */
  GPtrArray *duplicates;   /* FdDuplicate* (owned), sorted by doc ids, spans */
  GPtrArray *names;        /* FdNameGroup* (owned), entities with more than
                              one spelling, sorted by name */
  guint n_conflicts;       /* groups with verdict conflict or changed */
  GHashTable *topics;      /* char* (owned): topics that groups share, see
                              fd_compare_share_topic */
  GPtrArray *claim_blocks; /* gpointer (owned): the blocks claims are
                              packed in (fd_claim_pack_into) and groups
                              made in (fd_compare_alloc), freed after the
                              claims and groups */
  char *block_next;        /* fd_compare_alloc's room left in the last of
                              them */
  gsize block_left;
  FdDuplicate *duplicate_block; /* the duplicates, when fd_copies_duplicates
                                   made them in one block (then duplicates
                                   frees none) */
} FdCompare;

#define FD_COMPARE_ERROR (fd_compare_error_quark ())
GQuark fd_compare_error_quark (void);

typedef enum
{
  FD_COMPARE_ERROR_ALIASES, /* the alias file could not be used */
} FdCompareError;

typedef struct
{
  const char *aliases; /* alias file of name spellings (see entity.h), or
                          NULL; zero-initialise the rest */
  guint threads;       /* articles processed in parallel; 0 or 1: one */
} FdCompareOptions;

/* Runs claims extraction and comparison over @docs (FdDoc*, split, not
 * modified, must outlive the result).  @opts may be NULL.  Returns the
 * result (transfer full: fd_compare_free), or NULL with @error set when
 * the alias file cannot be used. */
FdCompare *fd_compare_run (GPtrArray *docs, const FdCompareOptions *opts,
                           GError **error);

/* Frees @cmp, its claims and groups (not the documents).  Accepts NULL. */
void fd_compare_free (FdCompare *cmp);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdCompare, fd_compare_free)

/* Building blocks, for compare itself and for tests that need a result
 * without running the pipeline. */

/* An empty result over @docs (borrowed; sorted by id in the copy kept).
 * Transfer full: fd_compare_free. */
FdCompare *fd_compare_new (GPtrArray *docs);

/* A new group of @type (a static string) with a copy of @topic.  Transfer
 * full: add it to FdCompare.groups, which frees it. */
FdGroup *fd_group_new (const char *type, const char *topic, FdVerdict v);

/* @size bytes, aligned as malloc aligns, that live as long as @cmp: for
 * the many small things it keeps to the end, carved from regions of a
 * megabyte rather than made among temporaries.  Not thread-safe. */
gpointer fd_compare_alloc (FdCompare *cmp, gsize size);

/* The bytes fd_group_new_at needs for a group of @n_members members. */
gsize fd_group_size (guint n_members);

/* fd_group_new in @room (fd_group_size (@n_members) bytes, aligned as
 * malloc aligns, from fd_compare_alloc of the comparison the group goes
 * to), with room for @n_members members (fewer than 65535) after it,
 * which fd_group_add_claim fills first.  Transfer: add it to that
 * comparison's groups. */
FdGroup *fd_group_new_at (gpointer room, guint n_members, const char *type,
                          const char *topic, FdVerdict v);

/* Adds a member for claim @c with id @claim_id; its value is the claim's
 * (borrowed: a group holds a member per claim, and the claims outlive the
 * groups) and its display NULL (see fd_member_display).  The claim stays
 * owned by its array. */
void fd_group_add_claim (FdGroup *g, const FdClaim *c, gint64 claim_id);

/* Sets @m's value to @value (transfer full), in place of its claim's or
 * its own. */
void fd_member_set_value (FdMember *m, char *value);

/* The value of @m with its words for people: its display, or made from
 * its claim when it has none, or a copied span's value.  Made when a report
 * needs it rather than kept for every member of a collection (transfer full:
 * g_free). */
char *fd_member_display (const FdMember *m);

/* Adds a member for @doc's bytes [@start, @end) with a copy of @value
 * (a copied-text member). */
void fd_group_add_span (FdGroup *g, const FdDoc *doc, gsize start, gsize end,
                        const char *value);

/* Makes @g's topic the copy @cmp keeps of it, to be shared with every
 * group of that topic: a collection has hundreds of thousands of groups
 * and a few thousand topics.  For groups that go into cmp->groups; not
 * thread-safe. */
void fd_compare_share_topic (FdCompare *cmp, FdGroup *g);

/* Sorts the members and computes n_outlets and the fingerprint; call after
 * the last member is added.  n_independent is set to n_outlets unless it
 * was set already. */
void fd_group_finish (FdGroup *g);

/* Sorts cmp->groups into report order, numbers them from 1 and counts the
 * discrepancies. */
void fd_compare_finish (FdCompare *cmp);

/* Stable lower-case name of a verdict: "agree", "conflict", "single",
 * "verbatim", "partial", "reworded", "changed". */
const char *fd_verdict_name (FdVerdict v);

/* TRUE for verdicts that are discrepancies (conflict, changed). */
gboolean fd_verdict_is_discrepancy (FdVerdict v);

/* "low", "medium" or "high" for a severity in (0, 1]; "" for 0. */
const char *fd_severity_label (double severity);
