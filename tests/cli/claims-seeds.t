#requires-seeds
factdiff claims on the seed articles: dates, times and durations.

Ingest finds each article's publication date (001 and 002: 2025-06-18, from
a date header and a dateline; 000: inferred from its own dates) and the
relative expressions are resolved against it.

The length of the talks: a 30-minute discussion (000), about 30 minutes with
the hedge apart from the value (002), 30 minutes (003).

  $ cd "$FD_SEEDS" && factdiff claims --type=duration 000_*.txt 002_*.txt 003_*.txt | grep -E 'minute'
  {"doc":"000_cd6b4697a7040457","type":"duration","start":910,"end":919,"text":"30-minute","value":"PT30M","hedge":null,"anchor":null,"sentence":[744,1116]}
  {"doc":"002_377e5374b61a864d","type":"duration","start":793,"end":808,"text":"about 30-minute","value":"PT30M","hedge":"about","anchor":null,"sentence":[772,969]}
  {"doc":"003_f76ad75cc17fbb52","type":"duration","start":232,"end":242,"text":"30 minutes","value":"PT30M","hedge":null,"anchor":null,"sentence":[203,379]}

Anchored durations keep the event they count from in "anchor".

  $ cd "$FD_SEEDS" && factdiff claims --type=duration 000_*.txt 003_*.txt | grep -E 'weeks|days'
  {"doc":"000_cd6b4697a7040457","type":"duration","start":1133,"end":1147,"text":"just two weeks","value":"P2W","hedge":"just","anchor":"after Lee assumed office","anchor_span":[1148,1172],"sentence":[1117,1282]}
  {"doc":"003_f76ad75cc17fbb52","type":"duration","start":526,"end":544,"text":"only fourteen days","value":"P14D","hedge":"only","anchor":"after the Korean president's inauguration","anchor_span":[545,586],"sentence":[499,587]}

"on Tuesday" in an article published on Wednesday 2025-06-18 is the day
before.

  $ cd "$FD_SEEDS" && factdiff claims --type=date 001_*.txt 002_*.txt | grep -F '"Tuesday"'
  {"doc":"001_934898ab26c7ee22","type":"date","start":363,"end":370,"text":"Tuesday","value":"2025-06-17","hedge":null,"anchor":null,"sentence":[270,480]}
  {"doc":"002_377e5374b61a864d","type":"date","start":258,"end":265,"text":"Tuesday","value":"2025-06-17","hedge":null,"anchor":null,"sentence":[121,266]}
  {"doc":"002_377e5374b61a864d","type":"date","start":402,"end":409,"text":"Tuesday","value":"2025-06-17","hedge":null,"anchor":null,"sentence":[292,516]}

The dateline "15:46 JST, June 18, 2025" is metadata, not a claim: ingest
reads the publication time and zone from it.

  $ cd "$FD_SEEDS" && factdiff claims --type=time 002_*.txt | grep -c JST
  0
  [1]
  $ cd "$FD_SEEDS" && factdiff inspect 002_*.txt | grep -E '^#   (date|time|tz) '
  #   date      2025-06-18 (dateline)
  #   time      15:46
  #   tz        JST

A bad --type is a usage error.

  $ factdiff claims --type=dates x.txt
  factdiff: unknown claim type 'dates'
  Try 'factdiff --help'
  [2]

Names in all their spellings form one entity each; a speaker's entity is
the canonical name.

  $ cd "$FD_SEEDS" && factdiff claims --entities *.txt | grep -E '"name":"(Lee Jae-myung|Shigeru Ishiba|Seoul)"' | grep -o '"text":"[^"]*","count":[0-9]*,"misspelling":[a-z]*'
  "text":"Lee","count":28,"misspelling":false
  "text":"Lee Jae-myung","count":13,"misspelling":false
  "text":"President Lee","count":7,"misspelling":false
  "text":"Lee Jae Myung","count":3,"misspelling":false
  "text":"Lee Jae-Myung","count":2,"misspelling":false
  "text":"Seoul","count":10,"misspelling":false
  "text":"Soeul","count":1,"misspelling":true
  "text":"Shigeru Ishiba","count":15,"misspelling":false
  "text":"Ishiba","count":14,"misspelling":false
  "text":"Ishiba Shigeru","count":1,"misspelling":false
  "text":"Prime Minister Ishiba","count":1,"misspelling":false
  $ cd "$FD_SEEDS" && factdiff claims --type=quote *.txt | grep -o '"speaker":"[^"]*",[^}]*"speaker_entity":"[^"]*"' | sed 's/"speaker_start[^}]*"speaker_entity"/ -> /' | sort | uniq -c
        1 "speaker":"Ishiba Shigeru", -> :"Shigeru Ishiba"
        4 "speaker":"Ishiba", -> :"Shigeru Ishiba"
        1 "speaker":"Japan's foreign ministry", -> :"Japan"
        1 "speaker":"Lee Jae-myung", -> :"Lee Jae-myung"
        6 "speaker":"Lee", -> :"Lee Jae-myung"
        1 "speaker":"The Office of the President", -> :"Office of the President"
