#!/bin/sh
# make-reports.sh - writes factdiff's reports on corpus/ in every format to
# OUTDIR (report.md, report.csv, …): the one command behind `make reports`
# and the staleness check, so that the two can never disagree.  The
# articles are corpus/'s *.txt and *.jsonl files, named one by one in
# byte order, so that corpus/README.md and other notes are not taken for
# articles.  Paths in the reports are relative to the source tree
# ("corpus/…"), whatever the build directory.
#   usage: make-reports.sh FACTDIFF SRCDIR OUTDIR
set -eu
factdiff=$1
srcdir=$2
out=$3
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
cd "$srcdir"
files=$(find corpus -type f \( -name '*.txt' -o -name '*.jsonl' \) |
  LC_ALL=C sort)
# shellcheck disable=SC2086 # one article per word; corpus names have no spaces
"$factdiff" compare $files -f md -f csv -f tsv -f json -f html -f junit \
  -f sarif -o "$out" --quiet --threads 1 --fail-on=none
