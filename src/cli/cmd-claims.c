/* cmd-claims.c - `factdiff claims`: every claim the extractors find in the
 * articles, one JSON object a line, in a deterministic order (documents as
 * ingest orders them, then fd_claim_compare).
 *
 * --type keeps only some kinds of claim; an unknown kind is a usage error
 * so that a typo never silently prints nothing. */
#include "claims/claims.h"
#include "claims/entity.h"
#include "cli/cli.h"
#include "split/split.h"

#include <stdio.h>
#include <string.h>

/* Parses the comma-separated --type list into a mask over FdClaimType.
 * Returns FALSE and names the bad kind in *@bad (owned by the caller). */
static gboolean
parse_types (const char *list, guint *mask, char **bad)
{
  g_auto (GStrv) parts = g_strsplit (list, ",", -1);

  *mask = 0;
  for (guint i = 0; parts[i]; i++)
    {
      const char *p = g_strstrip (parts[i]);
      guint t;
      if (!*p)
        continue;
      for (t = 0; t < FD_CLAIM_N_TYPES; t++)
        if (strcmp (p, fd_claim_type_name (t)) == 0)
          break;
      if (t == FD_CLAIM_N_TYPES)
        {
          *bad = g_strdup (p);
          return FALSE;
        }
      *mask |= 1u << t;
    }
  return *mask != 0;
}

int
fd_cmd_claims (int argc, char **argv)
{
  g_autofree char *date = NULL, *outlet = NULL, *types = NULL;
  g_autofree char *aliases = NULL;
  gboolean entities = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      "Publication date of inputs that give none (and of stdin)",
      "YYYY-MM-DD" },
    { "outlet", 0, 0, G_OPTION_ARG_STRING, &outlet,
      "Outlet name for standard input", "NAME" },
    { "type", 0, 0, G_OPTION_ARG_STRING, &types,
      "Only these kinds: date,time,duration,set,number,quote,paraphrase",
      "LIST" },
    { "entities", 0, 0, G_OPTION_ARG_NONE, &entities,
      "Print the people, organisations and places named, with their "
      "spellings and mentions, instead of the claims",
      NULL },
    { "aliases", 0, 0, G_OPTION_ARG_FILENAME, &aliases,
      "Name spellings that are one entity: one entity a line, spellings "
      "separated by a tab or \" = \"",
      "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (GPtrArray) claims = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  FdIngestOptions opts = { 0 };
  gboolean bad = FALSE;
  guint mask = ~0u;

  if (!fd_cli_parse ("claims", "PATH...|-",
                     "Print the dated, timed, counted and quoted claims of "
                     "articles as JSON Lines.",
                     entries, &argc, &argv))
    return FD_EXIT_TROUBLE;
  if (types)
    {
      g_autofree char *which = NULL;
      if (!parse_types (types, &mask, &which))
        {
          g_autofree char *msg
              = which ? g_strdup_printf ("unknown claim type '%s'", which)
                      : g_strdup ("--type needs at least one type");
          return fd_cli_usage_error (msg);
        }
    }
  if (argc < 2)
    return fd_cli_usage_error ("no input given");
  opts.date = date;
  opts.outlet = outlet;
  if (aliases)
    {
      g_autoptr (GError) err = NULL;
      if (!fd_entity_set_load_aliases (set, aliases, &err))
        {
          fd_cli_error ("%s", err->message);
          return FD_EXIT_TROUBLE;
        }
    }
  docs = fd_cli_load (argc, argv, &opts, &bad);
  /* Speakers are named entities of the whole collection ("Lee" in one
   * article is "Lee Jae-myung" of another), so every article is split
   * and read for names before claims are printed. */
  for (guint d = 0; d < docs->len; d++)
    {
      fd_split_doc (docs->pdata[d]);
      fd_entity_set_add_doc (set, docs->pdata[d]);
    }
  fd_entity_set_resolve (set);
  if (entities)
    {
      fd_entity_set_append_json (set, out);
      fwrite (out->str, 1, out->len, stdout);
      return bad ? FD_EXIT_TROUBLE : FD_EXIT_OK;
    }
  claims = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
  for (guint d = 0; d < docs->len; d++)
    {
      FdDoc *doc = docs->pdata[d];
      g_ptr_array_set_size (claims, 0);
      fd_claims_extract (doc, claims);
      for (guint i = 0; i < claims->len; i++)
        {
          FdClaim *c = claims->pdata[i];
          if (!(mask & (1u << c->type)))
            continue;
          if (c->speaker && !c->speaker_entity)
            c->speaker_entity = g_strdup (
                fd_entity_set_canonical_in_doc (set, doc, c->speaker));
          fd_claim_append_json (out, c, -1);
          g_string_append_c (out, '\n');
        }
      fwrite (out->str, 1, out->len, stdout);
      g_string_truncate (out, 0);
    }
  return bad ? FD_EXIT_TROUBLE : FD_EXIT_OK;
}
