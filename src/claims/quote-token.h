/* quote-token.h - the words, punctuation and quotation marks of one line,
 * as the quote and speaker finders read them.
 *
 * Quotes and their attributions are found by looking at a handful of words
 * around each quotation mark: "," he said / said X, / according to X.  A
 * token stream makes those windows cheap and keeps the byte arithmetic of
 * UTF-8 in one place.  Words keep their inner hyphens, apostrophes and dots
 * ("Yu-jung", "Seoul’s", "G.K"), so an apostrophe inside a word is never
 * mistaken for a quotation mark. */
#pragma once

#include <glib.h>

typedef enum
{
  FD_QTOK_WORD = 0,
  FD_QTOK_PUNCT, /* one character that is neither a word nor a mark */
  FD_QTOK_MARK   /* a quotation mark, double or single, straight or curly */
} FdQTokKind;

/* Which way a quotation mark's shape points, when it has one. */
typedef enum
{
  FD_QMARK_STRAIGHT = 0, /* " or ': direction only from context */
  FD_QMARK_OPENING,      /* “ ‘ „ « */
  FD_QMARK_CLOSING       /* ” ’ » */
} FdQMarkShape;

typedef struct
{
  gsize start, end; /* bytes in the document text */
  FdQTokKind kind;
  gunichar ch;           /* the character of punctuation and marks */
  gboolean single;       /* marks: a single quotation mark */
  FdQMarkShape shape;    /* marks only */
  gboolean space_before; /* white space or the line start before it */
  gboolean space_after;  /* white space or the line end after it */
} FdQTok;

/* Replaces the contents of @toks, an array of FdQTok that neither clears
 * nor is zero-terminated (g_array_new (FALSE, FALSE, …)), with the tokens
 * of text[start, end) (one line: the caller passes line bounds).  The
 * caller reuses one array from line to line. */
void fd_quote_token_split (GArray *toks, const char *text, gsize start,
                           gsize end);

/* TRUE when the word token @t equals @word ignoring ASCII case. */
gboolean fd_quote_token_is (const char *text, const FdQTok *t,
                            const char *word);

/* TRUE when the word token @t starts with an upper-case letter. */
gboolean fd_quote_token_is_cap (const char *text, const FdQTok *t);

/* TRUE when toks[i] is a full stop, "?" or "!" that ends a sentence: not
 * the dot of a title or an initial ("Rep.", "G.K."), and followed by the
 * line end, a mark, or a word that starts with a capital or a digit. */
gboolean fd_quote_token_ends_sentence (const char *text, const FdQTok *toks,
                                       guint n, guint i);

/* TRUE when the word token @t is an abbreviation that takes a dot:
 * a title ("Mr", "Rep", "Gov"), or a single letter (an initial). */
gboolean fd_quote_token_is_abbrev (const char *text, const FdQTok *t);
