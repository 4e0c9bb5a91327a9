/* test-ingest.c - the ingest stage: bad inputs, line classes, metadata,
 * JSON Lines, directory walks, standard input and normalisation.
 *
 * Binary and huge inputs (invalid UTF-8, NUL, UTF-16, the 100 MB line) are
 * written to a temporary directory at run time; text fixtures live in
 * tests/fixtures/ingest, each page with a .classes file listing the class
 * expected for each of its lines.  Cases that read the real articles in
 * $FD_SEEDS are only registered when that folder exists. */
#include "fd-test.h"
#include "ingest/encoding.h"
#include "ingest/ingest.h"
#include "ingest/meta.h"
#include "ingest/norm.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- helpers ---- */

static char *tmp; /* per test, made in setup and removed in teardown */

static void
rm_rf (const char *path)
{
  struct stat st;

  if (lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      GDir *d = g_dir_open (path, 0, NULL);
      const char *name;
      chmod (path, 0700);
      while (d && (name = g_dir_read_name (d)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          rm_rf (child);
        }
      if (d)
        g_dir_close (d);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
setup (void)
{
  tmp = g_dir_make_tmp ("fd-ingest-XXXXXX", NULL);
  ck_assert_ptr_nonnull (tmp);
}

static void
teardown (void)
{
  rm_rf (tmp);
  g_clear_pointer (&tmp, g_free);
}

/* Writes @len bytes (-1: a string) to @name under the temporary directory
 * and returns its path (g_free). */
static char *
put (const char *name, const char *data, gssize len)
{
  char *path = g_build_filename (tmp, name, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_mkdir_with_parents (dir, 0755);
  ck_assert (g_file_set_contents (path, data, len, NULL));
  return path;
}

typedef struct
{
  GPtrArray *docs;
  GPtrArray *errors;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->docs, g_ptr_array_unref);
  g_clear_pointer (&r->errors, g_ptr_array_unref);
}

static void
ingest (Result *r, const FdIngestOptions *opts, ...)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new ();
  va_list ap;
  const char *p;

  va_start (ap, opts);
  while ((p = va_arg (ap, const char *)))
    g_ptr_array_add (paths, (gpointer)p);
  va_end (ap);
  g_ptr_array_add (paths, NULL);
  r->docs = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  r->errors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  fd_ingest_paths ((const char *const *)paths->pdata, opts, r->docs,
                   r->errors);
}

static const char *
err_msg (const Result *r, guint i)
{
  ck_assert_uint_lt (i, r->errors->len);
  return ((GError *)r->errors->pdata[i])->message;
}

static FdDoc *
doc_at (const Result *r, guint i)
{
  ck_assert_uint_lt (i, r->docs->len);
  return r->docs->pdata[i];
}

/* A bad input next to a good one: exactly one error, @want, and the good
 * article still read. */
static void
expect_one_error (const char *bad, const char *want, gint code)
{
  g_autofree char *good = put ("zz-good.txt", "A line of text.\n", -1);
  Result r = { 0 };
  GError *e;

  ingest (&r, NULL, bad, good, NULL);
  ck_assert_msg (r.errors->len == 1, "%u errors for %s", r.errors->len, bad);
  e = r.errors->pdata[0];
  ck_assert_str_eq (e->message, want);
  ck_assert (g_error_matches (e, FD_INGEST_ERROR, code));
  ck_assert_uint_eq (r.docs->len, 1);
  ck_assert_str_eq (doc_at (&r, 0)->path, good);
  result_clear (&r);
}

/* ---- bad input, one case each ---- */

START_TEST (bad_utf8)
{
  GString *s = g_string_new (NULL);
  g_autofree char *path = NULL, *want = NULL;

  /* 4031 bytes over 31 lines, then a byte that cannot start UTF-8. */
  for (int i = 0; i < 31; i++)
    g_string_append_printf (s, "%0129d\n", i);
  g_string_append (s, "\xff tail\n");
  ck_assert_uint_eq (s->len - 7, 4030);
  path = put ("bad.txt", s->str, (gssize)s->len);
  want = g_strdup_printf ("%s:32: invalid UTF-8 at byte 4030", path);
  expect_one_error (path, want, FD_INGEST_ERROR_ENCODING);
  g_string_free (s, TRUE);
}
END_TEST

/* Sequences that look like UTF-8 but are forbidden by RFC 3629. */
static const struct
{
  const char *bytes;
  gsize off;
} bad_sequences[] = {
  { "ok \xc0\x80", 3 },         /* overlong NUL */
  { "ok \xe0\x80\xaf", 3 },     /* overlong slash */
  { "ok \xed\xa0\x80 x", 3 },   /* UTF-16 surrogate */
  { "ok \xf4\x90\x80\x80", 3 }, /* past U+10FFFF */
  { "abcdefgh\xc3", 8 },        /* truncated at the end */
  { "caf\xc3\xa9 \x80", 6 },    /* lone continuation byte */
};

START_TEST (bad_utf8_sequences)
{
  g_autofree char *path = NULL, *want = NULL;

  path = put ("seq.txt", bad_sequences[_i].bytes, -1);
  want = g_strdup_printf ("%s:1: invalid UTF-8 at byte %zu", path,
                          bad_sequences[_i].off);
  expect_one_error (path, want, FD_INGEST_ERROR_ENCODING);
}
END_TEST

START_TEST (nul_byte)
{
  g_autofree char *path = NULL, *want = NULL;

  path = put ("nul.txt", "line one\nline\0two\n", 18);
  want = g_strdup_printf ("%s:2: NUL byte at byte 13", path);
  expect_one_error (path, want, FD_INGEST_ERROR_ENCODING);
}
END_TEST

/* The scanner reads whole words at a time: a bad byte (NUL, a lone
 * continuation, a byte that never starts UTF-8) must be found at every
 * offset of a 100-byte text, and a valid two-byte character anywhere must
 * not stop it. */
START_TEST (encoding_scan_every_offset)
{
  static const char bad[] = { '\0', '\x80', '\xff', '\xc3' };
  char buf[100];

  for (gsize at = 0; at < sizeof buf; at++)
    {
      for (gsize k = 0; k < G_N_ELEMENTS (bad); k++)
        {
          memset (buf, 'a', sizeof buf);
          buf[at] = bad[k];
          /* "\xc3" is a valid lead byte unless a continuation follows. */
          ck_assert_uint_eq (fd_encoding_scan (buf, sizeof buf), at);
        }
      if (at + 1 < sizeof buf)
        {
          memset (buf, 'a', sizeof buf);
          buf[at] = '\xc3';
          buf[at + 1] = '\xa9';
          ck_assert_uint_eq (fd_encoding_scan (buf, sizeof buf), sizeof buf);
        }
    }
}
END_TEST

START_TEST (utf16_bom)
{
  g_autofree char *le = NULL, *be = NULL, *w1 = NULL, *w2 = NULL;

  le = put ("le.txt", "\xff\xfeH\0i\0\n\0", 8);
  be = put ("be.txt", "\xfe\xff\0H\0i\0\n", 8);
  w1 = g_strdup_printf (
      "%s: UTF-16LE text (byte order mark); convert it to UTF-8", le);
  w2 = g_strdup_printf (
      "%s: UTF-16BE text (byte order mark); convert it to UTF-8", be);
  expect_one_error (le, w1, FD_INGEST_ERROR_ENCODING);
  expect_one_error (be, w2, FD_INGEST_ERROR_ENCODING);
}
END_TEST

START_TEST (utf16_detected)
{
  const char *ascii = "The council met on Thursday.\n";
  g_autofree char *path = NULL, *want = NULL;
  GString *s = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      g_string_append_c (s, *p);
      g_string_append_c (s, '\0');
    }
  path = put ("wide.txt", s->str, (gssize)s->len);
  want = g_strdup_printf ("%s: looks like UTF-16LE text (NUL in every other "
                          "byte); convert it to UTF-8",
                          path);
  expect_one_error (path, want, FD_INGEST_ERROR_ENCODING);
  g_string_free (s, TRUE);
}
END_TEST

START_TEST (utf32_bom)
{
  g_autofree char *path = NULL, *want = NULL;

  path = put ("u32.txt", "\xff\xfe\0\0H\0\0\0", 8);
  want = g_strdup_printf (
      "%s: UTF-32 text (byte order mark); convert it to UTF-8", path);
  expect_one_error (path, want, FD_INGEST_ERROR_ENCODING);
}
END_TEST

START_TEST (utf8_bom_accepted)
{
  g_autofree char *path = put ("bom.txt",
                               "\xef\xbb\xbfTitle here\n\nThe "
                               "text.\n",
                               -1);
  Result r = { 0 };
  FdDoc *d;

  ingest (&r, NULL, path, NULL);
  ck_assert_uint_eq (r.errors->len, 0);
  d = doc_at (&r, 0);
  ck_assert_uint_eq (d->len, 25); /* the BOM stays in the text */
  ck_assert_uint_eq (d->lines[0].start, 3);
  ck_assert_uint_eq (d->lines[0].end, 13);
  ck_assert_int_eq (d->lines[0].cls, FD_LINE_HEADLINE);
  ck_assert_str_eq (d->title, "Title here");
  result_clear (&r);
}
END_TEST

START_TEST (crlf_accepted)
{
  g_autofree char *path = put (
      "crlf.txt", "A short headline\r\n\r\nFirst sentence here.\r\n", -1);
  Result r = { 0 };
  FdDoc *d;

  ingest (&r, NULL, path, NULL);
  ck_assert_uint_eq (r.errors->len, 0);
  d = doc_at (&r, 0);
  ck_assert_uint_eq (d->n_lines, 3);
  ck_assert_uint_eq (d->lines[0].end, 16);
  ck_assert_int_eq (d->lines[1].cls, FD_LINE_BLANK);
  ck_assert_uint_eq (d->lines[2].start, 20);
  ck_assert_uint_eq (d->lines[2].end, 40);
  ck_assert_int_eq (d->lines[2].cls, FD_LINE_BODY);
  ck_assert_str_eq (d->title, "A short headline");
  result_clear (&r);
}
END_TEST

START_TEST (empty_file)
{
  g_autofree char *e = put ("empty.txt", "", 0);
  g_autofree char *w = put ("white.txt", " \n\t\r\n  \n", -1);
  g_autofree char *b = put ("bomonly.txt", "\xef\xbb\xbf\n", -1);
  g_autofree char *w1 = g_strdup_printf ("%s: empty file", e);
  g_autofree char *w2 = g_strdup_printf ("%s: nothing but white space", w);
  g_autofree char *w3 = g_strdup_printf ("%s: nothing but white space", b);

  expect_one_error (e, w1, FD_INGEST_ERROR_EMPTY);
  expect_one_error (w, w2, FD_INGEST_ERROR_EMPTY);
  expect_one_error (b, w3, FD_INGEST_ERROR_EMPTY);
}
END_TEST

START_TEST (huge_line)
{
  const gsize mb = 1 << 20, total = 100 * mb;
  g_autofree char *path = g_build_filename (tmp, "huge.txt", NULL);
  g_autofree char *chunk = g_malloc (mb), *want = NULL;
  FILE *f = fopen (path, "wb");

  /* 100 MB of words without a single newline. */
  ck_assert_ptr_nonnull (f);
  for (gsize i = 0; i < mb; i++)
    chunk[i] = (i % 7 == 6) ? ' ' : 'a' + (char)(i % 7);
  for (gsize k = 0; k < total / mb; k++)
    ck_assert_uint_eq (fwrite (chunk, 1, mb, f), mb);
  ck_assert_int_eq (fclose (f), 0);
  want = g_strdup_printf ("%s:1: line of 104857600 bytes, over the limit of "
                          "1048576 for article text",
                          path);
  expect_one_error (path, want, FD_INGEST_ERROR_ENCODING);
}
END_TEST

START_TEST (long_line_under_limit)
{
  /* A long line below the limit is text like any other. */
  GString *s = g_string_new ("Headline\n\n");
  g_autofree char *path = NULL;
  Result r = { 0 };

  while (s->len < 900000)
    g_string_append (s, "The council met again and voted once more. ");
  g_string_append (s, "\n");
  path = put ("long.txt", s->str, (gssize)s->len);
  ingest (&r, NULL, path, NULL);
  ck_assert_uint_eq (r.errors->len, 0);
  ck_assert_int_eq (doc_at (&r, 0)->lines[2].cls, FD_LINE_BODY);
  result_clear (&r);
  g_string_free (s, TRUE);
}
END_TEST

START_TEST (unreadable_file)
{
  g_autofree char *path = put ("locked.txt", "Some text.\n", -1);
  g_autofree char *want = NULL;

  ck_assert_int_eq (chmod (path, 0), 0);
  if (geteuid () == 0)
    {
      /* Permissions do not stop root; this file opens but cannot be
       * read from the start. */
      g_free (path);
      path = g_strdup ("/proc/self/mem");
      want = g_strdup_printf ("%s: %s", path, g_strerror (EIO));
    }
  else
    want = g_strdup_printf ("%s: %s", path, g_strerror (EACCES));
  expect_one_error (path, want, FD_INGEST_ERROR_IO);
}
END_TEST

START_TEST (missing_path)
{
  g_autofree char *path = g_build_filename (tmp, "nowhere.txt", NULL);
  g_autofree char *want
      = g_strdup_printf ("%s: %s", path, g_strerror (ENOENT));

  expect_one_error (path, want, FD_INGEST_ERROR_IO);
}
END_TEST

START_TEST (jsonl_bad_lines)
{
  const char *lines[] = {
    "{\"id\": \"a\", \"text\": \"First good record.\"}",
    "{\"id\": \"b\", \"text\": \"unterminated}",
    "[1, 2]",
    "{\"text\": \"no id here\"}",
    "{\"id\": \"c\"}",
    "{\"id\": \"d\", \"text\": 42}",
    "{\"id\": \"e\", \"text\": \"x\", \"date\": \"next Tuesday\"}",
    "{\"id\": \"f\", \"text\": \"bad \xff byte\"}",
    "{\"id\": \"g\", \"text\": \"cut\\u0000here\"}",
    "{\"id\": \"h\", \"text\": \"half \\ud800 pair\"}",
    "{\"id\": \"i\", \"text\": \"  \"}",
    "{\"id\": \"j\", \"text\": \"x\", \"outlet\": 7}",
    "",
    "{\"id\": \"k\", \"text\": \"Second good record.\", \"extra\": [1]}",
  };
  g_autofree char *joined = NULL, *path = NULL;
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  g_auto (GStrv) v = NULL;
  Result r = { 0 };
  const char *want[] = {
    ":2: invalid JSON at column ",
    ":3: not a JSON object",
    ":4: missing \"id\"",
    ":5: missing \"text\"",
    ":6: \"text\" is not a string",
    ":7: \"date\" is not a date: next Tuesday",
    ":8: invalid UTF-8 at byte ",
    ":9: \"text\" holds a NUL character",
    ":10: \"text\": invalid UTF-8 at byte 5 of the decoded text",
    ":11: \"text\" is empty",
    ":12: \"outlet\", \"date\", \"title\" and \"url\" must be strings",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    g_strv_builder_add (b, lines[i]);
  v = g_strv_builder_end (b);
  joined = g_strjoinv ("\n", v);
  path = put ("recs.jsonl", joined, -1);
  ingest (&r, NULL, path, NULL);
  ck_assert_uint_eq (r.docs->len, 2);
  ck_assert_str_eq (doc_at (&r, 0)->id, "a");
  ck_assert_str_eq (doc_at (&r, 1)->id, "k");
  ck_assert_uint_eq (doc_at (&r, 1)->record, 14);
  ck_assert_uint_eq (r.errors->len, G_N_ELEMENTS (want));
  for (gsize i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autofree char *prefix = g_strconcat (path, want[i], NULL);
      ck_assert_msg (g_str_has_prefix (err_msg (&r, (guint)i), prefix),
                     "error %zu: '%s', expected '%s...'", i,
                     err_msg (&r, (guint)i), prefix);
      ck_assert (g_error_matches (r.errors->pdata[i], FD_INGEST_ERROR,
                                  i == 5   ? FD_INGEST_ERROR_DATE
                                  : i == 9 ? FD_INGEST_ERROR_EMPTY
                                           : FD_INGEST_ERROR_JSON));
    }
  /* The invalid byte is counted from the start of the file. */
  {
    g_autofree char *at
        = g_strdup_printf ("at byte %zu", strstr (joined, "\xff") - joined);
    ck_assert (g_str_has_suffix (err_msg (&r, 6), at));
  }
  result_clear (&r);
}
END_TEST

START_TEST (bad_date_option)
{
  g_autofree char *path = put ("plain.txt", "No date here.\n", -1);
  FdIngestOptions o = { .date = "18/06/2025x" };
  Result r = { 0 };

  ingest (&r, &o, path, NULL);
  ck_assert_uint_eq (r.errors->len, 1);
  ck_assert_str_eq (err_msg (&r, 0), "--date: not a date: 18/06/2025x");
  ck_assert_uint_eq (r.docs->len, 1);
  ck_assert_str_eq (doc_at (&r, 0)->date, "");
  result_clear (&r);
}
END_TEST

START_TEST (bad_date_header)
{
  g_autofree char *path
      = put ("hdr.txt", "Outlet: X\nDate: soon\n\nText.\n", -1);
  g_autofree char *want
      = g_strdup_printf ("%s:2: Date header is not a date: soon", path);

  expect_one_error (path, want, FD_INGEST_ERROR_DATE);
}
END_TEST

/* ---- line classes on fixture pages ---- */

static const char *const pages[] = {
  "page-market",
  "page-broadcast",
  "page-related",
};

START_TEST (page_classes)
{
  g_autofree char *name = g_strdup_printf ("ingest/%s.txt", pages[_i]);
  g_autofree char *cname = g_strdup_printf ("ingest/%s.classes", pages[_i]);
  g_autofree char *path = FD_FIXTURE (name), *cpath = FD_FIXTURE (cname);
  g_autofree char *expected = NULL;
  g_auto (GStrv) want = NULL;
  Result r = { 0 };
  FdDoc *d;

  ck_assert (g_file_get_contents (cpath, &expected, NULL, NULL));
  want = g_strsplit (g_strchomp (expected), "\n", -1);
  ingest (&r, NULL, path, NULL);
  ck_assert_uint_eq (r.errors->len, 0);
  d = doc_at (&r, 0);
  for (guint i = 0; i < d->n_lines && want[i]; i++)
    ck_assert_msg (strcmp (fd_line_class_name (d->lines[i].cls), want[i]) == 0,
                   "%s line %u '%.*s': %s, expected %s", pages[_i], i,
                   (int)(d->lines[i].end - d->lines[i].start),
                   d->text + d->lines[i].start,
                   fd_line_class_name (d->lines[i].cls), want[i]);
  ck_assert_uint_eq (d->n_lines, g_strv_length (want));
  result_clear (&r);
}
END_TEST

START_TEST (glued_lines_are_cut)
{
  g_autofree char *path = FD_FIXTURE ("ingest/page-broadcast.txt");
  Result r = { 0 };
  FdDoc *d;
  const FdLine *cap = NULL;

  ingest (&r, NULL, path, NULL);
  d = doc_at (&r, 0);
  /* " date 2026-03-05" and the headline after it. */
  ck_assert_uint_eq (d->lines[0].start, 0);
  ck_assert_uint_eq (d->lines[0].end, 16);
  ck_assert_uint_eq (d->lines[1].start, 17);
  ck_assert_str_eq (d->title, "[Evening Report] Council backs bridge repairs");
  for (guint i = 0; i < d->n_lines; i++)
    if (d->lines[i].cls == FD_LINE_CAPTION)
      cap = &d->lines[i];
  ck_assert_ptr_nonnull (cap);
  /* The caption ends after its credit; the paragraph starts after the
   * space, on the same physical line. */
  {
    g_autofree char *ctext
        = g_strndup (d->text + cap->start, cap->end - cap->start);
    ck_assert (g_str_has_suffix (ctext, "(Courtesy of City Hall)"));
  }
  ck_assert_uint_eq (cap[1].start, cap->end + 1);
  ck_assert (strncmp (d->text + cap[1].start, "The work", 8) == 0);
  ck_assert_str_eq (d->date, "2026-03-05");
  ck_assert_str_eq (d->date_source, "header");
  result_clear (&r);
}
END_TEST

/* ---- metadata ---- */

START_TEST (meta_header_convention)
{
  g_autofree char *path = FD_FIXTURE ("ingest/meta-header.txt");
  Result r = { 0 };
  FdDoc *d;

  ingest (&r, NULL, path, NULL);
  d = doc_at (&r, 0);
  ck_assert_str_eq (d->outlet, "Westland Courier");
  ck_assert_str_eq (d->date, "2026-03-05");
  ck_assert_str_eq (d->time, "21:30");
  ck_assert_str_eq (d->tz, "+09:00");
  ck_assert_str_eq (d->date_source, "header");
  ck_assert (!d->date_inferred);
  ck_assert_str_eq (d->title, "Bridge plan approved");
  ck_assert_str_eq (d->url, "https://example.com/bridge");
  for (guint i = 0; i < 4; i++)
    ck_assert_int_eq (d->lines[i].cls, FD_LINE_META);
  ck_assert_int_eq (d->lines[5].cls, FD_LINE_HEADLINE);
  result_clear (&r);
}
END_TEST

START_TEST (meta_stamp_lines)
{
  g_autofree char *path = FD_FIXTURE ("ingest/meta-stamp.txt");
  FdIngestOptions o = { .date = "2000-01-01" };
  Result r = { 0 };
  FdDoc *d;

  ingest (&r, &o, path, NULL);
  d = doc_at (&r, 0);
  /* "Published" wins over the "Updated" line above it, and over --date. */
  ck_assert_str_eq (d->date, "2026-03-05");
  ck_assert_str_eq (d->time, "21:30");
  ck_assert_str_eq (d->tz, "KST");
  ck_assert_str_eq (d->date_source, "dateline");
  ck_assert_str_eq (d->dateline, "SEOUL");
  ck_assert_int_eq (d->lines[1].cls, FD_LINE_DATELINE);
  ck_assert_int_eq (d->lines[2].cls, FD_LINE_DATELINE);
  result_clear (&r);
}
END_TEST

START_TEST (meta_inferred)
{
  g_autofree char *path = FD_FIXTURE ("ingest/meta-inferred.txt");
  Result r = { 0 };
  FdDoc *d;

  ingest (&r, NULL, path, NULL);
  d = doc_at (&r, 0);
  ck_assert_str_eq (d->date, "2026-03-03");
  ck_assert (d->date_inferred);
  ck_assert_str_eq (d->date_source, "inferred");
  ck_assert_str_eq (d->time, "");
  ck_assert_str_eq (d->dateline, "NEW YORK/BOSTON, Westland");
  /* No outlet anywhere: the document id stands in. */
  ck_assert_str_eq (d->outlet, d->id);
  ck_assert (g_str_has_suffix (d->id, "ingest/meta-inferred"));
  result_clear (&r);
}
END_TEST

START_TEST (meta_options)
{
  g_autofree char *none = FD_FIXTURE ("ingest/meta-none.txt");
  g_autofree char *hdr = FD_FIXTURE ("ingest/meta-header.txt");
  FdIngestOptions o = { .date = "2026-02-28", .outlet = "Desk" };
  Result r = { 0 };

  ingest (&r, NULL, none, NULL);
  ck_assert_str_eq (doc_at (&r, 0)->date, "");
  ck_assert_ptr_null (doc_at (&r, 0)->date_source);
  ck_assert_str_eq (doc_at (&r, 0)->outlet, doc_at (&r, 0)->id);
  result_clear (&r);

  ingest (&r, &o, none, hdr, NULL);
  ck_assert_str_eq (doc_at (&r, 0)->date, "2026-02-28");
  ck_assert_str_eq (doc_at (&r, 0)->date_source, "option");
  ck_assert_str_eq (doc_at (&r, 0)->outlet, "Desk");
  /* Options never override what the article says itself. */
  ck_assert_str_eq (doc_at (&r, 1)->date, "2026-03-05");
  ck_assert_str_eq (doc_at (&r, 1)->outlet, "Westland Courier");
  result_clear (&r);
}
END_TEST

static const struct
{
  const char *in;
  int y, m, d, hh, mm;
  const char *tz;
} dates[] = {
  { "2025-06-18", 2025, 6, 18, -1, -1, "" },
  { " 2025-06-18T15:46:00+09:00 ", 2025, 6, 18, 15, 46, "+09:00" },
  { "2025-06-18T06:46:00.123Z", 2025, 6, 18, 6, 46, "UTC" },
  { "2025-06-18 15:46-0400", 2025, 6, 18, 15, 46, "-04:00" },
  { "June 18, 2025", 2025, 6, 18, -1, -1, "" },
  { "Jun. 6,2025", 2025, 6, 6, -1, -1, "" },
  { "Sept 3, 2024", 2024, 9, 3, -1, -1, "" },
  { "18 June 2025", 2025, 6, 18, -1, -1, "" },
  { "June 18th, 2025", 2025, 6, 18, -1, -1, "" },
  { "June 18, 2025 3:46 p.m. EDT", 2025, 6, 18, 15, 46, "EDT" },
  { "2025/06/18", 2025, 6, 18, -1, -1, "" },
  { "2025-02-30", 0, 0, 0, 0, 0, NULL },
  { "June 31, 2025", 0, 0, 0, 0, 0, NULL },
  { "next Tuesday", 0, 0, 0, 0, 0, NULL },
  { "2025-06-18 and more words", 0, 0, 0, 0, 0, NULL },
  { "June 2025", 0, 0, 0, 0, 0, NULL },
  { "", 0, 0, 0, 0, 0, NULL },
};

START_TEST (date_parse)
{
  FdMetaDate d;
  gboolean ok = fd_meta_parse_date (dates[_i].in, strlen (dates[_i].in), &d);

  ck_assert_msg (ok == (dates[_i].tz != NULL), "'%s': ok %d", dates[_i].in,
                 ok);
  if (!ok)
    return;
  ck_assert_msg (d.year == dates[_i].y && d.month == dates[_i].m
                     && d.day == dates[_i].d,
                 "'%s': %d-%d-%d", dates[_i].in, d.year, d.month, d.day);
  ck_assert_msg (d.hour == dates[_i].hh && d.minute == dates[_i].mm,
                 "'%s': time %d:%d", dates[_i].in, d.hour, d.minute);
  ck_assert_str_eq (d.tz, dates[_i].tz);
}
END_TEST

START_TEST (place_datelines)
{
  const struct
  {
    const char *line, *place;
  } c[] = {
    { "KANANASKIS, Westland \xe2\x80\x93 The talks began.",
      "KANANASKIS, Westland" },
    { "SEOUL, March 5 (Agency) -- The talks began.", "SEOUL" },
    { "NEW YORK (Wire) - The talks began.", "NEW YORK" },
    { "UN Secretary General - talks", NULL },
    { "The US - and others - agreed.", NULL },
    { "US officials said on Monday.", NULL },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (c); i++)
    {
      gsize n = fd_meta_place_dateline (c[i].line, strlen (c[i].line));
      if (!c[i].place)
        ck_assert_msg (n == 0, "'%s' has no dateline", c[i].line);
      else
        ck_assert_msg (n == strlen (c[i].place)
                           && strncmp (c[i].line, c[i].place, n) == 0,
                       "'%s': %zu", c[i].line, n);
    }
}
END_TEST

/* ---- JSON Lines ---- */

START_TEST (jsonl_records)
{
  g_autofree char *path = put (
      "feed.jsonl",
      "{\"id\":\"w1\",\"text\":\"Caf\\u00e9 opens\\nIt opened on Monday.\","
      "\"outlet\":\"Westland Wire\",\"date\":\"2026-03-05T08:15:00-05:00\","
      "\"title\":\"Caf\xc3\xa9\",\"url\":\"https://example.com/w1\","
      "\"lang\":\"en\"}\r\n"
      "\n"
      "{\"id\":17,\"text\":\"Plain text only.\",\"outlet\":null}\n",
      -1);
  Result r = { 0 };
  FdDoc *d;

  ingest (&r, NULL, path, NULL);
  ck_assert_uint_eq (r.errors->len, 0);
  ck_assert_uint_eq (r.docs->len, 2);
  d = doc_at (&r, 0);
  ck_assert_str_eq (d->id, "w1");
  ck_assert_uint_eq (d->record, 1);
  ck_assert_str_eq (d->path, path);
  /* Offsets are into the decoded text: "Café" is 5 bytes. */
  ck_assert_str_eq (d->text, "Caf\xc3\xa9 opens\nIt opened on Monday.");
  ck_assert_uint_eq (d->lines[0].end, 11);
  ck_assert_uint_eq (d->lines[1].start, 12);
  ck_assert_str_eq (d->outlet, "Westland Wire");
  ck_assert_str_eq (d->date, "2026-03-05");
  ck_assert_str_eq (d->time, "08:15");
  ck_assert_str_eq (d->tz, "-05:00");
  ck_assert_str_eq (d->date_source, "jsonl");
  ck_assert_str_eq (d->title, "Caf\xc3\xa9");
  ck_assert_str_eq (d->url, "https://example.com/w1");
  d = doc_at (&r, 1);
  ck_assert_str_eq (d->id, "17");
  ck_assert_uint_eq (d->record, 3);
  ck_assert_str_eq (d->outlet, "17");
  result_clear (&r);
}
END_TEST

/* ---- directories ---- */

START_TEST (directory_order)
{
  const char *files[] = {
    "b.txt",    "a-c.txt",     "a/b.txt",    "A.md",  "a/deep/x.txt",
    "skip.pdf", ".hidden.txt", ".git/c.txt", "noext",
  };
  const char *ids[] = { "A", "a-c", "a/b", "a/deep/x", "b", "f1", "f2" };
  Result r = { 0 };

  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    g_free (put (files[i], "Some text.\n", -1));
  g_free (put ("feed.jsonl",
               "{\"id\":\"f1\",\"text\":\"One.\"}\n"
               "{\"id\":\"f2\",\"text\":\"Two.\"}\n",
               -1));
  ingest (&r, NULL, tmp, NULL);
  ck_assert_uint_eq (r.errors->len, 0);
  ck_assert_uint_eq (r.docs->len, G_N_ELEMENTS (ids));
  for (gsize i = 0; i < G_N_ELEMENTS (ids); i++)
    ck_assert_str_eq (doc_at (&r, (guint)i)->id, ids[i]);
  result_clear (&r);
}
END_TEST

START_TEST (file_named_directly)
{
  g_autofree char *path = put ("sub/story.v2.txt", "Some text.\n", -1);
  g_autofree char *want = g_strndup (path, strlen (path) - 4);
  g_autofree char *cwd = g_get_current_dir ();
  Result r = { 0 };

  ingest (&r, NULL, path, NULL);
  ck_assert_str_eq (doc_at (&r, 0)->id, want);
  result_clear (&r);
  /* "./" is not part of an id. */
  ck_assert_int_eq (chdir (tmp), 0);
  ingest (&r, NULL, "./sub/story.v2.txt", NULL);
  ck_assert_int_eq (chdir (cwd), 0);
  ck_assert_str_eq (doc_at (&r, 0)->id, "sub/story.v2");
  result_clear (&r);
}
END_TEST

START_TEST (symlink_loop)
{
  g_autofree char *a = put ("top/a.txt", "Text A.\n", -1);
  g_autofree char *b = put ("top/sub/b.txt", "Text B.\n", -1);
  g_autofree char *loop = g_build_filename (tmp, "top/sub/up", NULL);
  g_autofree char *self = g_build_filename (tmp, "top/self.txt", NULL);
  g_autofree char *top = g_build_filename (tmp, "top", NULL);
  g_autofree char *w1 = NULL, *w2 = NULL;
  Result r = { 0 };

  ck_assert_int_eq (symlink ("..", loop), 0);
  ck_assert_int_eq (symlink ("self.txt", self), 0);
  ingest (&r, NULL, top, NULL);
  ck_assert_uint_eq (r.docs->len, 2);
  ck_assert_str_eq (doc_at (&r, 0)->id, "a");
  ck_assert_str_eq (doc_at (&r, 1)->id, "sub/b");
  ck_assert_uint_eq (r.errors->len, 2);
  w1 = g_strdup_printf ("%s: %s", self, g_strerror (ELOOP));
  w2 = g_strdup_printf ("%s: symbolic link loop (leads back to a directory "
                        "above it); not followed",
                        loop);
  ck_assert_str_eq (err_msg (&r, 0), w1);
  ck_assert_str_eq (err_msg (&r, 1), w2);
  result_clear (&r);
}
END_TEST

/* ---- standard input ---- */

static void
ingest_stdin (Result *r, const FdIngestOptions *o, const char *data)
{
  g_autofree char *path = put ("stdin.bin", data, -1);
  int saved = dup (STDIN_FILENO), fd = open (path, O_RDONLY);

  ck_assert (saved >= 0 && fd >= 0);
  ck_assert_int_eq (dup2 (fd, STDIN_FILENO), STDIN_FILENO);
  close (fd);
  ingest (r, o, "-", NULL);
  dup2 (saved, STDIN_FILENO);
  close (saved);
}

START_TEST (stdin_text_and_jsonl)
{
  FdIngestOptions o = { .date = "2026-03-01", .outlet = "Piped" };
  Result r = { 0 };

  ingest_stdin (&r, &o, "Headline words here\n\nA sentence.\n");
  ck_assert_uint_eq (r.errors->len, 0);
  ck_assert_str_eq (doc_at (&r, 0)->id, "-");
  ck_assert_str_eq (doc_at (&r, 0)->outlet, "Piped");
  ck_assert_str_eq (doc_at (&r, 0)->date_source, "option");
  result_clear (&r);

  ingest_stdin (&r, NULL, "\n{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n");
  ck_assert_uint_eq (r.errors->len, 0);
  ck_assert_str_eq (doc_at (&r, 0)->id, "s1");
  result_clear (&r);

  ingest_stdin (&r, NULL, "bad \xfe\n");
  ck_assert_str_eq (err_msg (&r, 0),
                    "(standard input):1: invalid UTF-8 at byte 4");
  result_clear (&r);
}
END_TEST

/* ---- normalisation ---- */

START_TEST (norm_folds_and_maps)
{
  /* "  Hello,␣NBSP“world” — it’s  fine…  " */
  const char *in = "  Hello,\xc2\xa0\xe2\x80\x9cworld\xe2\x80\x9d "
                   "\xe2\x80\x94 it\xe2\x80\x99s \t\n fine\xe2\x80\xa6  ";
  g_autoptr (FdNorm) n = fd_norm_new (in, strlen (in));
  const char *want = "Hello, \"world\" - it's fine...";
  const gsize map[] = {
    2,  3,  4,  5,  6,  7, /* Hello, */
    8,                     /* the NBSP */
    10,                    /* “ */
    13, 14, 15, 16, 17,    /* world */
    18,                    /* ” */
    21,                    /* the space after ” */
    22,                    /* — */
    25,                    /* space */
    26, 27,                /* it */
    28,                    /* ’ */
    31,                    /* s */
    32,                    /* three white space bytes become one */
    36, 37, 38, 39,        /* fine */
    40, 40, 40,            /* … */
    43,                    /* map[len]: the end of the last character */
  };
  gsize s, e;

  ck_assert_str_eq (n->text, want);
  ck_assert_uint_eq (n->len, strlen (want));
  ck_assert_uint_eq (G_N_ELEMENTS (map), n->len + 1);
  for (gsize i = 0; i <= n->len; i++)
    ck_assert_msg (n->map[i] == map[i], "map[%zu] = %zu, expected %zu", i,
                   n->map[i], map[i]);
  /* "world" maps back to the original bytes, quotes left out. */
  fd_norm_span (n, 8, 13, &s, &e);
  ck_assert_uint_eq (s, 13);
  ck_assert_uint_eq (e, 18);
  /* "it's fine" spans a folded apostrophe and collapsed white space. */
  fd_norm_span (n, 17, 26, &s, &e);
  ck_assert_uint_eq (s, 26);
  ck_assert_uint_eq (e, 40);
  /* A span with a space at its edge loses the space. */
  fd_norm_span (n, 6, 8, &s, &e);
  ck_assert_uint_eq (s, 10);
  ck_assert_uint_eq (e, 13);
}
END_TEST

START_TEST (norm_nfc)
{
  const struct
  {
    const char *in, *out;
    gsize map1; /* map of the second output byte */
  } c[] = {
    /* e + combining acute -> é, both bytes from offset 0 */
    { "e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9", 0 },
    /* ANGSTROM SIGN -> A WITH RING */
    { "\xe2\x84\xab!", "\xc3\x85!", 0 },
    /* Hangul jamo L V T -> one syllable */
    { "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab", "\xed\x95\x9c", 0 },
    /* precomposed stays, and is not touched: */
    { "\xc3\xa9x", "\xc3\xa9x", 0 },
    /* zero-width space and soft hyphen vanish */
    { "a\xe2\x80\x8b"
      "b\xc2\xad"
      "c",
      "abc", 4 },
    /* marks in the wrong order are reordered */
    { "a\xcc\x81\xcc\xa3", "\xe1\xba\xa1\xcc\x81", 0 },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (c); i++)
    {
      g_autoptr (FdNorm) n = fd_norm_new (c[i].in, strlen (c[i].in));
      ck_assert_msg (strcmp (n->text, c[i].out) == 0, "case %zu", i);
      ck_assert_msg (n->map[1] == c[i].map1, "case %zu: map[1] %zu", i,
                     n->map[1]);
    }
}
END_TEST

/* Whatever the input, the text is glib's NFC of the input once folded, and
 * the map is a non-decreasing list of character starts. */
START_TEST (norm_agrees_with_glib)
{
  const char *samples[] = {
    "Se\xc3\xb1or Mu\xcc\x88ller met \xed\x95\x9c\xea\xb5\xad "
    "leaders in Qu\xc3\xa9"
    "bec.",
    "\xe1\x84\x80\xe1\x85\xa1 \xe0\xa4\x95\xe0\xa4\xbc \xef\xac\x81 "
    "\xe2\x84\xa6 \xc3\x85 A\xcc\x8a",
    "Plain ASCII with nothing to do, twice.",
    "\xcc\x81leading mark, then x\xcc\xa3\xcc\x87 y\xcc\x87\xcc\xa3",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      const char *s = samples[i];
      g_autoptr (FdNorm) n = fd_norm_new (s, strlen (s));
      g_autofree char *want = g_utf8_normalize (s, -1, G_NORMALIZE_NFC);

      ck_assert_str_eq (n->text, want);
      for (gsize k = 0; k < n->len; k++)
        {
          ck_assert (n->map[k] < strlen (s));
          ck_assert ((s[n->map[k]] & 0xC0) != 0x80);
          ck_assert (k == 0 || n->map[k] >= n->map[k - 1]);
        }
      ck_assert_uint_eq (n->map[n->len], strlen (s));
    }
}
END_TEST

/* ---- the real articles, when present ---- */

static FdDoc *
seed (Result *r, const char *prefix)
{
  const char *dir = g_getenv ("FD_SEEDS");
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  ck_assert_ptr_nonnull (d);
  while ((name = g_dir_read_name (d)))
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".txt"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        ingest (r, NULL, path, NULL);
        ck_assert_uint_eq (r->errors->len, 0);
        return doc_at (r, 0);
      }
  ck_abort_msg ("no seed %s", prefix);
  return NULL;
}

static guint
count_class (const FdDoc *d, FdLineClass cls)
{
  guint n = 0;
  for (guint i = 0; i < d->n_lines; i++)
    n += d->lines[i].cls == cls;
  return n;
}

START_TEST (seeds_all_dated)
{
  const char *dir = g_getenv ("FD_SEEDS");
  Result r = { 0 };

  ingest (&r, NULL, dir, NULL);
  ck_assert_uint_eq (r.errors->len, 0);
  ck_assert_uint_ge (r.docs->len, 5);
  for (guint i = 0; i < r.docs->len; i++)
    {
      FdDoc *d = doc_at (&r, i);
      ck_assert_msg (d->date[0] != '\0', "%s has no date", d->id);
      ck_assert_msg (d->date_inferred
                         == (strcmp (d->date_source, "inferred") == 0),
                     "%s", d->id);
    }
  result_clear (&r);
}
END_TEST

START_TEST (seeds_boilerplate)
{
  Result r = { 0 };
  FdDoc *d = seed (&r, "004_");
  gboolean after_marker = FALSE;

  /* Every bulleted market line is a ticker, never body. */
  ck_assert_uint_ge (count_class (d, FD_LINE_TICKER), 4);
  for (guint i = 0; i < d->n_lines; i++)
    if (strstr (d->text + d->lines[i].start, "%") < d->text + d->lines[i].end
        && d->lines[i].end - d->lines[i].start < 50)
      ck_assert_int_ne (d->lines[i].cls, FD_LINE_BODY);
  ck_assert_uint_ge (count_class (d, FD_LINE_CAPTION), 6);
  ck_assert_uint_eq (count_class (d, FD_LINE_COMMENT), 2);
  result_clear (&r);

  d = seed (&r, "002_");
  for (guint i = 0; i < d->n_lines; i++)
    {
      if (d->lines[i].cls == FD_LINE_RELATED)
        after_marker = TRUE;
      else if (after_marker)
        ck_assert_int_eq (d->lines[i].cls, FD_LINE_BLANK);
    }
  ck_assert (after_marker);
  ck_assert_uint_ge (count_class (d, FD_LINE_RELATED), 20);
  ck_assert_str_eq (d->time, "15:46");
  ck_assert_str_eq (d->tz, "JST");
  result_clear (&r);
}
END_TEST

/* Line and column (1-based, in bytes) of offsets across lines, at a
 * newline, on an empty line and past the end. */
START_TEST (line_col_counts_newlines)
{
  static const char text[] = "One line.\nSecond line here.\n\nFourth.\n";
  static const struct
  {
    gsize offset;
    guint line, col;
  } cases[] = { { 0, 1, 1 },   { 4, 1, 5 },  { 9, 1, 10 }, { 10, 2, 1 },
                { 27, 2, 18 }, { 28, 3, 1 }, { 29, 4, 1 }, { 36, 4, 8 },
                { 37, 5, 1 },  { 100, 5, 1 } };
  GError *err = NULL;
  FdDoc *doc = fd_ingest_buffer ("t", "t", text, strlen (text), NULL, &err);

  ck_assert_msg (doc != NULL, "ingest: %s", err ? err->message : "?");
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint line = 0, col = 0;
      fd_doc_line_col (doc, cases[i].offset, &line, &col);
      ck_assert_uint_eq (line, cases[i].line);
      ck_assert_uint_eq (col, cases[i].col);
    }
  fd_doc_free (doc);
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("ingest");
  TCase *bad = tcase_create ("bad-input");
  TCase *cls = tcase_create ("classes");
  TCase *meta = tcase_create ("metadata");
  TCase *io = tcase_create ("inputs");
  TCase *norm = tcase_create ("norm");

  tcase_add_checked_fixture (bad, setup, teardown);
  tcase_add_checked_fixture (io, setup, teardown);
  tcase_add_checked_fixture (meta, setup, teardown);
  tcase_set_timeout (bad, 60);

  tcase_add_test (bad, bad_utf8);
  tcase_add_loop_test (bad, bad_utf8_sequences, 0,
                       G_N_ELEMENTS (bad_sequences));
  tcase_add_test (bad, nul_byte);
  tcase_add_test (bad, encoding_scan_every_offset);
  tcase_add_test (bad, utf16_bom);
  tcase_add_test (bad, utf16_detected);
  tcase_add_test (bad, utf32_bom);
  tcase_add_test (bad, utf8_bom_accepted);
  tcase_add_test (bad, crlf_accepted);
  tcase_add_test (bad, empty_file);
  tcase_add_test (bad, huge_line);
  tcase_add_test (bad, long_line_under_limit);
  tcase_add_test (bad, unreadable_file);
  tcase_add_test (bad, missing_path);
  tcase_add_test (bad, jsonl_bad_lines);
  tcase_add_test (bad, bad_date_option);
  tcase_add_test (bad, bad_date_header);
  suite_add_tcase (s, bad);

  tcase_add_loop_test (cls, page_classes, 0, G_N_ELEMENTS (pages));
  tcase_add_test (cls, glued_lines_are_cut);
  suite_add_tcase (s, cls);

  tcase_add_test (meta, meta_header_convention);
  tcase_add_test (meta, meta_stamp_lines);
  tcase_add_test (meta, meta_inferred);
  tcase_add_test (meta, meta_options);
  tcase_add_loop_test (meta, date_parse, 0, G_N_ELEMENTS (dates));
  tcase_add_test (meta, place_datelines);
  suite_add_tcase (s, meta);

  tcase_add_test (io, jsonl_records);
  tcase_add_test (io, directory_order);
  tcase_add_test (io, file_named_directly);
  tcase_add_test (io, symlink_loop);
  tcase_add_test (io, stdin_text_and_jsonl);
  if (g_getenv ("FD_SEEDS")
      && g_file_test (g_getenv ("FD_SEEDS"), G_FILE_TEST_IS_DIR))
    {
      tcase_add_test (io, seeds_all_dated);
      tcase_add_test (io, seeds_boilerplate);
    }
  suite_add_tcase (s, io);

  tcase_add_test (norm, norm_folds_and_maps);
  tcase_add_test (norm, line_col_counts_newlines);
  tcase_add_test (norm, norm_nfc);
  tcase_add_test (norm, norm_agrees_with_glib);
  suite_add_tcase (s, norm);
  return s;
}

FD_TEST_MAIN ()
