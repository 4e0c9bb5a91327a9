factdiff dedup --threads: the report is the same bytes whatever the number
of threads (the unit test test-dedup checks the same of fd_dedup_run).

  $ cd "$TESTDIR/../fixtures/dedup" && for n in 1 2 3 8; do factdiff dedup --threads=$n --format=json *.txt > "$scratch/t$n.json" && factdiff dedup --threads=$n *.txt > "$scratch/t$n.txt" || echo "failed with $n"; done; grep -c '"kind"' "$scratch/t1.json"
  26

  $ cd "$scratch" && for n in 2 3 8; do cmp t1.json t$n.json && cmp t1.txt t$n.txt; done; echo $?
  0

Six hundred invented articles, two by two sharing a sentence and a
near-duplicate one, so that every part of the report is long enough to be
cut into several blocks (256 items each):

  $ mkdir "$scratch/many" && cd "$scratch/many" && for i in $(seq 100 399); do w=""; for x in council voted on budget item after long debate about roads and bridges; do w="$w $x$i"; done; printf 'District%s%s.\nResidents%s queued%s at%s office%s before%s sunrise%s for%s tickets%s today%s.\nOnly apple%s pear%s.\n' $i "$w" $i $i $i $i $i $i $i $i $i $i $i > a$i.txt; printf 'District%s%s.\nResidents%s queued%s at%s office%s before%s sunrise%s for%s tickets%s today%s more.\nOnly plum%s fig%s.\n' $i "$w" $i $i $i $i $i $i $i $i $i $i $i > b$i.txt; done; ls | wc -l
  600

  $ cd "$scratch/many" && for n in 1 2 3; do factdiff dedup --threads=$n --format=json . > "../m$n.json" || echo "failed with $n"; done; for s in groups near passages pairs; do printf '%s ' $s; sed -n "/^\"$s\"/,/^\"/p" ../m1.json | grep -c '^,*{'; done
  groups 300
  near 300
  passages 300
  pairs 300

  $ cd "$scratch" && cmp m1.json m2.json && cmp m1.json m3.json; echo $?
  0

  $ factdiff dedup --threads=-1 x.txt
  factdiff: --threads takes a positive number
  Try 'factdiff --help'
  [2]
