The Markdown report (the default format) on the fixture articles of
tests/fixtures/report.  The articles are copied so that the paths in the
report are short and the same on every machine.

  $ cp -r "$TESTDIR/../fixtures/report" fx
  $ factdiff compare fx/*.txt
  # factdiff report
  
  3 articles from 3 outlets; 0 claims in 0 groups.
  
  ## Discrepancies
  
  No discrepancies.

`factdiff PATH...` is the same command, and so is -f md.

  $ factdiff fx/*.txt > plain.md; factdiff compare fx/*.txt -f md > md.md; cmp plain.md md.md

The output is the same bytes whatever the number of threads.

  $ factdiff fx/*.txt --threads 1 -f json > one.json; factdiff fx/*.txt --threads 8 -f json > eight.json; cmp one.json eight.json
