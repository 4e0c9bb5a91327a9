/* speaker.c - see speaker.h: speech cues and the mentions of their
 * speakers, read from the tokens of one line.
 *
 * The rules are shallow on purpose: news attributions are formulaic, and
 * a wrong long guess costs more than a short right one, so every phrase is
 * bounded (twelve words) and stops at the first clause word. */
#include "claims/speaker.h"

#include "claims/wordset.h"

#include <string.h>

typedef struct
{
  const char *word;
  const char *next; /* second word of a two-word cue, or NULL */
  FdSpeechKind kind;
  gboolean reports;
} Cue;

/* Verbs of saying as news writes them.  "reports" is FALSE for verbs that
 * take a quote or a name but no reported clause ("called it …"). */
static const Cue cues[] = {
  { "said", NULL, FD_SPEECH_PLAIN, TRUE },
  { "says", NULL, FD_SPEECH_PLAIN, TRUE },
  { "say", NULL, FD_SPEECH_PLAIN, TRUE },
  { "added", NULL, FD_SPEECH_PLAIN, TRUE },
  { "adds", NULL, FD_SPEECH_PLAIN, TRUE },
  { "stated", NULL, FD_SPEECH_PLAIN, TRUE },
  { "states", NULL, FD_SPEECH_PLAIN, TRUE },
  { "noted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "notes", NULL, FD_SPEECH_PLAIN, TRUE },
  { "explained", NULL, FD_SPEECH_PLAIN, TRUE },
  { "explains", NULL, FD_SPEECH_PLAIN, TRUE },
  { "wrote", NULL, FD_SPEECH_PLAIN, TRUE },
  { "writes", NULL, FD_SPEECH_PLAIN, TRUE },
  { "tweeted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "tweets", NULL, FD_SPEECH_PLAIN, TRUE },
  { "posted", NULL, FD_SPEECH_PLAIN, FALSE },
  { "argued", NULL, FD_SPEECH_PLAIN, TRUE },
  { "argues", NULL, FD_SPEECH_PLAIN, TRUE },
  { "insisted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "insists", NULL, FD_SPEECH_PLAIN, TRUE },
  { "warned", NULL, FD_SPEECH_PLAIN, TRUE },
  { "warns", NULL, FD_SPEECH_PLAIN, TRUE },
  { "declared", NULL, FD_SPEECH_PLAIN, TRUE },
  { "announced", NULL, FD_SPEECH_PLAIN, TRUE },
  { "recalled", NULL, FD_SPEECH_PLAIN, TRUE },
  { "continued", NULL, FD_SPEECH_PLAIN, FALSE },
  { "assessed", NULL, FD_SPEECH_PLAIN, TRUE },
  { "claimed", NULL, FD_SPEECH_PLAIN, TRUE },
  { "claims", NULL, FD_SPEECH_PLAIN, TRUE },
  { "replied", NULL, FD_SPEECH_PLAIN, TRUE },
  { "responded", NULL, FD_SPEECH_PLAIN, TRUE },
  { "remarked", NULL, FD_SPEECH_PLAIN, TRUE },
  { "stressed", NULL, FD_SPEECH_PLAIN, TRUE },
  { "emphasized", NULL, FD_SPEECH_PLAIN, TRUE },
  { "emphasised", NULL, FD_SPEECH_PLAIN, TRUE },
  { "acknowledged", NULL, FD_SPEECH_PLAIN, TRUE },
  { "admitted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "suggested", NULL, FD_SPEECH_PLAIN, TRUE },
  { "commented", NULL, FD_SPEECH_PLAIN, FALSE },
  { "observed", NULL, FD_SPEECH_PLAIN, TRUE },
  { "predicted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "promised", NULL, FD_SPEECH_PLAIN, TRUE },
  { "vowed", NULL, FD_SPEECH_PLAIN, TRUE },
  { "conceded", NULL, FD_SPEECH_PLAIN, TRUE },
  { "contended", NULL, FD_SPEECH_PLAIN, TRUE },
  { "countered", NULL, FD_SPEECH_PLAIN, TRUE },
  { "maintained", NULL, FD_SPEECH_PLAIN, TRUE },
  { "confirmed", NULL, FD_SPEECH_PLAIN, TRUE },
  { "asserted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "complained", NULL, FD_SPEECH_PLAIN, TRUE },
  { "charged", NULL, FD_SPEECH_PLAIN, TRUE },
  { "testified", NULL, FD_SPEECH_PLAIN, TRUE },
  { "quipped", NULL, FD_SPEECH_PLAIN, FALSE },
  { "joked", NULL, FD_SPEECH_PLAIN, FALSE },
  { "mused", NULL, FD_SPEECH_PLAIN, FALSE },
  { "boasted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "lamented", NULL, FD_SPEECH_PLAIN, TRUE },
  { "reported", NULL, FD_SPEECH_PLAIN, TRUE },
  { "reports", NULL, FD_SPEECH_PLAIN, TRUE },
  { "wondered", NULL, FD_SPEECH_PLAIN, FALSE },
  { "called", NULL, FD_SPEECH_PLAIN, FALSE },
  { "calls", NULL, FD_SPEECH_PLAIN, FALSE },
  { "described", NULL, FD_SPEECH_PLAIN, FALSE },
  { "demanded", NULL, FD_SPEECH_PLAIN, FALSE },
  { "shouted", NULL, FD_SPEECH_PLAIN, FALSE },
  { "yelled", NULL, FD_SPEECH_PLAIN, FALSE },
  { "yells", NULL, FD_SPEECH_PLAIN, FALSE },
  { "screamed", NULL, FD_SPEECH_PLAIN, FALSE },
  { "exclaimed", NULL, FD_SPEECH_PLAIN, FALSE },
  { "cried", NULL, FD_SPEECH_PLAIN, FALSE },
  { "chanted", NULL, FD_SPEECH_PLAIN, FALSE },
  { "whispered", NULL, FD_SPEECH_PLAIN, FALSE },
  { "sang", NULL, FD_SPEECH_PLAIN, FALSE },
  { "sings", NULL, FD_SPEECH_PLAIN, FALSE },
  { "retorted", NULL, FD_SPEECH_PLAIN, FALSE },
  { "interjected", NULL, FD_SPEECH_PLAIN, FALSE },
  { "snapped", NULL, FD_SPEECH_PLAIN, FALSE },
  { "scoffed", NULL, FD_SPEECH_PLAIN, FALSE },
  { "pleaded", NULL, FD_SPEECH_PLAIN, FALSE },
  { "answered", NULL, FD_SPEECH_PLAIN, FALSE },
  { "concluded", NULL, FD_SPEECH_PLAIN, TRUE },
  { "reiterated", NULL, FD_SPEECH_PLAIN, TRUE },
  { "cautioned", NULL, FD_SPEECH_PLAIN, TRUE },
  { "pledged", NULL, FD_SPEECH_PLAIN, TRUE },
  { "proclaimed", NULL, FD_SPEECH_PLAIN, TRUE },
  { "opined", NULL, FD_SPEECH_PLAIN, TRUE },
  { "objected", NULL, FD_SPEECH_PLAIN, FALSE },
  { "recounted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "texted", NULL, FD_SPEECH_PLAIN, TRUE },
  { "emailed", NULL, FD_SPEECH_PLAIN, TRUE },
  { "reads", NULL, FD_SPEECH_PLAIN, FALSE },
  { "put", "it", FD_SPEECH_PLAIN, FALSE },
  { "puts", "it", FD_SPEECH_PLAIN, FALSE },
  { "pointed", "out", FD_SPEECH_PLAIN, TRUE },
  { "told", NULL, FD_SPEECH_TELL, TRUE },
  { "tells", NULL, FD_SPEECH_TELL, TRUE },
  { "asked", NULL, FD_SPEECH_TELL, FALSE },
  { "asks", NULL, FD_SPEECH_TELL, FALSE },
  { "informed", NULL, FD_SPEECH_TELL, TRUE },
  { "assured", NULL, FD_SPEECH_TELL, TRUE },
  { "urged", NULL, FD_SPEECH_TELL, FALSE },
  { "quoted", NULL, FD_SPEECH_QUOTED, FALSE },
  { "according", "to", FD_SPEECH_ACCORDING, FALSE },
  { "saying", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "adding", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "noting", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "writing", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "telling", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "arguing", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "warning", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "declaring", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "calling", NULL, FD_SPEECH_PARTICIPLE, FALSE },
  { "asking", NULL, FD_SPEECH_PARTICIPLE, FALSE },
  { "claiming", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "insisting", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "explaining", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "recalling", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "complaining", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "demanding", NULL, FD_SPEECH_PARTICIPLE, FALSE },
  { "vowing", NULL, FD_SPEECH_PARTICIPLE, TRUE },
  { "stressing", NULL, FD_SPEECH_PARTICIPLE, TRUE },
};
static FdWordSet cues_set = FD_WORD_SET (cues);

/* Words between a subject and its verb: "Lee also said", "Trump has
 * said", "he later told". */
static const char *const adverbs[] = {
  "also",    "then",    "later",        "earlier",    "previously", "recently",
  "again",   "once",    "further",      "has",        "have",       "had",
  "was",     "would",   "will",         "reportedly", "repeatedly", "simply",
  "quickly", "finally", "publicly",     "privately",  "just",       "often",
  "now",     "first",   "subsequently", "similarly",  "separately", "flatly",
  "bluntly", "angrily", "tersely",      "had",        "even",       "openly",
};
static FdWordSet adverbs_set = FD_WORD_SET (adverbs);

/* Words that begin a clause: a subject never runs across them. */
static const char *const clause_words[] = {
  "that",   "which",  "who",   "whom",     "whose",  "but",  "or",
  "while",  "when",   "as",    "because",  "if",     "so",   "where",
  "after",  "before", "since", "although", "though", "what", "than",
  "said",   "says",   "told",  "whether",  "how",    "why",  "until",
  "unless", "nor",    "once",
};
static FdWordSet clause_words_set = FD_WORD_SET (clause_words);

/* Words that start an adjunct after an inverted verb or "according to X":
 * "said Caddell in an interview", "according to Kang on Monday". */
static const char *const adjunct_words[] = {
  "in",      "on",        "at",        "during", "after",    "before",
  "when",    "while",     "who",       "which",  "that",     "as",
  "to",      "told",      "said",      "says",   "last",     "this",
  "earlier", "later",     "yesterday", "today",  "tonight",  "monday",
  "tuesday", "wednesday", "thursday",  "friday", "saturday", "sunday",
  "via",     "and",       "but",       "adding", "saying",   "because",
  "if",      "since",     "about",     "with",   "without",  "where",
};
static FdWordSet adjunct_words_set = FD_WORD_SET (adjunct_words);

static const char *const function_words[] = {
  "the",       "a",         "an",        "at",         "in",        "on",
  "when",      "while",     "after",     "before",     "as",        "if",
  "since",     "although",  "but",       "and",        "so",        "during",
  "for",       "with",      "by",        "from",       "to",        "of",
  "it",        "this",      "that",      "these",      "those",     "there",
  "here",      "his",       "her",       "their",      "its",       "our",
  "my",        "your",      "i",         "you",        "what",      "why",
  "how",       "who",       "where",     "not",        "no",        "yes",
  "now",       "then",      "still",     "even",       "also",      "however",
  "meanwhile", "according", "asked",     "speaking",   "earlier",   "later",
  "last",      "next",      "though",    "once",       "all",       "only",
  "because",   "unless",    "until",     "whether",    "despite",   "instead",
  "indeed",    "perhaps",   "finally",   "today",      "yesterday", "tonight",
  "twenty",    "thirty",    "forty",     "fifty",      "two",       "three",
  "four",      "five",      "six",       "seven",      "eight",     "nine",
  "ten",       "several",   "some",      "many",       "most",      "both",
  "each",      "every",     "another",   "other",      "such",      "like",
  "unlike",    "amid",      "following", "throughout", "across",    "under",
  "over",      "against",   "into",      "through",    "within",    "without",
};
static FdWordSet function_words_set = FD_WORD_SET (function_words);

/* Words that open a noun phrase: a subject may be long and lower-case
 * when it starts with one ("a statement from the prime minister's
 * office said"). */
static const char *const determiners[] = {
  "a", "an", "the", "his", "her", "their", "its", "one", "another",
};
static FdWordSet determiners_set = FD_WORD_SET (determiners);

/* Pronouns that can be a speaker mention.  "I" is the writer of an
 * opinion piece; "who" and "which" stand for the name before them ("Mitch
 * McConnell, who in 2010 said"); a contraction keeps its pronoun ("He’s
 * claiming"). */
static const char *const pronouns[] = {
  "he",
  "she",
  "they",
  "we",
  "i",
  "it",
  "who",
  "which",
  "he's",
  "she's",
  "it's",
  "he\xe2\x80\x99s",
  "she\xe2\x80\x99s",
  "it\xe2\x80\x99s",
};
static FdWordSet pronouns_set = FD_WORD_SET (pronouns);

/* Pronouns that stand for an institution or a group, never a person. */
static const char *const pronouns_nonperson[] = {
  "they", "we", "it", "which", "it's", "it\xe2\x80\x99s",
};
static FdWordSet pronouns_nonperson_set = FD_WORD_SET (pronouns_nonperson);

/* Heads of institution names: "the foreign ministry", "The Post". */
static const char *const institutions[] = {
  "office",      "ministry",     "government",     "house",
  "department",  "agency",       "committee",      "council",
  "party",       "campaign",     "administration", "commission",
  "association", "union",        "institute",      "university",
  "court",       "police",       "service",        "bureau",
  "network",     "press",        "post",           "times",
  "news",        "journal",      "statement",      "report",
  "reports",     "officials",    "sources",        "spokesperson",
  "group",       "company",      "corporation",    "embassy",
  "cabinet",     "parliament",   "congress",       "senate",
  "team",        "organization", "organisation",   "foundation",
  "center",      "centre",       "poll",           "survey",
  "media",       "outlets",      "analysts",       "experts",
  "observers",   "officials",    "aides",          "people",
  "leaders",     "residents",    "critics",        "democrats",
  "republicans", "announcement", "broadcast",      "ad",
  "release",     "website",
};
static FdWordSet institutions_set = FD_WORD_SET (institutions);

/* TRUE when the token is a word of @set: the lists above, each hashed
 * once (see wordset.h), are tried on nearly every token. */
static inline gboolean
in_set (const char *text, const FdQTok *t, FdWordSet *set)
{
  return t->kind == FD_QTOK_WORD
         && fd_word_set_has (set, text + t->start, t->end - t->start);
}

#define IN(text, t, list) in_set ((text), (t), &list##_set)

/* Verb forms that are also plural nouns: "Trump's tweets", "the United
 * States", "news reports said".  They are nouns after a determiner, a
 * possessive, a number or a compound adjective, and before a verb. */
static const char *const noun_forms[] = {
  "states", "tweets", "claims", "reports", "notes", "calls", "posts",
};
static FdWordSet noun_forms_set = FD_WORD_SET (noun_forms);

static const char *const noun_before[] = {
  "the",     "a",      "an",       "his",    "her",     "their", "its",
  "our",     "my",     "your",     "these",  "those",   "news",  "media",
  "press",   "some",   "many",     "recent", "earlier", "early", "new",
  "several", "other",  "such",     "phone",  "two",     "three", "no",
  "false",   "public", "previous", "and",    "of",      "in",    "on",
  "for",     "with",   "about",    "to",     "from",
};
static FdWordSet noun_before_set = FD_WORD_SET (noun_before);

static const char *const copulas[] = {
  "are",  "were",   "have",    "had",       "is",       "was",
  "will", "would",  "can",     "could",     "said",     "say",
  "show", "showed", "suggest", "suggested", "indicate",
};
static FdWordSet copulas_set = FD_WORD_SET (copulas);

/* TRUE when the word at toks[i] may be a verb of saying rather than a
 * noun of the same spelling. */
static gboolean
verb_context (const char *text, const FdQTok *toks, guint n, guint i)
{
  const FdQTok *prev = i > 0 ? &toks[i - 1] : NULL;
  gsize plen;

  /* A capital inside a sentence is a name: "United States", "Reports". */
  if (fd_quote_token_is_cap (text, &toks[i]) && prev
      && prev->kind == FD_QTOK_WORD)
    return FALSE;
  if (!IN (text, &toks[i], noun_forms))
    return TRUE;
  if (i + 1 < n && IN (text, &toks[i + 1], copulas))
    return FALSE;
  if (!prev || prev->kind != FD_QTOK_WORD)
    return TRUE;
  plen = prev->end - prev->start;
  /* "Trump's claims", "early-morning tweets", "2 reports". */
  if (plen > 2 && (text[prev->end - 1] == 's' || text[prev->end - 1] == 'S')
      && (text[prev->end - 2] == '\'' || (guchar)text[prev->end - 2] == 0x99))
    return FALSE;
  if (memchr (text + prev->start, '-', plen)
      || g_ascii_isdigit (text[prev->start]))
    return FALSE;
  return !IN (text, prev, noun_before);
}

/* The tests of a cue after its word: the word is cues[@k].  Out of line,
 * so that the loops that try every word keep only the hash in them (with
 * this inlined they saved and restored a dozen registers a word). */
static G_GNUC_NO_INLINE gboolean
cue_holds (const char *text, const FdQTok *toks, guint n, guint i, gint k,
           FdSpeechCue *cue)
{
  if (cues[k].next
      && (i + 1 >= n || !fd_quote_token_is (text, &toks[i + 1], cues[k].next)))
    return FALSE;
  if (!verb_context (text, toks, n, i))
    return FALSE;
  cue->kind = cues[k].kind;
  cue->len = cues[k].next ? 2 : 1;
  cue->reports = cues[k].reports;
  return TRUE;
}

gboolean
fd_speaker_cues (const char *text, const FdQTok *toks, guint n,
                 FdSpeechCue *cue, gboolean *is_cue)
{
  gboolean any = FALSE;

  fd_word_set_ensure (&cues_set);
  /* Every token is tried: one hash finds its cue, if any (no word is
   * listed twice in cues[]). */
  for (guint i = 0; i < n; i++)
    {
      gint k;

      is_cue[i] = FALSE;
      if (toks[i].kind != FD_QTOK_WORD)
        continue;
      k = fd_word_set_find_built (&cues_set, text + toks[i].start,
                                  toks[i].end - toks[i].start);
      if (k >= 0 && cue_holds (text, toks, n, i, k, &cue[i]))
        is_cue[i] = any = TRUE;
    }
  return any;
}

gboolean
fd_speaker_is_pronoun (const char *text, const FdQTok *t)
{
  return IN (text, t, pronouns);
}

static gboolean
is_punct (const FdQTok *t, gunichar c)
{
  return t->kind == FD_QTOK_PUNCT && t->ch == c;
}

/* TRUE when the dot at toks[i] belongs to an abbreviation ("Rep.",
 * "D-Wis."), so a name may run across it. */
static gboolean
is_abbrev_dot (const char *text, const FdQTok *toks, guint i)
{
  return is_punct (&toks[i], '.') && i > 0 && !toks[i].space_before
         && fd_quote_token_is_abbrev (text, &toks[i - 1]);
}

/* An adverb in -ly between a subject and its verb ("forcefully said"). */
static gboolean
is_ly (const char *text, const FdQTok *t)
{
  gsize n = t->end - t->start;

  return t->kind == FD_QTOK_WORD && n > 4 && g_ascii_islower (text[t->start])
         && strncmp (text + t->end - 2, "ly", 2) == 0;
}

gboolean
fd_speaker_before (const char *text, const FdQTok *toks, guint n, guint lo,
                   guint verb, FdSpeakerNP *np)
{
  gint i = (gint)verb - 1;
  gint last, first;
  guint words = 0, commas = 0;

  while (i >= (gint)lo
         && (IN (text, &toks[i], adverbs) || is_ly (text, &toks[i])))
    i--;
  /* "I laughed and said", "Trump paused and added": the subject of the
   * verb before "and" speaks. */
  if (i - 2 >= (gint)lo && fd_quote_token_is (text, &toks[i], "and")
      && toks[i - 1].kind == FD_QTOK_WORD
      && g_ascii_islower (text[toks[i - 1].start])
      && toks[i - 1].end - toks[i - 1].start > 3
      && strncmp (text + toks[i - 1].end - 2, "ed", 2) == 0)
    i -= 2;
  if (i < (gint)lo)
    return FALSE;
  /* "X, a description, said": the comma before the verb closes an
   * apposition, so the phrase may run over one more comma to its name. */
  if (is_punct (&toks[i], ','))
    {
      commas = 1;
      i--;
    }
  last = first = i;
  if (i >= (gint)lo && is_punct (&toks[i], ')'))
    {
      /* "Rep. Gwen Moore (D-Wis.) said": a short bracket right before the
       * verb belongs to the name. */
      gint j = i - 1;
      while (j >= (gint)lo && j > i - 8 && !is_punct (&toks[j], '('))
        j--;
      if (j < (gint)lo || !is_punct (&toks[j], '('))
        return FALSE;
      i = j - 1;
      last = i;
    }
  first = last + 1;
  for (; i >= (gint)lo; i--)
    {
      const FdQTok *t = &toks[i];

      if (t->kind == FD_QTOK_MARK)
        break;
      if (t->kind == FD_QTOK_PUNCT)
        {
          if (t->ch == ',' && commas > 0)
            {
              commas--;
              continue;
            }
          if (is_abbrev_dot (text, toks, (guint)i))
            continue;
          break;
        }
      if (fd_quote_token_is (text, t, "and") && i > (gint)lo && i + 1 <= last
          && fd_quote_token_is_cap (text, &toks[i - 1])
          && fd_quote_token_is_cap (text, &toks[i + 1]))
        {
          first = i;
          continue;
        }
      if ((fd_quote_token_is (text, t, "who")
           || fd_quote_token_is (text, t, "which"))
          && commas > 0 && i > (gint)lo && is_punct (&toks[i - 1], ','))
        {
          /* "Rhys Bannon, who chairs the committee, said": the clause is
           * an apposition; the name before it is the subject and the
           * mention. */
          words = 0;
          commas = 0;
          i--;
          last = first = i - 1;
          continue;
        }
      if ((fd_quote_token_is (text, t, "who")
           || fd_quote_token_is (text, t, "which"))
          && (first > last || !fd_quote_token_is_cap (text, &toks[first])))
        {
          /* "McConnell, who in 2010 said": the relative pronoun is the
           * subject; what came between was an adjunct. */
          np->first = np->last = (guint)i;
          np->pronoun = TRUE;
          return TRUE;
        }
      if (fd_quote_token_is (text, t, "and") || IN (text, t, clause_words))
        break;
      if (++words > 12)
        return FALSE;
      first = i;
    }
  /* Trim what cannot start a mention: stray commas, "And", "But". */
  while (first <= last
         && (toks[first].kind != FD_QTOK_WORD
             || fd_quote_token_is (text, &toks[first], "and")
             || fd_quote_token_is (text, &toks[first], "but")
             || fd_quote_token_is (text, &toks[first], "so")
             || fd_quote_token_is (text, &toks[first], "also")))
    first++;
  if (first > last || toks[last].kind != FD_QTOK_WORD)
    return FALSE;
  /* "…, an idea Velorian officials said": two noun phrases side by side
   * (a clause without its "that"); the second one speaks.  A title before
   * a name ("the Democratic nominee Hillary Clinton") ends in a capital. */
  if (IN (text, &toks[first], determiners)
      && g_ascii_islower (text[toks[last].start]))
    for (gint k = first + 1; k + 1 < last; k++)
      if (toks[k].kind == FD_QTOK_WORD && g_ascii_islower (text[toks[k].start])
          && !fd_speaker_is_function_word (text, &toks[k])
          && fd_quote_token_is_cap (text, &toks[k + 1]))
        {
          first = k + 1;
          break;
        }
  (void)n;
  np->first = (guint)first;
  np->last = (guint)last;
  np->pronoun = first == last && fd_speaker_is_pronoun (text, &toks[first]);
  /* A subject starts with a name, a determiner or a pronoun; a lower-case
   * start is a bare plural ("officials said") or the tail of a clause
   * ("going on to", "represents New York City educators").  A pronoun
   * followed by more words is a clause too ("He enacted rules"), and a
   * phrase never ends in a determiner ("one of the"). */
  if (IN (text, &toks[last], determiners))
    return FALSE;
  if (!np->pronoun && fd_speaker_is_pronoun (text, &toks[first]))
    return FALSE;
  if (!fd_quote_token_is_cap (text, &toks[first])
      && !IN (text, &toks[first], determiners)
      && !g_ascii_isdigit (text[toks[first].start])
      && (last - first > 1 || is_ly (text, &toks[first])))
    {
      /* A lower-case title before a name is fine ("coach Dale Reyes"),
       * a verb before one is not. */
      gboolean cap = FALSE;
      const FdQTok *t = &toks[first];
      gsize len = t->end - t->start;

      for (gint k = first + 1; k <= last; k++)
        cap = cap || fd_quote_token_is_cap (text, &toks[k]);
      if (!cap || text[t->end - 1] == 's'
          || (len > 3 && strncmp (text + t->end - 2, "ed", 2) == 0)
          || (len > 4 && strncmp (text + t->end - 3, "ing", 3) == 0))
        return FALSE;
    }
  return TRUE;
}

/* "Kang Yu-jung, Seoul's presidential spokeswoman": the description
 * after a name's comma belongs to the mention when it is a short noun
 * phrase (a determiner, a possessive or a noun first) that runs to the
 * sentence end or the next comma.  Returns the new last token. */
static guint
apposition (const char *text, const FdQTok *toks, guint comma, guint hi,
            guint last)
{
  guint i = comma + 1, words = 0;
  const FdQTok *t;
  gsize len;

  if (i >= hi || toks[i].kind != FD_QTOK_WORD)
    return last;
  t = &toks[i];
  len = t->end - t->start;
  if (IN (text, t, adjunct_words) || fd_speaker_is_pronoun (text, t)
      || (len > 3
          && (strncmp (text + t->end - 3, "ing", 3) == 0
              || strncmp (text + t->end - 2, "ed", 2) == 0)))
    return last;
  for (; i < hi; i++)
    {
      t = &toks[i];
      if (t->kind == FD_QTOK_MARK)
        return last;
      if (t->kind == FD_QTOK_PUNCT)
        {
          if (is_abbrev_dot (text, toks, i))
            continue;
          break;
        }
      if (IN (text, t, clause_words) || (++words > 8))
        return last;
      if (i > comma + 1 && IN (text, t, adjunct_words)
          && !fd_quote_token_is (text, t, "of")
          && !fd_quote_token_is (text, t, "for"))
        return last;
    }
  return i - 1 > comma ? i - 1 : last;
}

gboolean
fd_speaker_after (const char *text, const FdQTok *toks, guint n, guint from,
                  guint hi, FdSpeakerNP *np)
{
  guint i, words = 0;
  gint last = -1;

  hi = MIN (hi, n);
  if (from >= hi || toks[from].kind != FD_QTOK_WORD
      || IN (text, &toks[from], adjunct_words))
    return FALSE;
  for (i = from; i < hi; i++)
    {
      const FdQTok *t = &toks[i];

      if (t->kind == FD_QTOK_MARK)
        break;
      if (t->kind == FD_QTOK_PUNCT)
        {
          if (is_abbrev_dot (text, toks, i))
            continue;
          if (t->ch == '(')
            {
              guint j = i + 1;
              while (j < hi && j < i + 8 && !is_punct (&toks[j], ')'))
                j++;
              if (j < hi && is_punct (&toks[j], ')'))
                {
                  i = j;
                  last = (gint)j;
                  continue;
                }
            }
          break;
        }
      if (i > from && IN (text, t, adjunct_words))
        break;
      /* "a joint fact sheet released on Monday": a participle ends the
       * phrase, unless its agent follows ("figures published by both
       * governments"). */
      if (i > from && g_ascii_islower (text[t->start]) && t->end - t->start > 4
          && strncmp (text + t->end - 2, "ed", 2) == 0
          && !(i + 1 < hi && fd_quote_token_is (text, &toks[i + 1], "by")))
        break;
      if (++words > 12)
        return FALSE;
      last = (gint)i;
    }
  if (last < 0)
    return FALSE;
  np->first = from;
  np->last = (guint)last;
  np->pronoun
      = from == (guint)last && fd_speaker_is_pronoun (text, &toks[from]);
  if (!np->pronoun && i < hi && is_punct (&toks[i], ','))
    np->last = apposition (text, toks, i, hi, np->last);
  return TRUE;
}

gboolean
fd_speaker_is_person (const char *text, const FdQTok *toks,
                      const FdSpeakerNP *np)
{
  guint last = np->last;

  if (np->pronoun)
    return !IN (text, &toks[np->first], pronouns_nonperson);
  /* The head of an English noun phrase is its last word before any
   * apposition: "a statement from the president's office" is an office. */
  while (last > np->first && toks[last].kind != FD_QTOK_WORD)
    last--;
  for (guint i = np->first; i < last; i++)
    if (is_punct (&toks[i], ','))
      {
        last = i - 1;
        break;
      }
  return !IN (text, &toks[last], institutions);
}

/* IN (text, t, function_words), the test fd_speaker_is_function_word
 * makes of a word and of its part before a hyphen. */
static gboolean
in_function_words (const char *text, const FdQTok *t)
{
  return IN (text, t, function_words);
}

gboolean
fd_speaker_is_function_word (const char *text, const FdQTok *t)
{
  const char *dash;
  FdQTok head;

  if (in_function_words (text, t))
    return TRUE;
  /* "Twenty-two years ago, …": a compound number opens an adjunct. */
  dash = t->kind == FD_QTOK_WORD
             ? memchr (text + t->start, '-', t->end - t->start)
             : NULL;
  if (!dash)
    return FALSE;
  head = *t;
  head.end = (gsize)(dash - text);
  return in_function_words (text, &head);
}
