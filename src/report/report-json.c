/* report-json.c - the whole comparison as one JSON document, for other
 * programs.  docs/report-json.md is its schema; any change of meaning or
 * removal of a member bumps FD_REPORT_JSON_SCHEMA_VERSION.
 *
 * The members of each object come in a fixed order and every array element
 * starts a line, so that two reports diff line by line. */
#include "report/report-private.h"

#include "core/json.h"

static void
documents (GString *out, const FdReport *r)
{
  const GPtrArray *docs = r->cmp->docs;

  g_string_append (out, ",\n\"documents\":[");
  for (guint i = 0; i < docs->len; i++)
    {
      const FdDoc *d = docs->pdata[i];

      g_string_append (out, i ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "id", d->id, TRUE);
      fd_json_append_member_str (out, "path", d->path, FALSE);
      fd_json_append_member_str (out, "outlet", d->outlet, FALSE);
      fd_json_append_member_str (out, "title", d->title, FALSE);
      fd_json_append_member_str (out, "date", d->date[0] ? d->date : NULL,
                                 FALSE);
      fd_json_append_key (out, "date_inferred", FALSE);
      g_string_append (out, d->date_inferred ? "true" : "false");
      g_string_append_c (out, '}');
    }
  g_string_append (out, docs->len ? "\n]" : "]");
}

static void
claims (GString *out, const FdReport *r)
{
  const GPtrArray *claims = r->cmp->claims;

  g_string_append (out, ",\n\"claims\":[");
  for (guint i = 0; i < claims->len; i++)
    {
      g_string_append (out, i ? ",\n" : "\n");
      fd_claim_append_json (out, claims->pdata[i], i);
    }
  g_string_append (out, claims->len ? "\n]" : "]");
}

static void
span (GString *out, const char *key, const FdDoc *doc, gsize start, gsize end,
      gboolean first)
{
  if (key)
    fd_json_append_key (out, key, first);
  g_string_append_c (out, '{');
  fd_json_append_member_str (out, "doc", doc->id, TRUE);
  fd_json_append_member_int (out, "start", (gint64)start, FALSE);
  fd_json_append_member_int (out, "end", (gint64)end, FALSE);
  g_string_append_c (out, '}');
}

static void
groups (GString *out, const FdReport *r)
{
  const GPtrArray *groups = r->cmp->groups;

  g_string_append (out, ",\n\"groups\":[");
  for (guint i = 0; i < groups->len; i++)
    {
      const FdGroup *g = groups->pdata[i];

      g_string_append (out, i ? ",\n{" : "\n{");
      fd_json_append_member_int (out, "id", g->id, TRUE);
      fd_json_append_member_str (out, "fingerprint", g->fingerprint, FALSE);
      fd_json_append_member_str (out, "type", g->type, FALSE);
      fd_json_append_member_str (out, "topic", g->topic, FALSE);
      fd_json_append_member_str (out, "verdict", fd_verdict_name (g->verdict),
                                 FALSE);
      fd_json_append_key (out, "severity", FALSE);
      fd_json_append_double (out, g->severity, 3);
      fd_json_append_key (out, "members", FALSE);
      g_string_append_c (out, '[');
      for (guint j = 0; j < g->members->len; j++)
        {
          const FdMember *m = g->members->pdata[j];

          if (j)
            g_string_append_c (out, ',');
          if (m->claim_id >= 0)
            g_string_append_printf (out, "%" G_GINT64_FORMAT, m->claim_id);
          else
            span (out, NULL, m->doc, m->start, m->end, TRUE);
        }
      g_string_append_c (out, ']');
      fd_json_append_member_str (out, "note", g->note, FALSE);
      fd_json_append_member_str (out, "diff", g->diff, FALSE);
      fd_json_append_member_int (out, "outlets", g->n_outlets, FALSE);
      fd_json_append_member_int (out, "independent", g->n_independent, FALSE);
      fd_json_append_key (out, "suppressed", FALSE);
      g_string_append (out, fd_report_suppressed (r, g) ? "true" : "false");
      g_string_append_c (out, '}');
    }
  g_string_append (out, groups->len ? "\n]" : "]");
}

static void
duplicates (GString *out, const FdReport *r)
{
  const GPtrArray *dups = r->cmp->duplicates;

  g_string_append (out, ",\n\"duplicates\":[");
  for (guint i = 0; i < dups->len; i++)
    {
      const FdDuplicate *d = dups->pdata[i];

      g_string_append (out, i ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "kind", d->kind, TRUE);
      fd_json_append_key (out, "similarity", FALSE);
      fd_json_append_double (out, d->similarity, 3);
      span (out, "a", d->a, d->a_start, d->a_end, FALSE);
      span (out, "b", d->b, d->b_start, d->b_end, FALSE);
      g_string_append_c (out, '}');
    }
  g_string_append (out, dups->len ? "\n]" : "]");
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
names (GString *out, const FdReport *r)
{
  const GPtrArray *names = r->cmp->names;

  g_string_append (out, ",\n\"names\":[");
  for (guint i = 0; i < names->len; i++)
    {
      const FdNameGroup *n = names->pdata[i];

      g_string_append (out, i ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "name", n->name, TRUE);
      fd_json_append_member_str (out, "kind", n->kind, FALSE);
      string_array (out, "variants", n->variants);
      string_array (out, "misspellings", n->misspellings);
      g_string_append_c (out, '}');
    }
  g_string_append (out, names->len ? "\n]" : "]");
}

static void
baseline (GString *out, const FdReport *r)
{
  g_string_append (out, ",\n\"baseline\":");
  if (!r->baseline)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '{');
  fd_json_append_member_int (out, "suppressed", r->n_suppressed, TRUE);
  fd_json_append_key (out, "gone", FALSE);
  g_string_append_c (out, '[');
  for (guint i = 0; i < r->gone->len; i++)
    {
      const FdBaselineEntry *e = r->gone->pdata[i];

      g_string_append (out, i ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "fingerprint", e->fingerprint, TRUE);
      fd_json_append_member_str (out, "type", e->type, FALSE);
      fd_json_append_member_str (out, "topic", e->topic, FALSE);
      fd_json_append_member_str (out, "verdict", e->verdict, FALSE);
      g_string_append_c (out, '}');
    }
  g_string_append (out, r->gone->len ? "\n]}" : "]}");
}

/* The claims section rendered on a thread of its own. */
typedef struct
{
  const FdReport *r;
  GString *out;
} ClaimsTask;

static gpointer
claims_task (gpointer data)
{
  ClaimsTask *t = data;

  claims (t->out, t->r);
  return NULL;
}

void
fd_report_json_render (GString *out, const FdReport *r)
{
  g_autoptr (GString) line = g_string_new (NULL);
  g_autoptr (GString) tail = NULL;
  ClaimsTask task = { r, NULL };
  GThread *thread = NULL;

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
  documents (out, r);
  if (r->threads > 1)
    {
      /* The claims and the groups are the bulk of the report: each is
       * rendered on its own thread, and the parts joined in order. */
      task.out = g_string_new (NULL);
      thread = g_thread_new ("report", claims_task, &task);
      tail = g_string_new (NULL);
    }
  else
    claims (out, r);
  groups (tail ? tail : out, r);
  duplicates (tail ? tail : out, r);
  names (tail ? tail : out, r);
  baseline (tail ? tail : out, r);
  if (thread)
    {
      g_thread_join (thread);
      g_string_append_len (out, task.out->str, (gssize)task.out->len);
      g_string_free (task.out, TRUE);
      g_string_append_len (out, tail->str, (gssize)tail->len);
    }
  g_string_append (out, "\n}\n");
}
