#!/bin/sh
# make-reports.sh - writes factdiff's reports on corpus/ in every format to
# OUTDIR (report.md, report.csv, …): the one command behind `make reports`
# and the staleness check, so that the two can never disagree.  factdiff
# walks corpus/ itself (leaving out its README), so document ids are the
# paths under corpus/ ("summit/alder-courier") and file paths in the
# reports are relative to the source tree ("corpus/…"), whatever the
# build directory.
#   usage: make-reports.sh FACTDIFF SRCDIR OUTDIR
set -eu
factdiff=$1
srcdir=$2
out=$3
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
cd "$srcdir"
"$factdiff" compare corpus -f md -f csv -f tsv -f json -f html -f junit \
  -f sarif -o "$out" --quiet --threads 1 --fail-on=none
