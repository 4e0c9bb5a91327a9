#!/bin/sh
# transcripts.sh - runs the CLI transcript tests and prints TAP.
#
# A transcript (tests/cli/*.t) is a file of prose and commands.  A line
# "  $ CMD" runs CMD with sh in a scratch directory; the lines after it that
# start with two spaces are what CMD prints (stdout, then stderr), and
# "  [N]" is its exit status when that is not 0.  The runner replays every
# command, writes the transcript it actually got and compares the two with
# diff -u, so a failure shows exactly what changed.  A transcript whose
# first line is "#requires-seeds" is skipped when the seeds are absent.
# Set FD_UPDATE=1 to rewrite the expected files from the actual output.
set -u
srcdir=${top_srcdir:-.}
bindir=$(dirname "${FACTDIFF:-./factdiff}")
tdir="$srcdir/tests/cli"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/fd-cli.XXXXXX") || exit 99
trap 'rm -rf "$scratch"' EXIT

# Turns a transcript into a shell script that prints the actual transcript.
to_script () {
  awk '
    function q(s) { gsub(/\047/, "\047\\\047\047", s); return "\047" s "\047" }
    /^  \$ / {
      cmd = substr($0, 5)
      print "printf \"%s\\n\" " q($0)
      print "( " cmd "\n) >\"$scratch/out\" 2>&1 </dev/null; st=$?"
      print "sed -e \"s/^/  /\" \"$scratch/out\""
      print "[ $st -eq 0 ] || echo \"  [$st]\""
      next
    }
    /^  / { next }
    { print "printf \"%s\\n\" " q($0) }
  ' "$1"
}

set -- "$tdir"/*.t
echo "1..$#"
n=0
failed=0
for t in "$@"; do
  n=$((n + 1))
  name=$(basename "$t")
  if head -n 1 "$t" | grep -q '^#requires-seeds' \
     && [ ! -d "${FD_SEEDS:-/nonexistent}" ]; then
    echo "ok $n $name # SKIP seeds not found"
    continue
  fi
  rm -rf "$scratch/work" && mkdir "$scratch/work"
  to_script "$t" > "$scratch/script.sh"
  actual="$scratch/actual.t"
  (cd "$scratch/work" && PATH="$bindir:$PATH" TESTDIR="$tdir" \
     scratch="$scratch" sh "$scratch/script.sh") > "$actual" 2>&1
  if diff -u "$t" "$actual" > "$scratch/diff"; then
    echo "ok $n $name"
  else
    echo "not ok $n $name"
    sed -e 's/^/# /' "$scratch/diff"
    failed=$((failed + 1))
    [ "${FD_UPDATE:-0}" = 1 ] && cp "$actual" "$t"
  fi
done
[ "$failed" -eq 0 ]
