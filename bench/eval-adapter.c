/* eval-adapter.c - connects factdiff's claim extractors to the scorers in
 * ../shared/eval (score_timex.py, score_quotes.py).
 *
 * It reads the scorers' protocol on stdin, one JSON object a line,
 * {"doc", "dct", "text"}, runs ingest, split and the claim extractors on
 * each text exactly as `factdiff claims` does, and prints the findings in
 * the scorer's format with UTF-8 byte offsets (score with --byte-offsets):
 *   --timex:  {"doc","start","end","type","value"}
 *   --quotes: {"doc","start","end","source_start","source_end","source"}
 * Usage: eval-adapter --timex|--quotes < docs.jsonl */
#include "claims/claims.h"
#include "core/json.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

static const char *
timex_type (FdClaimType t)
{
  switch (t)
    {
    case FD_CLAIM_DATE:
      return "DATE";
    case FD_CLAIM_TIME:
      return "TIME";
    case FD_CLAIM_DURATION:
      return "DURATION";
    case FD_CLAIM_SET:
      return "SET";
    default:
      return NULL;
    }
}

static void
print_claim (GString *out, const FdClaim *c, gboolean quotes)
{
  if (quotes ? c->type != FD_CLAIM_QUOTE : timex_type (c->type) == NULL)
    return;
  g_string_append_c (out, '{');
  fd_json_append_member_str (out, "doc", c->doc->id, TRUE);
  fd_json_append_member_int (out, "start", (gint64)c->start, FALSE);
  fd_json_append_member_int (out, "end", (gint64)c->end, FALSE);
  if (quotes)
    {
      fd_json_append_member_int (out, "source_start", c->speaker_start, FALSE);
      fd_json_append_member_int (out, "source_end", c->speaker_end, FALSE);
      fd_json_append_member_str (out, "source", c->speaker, FALSE);
    }
  else
    {
      fd_json_append_member_str (out, "type", timex_type (c->type), FALSE);
      fd_json_append_member_str (out, "value", c->value, FALSE);
    }
  g_string_append (out, "}\n");
}

/* Runs the pipeline on one protocol record; FALSE when it is malformed. */
static gboolean
process_line (const char *line, gboolean quotes, GString *out)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GPtrArray) claims = NULL;
  g_autoptr (FdDoc) doc = NULL;
  g_autoptr (GError) err = NULL;
  FdIngestOptions opts = { 0 };
  JsonObject *o;
  const char *id, *text;

  if (!json_parser_load_from_data (parser, line, -1, &err)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  o = json_node_get_object (json_parser_get_root (parser));
  id = json_object_get_string_member_with_default (o, "doc", "doc");
  text = json_object_get_string_member_with_default (o, "text", NULL);
  opts.date = json_object_get_string_member_with_default (o, "dct", NULL);
  if (!text)
    return FALSE;
  doc = fd_ingest_buffer (id, id, text, strlen (text), &opts, &err);
  if (!doc)
    {
      fprintf (stderr, "eval-adapter: %s\n", err->message);
      return TRUE;
    }
  /* The TimeBank gold annotates headlines and datelines too ("WASHINGTON,
   * August 8 (Xinhua) --"), where factdiff itself takes no claims: to
   * measure the temporal extractor, score it on every line. */
  if (!quotes)
    for (guint i = 0; i < doc->n_lines; i++)
      if (doc->lines[i].cls != FD_LINE_BLANK)
        doc->lines[i].cls = FD_LINE_BODY;
  fd_split_doc (doc);
  claims = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
  fd_claims_extract (doc, claims);
  for (guint i = 0; i < claims->len; i++)
    print_claim (out, claims->pdata[i], quotes);
  return TRUE;
}

int
main (int argc, char **argv)
{
  gboolean quotes;
  g_autoptr (GString) out = g_string_new (NULL);
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;

  if (argc != 2
      || (strcmp (argv[1], "--timex") != 0 && strcmp (argv[1], "--quotes")))
    {
      fputs ("usage: eval-adapter --timex|--quotes < docs.jsonl\n", stderr);
      return 2;
    }
  quotes = strcmp (argv[1], "--quotes") == 0;
  while ((n = getline (&line, &cap, stdin)) > 0)
    {
      if (!process_line (line, quotes, out))
        fprintf (stderr, "eval-adapter: skipping a malformed line\n");
      fwrite (out->str, 1, out->len, stdout);
      g_string_truncate (out, 0);
    }
  free (line);
  return fclose (stdout) == 0 ? 0 : 2;
}
