#!/bin/sh
# eval.sh - scores factdiff's extractors on the public development data.
#   bench/eval.sh timex  [scorer options…]   temporal expressions
#   bench/eval.sh quotes [scorer options…]   direct quotes and speakers
# Needs ../shared/eval (or $FD_EVAL) and python3; prints the scorer's report,
# whose last line is the figure.  Run from the build directory.
set -eu
kind=${1:?usage: eval.sh timex|quotes [scorer options]}
shift
here=$(cd "$(dirname "$0")" && pwd)
eval_dir=${FD_EVAL:-$here/../../shared/eval}
[ -d "$eval_dir" ] || { echo "eval.sh: no eval data at $eval_dir" >&2; exit 77; }
adapter=${EVAL_ADAPTER:-./bench/eval-adapter}
case $kind in
  timex) exec python3 "$eval_dir/score_timex.py" --batch --byte-offsets \
           --gold "$eval_dir/timex_dev.jsonl" "$@" "$adapter --timex" ;;
  quotes) exec python3 "$eval_dir/score_quotes.py" --batch --byte-offsets \
           --gold "$eval_dir/quotes_dev.jsonl" "$@" "$adapter --quotes" ;;
  *) echo "eval.sh: unknown kind $kind" >&2; exit 2 ;;
esac
