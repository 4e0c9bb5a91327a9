/* context.h - what a claim is about, read from the words around it.
 *
 * Two claims can only speak of the same fact when they are about the same
 * event ("talks", "call", "inauguration") with the same people.  A context
 * records the event class nearest the claim (and, for an anchored
 * duration, the event it counts from), the people named around it, and the
 * stemmed content words of its sentence without the value itself. */
#pragma once

#include "claims/claim.h"
#include "claims/entity.h"

typedef struct
{
  const char *event;        /* event class ("meeting", "call", "election",
                               "inauguration", …; static) or NULL */
  const char *event_word;   /* the words that named it, lower case (static);
                               NULL */
  const char *anchor_event; /* event class of the anchor; NULL */
  GPtrArray *people;        /* char* (owned): one string per person, its name
                               tokens lower-cased and space-separated;
                               NULL when nobody is named */
  guint32 *words;           /* sorted unique hashes of content-word stems
                               (owned, with near after them); NULL when
                               there are none */
  guint32 *near; /* the same, for the words within eight of the claim:
                    what a number counts is said close by (in words'
                    block) */
  guint n_words, n_near;
  guint n_own_people;  /* how many of people are named in the claim's
                          own sentence (they come first) */
  gboolean event_near; /* found in the claim's own sentence */
} FdContext;

/* A collection-wide list of the tokens that name people, learned from
 * titles ("President X Y", "Prime Minister X") and speech verbs. */
typedef struct FdPeople FdPeople;

/* Learns person name tokens from the content sentences of @docs (FdDoc*)
 * and from the person entities of @entities (resolved; may be NULL).
 * Transfer full: fd_people_free. */
FdPeople *fd_people_learn (GPtrArray *docs, const FdEntitySet *entities);

/* fd_people_learn in two halves, so that documents can be read on several
 * threads: fd_people_scan_doc gives the name tokens the titles of @doc
 * introduce (char*, transfer full: g_ptr_array_unref; any thread), and
 * fd_people_learn_scanned learns from @scans (one such array per
 * document, borrowed) and @entities as fd_people_learn would from the
 * documents.  Transfer full: fd_people_free. */
GPtrArray *fd_people_scan_doc (const FdDoc *doc);
FdPeople *fd_people_learn_scanned (GPtrArray *scans,
                                   const FdEntitySet *entities);

void fd_people_free (FdPeople *people);

/* Fills @ctx for @claim.  @people may be NULL.  Free with
 * fd_context_clear. */
void fd_context_init (FdContext *ctx, const FdClaim *claim,
                      const FdPeople *people);

void fd_context_clear (FdContext *ctx);

/* The tokens of the sentences of one document, kept between claims: many
 * claims share a sentence, and each needs the one before too.  Holds one
 * document at a time (a claim of another document empties it); not
 * thread-safe, so one per thread.  Transfer full: fd_context_cache_free. */
typedef struct FdContextCache FdContextCache;

FdContextCache *fd_context_cache_new (void);

void fd_context_cache_free (FdContextCache *cache);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdContextCache, fd_context_cache_free)

/* fd_context_init with the tokens of @claim's sentences taken from, or
 * kept in, @cache.  The result is the same. */
void fd_context_init_cached (FdContext *ctx, const FdClaim *claim,
                             const FdPeople *people, FdContextCache *cache);

/* Jaccard similarity of the two contexts' content words, 0..1. */
double fd_context_word_similarity (const FdContext *a, const FdContext *b);

/* Jaccard similarity of the words near the two claims, 0..1. */
double fd_context_near_similarity (const FdContext *a, const FdContext *b);

/* FALSE when each claim's own sentence names a person the other's does
 * not: then they speak of different events (a call with one leader, a
 * call with another).  TRUE when either names nobody. */
gboolean fd_context_people_compatible (const FdContext *a, const FdContext *b);

/* The stemmed content words of @text (no stop words, no numbers, and no
 * capitalised words: names say what a remark is about, not what it says),
 * as a set of strings (transfer full: g_hash_table_unref). */
GHashTable *fd_context_content_words (const char *text);

/* The event class of the words in @text (@len bytes), or NULL. */
const char *fd_context_event_of (const char *text, gsize len,
                                 const char **word);
