The Markdown report (the default format) on the fixture articles of
tests/fixtures/report.  The articles are copied so that the paths in the
report are short and the same on every machine.

  $ cp -r "$TESTDIR/../fixtures/report" fx
  $ factdiff compare fx/*.txt
  # factdiff report
  
  3 articles from 3 outlets; 23 claims in 10 groups: 1 conflict, 1 reworded quote, 3 agreements, 5 single-source claims.
  
  ## Discrepancies
  
  | # | topic | type | what each outlet says | verdict | severity | note |
  |---|---|---|---|---|---|---|
  | 1 | talks — length | duration | **fx/coast-radio.txt**: PT40M ("about 40 minutes", about); **fx/harbour-gazette.txt**: PT40M ("40 minutes"); **fx/wickby-courier.txt**: PT2H ("two hours") | conflict | high (0.67) |  |
  
  ## Reworded quotes
  
  ### 2. Ines Calloway — remark (reworded)
  
  - **fx/harbour-gazette.txt**: “We will keep the morning crossing”
  - **fx/wickby-courier.txt**: “We are keeping the morning crossing”
  - diff: `We [-will keep-] {+are keeping+} the morning crossing`
  
  ## Agreements
  
  | # | topic | type | what each outlet says | outlets | note |
  |---|---|---|---|---|---|
  | 3 | met — date | date | **fx/harbour-gazette.txt**: 2026-03-03 ("March 3, 2026"); **fx/wickby-courier.txt**: 2026-03-03 ("March 3, 2026") | 2 (2 independent) |  |
  | 4 | boats — talks | number | **fx/harbour-gazette.txt**: 12 boats ("12"); **fx/wickby-courier.txt**: 12 boats ("12") | 2 (2 independent) |  |
  | 5 | crew — talks | number | **fx/harbour-gazette.txt**: 300 crew ("300", about); **fx/wickby-courier.txt**: 320 crew ("320") | 2 (2 independent) |  |
  
  ## Single-source claims
  
  | # | topic | type | what the outlet says |
  |---|---|---|---|
  | 6 | boats — calls | number | **fx/coast-radio.txt**: 12 boats ("12") |
  | 7 | crew — calls | number | **fx/coast-radio.txt**: 300 crew ("300", roughly) |
  | 8 | a figure the union — remark | quote | **fx/coast-radio.txt**: too low \<for the winter> |
  | 9 | vote — length | duration | **fx/coast-radio.txt**: P2W ("two weeks") |
  | 10 | talks — length | duration | **fx/harbour-gazette.txt**: PT40M ("40 minutes") |
  
  ## Name variants
  
  | name | kind | spellings | look misspelt |
  |---|---|---|---|
  | Wickby Courier | person | Wickby, Wickby Courier |  |
  [1]

`factdiff PATH...` is the same command, and so is -f md.

  $ factdiff fx/*.txt > plain.md; factdiff compare fx/*.txt -f md > md.md; cmp plain.md md.md

The output is the same bytes whatever the number of threads.

  $ factdiff fx/*.txt --threads 1 -f json > one.json; factdiff fx/*.txt --threads 8 -f json > eight.json; cmp one.json eight.json
