/* copies.c - see copies.h. */
#include "compare/copies.h"

#include "compare/wdiff.h"

#include <string.h>

/* Severity of a changed fact, by what kind of token changed. */
static double
fact_severity (guint facts)
{
  if (facts & (FD_DEDUP_FACT_NUMBER | FD_DEDUP_FACT_DATE))
    return 0.6;
  if (facts & FD_DEDUP_FACT_NAME && !(facts & FD_DEDUP_FACT_CREDIT))
    return 0.4;
  return 0.3;
}

static const char *
fact_word (guint facts)
{
  if (facts & FD_DEDUP_FACT_CREDIT)
    return "credit";
  if (facts & FD_DEDUP_FACT_NUMBER)
    return "number";
  if (facts & FD_DEDUP_FACT_DATE)
    return "date";
  return "name";
}

/* TRUE when the two byte ranges hold the same words, ignoring case. */
static gboolean
same_words (const FdDoc *a, gsize as, gsize ae, const FdDoc *b, gsize bs,
            gsize be)
{
  return ae - as == be - bs
         && g_ascii_strncasecmp (a->text + as, b->text + bs, ae - as) == 0;
}

void
fd_copies_changed (const GPtrArray *docs, const FdDedup *dd, GPtrArray *out)
{
  g_autoptr (GHashTable) seen
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The changed words of each pair in turn: most pairs have none, and
   * there are tens of thousands of pairs. */
  g_autoptr (GString) va = g_string_new (NULL);
  g_autoptr (GString) vb = g_string_new (NULL);
  g_autoptr (GString) what = g_string_new (NULL);

  for (guint i = 0; i < dd->n_near; i++)
    {
      const FdDedupNear *nr = &dd->near[i];
      const FdDoc *a = docs->pdata[nr->a.doc];
      const FdDoc *b = docs->pdata[nr->b.doc];
      g_autofree char *sa = NULL, *sb = NULL, *topic = NULL;
      guint facts = 0;
      double severity = 0;
      FdGroup *g;

      if (nr->kind == FD_DEDUP_WITHIN || nr->kind == FD_DEDUP_BOILERPLATE)
        continue;
      g_string_truncate (va, 0);
      g_string_truncate (vb, 0);
      g_string_truncate (what, 0);
      for (guint k = 0; k < nr->n_changes; k++)
        {
          const FdDedupChange *ch = &dd->changes[nr->first_change + k];
          /* Only substitutions: words left out or added in a copy are
           * editing, a different number or credit is a different fact. */
          if (!ch->facts || ch->a_end == ch->a_start
              || ch->b_end == ch->b_start
              || same_words (a, ch->a_start, ch->a_end, b, ch->b_start,
                             ch->b_end))
            continue;
          facts |= ch->facts;
          severity = MAX (severity, fact_severity (ch->facts));
          if (va->len)
            {
              g_string_append (va, "; ");
              g_string_append (vb, "; ");
              g_string_append (what, "; ");
            }
          g_string_append_len (va, a->text + ch->a_start,
                               (gssize)(ch->a_end - ch->a_start));
          g_string_append_len (vb, b->text + ch->b_start,
                               (gssize)(ch->b_end - ch->b_start));
          g_string_append_printf (
              what, "%.*s -> %.*s (%s)", (int)(ch->a_end - ch->a_start),
              a->text + ch->a_start, (int)(ch->b_end - ch->b_start),
              b->text + ch->b_start, fact_word (ch->facts));
        }
      if (!facts)
        continue;
      {
        /* A caption repeated in one article pairs twice with its copy:
         * one finding is enough. */
        char *key
            = g_strdup_printf ("%u:%" G_GSIZE_FORMAT ":%s|%u:%s", nr->a.doc,
                               nr->a.start, va->str, nr->b.doc, vb->str);
        if (!g_hash_table_add (seen, key))
          continue;
      }
      topic = g_strconcat ("copied text — ", fact_word (facts), NULL);
      g = fd_group_new ("passage", topic, FD_VERDICT_CHANGED);
      g->severity = severity;
      g->note = g_strdup_printf ("near-identical text (similarity %.2f) "
                                 "with changed words: %s",
                                 nr->similarity, what->str);
      sa = g_strndup (a->text + nr->a.start, nr->a.end - nr->a.start);
      sb = g_strndup (b->text + nr->b.start, nr->b.end - nr->b.start);
      g->diff = fd_wdiff (sa, sb);
      fd_group_add_span (g, a, nr->a.start, nr->a.end, va->str);
      fd_group_add_span (g, b, nr->b.start, nr->b.end, vb->str);
      fd_group_finish (g);
      g_ptr_array_add (out, g);
    }
}

static const char *
kind_name (FdDedupKind k)
{
  switch (k)
    {
    case FD_DEDUP_WITHIN:
      return "within";
    case FD_DEDUP_BOILERPLATE:
    case FD_DEDUP_SAME_OUTLET:
      return "outlet";
    default:
      return "copied";
    }
}

/* A new duplicate for @cmp: the next of @block (room for all of them)
 * or, without one, a duplicate of its own. */
static FdDuplicate *
new_duplicate (FdCompare *cmp, FdDuplicate *block)
{
  FdDuplicate *d
      = block ? &block[cmp->duplicates->len] : g_new0 (FdDuplicate, 1);

  g_ptr_array_add (cmp->duplicates, d);
  return d;
}

void
fd_copies_duplicates (FdCompare *cmp, const FdDedup *dd)
{
  FdDuplicate *block = NULL;
  guint n = dd->n_passages;

  /* Half a million at 100k articles: one block, sized exactly, unless
   * cmp holds duplicates of its own already. */
  for (guint i = 0; i < dd->n_groups; i++)
    if (dd->groups[i].kind == FD_DEDUP_WITHIN && dd->groups[i].n > 1)
      n += dd->groups[i].n - 1;
  if (cmp->duplicates->len == 0 && !cmp->duplicate_block && n > 0)
    {
      block = cmp->duplicate_block = g_new0 (FdDuplicate, n);
      g_ptr_array_set_free_func (cmp->duplicates, NULL);
    }
  for (guint i = 0; i < dd->n_groups; i++)
    {
      const FdDedupGroup *g = &dd->groups[i];
      const FdDedupSpan *first = &dd->members[g->first];
      if (g->kind != FD_DEDUP_WITHIN)
        continue; /* across articles, the passages say it */
      for (guint m = 1; m < g->n; m++)
        {
          const FdDedupSpan *other = &dd->members[g->first + m];
          FdDuplicate *d = new_duplicate (cmp, block);
          d->kind = "within";
          d->similarity = 1;
          d->a = cmp->docs->pdata[first->doc];
          d->a_start = first->start;
          d->a_end = first->end;
          d->b = cmp->docs->pdata[other->doc];
          d->b_start = other->start;
          d->b_end = other->end;
        }
    }
  for (guint i = 0; i < dd->n_passages; i++)
    {
      const FdDedupPassage *p = &dd->passages[i];
      FdDuplicate *d = new_duplicate (cmp, block);
      d->kind = kind_name (p->kind);
      d->similarity = p->similarity;
      d->a = cmp->docs->pdata[p->a.doc];
      d->a_start = p->a.start;
      d->a_end = p->a.end;
      d->b = cmp->docs->pdata[p->b.doc];
      d->b_start = p->b.start;
      d->b_end = p->b.end;
    }
}

static guint
uf_find (guint *parent, guint i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

static void
uf_union (guint *parent, guint a, guint b)
{
  a = uf_find (parent, a);
  b = uf_find (parent, b);
  if (a != b)
    parent[MAX (a, b)] = MIN (a, b);
}

/* Index of @doc in cmp->docs (which is sorted by id). */
static guint
doc_index (const FdCompare *cmp, const FdDoc *doc)
{
  guint lo = 0, hi = cmp->docs->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int r = strcmp (((const FdDoc *)cmp->docs->pdata[mid])->id, doc->id);
      if (r == 0)
        return mid;
      if (r < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return G_MAXUINT;
}

static guint64
doc_pair (guint a, guint b)
{
  return a < b ? (guint64)a << 32 | b : (guint64)b << 32 | a;
}

/* One copied passage: the two spans, by document index. */
typedef struct
{
  guint64 pair; /* doc_pair (a_doc, b_doc): the sort key */
  guint a_doc, b_doc;
  gsize a_start, a_end, b_start, b_end;
} Copy;

struct _FdCopied
{
  Copy *copies; /* n of them, sorted by pair */
  guint n;
};

static int
copy_cmp (const void *a, const void *b)
{
  const Copy *x = a, *y = b;

  return x->pair < y->pair ? -1 : x->pair > y->pair;
}

FdCopied *
fd_copies_copied (const FdDedup *dd)
{
  FdCopied *c = g_new0 (FdCopied, 1);
  guint n = 0;

  for (guint i = 0; i < dd->n_passages; i++)
    if (dd->passages[i].kind != FD_DEDUP_WITHIN
        && dd->passages[i].kind != FD_DEDUP_BOILERPLATE)
      n++;
  c->copies = g_new (Copy, MAX (n, 1));
  for (guint i = 0; i < dd->n_passages; i++)
    {
      const FdDedupPassage *p = &dd->passages[i];
      if (p->kind == FD_DEDUP_WITHIN || p->kind == FD_DEDUP_BOILERPLATE)
        continue;
      c->copies[c->n++] = (Copy){ doc_pair (p->a.doc, p->b.doc),
                                  p->a.doc,
                                  p->b.doc,
                                  p->a.start,
                                  p->a.end,
                                  p->b.start,
                                  p->b.end };
    }
  /* Which passage of a pair comes first does not matter: a member pair
   * asks whether any of them covers it. */
  qsort (c->copies, c->n, sizeof *c->copies, copy_cmp);
  return c;
}

void
fd_copies_copied_free (FdCopied *copied)
{
  if (!copied)
    return;
  g_free (copied->copies);
  g_free (copied);
}

/* TRUE when a passage between the two documents covers both spans. */
static gboolean
copied_between (const FdCopied *c, guint da, gsize as, guint db, gsize bs)
{
  guint64 k = doc_pair (da, db);
  guint lo = 0, hi = c->n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (c->copies[mid].pair < k)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint x = lo; x < c->n && c->copies[x].pair == k; x++)
    {
      const Copy *p = &c->copies[x];
      if (p->a_doc == da && p->b_doc == db && as >= p->a_start && as < p->a_end
          && bs >= p->b_start && bs < p->b_end)
        return TRUE;
      if (p->a_doc == db && p->b_doc == da && bs >= p->a_start && bs < p->a_end
          && as >= p->b_start && as < p->b_end)
        return TRUE;
    }
  return FALSE;
}

void
fd_copies_independence (FdCompare *cmp, const FdCopied *copied)
{
  for (guint gi = 0; gi < cmp->groups->len; gi++)
    {
      FdGroup *g = cmp->groups->pdata[gi];
      guint n = g->members->len, families = 0;
      /* Most groups have a few members: room on the stack for them, and
       * each member's document index found once, not once per pair. */
      guint small[2][32];
      guint *parent, *doc;

      if (g->n_outlets < 2 || strcmp (g->type, "passage") == 0)
        continue;
      parent = n <= G_N_ELEMENTS (small[0]) ? small[0] : g_new (guint, n);
      doc = n <= G_N_ELEMENTS (small[1]) ? small[1] : g_new (guint, n);
      for (guint i = 0; i < n; i++)
        {
          parent[i] = i;
          doc[i]
              = doc_index (cmp, ((const FdMember *)g->members->pdata[i])->doc);
        }
      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          {
            const FdMember *x = g->members->pdata[i];
            const FdMember *y = g->members->pdata[j];
            if (strcmp (x->doc->outlet, y->doc->outlet) == 0
                || copied_between (copied, doc[i], x->start, doc[j], y->start))
              uf_union (parent, i, j);
          }
      /* Count the copy-families that hold at least one outlet: one root
       * each. */
      for (guint i = 0; i < n; i++)
        if (uf_find (parent, i) == i)
          families++;
      g->n_independent = MIN (families, g->n_outlets);
      if (parent != small[0])
        g_free (parent);
      if (doc != small[1])
        g_free (doc);
    }
}

/* Joins every two articles whose sets of names (@names_of: FdDoc* -> set
 * of names) have a Jaccard of at least 0.2.  The pairs that share a name
 * are found through an inverted index, so articles with nothing in common
 * cost nothing. */
static void
join_by_names (FdCompare *cmp, GHashTable *names_of, guint *parent)
{
  guint n = cmp->docs->len;
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) postings
      = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autofree guint *size = g_new0 (guint, n);
  g_autofree guint *shared = g_new0 (guint, n);
  g_autofree guint *touched = g_new (guint, n);

  /* Postings: name id -> the articles naming it, in article order. */
  for (guint i = 0; i < n; i++)
    {
      GHashTable *names = g_hash_table_lookup (names_of, cmp->docs->pdata[i]);
      GHashTableIter it;
      gpointer key, id;
      if (!names)
        continue;
      size[i] = g_hash_table_size (names);
      g_hash_table_iter_init (&it, names);
      while (g_hash_table_iter_next (&it, &key, NULL))
        {
          if (!g_hash_table_lookup_extended (ids, key, NULL, &id))
            {
              id = GUINT_TO_POINTER (postings->len);
              g_hash_table_insert (ids, key, id);
              g_ptr_array_add (postings,
                               g_array_new (FALSE, FALSE, sizeof (guint)));
            }
          g_array_append_val (postings->pdata[GPOINTER_TO_UINT (id)], i);
        }
    }
  /* Each article counts the names it shares with every later one. */
  for (guint i = 0; i < n; i++)
    {
      GHashTable *names = g_hash_table_lookup (names_of, cmp->docs->pdata[i]);
      GHashTableIter it;
      gpointer key;
      guint n_touched = 0;
      if (!names)
        continue;
      g_hash_table_iter_init (&it, names);
      while (g_hash_table_iter_next (&it, &key, NULL))
        {
          const GArray *docs
              = postings
                    ->pdata[GPOINTER_TO_UINT (g_hash_table_lookup (ids, key))];
          for (guint k = 0; k < docs->len; k++)
            {
              guint j = g_array_index (docs, guint, k);
              if (j <= i)
                continue;
              if (shared[j]++ == 0)
                touched[n_touched++] = j;
            }
        }
      for (guint k = 0; k < n_touched; k++)
        {
          guint j = touched[k], both = shared[j];
          shared[j] = 0;
          if ((double)both / (size[i] + size[j] - both) >= 0.2)
            uf_union (parent, i, j);
        }
    }
}

GHashTable *
fd_copies_stories (FdCompare *cmp, const guint *dedup_story,
                   GHashTable *names_of)
{
  guint n = cmp->docs->len;
  g_autofree guint *parent = g_new (guint, n);
  g_autofree guint *story_no = g_new (guint, n);
  GHashTable *story = g_hash_table_new (NULL, NULL);
  guint next = 0;

  for (guint i = 0; i < n; i++)
    {
      parent[i] = i;
      story_no[i] = G_MAXUINT;
    }
  if (dedup_story)
    {
      /* Each article joins the previous one of its dedup story. */
      g_autofree guint *last = g_new (guint, n);
      for (guint i = 0; i < n; i++)
        last[i] = G_MAXUINT;
      for (guint i = 0; i < n; i++)
        {
          guint s = dedup_story[i];
          if (s < n && last[s] != G_MAXUINT)
            uf_union (parent, last[s], i);
          if (s < n)
            last[s] = i;
        }
    }
  /* Articles about one event that share no wording still name the same
   * people and places.  Pairwise, so only for collections small enough;
   * large ones rely on shared text alone. */
  if (names_of && n <= FD_COPIES_NAMES_MAX)
    join_by_names (cmp, names_of, parent);
  for (guint i = 0; i < n; i++)
    {
      guint r = uf_find (parent, i);
      if (story_no[r] == G_MAXUINT)
        story_no[r] = next++;
      g_hash_table_insert (story, cmp->docs->pdata[i],
                           GUINT_TO_POINTER (story_no[r] + 1));
    }
  return story;
}
