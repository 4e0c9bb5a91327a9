/* fuzz-common.h - what every libFuzzer target of factdiff shares.
 *
 * The targets are built with clang outside the autotools build (see
 * fuzz/build.sh) and call the internal library directly.  GLib criticals
 * and warnings are made fatal: a g_return_if_fail that trips on fuzzed
 * input is a bug even when nothing crashes. */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static inline void
fuzz_init (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* Cuts @data into at most @max articles at each form feed byte (0x0c),
 * which news text never holds; returns the pieces as (start, length)
 * pairs in @out (caller-owned array of gsize[2]). */
static inline guint
fuzz_pieces (const uint8_t *data, size_t size, gsize (*out)[2], guint max)
{
  guint n = 0;
  gsize start = 0;

  for (gsize i = 0; i <= size && n < max; i++)
    if (i == size || data[i] == '\f')
      {
        out[n][0] = start;
        out[n][1] = i - start;
        n++;
        start = i + 1;
      }
  return n;
}
