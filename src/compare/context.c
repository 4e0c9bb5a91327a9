/* context.c - see context.h.
 *
 * Words are read with a small ASCII-folding tokenizer: a word is a run of
 * letters and digits (non-ASCII bytes count as letters, so names in other
 * scripts survive), split at hyphens, so "Jae-myung" and "Jae Myung" give
 * the same tokens.  Stems strip a few English suffixes; that is enough to
 * make "talks" meet "talk" and "meeting" meet "meet". */
#include "compare/context.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* Event words and their class.  Multi-word entries are matched on
 * consecutive tokens.  "inaugural" is deliberately absent: "an inaugural
 * call" is a first call, not an inauguration. */
typedef struct
{
  const char *words;
  const char *event;
} EventWord;

static const EventWord event_words[] = {
  { "took office", "inauguration" },
  { "assumed office", "inauguration" },
  { "taking office", "inauguration" },
  { "took power", "inauguration" },
  { "sworn in", "inauguration" },
  { "inauguration", "inauguration" },
  { "inaugurated", "inauguration" },
  { "press conference", "conference" },
  { "news conference", "conference" },
  { "phone call", "call" },
  { "phone talk", "call" },
  { "phone talks", "call" },
  { "telephone conversation", "call" },
  { "phone conversation", "call" },
  { "call", "call" },
  { "calls", "call" },
  { "phoned", "call" },
  { "telephone", "call" },
  { "conversation", "call" },
  { "sat down", "meeting" },
  { "talks", "meeting" },
  { "meeting", "meeting" },
  { "meetings", "meeting" },
  { "met", "meeting" },
  { "meet", "meeting" },
  { "summit", "meeting" },
  { "discussion", "meeting" },
  { "discussions", "meeting" },
  { "vote", "election" },
  { "election", "election" },
  { "elected", "election" },
  { "ballot", "election" },
  { "polls", "election" },
  { "anniversary", "anniversary" },
  { "visit", "visit" },
  { "visits", "visit" },
  { "trip", "visit" },
  { "flight", "travel" },
  { "flood", "flood" },
  { "flooding", "flood" },
  { "storm", "storm" },
  { "match", "match" },
  { "final", "match" },
  { "game", "match" },
  { "speech", "speech" },
  { "address", "speech" },
  { "deal", "agreement" },
  { "agreement", "agreement" },
  { "treaty", "agreement" },
  { "ceremony", "ceremony" },
  { "strike", "strike" },
  { "attack", "attack" },
  { "earthquake", "earthquake" },
  { "fire", "fire" },
  { "hearing", "hearing" },
  { "trial", "trial" },
  { "session", "session" },
  { "launch", "launch" },
};

/* Sorted (bytewise): starts_title searches it for every capitalised
 * token.  At most one title begins with a given word, so the order
 * decides no match. */
static const char *const titles[] = {
  "ambassador",
  "captain",
  "ceo",
  "chair",
  "chairman",
  "chairwoman",
  "chancellor",
  "chief",
  "coach",
  "commissioner",
  "director",
  "dr",
  "emperor",
  "foreign minister",
  "gen",
  "general",
  "gov",
  "governor",
  "judge",
  "king",
  "leader",
  "mayor",
  "minister",
  "mr",
  "mrs",
  "ms",
  "pm",
  "pope",
  "premier",
  "president",
  "prime minister",
  "prince",
  "princess",
  "queen",
  "rep",
  "secretary",
  "sen",
  "senator",
  "sheriff",
  "spokesman",
  "spokesperson",
  "spokeswoman",
  "sultan",
};

/* Sorted (bytewise): looked up by binary search for every token. */
static const char *const stopwords[] = {
  "a",     "about", "after",  "also", "an",   "and",  "are",  "as",    "at",
  "be",    "been",  "before", "but",  "by",   "for",  "from", "had",   "has",
  "have",  "he",    "her",    "his",  "i",    "in",   "into", "is",    "it",
  "its",   "just",  "more",   "not",  "of",   "on",   "only", "or",    "our",
  "said",  "says",  "she",    "some", "than", "that", "the",  "their", "them",
  "there", "they",  "this",   "to",   "was",  "we",   "were", "which", "who",
  "will",  "with",  "would",  "you",
};

struct FdPeople
{
  GHashTable *tokens; /* lower-case name token -> GINT_TO_POINTER (1) */
};

typedef struct
{
  gsize start, end; /* byte span in the document */
  char key[48];     /* lower-case ASCII-folded token */
  guint8 len;       /* strlen (key) */
  gboolean cap;     /* starts with an upper-case letter */
  /* Set by annotate () only: */
  gint16 event;  /* index in event_words of the phrase starting here, or
                    -1 */
  gboolean word; /* a content word: no stop word, no number */
  guint32 hash;  /* when word: hash of its stem */
} Tok;

static gboolean
is_word_byte (unsigned char c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

/* Each byte as a token's key holds it: ASCII letters lower-cased, digits
 * and non-ASCII bytes as they are; 0 for the bytes that end a token
 * (punctuation, space, and 0xe2, which begins U+2019 and friends). */
/* clang-format off */
static const guchar key_byte[256] = {
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x00 */
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x08 */
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x10 */
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x18 */
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x20 */
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x28 */
  0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,  /* 0x30 */
  0x38, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x38 */
  0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,  /* 0x40 */
  0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,  /* 0x48 */
  0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,  /* 0x50 */
  0x78, 0x79, 0x7a, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x58 */
  0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,  /* 0x60 */
  0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,  /* 0x68 */
  0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,  /* 0x70 */
  0x78, 0x79, 0x7a, 0x00, 0x00, 0x00, 0x00, 0x00,  /* 0x78 */
  0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,  /* 0x80 */
  0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,  /* 0x88 */
  0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,  /* 0x90 */
  0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,  /* 0x98 */
  0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,  /* 0xa0 */
  0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,  /* 0xa8 */
  0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7,  /* 0xb0 */
  0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,  /* 0xb8 */
  0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7,  /* 0xc0 */
  0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,  /* 0xc8 */
  0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7,  /* 0xd0 */
  0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,  /* 0xd8 */
  0xe0, 0xe1, 0x00, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7,  /* 0xe0 */
  0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,  /* 0xe8 */
  0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7,  /* 0xf0 */
  0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,  /* 0xf8 */
};
/* clang-format on */
/* clang-format on */

/* Tokens per batch that tokenize_into appends at once. */
#define TOK_BATCH 32

/* Appends the tokens of text[start, end) to @toks.  They are made in a
 * batch on the stack and appended a batch at a time: growing the array a
 * token at a time cost more than reading the bytes. */
static void
tokenize_into (GArray *toks, const char *text, gsize start, gsize end)
{
  Tok batch[TOK_BATCH];
  guint nb = 0;
  gsize i = start;

  while (i < end)
    {
      Tok *t;
      gsize n = 0;
      unsigned char c = (unsigned char)text[i];
      if (!is_word_byte (c) || c == 0xe2)
        {
          /* U+2019 and friends (E2 80 xx) are punctuation, not letters.
           * A lone 0xe2 in the last two bytes is passed too: it can begin
           * no token, and taken for one it began an empty token without
           * moving on, for ever. */
          i += (c == 0xe2 && i + 2 < end) ? 3 : 1;
          continue;
        }
      if (nb == TOK_BATCH)
        {
          g_array_append_vals (toks, batch, nb);
          nb = 0;
        }
      t = &batch[nb++];
      t->start = i;
      t->cap = c >= 'A' && c <= 'Z';
      /* The first 47 bytes go into the key, the rest only to the end. */
      for (guchar k; i < end && n + 1 < sizeof t->key
                     && (k = key_byte[(guchar)text[i]]) != 0;
           i++)
        t->key[n++] = (char)k;
      while (i < end && key_byte[(guchar)text[i]] != 0)
        i++;
      t->key[n] = '\0';
      t->len = (guint8)n;
      t->end = i;
    }
  if (nb)
    g_array_append_vals (toks, batch, nb);
}

/* Tokens of text[start, end). */
static GArray *
tokenize (const char *text, gsize start, gsize end)
{
  /* Room for the usual one token per six bytes, so that appending
   * seldom grows the array. */
  GArray *toks = g_array_sized_new (FALSE, FALSE, sizeof (Tok),
                                    (guint)((end - start) / 6 + 4));

  tokenize_into (toks, text, start, end);
  return toks;
}

/* Longest word in stopwords: a longer one needs no search. */
#define STOPWORD_MAX 6

static gboolean
is_stopword_len (const char *w, gsize len)
{
  gsize lo = 0, hi = G_N_ELEMENTS (stopwords);

  if (len > STOPWORD_MAX)
    return FALSE;
  /* A binary search that settles most steps on the first byte. */
  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;
      const char *sw = stopwords[mid];
      int d = (guchar)w[0] - (guchar)sw[0];
      if (d == 0)
        d = strcmp (w, sw);
      if (d == 0)
        return TRUE;
      if (d < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return FALSE;
}

static gboolean
is_stopword (const char *w)
{
  return is_stopword_len (w, strnlen (w, STOPWORD_MAX + 1));
}

static gboolean
in_list (const char *w, const char *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (w, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Light English stemming: enough to join inflections of one word.
 * @w has @n bytes and room for one more; returns the stem's length. */
static gsize
stem_len (char *w, gsize n)
{
  if (n > 5 && memcmp (w + n - 3, "ing", 3) == 0)
    n -= 3;
  else if (n > 4 && memcmp (w + n - 2, "ed", 2) == 0)
    n -= 2;
  else if (n > 4 && memcmp (w + n - 3, "ies", 3) == 0)
    w[n - 3] = 'y', n -= 2;
  else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
    n -= 1;
  /* "share" meets "sharing", "leave" meets "leaving". */
  if (n > 4 && w[n - 1] == 'e')
    n -= 1;
  w[n] = '\0';
  return n;
}

static void
stem (char *w)
{
  stem_len (w, strlen (w));
}

/* TRUE when token @t is the word @w of @n bytes. */
static inline gboolean
tok_is (const Tok *t, const char *w, gsize n)
{
  return t->len == n && memcmp (t->key, w, n) == 0;
}

/* Matches a (possibly multi-word) phrase at token @i; returns the number
 * of tokens matched or 0. */
static guint
match_phrase (const GArray *toks, guint i, const char *phrase)
{
  guint k = 0;
  const char *p = phrase;

  /* Most tokens fail on the first letter: decide that before walking the
   * phrase. */
  if (i >= toks->len || g_array_index (toks, Tok, i).key[0] != phrase[0])
    return 0;

  while (*p)
    {
      const Tok *t;
      guint n = 0;
      if (i + k >= toks->len)
        return 0;
      t = &g_array_index (toks, Tok, i + k);
      /* The token's key has no spaces and ends in NUL, so it matches the
       * phrase's next word exactly when the walk stops on both ends. */
      while (p[n] && p[n] != ' ' && p[n] == t->key[n])
        n++;
      if ((p[n] && p[n] != ' ') || n != t->len)
        return 0;
      k++;
      p += n;
      if (*p == ' ')
        p++;
    }
  return k;
}

static const EventWord *
event_at (const GArray *toks, guint i, guint *len)
{
  for (gsize e = 0; e < G_N_ELEMENTS (event_words); e++)
    if ((*len = match_phrase (toks, i, event_words[e].words)))
      return &event_words[e];
  return NULL;
}

/* One tokenized, annotated span of a document. */
typedef struct
{
  gsize start, end;
  GArray *toks; /* Tok, annotated */
} CachedSpan;

/* Room for the event phrases of one first letter ("t" has the most). */
#define MAX_PER_INITIAL 16

struct FdContextCache
{
  const FdDoc *doc;  /* the document the spans belong to (borrowed) */
  GHashTable *spans; /* CachedSpan* of doc, keyed by itself: start, end
                        (borrowed from all) */
  GPtrArray *all;    /* CachedSpan* (owned): the first n_used are doc's;
                        the rest, and their token arrays, wait to be
                        reused for the next document rather than freed
                        and made again */
  guint n_used;
  /* event_words indexes by first letter, in table order */
  guint8 n_initial[256];
  guint8 initial[256][MAX_PER_INITIAL];
  guint8 first_len[G_N_ELEMENTS (event_words)]; /* bytes of the phrase's
                                                   first word */
  /* stopwords[stop_lo[c], stop_hi[c]) begin with byte c */
  guint8 stop_lo[256], stop_hi[256];
  guint8 stop_len[G_N_ELEMENTS (stopwords)];
};

/* is_stopword_len for a token, with @cache's index of the stop words by
 * first byte: a few length checks instead of a binary search. */
static gboolean
is_stopword_cached (const FdContextCache *cache, const char *w, gsize len)
{
  guchar c = (guchar)w[0];

  if (len > STOPWORD_MAX)
    return FALSE;
  for (guint k = cache->stop_lo[c]; k < cache->stop_hi[c]; k++)
    if (cache->stop_len[k] == len && memcmp (stopwords[k], w, len) == 0)
      return TRUE;
  return FALSE;
}

/* Fills the annotations of @toks that fd_context_init reads for every
 * claim: the event phrase at each token and the stem hash of each content
 * word.  Done once per sentence, as many claims share one. */
static void
annotate (GArray *toks, const FdContextCache *cache)
{
  for (guint i = 0; i < toks->len; i++)
    {
      Tok *t = &g_array_index (toks, Tok, i);
      guchar c = (guchar)t->key[0];
      t->event = -1;
      /* Only the phrases with the token's first letter, in table order, so
       * that the first that matches wins as in event_at. */
      for (guint k = 0; k < cache->n_initial[c] && t->event < 0; k++)
        {
          guint e = cache->initial[c][k];
          /* A phrase's first word must be the whole token. */
          if (cache->first_len[e] == t->len
              && match_phrase (toks, i, event_words[e].words))
            t->event = (gint16)e;
        }
      t->word = !is_stopword_cached (cache, t->key, t->len)
                && !g_ascii_isdigit (t->key[0]);
      t->hash = 0;
      if (t->word)
        {
          char k[sizeof t->key];
          memcpy (k, t->key, sizeof k);
          t->hash = (guint32)XXH3_64bits (k, stem_len (k, t->len));
        }
    }
}

static guint
span_hash (gconstpointer p)
{
  const CachedSpan *s = p;
  return (guint)(s->start * 2654435761u) ^ (guint)s->end;
}

static gboolean
span_equal (gconstpointer a, gconstpointer b)
{
  const CachedSpan *x = a, *y = b;
  return x->start == y->start && x->end == y->end;
}

static void
span_free (CachedSpan *s)
{
  g_array_unref (s->toks);
  g_free (s);
}

FdContextCache *
fd_context_cache_new (void)
{
  FdContextCache *cache = g_new0 (FdContextCache, 1);

  cache->spans = g_hash_table_new (span_hash, span_equal);
  cache->all = g_ptr_array_new_with_free_func ((GDestroyNotify)span_free);
  for (gsize e = 0; e < G_N_ELEMENTS (event_words); e++)
    {
      guchar c = (guchar)event_words[e].words[0];
      g_assert (cache->n_initial[c] < MAX_PER_INITIAL);
      cache->initial[c][cache->n_initial[c]++] = (guint8)e;
      cache->first_len[e] = (guint8)strcspn (event_words[e].words, " ");
    }
  /* stopwords is sorted, so each first byte's words are one run. */
  for (gsize k = G_N_ELEMENTS (stopwords); k-- > 0;)
    {
      guchar c = (guchar)stopwords[k][0];
      if (cache->stop_hi[c] == 0)
        cache->stop_hi[c] = (guint8)(k + 1);
      cache->stop_lo[c] = (guint8)k;
      cache->stop_len[k] = (guint8)strlen (stopwords[k]);
    }
  return cache;
}

void
fd_context_cache_free (FdContextCache *cache)
{
  if (!cache)
    return;
  g_hash_table_unref (cache->spans);
  g_ptr_array_unref (cache->all);
  g_free (cache);
}

/* The annotated tokens of doc->text[start, end), borrowed from @cache. */
static const GArray *
cached_tokens (FdContextCache *cache, const FdDoc *doc, gsize start, gsize end)
{
  CachedSpan key = { start, end, NULL }, *s;

  if (cache->doc != doc)
    {
      g_hash_table_remove_all (cache->spans);
      cache->n_used = 0;
      cache->doc = doc;
    }
  s = g_hash_table_lookup (cache->spans, &key);
  if (!s)
    {
      if (cache->n_used < cache->all->len)
        {
          s = cache->all->pdata[cache->n_used];
          g_array_set_size (s->toks, 0);
          tokenize_into (s->toks, doc->text, start, end);
        }
      else
        {
          s = g_new (CachedSpan, 1);
          s->toks = tokenize (doc->text, start, end);
          g_ptr_array_add (cache->all, s);
        }
      cache->n_used++;
      s->start = start;
      s->end = end;
      annotate (s->toks, cache);
      g_hash_table_add (cache->spans, s);
    }
  return s->toks;
}

const char *
fd_context_event_of (const char *text, gsize len, const char **word)
{
  g_autoptr (GArray) toks = tokenize (text, 0, len);

  for (guint i = 0; i < toks->len; i++)
    {
      guint n;
      const EventWord *ew = event_at (toks, i, &n);
      if (ew)
        {
          if (word)
            *word = ew->words;
          return ew->event;
        }
    }
  return NULL;
}

GHashTable *
fd_context_content_words (const char *text)
{
  GHashTable *set
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) toks = tokenize (text, 0, strlen (text));

  for (guint i = 0; i < toks->len; i++)
    {
      Tok t = g_array_index (toks, Tok, i);
      if (is_stopword (t.key) || g_ascii_isdigit (t.key[0]) || t.cap)
        continue;
      stem (t.key);
      g_hash_table_add (set, g_strdup (t.key));
    }
  return set;
}

/* Adds the name tokens of every spelling of every person in @entities. */
static void
learn_entities (FdPeople *p, const FdEntitySet *entities)
{
  for (guint i = 0; i < fd_entity_set_size (entities); i++)
    {
      const FdEntity *e = fd_entity_set_get (entities, i);
      gboolean titled = FALSE;
      if (e->kind != FD_ENTITY_PERSON)
        continue;
      /* Two capitalised words are often a place or a body ("Selk
       * Strait"); a person is someone the articles give a title to. */
      for (guint v = 0; v < e->n_variants && !titled; v++)
        {
          g_autoptr (GArray) vt = tokenize (e->variants[v].text, 0,
                                            strlen (e->variants[v].text));
          for (gsize t = 0; t < G_N_ELEMENTS (titles) && !titled; t++)
            titled = match_phrase (vt, 0, titles[t]) > 0;
        }
      if (!titled)
        continue;
      for (guint v = 0; v < e->n_variants; v++)
        {
          const char *text = e->variants[v].text;
          g_autoptr (GArray) toks = tokenize (text, 0, strlen (text));
          for (guint t = 0; t < toks->len; t++)
            {
              const Tok *tk = &g_array_index (toks, Tok, t);
              if (tk->cap && !in_list (tk->key, titles, G_N_ELEMENTS (titles)))
                g_hash_table_replace (p->tokens, g_strdup (tk->key),
                                      GINT_TO_POINTER (1));
            }
        }
    }
}

/* TRUE when token key @w (@n bytes, n > 0) is the first word of a
 * title.  The titles that begin with @w sort first @w itself, then "@w
 * …", then longer words: the first title not below @w decides. */
static gboolean
starts_title (const char *w, gsize n)
{
  gsize lo = 0, hi = G_N_ELEMENTS (titles);

  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;
      const char *t = titles[mid];
      /* Most steps settle on the first byte. */
      int d = (guchar)t[0] - (guchar)w[0];
      if (d == 0)
        d = strncmp (t, w, n);
      if (d < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < G_N_ELEMENTS (titles) && strncmp (titles[lo], w, n) == 0
         && (titles[lo][n] == '\0' || titles[lo][n] == ' ');
}

/* TRUE when one of the eight bytes of @x is an upper-case ASCII letter:
 * a byte test for 64 < b < 91 that no byte's carry or borrow reaches
 * another's (bytes of 0x80 and above drop out on ~x). */
static inline gboolean
has_upper8 (guint64 x)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 low7 = ones * 127;

  return ((ones * (127 + 91) - (x & low7)) & ~x
          & ((x & low7) + ones * (127 - 64)) & ones * 128)
         != 0;
}

/* TRUE when text[start, end) may hold a capitalised token that begins a
 * title; FALSE only when tokenize would find none there.  Most sentences
 * name no one by title and need no tokens at all, so this looks only at
 * upper-case ASCII letters that may start a token. */
static gboolean
may_have_title (const char *text, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    {
      unsigned char c, p;
      char key[16];
      gsize n = 0, k = i;
      guint64 eight;
      /* Most bytes are no capital: pass them eight at a time. */
      while (i + 8 <= end
             && (memcpy (&eight, text + i, 8), !has_upper8 (eight)))
        i += 8;
      if (i >= end)
        break;
      c = (unsigned char)text[i];
      if (c < 'A' || c > 'Z')
        continue;
      /* A token starts after a byte that is no part of a word; any
       * non-ASCII byte may end a U+2019-like mark, so it counts too. */
      p = i > start ? (unsigned char)text[i - 1] : ' ';
      if (p < 0x80 && is_word_byte (p))
        continue;
      while (k < end && n < sizeof key && is_word_byte ((unsigned char)text[k])
             && (unsigned char)text[k] != 0xe2)
        {
          c = (unsigned char)text[k++];
          key[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
      if (n < sizeof key && starts_title (key, n))
        return TRUE;
    }
  return FALSE;
}

GPtrArray *
fd_people_scan_doc (const FdDoc *doc)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; s < doc->n_sents; s++)
    {
      const FdSentence *sent = &doc->sents[s];
      g_autoptr (GArray) toks = NULL;
      if (!fd_line_class_is_content (sent->cls)
          || !may_have_title (doc->text, sent->start, sent->end))
        continue;
      toks = tokenize (doc->text, sent->start, sent->end);
      for (guint i = 0; i < toks->len; i++)
        {
          guint n = 0, j;
          if (!g_array_index (toks, Tok, i).cap)
            continue; /* titles are capitalised before a name */
          for (gsize t = 0; t < G_N_ELEMENTS (titles) && !n; t++)
            n = match_phrase (toks, i, titles[t]);
          if (!n)
            continue;
          /* Up to three capitalised tokens after a title are a name
           * ("President Lee Jae Myung"). */
          for (j = i + n; j < toks->len && j < i + n + 3; j++)
            {
              const Tok *t = &g_array_index (toks, Tok, j);
              if (!t->cap || in_list (t->key, titles, G_N_ELEMENTS (titles)))
                break;
              g_ptr_array_add (out, g_strdup (t->key));
            }
        }
    }
  return out;
}

FdPeople *
fd_people_learn_scanned (GPtrArray *scans, const FdEntitySet *entities)
{
  FdPeople *p = g_new0 (FdPeople, 1);

  p->tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (entities)
    learn_entities (p, entities);
  for (guint d = 0; d < scans->len; d++)
    {
      const GPtrArray *toks = scans->pdata[d];
      for (guint i = 0; i < toks->len; i++)
        g_hash_table_replace (p->tokens, g_strdup (toks->pdata[i]),
                              GINT_TO_POINTER (1));
    }
  return p;
}

FdPeople *
fd_people_learn (GPtrArray *docs, const FdEntitySet *entities)
{
  g_autoptr (GPtrArray) scans
      = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  for (guint d = 0; d < docs->len; d++)
    g_ptr_array_add (scans, fd_people_scan_doc (docs->pdata[d]));
  return fd_people_learn_scanned (scans, entities);
}

void
fd_people_free (FdPeople *people)
{
  if (!people)
    return;
  g_hash_table_unref (people->tokens);
  g_free (people);
}

/* Sorts @n hashes in place.  A claim has a few dozen words at most, where
 * insertion sort beats qsort's merge sort and its allocation. */
static void
sort_u32 (guint32 *v, guint n)
{
  for (guint i = 1; i < n; i++)
    {
      guint32 x = v[i];
      guint j = i;
      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
}

/* People named in @toks: runs of capitalised tokens known as names. */
static void
collect_people (const GArray *toks, const FdPeople *people, GPtrArray *out)
{
  for (guint i = 0; i < toks->len; i++)
    {
      GString *name;
      const Tok *t = &g_array_index (toks, Tok, i);
      if (!t->cap || !g_hash_table_contains (people->tokens, t->key))
        continue;
      name = g_string_new (NULL);
      while (i < toks->len)
        {
          t = &g_array_index (toks, Tok, i);
          if (!t->cap || !g_hash_table_contains (people->tokens, t->key))
            break;
          if (name->len)
            g_string_append_c (name, ' ');
          g_string_append (name, t->key);
          i++;
        }
      g_ptr_array_add (out, g_string_free (name, FALSE));
    }
}

/* The event nearest to the byte span [s, e) among @toks, skipping tokens
 * inside [skip_s, skip_e). */
static const EventWord *
nearest_event (const GArray *toks, gsize s, gsize e, gsize skip_s,
               gsize skip_e)
{
  const EventWord *best = NULL;
  gsize best_dist = G_MAXSIZE;

  for (guint i = 0; i < toks->len; i++)
    {
      const Tok *t = &g_array_index (toks, Tok, i);
      const EventWord *ew;
      gsize dist;
      if (t->start >= skip_s && t->start < skip_e)
        continue;
      if (t->event < 0)
        continue;
      ew = &event_words[t->event];
      /* "agreed on Wednesday to restore regular visits": an event in a
       * purpose clause after the claim is planned, not dated by it. */
      if (t->start >= e && i >= 1
          && (tok_is (&g_array_index (toks, Tok, i - 1), "to", 2)
              || (i >= 2
                  && tok_is (&g_array_index (toks, Tok, i - 2), "to", 2))
              || (i >= 3
                  && tok_is (&g_array_index (toks, Tok, i - 3), "to", 2))))
        continue;
      dist = t->start >= e ? t->start - e : t->end <= s ? s - t->end : 0;
      if (dist < best_dist)
        {
          best_dist = dist;
          best = ew;
        }
    }
  return best;
}

static guint
sentence_index (const FdDoc *doc, gsize start)
{
  for (guint i = 0; i < doc->n_sents; i++)
    if (doc->sents[i].start <= start && start < doc->sents[i].end)
      return i;
  return doc->n_sents;
}

/* Writes to @out (room for @to - @from) the sorted unique hashes of the
 * stemmed content words of tokens [@from, @to), leaving out the claim's
 * own words, and returns how many there are. */
static guint
word_hashes (const GArray *toks, const FdClaim *c, guint from, guint to,
             guint32 *out)
{
  guint n = 0, m = 0;

  for (guint i = from; i < to; i++)
    {
      const Tok *t = &g_array_index (toks, Tok, i);
      if (t->end > c->start && t->start < c->end)
        continue; /* the value itself says nothing about the topic */
      if (!t->word)
        continue;
      out[n++] = t->hash;
    }
  sort_u32 (out, n);
  for (guint i = 0; i < n; i++)
    if (m == 0 || out[i] != out[m - 1])
      out[m++] = out[i];
  return m;
}

/* Sets @ctx's words and near hashes from @toks, the tokens of @c's
 * sentence.  Both go in one block, sized exactly: a context is kept for
 * as long as its story is aligned, and most claims have a few dozen
 * words. */
static void
context_words (FdContext *ctx, const FdClaim *c, const GArray *toks)
{
  guint32 small[256];
  guint32 *buf = 2 * toks->len <= G_N_ELEMENTS (small)
                     ? small
                     : g_new (guint32, 2 * toks->len);
  guint first = toks->len, last = 0;

  ctx->n_words = word_hashes (toks, c, 0, toks->len, buf);
  for (guint i = 0; i < toks->len; i++)
    if (g_array_index (toks, Tok, i).end > c->start
        && g_array_index (toks, Tok, i).start < c->end)
      {
        first = MIN (first, i);
        last = MAX (last, i + 1);
      }
  if (first < toks->len)
    ctx->n_near = word_hashes (toks, c, first > 8 ? first - 8 : 0,
                               MIN (toks->len, last + 8), buf + ctx->n_words);
  if (ctx->n_words + ctx->n_near > 0)
    {
      ctx->words = g_memdup2 (buf, (ctx->n_words + ctx->n_near) * sizeof *buf);
      ctx->near = ctx->words + ctx->n_words;
    }
  if (buf != small)
    g_free (buf);
}

void
fd_context_init (FdContext *ctx, const FdClaim *c, const FdPeople *people)
{
  g_autoptr (FdContextCache) cache = fd_context_cache_new ();

  fd_context_init_cached (ctx, c, people, cache);
}

void
fd_context_init_cached (FdContext *ctx, const FdClaim *c,
                        const FdPeople *people, FdContextCache *cache)
{
  const FdDoc *doc = c->doc;
  const GArray *toks = cached_tokens (cache, doc, c->sent_start, c->sent_end);
  const GArray *pt = NULL;
  gsize skip_s = c->anchor_start >= 0 ? (gsize)c->anchor_start : 0;
  gsize skip_e = c->anchor_end >= 0 ? (gsize)c->anchor_end : 0;
  const EventWord *ew;
  guint si;

  memset (ctx, 0, sizeof *ctx);
  ctx->people = g_ptr_array_new_with_free_func (g_free);

  ew = nearest_event (toks, c->start, c->end, skip_s, skip_e);
  ctx->event_near = ew != NULL;
  si = sentence_index (doc, c->start);
  if (si > 0 && si < doc->n_sents)
    pt = cached_tokens (cache, doc, doc->sents[si - 1].start,
                        doc->sents[si - 1].end);
  if (!ew && pt)
    {
      /* "The phone talk, which lasted 25 minutes": nothing here names the
       * event any more precisely, but the sentence before usually does. */
      const FdSentence *prev = &doc->sents[si - 1];
      ew = nearest_event (pt, prev->end, prev->end, 0, 0);
    }
  if (ew)
    {
      ctx->event = ew->event;
      ctx->event_word = ew->words;
    }
  if (c->anchor && c->anchor_start >= 0)
    ctx->anchor_event
        = fd_context_event_of (doc->text + c->anchor_start,
                               (gsize)(c->anchor_end - c->anchor_start), NULL);
  else if (c->anchor)
    ctx->anchor_event
        = fd_context_event_of (c->anchor, strlen (c->anchor), NULL);

  if (people)
    {
      collect_people (toks, people, ctx->people);
      ctx->n_own_people = ctx->people->len;
      /* Who took part is often said in the sentence before ("Lee spoke to
       * X. The call lasted …"). */
      if (pt && fd_line_class_is_content (doc->sents[si - 1].cls))
        collect_people (pt, people, ctx->people);
    }
  if (ctx->people->len == 0)
    g_clear_pointer (&ctx->people, g_ptr_array_unref); /* most claims */

  context_words (ctx, c, toks);
}

void
fd_context_clear (FdContext *ctx)
{
  if (ctx->people)
    g_ptr_array_unref (ctx->people);
  g_free (ctx->words);
  memset (ctx, 0, sizeof *ctx);
}

static double
jaccard (const guint32 *aw, guint an, const guint32 *bw, guint bn)
{
  guint i = 0, j = 0, both = 0;

  if (an + bn == 0)
    return 0;
  while (i < an && j < bn)
    {
      if (aw[i] == bw[j])
        {
          both++;
          i++;
          j++;
        }
      else if (aw[i] < bw[j])
        i++;
      else
        j++;
    }
  return (double)both / (an + bn - both);
}

double
fd_context_word_similarity (const FdContext *a, const FdContext *b)
{
  return jaccard (a->words, a->n_words, b->words, b->n_words);
}

double
fd_context_near_similarity (const FdContext *a, const FdContext *b)
{
  return jaccard (a->near, a->n_near, b->near, b->n_near);
}

/* TRUE when the space-separated token lists @p and @q share a token.
 * Names are built from non-empty tokens joined by single spaces
 * (collect_people), so walking the bytes finds what splitting them
 * would, without an allocation per pair of claims. */
static gboolean
shares_token (const char *p, const char *q)
{
  for (const char *x = p; *x;)
    {
      gsize xn = strcspn (x, " ");
      for (const char *y = q; *y;)
        {
          gsize yn = strcspn (y, " ");
          if (xn == yn && memcmp (x, y, xn) == 0)
            return TRUE;
          y += yn + (y[yn] == ' ');
        }
      x += xn + (x[xn] == ' ');
    }
  return FALSE;
}

/* TRUE when person @p shares a token with one of the @n people @list. */
static gboolean
person_in (const char *p, char *const *list, guint n)
{
  for (guint i = 0; i < n; i++)
    if (shares_token (p, list[i]))
      return TRUE;
  return FALSE;
}

gboolean
fd_context_people_compatible (const FdContext *a, const FdContext *b)
{
  gboolean a_extra = FALSE, b_extra = FALSE;
  char *const *own_a, *const *own_b;

  /* Only the people of the claims' own sentences (they come first): the
   * sentence before often names someone else the story is about.  This
   * is asked of most pairs of claims in a story, and most claims name
   * nobody. */
  if (!a->n_own_people || !b->n_own_people)
    return TRUE;
  own_a = (char *const *)a->people->pdata;
  own_b = (char *const *)b->people->pdata;
  for (guint i = 0; i < a->n_own_people && !a_extra; i++)
    a_extra = !person_in (own_a[i], own_b, b->n_own_people);
  for (guint i = 0; i < b->n_own_people && !b_extra; i++)
    b_extra = !person_in (own_b[i], own_a, a->n_own_people);
  return !(a_extra && b_extra);
}
