/* test-shingle.c - word tokens and XXH3 shingle fingerprints.  The known
 * answers were computed with the stock tool (xxhsum -H3, XXH3-64, seed 0)
 * over the normalised text, e.g. printf 'the quick brown fox jumps' |
 * xxhsum -H3, so they pin both the normalisation and the hash. */
#include "fd-test.h"
#include "shingle/shingle.h"

#include <string.h>

static char *
tokens_str (const char *text)
{
  FdTokens t = { 0 };
  char *s;

  fd_tokens_scan (&t, text, strlen (text));
  s = g_strdup (t.norm ? t.norm : "");
  fd_tokens_clear (&t);
  return s;
}

typedef struct
{
  const char *in;
  const char *norm;
} TokCase;

static const TokCase tok_cases[] = {
  { "The Quick, brown FOX!", "the quick brown fox" },
  { "Korea’s and Korea's", "koreas and koreas" },
  { "Lee Jae-myung", "lee jae myung" },
  { "28,500 US troops", "28500 us troops" },
  { "June 6,2025", "june 6 2025" },
  { "+1.55% at 15:46", "1.55 at 15 46" },
  { "jyhan@hankyung.com", "jyhan hankyung com" },
  { "ÄRGER über Öl", "ärger über öl" },
  { "東京 summit", "東 京 summit" },
  { "“shuttle diplomacy” – visits", "shuttle diplomacy visits" },
  { "  \n\t ", "" },
  { "end.", "end" },
  { "U.S. 1,00 x", "u s 1 00 x" },
};

START_TEST (token_cases)
{
  const TokCase *c = &tok_cases[_i];
  g_autofree char *got = tokens_str (c->in);

  ck_assert_msg (strcmp (got, c->norm) == 0, "'%s': got '%s', want '%s'",
                 c->in, got, c->norm);
}
END_TEST

START_TEST (token_spans_and_flags)
{
  const char *text = "Courtesy of AP — “Lee” won 28,500 votes";
  FdTokens t = { 0 };

  fd_tokens_scan (&t, text, strlen (text));
  ck_assert_uint_eq (t.n, 7);
  /* Spans cover the original bytes, not the normalised ones. */
  ck_assert_uint_eq (t.v[2].start, 12);
  ck_assert_uint_eq (t.v[2].end, 14);
  ck_assert (strncmp (text + t.v[3].start, "Lee", 3) == 0);
  ck_assert_uint_eq (t.v[3].end - t.v[3].start, 3);
  ck_assert (strncmp (text + t.v[5].start, "28,500", t.v[5].end - t.v[5].start)
             == 0);
  ck_assert (t.v[0].flags & FD_TOKEN_CAPITAL);
  ck_assert (!(t.v[1].flags & FD_TOKEN_CAPITAL));
  ck_assert (t.v[5].flags & FD_TOKEN_NUMBER);
  ck_assert (!(t.v[6].flags & FD_TOKEN_NUMBER));
  fd_tokens_clear (&t);
}
END_TEST

START_TEST (token_next_matches_scan)
{
  const char *text = "Write to Jae-young Han at jyhan@hankyung.com";
  FdTokens t = { 0 };
  gsize from = 0;

  fd_tokens_scan (&t, text, strlen (text));
  for (guint i = 0; i < t.n; i++)
    {
      FdToken one;
      char norm[32];
      ck_assert (
          fd_token_next (text, strlen (text), from, &one, norm, sizeof norm));
      ck_assert_uint_eq (one.start, t.v[i].start);
      ck_assert_uint_eq (one.end, t.v[i].end);
      ck_assert (strncmp (norm, t.norm + t.v[i].norm, t.v[i].norm_len) == 0);
      from = one.end;
    }
  {
    FdToken none;
    ck_assert (!fd_token_next (text, strlen (text), from, &none, NULL, 0));
  }
  fd_tokens_clear (&t);
}
END_TEST

/* Pieces of text where the tokeniser's short cut for plain ASCII words
 * and its general scanner could part: joiners, apostrophes, digits,
 * UTF-8 (valid, invalid, wide, combining) and the last eight bytes. */
static const char *const tricky[] = {
  "word",     "Word",     "WORDS",       "a",        "longerwordthaneight",
  "x",        "12",       "3",           "1.5",      ".",
  ",",        ",000",     ",12",         "'",        "’",
  "s",        " ",        "  ",          "\n",       "-",
  "(",        ")",        "\"",          "é",        "Über",
  "東",       "\xcc\x81", "\xff",        "\xe2\x80", "ok.",
  "U.S.",     "it's",     "rock'n'roll", "don’t",    "abcdefgh",
  "ABCDEFGH",
};

/* Random texts made of the pieces above: fd_tokens_scan must read them
 * exactly as fd_token_next (the general scanner) does, token by token. */
START_TEST (token_scan_matches_next_random)
{
  GRand *r = g_rand_new_with_seed (20261122);
  FdTokens t = { 0 };

  for (int round = 0; round < 2000; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      int pieces = g_rand_int_range (r, 0, 24);
      gsize from = 0;
      FdToken one;
      char norm[2048];

      for (int x = 0; x < pieces; x++)
        g_string_append (
            text, tricky[g_rand_int_range (r, 0, G_N_ELEMENTS (tricky))]);
      fd_tokens_scan (&t, text->str, text->len);
      for (guint i = 0; i < t.n; i++)
        {
          ck_assert (fd_token_next (text->str, text->len, from, &one, norm,
                                    sizeof norm));
          ck_assert_msg (one.start == t.v[i].start && one.end == t.v[i].end
                             && one.flags == t.v[i].flags
                             && one.norm_len == t.v[i].norm_len,
                         "token %u of '%s'", i, text->str);
          ck_assert (memcmp (norm, t.norm + t.v[i].norm, one.norm_len) == 0);
          from = one.end;
        }
      ck_assert_msg (
          !fd_token_next (text->str, text->len, from, &one, NULL, 0),
          "a token left after the last one of '%s'", text->str);
    }
  fd_tokens_clear (&t);
  g_rand_free (r);
}
END_TEST

typedef struct
{
  const char *text;
  const char *hex; /* xxhsum -H3 of the normalised text */
} Kat;

static const Kat kats[] = {
  { "the quick brown fox jumps", "90602c70ee7f6208" },
  { "seoul officials said the korean", "0689667f0a8be447" },
  { "a", "e6c632b61e964e1f" },
  { "", "2d06800538d394c2" },
};

START_TEST (shingle_known_answers)
{
  const Kat *k = &kats[_i];
  char hex[17];
  guint64 back;

  fd_shingle_format (fd_shingle_hash (k->text, strlen (k->text)), hex);
  ck_assert_str_eq (hex, k->hex);
  ck_assert (fd_shingle_parse (hex, &back));
  ck_assert (back == fd_shingle_hash (k->text, strlen (k->text)));
}
END_TEST

START_TEST (shingles_of_raw_text)
{
  /* Punctuation, case and spacing do not change a fingerprint. */
  const char *text = "The QUICK,  brown\nfox — jumps!  Seoul officials "
                     "said the Korean";
  FdTokens t = { 0 };
  guint64 sh[16];
  char hex[17];
  guint n;

  fd_tokens_scan (&t, text, strlen (text));
  ck_assert_uint_eq (fd_shingle_count (&t, 5), 6);
  n = fd_shingle_all (&t, 5, sh);
  ck_assert_uint_eq (n, 6);
  fd_shingle_format (sh[0], hex);
  ck_assert_str_eq (hex, "90602c70ee7f6208");
  fd_shingle_format (sh[5], hex);
  ck_assert_str_eq (hex, "0689667f0a8be447");
  ck_assert (fd_shingle_at (&t, 5, 5) == sh[5]);
  ck_assert_uint_eq (fd_shingle_count (&t, 10), 1);
  ck_assert_uint_eq (fd_shingle_count (&t, 11), 0);
  fd_tokens_clear (&t);
}
END_TEST

START_TEST (shingle_parse_rejects)
{
  guint64 h;

  ck_assert (!fd_shingle_parse ("90602c70ee7f620", &h));
  ck_assert (!fd_shingle_parse ("90602c70ee7f6208x", &h));
  ck_assert (!fd_shingle_parse ("g0602c70ee7f6208", &h));
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("shingle");
  TCase *tc = tcase_create ("shingle");

  tcase_add_loop_test (tc, token_cases, 0, G_N_ELEMENTS (tok_cases));
  tcase_add_test (tc, token_spans_and_flags);
  tcase_add_test (tc, token_next_matches_scan);
  tcase_add_test (tc, token_scan_matches_next_random);
  tcase_add_loop_test (tc, shingle_known_answers, 0, G_N_ELEMENTS (kats));
  tcase_add_test (tc, shingles_of_raw_text);
  tcase_add_test (tc, shingle_parse_rejects);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
