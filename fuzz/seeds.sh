#!/bin/sh
# fuzz/seeds.sh - seed corpora for the fuzz targets, built from factdiff's
# own test fixtures and demo corpus (never from outside text).
#
#   fuzz/seeds.sh SRCDIR OUTDIR
#
# Writes OUTDIR/seeds/<target>/: the articles themselves for the text
# targets; the JSON Lines files plus every article as a one-record JSON
# Lines file for fuzz-ingest-jsonl; each story directory's articles joined
# with form feeds (the pipeline target's separator) for fuzz-pipeline.
set -eu
srcdir=$1 final=$2/seeds out=$2/seeds.tmp.$$
rm -rf "$out"
for t in ingest-text ingest-jsonl split claims pipeline; do
  mkdir -p "$out/fuzz-$t"
done
n=0
find "$srcdir/tests/fixtures" "$srcdir/corpus" -type f \
     \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort > "$out/list"
while read -r f; do
  n=$((n + 1))
  for t in ingest-text split claims pipeline; do
    cp "$f" "$out/fuzz-$t/$n"
  done
done < "$out/list"
find "$srcdir/tests/fixtures" "$srcdir/corpus" -type f -name '*.jsonl' \
  | while read -r f; do cp "$f" "$out/fuzz-ingest-jsonl/$(basename "$f")"; done
py=${PYTHON3:-python3}
if command -v "$py" > /dev/null 2>&1; then
  "$py" - "$out/list" "$out/fuzz-ingest-jsonl" <<'PY'
import json, sys
paths = open(sys.argv[1]).read().split()
for i, p in enumerate(paths):
    text = open(p, encoding="utf-8", errors="replace").read()
    rec = {"id": "a%d" % i, "outlet": "Outlet %d" % i, "date": "2025-06-18",
           "title": text.split("\n", 1)[0][:80], "text": text}
    with open("%s/rec%d.jsonl" % (sys.argv[2], i), "w") as f:
        f.write(json.dumps(rec, ensure_ascii=(i % 2 == 0)) + "\n")
PY
fi
for d in $(find "$srcdir/tests/fixtures" "$srcdir/corpus" -type d | LC_ALL=C sort); do
  files=$(find "$d" -maxdepth 1 -type f -name '*.txt' | LC_ALL=C sort)
  [ -n "$files" ] || continue
  n=$((n + 1))
  first=yes
  for f in $files; do
    [ $first = yes ] || printf '\f'
    first=no
    cat "$f"
  done > "$out/fuzz-pipeline/story$n"
done
rm -f "$out/list"
# Replace the old seeds whole: another run may be starting from them.
rm -rf "$final"
mv "$out" "$final"
