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

/* Appends @s (@len bytes, or up to NUL when @len < 0) to @out as a quoted
 * JSON string.  @s must be valid UTF-8. */
void fd_json_append_string (GString *out, const char *s, gssize len);

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
