/* align.c - see align.h. */
#include "compare/align.h"

#include "claims/number.h"
#include "compare/value.h"
#include "compare/wdiff.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* One value claim, while its story is clustered. */
typedef struct
{
  const FdClaim *claim;
  const FdContext *ctx; /* while the story is clustered; else NULL */
  FdRange range;
  const char *unit; /* numbers: unit_key (claim->unit), made once rather
                       than for every pair and once per spelling (borrowed
                       from the story task's table, or static ""); else
                       NULL */
  guint id;         /* index in cmp->claims */
  guint story;      /* 0 when stories are not known */
  guint cluster;    /* union-find parent */
  guint next;       /* next member of the same cluster, or G_MAXUINT;
                       the root heads the list */
  guint last;       /* at a root: the cluster's last member */
} Item;

typedef struct
{
  guint a, b;
  double score;
} Pair;

/* Claim types compared as values, each with its own pool. */
static gboolean
is_value_type (FdClaimType t)
{
  return t == FD_CLAIM_DURATION || t == FD_CLAIM_DATE || t == FD_CLAIM_TIME
         || t == FD_CLAIM_NUMBER;
}

static gboolean
has_digit (const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_isdigit (s[i]))
      return TRUE;
  return FALSE;
}

/* Units compare in the number extractor's singular form. */
static char *
unit_key (const char *unit)
{
  return unit ? fd_number_unit_key (unit) : g_strdup ("");
}

/* How strongly two claims seem to speak of the same fact; < 0 when they
 * cannot.  Dates and durations need a named event in common; numbers need
 * the same counted noun. */
static double
link_score (const Item *x, const Item *y)
{
  const FdClaim *a = x->claim, *b = y->claim;
  double sim, score;

  if (a->type != b->type || x->story != y->story)
    return -1;
  if ((a->anchor != NULL) != (b->anchor != NULL))
    return -1;
  if (a->anchor
      && (!x->ctx->anchor_event || !y->ctx->anchor_event
          || strcmp (x->ctx->anchor_event, y->ctx->anchor_event) != 0))
    return -1;
  /* Who took part tells events apart; what a number counts does not
   * depend on who is named beside it. */
  if (a->type != FD_CLAIM_NUMBER
      && !fd_context_people_compatible (x->ctx, y->ctx))
    return -1;
  if (a->type == FD_CLAIM_NUMBER)
    {
      if (!*x->unit || strcmp (x->unit, y->unit) != 0)
        return -1;
      sim = fd_context_word_similarity (x->ctx, y->ctx);
      score = 1 + sim;
      /* The event near a number is a weak hint (a deal, talks about the
       * deal): different events only need more words in common. */
      if (x->ctx->event && y->ctx->event
          && strcmp (x->ctx->event, y->ctx->event) != 0 && sim < 0.25
          && fd_value_distance (x->range, y->range) > 0)
        return -1;
    }
  else
    {
      if (!x->ctx->event || !y->ctx->event)
        return -1;
      if (strcmp (x->ctx->event, y->ctx->event) != 0)
        return -1;
      sim = fd_context_word_similarity (x->ctx, y->ctx);
      score = 1 + sim + (x->ctx->event_near && y->ctx->event_near ? 0.5 : 0);
    }
  return score;
}

/* Values so far apart that they cannot be two reports of one fact: "more
 * than two years" is not a wrong length of 40-minute talks, it is another
 * span of time; "$2 million" is not a misreported "$3.5 billion".  Within
 * a factor of 12 (three hours against fifteen minutes) or a month of each
 * other, two values may still be one fact told differently. */
static gboolean
too_far_apart (const Item *x, const Item *y)
{
  double a = x->range.point, b = y->range.point;

  if (x->range.scale > 0)
    return fabs (a - b) > 31;
  if (a <= 0 || b <= 0)
    return FALSE;
  return MAX (a, b) / MIN (a, b) > 12;
}

/* Whether @x and @y may sit in one group at all.  Two claims of one
 * article may only share a group when they say the same thing: an article
 * that gives two values for one fact is more likely speaking of two
 * facts. */
static gboolean
basic_ok (const Item *x, const Item *y)
{
  if (link_score (x, y) < 0 || too_far_apart (x, y))
    return FALSE;
  if (x->claim->doc == y->claim->doc)
    return fd_value_distance (x->range, y->range) == 0;
  return TRUE;
}

/* A conflict needs firmer ground than an agreement: for dates and
 * durations the event named in both sentences and some shared words; for
 * numbers, shared words right around them. */
static gboolean
strong_conflict (const Item *x, const Item *y)
{
  if (x->claim->type == FD_CLAIM_NUMBER)
    return fd_context_near_similarity (x->ctx, y->ctx) >= 0.15
           || fd_context_word_similarity (x->ctx, y->ctx) >= 0.25;
  /* Spans of years are seldom the length of the same thing twice ("the
   * first visit in three years", "more than a decade of talks"): they may
   * agree, but not conflict. */
  if (x->claim->type == FD_CLAIM_DURATION
      && MAX (x->range.point, y->range.point) >= 365 * 86400.0)
    return FALSE;
  return x->ctx->event_near && y->ctx->event_near
         && fd_context_word_similarity (x->ctx, y->ctx) >= 0.08;
}

static gboolean
compatible (const Item *x, const Item *y)
{
  return fd_value_distance (x->range, y->range) == 0;
}

static guint
find (Item *items, guint i)
{
  while (items[i].cluster != i)
    i = items[i].cluster = items[items[i].cluster].cluster;
  return i;
}

static gint
guint_cmp (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;
  return x < y ? -1 : x > y;
}

static gint
pair_cmp (gconstpointer a, gconstpointer b)
{
  const Pair *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

/* Dates told from different time zones may be a day apart: widen a date
 * by a day when the two articles' zones differ or one is unknown. */
static gboolean
zones_differ (const FdDoc *a, const FdDoc *b)
{
  return strcmp (a->tz, b->tz) != 0 || !*a->tz;
}

static const char *
topic_aspect (FdClaimType t)
{
  switch (t)
    {
    case FD_CLAIM_DURATION:
      return "length";
    case FD_CLAIM_DATE:
      return "date";
    case FD_CLAIM_TIME:
      return "time";
    default:
      return "count";
    }
}

/* The topic of a group whose first item is @it.  Made for every group,
 * so joined from its pieces rather than printed. */
static char *
topic_for (const Item *it)
{
  const FdClaim *c = it->claim;

  if (c->type == FD_CLAIM_NUMBER && c->unit && strlen (c->unit) == 3
      && g_ascii_isupper (c->unit[0]) && g_ascii_isupper (c->unit[2]))
    return g_strconcat ("amount in ", c->unit, NULL); /* a currency */
  if (c->type == FD_CLAIM_NUMBER && fd_number_is_ordinal (c))
    return g_strconcat (strchr (c->unit, ':') ? strchr (c->unit, ':') + 1
                                              : "ordinal",
                        " — rank", NULL);
  if (c->type == FD_CLAIM_NUMBER)
    return g_strconcat (c->unit ? c->unit : "number", " — ",
                        it->ctx->event_word ? it->ctx->event_word : "count",
                        NULL);
  if (c->anchor && it->ctx->event_word && it->ctx->anchor_event)
    return g_strconcat (it->ctx->event_word, " — time since ",
                        it->ctx->anchor_event, NULL);
  /* An anchor of no known event class keeps its own words ("after the
   * gala"): such a claim is never aligned with another, so they name
   * its one member's anchor exactly. */
  if (c->anchor && it->ctx->event_word)
    return g_strconcat (it->ctx->event_word, " — ", c->anchor, NULL);
  return g_strconcat (it->ctx->event_word ? it->ctx->event_word : "event",
                      " — ", topic_aspect (c->type), NULL);
}

/* Judges one cluster (member indexes in @idx) and adds its group, made
 * in @room (fd_group_size (idx->len) bytes). */
static void
judge (GPtrArray *out, Item *items, GArray *idx, gpointer room)
{
  FdVerdict v;
  const Item *first = &items[g_array_index (idx, guint, 0)];
  g_autofree char *topic = topic_for (first);
  double worst = 0;
  gboolean tz_note = FALSE, several_outlets = FALSE;
  FdGroup *g;

  for (guint i = 0; i < idx->len; i++)
    {
      const Item *x = &items[g_array_index (idx, guint, i)];
      /* Whether there are two outlets is all the verdict needs: no set
       * of them for each of the collection's groups. */
      several_outlets
          = several_outlets
            || strcmp (x->claim->doc->outlet, first->claim->doc->outlet) != 0;
      for (guint j = i + 1; j < idx->len; j++)
        {
          const Item *y = &items[g_array_index (idx, guint, j)];
          double d = fd_value_distance (x->range, y->range);
          if (d > 0 && x->range.scale > 0
              && zones_differ (x->claim->doc, y->claim->doc))
            {
              FdRange wx = x->range;
              wx.lo -= 1;
              wx.hi += 1;
              if (fd_value_distance (wx, y->range) == 0)
                {
                  d = 0;
                  tz_note = TRUE;
                }
            }
          worst = MAX (worst, d);
        }
    }
  v = !several_outlets ? FD_VERDICT_SINGLE
      : worst > 0      ? FD_VERDICT_CONFLICT
                       : FD_VERDICT_AGREE;
  /* A block holds fewer than 65535 members; a larger group, unheard of,
   * is allocated on its own. */
  g = idx->len < G_MAXUINT16
          ? fd_group_new_at (room, idx->len,
                             fd_claim_type_name (first->claim->type), topic, v)
          : fd_group_new (fd_claim_type_name (first->claim->type), topic, v);
  g->event = first->ctx->event;
  if (g->verdict == FD_VERDICT_CONFLICT)
    g->severity = MAX (worst, 0.05);
  if (tz_note && g->verdict != FD_VERDICT_SINGLE)
    g->note = g_strdup ("dates a day apart, within the time-zone "
                        "difference between the outlets");
  for (guint i = 0; i < idx->len; i++)
    {
      const Item *x = &items[g_array_index (idx, guint, i)];
      fd_group_add_claim (g, x->claim, x->id);
    }
  fd_group_finish (g);
  g_ptr_array_add (out, g);
}

/* Complete linkage: merge two clusters only when every pair across them
 * may share a group, and, while agreements are being gathered
 * (@agreeing), when every pair agrees. */
static gboolean
clusters_linkable (Item *items, guint n, guint ra, guint rb, gboolean agreeing)
{
  (void)n;
  /* Walk the two member lists: |A| x |B| checks, not a scan of all. */
  for (guint i = ra; i != G_MAXUINT; i = items[i].next)
    for (guint j = rb; j != G_MAXUINT; j = items[j].next)
      if (!basic_ok (&items[i], &items[j])
          || (agreeing && !compatible (&items[i], &items[j])))
        return FALSE;
  return TRUE;
}

/* Joins the clusters rooted at @ra and @rb (roots, different). */
static void
join (Item *items, guint ra, guint rb)
{
  guint lo = MIN (ra, rb), hi = MAX (ra, rb);

  items[hi].cluster = lo;
  items[items[lo].last].next = hi;
  items[lo].last = items[hi].last;
}

/* Merges along @pairs, best first. */
static void
merge_pairs (Item *items, guint n, GArray *pairs, gboolean agreeing)
{
  g_array_sort (pairs, pair_cmp);
  for (guint k = 0; k < pairs->len; k++)
    {
      Pair *p = &g_array_index (pairs, Pair, k);
      guint ra = find (items, p->a), rb = find (items, p->b);
      if (ra != rb && clusters_linkable (items, n, ra, rb, agreeing))
        join (items, ra, rb);
    }
}

/* Clusters the @n items of one story and appends a judged group per
 * cluster to @out, made in room from @cmp (under @lock: the groups are
 * kept to the end, and a story's go in one piece). */
static void
cluster_and_judge (GPtrArray *out, Item *items, guint n, FdCompare *cmp,
                   GMutex *lock)
{
  char *room;
  gsize size = 0;
  g_autoptr (GArray) idx = NULL;
  g_autoptr (GArray) agree = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr (GArray) differ = g_array_new (FALSE, FALSE, sizeof (Pair));

  for (guint i = 0; i < n; i++)
    {
      items[i].cluster = i;
      items[i].next = G_MAXUINT;
      items[i].last = i;
    }

  /* First gather the claims that agree, then join agreeing groups where a
   * pair across them is a well-founded conflict: a lone strong link must
   * not decide which of several agreeing reports a conflict sits with. */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        Pair p = { i, j, 0 };
        if (items[i].claim->doc == items[j].claim->doc
            || !basic_ok (&items[i], &items[j]))
          continue;
        p.score = link_score (&items[i], &items[j]);
        if (compatible (&items[i], &items[j]))
          g_array_append_val (agree, p);
        else if (strong_conflict (&items[i], &items[j]))
          g_array_append_val (differ, p);
      }
  merge_pairs (items, n, agree, TRUE);
  merge_pairs (items, n, differ, FALSE);
  /* Same-article repeats of a fact join the group their twin is in. */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (items[i].claim->doc == items[j].claim->doc
          && find (items, i) != find (items, j)
          && link_score (&items[i], &items[j]) >= 0
          && fd_value_distance (items[i].range, items[j].range) == 0
          && strcmp (items[i].claim->value ? items[i].claim->value : "",
                     items[j].claim->value ? items[j].claim->value : "")
                 == 0
          && clusters_linkable (items, n, find (items, i), find (items, j),
                                FALSE))
        {
          join (items, find (items, i), find (items, j));
        }
  for (guint i = 0; i < n; i++)
    if (find (items, i) == i)
      {
        guint k = 0;
        for (guint j = i; j != G_MAXUINT; j = items[j].next)
          k++;
        size += fd_group_size (k);
      }
  g_mutex_lock (lock);
  room = fd_compare_alloc (cmp, MAX (size, 1));
  g_mutex_unlock (lock);
  /* Roots in item order head their member lists (in item order too, as
   * lists are joined lower root first).  One array of member indexes
   * serves every cluster in turn. */
  idx = g_array_sized_new (FALSE, FALSE, sizeof (guint), MIN (n, 64));
  for (guint i = 0; i < n; i++)
    {
      if (find (items, i) != i)
        continue;
      g_array_set_size (idx, 0);
      for (guint j = i; j != G_MAXUINT; j = items[j].next)
        g_array_append_val (idx, j);
      g_array_sort (idx, guint_cmp);
      judge (out, items, idx, room);
      room += fd_group_size (idx->len);
    }
}

static guint
story_of (GHashTable *story, const FdDoc *doc)
{
  return story ? GPOINTER_TO_UINT (g_hash_table_lookup (story, doc)) : 0;
}

/* The day a date group agrees on, or FALSE when its members disagree or
 * are not all dates of one day. */
static gboolean
group_day (const FdGroup *g, double *day)
{
  gboolean any = FALSE;

  if (strcmp (g->type, "date") != 0 || g->verdict == FD_VERDICT_CONFLICT)
    return FALSE;
  for (guint i = 0; i < g->members->len; i++)
    {
      const FdMember *m = g->members->pdata[i];
      FdRange r;
      if (!m->claim || m->claim->type != FD_CLAIM_DATE)
        continue;
      r = fd_value_range (m->claim);
      if (!r.valid || r.hi - r.lo > 0.5)
        continue; /* "earlier this month" agrees, but pins no day */
      if (any && fabs (r.point - *day) > 1.5)
        return FALSE;
      *day = r.point;
      any = TRUE;
    }
  return any;
}

/* The date group about @event in story @story_id, or NULL.  A derived
 * date must rest on an unambiguous anchor: when several groups are about
 * such an event, the one most outlets report wins only if it has at least
 * two and twice as many as any other (two calls on two days, each told by
 * one outlet, give no derivation at all).  A group whose outlets disagree
 * can win, but gives no day: then nothing is derived. */
static FdGroup *
find_event_day (FdCompare *cmp, const char *event, GHashTable *story,
                guint story_id, double *day)
{
  FdGroup *best = NULL;
  guint runner_up = 0;

  for (guint i = 0; i < cmp->groups->len; i++)
    {
      FdGroup *g = cmp->groups->pdata[i];
      if (!g->event || strcmp (g->event, event) != 0
          || strcmp (g->type, "date") != 0
          || story_of (story, ((FdMember *)g->members->pdata[0])->doc)
                 != story_id)
        continue;
      if (!best || g->n_outlets > best->n_outlets)
        {
          runner_up = best ? MAX (runner_up, best->n_outlets) : runner_up;
          best = g;
        }
      else
        runner_up = MAX (runner_up, g->n_outlets);
    }
  if (!best
      || (runner_up
          && (best->n_outlets < 2 || best->n_outlets < 2 * runner_up)))
    return NULL;
  return group_day (best, day) ? best : NULL;
}

/* Anchored durations become dates: "two weeks after she took office" and
 * "took office on February 25" put the event on March 11.  The duration
 * joins the date group of its event with that derived date, and the group
 * is judged again.  Tolerance: a day for time zones, a day more for
 * weeks and months, which reporters round. */
static void
derive_anchored (FdCompare *cmp, const FdPeople *people, GHashTable *story)
{
  for (guint i = 0; i < cmp->claims->len; i++)
    {
      const FdClaim *c = cmp->claims->pdata[i];
      FdContext ctx;
      FdGroup *anchor_g, *event_g;
      double secs, anchor_day = 0, event_day = 0, derived, tol, off;
      char a_buf[11], d_buf[11];
      g_autofree char *words = NULL;
      FdMember *m;
      int sign;

      if (c->type != FD_CLAIM_DURATION || !c->anchor
          || !fd_value_duration_seconds (c->value, &secs) || secs < 86400)
        continue;
      sign = g_str_has_prefix (c->anchor, "after")    ? 1
             : g_str_has_prefix (c->anchor, "since")  ? 1
             : g_str_has_prefix (c->anchor, "before") ? -1
                                                      : 0;
      if (!sign)
        continue;
      fd_context_init (&ctx, c, people);
      /* The event must be named in the claim's own sentence, and differ
       * from the anchor: "a week after the call" needs a second event. */
      if (!ctx.event_near
          || (ctx.anchor_event && strcmp (ctx.event, ctx.anchor_event) == 0))
        {
          fd_context_clear (&ctx);
          continue;
        }
      anchor_g = ctx.event && ctx.anchor_event
                     ? find_event_day (cmp, ctx.anchor_event, story,
                                       story_of (story, c->doc), &anchor_day)
                     : NULL;
      event_g = anchor_g
                    ? find_event_day (cmp, ctx.event, story,
                                      story_of (story, c->doc), &event_day)
                    : NULL;
      fd_context_clear (&ctx);
      if (!event_g)
        continue;
      derived = anchor_day + sign * floor (secs / 86400 + 0.5);
      tol = 1
            + (strchr (c->value, 'W') || strchr (c->value + 1, 'M')
                       || strchr (c->value, 'Y')
                   ? 1
                   : 0)
            + (c->hedge ? 3 : 0);
      off = fabs (derived - event_day);
      /* A derived date is only as good as its anchor: to raise a conflict
       * the anchor must be told by two outlets; otherwise a mismatch is
       * left unsaid rather than risked. */
      if (off > tol && anchor_g->verdict != FD_VERDICT_AGREE)
        continue;
      fd_value_format_day (anchor_day, a_buf);
      fd_value_format_day (derived, d_buf);
      words = g_strndup (c->doc->text + c->start, c->end - c->start);
      fd_group_add_claim (event_g, c, i);
      m = event_g->members->pdata[event_g->members->len - 1];
      g_free (m->display);
      fd_member_set_value (m, g_strdup (d_buf));
      m->display = g_strdup_printf ("%s (\"%s\" %s, %s)", d_buf, words,
                                    c->anchor, a_buf);
      if (off > tol)
        {
          event_g->verdict = FD_VERDICT_CONFLICT;
          event_g->severity = MAX (event_g->severity, MIN (1.0, off / 14));
        }
      else if (off > 0 && !event_g->note)
        event_g->note = g_strdup ("a derived date is a day off, within the "
                                  "rounding of the duration and time zones");
      event_g->n_independent = 0;
      fd_group_finish (event_g);
      if (event_g->verdict == FD_VERDICT_SINGLE && event_g->n_outlets > 1)
        event_g->verdict = FD_VERDICT_AGREE;
    }
}

/* Dates told relative to another event of the story ("the following
 * day", "two days later", "that day") are resolved against the
 * publication date only for want of better; their value cannot be
 * trusted enough to agree or disagree with anything. */
static gboolean
anaphoric (const FdClaim *c)
{
  static const char *const words[] = {
    "following",  "previous",  "preceding", "later", "that day", "same day",
    "day before", "day after", "next day",  "prior", "earlier",
  };
  g_autofree char *t = NULL;

  if (c->type != FD_CLAIM_DATE && c->type != FD_CLAIM_TIME)
    return FALSE;
  t = g_ascii_strdown (c->doc->text + c->start, (gssize)(c->end - c->start));
  if (strstr (t, "this ") || strstr (t, "last ") || strstr (t, "next "))
    return strstr (t, "next day") != NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (t, words[i]))
      return TRUE;
  return FALSE;
}

/* The value pools in the order their groups are made. */
static const FdClaimType pools[]
    = { FD_CLAIM_DURATION, FD_CLAIM_DATE, FD_CLAIM_TIME, FD_CLAIM_NUMBER };

#define N_POOLS G_N_ELEMENTS (pools)

static guint
pool_of (FdClaimType t)
{
  for (guint p = 0; p < N_POOLS; p++)
    if (pools[p] == t)
      return p;
  return N_POOLS;
}

/* A value claim, for parting the claims into stories and pools before
 * any item is made. */
typedef struct
{
  guint story; /* 0 when stories are not known */
  guint pool;
  guint id; /* index in cmp->claims */
} ValueClaim;

/* Story, then pool, then claim order: each story's claims in one run,
 * and within it each pool's. */
static gint
value_claim_cmp (gconstpointer a, gconstpointer b)
{
  const ValueClaim *x = a, *y = b;

  if (x->story != y->story)
    return x->story < y->story ? -1 : 1;
  if (x->pool != y->pool)
    return x->pool < y->pool ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* What every story task reads. */
typedef struct
{
  FdCompare *cmp;
  const FdPeople *people;
  GMutex lock;       /* for fd_compare_share_topic and caches */
  GPtrArray *caches; /* FdContextCache* (owned) that no task is using:
                        one per thread is made, not one per story */
} StoryShared;

/* One story's value claims (every pool's), made into items and clustered
 * on a pool thread into groups of its own. */
typedef struct
{
  const ValueClaim *claims; /* by pool, then claim order */
  guint n;
  GPtrArray *groups;       /* FdGroup*, owned until moved into the
                              comparison: each pool's after the one
                              before's */
  guint pool_end[N_POOLS]; /* end of each pool's groups in groups */
} StoryTask;

/* unit_key (@unit), kept in @units (unit as written -> its key, both
 * owned; made when new), for items that compare units by their bytes: a
 * story has a few units, and a number claim in nearly every sentence, so
 * each spelling's key is made once. */
static const char *
unit_in (GHashTable *units, const char *unit)
{
  char *key;

  if (!unit)
    return ""; /* unit_key's for no unit */
  key = g_hash_table_lookup (units, unit);
  if (!key)
    {
      key = unit_key (unit);
      g_hash_table_insert (units, g_strdup (unit), key);
    }
  return key;
}

/* Fills @it for claim @id, or returns FALSE when the claim has no value
 * to compare ("PXW", "PAST_REF", "the next day").  Its unit is kept in
 * @units. */
static gboolean
item_init (Item *it, FdClaim *const *claims, const ValueClaim *vc,
           GHashTable *units)
{
  const FdClaim *c = claims[vc->id];
  gboolean relative;

  memset (it, 0, sizeof *it);
  it->claim = c;
  it->id = vc->id;
  it->story = vc->story;
  it->range = fd_value_range (c);
  if (!it->range.valid || anaphoric (c))
    return FALSE;
  /* Said without digits: "on Tuesday", "last week". */
  relative = !has_digit (c->doc->text + c->start, c->end - c->start);
  if (relative && c->doc->date_inferred && it->range.scale > 0)
    {
      /* Resolved against a guessed date: hold it loosely. */
      it->range.lo -= 2;
      it->range.hi += 2;
    }
  if (c->type == FD_CLAIM_NUMBER)
    it->unit = unit_in (units, c->unit);
  return TRUE;
}

static gint
guint_item_id_cmp (gconstpointer a, gconstpointer b, gpointer items)
{
  guint x = ((const Item *)items)[*(const guint *)a].id;
  guint y = ((const Item *)items)[*(const guint *)b].id;

  return x < y ? -1 : x > y;
}

/* Makes the items of a story's claims and their contexts, clusters each
 * pool's and frees them: only the stories being clustered have items at
 * any time, rather than every value claim of the collection.  The
 * contexts are made in claim order, whatever the pool, so that a
 * document's claims come together and one cache serves every claim of a
 * sentence. */
static void
story_task (gpointer data, gpointer user_data)
{
  StoryTask *t = data;
  StoryShared *sh = user_data;
  g_autofree Item *items = g_new (Item, MAX (t->n, 1));
  g_autofree FdContext *ctx = NULL;
  g_autofree guint *by_id = NULL;
  g_autoptr (GHashTable) units
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  FdContextCache *cache;
  guint n = 0, lo = 0;

  for (guint i = 0; i < t->n; i++)
    if (item_init (&items[n], (FdClaim *const *)sh->cmp->claims->pdata,
                   &t->claims[i], units))
      n++;
  ctx = g_new (FdContext, MAX (n, 1));
  by_id = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    by_id[i] = i;
  g_qsort_with_data (by_id, (gint)n, sizeof *by_id, guint_item_id_cmp, items);
  g_mutex_lock (&sh->lock);
  cache = sh->caches->len
              ? g_ptr_array_steal_index_fast (sh->caches, sh->caches->len - 1)
              : NULL;
  g_mutex_unlock (&sh->lock);
  if (!cache)
    cache = fd_context_cache_new ();
  for (guint k = 0; k < n; k++)
    {
      Item *it = &items[by_id[k]];
      fd_context_init_cached (&ctx[k], it->claim, sh->people, cache);
      it->ctx = &ctx[k];
    }
  g_mutex_lock (&sh->lock);
  g_ptr_array_add (sh->caches, cache);
  g_mutex_unlock (&sh->lock);
  for (guint p = 0; p < N_POOLS; p++)
    {
      guint hi = lo;
      while (hi < n && pool_of (items[hi].claim->type) == p)
        hi++;
      if (hi > lo)
        cluster_and_judge (t->groups, items + lo, hi - lo, sh->cmp, &sh->lock);
      t->pool_end[p] = t->groups->len;
      lo = hi;
    }
  for (guint i = 0; i < n; i++)
    fd_context_clear (&ctx[i]);
  /* Now, not once every story is done: the groups' own copies would all
   * be there at once. */
  g_mutex_lock (&sh->lock);
  for (guint g = 0; g < t->groups->len; g++)
    fd_compare_share_topic (sh->cmp, t->groups->pdata[g]);
  g_mutex_unlock (&sh->lock);
}

/* Clusters every story's run of the @n value claims @vc (sorted by
 * story, then pool) and appends the groups to @cmp by pool, then story,
 * whatever thread made them. */
static void
cluster_stories (FdCompare *cmp, const ValueClaim *vc, guint n,
                 const FdPeople *people, guint threads)
{
  g_autoptr (GArray) tasks = g_array_new (FALSE, TRUE, sizeof (StoryTask));
  StoryShared sh = { cmp, people, { 0 }, NULL };

  g_mutex_init (&sh.lock);
  sh.caches
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_context_cache_free);
  for (guint lo = 0, hi; lo < n; lo = hi)
    {
      StoryTask t = { &vc[lo], 0, NULL, { 0 } };
      for (hi = lo; hi < n && vc[hi].story == vc[lo].story; hi++)
        ;
      t.n = hi - lo;
      t.groups = g_ptr_array_new ();
      g_array_append_val (tasks, t);
    }
  if (threads > 1 && tasks->len > 1)
    {
      GThreadPool *pool = g_thread_pool_new (
          story_task, &sh, (gint)MIN (threads, tasks->len), FALSE, NULL);
      for (guint k = 0; k < tasks->len; k++)
        g_thread_pool_push (pool, &g_array_index (tasks, StoryTask, k), NULL);
      g_thread_pool_free (pool, FALSE, TRUE);
    }
  else
    for (guint k = 0; k < tasks->len; k++)
      story_task (&g_array_index (tasks, StoryTask, k), &sh);
  for (guint p = 0; p < N_POOLS; p++)
    for (guint k = 0; k < tasks->len; k++)
      {
        const StoryTask *t = &g_array_index (tasks, StoryTask, k);
        for (guint g = p ? t->pool_end[p - 1] : 0; g < t->pool_end[p]; g++)
          g_ptr_array_add (cmp->groups, t->groups->pdata[g]);
      }
  for (guint k = 0; k < tasks->len; k++)
    g_ptr_array_free (g_array_index (tasks, StoryTask, k).groups, TRUE);
  g_ptr_array_unref (sh.caches);
  g_mutex_clear (&sh.lock);
}

void
fd_align_values (FdCompare *cmp, const FdPeople *people, GHashTable *story,
                 guint threads)
{
  g_autofree ValueClaim *vc = NULL;
  guint n = 0;

  /* Sized exactly: at most one per claim, a million at 100k articles. */
  for (guint i = 0; i < cmp->claims->len; i++)
    if (is_value_type (((const FdClaim *)cmp->claims->pdata[i])->type))
      n++;
  vc = g_new (ValueClaim, MAX (n, 1));
  n = 0;
  for (guint i = 0; i < cmp->claims->len; i++)
    {
      const FdClaim *c = cmp->claims->pdata[i];
      if (!is_value_type (c->type))
        continue;
      vc[n].story = story_of (story, c->doc);
      vc[n].pool = pool_of (c->type);
      vc[n].id = i;
      n++;
    }
  /* Claims of different stories never link (link_score), so each story
   * is clustered on its own: pairwise within a story rather than across
   * the collection.  Within a story the claims keep claim order in each
   * pool, and groups are put in report order at the end whatever order
   * they are made in. */
  qsort (vc, n, sizeof *vc, value_claim_cmp);
  cluster_stories (cmp, vc, n, people, threads);
  g_clear_pointer (&vc, g_free);
  derive_anchored (cmp, people, story);
}

/* ---- quotes ---- */

typedef struct
{
  const FdClaim *claim;
  gint64 id;
  char *speaker_key; /* last word of the speaker, lower case; "" */
  guint story;       /* 0 when stories are not known */
  guint seg_end;     /* end of the run of items of this story */
  guint cluster;
} QItem;

static gint
qitem_story_cmp (gconstpointer a, gconstpointer b)
{
  const QItem *x = a, *y = b;

  if (x->story != y->story)
    return x->story < y->story ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static char *
speaker_key (const FdClaim *c)
{
  const char *s = c->speaker_entity ? c->speaker_entity : c->speaker;
  g_auto (GStrv) words = NULL;
  guint n;

  if (!s)
    return g_strdup ("");
  words = g_strsplit_set (s, " -", -1);
  n = g_strv_length (words);
  /* The family name is first in Korean and Japanese order and last in
   * Western order; both spellings of one person share it, so use the
   * sorted pair of first and last words. */
  if (n == 0)
    return g_strdup ("");
  {
    g_autofree char *f = g_ascii_strdown (words[0], -1);
    g_autofree char *l = g_ascii_strdown (words[n - 1], -1);
    return strcmp (f, l) <= 0 ? g_strdup_printf ("%s|%s", f, l)
                              : g_strdup_printf ("%s|%s", l, f);
  }
}

/* TRUE when the speakers may be one person: equal keys, one key's name in
 * the other, or one unknown. */
static gboolean
speakers_compatible (const QItem *a, const QItem *b)
{
  g_auto (GStrv) pa = NULL, pb = NULL;

  if (!*a->speaker_key || !*b->speaker_key)
    return TRUE;
  if (strcmp (a->speaker_key, b->speaker_key) == 0)
    return TRUE;
  pa = g_strsplit (a->speaker_key, "|", 2);
  pb = g_strsplit (b->speaker_key, "|", 2);
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      if (strcmp (pa[i], pb[j]) == 0 && strlen (pa[i]) > 1)
        return TRUE;
  return FALSE;
}

/* Share of the content words of the shorter quote found in the other,
 * after light stemming ("sharing" meets "share"); 0 when fewer than two
 * content words are shared. */
static double
content_overlap (const char *a, const char *b)
{
  g_autoptr (GHashTable) wa = fd_context_content_words (a);
  g_autoptr (GHashTable) wb = fd_context_content_words (b);
  GHashTable *small
      = g_hash_table_size (wa) <= g_hash_table_size (wb) ? wa : wb;
  GHashTable *big = small == wa ? wb : wa;
  GHashTableIter it;
  gpointer key;
  guint both = 0;

  if (g_hash_table_size (small) == 0)
    return 0;
  g_hash_table_iter_init (&it, small);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (g_hash_table_contains (big, key))
      both++;
  return both < 2 ? 0 : (double)both / g_hash_table_size (small);
}

static FdVerdict
quote_relation (const QItem *a, const QItem *b)
{
  const char *va = a->claim->value ? a->claim->value : "";
  const char *vb = b->claim->value ? b->claim->value : "";
  double contain, overlap;

  if (!speakers_compatible (a, b))
    return FD_VERDICT_N;
  contain = fd_wdiff_containment (va, vb);
  if (contain >= 0.999)
    {
      g_autofree char *d = fd_wdiff (va, vb);
      return strstr (d, "[-") || strstr (d, "{+") ? FD_VERDICT_PARTIAL
                                                  : FD_VERDICT_VERBATIM;
    }
  /* The same remark in other words (translations, paraphrase): a good
   * share of the shorter one's content words come back, and both speakers
   * are known to be the same; with a speaker unknown, more must. */
  overlap = content_overlap (va, vb);
  if (overlap >= 0.4 && *a->speaker_key && *b->speaker_key)
    return FD_VERDICT_REWORDED;
  if (overlap >= 0.7 || contain >= 0.7)
    return FD_VERDICT_REWORDED;
  return FD_VERDICT_N;
}

static guint
qfind (QItem *items, guint i)
{
  while (items[i].cluster != i)
    i = items[i].cluster = items[items[i].cluster].cluster;
  return i;
}

void
fd_align_quotes (FdCompare *cmp, const FdPeople *people, GHashTable *story)
{
  g_autoptr (GArray) items = g_array_new (FALSE, TRUE, sizeof (QItem));
  QItem *it;
  guint n;

  (void)people;
  for (guint i = 0; i < cmp->claims->len; i++)
    {
      const FdClaim *c = cmp->claims->pdata[i];
      QItem q = { 0 };
      if (c->type != FD_CLAIM_QUOTE)
        continue;
      q.claim = c;
      q.id = i;
      q.speaker_key = speaker_key (c);
      q.story = story_of (story, c->doc);
      g_array_append_val (items, q);
    }
  /* Quotes of different stories are never one remark: sort by story so
   * that pairs are only tried within one. */
  g_array_sort (items, qitem_story_cmp);
  it = (QItem *)items->data;
  n = items->len;
  for (guint i = 0; i < n; i++)
    it[i].cluster = i;
  for (guint lo = 0, hi; lo < n; lo = hi)
    {
      for (hi = lo; hi < n && it[hi].story == it[lo].story; hi++)
        ;
      for (guint i = lo; i < hi; i++)
        it[i].seg_end = hi;
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < it[i].seg_end; j++)
      if (it[i].claim->doc != it[j].claim->doc
          && quote_relation (&it[i], &it[j]) != FD_VERDICT_N)
        {
          guint ra = qfind (it, i), rb = qfind (it, j);
          gboolean all = ra != rb;
          /* Complete linkage, as for values: every pair across the two
           * groups must be the same remark, or a third quote sharing a
           * few words with each would chain two remarks together. */
          for (guint x = i; x < it[i].seg_end && all; x++)
            for (guint y = i; y < it[i].seg_end && all; y++)
              if (qfind (it, x) == ra && qfind (it, y) == rb
                  && it[x].claim->doc != it[y].claim->doc
                  && quote_relation (&it[x], &it[y]) == FD_VERDICT_N)
                all = FALSE;
          if (all)
            it[MAX (ra, rb)].cluster = MIN (ra, rb);
        }
  for (guint i = 0; i < n; i++)
    {
      FdGroup *g;
      FdVerdict v = FD_VERDICT_VERBATIM;
      g_autoptr (GHashTable) outlets = NULL;
      const char *spk;
      g_autofree char *topic = NULL;
      guint r = qfind (it, i), first = G_MAXUINT, other = G_MAXUINT;
      if (r != i)
        continue;
      outlets = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint j = i; j < it[i].seg_end; j++)
        if (qfind (it, j) == r)
          {
            g_hash_table_add (outlets, it[j].claim->doc->outlet);
            if (first == G_MAXUINT)
              first = j;
            else if (other == G_MAXUINT
                     && it[j].claim->doc != it[first].claim->doc)
              other = j;
          }
      /* The group's verdict is the loosest relation among its members;
       * the diff shows the pair that earned it. */
      for (guint j = i; j < it[i].seg_end; j++)
        for (guint k = j + 1; k < it[i].seg_end; k++)
          if (qfind (it, j) == r && qfind (it, k) == r
              && it[j].claim->doc != it[k].claim->doc)
            {
              FdVerdict rel = quote_relation (&it[j], &it[k]);
              if (rel == FD_VERDICT_N)
                rel = FD_VERDICT_REWORDED; /* joined through a third */
              if (rel != v
                  && (rel == FD_VERDICT_REWORDED
                      || (rel == FD_VERDICT_PARTIAL
                          && v == FD_VERDICT_VERBATIM)))
                {
                  v = rel;
                  first = j;
                  other = k;
                }
            }
      if (g_hash_table_size (outlets) < 2)
        v = FD_VERDICT_SINGLE;
      spk = it[first].claim->speaker_entity ? it[first].claim->speaker_entity
                                            : it[first].claim->speaker;
      topic = g_strdup_printf ("%s — remark", spk ? spk : "unattributed");
      g = fd_group_new ("quote", topic, v);
      if (other != G_MAXUINT && v != FD_VERDICT_VERBATIM)
        g->diff
            = fd_wdiff (it[first].claim->value ? it[first].claim->value : "",
                        it[other].claim->value ? it[other].claim->value : "");
      for (guint j = i; j < it[i].seg_end; j++)
        if (qfind (it, j) == r)
          fd_group_add_claim (g, it[j].claim, it[j].id);
      fd_group_finish (g);
      g_ptr_array_add (cmp->groups, g);
    }
  for (guint i = 0; i < n; i++)
    g_free (it[i].speaker_key);
}
