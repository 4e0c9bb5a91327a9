/* report-json.c - the whole comparison as one JSON document, for other
 * programs.  docs/report-json.md is its schema; any change of meaning or
 * removal of a member bumps FD_REPORT_JSON_SCHEMA_VERSION.
 *
 * The members of each object come in a fixed order and every array element
 * starts a line, so that two reports diff line by line. */
#include "report/report-private.h"

#include "core/json.h"

/* Elements per piece: a few hundred kilobytes of JSON. */
#define PIECE_ELEMENTS 2048

/* Members with keys known when compiling: "key": (or ,"key":) written in
 * one copy rather than measured and scanned for escapes each time, for
 * the millions of members of a collection's report. */
#define FIRST_KEY(out, key) FD_JSON_LIT ((out), "\"" key "\":")
#define KEY(out, key) FD_JSON_LIT ((out), ",\"" key "\":")

/* A JSON string, or null for NULL. */
static void
str_or_null (GString *out, const char *s)
{
  if (s)
    fd_json_append_string (out, s, -1);
  else
    FD_JSON_LIT (out, "null");
}

/* Each array element below is written with the separator before it, as
 * the @i-th element of its array. */

static void
document_at (GString *out, const FdReport *r, guint i)
{
  const FdDoc *d = r->cmp->docs->pdata[i];

  if (i)
    FD_JSON_LIT (out, ",\n{");
  else
    FD_JSON_LIT (out, "\n{");
  FIRST_KEY (out, "id");
  str_or_null (out, d->id);
  KEY (out, "path");
  str_or_null (out, d->path);
  KEY (out, "outlet");
  str_or_null (out, d->outlet);
  KEY (out, "title");
  str_or_null (out, d->title);
  KEY (out, "date");
  str_or_null (out, d->date[0] ? d->date : NULL);
  KEY (out, "date_inferred");
  if (d->date_inferred)
    FD_JSON_LIT (out, "true}");
  else
    FD_JSON_LIT (out, "false}");
}

static void
claim_at (GString *out, const FdReport *r, guint i)
{
  g_string_append (out, i ? ",\n" : "\n");
  fd_claim_append_json (out, r->cmp->claims->pdata[i], i);
}

/* {"doc":…,"start":…,"end":…} */
static void
span (GString *out, const FdDoc *doc, gsize start, gsize end)
{
  FD_JSON_LIT (out, "{\"doc\":");
  str_or_null (out, doc->id);
  KEY (out, "start");
  fd_json_append_int (out, (gint64)start);
  KEY (out, "end");
  fd_json_append_int (out, (gint64)end);
  FD_JSON_LIT (out, "}");
}

static void
group_at (GString *out, const FdReport *r, guint i)
{
  const FdGroup *g = r->cmp->groups->pdata[i];

  if (i)
    FD_JSON_LIT (out, ",\n{");
  else
    FD_JSON_LIT (out, "\n{");
  FIRST_KEY (out, "id");
  fd_json_append_int (out, g->id);
  KEY (out, "fingerprint");
  str_or_null (out, g->fingerprint);
  KEY (out, "type");
  str_or_null (out, g->type);
  KEY (out, "topic");
  str_or_null (out, g->topic);
  KEY (out, "verdict");
  str_or_null (out, fd_verdict_name (g->verdict));
  KEY (out, "severity");
  fd_json_append_double (out, g->severity, 3);
  KEY (out, "members");
  FD_JSON_LIT (out, "[");
  for (guint j = 0; j < g->members->len; j++)
    {
      const FdMember *m = g->members->pdata[j];

      if (j)
        FD_JSON_LIT (out, ",");
      if (m->claim_id >= 0)
        fd_json_append_int (out, m->claim_id);
      else
        span (out, m->doc, m->start, m->end);
    }
  FD_JSON_LIT (out, "]");
  KEY (out, "note");
  str_or_null (out, g->note);
  KEY (out, "diff");
  str_or_null (out, g->diff);
  KEY (out, "outlets");
  fd_json_append_int (out, g->n_outlets);
  KEY (out, "independent");
  fd_json_append_int (out, g->n_independent);
  KEY (out, "suppressed");
  if (fd_report_suppressed (r, g))
    FD_JSON_LIT (out, "true}");
  else
    FD_JSON_LIT (out, "false}");
}

static void
duplicate_at (GString *out, const FdReport *r, guint i)
{
  const FdDuplicate *d = r->cmp->duplicates->pdata[i];

  if (i)
    FD_JSON_LIT (out, ",\n{");
  else
    FD_JSON_LIT (out, "\n{");
  FIRST_KEY (out, "kind");
  str_or_null (out, d->kind);
  KEY (out, "similarity");
  fd_json_append_double (out, d->similarity, 3);
  KEY (out, "a");
  span (out, d->a, d->a_start, d->a_end);
  KEY (out, "b");
  span (out, d->b, d->b_start, d->b_end);
  FD_JSON_LIT (out, "}");
}

static void
string_array (GString *out, const char *key, const GPtrArray *a)
{
  fd_json_append_key (out, key, FALSE);
  g_string_append_c (out, '[');
  for (guint i = 0; a && i < a->len; i++)
    {
      if (i)
        g_string_append_c (out, ',');
      fd_json_append_string (out, a->pdata[i], -1);
    }
  g_string_append_c (out, ']');
}

static void
name_at (GString *out, const FdReport *r, guint i)
{
  const FdNameGroup *n = r->cmp->names->pdata[i];

  g_string_append (out, i ? ",\n{" : "\n{");
  fd_json_append_member_str (out, "name", n->name, TRUE);
  fd_json_append_member_str (out, "kind", n->kind, FALSE);
  string_array (out, "variants", n->variants);
  string_array (out, "misspellings", n->misspellings);
  g_string_append_c (out, '}');
}

/* Everything before the arrays. */
static void
head (GString *out, const FdReport *r)
{
  g_autoptr (GString) line = g_string_new (NULL);

  g_string_append_printf (out, "{\"schema_version\":%d",
                          FD_REPORT_JSON_SCHEMA_VERSION);
  g_string_append (out, ",\n\"tool\":{");
  fd_json_append_member_str (out, "name", PACKAGE_NAME, TRUE);
  fd_json_append_member_str (out, "version", PACKAGE_VERSION, FALSE);
  g_string_append (out, "},\n\"summary\":{");
  fd_report_append_summary_line (line, r);
  fd_json_append_member_str (out, "text", line->str, TRUE);
  fd_json_append_member_int (out, "discrepancies", r->n_new, FALSE);
  fd_json_append_member_int (out, "suppressed", r->n_suppressed, FALSE);
  g_string_append_c (out, '}');
}

/* Everything after the arrays. */
static void
tail (GString *out, const FdReport *r)
{
  g_string_append (out, ",\n\"baseline\":");
  if (!r->baseline)
    g_string_append (out, "null");
  else
    {
      g_string_append_c (out, '{');
      fd_json_append_member_int (out, "suppressed", r->n_suppressed, TRUE);
      fd_json_append_key (out, "gone", FALSE);
      g_string_append_c (out, '[');
      for (guint i = 0; i < r->gone->len; i++)
        {
          const FdBaselineEntry *e = r->gone->pdata[i];

          g_string_append (out, i ? ",\n" : "\n");
          fd_baseline_entry_append_json (out, e);
        }
      g_string_append (out, r->gone->len ? "\n]}" : "]}");
    }
  g_string_append (out, "\n}\n");
}

/* The arrays of the report, in order. */
static const struct
{
  const char *open; /* what comes before the first element */
  void (*element) (GString *out, const FdReport *r, guint i);
} arrays[] = {
  { ",\n\"documents\":[", document_at },
  { ",\n\"claims\":[", claim_at },
  { ",\n\"groups\":[", group_at },
  { ",\n\"duplicates\":[", duplicate_at },
  { ",\n\"names\":[", name_at },
};

static guint
array_len (const FdReport *r, guint a)
{
  const GPtrArray *all[] = { r->cmp->docs, r->cmp->claims, r->cmp->groups,
                             r->cmp->duplicates, r->cmp->names };

  G_STATIC_ASSERT (G_N_ELEMENTS (all) == G_N_ELEMENTS (arrays));
  return all[a]->len;
}

/* A piece of the report: elements [lo, hi) of array @array (with its
 * opening before element 0 and its closing after the last), or, with
 * @array past the arrays, the head (@lo 0) or the tail (@lo 1). */
typedef struct
{
  guint array;
  guint lo, hi;
  GString *out; /* the rendered bytes, NULL until then (under the lock) */
} Piece;

static void
piece_render (GString *out, const FdReport *r, const Piece *p)
{
  guint len;

  if (p->array >= G_N_ELEMENTS (arrays))
    {
      if (p->lo == 0)
        head (out, r);
      else
        tail (out, r);
      return;
    }
  len = array_len (r, p->array);
  if (p->lo == 0)
    g_string_append (out, arrays[p->array].open);
  for (guint i = p->lo; i < p->hi; i++)
    arrays[p->array].element (out, r, i);
  if (p->hi == len)
    g_string_append (out, len ? "\n]" : "]");
}

/* The pieces of the whole report, in order. */
static GArray *
pieces_of (const FdReport *r)
{
  GArray *pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  Piece p = { G_N_ELEMENTS (arrays), 0, 0, NULL };

  g_array_append_val (pieces, p);
  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    {
      guint len = array_len (r, a), lo = 0;
      do
        {
          Piece q = { a, lo, MIN (len, lo + PIECE_ELEMENTS), NULL };
          g_array_append_val (pieces, q);
          lo = q.hi;
        }
      while (lo < len);
    }
  p.lo = 1;
  g_array_append_val (pieces, p);
  return pieces;
}

/* The pieces rendered on a pool, and the writer waiting for them. */
typedef struct
{
  const FdReport *r;
  GMutex lock;
  GCond ready; /* a piece got its out */
} Render;

static void
render_job (gpointer data, gpointer user_data)
{
  Piece *p = data;
  Render *rd = user_data;
  GString *out = g_string_new (NULL);

  piece_render (out, rd->r, p);
  g_mutex_lock (&rd->lock);
  p->out = out;
  g_cond_broadcast (&rd->ready);
  g_mutex_unlock (&rd->lock);
}

gboolean
fd_report_json_write (const FdReport *r, FdReportWriteFunc write,
                      gpointer user_data)
{
  g_autoptr (GArray) pieces = pieces_of (r);
  Piece *p = (Piece *)(gpointer)pieces->data;
  guint n = pieces->len, next = 0;
  /* Pieces rendered ahead of the writer: enough to keep every thread
   * busy, few enough that the report is never more than a few megabytes
   * in memory. */
  guint ahead = 2 * MAX (r->threads, 1) + 2;
  Render rd = { r, { 0 }, { 0 } };
  GThreadPool *pool = NULL;
  g_autoptr (GString) one = NULL; /* on one thread: each piece in turn */
  gboolean ok = TRUE;

  g_mutex_init (&rd.lock);
  g_cond_init (&rd.ready);
  if (r->threads > 1)
    pool = g_thread_pool_new (render_job, &rd, (gint)r->threads, FALSE, NULL);
  for (guint i = 0; i < n && ok; i++)
    {
      GString *out;

      if (pool)
        {
          for (; next < n && next < i + ahead; next++)
            g_thread_pool_push (pool, &p[next], NULL);
          g_mutex_lock (&rd.lock);
          while (!p[i].out)
            g_cond_wait (&rd.ready, &rd.lock);
          out = g_steal_pointer (&p[i].out);
          g_mutex_unlock (&rd.lock);
        }
      else
        {
          out = one = one ? g_string_truncate (one, 0) : g_string_new (NULL);
          piece_render (one, r, &p[i]);
        }
      ok = write (out->str, out->len, user_data);
      if (out != one)
        g_string_free (out, TRUE);
    }
  if (pool)
    {
      /* After a failed write: the pieces already queued are dropped, those
       * being rendered are waited for, and what they made freed. */
      g_thread_pool_free (pool, TRUE, TRUE);
      for (guint i = 0; i < n; i++)
        if (p[i].out)
          g_string_free (p[i].out, TRUE);
    }
  g_mutex_clear (&rd.lock);
  g_cond_clear (&rd.ready);
  return ok;
}
