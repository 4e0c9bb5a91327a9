factdiff dedup --threads: the report is the same bytes whatever the number
of threads (the unit test test-dedup checks the same on a collection big
enough to be cut into many tasks).

  $ cd "$TESTDIR/../fixtures/dedup" && for n in 1 2 3 8; do factdiff dedup --threads=$n --format=json *.txt > "$scratch/t$n.json" && factdiff dedup --threads=$n *.txt > "$scratch/t$n.txt" || echo "failed with $n"; done; grep -c '"kind"' "$scratch/t1.json"
  26

  $ cd "$scratch" && for n in 2 3 8; do cmp t1.json t$n.json && cmp t1.txt t$n.txt; done; echo $?
  0

  $ factdiff dedup --threads=-1 x.txt
  factdiff: --threads takes a positive number
  Try 'factdiff --help'
  [2]
