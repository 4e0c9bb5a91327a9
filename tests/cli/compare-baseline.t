The baseline workflow of a CI job.  Record today's discrepancies; later
runs with the baseline hide them, fail only on new ones and list the
recorded ones that are gone.

NOTE: with the first-cut compare stage every claim is its own
single-source group, so the fixture articles give no discrepancy yet and
each run below exits 0.  Once the real alignment lands, the first run
should exit 1 (the 40-minute against two-hour talks), the run with the
baseline 0, and the run with coast-radio-update.txt added 1, naming the
new conflict; rewrite this file with FD_UPDATE=1 and review the diff.
The same logic is unit-tested on hand-built results in
tests/unit/test-report.c (baseline_hides_known_and_lists_gone).

  $ cp -r "$TESTDIR/../fixtures/report" fx
  $ factdiff fx/harbour-gazette.txt fx/wickby-courier.txt --write-baseline base.json > /dev/null; echo "exit $?"; cat base.json
  exit 0
  {"factdiff_baseline":1,"discrepancies":[
  ]}
  $ factdiff fx/harbour-gazette.txt fx/wickby-courier.txt --baseline base.json | tail -n 3
  ## Baseline
  
  0 known discrepancies are hidden by the baseline. Every baseline entry is still seen.
  $ cp "$TESTDIR/../fixtures/report-extra/coast-radio-update.txt" fx/
  $ factdiff fx/*.txt --baseline base.json > report.md; echo "exit $?"
  exit 0

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
