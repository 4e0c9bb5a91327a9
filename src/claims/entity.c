/* entity.c - see entity.h.
 *
 * Finding mentions: each content sentence is cut into tokens, and runs of
 * capitalised tokens (joined by single spaces, "of"/"the"/"for"/"and"
 * allowed inside an organisation's name) are read one by one: a title makes
 * the words after it a person, a keyword makes an organisation, the
 * gazetteer or a preceding "in" makes a place, two to four name-like words
 * make a person, and one name-like word is a reference to resolve later.
 *
 * Resolving: full names are grouped by their order key (names.h) or alias
 * group; one-word references are then attached to a full name (same
 * article first); what is left over and seen once may still be a
 * misspelling of a frequent name; anything else left over is dropped,
 * because a capitalised word alone ("Still", "Courtesy") is more often not
 * a name. */
#include "claims/entity.h"

#include "claims/names.h"
#include "claims/wordset.h"
#include "core/ascii8.h"
#include "core/json.h"

#include <string.h>
#include <xxhash.h>

G_DEFINE_QUARK (fd - entity - error - quark, fd_entity_error)

/* Misspelling rule: a name seen once, at most this many edits from a name
 * seen at least FREQUENT times, both at least MIN_LEN bytes long. */
#define MISSPELLING_EDITS 2
#define MISSPELLING_FREQUENT 3
#define MISSPELLING_MIN_LEN 5

static const char *const kind_names[FD_ENTITY_N_KINDS] = {
  [FD_ENTITY_PERSON] = "person",
  [FD_ENTITY_ORG] = "org",
  [FD_ENTITY_PLACE] = "place",
};

/* Titles before a person's name; the N_TITLE_PAIRS two-word titles
 * first. */
static const char *const titles[] = {
  "Prime Minister",
  "Vice President",
  "Crown Prince",
  "Foreign Minister",
  "President",
  "PM",
  "Mr.",
  "Ms.",
  "Mrs.",
  "Dr.",
  "Chancellor",
  "Minister",
  "Gov.",
  "Governor",
  "Sen.",
  "Senator",
  "Rep.",
  "King",
  "Queen",
  "Premier",
  "Secretary",
  "Chairman",
  "Chairwoman",
  "Mayor",
  "Ambassador",
  "Gen.",
  "General",
  "Pope",
  "Emperor",
  "Speaker",
  "Prof.",
  "Professor",
  "Judge",
  "Commissioner",
  "Spokesperson",
  "Spokeswoman",
  "Spokesman",
  "Lt.",
  "Col.",
  "Capt.",
  "Adm.",
  "Admiral",
  "Sir",
  "Dame",
  "Prince",
  "Princess",
  "Sheikh",
  "Rev.",
  "Leader",
  "Chief",
};
static FdWordSet titles_set = FD_WORD_SET_EXACT (titles);

/* Words that qualify a title right before it ("Defense Minister"). */
static const char *const title_qualifiers[] = {
  "Foreign",  "Defense",   "Defence", "Finance",    "Trade",
  "Interior", "Deputy",    "Vice",    "Former",     "Acting",
  "Chief",    "Cabinet",   "Economy", "Industry",   "Unification",
  "Health",   "Education", "Senior",  "Opposition", "Party",
  "Supreme",  "Executive",
};
static FdWordSet title_qualifiers_set = FD_WORD_SET_EXACT (title_qualifiers);

static const char *const org_keywords[] = {
  "Ministry",    "Office",    "Government",   "Party",
  "Bank",        "Inc.",      "Agency",       "Council",
  "Committee",   "Union",     "Association",  "Corporation",
  "Corp.",       "Co.",       "Ltd.",         "Company",
  "University",  "Institute", "Court",        "Assembly",
  "Parliament",  "Congress",  "Senate",       "Commission",
  "Department",  "Group",     "Organization", "Organisation",
  "Fund",        "Forces",    "Army",         "Navy",
  "Command",     "Bureau",    "Federation",   "Foundation",
  "Alliance",    "Authority", "Board",        "Administration",
  "Secretariat", "Agency",    "Cabinet",
};
static FdWordSet org_keywords_set = FD_WORD_SET_EXACT (org_keywords);

/* Countries, capitals and a few regions.  Small on purpose: "in X" and the
 * names seen elsewhere in the collection find the rest. */
static const char *const gazetteer[] = {
  "South Korea",  "North Korea", "Korea",         "Japan",
  "China",        "Taiwan",      "United States", "US",
  "U.S.",         "USA",         "America",       "United Kingdom",
  "UK",           "U.K.",        "Britain",       "Canada",
  "France",       "Germany",     "Italy",         "Russia",
  "Ukraine",      "India",       "Israel",        "Iran",
  "Iraq",         "Syria",       "Egypt",         "Australia",
  "Mexico",       "Brazil",      "Spain",         "Turkey",
  "Saudi Arabia", "Vietnam",     "Philippines",   "Indonesia",
  "Thailand",     "Singapore",   "Malaysia",      "Pakistan",
  "Afghanistan",  "Poland",      "Netherlands",   "Belgium",
  "Sweden",       "Norway",      "Switzerland",   "Gaza",
  "Middle East",  "Europe",      "Asia",          "Africa",
  "Seoul",        "Tokyo",       "Beijing",       "Pyongyang",
  "Washington",   "Ottawa",      "London",        "Paris",
  "Berlin",       "Rome",        "Moscow",        "Kyiv",
  "Kiev",         "New Delhi",   "Jerusalem",     "Tehran",
  "Taipei",       "Hong Kong",   "Canberra",      "Madrid",
  "Brussels",     "Geneva",      "New York",      "Busan",
  "Osaka",        "Shanghai",    "Calgary",       "Toronto",
  "Alberta",
};
static FdWordSet gazetteer_set = FD_WORD_SET_EXACT (gazetteer);

/* Spellings of one place that no key rule can join. */
static const char *const builtin_aliases[][6] = {
  { "United States", "US", "U.S.", "USA", "America", NULL },
  { "United Kingdom", "UK", "U.K.", "Britain", NULL, NULL },
  { "South Korea", "S. Korea", "S.Korea", NULL, NULL, NULL },
};

/* Capitalised words that are not names: sentence openers, nationality and
 * compass adjectives, days and months. */
static const char *const not_names[] = {
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "After",
  "Before",
  "But",
  "And",
  "As",
  "For",
  "From",
  "If",
  "When",
  "While",
  "With",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
  "His",
  "Her",
  "Their",
  "Our",
  "Its",
  "Despite",
  "Although",
  "Still",
  "Also",
  "Meanwhile",
  "According",
  "During",
  "Earlier",
  "Later",
  "Both",
  "However",
  "Officials",
  "Analysts",
  "Related",
  "Write",
  "By",
  "Courtesy",
  "Skip",
  "View",
  "There",
  "Here",
  "What",
  "How",
  "Why",
  "Who",
  "Where",
  "Such",
  "Some",
  "Many",
  "Most",
  "Other",
  "Under",
  "Over",
  "Among",
  "Since",
  "Until",
  "Unlike",
  "Like",
  "Even",
  "Yet",
  "So",
  "Then",
  "Now",
  "Today",
  "Yesterday",
  "Tomorrow",
  "Last",
  "Next",
  "Of",
  "To",
  "Not",
  "No",
  "Yes",
  "Mr",
  "Ms",
  "Japanese",
  "Korean",
  "Chinese",
  "American",
  "British",
  "Canadian",
  "Russian",
  "Ukrainian",
  "Israeli",
  "Iranian",
  "Indian",
  "German",
  "French",
  "Italian",
  "Australian",
  "European",
  "Asian",
  "Western",
  "Eastern",
  "Northern",
  "Southern",
  "North",
  "South",
  "East",
  "West",
  "Northeast",
  "Northwest",
  "Southeast",
  "Southwest",
  "Central",
  "Global",
  "International",
  "National",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "Summit",
  "News",
  "Today",
  "Photo",
  "Reuters",
  "Yonhap",
  "AP",
  "AFP",
};
static FdWordSet not_names_set = FD_WORD_SET_EXACT (not_names);

/* Abbreviations whose final dot belongs to the token. */
static const char *const abbrevs[] = {
  "Mr",  "Ms",   "Mrs",  "Dr",  "Gov",  "Sen", "Rep", "Gen",
  "Lt",  "Col",  "Capt", "Adm", "Prof", "Rev", "St",  "Jr",
  "Inc", "Corp", "Co",   "Ltd", "U.S",  "U.K", "S",   "No",
};
static FdWordSet abbrevs_set = FD_WORD_SET_EXACT (abbrevs);

typedef struct
{
  gsize s, e;    /* the token, possessive suffix excluded */
  gsize next;    /* first byte after the token and its suffix */
  gboolean poss; /* "Japan's" */
} Tok;

/* One way a name is written and the keys it is matched by, made once per
 * distinct spelling: a collection has millions of mentions of a few tens
 * of thousands of spellings.  The strings are cut at a NUL, as g_strndup
 * would cut them.  In a scan's forms (ScanForms), text and name point into the
 * document (they end at n_text and n_name, not at a NUL) and the keys are
 * NULL: they are made once a form reaches the set's table, and only for
 * the forms new there. */
/* A mention names its form by index, in as many bits as its flags leave
 * of 32: a table holds at most 64 M forms (spellings), more than any
 * collection that fits in memory has. */
#define FORM_BITS 26

typedef struct _Form Form;
struct _Form
{
  const char *text;  /* as written: the mention's span */
  const char *name;  /* the name only: title and possessive removed */
  const char *first; /* first and last part of name, folded (person
                        matching) */
  const char *last;
  const char *okey;     /* fd_names_order_key (name) */
  const Form *fwd;      /* in a scan's forms: the same form in the set's */
  guint n_text, n_name; /* strlen of text and name */
  guint hash;           /* form_hash_of (text, name), made once */
  guint index;          /* in its table's forms */
};

/* Forms, each once, and the bytes of their strings: the set's.  The
 * forms live in blocks that double in size, allocated as the table grows
 * and freed with it: at 100k articles the set has hundreds of thousands
 * of forms, each allocated and later freed on its own before (on the
 * main thread, while the documents are added and when the set goes). */
typedef struct
{
  GHashTable *by_key;  /* Form* -> itself, by text and name */
  GStringChunk *chunk; /* the strings */
  GPtrArray *forms;    /* Form*, in the blocks */
  GPtrArray *blocks;   /* Form[] (owned) */
  Form *next;          /* free room in the last block */
  guint left;          /* forms that fit there */
} FormTable;

/* A scan's forms, each once: their strings point into the scanned text
 * and they have no keys yet.  Scanning finds a few dozen forms per
 * document and the set keeps none of these structures, so they are
 * stored by value in one array, found through a small table of their
 * indices (open addressing, linear probing, at most half full) rather
 * than each allocated, hashed into a GHashTable and freed on its own. */
typedef struct
{
  GArray *forms; /* Form */
  guint *slots;  /* index + 1, 0 empty */
  guint mask;    /* slots - 1, slots a power of two */
} ScanForms;

/* One mention.  Small, because there are millions: its strings are its
 * form's, its document is an index into the set's (or scan's) ids. */
typedef struct
{
  gsize start;
  guint len; /* end - start; no longer than the form's text, whose length
                is a guint too */
  guint doc_index;
  gint entity;            /* after resolving; -1 none */
  guint form : FORM_BITS; /* index in the scan's or the set's forms */
  guint kind : 2;         /* FdEntityKind */
  guint kind_known : 1;
  guint single : 1; /* a one-word reference, resolved later */
  guint weak : 1;   /* from a title-case line: kept only when the same name
                       is found elsewhere */
  guint misspelling : 1;
} Mention;

typedef struct
{
  char *name; /* canonical for user aliases, NULL for built-in ones */
  gboolean user;
} AliasGroup;

typedef struct
{
  FdEntity pub;
  char *name;
  GArray *variants;   /* FdEntityVariant, text borrowed from mentions;
                         NULL until the entity is filled (half of the
                         entities made while resolving are dropped) */
  gint alias;         /* alias group or -1 */
  gboolean candidate; /* only unresolved one-word references */
  guint count;
  gint order; /* index after sorting, while resolving */
} Entity;

/* The set's mentions live in chunks of a fixed size: no copy as they
 * grow, and little unused room. */
#define CHUNK_BITS 14
#define CHUNK_SIZE (1u << CHUNK_BITS)

struct _FdEntitySet
{
  GPtrArray *chunks; /* Mention[CHUNK_SIZE] (owned) */
  guint n_mentions;
  FormTable forms;          /* of all the mentions */
  GPtrArray *doc_ids;       /* char*, owned */
  GPtrArray *aliases;       /* AliasGroup* */
  GHashTable *alias_by_key; /* order key -> alias index + 1 */
  GPtrArray *entities;      /* Entity*, after resolve */
  GHashTable *by_key;  /* order key -> entity index + 1, or -1 ambiguous */
  GHashTable *by_part; /* folded first/last part -> same */
  GHashTable *in_doc;  /* doc_part_key (doc id, folded first/last part) ->
                          entity index + 1 of the first full person name of
                          that document with that part */
  GStringChunk *in_doc_keys; /* in_doc's keys: tens of thousands, made
                                and freed together */
};

/* ---- tokens ---------------------------------------------------------- */

/* Membership of the token text in one of the lists above, case and all:
 * each list is hashed once (see wordset.h), and every capitalised token
 * meets several. */
#define IN_LIST(s, n, list) fd_word_set_has (&list##_set, (s), (n))

/* word_byte for a byte >= 0x80. */
static gboolean
word_byte_utf8 (const char *t, gsize i, gsize hi)
{
  unsigned char c = (unsigned char)t[i];

  if (c == 0xe2 && i + 1 < hi && (unsigned char)t[i + 1] == 0x80)
    return FALSE;
  /* Continuation bytes of a punctuation mark. */
  if (c < 0xc0 && i >= 1 && (unsigned char)t[i - 1] == 0xe2)
    return FALSE;
  if (c < 0xc0 && i >= 2 && (unsigned char)t[i - 2] == 0xe2
      && (unsigned char)t[i - 1] == 0x80)
    return FALSE;
  return TRUE;
}

/* A byte that continues a word: ASCII letters and digits, and UTF-8 that
 * is not general punctuation (U+2000-U+206F: curly quotes, dashes). */
static inline gboolean
word_byte (const char *t, gsize i, gsize hi)
{
  unsigned char c = (unsigned char)t[i];

  /* ASCII first, inline: nearly every byte of a text. */
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return word_byte_utf8 (t, i, hi);
}

/* Cuts [lo, hi) of @t into tokens, written from the start of @toks (an
 * array of Tok the caller reuses from sentence to sentence), and returns
 * their number.  The array only grows, to the longest sentence yet: its
 * length is its room, not the number of tokens (resizing it each
 * sentence cost a call or two). */
static guint
tokenize (GArray *toks, const char *t, gsize lo, gsize hi)
{
  gsize i = lo;
  guint len = 0;
  Tok *out;

  /* Never more tokens than bytes. */
  if (toks->len < hi - lo + 1)
    g_array_set_size (toks, (guint)(hi - lo + 1));
  out = (Tok *)(void *)toks->data;
  while (i < hi)
    {
      Tok k = { 0 };
      if (!word_byte (t, i, hi))
        {
          i++;
          continue;
        }
      k.s = i;
      while (i < hi)
        {
          /* Letters and digits, eight bytes at a time: most of a word. */
          i += fd_ascii_word_run (t + i, t + hi, FALSE);
          if (i >= hi)
            break;
          if (word_byte (t, i, hi))
            i++;
          else if ((t[i] == '-' || t[i] == '.' || t[i] == '\'') && i + 1 < hi
                   && word_byte (t, i + 1, hi)
                   && !(t[i] == '\'' && t[i + 1] == 's'
                        && (i + 2 >= hi || !word_byte (t, i + 2, hi))))
            i++;
          else
            break;
        }
      k.e = i;
      /* Possessives: "Japan's", "Japan’s", "leaders’". */
      if (i + 1 < hi && t[i] == '\'' && t[i + 1] == 's')
        {
          k.poss = TRUE;
          i += 2;
        }
      else if (i + 3 < hi && memcmp (t + i, "’s", 4) == 0)
        {
          k.poss = TRUE;
          i += 4;
        }
      else if (i + 2 < hi && memcmp (t + i, "’", 3) == 0 && t[i - 1] == 's')
        {
          k.poss = TRUE;
          i += 3;
        }
      else if (i < hi && t[i] == '.')
        {
          gsize n = k.e - k.s;
          if (IN_LIST (t + k.s, n, abbrevs))
            k.e = ++i;
        }
      k.next = i;
      out[len++] = k;
    }
  return len;
}

static gboolean
is_cap (const char *t, const Tok *k)
{
  return g_ascii_isupper (t[k->s]);
}

/* Tokens @a and @b (a before b) are joined by spaces only. */
static gboolean
adjacent (const char *t, const Tok *a, const Tok *b)
{
  if (a->poss || b->s == a->next)
    return FALSE;
  for (gsize i = a->next; i < b->s; i++)
    if (t[i] != ' ')
      return FALSE;
  return TRUE;
}

/* A token that can be part of a person's name: capitalised letters with
 * inner hyphens or apostrophes, not a common word, not an English
 * compound ("Left-leaning"), not shouted ("KANANASKIS"). */
static gboolean
name_like (const char *t, const Tok *k)
{
  gsize n = k->e - k->s, upper = 0;
  const char *w = t + k->s;
  gboolean hyphen = FALSE;

  if (n < 2 || !g_ascii_isupper (w[0]))
    return FALSE;
  if (IN_LIST (w, n, not_names) || IN_LIST (w, n, titles)
      || IN_LIST (w, n, org_keywords))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isupper (w[i]))
        upper++;
      else if (!g_ascii_isalpha (w[i]) && w[i] != '-' && w[i] != '\''
               && (unsigned char)w[i] < 0x80)
        return FALSE;
      hyphen |= w[i] == '-';
    }
  if (upper == n)
    return FALSE;
  /* The tests below are about hyphenated words, which most names are
   * not. */
  if (!hyphen)
    return TRUE;
  /* "Japan-South": places joined, not a name. */
  for (gsize i = 0; i < n; i++)
    if (w[i] == '-')
      {
        /* Tokens hold no NUL: the parts compare in place. */
        if (IN_LIST (w, i, gazetteer)
            || IN_LIST (w + i + 1, n - i - 1, gazetteer))
          return FALSE;
      }
  for (gsize i = 0; i < n; i++)
    if (w[i] == '-')
      {
        const char *part = w + i + 1, *end = w + n;
        const char *dash = memchr (part, '-', (gsize)(end - part));
        gsize m = (gsize)((dash ? dash : end) - part);
        static const char *const suffixes[]
            = { "ing", "ed", "ly", "ful", "ist", "est" };
        for (gsize s = 0; s < G_N_ELEMENTS (suffixes); s++)
          {
            gsize l = strlen (suffixes[s]);
            if (m > l && strncmp (part + m - l, suffixes[s], l) == 0
                && g_ascii_islower (part[0]))
              return FALSE;
          }
      }
  return TRUE;
}

/* "Lee-Ishiba", "US-China": two names in one word, naming neither. */
static gboolean
compound_of_names (const char *t, const Tok *k)
{
  for (gsize i = k->s; i + 1 < k->e; i++)
    if (t[i] == '-' && g_ascii_isupper (t[i + 1]))
      return TRUE;
  return FALSE;
}

/* The two-word titles, which lead the list of titles. */
#define N_TITLE_PAIRS 4

/* Length in tokens of the title starting at token @i, or 0.  A two-word
 * title wins over a one-word one, as in the list's order; the one-word
 * titles are a word set's, since this runs for every capitalised token. */
static guint
title_at (const char *t, const Tok *toks, guint i, guint b)
{
  const Tok *k = &toks[i];

  for (gsize p = 0; p < N_TITLE_PAIRS; p++)
    {
      const char *ti = titles[p], *sp;
      gsize n1, n2;

      if (t[k->s] != ti[0] || i + 1 >= b)
        continue; /* most tokens: no title starts with their letter */
      sp = strchr (ti, ' ');
      n1 = (gsize)(sp - ti);
      n2 = strlen (sp + 1);
      if (k->e - k->s == n1 && memcmp (t + k->s, ti, n1) == 0
          && toks[i + 1].e - toks[i + 1].s == n2
          && memcmp (t + toks[i + 1].s, sp + 1, n2) == 0
          && adjacent (t, k, &toks[i + 1]))
        return 2;
    }
  return IN_LIST (t + k->s, k->e - k->s, titles) ? 1 : 0;
}

/* Longest gazetteer entry (1-3 tokens) starting at token @i. */
static guint
place_at (const char *t, const Tok *toks, guint i, guint b)
{
  for (guint len = MIN (3, b - i); len >= 1; len--)
    {
      /* Compared in place: the span as a string, up to any NUL in it. */
      const char *s = t + toks[i].s;
      gsize n = strnlen (s, toks[i + len - 1].e - toks[i].s);
      if (n > 0 && IN_LIST (s, n, gazetteer))
        return len;
    }
  return 0;
}

/* ---- mentions -------------------------------------------------------- */

/* Forms are looked up by text and name, given with their lengths: a
 * mention's are read in place in its document. */
static guint
form_hash_of (const Form *f)
{
  return (guint)(XXH3_64bits (f->text, f->n_text) * 31
                 + XXH3_64bits (f->name, f->n_name));
}

static guint
form_hash (gconstpointer a)
{
  return ((const Form *)a)->hash;
}

static gboolean
form_equal (gconstpointer a, gconstpointer b)
{
  const Form *x = a, *y = b;

  return x->hash == y->hash && x->n_text == y->n_text && x->n_name == y->n_name
         && memcmp (x->text, y->text, x->n_text) == 0
         && memcmp (x->name, y->name, x->n_name) == 0;
}

/* A table of forms that own copies of their strings, with their keys. */
static void
form_table_init (FormTable *t)
{
  t->by_key = g_hash_table_new (form_hash, form_equal);
  t->chunk = g_string_chunk_new (4096);
  t->forms = g_ptr_array_new ();
  t->blocks = g_ptr_array_new_with_free_func (g_free);
  t->next = NULL;
  t->left = 0;
}

static void
form_table_clear (FormTable *t)
{
  g_clear_pointer (&t->by_key, g_hash_table_unref);
  g_clear_pointer (&t->chunk, g_string_chunk_free);
  g_clear_pointer (&t->forms, g_ptr_array_unref);
  g_clear_pointer (&t->blocks, g_ptr_array_unref);
}

/* Room for one more form in @t's blocks. */
static Form *
form_table_room (FormTable *t)
{
  if (!t->left)
    {
      /* 16 forms first (a lookup table of canonical() holds one), then
       * as many as all the blocks before (the room doubles), up to 64 K
       * at a time. */
      guint n = MIN (MAX (t->forms->len, 16), 65536);
      t->next = g_new (Form, n);
      t->left = n;
      g_ptr_array_add (t->blocks, t->next);
    }
  t->left--;
  return t->next++;
}

/* Copies @s into @t's bytes; a key is often the text itself. */
static const char *
form_string (FormTable *t, const Form *f, const char *s)
{
  if (strcmp (s, f->text) == 0)
    return f->text;
  return g_string_chunk_insert (t->chunk, s);
}

/* Copies @f's text and name into @t's bytes and makes its keys. */
static void
form_fill (FormTable *t, Form *f)
{
  const char *name, *sp;
  char stack[128];
  char *buf;

  f->text = g_string_chunk_insert_len (t->chunk, f->text, (gssize)f->n_text);
  f->name
      = f->n_name == f->n_text && memcmp (f->name, f->text, f->n_text) == 0
            ? f->text
            : g_string_chunk_insert_len (t->chunk, f->name, (gssize)f->n_name);
  /* Each key is no longer than the name: on the stack for all but huge
   * names. */
  name = f->name;
  buf = f->n_name < sizeof stack ? stack : g_malloc (f->n_name + 1);
  sp = strchr (name, ' ');
  fd_names_key_into (buf, name, sp ? (gsize)(sp - name) : f->n_name);
  f->first = form_string (t, f, buf);
  sp = strrchr (name, ' ');
  sp = sp ? sp + 1 : name;
  fd_names_key_into (buf, sp, f->n_name - (gsize)(sp - name));
  f->last = form_string (t, f, buf);
  fd_names_order_key_into (buf, name);
  f->okey = form_string (t, f, buf);
  if (buf != stack)
    g_free (buf);
}

/* The form in @t with @probe's text and name (neither need end in a
 * NUL), added when new. */
static const Form *
form_intern (FormTable *t, const Form *probe)
{
  Form *f = g_hash_table_lookup (t->by_key, probe);

  if (f)
    return f;
  f = form_table_room (t);
  *f = *probe;
  f->fwd = NULL;
  form_fill (t, f);
  g_assert (t->forms->len < (1u << FORM_BITS));
  f->index = t->forms->len;
  g_ptr_array_add (t->forms, f);
  g_hash_table_add (t->by_key, f);
  return f;
}

#define SCAN_FORMS_SLOTS 64

static void
scan_forms_init (ScanForms *sf)
{
  sf->forms = g_array_new (FALSE, FALSE, sizeof (Form));
  sf->slots = g_new0 (guint, SCAN_FORMS_SLOTS);
  sf->mask = SCAN_FORMS_SLOTS - 1;
}

static void
scan_forms_clear (ScanForms *sf)
{
  g_clear_pointer (&sf->forms, g_array_unref);
  g_clear_pointer (&sf->slots, g_free);
}

/* Doubles the slots of @sf and places every form again. */
static void
scan_forms_grow (ScanForms *sf)
{
  guint n = 2 * (sf->mask + 1);

  g_free (sf->slots);
  sf->slots = g_new0 (guint, n);
  sf->mask = n - 1;
  for (guint k = 0; k < sf->forms->len; k++)
    {
      guint s = g_array_index (sf->forms, Form, k).hash & sf->mask;
      while (sf->slots[s])
        s = (s + 1) & sf->mask;
      sf->slots[s] = k + 1;
    }
}

/* The index in @sf of the form with @probe's text and name, added when
 * new (as form_intern, without strings or keys of its own). */
static guint
scan_forms_intern (ScanForms *sf, const Form *probe)
{
  guint s = probe->hash & sf->mask, k;
  Form *f;

  for (; sf->slots[s]; s = (s + 1) & sf->mask)
    if (form_equal (&g_array_index (sf->forms, Form, sf->slots[s] - 1), probe))
      return sf->slots[s] - 1;
  k = sf->forms->len;
  g_assert (k < (1u << FORM_BITS));
  g_array_append_val (sf->forms, *probe);
  f = &g_array_index (sf->forms, Form, k);
  f->fwd = NULL;
  f->index = k;
  sf->slots[s] = k + 1;
  if (2 * sf->forms->len > sf->mask)
    scan_forms_grow (sf);
  return k;
}

typedef struct
{
  const char *t;
  ScanForms *forms;    /* the forms of the mentions found */
  GArray *out;         /* Mention, doc_index unset */
  gboolean title_case; /* the sentence capitalises most of its words */
  GArray *toks;        /* scan_span's tokens, reused */
} Scan;

static void
add_mention (Scan *sc, gsize start, gsize end, gsize name_s, gsize name_e,
             FdEntityKind kind, gboolean known, gboolean single)
{
  Form probe = { 0 };
  Mention m = { 0 };

  /* The strings as g_strndup would make them: cut at a NUL. */
  probe.text = sc->t + start;
  probe.n_text = (guint)strnlen (probe.text, end - start);
  probe.name = sc->t + name_s;
  probe.n_name = (guint)strnlen (probe.name, name_e - name_s);
  probe.hash = form_hash_of (&probe);
  m.form = scan_forms_intern (sc->forms, &probe);
  m.start = start;
  m.len = (guint)(end - start);
  m.kind = kind;
  m.kind_known = known != FALSE;
  m.single = single != FALSE;
  m.weak = sc->title_case && !(known && (kind == FD_ENTITY_PLACE || single));
  m.entity = -1;
  g_array_append_val (sc->out, m);
}

static gboolean
is_org_keyword (const char *t, const Tok *k)
{
  return IN_LIST (t + k->s, k->e - k->s, org_keywords);
}

/* Reads the run of tokens [a, b) (see the file comment). */
static void
read_run (Scan *sc, const Tok *toks, guint a, guint b, gboolean after_in)
{
  const char *t = sc->t;
  gboolean org = FALSE;

  /* Sentence openers, nationality and compass words in front. */
  while (a < b && IN_LIST (t + toks[a].s, toks[a].e - toks[a].s, not_names)
         && !place_at (t, toks, a, b))
    a++;
  while (b > a && !g_ascii_isupper (t[toks[b - 1].s]))
    b--; /* a trailing "of the" */
  if (a >= b)
    return;

  /* A title: the name-like words after it are a person. */
  for (guint i = a; i < b; i++)
    {
      guint tl = title_at (t, toks, i, b), j, pre = i;
      if (!tl)
        continue;
      for (j = i + tl; j < b && j < i + tl + 4 && name_like (t, &toks[j]); j++)
        ;
      if (j == i + tl)
        continue;
      while (pre > a
             && IN_LIST (t + toks[pre - 1].s,
                         toks[pre - 1].e - toks[pre - 1].s, title_qualifiers))
        pre--;
      if (pre > a)
        read_run (sc, toks, a, pre, after_in);
      if (j - (i + tl) == 1)
        add_mention (sc, toks[i].s, toks[j - 1].e, toks[i + tl].s,
                     toks[j - 1].e, FD_ENTITY_PERSON, TRUE, TRUE);
      else
        add_mention (sc, toks[i + tl].s, toks[j - 1].e, toks[i + tl].s,
                     toks[j - 1].e, FD_ENTITY_PERSON, TRUE, FALSE);
      if (j < b)
        read_run (sc, toks, j, b, FALSE);
      return;
    }

  for (guint i = a; i < b; i++)
    if (is_org_keyword (t, &toks[i]))
      org = TRUE;
  if (org)
    {
      /* A keyword alone ("Office") names nothing in particular. */
      if (b - a > 1)
        add_mention (sc, toks[a].s, toks[b - 1].e, toks[a].s, toks[b - 1].e,
                     FD_ENTITY_ORG, TRUE, FALSE);
      return;
    }

  {
    guint pl = place_at (t, toks, a, b);
    if (pl)
      {
        add_mention (sc, toks[a].s, toks[a + pl - 1].e, toks[a].s,
                     toks[a + pl - 1].e, FD_ENTITY_PLACE, TRUE, FALSE);
        if (a + pl < b)
          read_run (sc, toks, a + pl, b, FALSE);
        return;
      }
  }

  for (guint i = a; i < b; i++)
    if (!name_like (t, &toks[i]))
      {
        /* Read what is on either side of the odd word on its own. */
        if (i > a)
          read_run (sc, toks, a, i, after_in);
        if (i + 1 < b)
          read_run (sc, toks, i + 1, b, FALSE);
        return;
      }
  if (after_in && b - a <= 3 && !compound_of_names (t, &toks[a]))
    add_mention (sc, toks[a].s, toks[b - 1].e, toks[a].s, toks[b - 1].e,
                 FD_ENTITY_PLACE, TRUE, FALSE);
  else if (b - a >= 2 && b - a <= 4)
    add_mention (sc, toks[a].s, toks[b - 1].e, toks[a].s, toks[b - 1].e,
                 FD_ENTITY_PERSON, TRUE, FALSE);
  else if (b - a == 1 && !compound_of_names (t, &toks[a]))
    add_mention (sc, toks[a].s, toks[a].e, toks[a].s, toks[a].e,
                 FD_ENTITY_PERSON, FALSE, TRUE);
}

/* Small words inside an organisation's name. */
static const char *const connectors[] = { "of", "the", "for", "and", "on" };
static FdWordSet connectors_set = FD_WORD_SET_EXACT (connectors);

static gboolean
is_connector (const char *t, const Tok *k)
{
  return IN_LIST (t + k->s, k->e - k->s, connectors);
}

/* Words before a run that make it a place: "in Seoul". */
static const char *const place_before[] = { "in", "near" };
static FdWordSet place_before_set = FD_WORD_SET_EXACT (place_before);

/* Finds the runs of capitalised tokens in [lo, hi) and reads each. */
static void
scan_span (Scan *sc, gsize lo, gsize hi)
{
  GArray *arr = sc->toks;
  const Tok *toks;
  const char *t = sc->t;
  guint n, i = 0, words = 0, lower = 0;

  n = tokenize (arr, t, lo, hi);
  toks = (const Tok *)(gpointer)arr->data;

  /* Headlines and link lists capitalise every word but a few short ones;
   * there a run of capitalised words is no evidence of a name.  A sentence
   * has at least two lower-case words of four letters or more. */
  for (guint k = 0; k < n; k++)
    if (toks[k].e - toks[k].s >= 4)
      {
        words++;
        lower += g_ascii_islower (t[toks[k].s]) ? 1 : 0;
      }
  sc->title_case = words >= 4 && lower <= 1;

  while (i < n)
    {
      guint a = i, b;
      gboolean org = FALSE, after_in = FALSE;

      if (!is_cap (t, &toks[i]))
        {
          i++;
          continue;
        }
      if (a > 0 && adjacent (t, &toks[a - 1], &toks[a]))
        {
          const Tok *p = &toks[a - 1];
          after_in = IN_LIST (t + p->s, p->e - p->s, place_before);
        }
      b = a + 1;
      org = is_org_keyword (t, &toks[a]);
      while (b < n && adjacent (t, &toks[b - 1], &toks[b]))
        {
          if (is_cap (t, &toks[b]))
            {
              org = org || is_org_keyword (t, &toks[b]);
              b++;
              continue;
            }
          /* "Ministry of Foreign Affairs", "Office of the President",
           * "Group of Seven": connectors inside a name with a keyword. */
          if (is_connector (t, &toks[b]))
            {
              guint c = b;
              while (c < n && c < b + 2 && is_connector (t, &toks[c])
                     && adjacent (t, &toks[c - 1], &toks[c]))
                c++;
              if (c < n && is_cap (t, &toks[c])
                  && adjacent (t, &toks[c - 1], &toks[c]) && org)
                {
                  b = c;
                  continue;
                }
            }
          break;
        }
      read_run (sc, toks, a, b, after_in);
      i = b;
    }
}

/* ---- the set --------------------------------------------------------- */

static void
entity_free (Entity *e)
{
  if (!e)
    return;
  g_free (e->name);
  if (e->variants)
    g_array_unref (e->variants);
  g_free (e);
}

static void
alias_free (AliasGroup *g)
{
  if (!g)
    return;
  g_free (g->name);
  g_free (g);
}

static guint
add_alias_group (FdEntitySet *set, const char *name, gboolean user)
{
  AliasGroup *g = g_new0 (AliasGroup, 1);

  g->name = user ? g_strdup (name) : NULL;
  g->user = user;
  g_ptr_array_add (set->aliases, g);
  return set->aliases->len - 1;
}

FdEntitySet *
fd_entity_set_new (void)
{
  FdEntitySet *set = g_new0 (FdEntitySet, 1);

  set->chunks = g_ptr_array_new_with_free_func (g_free);
  form_table_init (&set->forms);
  set->doc_ids = g_ptr_array_new_with_free_func (g_free);
  set->aliases = g_ptr_array_new_with_free_func ((GDestroyNotify)alias_free);
  set->alias_by_key
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  set->entities = g_ptr_array_new_with_free_func ((GDestroyNotify)entity_free);
  /* Their keys are borrowed from the forms and the aliases, which the set
   * keeps as long. */
  set->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  set->by_part = g_hash_table_new (g_str_hash, g_str_equal);
  set->in_doc = g_hash_table_new (g_str_hash, g_str_equal);
  set->in_doc_keys = g_string_chunk_new (4096);
  for (gsize k = 0; k < G_N_ELEMENTS (builtin_aliases); k++)
    {
      guint idx = add_alias_group (set, builtin_aliases[k][0], FALSE);
      for (gsize v = 0; v < G_N_ELEMENTS (builtin_aliases[k]); v++)
        if (builtin_aliases[k][v])
          g_hash_table_insert (set->alias_by_key,
                               fd_names_order_key (builtin_aliases[k][v]),
                               GUINT_TO_POINTER (idx + 1));
    }
  return set;
}

void
fd_entity_set_free (FdEntitySet *set)
{
  if (!set)
    return;
  g_ptr_array_unref (set->chunks);
  form_table_clear (&set->forms);
  g_ptr_array_unref (set->doc_ids);
  g_ptr_array_unref (set->aliases);
  g_hash_table_unref (set->alias_by_key);
  g_ptr_array_unref (set->entities);
  g_hash_table_unref (set->by_key);
  g_hash_table_unref (set->by_part);
  g_hash_table_unref (set->in_doc);
  g_string_chunk_free (set->in_doc_keys);
  g_free (set);
}

/* Splits an alias line at TABs and " = ". */
static GPtrArray *
split_alias_line (const char *line)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) tabs = g_strsplit (line, "\t", -1);

  for (guint i = 0; tabs[i]; i++)
    {
      g_auto (GStrv) eqs = g_strsplit (tabs[i], " = ", -1);
      for (guint j = 0; eqs[j]; j++)
        {
          char *v = g_strstrip (g_strdup (eqs[j]));
          if (*v)
            g_ptr_array_add (out, v);
          else
            g_free (v);
        }
    }
  return out;
}

gboolean
fd_entity_set_load_aliases (FdEntitySet *set, const char *path, GError **error)
{
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GHashTable) seen = NULL;
  g_autoptr (GPtrArray) groups = NULL;
  GError *err = NULL;
  gsize len = 0;
  const char *bad = NULL;
  gboolean ok = FALSE;

  if (!g_file_get_contents (path, &data, &len, &err))
    {
      g_set_error (error, FD_ENTITY_ERROR, FD_ENTITY_ERROR_IO, "%s: %s", path,
                   err->message);
      g_error_free (err);
      return FALSE;
    }
  if (!g_utf8_validate_len (data, len, &bad))
    {
      g_set_error (error, FD_ENTITY_ERROR, FD_ENTITY_ERROR_PARSE,
                   "%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT, path,
                   (gsize)(bad - data));
      return FALSE;
    }
  /* Parse everything first so that a bad line leaves the set as it was. */
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  groups = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *hash = strchr (lines[i], '#');
      GPtrArray *vs;

      if (hash)
        *hash = '\0';
      g_strchomp (lines[i]); /* "\r" too */
      vs = split_alias_line (lines[i]);
      if (vs->len == 0)
        {
          g_ptr_array_unref (vs);
          continue;
        }
      for (guint k = 0; k < vs->len; k++)
        {
          char *key = fd_names_order_key (vs->pdata[k]);
          gpointer prev = g_hash_table_lookup (seen, key);
          if (prev && GPOINTER_TO_UINT (prev) != groups->len + 1)
            {
              g_set_error (error, FD_ENTITY_ERROR, FD_ENTITY_ERROR_PARSE,
                           "%s:%u: '%s' is already a spelling on another "
                           "line",
                           path, i + 1, (const char *)vs->pdata[k]);
              g_free (key);
              g_ptr_array_unref (vs);
              goto out;
            }
          g_hash_table_insert (seen, key, GUINT_TO_POINTER (groups->len + 1));
        }
      g_ptr_array_add (groups, vs);
    }
  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *vs = groups->pdata[g];
      guint idx = add_alias_group (set, vs->pdata[0], TRUE);
      for (guint k = 0; k < vs->len; k++)
        g_hash_table_insert (set->alias_by_key,
                             fd_names_order_key (vs->pdata[k]),
                             GUINT_TO_POINTER (idx + 1));
    }
  ok = TRUE;
out:
  return ok;
}

struct _FdEntityScan
{
  char *doc_id; /* owned */
  Form *forms;  /* n_forms of them (owned), pointing into the document */
  guint n_forms;
  Mention *mentions; /* n_mentions of them (owned), doc_index unset */
  guint n_mentions;
};

FdEntityScan *
fd_entity_scan_doc (const FdDoc *doc)
{
  FdEntityScan *scan = g_new0 (FdEntityScan, 1);
  ScanForms forms;
  Scan sc = { doc->text, &forms, NULL, FALSE, NULL };

  scan->doc_id = g_strdup (doc->id ? doc->id : "-");
  scan_forms_init (&forms);
  sc.out = g_array_new (FALSE, FALSE, sizeof (Mention));
  sc.toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  for (guint k = 0; k < doc->n_sents; k++)
    if (fd_line_class_is_content (doc->sents[k].cls))
      scan_span (&sc, doc->sents[k].start, doc->sents[k].end);
  g_array_unref (sc.toks);
  /* Kept until the scan is added, perhaps after every other document is
   * scanned: only what adding needs, sized exactly. */
  scan->n_forms = forms.forms->len;
  scan->forms
      = g_memdup2 (forms.forms->data, forms.forms->len * sizeof (Form));
  scan_forms_clear (&forms);
  scan->n_mentions = sc.out->len;
  scan->mentions = g_memdup2 (sc.out->data, sc.out->len * sizeof (Mention));
  g_array_unref (sc.out);
  return scan;
}

void
fd_entity_scan_free (FdEntityScan *scan)
{
  if (!scan)
    return;
  g_free (scan->doc_id);
  g_free (scan->forms);
  g_free (scan->mentions);
  g_free (scan);
}

/* The @i-th mention of @set. */
static inline Mention *
mention_at (const FdEntitySet *set, guint i)
{
  return (Mention *)set->chunks->pdata[i >> CHUNK_BITS]
         + (i & (CHUNK_SIZE - 1));
}

/* Mention @i of @set, where @prev is mention @i - 1 or NULL: a loop over
 * every mention (resolving makes a dozen) steps within a chunk rather
 * than find the chunk again for each mention. */
static inline Mention *
mention_after (const FdEntitySet *set, guint i, Mention *prev)
{
  return prev && (i & (CHUNK_SIZE - 1)) ? prev + 1 : mention_at (set, i);
}

/* The form of @m, a mention of @set. */
static inline const Form *
form_at (const FdEntitySet *set, const Mention *m)
{
  return set->forms.forms->pdata[m->form];
}

/* The id of the document of @m. */
static inline const char *
doc_of (const FdEntitySet *set, const Mention *m)
{
  return set->doc_ids->pdata[m->doc_index];
}

void
fd_entity_set_add_scan (FdEntitySet *set, FdEntityScan *scan)
{
  guint doc_index = set->doc_ids->len;

  g_ptr_array_add (set->doc_ids, g_steal_pointer (&scan->doc_id));
  /* The scan's forms move to the set's table, each once (a document names
   * the same few people again and again), and its mentions follow them
   * there. */
  for (guint k = 0; k < scan->n_forms; k++)
    {
      Form *f = &scan->forms[k];
      f->fwd = form_intern (&set->forms, f);
    }
  for (guint i = 0; i < scan->n_mentions; i++)
    {
      Mention *m = &scan->mentions[i];
      if (set->n_mentions == set->chunks->len * CHUNK_SIZE)
        g_ptr_array_add (set->chunks, g_new (Mention, CHUNK_SIZE));
      m->form = scan->forms[m->form].fwd->index;
      m->doc_index = doc_index;
      *mention_at (set, set->n_mentions++) = *m;
    }
  fd_entity_scan_free (scan);
}

void
fd_entity_set_add_doc (FdEntitySet *set, const FdDoc *doc)
{
  fd_entity_set_add_scan (set, fd_entity_scan_doc (doc));
}

/* ---- resolving ------------------------------------------------------- */

/* A key for (document id, part) that no two different pairs share,
 * "%zu:%s%s" of the id's length, the id and the part, in @buf (reused:
 * resolving makes one per document and form).  Written with memcpy into
 * a buffer sized once: GString's appends cost a call and a strlen
 * each. */
static const char *
doc_part_key (GString *buf, const char *doc, const char *part)
{
  char digits[24];
  gsize nd = strlen (doc), np = strlen (part), n = sizeof digits, v = nd;
  char *p;

  do
    digits[--n] = (char)('0' + v % 10);
  while ((v /= 10) > 0);
  g_string_set_size (buf, sizeof digits - n + 1 + nd + np);
  p = buf->str;
  memcpy (p, digits + n, sizeof digits - n);
  p += sizeof digits - n;
  *p++ = ':';
  memcpy (p, doc, nd);
  memcpy (p + nd, part, np);
  return buf->str;
}

/* fd_names_key of @f's name, copied into @bytes: an entity's key for the
 * misspelling search, one per entity, all freed together. */
static char *
entity_key (GStringChunk *bytes, const Form *f)
{
  char stack[128];
  char *buf = f->n_name < sizeof stack ? stack : g_malloc (f->n_name + 1);
  gsize n = fd_names_key_into (buf, f->name, f->n_name);
  char *key = g_string_chunk_insert_len (bytes, buf, (gssize)n);

  if (buf != stack)
    g_free (buf);
  return key;
}

/* The entity of node @key in @nodes, made (with the key copied into
 * @bytes, which outlives @nodes) when new. */
static gint
entity_for_key (FdEntitySet *set, GHashTable *nodes, GStringChunk *bytes,
                const char *key, gint alias)
{
  gpointer v;
  Entity *e;

  if (g_hash_table_lookup_extended (nodes, key, NULL, &v))
    return GPOINTER_TO_INT (v);
  e = g_new0 (Entity, 1);
  e->alias = alias;
  g_ptr_array_add (set->entities, e);
  g_hash_table_insert (nodes, g_string_chunk_insert (bytes, key),
                       GINT_TO_POINTER (set->entities->len - 1));
  return (gint)set->entities->len - 1;
}

/* The node a name belongs to: its alias group, else its order key.  The
 * key is written to @buf (reused from mention to mention). */
static const char *
node_key (GString *buf, const FdEntitySet *set, const Mention *m, gint *alias)
{
  const char *ok = form_at (set, m)->okey;
  gpointer a = g_hash_table_lookup (set->alias_by_key, ok);

  *alias = a ? (gint)GPOINTER_TO_UINT (a) - 1 : -1;
  if (a)
    g_string_printf (buf, "alias:%u", GPOINTER_TO_UINT (a) - 1);
  else
    {
      g_string_assign (buf, "name:");
      g_string_append (buf, ok);
    }
  return buf->str;
}

/* What resolving learns of each form (spelling) of the set.  Every
 * mention of one form has the same node key, and a form has tens of
 * mentions on average, so the key is built and looked up once per form
 * instead of once per mention (a third of resolving's instructions).  The
 * nodes are never removed while resolving, so a form's node, once found,
 * stays its node. */
typedef struct
{
  gint *node;   /* per form: the entity of its node key; -1 not known */
  gint *alias;  /* per form: its alias group, -1 none; G_MININT not asked */
  GString *buf; /* node keys are written here */
  GStringChunk *node_keys; /* and copied here for the nodes table */
} FormNodes;

static void
form_nodes_init (FormNodes *fn, const FdEntitySet *set, GString *buf)
{
  guint n = MAX (set->forms.forms->len, 1);

  fn->node = g_new (gint, n);
  fn->alias = g_new (gint, n);
  for (guint f = 0; f < n; f++)
    {
      fn->node[f] = -1;
      fn->alias[f] = G_MININT;
    }
  fn->buf = buf;
  fn->node_keys = g_string_chunk_new (4096);
}

static void
form_nodes_clear (FormNodes *fn)
{
  g_clear_pointer (&fn->node, g_free);
  g_clear_pointer (&fn->alias, g_free);
  g_clear_pointer (&fn->node_keys, g_string_chunk_free);
}

/* The alias group of @m's form, -1 for none. */
static gint
form_alias (FormNodes *fn, const FdEntitySet *set, const Mention *m)
{
  gint *a = &fn->alias[m->form];

  if (*a == G_MININT)
    {
      gpointer v
          = g_hash_table_lookup (set->alias_by_key, form_at (set, m)->okey);
      *a = v ? (gint)GPOINTER_TO_UINT (v) - 1 : -1;
    }
  return *a;
}

/* The entity of @m's node (see node_key): made when @create and not
 * there yet; otherwise -1 when there is none. */
static gint
form_node (FormNodes *fn, FdEntitySet *set, GHashTable *nodes,
           const Mention *m, gboolean create)
{
  gint *e = &fn->node[m->form];

  if (*e < 0)
    {
      gint alias;
      const char *key = node_key (fn->buf, set, m, &alias);
      gpointer v;

      if (create)
        *e = entity_for_key (set, nodes, fn->node_keys, key, alias);
      else if (g_hash_table_lookup_extended (nodes, key, NULL, &v))
        *e = GPOINTER_TO_INT (v);
    }
  return *e;
}

/* Where one-word references look for their full names: the resolved full
 * person names by (document, part) and by part alone, so that resolving is
 * linear in the mentions rather than quadratic.  Parts are numbered once
 * per form, so that a mention costs array look-ups rather than a key
 * built, hashed and copied; and a document's names are listed only while
 * its mentions are resolved (a document's mentions are contiguous), so
 * that a part's list needs no key with the document in it. */
typedef struct
{
  guint *first, *last; /* per form: number of its first and last part */
  guint n_parts;
  gint *coll;  /* per part: entity + 1 of the full names with that part, -1
                  for two or more, 0 none */
  guint doc;   /* doc_index + 1 of the document listed, 0 none */
  guint *seen; /* per part: doc while head and tail are that document's */
  guint *head, *tail; /* per part: first and last entry of its list */
  GArray *entries;    /* InDoc: the document's lists, in mention order */
} PartIndex;

typedef struct
{
  guint mention; /* index in the set */
  guint next;    /* next entry of the same part, G_MAXUINT: the end */
} InDoc;

/* Full person names are what one-word references resolve to (their
 * entities no longer change once the references are being resolved). */
static gboolean
part_source (const Mention *o)
{
  return !o->single && o->entity >= 0 && o->kind == FD_ENTITY_PERSON;
}

/* The number of the part @s, new when @ids (string -> number + 1) does
 * not have it; the strings are the forms', borrowed. */
static guint
part_number (GHashTable *ids, const char *s)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (ids, s));

  if (!n)
    {
      n = g_hash_table_size (ids) + 1;
      g_hash_table_insert (ids, (gpointer)s, GUINT_TO_POINTER (n));
    }
  return n - 1;
}

static void
part_coll_add (PartIndex *ix, guint part, gint entity)
{
  gint *c = &ix->coll[part];

  if (*c == 0)
    *c = entity + 1;
  else if (*c != entity + 1)
    *c = -1;
}

/* Numbers the parts of @set's forms and indexes its full person names by
 * part. */
static void
part_index_init (PartIndex *ix, const FdEntitySet *set)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_forms = set->forms.forms->len;
  Mention *at; /* the last mention a loop read */

  ix->first = g_new (guint, MAX (n_forms, 1));
  ix->last = g_new (guint, MAX (n_forms, 1));
  for (guint f = 0; f < n_forms; f++)
    {
      const Form *form = set->forms.forms->pdata[f];
      ix->first[f] = part_number (ids, form->first);
      ix->last[f] = part_number (ids, form->last);
    }
  ix->n_parts = g_hash_table_size (ids);
  ix->coll = g_new0 (gint, MAX (ix->n_parts, 1));
  ix->seen = g_new0 (guint, MAX (ix->n_parts, 1));
  ix->head = g_new (guint, MAX (ix->n_parts, 1));
  ix->tail = g_new (guint, MAX (ix->n_parts, 1));
  ix->entries = g_array_new (FALSE, FALSE, sizeof (InDoc));
  ix->doc = 0;
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      const Mention *o = at = mention_after (set, i, at);
      if (!part_source (o))
        continue;
      part_coll_add (ix, ix->first[o->form], o->entity);
      if (ix->last[o->form] != ix->first[o->form])
        part_coll_add (ix, ix->last[o->form], o->entity);
    }
}

static void
part_index_clear (PartIndex *ix)
{
  g_clear_pointer (&ix->first, g_free);
  g_clear_pointer (&ix->last, g_free);
  g_clear_pointer (&ix->coll, g_free);
  g_clear_pointer (&ix->seen, g_free);
  g_clear_pointer (&ix->head, g_free);
  g_clear_pointer (&ix->tail, g_free);
  g_clear_pointer (&ix->entries, g_array_unref);
}

static void
part_doc_add (PartIndex *ix, guint part, guint i)
{
  InDoc d = { i, G_MAXUINT };

  if (ix->seen[part] != ix->doc)
    {
      ix->seen[part] = ix->doc;
      ix->head[part] = ix->entries->len;
    }
  else
    g_array_index (ix->entries, InDoc, ix->tail[part]).next = ix->entries->len;
  ix->tail[part] = ix->entries->len;
  g_array_append_val (ix->entries, d);
}

/* Lists the full person names of the document of mention @i by part,
 * unless they are listed: @i is its first mention when they are not. */
static void
part_index_doc (PartIndex *ix, const FdEntitySet *set, guint i)
{
  guint doc = mention_at (set, i)->doc_index + 1;

  if (ix->doc == doc)
    return;
  ix->doc = doc;
  g_array_set_size (ix->entries, 0);
  for (; i < set->n_mentions && mention_at (set, i)->doc_index + 1 == doc; i++)
    {
      const Mention *o = mention_at (set, i);
      if (!part_source (o))
        continue;
      part_doc_add (ix, ix->first[o->form], i);
      if (ix->last[o->form] != ix->first[o->form])
        part_doc_add (ix, ix->last[o->form], i);
    }
}

/* A full person name of @m's document (listed by part_index_doc) whose
 * first or last part is @m's first part: the last one listed before @m,
 * else the first after it; -1 when none. */
static gint
resolve_in_doc (const FdEntitySet *set, const PartIndex *ix, const Mention *m)
{
  guint part = ix->first[m->form];
  gint before = -1, after = -1;

  if (ix->seen[part] != ix->doc)
    return -1;
  for (guint k = ix->head[part]; k != G_MAXUINT;
       k = g_array_index (ix->entries, InDoc, k).next)
    {
      const Mention *o
          = mention_at (set, g_array_index (ix->entries, InDoc, k).mention);
      if (o->start < m->start)
        before = o->entity;
      else if (after < 0)
        after = o->entity;
    }
  return before >= 0 ? before : after;
}

/* The only person entity with a full name whose first or last part is
 * @m's first part; -1 when there is none or more than one. */
static gint
resolve_in_collection (const PartIndex *ix, const Mention *m)
{
  gint v = ix->coll[ix->first[m->form]];

  return v > 0 ? v - 1 : -1;
}

static gint
cmp_variant (gconstpointer a, gconstpointer b)
{
  const FdEntityVariant *x = a, *y = b;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp (x->text, y->text);
}

/* One spelling of an entity while its mentions are counted. */
typedef struct
{
  FdEntityVariant variant; /* first, so that cmp_variant sorts these */
  guint full;              /* mentions of it that are full forms */
  const Form *form;        /* the first with this text */
} Spelling;

/* Forms @a and @b have the same text (a form's text ends at its first
 * NUL, n_text bytes in).  Most forms of an entity differ in length, and
 * the mentions of one form meet it again and again: both are told
 * without a strcmp. */
static inline gboolean
same_text (const Form *a, const Form *b)
{
  return a == b
         || (a->n_text == b->n_text
             && memcmp (a->text, b->text, a->n_text) == 0);
}

/* The spellings of the mentions listed from @first through @next_of, in
 * order of first appearance, with their counts; adds each mention's known
 * kind to @votes.  Most entities have a mention or two: their spellings
 * are found by a scan, and a hash table is built only for the big ones. */
static GArray *
spellings_of (const FdEntitySet *set, guint first, const guint *next_of,
              guint *votes)
{
  GArray *tally = g_array_new (FALSE, FALSE, sizeof (Spelling));
  g_autoptr (GHashTable) index = NULL;

  for (guint i = first; i != G_MAXUINT; i = next_of[i])
    {
      const Mention *m = mention_at (set, i);
      Spelling *sp = NULL;
      gpointer v;

      if (m->kind_known)
        votes[m->kind]++;
      if (index)
        {
          if (g_hash_table_lookup_extended (index, form_at (set, m)->text,
                                            NULL, &v))
            sp = &g_array_index (tally, Spelling, GPOINTER_TO_UINT (v));
        }
      else
        for (guint k = 0; k < tally->len && !sp; k++)
          if (same_text (g_array_index (tally, Spelling, k).form,
                         form_at (set, m)))
            sp = &g_array_index (tally, Spelling, k);
      if (sp)
        {
          sp->variant.count++;
          sp->variant.misspelling = sp->variant.misspelling && m->misspelling;
        }
      else
        {
          Spelling fresh = { { form_at (set, m)->text, 1, m->misspelling },
                             0,
                             form_at (set, m) };
          g_array_append_val (tally, fresh);
          sp = &g_array_index (tally, Spelling, tally->len - 1);
          if (index)
            g_hash_table_insert (index, (gpointer)form_at (set, m)->text,
                                 GUINT_TO_POINTER (tally->len - 1));
          else if (tally->len == 16)
            {
              index = g_hash_table_new (g_str_hash, g_str_equal);
              for (guint k = 0; k < tally->len; k++)
                g_hash_table_insert (
                    index,
                    (gpointer)g_array_index (tally, Spelling, k).variant.text,
                    GUINT_TO_POINTER (k));
            }
        }
      if (!m->single && !m->misspelling)
        sp->full++;
    }
  return tally;
}

static gint
cmp_entity (gconstpointer a, gconstpointer b)
{
  const Entity *x = *(const Entity *const *)a;
  const Entity *y = *(const Entity *const *)b;
  gint c = strcmp (x->name, y->name);
  return c ? c : (gint)x->pub.kind - (gint)y->pub.kind;
}

/* The bucket of frequent names a misspelling of @key may come from:
 * misspellings keep the first letter ("Soeul"; "Slump" is not "Trump"),
 * and a name more than MISSPELLING_EDITS bytes longer or shorter is
 * further away than that. */
static guint64
bucket_key (const char *key, gsize len)
{
  return (guint64)(guchar)key[0] << 32 | (guint64)len;
}

static gint
cmp_guint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;
  return x < y ? -1 : x > y;
}

/* The bytes @key holds, as bits of a 64-bit set (byte value mod 64). */
static guint64
byte_set (const char *key)
{
  guint64 set = 0;

  for (const char *p = key; *p; p++)
    set |= G_GUINT64_CONSTANT (1) << ((guchar)*p & 63);
  return set;
}

/* @x has at most MISSPELLING_EDITS bits set.  Clearing the lowest bit
 * that many times is cheaper than a population count, which without a
 * POPCNT target is a library call: it runs for most pairs of names.  No
 * test for zero on the way, which would be a branch: clearing the lowest
 * bit of 0 leaves 0. */
static inline gboolean
few_bits (guint64 x)
{
  for (guint k = 0; k < MISSPELLING_EDITS; k++)
    x &= x - 1;
  return x == 0;
}

/* FALSE when two keys with byte sets @a and @b must be more than
 * MISSPELLING_EDITS edits apart: every byte one has and the other lacks
 * takes an edit of its own, and bits shared by several bytes only lower
 * the count.  A cheap test that spares most distance computations. */
static gboolean
may_be_near (guint64 a, guint64 b)
{
  return few_bits (a & ~b) && few_bits (b & ~a);
}

/* A frequent name in its bucket, with its byte set: a rare name is tested
 * against every name of five buckets, and at 100,000 articles the byte
 * sets read by entity were scattered over megabytes. */
typedef struct
{
  guint64 bytes; /* byte_set of its key */
  guint entity;
} Frequent;

/* Appends to @near (guint) the names of bucket @b (Frequent) that are one
 * to MISSPELLING_EDITS edits from @key (@len bytes, byte set @set), and
 * sets their @dist.  The other names' keys and lengths are in @keys and
 * @klen.  At 100,000 articles a rare name meets thousands of frequent
 * ones here: the loop keeps what it compares with in registers, and only
 * the few that may_be_near lets through are measured. */
static void
near_in_bucket (const GArray *b, guint64 set, const char *key, gsize len,
                const char *const *keys, const gsize *klen, guint *dist,
                GArray *near)
{
  const Frequent *fr = (const Frequent *)(const void *)b->data;
  guint n = b->len;

  for (guint k = 0; k < n; k++)
    {
      guint e = fr[k].entity;
      guint d;

      if (!may_be_near (set, fr[k].bytes))
        continue;
      d = fd_names_distance_n (key, len, keys[e], klen[e], MISSPELLING_EDITS);
      if (d == 0 || d > MISSPELLING_EDITS)
        continue;
      dist[e] = d;
      g_array_append_val (near, e);
    }
}

/* Joins rare names to frequent ones a few edits away.  Which names are
 * frequent does not change here (a name gains mentions only when it is
 * frequent already), so they are bucketed once by first letter and length
 * and each rare name is measured against five buckets, not against every
 * name. */
static void
join_misspellings (FdEntitySet *set, guint *count, char **keys)
{
  g_autoptr (GHashTable) buckets = g_hash_table_new_full (
      g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_array_unref);
  g_autoptr (GArray) near = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *dist = g_new0 (guint, set->entities->len + 1);
  g_autofree guint64 *bytes = g_new0 (guint64, set->entities->len + 1);
  /* The keys' lengths, measured once: a key meets many others. */
  g_autofree gsize *klen = g_new0 (gsize, set->entities->len + 1);
  Mention *at; /* the last mention the loop read */

  for (guint e = 0; e < set->entities->len; e++)
    if (keys[e])
      {
        bytes[e] = byte_set (keys[e]);
        klen[e] = strlen (keys[e]);
      }
  for (guint e = 0; e < set->entities->len; e++)
    {
      const Entity *f = set->entities->pdata[e];
      gsize len;
      guint64 bk;
      GArray *b;

      if (f->candidate || count[e] < MISSPELLING_FREQUENT
          || (len = klen[e]) < MISSPELLING_MIN_LEN)
        continue;
      bk = bucket_key (keys[e], len);
      b = g_hash_table_lookup (buckets, &bk);
      if (!b)
        {
          b = g_array_new (FALSE, FALSE, sizeof (Frequent));
          g_hash_table_insert (buckets, g_memdup2 (&bk, sizeof bk), b);
        }
      g_array_append_val (b, ((Frequent){ bytes[e], e }));
    }
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      Mention *m = at = mention_after (set, i, at);
      gint best = -1;
      guint best_d = MISSPELLING_EDITS + 1;
      gsize len;

      if (m->entity < 0 || count[m->entity] != 1 || m->weak
          || (len = klen[m->entity]) < MISSPELLING_MIN_LEN)
        continue;
      g_array_set_size (near, 0);
      for (gsize l = len > MISSPELLING_EDITS ? len - MISSPELLING_EDITS : 0;
           l <= len + MISSPELLING_EDITS; l++)
        {
          guint64 bk = bucket_key (keys[m->entity], l);
          GArray *b = g_hash_table_lookup (buckets, &bk);
          if (b)
            near_in_bucket (b, bytes[m->entity], keys[m->entity], len,
                            (const char *const *)keys, klen, dist, near);
        }
      /* In entity order, as ties are broken by the first seen. */
      g_array_sort (near, cmp_guint);
      for (guint k = 0; k < near->len; k++)
        {
          guint e = g_array_index (near, guint, k);
          guint d = dist[e];
          if (d > best_d)
            continue;
          if (d < best_d || count[e] > count[best]
              || (count[e] == count[best] && strcmp (keys[e], keys[best]) < 0))
            {
              best = (gint)e;
              best_d = d;
            }
        }
      if (best >= 0)
        {
          count[m->entity]--;
          count[best]++;
          m->entity = best;
          m->misspelling = TRUE;
        }
    }
}

static void
index_add (GHashTable *h, const char *key, gint entity)
{
  gpointer v;

  if (g_hash_table_lookup_extended (h, key, NULL, &v))
    {
      if (GPOINTER_TO_INT (v) != entity + 1)
        g_hash_table_insert (h, (gpointer)key, GINT_TO_POINTER (-1));
      return;
    }
  g_hash_table_insert (h, (gpointer)key, GINT_TO_POINTER (entity + 1));
}

/* Each entity's mentions as a list threaded through *@next_of, in
 * mention order, headed by (*@first_of)[entity] (G_MAXUINT: the end).
 * Made when asked rather than kept: a collection has millions of
 * mentions, and compare needs them only for small ones.  Free both with
 * g_free. */
static void
mention_lists (const FdEntitySet *set, guint **first_of, guint **next_of)
{
  guint n = set->entities->len;

  *first_of = g_new (guint, n + 1);
  *next_of = g_new (guint, set->n_mentions + 1);
  for (guint x = 0; x <= n; x++)
    (*first_of)[x] = G_MAXUINT;
  for (guint i = set->n_mentions; i-- > 0;)
    {
      const Mention *m = mention_at (set, i);
      if (m->entity < 0 || (guint)m->entity >= n)
        continue;
      (*next_of)[i] = (*first_of)[m->entity];
      (*first_of)[m->entity] = i;
    }
}

void
fd_entity_set_resolve (FdEntitySet *set)
{
  /* The nodes' keys are fn.node_keys'. */
  g_autoptr (GHashTable) nodes = g_hash_table_new (g_str_hash, g_str_equal);
  /* The keys of nodes and of in_doc are made here, copied only when
   * stored. */
  g_autoptr (GString) buf = g_string_new (NULL);
  g_autofree guint *count = NULL;
  g_autofree gint *remap = NULL;
  g_autofree guint *first_of = NULL, *next_of = NULL;
  g_autofree gint *keyed = NULL, *parted = NULL;
  g_autofree guint *in_doc_of = NULL;
  guint n_forms;
  char **keys = NULL;
  GStringChunk *key_bytes = g_string_chunk_new (4096);
  PartIndex parts;
  FormNodes fn;
  guint n;
  Mention *at; /* the last mention a loop read */

  g_ptr_array_set_size (set->entities, 0);
  g_hash_table_remove_all (set->by_key);
  g_hash_table_remove_all (set->by_part);
  g_hash_table_remove_all (set->in_doc);
  g_string_chunk_clear (set->in_doc_keys);

  form_nodes_init (&fn, set, buf);
  /* Full names, organisations and places: one entity per node. */
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      Mention *m = at = mention_after (set, i, at);

      m->entity = -1;
      m->misspelling = FALSE;
      if (m->single || m->weak)
        continue;
      m->entity = form_node (&fn, set, nodes, m, TRUE);
    }
  /* Names from title-case lines ("Takaichi Meets World Leaders") count
   * only when a plain sentence has them too. */
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      Mention *m = at = mention_after (set, i, at);

      if (m->single || !m->weak)
        continue;
      m->entity = form_node (&fn, set, nodes, m, FALSE);
    }
  /* One-word references: an alias, then a full name in the same article,
   * then the only such name anywhere, then a name of their own. */
  part_index_init (&parts, set);
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      Mention *m = at = mention_after (set, i, at);
      gint e;

      part_index_doc (&parts, set, i);
      if (!m->single)
        continue;
      if (form_alias (&fn, set, m) >= 0)
        e = form_node (&fn, set, nodes, m, TRUE);
      else if ((e = resolve_in_doc (set, &parts, m)) >= 0
               || (e = resolve_in_collection (&parts, m)) >= 0)
        ;
      else
        {
          gboolean existed = form_node (&fn, set, nodes, m, FALSE) >= 0;

          e = form_node (&fn, set, nodes, m, TRUE);
          /* A bare word nobody else names stays a candidate: it survives
           * only as a misspelling or when titled. */
          if (!existed)
            ((Entity *)set->entities->pdata[e])->candidate = !m->kind_known;
          else if (m->kind_known)
            ((Entity *)set->entities->pdata[e])->candidate = FALSE;
        }
      m->entity = e;
    }
  part_index_clear (&parts);
  /* The nodes go before the keys they borrow. */
  g_clear_pointer (&nodes, g_hash_table_unref);
  form_nodes_clear (&fn);

  n = set->entities->len;
  count = g_new0 (guint, n + 1);
  keys = g_new0 (char *, n + 1);
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      const Mention *m = at = mention_after (set, i, at);
      if (m->entity < 0)
        continue;
      count[m->entity]++;
      if (!keys[m->entity])
        keys[m->entity] = entity_key (key_bytes, form_at (set, m));
    }
  join_misspellings (set, count, keys);
  g_clear_pointer (&keys, g_free);
  g_clear_pointer (&key_bytes, g_string_chunk_free);

  /* Fill the entities; drop candidates nobody joined. */
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      Mention *m = at = mention_after (set, i, at);
      Entity *e;
      if (m->entity < 0)
        continue;
      e = set->entities->pdata[m->entity];
      if (e->candidate && !m->misspelling)
        {
          m->entity = -1;
          continue;
        }
      e->count++;
    }
  /* Each entity's mentions as a list, so that filling one entity does not
   * walk every mention. */
  mention_lists (set, &first_of, &next_of);
  for (guint x = 0; x < n; x++)
    {
      Entity *e = set->entities->pdata[x];
      guint votes[FD_ENTITY_N_KINDS] = { 0 };
      const char *best = NULL;
      guint best_n = 0;
      g_autoptr (GArray) tally = NULL;

      if (e->count == 0)
        continue;
      tally = spellings_of (set, first_of[x], next_of, votes);
      /* Spellings by count, then bytes (a total order); the most frequent
       * full form wins: not a one-word reference, not a misspelling. */
      g_array_sort (tally, cmp_variant);
      e->variants = g_array_sized_new (FALSE, FALSE, sizeof (FdEntityVariant),
                                       tally->len);
      for (guint v = 0; v < tally->len; v++)
        {
          const Spelling *sp = &g_array_index (tally, Spelling, v);
          g_array_append_val (e->variants, sp->variant);
          if (sp->full > best_n)
            {
              best_n = sp->full;
              best = sp->variant.text;
            }
        }
      if (!best)
        best = g_array_index (e->variants, FdEntityVariant, 0).text;
      if (e->alias >= 0 && ((AliasGroup *)set->aliases->pdata[e->alias])->user)
        best = ((AliasGroup *)set->aliases->pdata[e->alias])->name;
      e->name = g_strdup (best);
      e->pub.kind = FD_ENTITY_PERSON;
      for (guint k = 0; k < FD_ENTITY_N_KINDS; k++)
        if (votes[k] > votes[e->pub.kind])
          e->pub.kind = (FdEntityKind)k;
    }
  /* Gone before the indexes below are made. */
  g_clear_pointer (&first_of, g_free);
  g_clear_pointer (&next_of, g_free);

  /* Sort, drop the empty ones, and renumber the mentions. */
  remap = g_new (gint, n + 1);
  {
    g_autoptr (GPtrArray) keep = g_ptr_array_new ();
    for (guint x = 0; x < n; x++)
      {
        Entity *e = set->entities->pdata[x];
        if (e->count > 0)
          g_ptr_array_add (keep, e);
      }
    g_ptr_array_sort (keep, cmp_entity);
    for (guint k = 0; k < keep->len; k++)
      ((Entity *)keep->pdata[k])->order = (gint)k;
    for (guint x = 0; x < n; x++)
      {
        const Entity *e = set->entities->pdata[x];
        remap[x] = e->count > 0 ? e->order : -1;
      }
    for (guint x = 0; x < n; x++)
      if (remap[x] >= 0)
        set->entities->pdata[x] = NULL; /* now owned by keep */
    g_ptr_array_set_size (set->entities, 0);
    for (guint k = 0; k < keep->len; k++)
      g_ptr_array_add (set->entities, keep->pdata[k]);
  }
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      Mention *m = at = mention_after (set, i, at);
      if (m->entity >= 0)
        m->entity = remap[m->entity];
    }
  for (guint x = 0; x < set->entities->len; x++)
    {
      Entity *e = set->entities->pdata[x];
      e->pub.name = e->name;
      e->pub.variants = (const FdEntityVariant *)(gpointer)e->variants->data;
      e->pub.n_variants = e->variants->len;
      e->pub.n_mentions = e->count;
    }

  /* Indexes for fd_entity_set_canonical.  Adding a key and entity that
   * are there already changes nothing, so each form's keys are added once
   * per entity in a row (keyed[form], parted[form]: the entity they were
   * last added for); and a document's keys are added at the first of its
   * mentions of a form (in_doc_of[form]: the last document + 1). */
  n_forms = MAX (set->forms.forms->len, 1);
  keyed = g_new (gint, n_forms);
  parted = g_new (gint, n_forms);
  in_doc_of = g_new0 (guint, n_forms);
  for (guint f = 0; f < set->forms.forms->len; f++)
    keyed[f] = parted[f] = -1;
  at = NULL;
  for (guint i = 0; i < set->n_mentions; i++)
    {
      const Mention *m = at = mention_after (set, i, at);
      if (m->entity < 0)
        continue;
      if (keyed[m->form] != m->entity)
        {
          index_add (set->by_key, form_at (set, m)->okey, m->entity);
          keyed[m->form] = m->entity;
        }
      if (!m->single && m->kind == FD_ENTITY_PERSON && m->kind_known
          && parted[m->form] != m->entity)
        {
          index_add (set->by_part, form_at (set, m)->first, m->entity);
          index_add (set->by_part, form_at (set, m)->last, m->entity);
          parted[m->form] = m->entity;
        }
      if (!m->single && m->kind == FD_ENTITY_PERSON
          && in_doc_of[m->form] != m->doc_index + 1)
        {
          in_doc_of[m->form] = m->doc_index + 1;
          /* The first full name wins, as canonical() reads it. */
          const char *k
              = doc_part_key (buf, doc_of (set, m), form_at (set, m)->first);
          if (!g_hash_table_contains (set->in_doc, k))
            g_hash_table_insert (set->in_doc,
                                 g_string_chunk_insert (set->in_doc_keys, k),
                                 GINT_TO_POINTER (m->entity + 1));
          k = doc_part_key (buf, doc_of (set, m), form_at (set, m)->last);
          if (!g_hash_table_contains (set->in_doc, k))
            g_hash_table_insert (set->in_doc,
                                 g_string_chunk_insert (set->in_doc_keys, k),
                                 GINT_TO_POINTER (m->entity + 1));
        }
    }
  {
    /* Alias groups' entities, listed once rather than searched for each
     * spelling. */
    g_autoptr (GHashTable) of_alias = g_hash_table_new_full (
        NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
    GHashTableIter it;
    gpointer k, v;
    for (guint x = 0; x < set->entities->len; x++)
      {
        const Entity *e = set->entities->pdata[x];
        GArray *a;
        if (e->alias < 0)
          continue;
        a = g_hash_table_lookup (of_alias, GINT_TO_POINTER (e->alias + 1));
        if (!a)
          {
            a = g_array_new (FALSE, FALSE, sizeof (guint));
            g_hash_table_insert (of_alias, GINT_TO_POINTER (e->alias + 1), a);
          }
        g_array_append_val (a, x);
      }
    g_hash_table_iter_init (&it, set->alias_by_key);
    while (g_hash_table_iter_next (&it, &k, &v))
      {
        GArray *a = g_hash_table_lookup (of_alias, v);
        for (guint j = 0; a && j < a->len; j++)
          index_add (set->by_key, k, (gint)g_array_index (a, guint, j));
      }
  }
}

guint
fd_entity_set_size (const FdEntitySet *set)
{
  return set->entities->len;
}

const FdEntity *
fd_entity_set_get (const FdEntitySet *set, guint i)
{
  g_return_val_if_fail (i < set->entities->len, NULL);
  return &((const Entity *)set->entities->pdata[i])->pub;
}

/* Reads @mention as a sentence and returns in *@m the first mention found
 * in it, with its form in @forms, so that titles and possessives come off
 * the same way as in the articles; FALSE when there is none. */
static gboolean
parse_mention (const char *mention, ScanForms *forms, Mention *m)
{
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_autoptr (GArray) toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  Scan sc = { mention, forms, out, FALSE, toks };

  scan_span (&sc, 0, strlen (mention));
  if (out->len == 0)
    return FALSE;
  *m = g_array_index (out, Mention, 0);
  return TRUE;
}

static const char *
entity_name (const FdEntitySet *set, gint e)
{
  return e >= 0 ? ((const Entity *)set->entities->pdata[e])->name : NULL;
}

static gint
lookup (GHashTable *h, const char *key)
{
  gint v = GPOINTER_TO_INT (g_hash_table_lookup (h, key));
  return v > 0 ? v - 1 : -1;
}

static const char *
canonical (const FdEntitySet *set, const FdDoc *doc, const char *mention)
{
  ScanForms forms;
  FormTable keyed;
  Mention one, *m = &one;
  const Form *f;
  const char *name = NULL;
  gint e;

  scan_forms_init (&forms);
  if (!parse_mention (mention, &forms, m))
    {
      scan_forms_clear (&forms);
      return NULL;
    }
  form_table_init (&keyed);
  f = form_intern (&keyed, &g_array_index (forms.forms, Form, m->form));
  if (doc && m->single)
    {
      /* The reader of that article: the full name it uses. */
      g_autoptr (GString) buf = g_string_new (NULL);
      name = entity_name (
          set, lookup (set->in_doc,
                       doc_part_key (buf, doc->id ? doc->id : "-", f->first)));
    }
  if (!name)
    {
      e = lookup (set->by_key, f->okey);
      if (e < 0 && m->single)
        e = lookup (set->by_part, f->first);
      name = entity_name (set, e);
    }
  scan_forms_clear (&forms);
  form_table_clear (&keyed);
  return name;
}

const char *
fd_entity_set_canonical (const FdEntitySet *set, const char *mention)
{
  return canonical (set, NULL, mention);
}

const char *
fd_entity_set_canonical_in_doc (const FdEntitySet *set, const FdDoc *doc,
                                const char *mention)
{
  return canonical (set, doc, mention);
}

static FdEntityMention
public_mention (const FdEntitySet *set, guint i)
{
  const Mention *m = mention_at (set, i);

  return (FdEntityMention){ doc_of (set, m), m->start, m->start + m->len };
}

void
fd_entity_set_foreach_mention (const FdEntitySet *set, FdEntityMentionFunc fn,
                               gpointer data)
{
  g_autofree guint *first_of = NULL, *next_of = NULL;

  mention_lists (set, &first_of, &next_of);
  for (guint x = 0; x < set->entities->len; x++)
    for (guint i = first_of[x]; i != G_MAXUINT; i = next_of[i])
      {
        FdEntityMention m = public_mention (set, i);
        fn (x, &m, data);
      }
}

void
fd_entity_set_append_json (const FdEntitySet *set, GString *out)
{
  g_autofree guint *first_of = NULL, *next_of = NULL;

  mention_lists (set, &first_of, &next_of);
  for (guint x = 0; x < set->entities->len; x++)
    {
      const FdEntity *e = fd_entity_set_get (set, x);

      g_string_append_c (out, '{');
      fd_json_append_member_str (out, "name", e->name, TRUE);
      fd_json_append_member_str (out, "kind", fd_entity_kind_name (e->kind),
                                 FALSE);
      fd_json_append_key (out, "variants", FALSE);
      g_string_append_c (out, '[');
      for (guint v = 0; v < e->n_variants; v++)
        {
          if (v)
            g_string_append_c (out, ',');
          g_string_append_c (out, '{');
          fd_json_append_member_str (out, "text", e->variants[v].text, TRUE);
          fd_json_append_member_int (out, "count", e->variants[v].count,
                                     FALSE);
          fd_json_append_key (out, "misspelling", FALSE);
          g_string_append (out,
                           e->variants[v].misspelling ? "true}" : "false}");
        }
      g_string_append (out, "]");
      fd_json_append_key (out, "mentions", FALSE);
      g_string_append_c (out, '[');
      for (guint i = first_of[x]; i != G_MAXUINT; i = next_of[i])
        {
          FdEntityMention m = public_mention (set, i);
          if (i != first_of[x])
            g_string_append_c (out, ',');
          g_string_append_c (out, '{');
          fd_json_append_member_str (out, "doc", m.doc, TRUE);
          fd_json_append_member_int (out, "start", (gint64)m.start, FALSE);
          fd_json_append_member_int (out, "end", (gint64)m.end, FALSE);
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]}\n");
    }
}

const char *
fd_entity_kind_name (FdEntityKind kind)
{
  g_return_val_if_fail (kind < FD_ENTITY_N_KINDS, "unknown");
  return kind_names[kind];
}
