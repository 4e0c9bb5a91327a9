/* compare.c - see compare.h.  First cut: extracts the claims and makes one
 * single-source group per claim; alignment comes next. */
#include "compare/compare.h"

#include "claims/claims.h"
#include "claims/entity.h"
#include "compare/align.h"
#include "compare/copies.h"

#include <string.h>
#include <xxhash.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

G_DEFINE_QUARK (fd - compare - error - quark, fd_compare_error)

/* Gives the free memory of a stage that is over back to the system.
 * glibc keeps what a stage freed mapped in its arenas, and the next stage
 * reuses only what fits its own sizes: after dedup and after the
 * entities, hundreds of megabytes at 100k articles would stay resident
 * for nothing. */
static void
trim_memory (void)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

static gint
g_strcmp0_ptr (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *)a, *(const char *const *)b);
}

static const char *const verdict_names[FD_VERDICT_N] = {
  [FD_VERDICT_AGREE] = "agree",     [FD_VERDICT_CONFLICT] = "conflict",
  [FD_VERDICT_SINGLE] = "single",   [FD_VERDICT_VERBATIM] = "verbatim",
  [FD_VERDICT_PARTIAL] = "partial", [FD_VERDICT_REWORDED] = "reworded",
  [FD_VERDICT_CHANGED] = "changed",
};

const char *
fd_verdict_name (FdVerdict v)
{
  g_return_val_if_fail (v < FD_VERDICT_N, "unknown");
  return verdict_names[v];
}

gboolean
fd_verdict_is_discrepancy (FdVerdict v)
{
  return v == FD_VERDICT_CONFLICT || v == FD_VERDICT_CHANGED;
}

const char *
fd_severity_label (double severity)
{
  if (severity <= 0)
    return "";
  if (severity < 0.25)
    return "low";
  if (severity < 0.6)
    return "medium";
  return "high";
}

/* A member's value is its own unless it is its claim's. */
static void
member_free_value (FdMember *m)
{
  if (!m->claim || m->value != m->claim->value)
    g_free ((char *)m->value);
}

static void
member_free (FdMember *m)
{
  if (!m)
    return;
  member_free_value (m);
  g_free (m->display);
  g_free (m);
}

/* TRUE when @m is in the room after @g, a group in a block. */
static gboolean
member_in_block (const FdGroup *g, const FdMember *m)
{
  guintptr first = (guintptr)(g + 1), at = (guintptr)m;

  return g->block && at >= first
         && at < first + (g->block - 1u) * sizeof (FdMember);
}

/* A group in a block frees its members itself (its array has no free
 * function): those in the block only in part. */
static void
group_free (FdGroup *g)
{
  if (!g)
    return;
  for (guint i = 0; g->block && g->members && i < g->members->len; i++)
    {
      FdMember *m = g->members->pdata[i];
      if (!member_in_block (g, m))
        member_free (m);
      else
        {
          member_free_value (m);
          g_free (m->display);
        }
    }
  g_free (g->topic);
  g_free (g->note);
  g_free (g->diff);
  if (g->members)
    g_ptr_array_unref (g->members);
  if (!g->block)
    g_free (g);
}

static void
name_group_free (FdNameGroup *n)
{
  if (!n)
    return;
  if (n->strings)
    {
      g_ptr_array_set_free_func (n->variants, NULL);
      g_ptr_array_set_free_func (n->misspellings, NULL);
      n->name = NULL; /* in the block too */
    }
  g_free (n->strings);
  g_free (n->name);
  if (n->variants)
    g_ptr_array_unref (n->variants);
  if (n->misspellings)
    g_ptr_array_unref (n->misspellings);
  g_free (n);
}

static gint
doc_cmp (gconstpointer a, gconstpointer b)
{
  const FdDoc *x = *(const FdDoc *const *)a;
  const FdDoc *y = *(const FdDoc *const *)b;
  return strcmp (x->id, y->id);
}

FdCompare *
fd_compare_new (GPtrArray *docs)
{
  FdCompare *cmp = g_new0 (FdCompare, 1);

  /* Not g_ptr_array_copy: the copy would inherit the caller's free
   * function and free documents it does not own. */
  cmp->docs = g_ptr_array_sized_new (docs->len);
  for (guint i = 0; i < docs->len; i++)
    g_ptr_array_add (cmp->docs, docs->pdata[i]);
  g_ptr_array_sort (cmp->docs, doc_cmp);
  cmp->claims = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
  cmp->groups = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  cmp->duplicates = g_ptr_array_new_with_free_func (g_free);
  cmp->names
      = g_ptr_array_new_with_free_func ((GDestroyNotify)name_group_free);
  cmp->topics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cmp->claim_blocks = g_ptr_array_new_with_free_func (g_free);
  return cmp;
}

FdGroup *
fd_group_new (const char *type, const char *topic, FdVerdict v)
{
  FdGroup *g = g_new0 (FdGroup, 1);

  g->type = type;
  g->topic = g_strdup (topic);
  g->verdict = v;
  g->members = g_ptr_array_new_with_free_func ((GDestroyNotify)member_free);
  return g;
}

/* "PT30M (30-minute)" or "PT30M (about 30 minutes; hedge about)". */
static char *
claim_display (const FdClaim *c)
{
  g_autoptr (GString) s = g_string_new (NULL);
  g_autofree char *words
      = g_strndup (c->doc->text + c->start, c->end - c->start);

  if (c->type == FD_CLAIM_QUOTE || c->type == FD_CLAIM_PARAPHRASE)
    return g_strdup (c->value ? c->value : words);
  g_string_append (s, c->value ? c->value : words);
  if (c->value_max)
    g_string_append_printf (s, "/%s", c->value_max);
  if (c->unit && c->type == FD_CLAIM_NUMBER
      && g_str_has_prefix (c->unit, "ordinal"))
    {
      /* "60th anniversary", not "60 ordinal:anniversary". */
      gint64 n = g_ascii_strtoll (c->value ? c->value : "0", NULL, 10);
      const char *suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                           : n % 10 == 1                    ? "st"
                           : n % 10 == 2                    ? "nd"
                           : n % 10 == 3                    ? "rd"
                                                            : "th";
      const char *noun = strchr (c->unit, ':');
      g_string_append (s, suffix);
      if (noun)
        g_string_append_printf (s, " %s", noun + 1);
    }
  else if (c->unit && c->type == FD_CLAIM_NUMBER)
    g_string_append_printf (s, " %s", c->unit);
  g_string_append_printf (s, " (\"%s\"", words);
  if (c->hedge)
    g_string_append_printf (s, ", %s", c->hedge);
  g_string_append_c (s, ')');
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Claims and groups are carved from blocks of a megabyte: many small
 * objects that live to the end of the run, without a malloc header each
 * and without sitting among short-lived ones. */
#define REGION_SIZE ((gsize)1 << 20)

/* @size bytes, aligned as malloc aligns, from the last of @blocks, whose
 * free room starts at *@next and is *@left bytes long; from a new block
 * (added to @blocks, whose owner frees it) when that has no room. */
static gpointer
region_carve (GPtrArray *blocks, char **next, gsize *left, gsize size)
{
  gpointer p;

  size = (size + 15) & ~(gsize)15;
  if (size > *left)
    {
      *left = MAX (size, REGION_SIZE);
      *next = g_malloc (*left);
      g_ptr_array_add (blocks, *next);
    }
  p = *next;
  *next += size;
  *left -= size;
  return p;
}

gpointer
fd_compare_alloc (FdCompare *cmp, gsize size)
{
  return region_carve (cmp->claim_blocks, &cmp->block_next, &cmp->block_left,
                       size);
}

gsize
fd_group_size (guint n_members)
{
  return sizeof (FdGroup) + (gsize)n_members * sizeof (FdMember);
}

FdGroup *
fd_group_new_at (gpointer room, guint n_members, const char *type,
                 const char *topic, FdVerdict v)
{
  FdGroup *g = room;

  g_return_val_if_fail (n_members < G_MAXUINT16, NULL);
  memset (g, 0, fd_group_size (n_members));
  g->type = type;
  g->topic = g_strdup (topic);
  g->verdict = v;
  g->block = (guint16)(n_members + 1);
  g->members = g_ptr_array_sized_new (n_members);
  return g;
}

/* A new member for @g, zeroed: in the room after it while there is some,
 * else of its own. */
static FdMember *
member_new (FdGroup *g)
{
  if (g->block && g->members->len + 1u < g->block)
    return (FdMember *)(g + 1) + g->members->len;
  return g_new0 (FdMember, 1);
}

void
fd_group_add_claim (FdGroup *g, const FdClaim *c, gint64 claim_id)
{
  FdMember *m = member_new (g);

  m->doc = c->doc;
  m->claim = c;
  m->claim_id = claim_id;
  m->start = c->start;
  m->end = c->end;
  m->sent_start = c->sent_start;
  m->sent_end = c->sent_end;
  m->value = c->value;
  g_ptr_array_add (g->members, m);
}

void
fd_member_set_value (FdMember *m, char *value)
{
  member_free_value (m);
  m->value = value;
}

char *
fd_member_display (const FdMember *m)
{
  if (m->display)
    return g_strdup (m->display);
  if (!m->claim)
    return g_strdup (m->value ? m->value : ""); /* a copied span's */
  return claim_display (m->claim);
}

void
fd_group_add_span (FdGroup *g, const FdDoc *doc, gsize start, gsize end,
                   const char *value)
{
  FdMember *m = member_new (g);
  FdSentence s = { start, end, 0, FD_LINE_BODY };

  m->doc = doc;
  m->claim_id = -1;
  m->start = start;
  m->end = end;
  /* The sentence of a copied span is the first sentence it touches. */
  for (guint i = 0; i < doc->n_sents; i++)
    if (doc->sents[i].end > start)
      {
        s = doc->sents[i];
        break;
      }
  m->sent_start = MIN (s.start, start);
  m->sent_end = MAX (s.end, end);
  m->value = g_strdup (value);
  g_ptr_array_add (g->members, m);
}

void
fd_compare_share_topic (FdCompare *cmp, FdGroup *g)
{
  char *kept;

  if (!g->topic)
    return;
  kept = g_hash_table_lookup (cmp->topics, g->topic);
  if (!kept)
    g_hash_table_add (cmp->topics, g->topic); /* the table's now */
  else if (kept != g->topic)
    {
      g_free (g->topic);
      g->topic = kept;
    }
}

static gint
member_cmp (gconstpointer a, gconstpointer b)
{
  const FdMember *x = *(const FdMember *const *)a;
  const FdMember *y = *(const FdMember *const *)b;
  int r = strcmp (x->doc->id, y->doc->id);

  if (r)
    return r;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

static int
str_ptr_cmp (const void *a, const void *b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The number of different outlets among @g's members.  Groups are small
 * and many, so sorting a copy beats building a hash table for each. */
static guint
count_outlets (const FdGroup *g)
{
  guint n = g->members->len, distinct = 0;
  const char *small[32];
  const char **outlets
      = n <= G_N_ELEMENTS (small) ? small : g_new (const char *, n);

  for (guint i = 0; i < n; i++)
    outlets[i] = ((const FdMember *)g->members->pdata[i])->doc->outlet;
  qsort (outlets, n, sizeof *outlets, str_ptr_cmp);
  for (guint i = 0; i < n; i++)
    if (i == 0 || strcmp (outlets[i], outlets[i - 1]) != 0)
      distinct++;
  if (outlets != small)
    g_free (outlets);
  return distinct;
}

/* Appends the @n bytes at @s at *@p and moves *@p past them. */
static void
put (char **p, const char *s, gsize n)
{
  memcpy (*p, s, n);
  *p += n;
}

/* XXH3-64 of what @g says, not where: type, topic and each member's
 * document, value and words.  Moving a paragraph keeps it; changing a
 * value makes a new finding.  The key is measured first and written in
 * one buffer (on the stack for most groups): every group of a collection
 * has one. */
static XXH64_hash_t
group_key_hash (const FdGroup *g)
{
  const char *topic = g->topic ? g->topic : "";
  gsize type_len = strlen (g->type), topic_len = strlen (topic);
  gsize size = type_len + 1 + topic_len;
  char small[1024];
  char *key, *p;
  XXH64_hash_t h;

  for (guint i = 0; i < g->members->len; i++)
    {
      const FdMember *m = g->members->pdata[i];
      size += 1 + strlen (m->doc->id) + 1 + (m->value ? strlen (m->value) : 0)
              + 1 + (m->end - m->start);
    }
  key = p = size <= sizeof small ? small : g_malloc (size);
  put (&p, g->type, type_len);
  put (&p, "\037", 1);
  put (&p, topic, topic_len);
  for (guint i = 0; i < g->members->len; i++)
    {
      const FdMember *m = g->members->pdata[i];
      put (&p, "\036", 1);
      put (&p, m->doc->id, strlen (m->doc->id));
      put (&p, "\037", 1);
      if (m->value)
        put (&p, m->value, strlen (m->value));
      put (&p, "\037", 1);
      put (&p, m->doc->text + m->start, m->end - m->start);
    }
  h = XXH3_64bits (key, size);
  if (key != small)
    g_free (key);
  return h;
}

void
fd_group_finish (FdGroup *g)
{
  XXH64_canonical_t canon;

  g_ptr_array_sort (g->members, member_cmp);
  g->n_outlets = count_outlets (g);
  if (g->n_independent == 0)
    g->n_independent = g->n_outlets;
  XXH64_canonicalFromHash (&canon, group_key_hash (g));
  for (int i = 0; i < 8; i++)
    {
      static const char hex[] = "0123456789abcdef";
      g->fingerprint[2 * i] = hex[canon.digest[i] >> 4];
      g->fingerprint[2 * i + 1] = hex[canon.digest[i] & 15];
    }
  g->fingerprint[16] = '\0';
}

/* Report order: the verdicts a fact-checker acts on first. */
static int
verdict_rank (FdVerdict v)
{
  switch (v)
    {
    case FD_VERDICT_CONFLICT:
      return 0;
    case FD_VERDICT_CHANGED:
      return 1;
    case FD_VERDICT_REWORDED:
      return 2;
    case FD_VERDICT_PARTIAL:
      return 3;
    case FD_VERDICT_VERBATIM:
      return 4;
    case FD_VERDICT_AGREE:
      return 5;
    default:
      return 6;
    }
}

static gint
group_cmp (gconstpointer a, gconstpointer b)
{
  const FdGroup *x = *(const FdGroup *const *)a;
  const FdGroup *y = *(const FdGroup *const *)b;
  const FdMember *mx, *my;
  int r = verdict_rank (x->verdict) - verdict_rank (y->verdict);

  if (r)
    return r;
  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  mx = x->members->len ? x->members->pdata[0] : NULL;
  my = y->members->len ? y->members->pdata[0] : NULL;
  if (mx && my && (r = member_cmp (&mx, &my)) != 0)
    return r;
  return strcmp (x->fingerprint, y->fingerprint);
}

/* Sorting hundreds of thousands of groups through group_cmp chased each
 * one's first member and that member's document id, several cache misses
 * per comparison.  Until they are numbered, the groups' ids hold instead
 * the rank of their first member's document id among the collection's
 * (equal ids, equal ranks; G_MAXUINT for no member), which orders them as
 * the ids do: group_rank_cmp then orders the groups as group_cmp. */
static gint
group_rank_cmp (gconstpointer a, gconstpointer b)
{
  const FdGroup *x = *(const FdGroup *const *)a;
  const FdGroup *y = *(const FdGroup *const *)b;
  int r = verdict_rank (x->verdict) - verdict_rank (y->verdict);

  if (r)
    return r;
  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  if (x->id != G_MAXUINT && y->id != G_MAXUINT)
    {
      const FdMember *mx = x->members->pdata[0];
      const FdMember *my = y->members->pdata[0];

      if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
      if (mx->start != my->start)
        return mx->start < my->start ? -1 : 1;
      if (mx->end != my->end)
        return mx->end < my->end ? -1 : 1;
    }
  return strcmp (x->fingerprint, y->fingerprint);
}

/* Gives each group of @cmp the id group_rank_cmp reads.  FALSE when a
 * member's document is not one of cmp->docs (the caller then sorts with
 * group_cmp). */
static gboolean
rank_groups (FdCompare *cmp)
{
  g_autoptr (GHashTable) doc_rank = g_hash_table_new (NULL, NULL);
  guint rank = 0;

  /* cmp->docs is sorted by id (fd_compare_new). */
  for (guint i = 0; i < cmp->docs->len; i++)
    {
      const FdDoc *d = cmp->docs->pdata[i];
      if (i > 0
          && strcmp (d->id, ((const FdDoc *)cmp->docs->pdata[i - 1])->id) != 0)
        rank = i;
      g_hash_table_insert (doc_rank, (gpointer)d, GUINT_TO_POINTER (rank + 1));
    }
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      FdGroup *g = cmp->groups->pdata[i];
      guint r;

      if (!g->members->len)
        {
          g->id = G_MAXUINT;
          continue;
        }
      r = GPOINTER_TO_UINT (g_hash_table_lookup (
          doc_rank, ((const FdMember *)g->members->pdata[0])->doc));
      if (r == 0)
        return FALSE;
      g->id = r - 1;
    }
  return TRUE;
}

void
fd_compare_finish (FdCompare *cmp)
{
  g_ptr_array_sort (cmp->groups,
                    rank_groups (cmp) ? group_rank_cmp : group_cmp);
  cmp->n_conflicts = 0;
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      FdGroup *g = cmp->groups->pdata[i];
      g->id = i + 1;
      if (fd_verdict_is_discrepancy (g->verdict))
        cmp->n_conflicts++;
    }
}

/* Quote speakers get the canonical name of the person or body they name,
 * resolved first among the names of their own article. */
static void
resolve_speakers (FdCompare *cmp, const FdEntitySet *set)
{
  for (guint i = 0; i < cmp->claims->len; i++)
    {
      FdClaim *c = cmp->claims->pdata[i];
      const char *canon;
      if ((c->type != FD_CLAIM_QUOTE && c->type != FD_CLAIM_PARAPHRASE)
          || !c->speaker || c->speaker_entity)
        continue;
      canon = fd_entity_set_canonical_in_doc (set, c->doc, c->speaker);
      if (canon)
        c->speaker_entity = g_strdup (canon);
    }
}

/* Entities written more than one way, for the reports' name variants.
 * A group's name and variants go in one block, which its arrays point
 * into: a collection has a hundred thousand such entities. */
static void
collect_names (FdCompare *cmp, const FdEntitySet *set)
{
  for (guint i = 0; i < fd_entity_set_size (set); i++)
    {
      const FdEntity *e = fd_entity_set_get (set, i);
      FdNameGroup *n;
      gsize size;
      char *p;
      if (e->n_variants < 2)
        continue;
      size = strlen (e->name) + 1;
      for (guint v = 0; v < e->n_variants; v++)
        size += strlen (e->variants[v].text) + 1;
      n = g_new0 (FdNameGroup, 1);
      n->strings = p = g_malloc (size);
      n->name = p;
      p = g_stpcpy (p, e->name) + 1;
      n->kind = fd_entity_kind_name (e->kind);
      n->variants = g_ptr_array_new_full (e->n_variants, NULL);
      n->misspellings = g_ptr_array_new ();
      for (guint v = 0; v < e->n_variants; v++)
        {
          g_ptr_array_add (n->variants, p);
          if (e->variants[v].misspelling)
            g_ptr_array_add (n->misspellings, p);
          p = g_stpcpy (p, e->variants[v].text) + 1;
        }
      g_ptr_array_sort (n->variants, (GCompareFunc)g_strcmp0_ptr);
      g_ptr_array_add (cmp->names, n);
    }
}

/* names_by_doc's walk over the mentions, entity by entity. */
typedef struct
{
  const FdEntitySet *set;
  GHashTable *by_id;  /* document id -> FdDoc* */
  GHashTable *by_doc; /* the result */
  guint entity;       /* of the run of mentions being read */
  const char *doc;    /* the document of that run, or NULL */
} NamesWalk;

static void
names_walk (guint entity, const FdEntityMention *m, gpointer data)
{
  NamesWalk *w = data;
  FdDoc *d;
  GHashTable *names;

  /* An entity's mentions come document by document: look the document up
   * once per run of them. */
  if (entity == w->entity && m->doc == w->doc && w->doc)
    return;
  w->entity = entity;
  w->doc = m->doc;
  d = g_hash_table_lookup (w->by_id, m->doc);
  names = d ? g_hash_table_lookup (w->by_doc, d) : NULL;
  if (names)
    g_hash_table_add (names,
                      (gpointer)fd_entity_set_get (w->set, entity)->name);
}

/* The entity names each document mentions: FdDoc* -> set of names
 * (borrowed from @set), for telling stories apart. */
static GHashTable *
names_by_doc (FdCompare *cmp, const FdEntitySet *set)
{
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  NamesWalk w = { set, by_id, NULL, G_MAXUINT, NULL };

  w.by_doc = g_hash_table_new_full (NULL, NULL, NULL,
                                    (GDestroyNotify)g_hash_table_unref);
  for (guint i = 0; i < cmp->docs->len; i++)
    {
      FdDoc *d = cmp->docs->pdata[i];
      g_hash_table_insert (by_id, d->id, d);
      g_hash_table_insert (w.by_doc, d,
                           g_hash_table_new (g_str_hash, g_str_equal));
    }
  fd_entity_set_foreach_mention (set, names_walk, &w);
  return w.by_doc;
}

/* The per-document work of compare.  Each document has two tasks on one
 * pool: its names (entity mentions, titled name tokens) and its claims.
 * Every names task is queued before any claims task, so that the calling
 * thread can resolve the entities while the pool extracts the claims.
 * Results stay with their document and are added in document order, so
 * they are the same for every thread count. */
typedef struct
{
  const FdDoc *doc;
  FdClaim **claims; /* n_claims of them, owned until moved into the
                       result */
  guint n_claims;
  FdEntityScan *entities; /* owned until added to the entity set */
  GPtrArray *people;      /* fd_people_scan_doc, owned until added */
  gboolean names_done;    /* entities and people are set (under lock) */
} DocTask;

/* Where the claims of every document are packed: regions of a megabyte,
 * carved in turn under a lock (once per document).  The claims are kept
 * to the end; made among the extractors' temporaries, they kept the
 * pages they sat in from going back to the system. */
typedef struct
{
  GMutex lock;
  GPtrArray *regions; /* (owned) until moved into FdCompare.claim_blocks */
  char *next;         /* free room in the last region */
  gsize left;
} ClaimStore;

/* @size bytes from @s, aligned as malloc aligns (any thread). */
static gpointer
claim_store_alloc (ClaimStore *s, gsize size)
{
  gpointer p;

  g_mutex_lock (&s->lock);
  p = region_carve (s->regions, &s->next, &s->left, size);
  g_mutex_unlock (&s->lock);
  return p;
}

typedef struct
{
  DocTask *tasks; /* one per document */
  guint n;
  GThreadPool *pool; /* NULL: everything on the calling thread */
  FdDedup *dedup;    /* the duplicates, found first (the caller takes
                        them) */
  GMutex lock;
  GCond names_done; /* a task's names_done was set */
  ClaimStore claims;
} Work;

static void
names_task (DocTask *t)
{
  t->entities = fd_entity_scan_doc (t->doc);
  t->people = fd_people_scan_doc (t->doc);
}

/* The claims of one document, packed together in @w's store, and an
 * array of exactly their number: they are kept to the end, a million of
 * them at 100,000 articles, and their strings are a few bytes each. */
static void
claims_task (Work *w, DocTask *t)
{
  g_autoptr (GPtrArray) claims = g_ptr_array_new ();
  FdClaim **c;

  fd_claims_extract (t->doc, claims);
  c = (FdClaim **)claims->pdata;
  if (claims->len)
    fd_claim_pack_into (
        c, claims->len,
        claim_store_alloc (&w->claims, fd_claim_pack_size (c, claims->len)));
  t->n_claims = claims->len;
  t->claims = g_memdup2 (claims->pdata, claims->len * sizeof (FdClaim *));
}

/* A pool job is 1 + 2 * document + (0 for names, 1 for claims). */
static void
work_job (gpointer data, gpointer user_data)
{
  Work *w = user_data;
  guint job = GPOINTER_TO_UINT (data) - 1;
  DocTask *t = &w->tasks[job / 2];

  if (job % 2)
    {
      claims_task (w, t);
      return;
    }
  names_task (t);
  g_mutex_lock (&w->lock);
  t->names_done = TRUE;
  g_cond_signal (&w->names_done);
  g_mutex_unlock (&w->lock);
}

/* Starts the work on @cmp's documents.  The collection's duplicates are
 * found first, on every thread: what dedup allocates on the way is free
 * again before the names and claims are made, so a run peaks at the larger
 * of the two rather than their sum.  Then, with more than one thread, the
 * per-document work goes to a pool; with one, the names wait for
 * work_names and the claims for work_finish. */
static void
work_start (Work *w, FdCompare *cmp, guint threads)
{
  FdDedupOptions dopts;

  fd_dedup_options_init (&dopts);
  dopts.threads = threads;
  w->dedup = fd_dedup_run (cmp->docs, &dopts);
  trim_memory ();
  w->n = cmp->docs->len;
  w->tasks = g_new0 (DocTask, w->n);
  g_mutex_init (&w->lock);
  g_cond_init (&w->names_done);
  g_mutex_init (&w->claims.lock);
  w->claims.regions = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < w->n; i++)
    w->tasks[i].doc = cmp->docs->pdata[i];
  if (threads <= 1 || w->n <= 1)
    return;
  w->pool = g_thread_pool_new (work_job, w, (gint)MIN (threads, w->n), FALSE,
                               NULL);
  for (guint i = 0; i < w->n; i++)
    g_thread_pool_push (w->pool, GUINT_TO_POINTER (1 + 2 * i), NULL);
  for (guint i = 0; i < w->n; i++)
    g_thread_pool_push (w->pool, GUINT_TO_POINTER (2 + 2 * i), NULL);
}

/* Adds the names of every document, in document order, to @entities and
 * @people (GPtrArray* of name tokens per document), each as soon as it is
 * read (on one thread: read here), so that few scans wait at a time. */
static void
work_names (Work *w, FdEntitySet *entities, GPtrArray *people)
{
  for (guint i = 0; i < w->n; i++)
    {
      DocTask *t = &w->tasks[i];

      if (!w->pool)
        names_task (t);
      else
        {
          g_mutex_lock (&w->lock);
          while (!t->names_done)
            g_cond_wait (&w->names_done, &w->lock);
          g_mutex_unlock (&w->lock);
        }
      fd_entity_set_add_scan (entities, g_steal_pointer (&t->entities));
      g_ptr_array_add (people, g_steal_pointer (&t->people));
    }
}

/* Waits for (or, on one thread, does) the claims of every document and
 * appends them to cmp->claims in document order.  Frees what work_start
 * made but the duplicates, which the caller takes. */
static void
work_finish (Work *w, FdCompare *cmp)
{
  if (w->pool)
    g_thread_pool_free (w->pool, FALSE, TRUE);
  else
    for (guint i = 0; i < w->n; i++)
      claims_task (w, &w->tasks[i]);
  for (guint i = 0; i < w->n; i++)
    {
      for (guint k = 0; k < w->tasks[i].n_claims; k++)
        g_ptr_array_add (cmp->claims, w->tasks[i].claims[k]);
      g_free (w->tasks[i].claims);
    }
  g_ptr_array_extend_and_steal (cmp->claim_blocks, w->claims.regions);
  g_mutex_clear (&w->claims.lock);
  g_mutex_clear (&w->lock);
  g_cond_clear (&w->names_done);
  g_free (w->tasks);
}

/* Frees the parts of @dd that compare has taken what it needs from (the
 * list of duplicates, the copied passages), or never needs (the pairs),
 * before the names are read: only the near copies and their changes stay,
 * for fd_copies_changed, which may be reading them on another thread. */
static void
dedup_drop_taken (FdDedup *dd)
{
  g_clear_pointer (&dd->groups, g_free);
  dd->n_groups = 0;
  g_clear_pointer (&dd->members, g_free);
  dd->n_members = 0;
  g_clear_pointer (&dd->passages, g_free);
  dd->n_passages = 0;
  g_clear_pointer (&dd->pairs, g_free);
  dd->n_pairs = 0;
}

/* fd_copies_changed's input and output, for a thread of its own. */
typedef struct
{
  const GPtrArray *docs;
  const FdDedup *dedup;
  GPtrArray *groups; /* FdGroup*, owned until moved into the comparison */
} ChangedTask;

static gpointer
changed_task (gpointer data)
{
  ChangedTask *t = data;

  fd_copies_changed (t->docs, t->dedup, t->groups);
  return NULL;
}

FdCompare *
fd_compare_run (GPtrArray *docs, const FdCompareOptions *opts, GError **error)
{
  g_autoptr (FdCompare) cmp = fd_compare_new (docs);
  g_autoptr (FdEntitySet) entities = fd_entity_set_new ();
  g_autoptr (FdDedup) dedup = NULL;
  g_autoptr (FdCopied) copied = NULL;
  g_autofree guint *dedup_story = NULL;
  g_autoptr (GHashTable) names_of = NULL;
  g_autoptr (GHashTable) story = NULL;
  g_autoptr (GPtrArray) people_scans
      = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  guint threads = opts ? opts->threads : 1;
  FdPeople *people;
  Work work = { 0 };
  ChangedTask changed = { 0 };
  GThread *changed_thread;

  if (opts && opts->aliases)
    {
      GError *err = NULL;
      if (!fd_entity_set_load_aliases (entities, opts->aliases, &err))
        {
          g_set_error (error, FD_COMPARE_ERROR, FD_COMPARE_ERROR_ALIASES, "%s",
                       err->message);
          g_error_free (err);
          return NULL;
        }
    }
  /* The duplicates come first.  What compare needs of them is taken at
   * once (the list of duplicates, the copied passages, the dedup stories)
   * and the changed copies are found from them, with threads on a thread
   * of their own while the names are read; then they are freed, before
   * the entities are resolved.  The changed copies' groups follow the
   * aligned ones as on one thread. */
  work_start (&work, cmp, threads);
  dedup = g_steal_pointer (&work.dedup);
  changed.docs = cmp->docs;
  changed.dedup = dedup;
  changed.groups = g_ptr_array_new ();
  changed_thread
      = threads > 1 ? g_thread_new ("changed", changed_task, &changed) : NULL;
  fd_copies_duplicates (cmp, dedup);
  copied = fd_copies_copied (dedup);
  dedup_story = g_steal_pointer (&dedup->story);
  dedup_drop_taken (dedup);
  work_names (&work, entities, people_scans);
  if (changed_thread)
    g_thread_join (changed_thread);
  else
    changed_task (&changed);
  /* Their topics ("copied text — number") are a handful. */
  for (guint i = 0; i < changed.groups->len; i++)
    fd_compare_share_topic (cmp, changed.groups->pdata[i]);
  g_clear_pointer (&dedup, fd_dedup_free);
  /* The entities need only the names: they are resolved while the claims
   * are still being extracted. */
  fd_entity_set_resolve (entities);
  /* What resolving made for itself (tens of megabytes at 100k articles)
   * goes back, rather than stay resident while the claims are still
   * being made on other threads, in memory of their own. */
  trim_memory ();
  collect_names (cmp, entities);
  people = fd_people_learn_scanned (people_scans, entities);
  g_clear_pointer (&people_scans, g_ptr_array_unref);
  if (cmp->docs->len <= FD_COPIES_NAMES_MAX)
    names_of = names_by_doc (cmp, entities);
  work_finish (&work, cmp);
  resolve_speakers (cmp, entities);
  story = fd_copies_stories (cmp, dedup_story, names_of);
  /* The names (borrowed from the entities) and the entities are not
   * needed past here: their memory goes back before the alignment
   * allocates. */
  g_clear_pointer (&names_of, g_hash_table_unref);
  g_clear_pointer (&entities, fd_entity_set_free);
  trim_memory ();
  fd_align_values (cmp, people, story, threads);
  fd_align_quotes (cmp, people, story);
  fd_people_free (people);
  g_ptr_array_extend_and_steal (cmp->groups, changed.groups);
  fd_copies_independence (cmp, copied);
  fd_compare_finish (cmp);
  return g_steal_pointer (&cmp);
}

/* Frees @cmp's groups and their array.  The shared topics are the
 * table's, not the groups': a set of their addresses tells them from a
 * group's own without hashing every group's topic, and each group is
 * visited once, not once for its topic and again to be freed.  A
 * collection has hundreds of thousands of groups, in report order rather
 * than in memory order, and the process waits for this before it exits. */
static void
free_groups (FdCompare *cmp)
{
  g_autoptr (GHashTable) shared = g_hash_table_new (NULL, NULL);
  GHashTableIter it;
  gpointer topic;

  g_hash_table_iter_init (&it, cmp->topics);
  while (g_hash_table_iter_next (&it, &topic, NULL))
    g_hash_table_add (shared, topic);
  for (guint i = 0; i < cmp->groups->len; i++)
    {
      FdGroup *g = cmp->groups->pdata[i];
      if (g->topic && g_hash_table_contains (shared, g->topic))
        g->topic = NULL;
      group_free (g);
    }
  g_ptr_array_set_free_func (cmp->groups, NULL);
  g_ptr_array_unref (cmp->groups);
}

void
fd_compare_free (FdCompare *cmp)
{
  if (!cmp)
    return;
  g_ptr_array_unref (cmp->docs);
  /* The groups first: a member's value may be its claim's. */
  free_groups (cmp);
  g_ptr_array_unref (cmp->claims);
  g_ptr_array_unref (cmp->claim_blocks);
  g_ptr_array_unref (cmp->duplicates);
  g_ptr_array_unref (cmp->names);
  g_hash_table_unref (cmp->topics);
  g_free (cmp->duplicate_block);
  g_free (cmp);
}
