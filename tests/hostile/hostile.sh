#!/bin/sh
# tests/hostile/hostile.sh - factdiff against what a crawler may hand it.
#
# Every case runs the real binary under timeout(1) on inputs generated in
# a temporary directory (nothing big is committed) and checks the
# documented contract: the exit status (0 nothing, 1 discrepancies, 2
# trouble), the exact one-line message "factdiff: FILE[:LINE]: problem",
# every other input still processed, no sanitizer report, no GLib
# warning, no hang, and no report replaced by a partial one.  Output is
# TAP.  The case that needs minutes (100,000 files) runs only with
# FD_SLOW_TESTS=1.
#
# Needs FACTDIFF and FD_FIXTURES (set by `make check`).
set -u
: "${FACTDIFF:?}" "${FD_FIXTURES:?}"
T=${FD_HOSTILE_TIMEOUT:-60}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fd-hostile.XXXXXX") || exit 99
trap 'chmod -R u+rwx "$tmp" 2> /dev/null; rm -rf "$tmp"' EXIT
n=0
GOOD=$FD_FIXTURES/report/harbour-gazette.txt

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$tmp/why"; }
skip () { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

# fd NAME STATUS ARGS... - runs factdiff on ARGS (STATUS may be "0|1");
# stdout in $tmp/out,
# stderr in $tmp/err.  Starts the list of problems in $tmp/why.
fd () {
  name=$1 want=$2
  shift 2
  : > "$tmp/why"
  timeout -k 5 "$T" "$FACTDIFF" "$@" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  check_rc "$want"
}

check_rc () {
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "hung: killed after ${T}s" >> "$tmp/why"
  else
    case "|$1|" in
      *"|$rc|"*) ;;
      *) echo "exit status $rc, wanted $1" >> "$tmp/why" ;;
    esac
  fi
  if grep -E -q 'Sanitizer|runtime error|CRITICAL|WARNING \*\*|Segmentation' \
       "$tmp/err"; then
    echo "sanitizer or GLib report:" >> "$tmp/why"
    head -n 20 "$tmp/err" >> "$tmp/why"
  fi
  # One line per problem, each naming the program.
  if grep -v -q '^factdiff: ' "$tmp/err"; then
    echo "stderr line without 'factdiff: ':" >> "$tmp/why"
    grep -v '^factdiff: ' "$tmp/err" | head -n 5 >> "$tmp/why"
  fi
}

# err LINE - stderr holds exactly LINE.
err () {
  grep -F -x -q -e "$1" "$tmp/err" \
    || { echo "missing on stderr: $1"; echo "stderr was:"; cat "$tmp/err"; } \
         >> "$tmp/why"
}

# out TEXT - stdout holds TEXT.
out () {
  grep -F -q -e "$1" "$tmp/out" \
    || echo "missing on stdout: $1" >> "$tmp/why"
}

# no_err - stderr is empty.
no_err () {
  [ ! -s "$tmp/err" ] || { echo "stderr not empty:"; cat "$tmp/err"; } \
                           >> "$tmp/why"
}

done_case () {
  if [ -s "$tmp/why" ]; then not_ok "$name"; else ok "$name"; fi
}

slow () { [ "${FD_SLOW_TESTS:-0}" = 1 ]; }

# ---- size ----------------------------------------------------------------

# A line of 100 MB in a sparse file (its bytes are NULs, which do not
# matter: the line is refused first) and one of text on a pipe.  Reading
# stops after 1 MiB and only counts the rest.
truncate -s 100000000 "$tmp/line100m.txt"
printf 'Headline\n' | dd of="$tmp/line100m.txt" conv=notrunc 2> /dev/null
fd "100 MB one-line file: refused, the other input read" 2 \
  -q "$tmp/line100m.txt" "$GOOD"
err "factdiff: $tmp/line100m.txt:2: line of 99999991 bytes, over the limit of 1048576 for article text"
out "1 article from 1 outlet"
done_case

name="100 MB one-line standard input: refused"
: > "$tmp/why"
head -c 100000000 /dev/zero | tr '\0' 'a' \
  | timeout -k 5 "$T" "$FACTDIFF" -q - > "$tmp/out" 2> "$tmp/err"
rc=$?
check_rc 2
err "factdiff: (standard input):1: line of 100000000 bytes, over the limit of 1048576 for article text"
done_case

# The same with 1 GB: reading stops after 1 MiB and the rest is only
# counted (about 2 s, 70 MB of memory).
truncate -s 1073741824 "$tmp/line1g.txt"
printf 'Headline\n' | dd of="$tmp/line1g.txt" conv=notrunc 2> /dev/null
fd "1 GB one-line file: refused" 2 -q "$tmp/line1g.txt" "$GOOD"
err "factdiff: $tmp/line1g.txt:2: line of 1073741815 bytes, over the limit of 1048576 for article text"
out "1 article from 1 outlet"
done_case
rm -f "$tmp/line1g.txt"

# A JSON Lines record over 64 MiB is refused before json-glib sees it.
{
  printf '{"id":"big","text":"'
  head -c 70000000 /dev/zero | tr '\0' 'a'
  printf '"}\n'
} > "$tmp/huge-record.jsonl"
fd "huge JSON Lines record: refused" 2 -q "$tmp/huge-record.jsonl" "$GOOD"
err "factdiff: $tmp/huge-record.jsonl:1: line of 70000022 bytes, over the limit of 67108864 for a JSON Lines record"
out "1 article from 1 outlet"
done_case
rm -f "$tmp/huge-record.jsonl" "$tmp/line100m.txt"

# Many tiny files, 100 to a directory.  Compare aligns the claims of a
# kind pair by pair, which grows quadratically: 10,000 articles that all
# name the same day take seconds; the 100,000 of FD_SLOW_TESTS (one
# number each, no day) take about 4 minutes of CPU (compare/align.c).
tiny () {
  mkdir "$tmp/tiny"
  i=0
  while [ $i -lt "$1" ]; do
    d=$tmp/tiny/d$((i % 100))
    [ -d "$d" ] || mkdir "$d"
    printf 'Note %d\n\nItem %d was filed%s.\n' $i $i "$2" > "$d/f$i.txt"
    i=$((i + 1))
  done
}
if slow; then
  count=100000
  tiny $count ""
  T=1200
else
  count=10000
  tiny $count " on Monday"
fi
fd "$count tiny files" 0 -q --threads 2 -f json "$tmp/tiny"
T=${FD_HOSTILE_TIMEOUT:-60}
no_err
out "\"text\":\"$count articles from $count outlets"
done_case
rm -rf "$tmp/tiny"

# ---- file system ---------------------------------------------------------

# 400 nested directories (a path of 800 bytes), an article at the bottom.
d=$tmp/deep
i=0
while [ $i -lt 400 ]; do d=$d/d; i=$((i + 1)); done
mkdir -p "$d" && cp "$GOOD" "$d/a.txt"
fd "400 nested directories" 0 -q "$tmp/deep"
no_err
out "1 article from 1 outlet"
done_case

# A directory's notes are not articles; named alone, a note is read.
mkdir -p "$tmp/notes/sub"
cp "$GOOD" "$tmp/notes/sub/a.md"
printf 'Notes\n\nThe council met for two days, in 2019.\n' > "$tmp/notes/README.md"
cp "$tmp/notes/README.md" "$tmp/notes/sub/CHANGELOG.md"
cp "$tmp/notes/README.md" "$tmp/notes/LICENSE.txt"
fd "README.md, CHANGELOG.md, LICENSE.txt in a walk: skipped" 0 -q \
  "$tmp/notes"
no_err
out "1 article from 1 outlet"
done_case
fd "README.md named alone: read" 0 -q "$tmp/notes/README.md"
out "1 article from 1 outlet"
done_case

# A link back up the tree, a link to itself, a dangling link.
mkdir -p "$tmp/loop/sub"
cp "$GOOD" "$tmp/loop/sub/a.txt"
ln -s .. "$tmp/loop/sub/up"
ln -s self.txt "$tmp/loop/self.txt"
ln -s nowhere.txt "$tmp/loop/gone.txt"
fd "symbolic link loops" 2 -q "$tmp/loop"
err "factdiff: $tmp/loop/sub/up: symbolic link loop (leads back to a directory above it); not followed"
err "factdiff: $tmp/loop/self.txt: Too many levels of symbolic links"
err "factdiff: $tmp/loop/gone.txt: No such file or directory"
out "1 article from 1 outlet"
done_case

# A file that vanishes between the directory walk and its reading, and
# one whose reading fails half-way: strace injects the failures into
# exactly those system calls on exactly that file.
mkdir "$tmp/vanish"
cp "$GOOD" "$tmp/vanish/a.txt"
cp "$FD_FIXTURES/report/coast-radio.txt" "$tmp/vanish/b.txt"
if command -v strace > /dev/null 2>&1 \
   && strace -qq -o /dev/null true 2> /dev/null; then
  # LeakSanitizer cannot run under ptrace: no leak check for these two.
  nolsan="ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
  name="file vanishes between listing and reading"
  : > "$tmp/why"
  timeout -k 5 "$T" strace -f -qq -o /dev/null -P "$tmp/vanish/b.txt" \
    -e trace=openat -e inject=openat:error=ENOENT \
    env "$nolsan" "$FACTDIFF" -q "$tmp/vanish" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  check_rc 2
  err "factdiff: $tmp/vanish/b.txt: No such file or directory"
  out "1 article from 1 outlet"
  done_case
  # A regular file is read with one read (): that one fails.
  name="read fails (EIO)"
  : > "$tmp/why"
  timeout -k 5 "$T" strace -f -qq -o /dev/null -P "$tmp/vanish/b.txt" \
    -e trace=read -e inject=read:error=EIO:when=1 \
    env "$nolsan" "$FACTDIFF" -q "$tmp/vanish" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  check_rc 2
  err "factdiff: $tmp/vanish/b.txt: Input/output error"
  out "1 article from 1 outlet"
  done_case
else
  skip "file vanishes between listing and reading" "no usable strace"
  skip "read fails (EIO)" "no usable strace"
fi

# A FIFO whose writer stops early: the words it wrote are the article.
mkfifo "$tmp/fifo.txt"
(printf 'Short piece\n\nThe council met on Monday.\n' > "$tmp/fifo.txt") &
fd "FIFO closed early" 0 -q "$tmp/fifo.txt"
no_err
out "1 article from 1 outlet"
done_case
wait

# Unreadable: permissions do not stop root, /proc/self/mem does (EIO).
cp "$GOOD" "$tmp/locked.txt"
chmod 000 "$tmp/locked.txt"
if [ "$(id -u)" = 0 ]; then
  skip "file without read permission" "running as root"
else
  fd "file without read permission" 2 -q "$tmp/locked.txt" "$GOOD"
  err "factdiff: $tmp/locked.txt: Permission denied"
  out "1 article from 1 outlet"
  done_case
fi
if [ -r /proc/self/mem ]; then
  fd "unreadable file (/proc/self/mem)" 2 -q /proc/self/mem "$GOOD"
  err "factdiff: /proc/self/mem: Input/output error"
  out "1 article from 1 outlet"
  done_case
else
  skip "unreadable file (/proc/self/mem)" "no /proc"
fi
fd "a path through a file" 2 -q "$GOOD/x.txt" "$GOOD"
err "factdiff: $GOOD/x.txt: Not a directory"
done_case

# ---- output --------------------------------------------------------------

if [ -w /dev/full ]; then
  fd "-o /dev/full" 2 -q -o /dev/full "$GOOD"
  err "factdiff: /dev/full: No space left on device"
  done_case
  name="> /dev/full"
  : > "$tmp/why"
  timeout -k 5 "$T" "$FACTDIFF" -q "$GOOD" > /dev/full 2> "$tmp/err"
  rc=$?
  check_rc 2
  err "factdiff: standard output: No space left on device"
  done_case
  for f in json html sarif; do
    name="-f $f > /dev/full"
    : > "$tmp/why"
    timeout -k 5 "$T" "$FACTDIFF" -q -f $f "$GOOD" > /dev/full 2> "$tmp/err"
    rc=$?
    check_rc 2
    err "factdiff: standard output: No space left on device"
    done_case
  done
else
  skip "-o /dev/full" "no /dev/full"
fi

# SIGINT mid-run: the old report stays, no temporary file is left.  The
# interrupt may land during the work (the old report stays) or, with a
# longer delay, during the writing (then the new report is whole): never
# anything else.  A background job of a script starts with SIGINT
# ignored: env --default-signal (coreutils 8.31) or, in bash, job control
# (set -m) gives it back.
mkdir "$tmp/many" "$tmp/rep"
i=0
while [ $i -lt 60 ]; do
  for f in "$FD_FIXTURES"/report/*.txt "$FD_FIXTURES"/dedup/*.txt; do
    cp "$f" "$tmp/many/$i-${f##*/}"
  done
  i=$((i + 1))
done
"$FACTDIFF" -q --threads 2 -f json "$tmp/many" > "$tmp/new.json" 2> /dev/null
echo "old report" > "$tmp/rep/report.json"
dflt=
env --default-signal=INT true 2> /dev/null && dflt="env --default-signal=INT"
cp "$tmp/rep/report.json" "$tmp/old.json"
for delay in 0.05 0.3 1 2; do
  name="SIGINT after ${delay}s"
  : > "$tmp/why"
  (
    set -m 2> /dev/null
    $dflt "$FACTDIFF" -q --threads 2 -f json -o "$tmp/rep/report.json" \
      "$tmp/many" 2> "$tmp/err" &
    pid=$!
    sleep "$delay"
    kill -INT $pid 2> /dev/null
    wait $pid
    echo $? > "$tmp/rc"
  )
  rc=$(cat "$tmp/rc")
  case $rc in
    130) ;; # killed by SIGINT
    0 | 1) echo "# finished before the signal" ;;
    *) echo "exit status $rc" >> "$tmp/why" ;;
  esac
  cmp -s "$tmp/rep/report.json" "$tmp/old.json" \
    || cmp -s "$tmp/rep/report.json" "$tmp/new.json" \
    || echo "report.json is neither the old nor a whole new report" \
         >> "$tmp/why"
  ls "$tmp/rep" | grep -q -v '^report\.json$' \
    && { echo "left behind:"; ls "$tmp/rep"; } >> "$tmp/why"
  [ -s "$tmp/err" ] && ! grep -q -v '^factdiff: ' "$tmp/err" \
    && echo "unexpected stderr" >> "$tmp/why"
  done_case
  cp "$tmp/old.json" "$tmp/rep/report.json"
done
rm -rf "$tmp/many"

# ---- text ----------------------------------------------------------------

# A quote opened in the first paragraph and never closed.
{
  printf 'Council votes\n\n'
  printf '\342\200\234The council met on Monday and voted, the mayor said.\n\n'
  i=0
  while [ $i -lt 3000 ]; do
    printf 'It went on for %d hours and %d people came.\n\n' $i $i
    i=$((i + 1))
  done
} > "$tmp/open-quote.txt"
fd "a quote left open for a whole article" 0 -q "$tmp/open-quote.txt"
no_err
done_case

# Numbers of 400 digits (past the range of a double: no claim, never
# "inf") and of 200 (compared), plain, grouped, in a range and as a
# share.
for w in 400 200; do
  digits=$(head -c $w /dev/zero | tr '\0' '9')
  grouped=$(printf '%s' "$digits" | sed 's/999/999,/g; s/,$//')
  printf 'Huge numbers\n\nThe council counted %s votes and %s homes on Monday.\n\nBetween %s and %s.5 people came, or %s%% of them, for $%s million.\n' \
    "$digits" "$grouped" "$digits" "$digits" "$digits" "$digits" \
    > "$tmp/digits-a.txt"
  sed 's/9/8/g' "$tmp/digits-a.txt" > "$tmp/digits-b.txt"
  fd "numbers with $w digits" "0|1" -q "$tmp/digits-a.txt" \
    "$tmp/digits-b.txt"
  no_err
  "$FACTDIFF" claims "$tmp/digits-a.txt" "$tmp/digits-b.txt" > "$tmp/claims"
  grep -E -q '"value(_max)?":"-?(inf|nan)' "$tmp/claims" \
    && echo "a claim's value is inf or nan" >> "$tmp/why"
  done_case
done

# Dates that do not exist, in text and in metadata.
printf 'Dates\n\nThe council met on February 30, 2025, on June 31 and on 2025-13-45, and again on February 29, 2023 at 25:61.\n' \
  > "$tmp/baddate-a.txt"
printf 'Dates\n\nThe council met on March 2, 2025.\n' > "$tmp/baddate-b.txt"
fd "impossible dates in text" 0 -q "$tmp/baddate-a.txt" "$tmp/baddate-b.txt"
no_err
done_case
fd "impossible --date" 2 -q --date 2025-02-30 "$GOOD"
err "factdiff: --date: not a date: 2025-02-30"
done_case

# Encodings: each refused with its reason, the good input still read.
printf 'Headline\n\nThe mayor said \377\376 nothing.\n' > "$tmp/bad-utf8.txt"
printf 'Headline\n\nA NUL \000 here.\n' > "$tmp/nul.txt"
printf '\377\376H\000i\000\n\000' > "$tmp/utf16le.txt"
printf '\376\377\000H\000i\000\n' > "$tmp/utf16be.txt"
printf 'H\000e\000l\000l\000o\000 \000t\000h\000e\000r\000e\000\n\000' \
  > "$tmp/utf16-nobom.txt"
: > "$tmp/empty.txt"
printf ' \n\t\n\n' > "$tmp/blank.txt"
fd "invalid UTF-8, NUL, UTF-16, empty" 2 -q "$tmp/bad-utf8.txt" \
  "$tmp/nul.txt" "$tmp/utf16le.txt" "$tmp/utf16be.txt" \
  "$tmp/utf16-nobom.txt" "$tmp/empty.txt" "$tmp/blank.txt" "$GOOD"
err "factdiff: $tmp/bad-utf8.txt:3: invalid UTF-8 at byte 25"
err "factdiff: $tmp/nul.txt:3: NUL byte at byte 16"
err "factdiff: $tmp/utf16le.txt: UTF-16LE text (byte order mark); convert it to UTF-8"
err "factdiff: $tmp/utf16be.txt: UTF-16BE text (byte order mark); convert it to UTF-8"
err "factdiff: $tmp/utf16-nobom.txt: looks like UTF-16LE text (NUL in every other byte); convert it to UTF-8"
err "factdiff: $tmp/empty.txt: empty file"
err "factdiff: $tmp/blank.txt: nothing but white space"
out "1 article from 1 outlet"
done_case

# CRLF and a byte order mark read like plain text: same report.
tr -d '\r' < "$GOOD" | sed 's/$/\r/' > "$tmp/crlf.txt"
{ printf '\357\273\277'; cat "$GOOD"; } > "$tmp/bom.txt"
"$FACTDIFF" -q "$GOOD" | sed -n 3p > "$tmp/want"
for f in crlf bom; do
  fd "$f: read like plain text" 0 -q "$tmp/$f.txt"
  no_err
  sed -n 3p "$tmp/out" > "$tmp/got"
  cmp -s "$tmp/want" "$tmp/got" \
    || { echo "summary differs from the plain file's:"; cat "$tmp/want" \
           "$tmp/got"; } >> "$tmp/why"
  done_case
done

# ---- JSON Lines ----------------------------------------------------------

# Invalid UTF-8 in every field, in a key, as escapes that decode to
# invalid UTF-8 or NUL; one good record at the end.
{
  printf '{"id":"a\377","text":"Rain fell."}\n'
  printf '{"id":"b","text":"Rain \303 fell."}\n'
  printf '{"id":"c","text":"Rain fell.","outlet":"O\342\202"}\n'
  printf '{"id":"d","text":"Rain fell.","date":"2025-06-1\377"}\n'
  printf '{"id":"e","text":"Rain fell.","title":"\355\240\200"}\n'
  printf '{"id":"f","text":"Rain fell.","url":"http://x/\300\257"}\n'
  printf '{"i\377d":"g","text":"Rain fell."}\n'
  printf '{"id":"h","text":"Rain \\ud800 fell."}\n'
  printf '{"id":"i","text":"Rain \\u0000 fell."}\n'
  printf '{"id":"j","text":"Rain fell.","outlet":"A\\ud800B"}\n'
  printf '{"id":"\\ud800B","text":"Rain fell."}\n'
  printf '{"id":"k","text":"Rain fell.","date":"February 30, 2025"}\n'
  printf '{"id":"ok","text":"The council met on Monday, June 16, 2025."}\n'
} > "$tmp/fields.jsonl"
fd "invalid UTF-8 in every JSON Lines field" 2 -q "$tmp/fields.jsonl"
j=$tmp/fields.jsonl
err "factdiff: $j:1: invalid UTF-8 at byte 8"
err "factdiff: $j:2: invalid UTF-8 at byte 55"
err "factdiff: $j:3: invalid UTF-8 at byte 106"
err "factdiff: $j:4: invalid UTF-8 at byte 158"
err "factdiff: $j:5: invalid UTF-8 at byte 201"
err "factdiff: $j:6: invalid UTF-8 at byte 253"
err "factdiff: $j:7: invalid UTF-8 at byte 261"
err "factdiff: $j:8: \"text\": invalid UTF-8 at byte 5 of the decoded text (a lone surrogate escape?)"
err "factdiff: $j:9: \"text\" holds a NUL character"
err "factdiff: $j:10: \"outlet\": invalid UTF-8 in the decoded string (a lone surrogate escape?)"
err "factdiff: $j:11: \"id\": invalid UTF-8 in the decoded string (a lone surrogate escape?)"
err "factdiff: $j:12: \"date\" is not a date: February 30, 2025"
out "1 article from 1 outlet"
done_case

# Nesting that would overflow json-glib's recursive parser.
deep () {
  printf '{"id":"deep","text":"Rain fell on Monday.","x":'
  head -c "$1" /dev/zero | tr '\0' '['
  head -c "$1" /dev/zero | tr '\0' ']'
  printf '}\n{"id":"ok","text":"The council met on Monday."}\n'
}
deep 300000 > "$tmp/deep.jsonl"
fd "JSON Lines record nested 300,000 deep" 2 -q "$tmp/deep.jsonl"
err "factdiff: $tmp/deep.jsonl:1: arrays and objects nested more than 256 deep"
out "1 article from 1 outlet"
done_case
deep 200 > "$tmp/deep200.jsonl"
fd "JSON Lines record nested 200 deep: read" 0 -q "$tmp/deep200.jsonl"
no_err
out "2 articles from 2 outlets"
done_case
{ head -c 300000 /dev/zero | tr '\0' '['; echo; } > "$tmp/deep-baseline.json"
fd "baseline nested 300,000 deep" 2 -q --baseline "$tmp/deep-baseline.json" \
  "$GOOD"
err "factdiff: $tmp/deep-baseline.json: not a factdiff baseline (nested too deep)"
done_case

# A record with 10,000 members and a 5 MB title.
{
  printf '{"id":"wide","text":"The council met on Monday."'
  i=0
  while [ $i -lt 10000 ]; do printf ',"k%d":[1,{"a":"b"}]' $i; i=$((i + 1)); done
  printf ',"title":"'
  head -c 5000000 /dev/zero | tr '\0' 't'
  printf '"}\n'
} > "$tmp/wide.jsonl"
fd "JSON Lines record with 10,000 members and a 5 MB title" 0 -q \
  "$tmp/wide.jsonl"
no_err
out "1 article from 1 outlet"
done_case

echo "1..$n"
