The baseline workflow of a CI job.  Record today's discrepancies; later
runs with the baseline hide them, fail only on new ones and list the
recorded ones that are gone.

The fixtures' talks are 40 minutes in one article and two hours in the
other: a conflict, so the first run exits 1.  With the baseline it exits 0;
an added article with a new conflict makes it exit 1 again, and the report
names the new finding.  The same logic is unit-tested on hand-built
results in tests/unit/test-report.c (baseline_hides_known_and_lists_gone).

  $ cp -r "$TESTDIR/../fixtures/report" fx
  $ factdiff fx/harbour-gazette.txt fx/wickby-courier.txt --write-baseline base.json > /dev/null; echo "exit $?"; cat base.json
  exit 1
  {"factdiff_baseline":1,"discrepancies":[
  {"fingerprint":"5a7abe454c51df23","type":"duration","topic":"talks — length","verdict":"conflict"}
  ]}
  $ factdiff fx/harbour-gazette.txt fx/wickby-courier.txt --baseline base.json > with-base.md; echo "exit $?"; tail -n 3 with-base.md
  exit 0
  ## Baseline
  
  1 known discrepancy is hidden by the baseline. Every baseline entry is still seen.
  $ cp "$TESTDIR/../fixtures/report-extra/coast-radio-update.txt" fx/
  $ factdiff fx/*.txt --baseline base.json > report.md; echo "exit $?"; sed -n '/^## Discrepancies/,/^## /p' report.md | grep '^| [0-9]'
  exit 1
  | 1 | talks — length | duration | **fx/coast-radio**: PT40M ("about 40 minutes", about); **fx/coast-radio-update**: PT40M ("40 minutes"); **fx/harbour-gazette**: PT40M ("40 minutes"); **fx/wickby-courier**: PT2H ("two hours") | conflict | high (0.67) |  |
  | 2 | copied text — number | passage | **fx/coast-radio**: about 40 minutes; **fx/coast-radio-update**: three hours, not 40 minutes as first reported | changed | high (0.6) | near-identical text (similarity 0.52) with changed words: about 40 minutes -> three hours, not 40 minutes as first reported (number) — diff: `The ferry contract talks between Port Alder and Wickby on Monday lasted [-about-] {+three hours, not+} 40 minutes {+as first reported.+}` |

A baseline entry that is no longer seen is listed; --fail-on=none never
fails, and a broken baseline is trouble.

  $ printf '{"factdiff_baseline":1,"discrepancies":[\n{"fingerprint":"0123456789abcdef","type":"date","topic":"vote — date","verdict":"conflict"}\n]}\n' > old.json
  $ factdiff fx/harbour-gazette.txt --baseline old.json --fail-on=none | tail -n 5
  ## Baseline
  
  0 known discrepancies are hidden by the baseline. No longer seen:
  
  - `0123456789abcdef` conflict date: vote — date
  $ echo '{"discrepancies":[]}' > broken.json; factdiff fx/harbour-gazette.txt --baseline broken.json
  factdiff: broken.json: not a factdiff baseline
  [2]
