#!/bin/sh
# fuzz/run.sh - build the fuzz targets and run each for a bounded time.
#
#   fuzz/run.sh SRCDIR OUTDIR SECONDS [TARGET...]
#
# TARGETs are names such as fuzz-split (default: all of fuzz/fuzz-*.c).
# Each target runs for SECONDS on its seed corpus (fuzz/seeds.sh) plus
# what earlier runs found (OUTDIR/corpus/<target>, kept between runs),
# one after the other.  FUZZ_FLAGS adds libFuzzer options, such as
# "-fork=1 -ignore_crashes=1" to keep going after a crash.  A crash, leak or timeout leaves its input in
# OUTDIR/artifacts/ and makes the script exit 1 after all targets ran.
set -eu
srcdir=$1 out=$2 seconds=$3
shift 3
[ $# -gt 0 ] || set -- $(cd "$srcdir/fuzz" && ls fuzz-*.c | sed 's/\.c$//')
"$srcdir/fuzz/seeds.sh" "$srcdir" "$out"
status=0
for t in "$@"; do
  mkdir -p "$out/corpus/$t" "$out/artifacts"
  echo "== $t: $seconds s"
  "$out/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
    -max_len=65536 -dict="$srcdir/fuzz/factdiff.dict" \
    -artifact_prefix="$out/artifacts/$t-" -print_final_stats=1 \
    ${FUZZ_FLAGS-} \
    "$out/corpus/$t" "$out/seeds/$t" > "$out/$t.log" 2>&1 \
    || { status=1; echo "$t: FAILED, see $out/$t.log"; }
  grep -E '^(#[0-9]+.*DONE|stat::|Done |INFO: exiting)' "$out/$t.log" || true
done
exit $status
