/* cmd-dedup.c - `factdiff dedup`: what the articles repeat and copy.
 *
 * Prints exact duplicate sentences, near-duplicate sentences with the
 * tokens that changed, reused passages, the article pairs they make and
 * the stories those pairs group the articles into; --format=json gives the
 * same with document ids and byte spans.  Finding duplicates is not a
 * discrepancy, so the exit status is 0 (2 when an input failed to load). */
#include "cli/cli.h"
#include "core/json.h"
#include "dedup/dedup.h"
#include "shingle/shingle.h"

#include <stdio.h>
#include <string.h>

/* Snippets longer than this are cut (at a character boundary). */
#define SNIPPET_BYTES 72

static const FdDoc *
doc_at (const FdDedup *d, guint i)
{
  return d->docs->pdata[i];
}

static void
append_snippet (GString *out, const FdDoc *doc, gsize start, gsize end,
                gsize max)
{
  gsize n = end - start;
  gboolean cut = FALSE;
  const char *s = doc->text + start;

  if (max && n > max)
    {
      const char *e = g_utf8_find_prev_char (s, s + max + 1);
      n = (gsize)(e - s);
      cut = TRUE;
    }
  g_string_append_c (out, '"');
  for (gsize i = 0; i < n; i++)
    {
      char c = s[i];
      if (c == '\n' || c == '\r' || c == '\t')
        {
          while (i + 1 < n && g_ascii_isspace (s[i + 1]))
            i++;
          c = ' ';
        }
      g_string_append_c (out, c);
    }
  g_string_append (out, cut ? "…\"" : "\"");
}

static void
append_classes (GString *out, guint classes, const char *sep)
{
  gboolean first = TRUE;

  for (guint c = 0; c < FD_LINE_N_CLASSES; c++)
    if (classes & (1u << c))
      {
        if (!first)
          g_string_append (out, sep);
        g_string_append (out, fd_line_class_name (c));
        first = FALSE;
      }
}

static guint
line_of (const FdDoc *doc, gsize offset)
{
  guint line, col;

  fd_doc_line_col (doc, offset, &line, &col);
  return line;
}

static void
text_changes (GString *out, const FdDedup *d, guint a, guint b, guint first,
              guint n)
{
  for (guint c = first; c < first + n; c++)
    {
      const FdDedupChange *ch = &d->changes[c];
      g_string_append (out, "    changed: ");
      append_snippet (out, doc_at (d, a), ch->a_start, ch->a_end,
                      SNIPPET_BYTES);
      g_string_append (out, " -> ");
      append_snippet (out, doc_at (d, b), ch->b_start, ch->b_end,
                      SNIPPET_BYTES);
      if (ch->facts)
        {
          g_string_append (out, " [");
          fd_dedup_facts_append (out, ch->facts, ", ");
          g_string_append (out, "]");
        }
      g_string_append_c (out, '\n');
    }
}

static void
print_text (GString *out, const FdDedup *d)
{
  g_string_append_printf (out, "%u articles, %u stories\n", d->docs->len,
                          d->n_stories);

  g_string_append_printf (out, "\nexact duplicate sentences: %u groups\n",
                          d->n_groups);
  for (guint g = 0; g < d->n_groups; g++)
    {
      const FdDedupGroup *gr = &d->groups[g];
      const FdDedupSpan *m0 = &d->members[gr->first];
      g_string_append_printf (out, "  %s [", fd_dedup_kind_name (gr->kind));
      append_classes (out, gr->classes, ",");
      g_string_append (out, "] ");
      append_snippet (out, doc_at (d, m0->doc), m0->start, m0->end,
                      SNIPPET_BYTES);
      g_string_append_c (out, '\n');
      for (guint x = 0; x < gr->n; x++)
        {
          const FdDedupSpan *m = &d->members[gr->first + x];
          g_string_append_printf (out, "    %s:%u\n", doc_at (d, m->doc)->id,
                                  line_of (doc_at (d, m->doc), m->start));
        }
    }

  g_string_append_printf (out, "\nnear-duplicate sentences: %u\n", d->n_near);
  for (guint x = 0; x < d->n_near; x++)
    {
      const FdDedupNear *n = &d->near[x];
      const FdDoc *da = doc_at (d, n->a.doc), *db = doc_at (d, n->b.doc);
      g_string_append_printf (out, "  %s %.2f %s:%u ~ %s:%u\n",
                              fd_dedup_kind_name (n->kind), n->similarity,
                              da->id, line_of (da, n->a.start), db->id,
                              line_of (db, n->b.start));
      g_string_append (out, "    a: ");
      append_snippet (out, da, n->a.start, n->a.end, SNIPPET_BYTES);
      g_string_append (out, "\n    b: ");
      append_snippet (out, db, n->b.start, n->b.end, SNIPPET_BYTES);
      g_string_append_c (out, '\n');
      text_changes (out, d, n->a.doc, n->b.doc, n->first_change, n->n_changes);
    }

  g_string_append_printf (out, "\npassages: %u\n", d->n_passages);
  for (guint x = 0; x < d->n_passages; x++)
    {
      const FdDedupPassage *p = &d->passages[x];
      const FdDoc *da = doc_at (d, p->a.doc), *db = doc_at (d, p->b.doc);
      g_string_append_printf (
          out,
          "  %s %.2f %s:%u [%" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT
          ") %u%% ~ %s:%u [%" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT ") %u%% [",
          fd_dedup_kind_name (p->kind), p->similarity, da->id,
          line_of (da, p->a.start), p->a.start, p->a.end,
          (guint)(100 * p->containment_a + 0.5), db->id,
          line_of (db, p->b.start), p->b.start, p->b.end,
          (guint)(100 * p->containment_b + 0.5));
      append_classes (out, p->classes, ",");
      g_string_append (out, "]\n    ");
      append_snippet (out, da, p->a.start, p->a.end, SNIPPET_BYTES);
      g_string_append_c (out, '\n');
      text_changes (out, d, p->a.doc, p->b.doc, p->first_change, p->n_changes);
    }

  g_string_append_printf (out, "\narticle pairs: %u\n", d->n_pairs);
  for (guint x = 0; x < d->n_pairs; x++)
    {
      const FdDedupPair *p = &d->pairs[x];
      g_string_append_printf (
          out, "  %s %s %s resemblance %.2f containment %.2f %.2f\n",
          doc_at (d, p->a)->id, doc_at (d, p->b)->id,
          fd_dedup_kind_name (p->kind), p->resemblance, p->containment_a,
          p->containment_b);
    }

  g_string_append (out, "\nstories:\n");
  for (guint s = 0; s < d->n_stories; s++)
    {
      g_string_append_printf (out, "  %u:", s);
      for (guint i = 0; i < d->docs->len; i++)
        if (d->story[i] == s)
          g_string_append_printf (out, " %s", doc_at (d, i)->id);
      g_string_append_c (out, '\n');
    }
}

static void
json_span (GString *out, const char *key, const FdDedup *d,
           const FdDedupSpan *s, gboolean first)
{
  /* A NULL key writes a bare object (an array element). */
  if (key)
    fd_json_append_key (out, key, first);
  g_string_append_c (out, '{');
  fd_json_append_member_str (out, "doc", doc_at (d, s->doc)->id, TRUE);
  fd_json_append_member_int (out, "start", (gint64)s->start, FALSE);
  fd_json_append_member_int (out, "end", (gint64)s->end, FALSE);
  g_string_append_c (out, '}');
}

static void
json_classes (GString *out, guint classes)
{
  gboolean first = TRUE;

  fd_json_append_key (out, "classes", FALSE);
  g_string_append_c (out, '[');
  for (guint c = 0; c < FD_LINE_N_CLASSES; c++)
    if (classes & (1u << c))
      {
        if (!first)
          g_string_append_c (out, ',');
        fd_json_append_string (out, fd_line_class_name (c), -1);
        first = FALSE;
      }
  g_string_append_c (out, ']');
}

static void
json_side (GString *out, const char *key, const FdDoc *doc, gsize start,
           gsize end, gboolean first)
{
  fd_json_append_key (out, key, first);
  g_string_append_c (out, '{');
  fd_json_append_member_int (out, "start", (gint64)start, TRUE);
  fd_json_append_member_int (out, "end", (gint64)end, FALSE);
  fd_json_append_key (out, "text", FALSE);
  fd_json_append_string (out, doc->text + start, (gssize)(end - start));
  g_string_append_c (out, '}');
}

static void
json_changes (GString *out, const FdDedup *d, guint a, guint b, guint first,
              guint n)
{
  fd_json_append_key (out, "changes", FALSE);
  g_string_append_c (out, '[');
  for (guint c = first; c < first + n; c++)
    {
      const FdDedupChange *ch = &d->changes[c];
      g_autoptr (GString) facts = g_string_new (NULL);
      if (c > first)
        g_string_append_c (out, ',');
      g_string_append_c (out, '{');
      json_side (out, "a", doc_at (d, a), ch->a_start, ch->a_end, TRUE);
      json_side (out, "b", doc_at (d, b), ch->b_start, ch->b_end, FALSE);
      fd_json_append_key (out, "facts", FALSE);
      g_string_append_c (out, '[');
      fd_dedup_facts_append (facts, ch->facts, "\",\"");
      if (facts->len)
        g_string_append_printf (out, "\"%s\"", facts->str);
      g_string_append (out, "]}");
    }
  g_string_append_c (out, ']');
}

static void
print_json (GString *out, const FdDedup *d)
{
  g_string_append_c (out, '{');
  fd_json_append_key (out, "documents", TRUE);
  g_string_append_c (out, '[');
  for (guint i = 0; i < d->docs->len; i++)
    {
      if (i)
        g_string_append_c (out, ',');
      g_string_append_c (out, '{');
      fd_json_append_member_str (out, "id", doc_at (d, i)->id, TRUE);
      fd_json_append_member_str (out, "outlet", doc_at (d, i)->outlet, FALSE);
      fd_json_append_member_int (out, "story", d->story[i], FALSE);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\n");

  fd_json_append_key (out, "groups", TRUE);
  g_string_append_c (out, '[');
  for (guint g = 0; g < d->n_groups; g++)
    {
      const FdDedupGroup *gr = &d->groups[g];
      char hex[17];
      fd_shingle_format (gr->hash, hex);
      g_string_append (out, g ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "kind", fd_dedup_kind_name (gr->kind),
                                 TRUE);
      fd_json_append_member_str (out, "hash", hex, FALSE);
      json_classes (out, gr->classes);
      fd_json_append_key (out, "members", FALSE);
      g_string_append_c (out, '[');
      for (guint x = 0; x < gr->n; x++)
        {
          if (x)
            g_string_append_c (out, ',');
          json_span (out, NULL, d, &d->members[gr->first + x], TRUE);
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "],\n");

  fd_json_append_key (out, "near", TRUE);
  g_string_append_c (out, '[');
  for (guint x = 0; x < d->n_near; x++)
    {
      const FdDedupNear *n = &d->near[x];
      g_string_append (out, x ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "kind", fd_dedup_kind_name (n->kind),
                                 TRUE);
      fd_json_append_key (out, "similarity", FALSE);
      fd_json_append_double (out, n->similarity, 3);
      json_span (out, "a", d, &n->a, FALSE);
      json_span (out, "b", d, &n->b, FALSE);
      json_changes (out, d, n->a.doc, n->b.doc, n->first_change, n->n_changes);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\n");

  fd_json_append_key (out, "passages", TRUE);
  g_string_append_c (out, '[');
  for (guint x = 0; x < d->n_passages; x++)
    {
      const FdDedupPassage *p = &d->passages[x];
      g_string_append (out, x ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "kind", fd_dedup_kind_name (p->kind),
                                 TRUE);
      fd_json_append_key (out, "similarity", FALSE);
      fd_json_append_double (out, p->similarity, 3);
      json_span (out, "a", d, &p->a, FALSE);
      out->len--; /* reopen the object for the containment */
      fd_json_append_key (out, "containment", FALSE);
      fd_json_append_double (out, p->containment_a, 3);
      g_string_append_c (out, '}');
      json_span (out, "b", d, &p->b, FALSE);
      out->len--;
      fd_json_append_key (out, "containment", FALSE);
      fd_json_append_double (out, p->containment_b, 3);
      g_string_append_c (out, '}');
      json_classes (out, p->classes);
      json_changes (out, d, p->a.doc, p->b.doc, p->first_change, p->n_changes);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\n");

  fd_json_append_key (out, "pairs", TRUE);
  g_string_append_c (out, '[');
  for (guint x = 0; x < d->n_pairs; x++)
    {
      const FdDedupPair *p = &d->pairs[x];
      g_string_append (out, x ? ",\n{" : "\n{");
      fd_json_append_member_str (out, "a", doc_at (d, p->a)->id, TRUE);
      fd_json_append_member_str (out, "b", doc_at (d, p->b)->id, FALSE);
      fd_json_append_member_str (out, "kind", fd_dedup_kind_name (p->kind),
                                 FALSE);
      fd_json_append_key (out, "resemblance", FALSE);
      fd_json_append_double (out, p->resemblance, 3);
      fd_json_append_key (out, "containment_a", FALSE);
      fd_json_append_double (out, p->containment_a, 3);
      fd_json_append_key (out, "containment_b", FALSE);
      fd_json_append_double (out, p->containment_b, 3);
      fd_json_append_member_int (out, "story", d->story[p->a], FALSE);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}\n");
}

int
fd_cmd_dedup (int argc, char **argv)
{
  g_autofree char *format = NULL;
  FdDedupOptions o;
  int k = FD_SHINGLE_DEFAULT_K, gap, min_passage, boiler;
  double threshold, story;
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (FdDedup) d = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean bad = FALSE;
  FdIngestOptions iopts = { 0 };

  fd_dedup_options_init (&o);
  threshold = o.threshold;
  story = o.story_threshold;
  gap = (int)o.max_gap;
  min_passage = (int)o.min_passage;
  boiler = (int)o.boilerplate_docs;
  {
    const GOptionEntry entries[] = {
      { "format", 0, 0, G_OPTION_ARG_STRING, &format,
        "Output format: text (the default) or json", "FORMAT" },
      { "shingle-size", 'k', 0, G_OPTION_ARG_INT, &k,
        "Words per shingle (default 5)", "K" },
      { "threshold", 't', 0, G_OPTION_ARG_DOUBLE, &threshold,
        "Token Jaccard that makes two sentences near duplicates (default "
        "0.5)",
        "J" },
      { "max-gap", 0, 0, G_OPTION_ARG_INT, &gap,
        "Changed words bridged inside a passage (default 8)", "N" },
      { "min-passage", 0, 0, G_OPTION_ARG_INT, &min_passage,
        "Shared words a passage needs (default 10)", "N" },
      { "boilerplate-docs", 0, 0, G_OPTION_ARG_INT, &boiler,
        "Articles of one outlet that make shared text boilerplate "
        "(default 4)",
        "N" },
      { "story-threshold", 0, 0, G_OPTION_ARG_DOUBLE, &story,
        "Share of an article reused that puts two articles in one story "
        "(default 0.2)",
        "C" },
      G_OPTION_ENTRY_NULL,
    };
    if (!fd_cli_parse ("dedup", "PATH...",
                       "Find repeated sentences, near duplicates and reused "
                       "passages across articles.",
                       entries, &argc, &argv))
      return FD_EXIT_TROUBLE;
  }
  if (format && strcmp (format, "text") != 0 && strcmp (format, "json") != 0)
    return fd_cli_usage_error ("--format must be text or json");
  if (k < 1 || k > 64)
    return fd_cli_usage_error ("--shingle-size must be between 1 and 64");
  if (!(threshold > 0 && threshold <= 1))
    return fd_cli_usage_error ("--threshold must be in (0, 1]");
  if (gap < 0 || min_passage < 1 || boiler < 2 || !(story >= 0 && story <= 1))
    return fd_cli_usage_error ("dedup: option out of range");
  if (argc < 2)
    return fd_cli_usage_error ("no input given");
  o.shingle_size = (guint)k;
  o.threshold = threshold;
  o.max_gap = (guint)gap;
  o.min_passage = (guint)min_passage;
  o.boilerplate_docs = (guint)boiler;
  o.story_threshold = story;

  docs = fd_cli_load (argc, argv, &iopts, &bad);
  d = fd_dedup_run (docs, &o);
  if (format && strcmp (format, "json") == 0)
    print_json (out, d);
  else
    print_text (out, d);
  fwrite (out->str, 1, out->len, stdout);
  return bad ? FD_EXIT_TROUBLE : FD_EXIT_OK;
}
