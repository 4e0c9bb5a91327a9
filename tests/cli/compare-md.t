The Markdown report (the default format) on the fixture articles of
tests/fixtures/report.  The articles are copied so that the paths in the
report are short and the same on every machine.

  $ cp -r "$TESTDIR/../fixtures/report" fx
  $ factdiff compare fx/*.txt
  # factdiff report
  
  3 articles from 3 outlets; 22 claims in 8 groups: 1 conflict, 1 reworded quote, 4 agreements, 2 single-source claims.
  
  ## Discrepancies
  
  | # | topic | type | what each outlet says | verdict | severity | note |
  |---|---|---|---|---|---|---|
  | 1 | talks — length | duration | **fx/coast-radio**: PT40M ("about 40 minutes", about); **fx/harbour-gazette**: PT40M ("40 minutes"); **fx/wickby-courier**: PT2H ("two hours") | conflict | high (0.67) |  |
  
  ## Reworded quotes
  
  ### 2. Ines Calloway — remark (reworded)
  
  - **fx/harbour-gazette**: “We will keep the morning crossing”
  - **fx/wickby-courier**: “We are keeping the morning crossing”
  - diff: `We [-will keep-] {+are keeping+} the morning crossing`
  
  ## Agreements
  
  | # | topic | type | what each outlet says | outlets | note |
  |---|---|---|---|---|---|
  | 3 | boats — calls | number | **fx/coast-radio**: 12 boats ("12"); **fx/harbour-gazette**: 12 boats ("12"); **fx/wickby-courier**: 12 boats ("12") | 3 (3 independent) |  |
  | 4 | crew — calls | number | **fx/coast-radio**: 300 crew ("300", roughly); **fx/harbour-gazette**: 300 crew ("300", about); **fx/wickby-courier**: 320 crew ("320") | 3 (3 independent) |  |
  | 5 | met — date | date | **fx/harbour-gazette**: 2026-03-03 ("March 3, 2026"); **fx/harbour-gazette**: 2026-03-02 ("Monday"); **fx/wickby-courier**: 2026-03-03 ("March 3, 2026"); **fx/wickby-courier**: 2026-03-02 ("Monday") | 2 (2 independent) |  |
  | 6 | vote — date | date | **fx/harbour-gazette**: 2026-03-17 ("March 17"); **fx/wickby-courier**: 2026-03-17 ("March 17") | 2 (2 independent) |  |
  
  ## Single-source claims
  
  | # | topic | type | what the outlet says |
  |---|---|---|---|
  | 7 | a figure the union — remark | quote | **fx/coast-radio**: too low \<for the winter> |
  | 8 | vote — length | duration | **fx/coast-radio**: P2W ("two weeks") |
  [1]

`factdiff PATH...` is the same command, and so is -f md.

  $ factdiff fx/*.txt > plain.md; factdiff compare fx/*.txt -f md > md.md; cmp plain.md md.md

The output is the same bytes whatever the number of threads.

  $ factdiff fx/*.txt --threads 1 -f json > one.json; factdiff fx/*.txt --threads 8 -f json > eight.json; cmp one.json eight.json
