/* test-quote.c - direct quotes, their speakers, transcript quotes and
 * indirect speech, on sentences written for these tests; and, when the
 * seed articles are at hand ($FD_SEEDS), that each of their quotes gets
 * the speaker a reader would name. */
#include "claims/quote.h"
#include "fd-test-doc.h"
#include "fd-test.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <stdio.h>
#include <string.h>

/* Ingests and splits @text as the CLI would, then extracts its quotes
 * into *claims (owned by the caller, as is the returned document). */
static FdDoc *
extract (const char *text, GPtrArray **claims)
{
  FdDoc *doc = fd_test_body_doc (text, NULL);

  *claims = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
  fd_quote_extract (doc, *claims);
  return doc;
}

static char *
span (const FdDoc *doc, gssize s, gssize e)
{
  return s < 0 ? g_strdup ("") : g_strndup (doc->text + s, (gsize)(e - s));
}

typedef struct
{
  const char *text;
  FdClaimType type;
  const char *value;   /* the whole value, or its start when it ends "…" */
  const char *speaker; /* NULL: no speaker */
  const char *mention; /* the text at speaker_start..end; NULL: = speaker */
} Case;

static const Case cases[] = {
  /* "…," X said, with a title and a time adjunct. */
  { "\"We will build the bridge next spring,\" Mayor Ana Ortiz said on "
    "Monday.",
    FD_CLAIM_QUOTE, "We will build the bridge next spring", "Mayor Ana Ortiz",
    NULL },
  /* "…," said X, with a description. */
  { "\"The budget is balanced for the first time,\" said Tomas Berg, the "
    "city treasurer.",
    FD_CLAIM_QUOTE, "The budget is balanced for the first time",
    "Tomas Berg, the city treasurer", NULL },
  /* X said, "…" in curly marks. */
  { "Director Mina Cho said, \xe2\x80\x9cOur lab opens in May.\xe2\x80\x9d",
    FD_CLAIM_QUOTE, "Our lab opens in May.", "Director Mina Cho", NULL },
  /* X added; an adverb between subject and verb. */
  { "Okafor also added, \xe2\x80\x9cNobody expected the vote to "
    "pass.\xe2\x80\x9d",
    FD_CLAIM_QUOTE, "Nobody expected the vote to pass.", "Okafor", NULL },
  /* X told Y: X speaks. */
  { "Ruiz told the council, \"We have no money left for roads.\"",
    FD_CLAIM_QUOTE, "We have no money left for roads.", "Ruiz", NULL },
  /* according to X, after a partial quote. */
  { "Crops failed across the valley, the \"worst harvest in forty years\", "
    "according to the regional farmers union.",
    FD_CLAIM_QUOTE, "worst harvest in forty years",
    "the regional farmers union", NULL },
  /* X quoted Y as saying: Y speaks. */
  { "\"Prices will fall by winter,\" the agency quoted Deputy Minister Park "
    "as saying.",
    FD_CLAIM_QUOTE, "Prices will fall by winter", "Deputy Minister Park",
    NULL },
  /* "…," X said in a statement. */
  { "\"We regret the delay to all passengers,\" Northwind Rail said in a "
    "statement.",
    FD_CLAIM_QUOTE, "We regret the delay to all passengers", "Northwind Rail",
    NULL },
  /* An institution as the speaker. */
  { "\xe2\x80\x9cTalks will continue next week,\xe2\x80\x9d a statement from "
    "the prime minister's office said.",
    FD_CLAIM_QUOTE, "Talks will continue next week",
    "a statement from the prime minister's office", NULL },
  /* A pronoun resolves to the last person; the mention is the pronoun. */
  { "Senator Ellen Moss spoke for an hour on the floor.\n\n\"This bill "
    "helps working families,\" she said.",
    FD_CLAIM_QUOTE, "This bill helps working families", "Senator Ellen Moss",
    "she" },
  /* Several sentences in one quote. */
  { "\"We lost. We will be back. We always come back,\" coach Dale Reyes "
    "said.",
    FD_CLAIM_QUOTE, "We lost. We will be back. We always come back",
    "coach Dale Reyes", NULL },
  /* A paragraph that opens a quote without closing it goes on in the
   * next one, which re-opens with a mark: one utterance. */
  { "Harper said: \"The first part of my answer is long.\n\n\"The second "
    "part follows here,\" she added.",
    FD_CLAIM_QUOTE,
    "The first part of my answer is long. The second part follows here",
    "Harper", NULL },
  /* Two quotes around one frame are one utterance. */
  { "\xe2\x80\x9cWe did our best,\xe2\x80\x9d Lina Park said. "
    "\xe2\x80\x9cThe rest is up to the voters.\xe2\x80\x9d",
    FD_CLAIM_QUOTE, "We did our best The rest is up to the voters.",
    "Lina Park", NULL },
  /* A partial quote: the speaker is the subject of its verb. */
  { "The minister called the plan \xe2\x80\x9c"
    "a reckless gamble with "
    "public money\xe2\x80\x9d during the debate.",
    FD_CLAIM_QUOTE, "a reckless gamble with public money", "The minister",
    NULL },
  { "Lee said the agreement was \"a historic step for both nations\" and "
    "thanked the hosts.",
    FD_CLAIM_QUOTE, "a historic step for both nations", "Lee", NULL },
  /* Plural nouns spelt like verbs of saying are not cues: "the United
   * States", "Trump's tweets". */
  { "Foreign Minister Ana Lind said the United States would take "
    "\"robust steps\" in response.",
    FD_CLAIM_QUOTE, "robust steps", "Foreign Minister Ana Lind", NULL },
  { "Senator Ruth Vale says the mayor's early-morning tweets are \"lies "
    "and conspiracy theories.\"",
    FD_CLAIM_QUOTE, "lies and conspiracy theories.", "Senator Ruth Vale",
    NULL },
  /* A cue later in the sentence is not the quote's frame. */
  { "Mayor Ana Ortiz promised \"robust steps\" in response, and the "
    "council later said it agreed.",
    FD_CLAIM_QUOTE, "robust steps", "Mayor Ana Ortiz", NULL },
  /* A sentence after a closed quote that frames the next quote. */
  { "Russia insisted that Pyongyang \"stop its dangerous escapades.\" The "
    "energy agency said the North had shown \"complete disregard of the "
    "demands.\"",
    FD_CLAIM_QUOTE, "stop its dangerous escapades.", "Russia", NULL },
  /* Verbs of raised voice and written words name their speaker too. */
  { "\"Why is this not proof the bank is too big?\" Senator Ito demanded.",
    FD_CLAIM_QUOTE, "Why is this not proof the bank is too big?",
    "Senator Ito", NULL },
  { "\"Our children are thriving in these schools,\" the letter reads.",
    FD_CLAIM_QUOTE, "Our children are thriving in these schools", "the letter",
    NULL },
  { "The plan rests on \"lawful sources of income,\" as a ministry memo "
    "put it.",
    FD_CLAIM_QUOTE, "lawful sources of income", "a ministry memo", NULL },
  /* A dateline and an opening adjunct are not the subject. */
  { "HARBOR CITY, Calif., Oct. 4 (UPI) \xe2\x80\x94 Former Governor Rita "
    "Okon criticized the law as a \"crazy system\" during a stop.",
    FD_CLAIM_QUOTE, "crazy system", "Former Governor Rita Okon", NULL },
  { "Once in my early 20s, when we drove to the coast, I laughed and said, "
    "\"I do not believe in ghosts.\"",
    FD_CLAIM_QUOTE, "I do not believe in ghosts.", "I", NULL },
  /* "who" stands for the name before it; the mention is the pronoun. */
  { "Voters remember Senator Dora Hale, who in 2010 said the party's goal "
    "was a \"one-term mayor\" for the city.",
    FD_CLAIM_QUOTE, "one-term mayor", "Senator Dora Hale", "who" },
  /* A who-clause between name and verb is an apposition. */
  { "Councillor Rhys Bannon, who chairs the finance committee, said the "
    "payments were \"only a first step for the valley.\"",
    FD_CLAIM_QUOTE, "only a first step for the valley.",
    "Councillor Rhys Bannon", NULL },
  /* "it" speaks for an institution. */
  { "The security council said on Friday that it was united.\n\nIt called "
    "the test \"a clear "
    "threat to peace and security.\"",
    FD_CLAIM_QUOTE, "a clear threat to peace and security.",
    "The security council", "It" },
  /* Whatever stands between a closing mark and its verb is the
   * subject, however long; a party-state tag is part of it. */
  { "\"It is an invasion of the state's domain,\" Nora Pruett, the "
    "attorney general of Kansas, one of the states suing the agency, said "
    "at an event.",
    FD_CLAIM_QUOTE, "It is an invasion of the state's domain", "Nora Pruett",
    NULL },
  { "\"The veto will be overridden,\" Senate Majority Leader Tom Rudd, "
    "R-Ky., said Tuesday.",
    FD_CLAIM_QUOTE, "The veto will be overridden",
    "Senate Majority Leader Tom Rudd", NULL },
  { "Ortiz \"is the only candidate with the experience to lead,\" retired "
    "Air Force general Lloyd Naylor said.",
    FD_CLAIM_QUOTE, "is the only candidate with the experience to lead",
    "retired Air Force general Lloyd Naylor", NULL },
  /* A paragraph opened with a closing-shaped mark still opens a quote. */
  { "Ortiz spoke about the flood.\n\n\xe2\x80\x9d\xe2\x80\xa6 what I "
    "learned from the families is that they want to stay,\xe2\x80\x9d she "
    "said.",
    FD_CLAIM_QUOTE,
    "\xe2\x80\xa6 what I learned from the families is that "
    "they want to stay",
    "Ortiz", "she" },
  /* A paragraph ending in a colon introduces the next one's quote, even
   * with a verb of no saying. */
  { "On July 6, 2015, Senator Vance made the following comment:\n\n"
    "\"If they are young, the real rate is 51 percent.\"",
    FD_CLAIM_QUOTE, "If they are young, the real rate is 51 percent.",
    "Senator Vance", NULL },
  /* A transcript quoted turn by turn: each label starts a new quote. */
  { "Partial transcript as follows:\n\n\"HOST: Will the senator attend "
    "the debate tomorrow night?\n\n\"MORALES: She will not be attending "
    "the debate tomorrow night.\n",
    FD_CLAIM_QUOTE, "She will not be attending the debate tomorrow night.",
    "MORALES", NULL },
  /* A quote inside a quote stays in it. */
  { "\"He told me 'never again' and walked out,\" Patel said.", FD_CLAIM_QUOTE,
    "He told me 'never again' and walked out", "Patel", NULL },
  /* A quote never closed stops at its paragraph's end. */
  { "\"This quote never closes and runs on\n\nThe next paragraph is the "
    "reporter's own narration.",
    FD_CLAIM_QUOTE, "This quote never closes and runs on", NULL, NULL },
  /* Transcript layout: "Name/ Title" above the words, no marks. */
  { "The mayor spoke at the harbor.\n\nMaria Lopez/ Harbor Commissioner\n\n"
    "We expect the new terminal to open before the summer season.\n",
    FD_CLAIM_QUOTE,
    "We expect the new terminal to open before the summer season.",
    "Maria Lopez", NULL },
  { "Jonas Falk /Fleet Director\n\nOur ships will sail on time this "
    "year.\n",
    FD_CLAIM_QUOTE, "Our ships will sail on time this year.", "Jonas Falk",
    NULL },
  /* Indirect speech. */
  { "Lee said that the two countries would resume regular visits.",
    FD_CLAIM_PARAPHRASE, "the two countries would resume regular visits",
    "Lee", NULL },
  { "Ruiz told reporters the dam was safe for now.", FD_CLAIM_PARAPHRASE,
    "the dam was safe for now", "Ruiz", NULL },
  { "Ortiz said the bridge would cost less than planned.", FD_CLAIM_PARAPHRASE,
    "the bridge would cost less than planned", "Ortiz", NULL },
  { "The bridge will reopen in June, the transport ministry said.",
    FD_CLAIM_PARAPHRASE, "The bridge will reopen in June",
    "the transport ministry", NULL },
  /* The reported clause after a listener and an adjunct, without a
   * trailing attribution or a dateline. */
  { "Tanabe told Park at the start of the meeting that Isharo was ready to "
    "open a new chapter.",
    FD_CLAIM_PARAPHRASE, "Isharo was ready to open a new chapter", "Tanabe",
    NULL },
  { "Lee said he wanted to deal with the crises within a three-way "
    "framework, according to Kang.",
    FD_CLAIM_PARAPHRASE,
    "he wanted to deal with the crises within a three-way framework", "Lee",
    NULL },
  { "PORT ALDER, Veloria (CPA) \xe2\x80\x93 The two leaders spoke by "
    "telephone on Wednesday, the presidential office said.",
    FD_CLAIM_PARAPHRASE, "The two leaders spoke by telephone on Wednesday",
    "the presidential office", NULL },
  /* A sentence-final "X said" frame, not "X said Y had …". */
  { "Tanabe proposed a hotline, an idea Velorian officials said Park had "
    "welcomed warmly.",
    FD_CLAIM_PARAPHRASE, "Park had welcomed warmly", "Velorian officials",
    NULL },
  { "The talks lasted an hour, according to Kim Soo-ah, the ministry's "
    "spokeswoman.",
    FD_CLAIM_PARAPHRASE, "The talks lasted an hour",
    "Kim Soo-ah, the ministry's spokeswoman", NULL },
};

static const FdClaim *
find (GPtrArray *claims, FdClaimType type, const char *value)
{
  gsize n = strlen (value);
  gboolean prefix = n >= 3 && strcmp (value + n - 3, "\xe2\x80\xa6") == 0;

  for (guint i = 0; i < claims->len; i++)
    {
      const FdClaim *c = claims->pdata[i];
      if (c->type != type)
        continue;
      if (prefix ? strncmp (c->value, value, n - 3) == 0
                 : strcmp (c->value, value) == 0)
        return c;
    }
  return NULL;
}

static void
dump (GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const FdClaim *c = claims->pdata[i];
      fprintf (stderr, "# %s [%s] %s\n", fd_claim_type_name (c->type),
               c->speaker ? c->speaker : "-", c->value);
    }
}

START_TEST (quote_cases)
{
  const Case *k = &cases[_i];
  g_autoptr (GPtrArray) claims = NULL;
  g_autoptr (FdDoc) doc = extract (k->text, &claims);
  const FdClaim *c = find (claims, k->type, k->value);
  g_autofree char *words = NULL, *mention = NULL;

  if (!c)
    dump (claims);
  ck_assert_msg (c != NULL, "case %d: no %s '%s'", _i,
                 fd_claim_type_name (k->type), k->value);
  /* start/end are the words themselves, without the marks. */
  words = span (doc, (gssize)c->start, (gssize)c->end);
  ck_assert_msg (!strchr ("\"'", words[0])
                     && strncmp (words, "\xe2\x80\x9c", 3) != 0,
                 "case %d: span starts with a mark: %s", _i, words);
  if (!k->speaker)
    {
      ck_assert_msg (c->speaker == NULL, "case %d: speaker %s", _i,
                     c->speaker);
      return;
    }
  ck_assert_msg (c->speaker && strcmp (c->speaker, k->speaker) == 0,
                 "case %d: speaker '%s', expected '%s'", _i,
                 c->speaker ? c->speaker : "(none)", k->speaker);
  mention = span (doc, c->speaker_start, c->speaker_end);
  ck_assert_str_eq (mention, k->mention ? k->mention : k->speaker);
}
END_TEST

/* What is not a quote: scare quotes, titles, apostrophes. */
START_TEST (quote_not_quotes)
{
  static const char *const texts[] = {
    "The so-called \"peace dividend\" never arrived.",
    "The players' union said it won't sign the workers' deal.",
    "She appeared on \"Morning Report Live\" last week.",
    "It's the leaders' summit, isn't it? Rock 'n' roll.",
    "Mayor Ortiz said so on the network's \"Sunday Morning Report.\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GPtrArray) claims = NULL;
      g_autoptr (FdDoc) doc = extract (texts[i], &claims);
      for (guint k = 0; k < claims->len; k++)
        {
          const FdClaim *c = claims->pdata[k];
          ck_assert_msg (c->type != FD_CLAIM_QUOTE, "'%s': quote '%s'",
                         texts[i], c->value);
        }
    }
}
END_TEST

/* A line that ingest marks as a transcript label, even without a slash. */
START_TEST (quote_speaker_line_class)
{
  const char *text = "Anna Berg, Chief Engineer\n\nThe tunnel is safe and "
                     "will stay open all winter.\n";
  g_autoptr (GError) err = NULL;
  FdIngestOptions opts = { 0 };
  g_autoptr (FdDoc) doc
      = fd_ingest_buffer ("t", "t", text, strlen (text), &opts, &err);
  g_autoptr (GPtrArray) claims
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
  const FdClaim *c;

  ck_assert (doc != NULL);
  fd_test_force_body (doc);
  fd_split_doc (doc);
  ck_assert_uint_ge (doc->n_lines, 1);
  doc->lines[0].cls = FD_LINE_SPEAKER;
  fd_quote_extract (doc, claims);
  c = find (claims, FD_CLAIM_QUOTE, "The tunnel is safe\xe2\x80\xa6");
  ck_assert (c != NULL);
  ck_assert_str_eq (c->speaker, "Anna Berg");
}
END_TEST

/* An unclosed quote must not swallow the article: the claim ends in its
 * own paragraph. */
START_TEST (quote_unclosed_is_capped)
{
  GString *s = g_string_new ("Dara Quinn said, \"I will not resign");
  g_autoptr (GPtrArray) claims = NULL;
  g_autoptr (FdDoc) doc = NULL;
  gsize para_end;

  para_end = s->len;
  for (int i = 0; i < 50; i++)
    g_string_append (s, "\n\nAnother paragraph of plain reporting here.");
  doc = extract (s->str, &claims);
  ck_assert_uint_eq (claims->len, 1);
  ck_assert_uint_le (((FdClaim *)claims->pdata[0])->end, para_end);
  ck_assert_str_eq (((FdClaim *)claims->pdata[0])->speaker, "Dara Quinn");
  g_string_free (s, TRUE);
}
END_TEST

static gboolean
has_speaker (GPtrArray *claims, FdClaimType type, const char *speaker)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const FdClaim *c = claims->pdata[i];
      if (c->type == type && c->speaker && strstr (c->speaker, speaker))
        return TRUE;
    }
  return FALSE;
}

/* The seed articles (read at run time): every direct quote has a speaker,
 * and the ones a reader names are there. */
START_TEST (quote_seeds)
{
  const char *dir = g_getenv ("FD_SEEDS");
  g_autoptr (GDir) d = NULL;
  g_autoptr (GPtrArray) all
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
  g_autoptr (GPtrArray) docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  const char *name;
  guint quotes = 0;
  gboolean transcript = FALSE;

  if (!dir || !(d = g_dir_open (dir, 0, NULL)))
    return; /* no seeds here: nothing to check */
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr (GPtrArray) claims = NULL;
      gsize len;
      FdDoc *doc;

      if (!g_str_has_suffix (name, ".txt")
          || !g_file_get_contents (path, &data, &len, NULL))
        continue;
      doc = extract (data, &claims);
      g_ptr_array_add (docs, doc);
      for (guint i = 0; i < claims->len; i++)
        {
          FdClaim *c = claims->pdata[i];
          if (c->type == FD_CLAIM_QUOTE)
            {
              quotes++;
              ck_assert_msg (c->speaker != NULL && c->speaker_start >= 0,
                             "%s: quote without speaker: %.40s", name,
                             c->value);
            }
        }
      if (g_str_has_prefix (name, "003_"))
        {
          transcript = TRUE;
          ck_assert (has_speaker (claims, FD_CLAIM_QUOTE, "Lee Jae-myung"));
          ck_assert (has_speaker (claims, FD_CLAIM_QUOTE, "Ishiba Shigeru"));
        }
      while (claims->len)
        g_ptr_array_add (all, g_ptr_array_steal_index (claims, 0));
    }
  if (quotes == 0)
    return;
  ck_assert (transcript);
  /* Leaders, a spokeswoman, governments and offices. */
  ck_assert (has_speaker (all, FD_CLAIM_QUOTE, "Lee"));
  ck_assert (has_speaker (all, FD_CLAIM_QUOTE, "Ishiba"));
  ck_assert (has_speaker (all, FD_CLAIM_PARAPHRASE, "Kang Yu-jung"));
  ck_assert (has_speaker (all, FD_CLAIM_QUOTE, "Japanese government"));
  ck_assert (has_speaker (all, FD_CLAIM_QUOTE, "foreign ministry"));
  ck_assert (has_speaker (all, FD_CLAIM_QUOTE, "Office of the President"));
  ck_assert (has_speaker (all, FD_CLAIM_PARAPHRASE, "president"));
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("quote");
  TCase *tc = tcase_create ("quote");

  tcase_add_loop_test (tc, quote_cases, 0, G_N_ELEMENTS (cases));
  tcase_add_test (tc, quote_not_quotes);
  tcase_add_test (tc, quote_speaker_line_class);
  tcase_add_test (tc, quote_unclosed_is_capped);
  tcase_add_test (tc, quote_seeds);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
