Durations counted from an event.  An anchor whose event factdiff does not
know ("the blue ribbon gala") is named in the topic by its own words; such
claims are never aligned with each other (precision first), so each stays a
single-source group.

  $ cp -r "$TESTDIR/../fixtures/anchor" fx
  $ factdiff compare -q -f json fx | grep -o '"type":"duration","topic":"[^"]*","verdict":"[a-z]*"'
  "type":"duration","topic":"talks — after the blue ribbon gala","verdict":"single"
  "type":"duration","topic":"talks — after the blue ribbon gala","verdict":"single"
