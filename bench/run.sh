#!/bin/sh
# bench/run.sh - the `make bench` table: per stage and end to end, MB/s,
# articles/s and peak RSS on collections of about 4 KB articles written by
# bench/gen (deterministic: seed 42), as medians of several runs.
#
# Usage: bench/run.sh BUILDDIR
# Environment:
#   BENCH_SIZES    collection sizes (default "1000 10000 100000")
#   BENCH_RUNS     runs per median (default 3)
#   BENCH_DIR      where collections are written (default
#                  /tmp/factdiff-bench; 100k articles take about 540 MB
#                  on disk; never in the tree)
#   BENCH_STAGES   stages to time (default "ingest split dedup claims
#                  compare report")
#   BENCH_THREADS  thread counts for the end-to-end runs (default "1 2")
#   BENCH_TIMEOUT  seconds allowed to one measurement, all its runs
#                  included (default 900); a stage that takes longer is
#                  shown as "timeout" and the table goes on
#
# Stages run one per process on one thread (bench/bench-stages); "e2e" is
# `factdiff compare -q -f json --threads N DIR -o /dev/null`, timed from
# outside with its peak RSS from wait4 (GNU time).  Peak RSS of a stage
# includes what it needs prepared (the documents read and split).
set -u

build=${1:-.}
sizes=${BENCH_SIZES:-1000 10000 100000}
runs=${BENCH_RUNS:-3}
dir=${BENCH_DIR:-/tmp/factdiff-bench}
stages=${BENCH_STAGES:-ingest split dedup claims compare report}
threads=${BENCH_THREADS:-1 2}
limit=${BENCH_TIMEOUT:-900}
gen=$build/bench/gen
stage_bin=$build/bench/bench-stages
factdiff=$build/factdiff
gnutime=/usr/bin/time

for p in "$gen" "$stage_bin" "$factdiff"; do
  if ! test -x "$p"; then
    echo "bench/run.sh: $p: not built" >&2
    exit 2
  fi
done
if ! test -x $gnutime; then
  echo "bench/run.sh: $gnutime (GNU time) is needed for the end-to-end peak RSS" >&2
  exit 2
fi

# row STAGE ARTICLES BYTES SECONDS RSS_KB RUNS
row () {
  awk -v st="$1" -v n="$2" -v b="$3" -v s="$4" -v kb="$5" -v r="$6" 'BEGIN {
    if (s == "timeout")
      printf "%-12s %8d %9.1f %9s %9s %11s %9s %5s\n", st, n, b / 1e6,
             "timeout", "-", "-", "-", r;
    else
      printf "%-12s %8d %9.1f %9.3f %9.1f %11.0f %9.0f %5d\n", st, n, b / 1e6,
             s, b / 1e6 / s, n / s, kb / 1024, r;
  }'
}

# Median of the numbers on standard input.
median () {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) print "timeout";
    else if (NR % 2) print v[(NR + 1) / 2];
    else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

start=$(date +%s)
printf '%-12s %8s %9s %9s %9s %11s %9s %5s\n' stage articles MB seconds \
  "MB/s" "articles/s" "RSS MB" runs
for n in $sizes; do
  d=$dir/gen-$n
  if ! test -f "$d/truth.tsv"; then
    "$gen" "$d" "$n" 42 || exit 2
  fi
  bytes=
  for st in $stages; do
    out=$(timeout "$limit" "$stage_bin" "$d" "$st" "$runs")
    if test -z "$out"; then
      row "$st" "$n" "${bytes:-0}" timeout 0 "$runs"
      continue
    fi
    set -- $out
    bytes=$3
    row "$1" "$2" "$3" "$4" "$5" "$6"
  done
  if test -z "$bytes"; then
    bytes=$(cat "$d"/*.txt | wc -c)
  fi
  for t in $threads; do
    tmp=$(mktemp)
    i=0
    while test $i -lt "$runs"; do
      # Exit status 1 means discrepancies found: that is success here.
      timeout "$limit" $gnutime -f '%e %M' -a -o "$tmp" \
        "$factdiff" compare -q -f json --threads "$t" -o /dev/null "$d"
      test $? -le 1 || break
      i=$((i + 1))
    done
    secs=$(awk '/^[0-9.]+ [0-9]+$/ { print $1 }' "$tmp" | median)
    kb=$(awk '/^[0-9.]+ [0-9]+$/ { print $2 }' "$tmp" | sort -g | tail -n 1)
    row "e2e ${t}t" "$n" "$bytes" "$secs" "${kb:-0}" "$i"
    rm -f "$tmp"
  done
done
echo "# medians of $runs runs; stages on one thread, one process each;"
echo "# e2e: factdiff compare -f json --threads N; peak RSS of the process;"
if readelf -d "$factdiff" 2> /dev/null | grep -q 'libjemalloc'; then
  alloc=jemalloc
else
  alloc="the C library's malloc"
fi
echo "# malloc: $alloc (see configure --without-jemalloc)"
echo "# $(($(date +%s) - start)) s in all on $(nproc) cores"
