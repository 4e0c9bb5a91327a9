/* speaker.h - who is speaking: speech cues ("said", "told", "according
 * to") and the noun phrase that names their speaker.
 *
 * The quote finder knows where quoted words are; this module reads the
 * words around a cue to find the speaker's mention: the subject before the
 * verb ("Lee said", "Kang Yu-jung, Seoul's presidential spokeswoman,
 * said"), the phrase after an inverted verb ("said Caddell"), after
 * "according to", or the Y of "X quoted Y as saying".  It works on the
 * tokens of one line (quote-token.h) and never allocates. */
#pragma once

#include "claims/quote-token.h"

typedef enum
{
  FD_SPEECH_PLAIN = 0, /* said, added, noted: the subject speaks */
  FD_SPEECH_TELL,      /* told, asked: an object may follow the verb */
  FD_SPEECH_QUOTED,    /* "X quoted Y as saying": Y speaks */
  FD_SPEECH_ACCORDING, /* "according to X" */
  FD_SPEECH_PARTICIPLE /* "…, saying": the clause's subject speaks */
} FdSpeechKind;

typedef struct
{
  FdSpeechKind kind;
  guint len;        /* tokens in the cue: 2 for "according to" */
  gboolean reports; /* the verb can introduce indirect speech ("said
                       that"); "called" or "quoted" cannot */
} FdSpeechCue;

/* A speaker mention: tokens first..last (inclusive) of the line. */
typedef struct
{
  guint first, last;
  gboolean pronoun; /* a lone pronoun: he, she, it, they, we, I, who */
} FdSpeakerNP;

/* The speech cues of a line, in one call: is_cue[i] says whether a cue
 * starts at toks[i], and cue[i] is filled where one does (left as it was
 * elsewhere); both hold @n entries.  TRUE when any does. */
gboolean fd_speaker_cues (const char *text, const FdQTok *toks, guint n,
                          FdSpeechCue *cue, gboolean *is_cue);

/* The subject of the verb at toks[verb], read backwards, never before
 * toks[lo]: "Lee (also) said", "White House press secretary Josh Earnest
 * said", "Kang Yu-jung, Seoul's presidential spokeswoman, said", "a
 * statement from the president's office said".  FALSE when none. */
gboolean fd_speaker_before (const char *text, const FdQTok *toks, guint n,
                            guint lo, guint verb, FdSpeakerNP *np);

/* The noun phrase starting at toks[from], never past toks[hi - 1]: for
 * "said X", "according to X", "quoted X as saying".  It ends at a comma,
 * a full stop, a mark or a word that starts an adjunct ("in", "during",
 * "Monday").  FALSE when none starts there. */
gboolean fd_speaker_after (const char *text, const FdQTok *toks, guint n,
                           guint from, guint hi, FdSpeakerNP *np);

/* TRUE when the word token is a pronoun that may name a speaker: he,
 * she, it, they, we, I, who, which, he's, she's, it's (any case). */
gboolean fd_speaker_is_pronoun (const char *text, const FdQTok *t);

/* TRUE when @np looks like a person (a name or a person's title) rather
 * than an institution ("the foreign ministry", "a statement from …"):
 * he and she resolve only to persons. */
gboolean fd_speaker_is_person (const char *text, const FdQTok *toks,
                               const FdSpeakerNP *np);

/* TRUE when the word is a function word that may be capitalised at a
 * sentence start but never starts a name: "The", "When", "At", "It". */
gboolean fd_speaker_is_function_word (const char *text, const FdQTok *t);
