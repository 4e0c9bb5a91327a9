Where reports go.  One format and no -o: standard output.  -o FILE: that
file, and a format named by its extension when no -f is given.

  $ cp -r "$TESTDIR/../fixtures/report" fx
  $ factdiff fx/*.txt -o r.json && head -c 18 r.json; echo
  
  $ factdiff fx/*.txt -f csv -o r.txt && head -n 1 r.txt
  [1]

Several formats need a directory, which is created; each format has its
file there.

  $ factdiff fx/*.txt -f md -f json
  factdiff: several formats need -o DIR
  Try 'factdiff --help'
  [2]
  $ factdiff fx/*.txt -f md -f csv -f tsv -f json -f html -f junit -f sarif -o out && ls out
  [1]
  $ factdiff fx/*.txt -f pdf
  factdiff: unknown format 'pdf' (md, csv, tsv, json, html, junit, sarif)
  Try 'factdiff --help'
  [2]

An unreadable input is reported, the others are still compared, and the
exit status is 2.

  $ factdiff fx/harbour-gazette.txt missing.txt -o partial.md; echo "exit $?"; head -n 3 partial.md
  factdiff: missing.txt: No such file or directory
  exit 2
  # factdiff report
  
  1 article from 1 outlet; 8 claims in 7 groups: 7 single-source claims.

A failed write is one line and exit 2, and leaves no file behind.

  $ factdiff fx/*.txt -o /dev/full
  factdiff: /dev/full: No space left on device
  [2]
  $ factdiff fx/*.txt > /dev/full
  factdiff: standard output: No space left on device
  [2]
  $ factdiff fx/*.txt -o fx/coast-radio.txt/r.md
  factdiff: fx/coast-radio.txt/r.md: Not a directory
  [2]
  $ factdiff fx/*.txt -o nodir/sub/r.md; ls nodir 2>&1 | sed 's/.*: //'
  factdiff: nodir/sub/r.md: No such file or directory
  No such file or directory
  $ ls fx
  coast-radio.txt
  harbour-gazette.txt
  wickby-courier.txt

The summary for a CI job page is Markdown.

  $ factdiff fx/*.txt --summary summary.md > /dev/null && cat summary.md
  [1]

Usage errors.

  $ factdiff fx/*.txt --fail-on=sometimes
  factdiff: --fail-on takes any, new or none
  Try 'factdiff --help'
  [2]
  $ factdiff fx/*.txt --threads=-1
  factdiff: --threads takes a positive number
  Try 'factdiff --help'
  [2]
