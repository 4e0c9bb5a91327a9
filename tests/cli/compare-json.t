The JSON report (docs/report-json.md) on the fixture articles.

  $ cp -r "$TESTDIR/../fixtures/report" fx
  $ factdiff compare fx/*.txt -f json
  {"schema_version":1,
  "tool":{"name":"factdiff","version":"0.1.0"},
  "summary":{"text":"3 articles from 3 outlets; 22 claims in 8 groups: 1 conflict, 1 reworded quote, 4 agreements, 2 single-source claims.","discrepancies":1,"suppressed":0},
  "documents":[
  {"id":"fx/coast-radio","path":"fx/coast-radio.txt","outlet":"fx/coast-radio","title":"Ferry deal: what we know","date":null,"date_inferred":false},
  {"id":"fx/harbour-gazette","path":"fx/harbour-gazette.txt","outlet":"fx/harbour-gazette","title":"Ferry talks end after 40 minutes","date":"2026-03-03","date_inferred":true},
  {"id":"fx/wickby-courier","path":"fx/wickby-courier.txt","outlet":"fx/wickby-courier","title":"Mayors agree to keep the ferry running","date":"2026-03-03","date_inferred":true}
  ],
  "claims":[
  {"doc":"fx/coast-radio","id":0,"type":"date","start":101,"end":107,"text":"Monday","value":"XXXX-WXX-1","hedge":null,"anchor":null,"sentence":[43,132]},
  {"doc":"fx/coast-radio","id":1,"type":"duration","start":115,"end":131,"text":"about 40 minutes","value":"PT40M","hedge":"about","anchor":null,"sentence":[43,132]},
  {"doc":"fx/coast-radio","id":2,"type":"number","start":153,"end":155,"text":"12","value":"12","hedge":null,"unit":"boats","sentence":[133,234]},
  {"doc":"fx/coast-radio","id":3,"type":"number","start":172,"end":175,"text":"300","value":"300","hedge":"roughly","unit":"crew","sentence":[133,234]},
  {"doc":"fx/coast-radio","id":4,"type":"quote","start":208,"end":232,"text":"too low <for the winter>","value":"too low <for the winter>","hedge":null,"speaker":"a figure the union","speaker_start":182,"speaker_end":200,"speaker_entity":null,"sentence":[133,234]},
  {"doc":"fx/coast-radio","id":5,"type":"date","start":221,"end":231,"text":"the winter","value":"XXXX-WI","hedge":null,"anchor":null,"sentence":[133,234]},
  {"doc":"fx/coast-radio","id":6,"type":"duration","start":262,"end":271,"text":"two weeks","value":"P2W","hedge":null,"anchor":null,"sentence":[236,272]},
  {"doc":"fx/harbour-gazette","id":7,"type":"paraphrase","start":50,"end":182,"text":"PORT ALDER, March 3, 2026 - The mayors of Port Alder and Wickby met on\nMonday for talks on the ferry contract that lasted 40 minutes","value":"PORT ALDER, March 3, 2026 - The mayors of Port Alder and Wickby met on Monday for talks on the ferry contract that lasted 40 minutes","hedge":null,"speaker":"both offices","speaker_start":184,"speaker_end":196,"speaker_entity":null,"sentence":[50,202]},
  {"doc":"fx/harbour-gazette","id":8,"type":"date","start":62,"end":75,"text":"March 3, 2026","value":"2026-03-03","hedge":null,"anchor":null,"sentence":[50,202]},
  {"doc":"fx/harbour-gazette","id":9,"type":"date","start":121,"end":127,"text":"Monday","value":"2026-03-02","hedge":null,"anchor":null,"sentence":[50,202]},
  {"doc":"fx/harbour-gazette","id":10,"type":"duration","start":172,"end":182,"text":"40 minutes","value":"PT40M","hedge":null,"anchor":null,"sentence":[50,202]},
  {"doc":"fx/harbour-gazette","id":11,"type":"number","start":224,"end":226,"text":"12","value":"12","hedge":null,"unit":"boats","sentence":[204,252]},
  {"doc":"fx/harbour-gazette","id":12,"type":"number","start":243,"end":246,"text":"300","value":"300","hedge":"about","unit":"crew","sentence":[204,252]},
  {"doc":"fx/harbour-gazette","id":13,"type":"quote","start":254,"end":287,"text":"We will keep the\nmorning crossing","value":"We will keep the morning crossing","hedge":null,"speaker":"Mayor Ines Calloway","speaker_start":290,"speaker_end":309,"speaker_entity":"Ines Calloway","sentence":[253,325]},
  {"doc":"fx/harbour-gazette","id":14,"type":"date","start":365,"end":373,"text":"March 17","value":"2026-03-17","hedge":null,"anchor":null,"sentence":[327,374]},
  {"doc":"fx/wickby-courier","id":15,"type":"date","start":63,"end":76,"text":"March 3, 2026","value":"2026-03-03","hedge":null,"anchor":null,"sentence":[55,184]},
  {"doc":"fx/wickby-courier","id":16,"type":"duration","start":130,"end":139,"text":"two hours","value":"PT2H","hedge":null,"anchor":null,"sentence":[55,184]},
  {"doc":"fx/wickby-courier","id":17,"type":"date","start":152,"end":158,"text":"Monday","value":"2026-03-02","hedge":null,"anchor":null,"sentence":[55,184]},
  {"doc":"fx/wickby-courier","id":18,"type":"number","start":202,"end":204,"text":"12","value":"12","hedge":null,"unit":"boats","sentence":[186,232]},
  {"doc":"fx/wickby-courier","id":19,"type":"number","start":215,"end":218,"text":"320","value":"320","hedge":null,"unit":"crew","sentence":[186,232]},
  {"doc":"fx/wickby-courier","id":20,"type":"quote","start":234,"end":269,"text":"We are keeping the morning\ncrossing","value":"We are keeping the morning crossing","hedge":null,"speaker":"Mayor Ines Calloway of Port Alder","speaker_start":277,"speaker_end":310,"speaker_entity":"Ines Calloway","sentence":[233,311]},
  {"doc":"fx/wickby-courier","id":21,"type":"date","start":338,"end":346,"text":"March 17","value":"2026-03-17","hedge":null,"anchor":null,"sentence":[313,347]}
  ],
  "groups":[
  {"id":1,"fingerprint":"1eecbbc57fbcba11","type":"duration","topic":"talks — length","verdict":"conflict","severity":0.667,"members":[1,10,16],"note":null,"diff":null,"outlets":3,"independent":3,"suppressed":false},
  {"id":2,"fingerprint":"7999640c0576c991","type":"quote","topic":"Ines Calloway — remark","verdict":"reworded","severity":0,"members":[13,20],"note":null,"diff":"We [-will keep-] {+are keeping+} the morning crossing","outlets":2,"independent":2,"suppressed":false},
  {"id":3,"fingerprint":"082a2cbbf93c4072","type":"number","topic":"boats — calls","verdict":"agree","severity":0,"members":[2,11,18],"note":null,"diff":null,"outlets":3,"independent":3,"suppressed":false},
  {"id":4,"fingerprint":"792a2f021b300bb7","type":"number","topic":"crew — calls","verdict":"agree","severity":0,"members":[3,12,19],"note":null,"diff":null,"outlets":3,"independent":3,"suppressed":false},
  {"id":5,"fingerprint":"907db9bff699699f","type":"date","topic":"met — date","verdict":"agree","severity":0,"members":[8,9,15,17],"note":null,"diff":null,"outlets":2,"independent":2,"suppressed":false},
  {"id":6,"fingerprint":"1f3df47d9df08b8f","type":"date","topic":"vote — date","verdict":"agree","severity":0,"members":[14,21],"note":null,"diff":null,"outlets":2,"independent":2,"suppressed":false},
  {"id":7,"fingerprint":"54c3dfdafc7a29ce","type":"quote","topic":"a figure the union — remark","verdict":"single","severity":0,"members":[4],"note":null,"diff":null,"outlets":1,"independent":1,"suppressed":false},
  {"id":8,"fingerprint":"77d4fb737d2dcec2","type":"duration","topic":"vote — length","verdict":"single","severity":0,"members":[6],"note":null,"diff":null,"outlets":1,"independent":1,"suppressed":false}
  ],
  "duplicates":[],
  "names":[],
  "baseline":null
  }
  [1]
