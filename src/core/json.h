/* json.h - a small, fast JSON writer for factdiff's machine output.
 *
 * Output must be byte-identical from run to run, so objects are written in
 * the order the caller gives, numbers are integers or fixed-precision
 * decimals, and strings are escaped the same way every time (control
 * characters as \uXXXX, '/' left alone, non-ASCII UTF-8 passed through).
 * Reading JSON (JSON Lines input) is json-glib's job, not this file's,
 * except for one guard it lacks (fd_json_too_deep). */
#pragma once

#include <glib.h>
#include <string.h>

/* Makes room for @n more bytes after the end of @out (out of line: it is
 * rare).  See fd_json_reserve. */
void fd_json_grow (GString *out, gsize n);

/* Where up to @n bytes may be written at the end of @out (transfer none:
 * valid until @out next changes); fd_json_commit then says where the
 * written bytes end.  Reports are millions of appends of a few bytes,
 * and glib 2.74's g_string_append_len is a call into
 * g_string_insert_len each time: checking for room once and writing
 * into the buffer costs a fraction of that. */
static inline char *
fd_json_reserve (GString *out, gsize n)
{
  if (G_UNLIKELY (out->allocated_len - out->len <= n))
    fd_json_grow (out, n);
  return out->str + out->len;
}

/* Ends @out at @end, a pointer into the room fd_json_reserve gave. */
static inline void
fd_json_commit (GString *out, char *end)
{
  out->len = (gsize)(end - out->str);
  *end = '\0';
}

/* Appends the @n bytes at @s to @out as they are (punctuation, or text
 * that needs no escaping). */
static inline void
fd_json_append_raw (GString *out, const char *s, gsize n)
{
  char *p = fd_json_reserve (out, n);

  memcpy (p, s, n);
  fd_json_commit (out, p + n);
}

/* fd_json_append_raw of a string literal, its length known when
 * compiling. */
#define FD_JSON_LIT(out, lit)                                                 \
  fd_json_append_raw ((out), "" lit, sizeof (lit) - 1)

/* "key": for a string literal @key that needs no escaping, written as
 * one constant: no strlen and no scan for characters to escape, which
 * fd_json_append_key must do for any key.  FD_JSON_KEY puts the comma
 * of a member that is not the first before it. */
#define FD_JSON_FIRST_KEY(out, key) FD_JSON_LIT ((out), "\"" key "\":")
#define FD_JSON_KEY(out, key) FD_JSON_LIT ((out), ",\"" key "\":")

/* Appends @s (@len bytes, or up to NUL when @len < 0) to @out as a quoted
 * JSON string.  @s must be valid UTF-8. */
void fd_json_append_string (GString *out, const char *s, gssize len);

/* Appends @s as a quoted JSON string, or null when @s is NULL. */
void fd_json_append_string_or_null (GString *out, const char *s);

/* Appends "key": to @out, preceded by a comma unless @first. */
void fd_json_append_key (GString *out, const char *key, gboolean first);

/* Convenience: "key":"value" (or "key":null when @value is NULL). */
void fd_json_append_member_str (GString *out, const char *key,
                                const char *value, gboolean first);

/* Convenience: "key":123 */
/* Appends @value in decimal. */
void fd_json_append_int (GString *out, gint64 value);
void fd_json_append_member_int (GString *out, const char *key, gint64 value,
                                gboolean first);

/* Appends @v rounded to exactly @digits (1 to 3) decimals: the bytes of
 * printf's "%.*f" in the C locale, for the text reports too. */
void fd_json_append_fixed (GString *out, double v, int digits);

/* Appends @v with at most @digits decimals, trailing zeros dropped, in the
 * C locale, so "0.5" prints the same everywhere. */
void fd_json_append_double (GString *out, double v, int digits);

/* TRUE when the arrays and objects of the JSON text @s (@len bytes) nest
 * deeper than @max; brackets inside strings do not count, and nothing
 * else is checked.  json-glib parses nesting by recursion with no limit
 * of its own, so a line of a few hundred thousand "[" overflows the
 * stack: call this before json_parser_load_from_data on untrusted
 * input. */
gboolean fd_json_too_deep (const char *s, gsize len, guint max);
