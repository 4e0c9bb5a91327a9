/* token.h - the words that shingles are made of.
 *
 * A token is a maximal run of letters and digits (Unicode-aware), case-folded,
 * with punctuation dropped: "Korea’s" and "Korea's" both read "koreas",
 * "Jae-myung" is two tokens like "Jae Myung", "28,500" reads "28500" while
 * "6,2025" stays two numbers, and "1.55" keeps its decimal point.  Wide
 * (CJK) characters are one token each since those scripts do not space
 * words.  Every token keeps the byte span of its original text so that a
 * finding can point back at the input.  ASCII text never leaves a fast path
 * that does no allocation and no Unicode table look-up. */
#pragma once

#include <glib.h>

typedef enum
{
  FD_TOKEN_NUMBER = 1 << 0,  /* holds a digit */
  FD_TOKEN_CAPITAL = 1 << 1, /* first character is upper case */
} FdTokenFlags;

typedef struct
{
  guint32 start;    /* first byte of the token in the original text */
  guint32 end;      /* end of the original token, exclusive */
  guint32 norm;     /* offset of the normalised form in FdTokens.norm */
  guint16 norm_len; /* bytes of the normalised form */
  guint16 flags;    /* FdTokenFlags */
} FdToken;

/* The tokens of one text and their normalised forms, separated by single
 * spaces in @norm so that any run of tokens is one contiguous string (which
 * is what a shingle hashes).  A caller-owned struct: reuse it across texts
 * to avoid allocation, release it with fd_tokens_clear(). */
typedef struct
{
  FdToken *v;
  guint n;
  guint cap;
  char *norm;
  gsize norm_len;
  gsize norm_cap;
} FdTokens;

/* Replaces the contents of @toks with the tokens of @len bytes of UTF-8
 * @text (which need not be NUL-terminated).  Texts of 4 GiB or more are not
 * supported. */
void fd_tokens_scan (FdTokens *toks, const char *text, gsize len);

/* Frees what @toks holds and zeroes it.  Accepts NULL. */
void fd_tokens_clear (FdTokens *toks);

/* Reads the one token that starts at or after byte @from of @text, writing
 * its normalised form into @norm (at most @norm_size - 1 bytes, then NUL)
 * and its span into *@tok (tok->norm is 0).  Returns FALSE when no token is
 * left.  For looking at a few tokens again without keeping them all. */
gboolean fd_token_next (const char *text, gsize len, gsize from, FdToken *tok,
                        char *norm, gsize norm_size);
