/* entity.h - people, organisations and places, and all their spellings.
 *
 * An FdEntitySet collects the name mentions of every article in a
 * collection and groups them into entities, so that "Lee Jae-myung", "Lee
 * Jae Myung", "President Lee" and a bare "Lee" in the same article are one
 * person, and "Ishiba Shigeru" is "Shigeru Ishiba".  Use it in three steps:
 * add each document (fd_entity_set_add_doc), resolve once
 * (fd_entity_set_resolve), then read the entities or ask for the canonical
 * name of a mention such as a quote's speaker.
 *
 * Mentions are found in content sentences only:
 *   persons   a title and a name ("President Lee Jae-myung", "PM Ishiba",
 *             "Mr. Kim"), or two to four capitalised name-like words
 *             ("Shigeru Ishiba"); one word alone ("Lee") is a reference
 *             resolved to a full name;
 *   orgs      capitalised words with a keyword ("Ministry", "Office of the
 *             President", "Bank of Korea", "Liberal Democratic Party");
 *   places    a small gazetteer of countries and capitals, "in X", and the
 *             possessive "Japan's foreign ministry".
 *
 * Variants are merged when they have the same key with case, hyphens and
 * spaces ignored, the same parts in another order, or when the user's alias
 * file says so.  A one-word reference joins the full name in the same
 * article that has it as first or last part (the nearest one before it,
 * else the first after it), else the only such name in the collection; two
 * "Kim"s with different given names in different articles stay apart.  A
 * name seen once that is one or two edits (Damerau-Levenshtein, names of 5
 * bytes or more) from a name seen at least three times is taken as a
 * misspelling of it and flagged; two names that are both seen more than
 * once are never merged that way.
 *
 * Alias file (fd_entity_set_load_aliases): UTF-8 text, one entity a line,
 * its spellings separated by a TAB or by " = "; the first is the name to
 * show.  Blank lines and everything from a '#' are ignored:
 *
 *     # who is who
 *     Lee Jae-myung = Lee Jae Myung = LJM
 *     Seoul	Soul
 *
 * Everything the set returns is ordered deterministically: entities by
 * name then kind, variants by count (most first) then text, mentions in the
 * order the documents were added and by position. */
#pragma once

#include "ingest/doc.h"

#define FD_ENTITY_ERROR (fd_entity_error_quark ())
GQuark fd_entity_error_quark (void);

typedef enum
{
  FD_ENTITY_ERROR_IO,    /* the alias file cannot be read */
  FD_ENTITY_ERROR_PARSE, /* invalid UTF-8, or a spelling on two lines */
} FdEntityError;

typedef enum
{
  FD_ENTITY_PERSON = 0,
  FD_ENTITY_ORG,
  FD_ENTITY_PLACE,
  FD_ENTITY_N_KINDS
} FdEntityKind;

/* One spelling of an entity, as written (titles kept for one-word
 * references: "President Lee"). */
typedef struct
{
  const char *text;
  guint count;          /* mentions written this way */
  gboolean misspelling; /* joined only by edit distance */
} FdEntityVariant;

/* One mention: the document id (as in FdDoc.id) and its byte span. */
typedef struct
{
  const char *doc;
  gsize start, end;
} FdEntityMention;

/* An entity after fd_entity_set_resolve.  All of it is owned by the set
 * and valid until the set is freed or another document is added.  Its
 * mentions are not kept as such (a collection has millions): see
 * fd_entity_set_foreach_mention. */
typedef struct
{
  const char *name; /* canonical: the alias file's choice, else the most
                       frequent full form */
  FdEntityKind kind;
  const FdEntityVariant *variants;
  guint n_variants;
  guint n_mentions;
} FdEntity;

typedef struct _FdEntitySet FdEntitySet;

/* A new empty set (transfer full: fd_entity_set_free). */
FdEntitySet *fd_entity_set_new (void);

/* Frees @set and all it owns.  Accepts NULL. */
void fd_entity_set_free (FdEntitySet *set);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdEntitySet, fd_entity_set_free)

/* Reads the alias file at @path (format above) into @set; call it before
 * fd_entity_set_resolve.  Returns FALSE and sets @error (FD_ENTITY_ERROR,
 * message "PATH:LINE: problem") when the file cannot be used; @set is then
 * unchanged. */
gboolean fd_entity_set_load_aliases (FdEntitySet *set, const char *path,
                                     GError **error);

/* Scans the content sentences of @doc (which must be split) for mentions.
 * @doc is borrowed for this call only: the set copies its id. */
void fd_entity_set_add_doc (FdEntitySet *set, const FdDoc *doc);

/* fd_entity_set_add_doc in two halves, so that the documents of a
 * collection can be scanned on several threads: fd_entity_scan_doc finds
 * the mentions of @doc without a set (and may run on any thread; the scan
 * points into @doc's text, so @doc must outlive it, until it is added or
 * freed); fd_entity_set_add_scan adds them to @set, which copies what it
 * keeps, and takes @scan.  Adding the scans in document order gives the
 * same set as adding the documents. */
typedef struct _FdEntityScan FdEntityScan;

/* Transfer full: fd_entity_set_add_scan or fd_entity_scan_free. */
FdEntityScan *fd_entity_scan_doc (const FdDoc *doc);

/* Frees a scan that was not added.  Accepts NULL. */
void fd_entity_scan_free (FdEntityScan *scan);

/* Adds the mentions of @scan to @set (transfer full: @scan is freed). */
void fd_entity_set_add_scan (FdEntitySet *set, FdEntityScan *scan);

/* Groups the mentions into entities (see above).  Call it after the last
 * fd_entity_set_add_doc; calling it again redoes the grouping. */
void fd_entity_set_resolve (FdEntitySet *set);

/* Number of entities after resolving, and the @i-th (borrowed). */
guint fd_entity_set_size (const FdEntitySet *set);
const FdEntity *fd_entity_set_get (const FdEntitySet *set, guint i);

/* Called by fd_entity_set_foreach_mention for mention @m (borrowed for
 * the call) of the @entity-th entity. */
typedef void (*FdEntityMentionFunc) (guint entity, const FdEntityMention *m,
                                     gpointer data);

/* Calls @fn for every mention of every entity after resolving: entity by
 * entity in their order, and each entity's mentions in theirs. */
void fd_entity_set_foreach_mention (const FdEntitySet *set,
                                    FdEntityMentionFunc fn, gpointer data);

/* Canonical name of the entity that @mention ("Lee", "President Lee Jae
 * Myung", "Ishiba's") names anywhere in the collection, or NULL when it
 * names none or more than one (borrowed from the set). */
const char *fd_entity_set_canonical (const FdEntitySet *set,
                                     const char *mention);

/* Like fd_entity_set_canonical, but a one-word reference is first resolved
 * among the names of @doc, as a reader of that article would. */
const char *fd_entity_set_canonical_in_doc (const FdEntitySet *set,
                                            const FdDoc *doc,
                                            const char *mention);

/* Appends one JSON object per entity, each ended by a newline:
 * {"name":…,"kind":"person","variants":[{"text":…,"count":2,
 * "misspelling":false}],"mentions":[{"doc":…,"start":0,"end":5}]} */
void fd_entity_set_append_json (const FdEntitySet *set, GString *out);

/* "person", "org" or "place". */
const char *fd_entity_kind_name (FdEntityKind kind);
