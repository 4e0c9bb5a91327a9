The output of factdiff compare is the same bytes for every --threads: the
articles are split and their claims extracted on the threads, but the
results are put together in document order.  Checked on the corpus, in
every format at once.

  $ cp -r "$TESTDIR/../../corpus" corpus
  $ factdiff compare -q --threads 1 -f json -f md -f csv -f sarif -o t1 corpus
  [1]
  $ factdiff compare -q --threads 2 -f json -f md -f csv -f sarif -o t2 corpus
  [1]
  $ factdiff compare -q --threads 4 -f json -f md -f csv -f sarif -o t4 corpus
  [1]
  $ ls t1
  report.csv
  report.json
  report.md
  report.sarif
  $ for n in 2 4; do for f in t1/*; do cmp "$f" "t$n/${f#t1/}" || exit 1; done; echo "$n threads: same bytes"; done
  2 threads: same bytes
  4 threads: same bytes

The reports are not empty (so the comparison compared something):

  $ grep -q '"type":"number"' t1/report.json && echo claims found
  claims found
