The JSON report (docs/report-json.md) on the fixture articles.

  $ cp -r "$TESTDIR/../fixtures/report" fx
  $ factdiff compare fx/*.txt -f json
  {"schema_version":1,
  "tool":{"name":"factdiff","version":"0.1.0"},
  "summary":{"text":"3 articles from 3 outlets; 0 claims in 0 groups.","discrepancies":0,"suppressed":0},
  "documents":[
  {"id":"fx/coast-radio.txt","path":"fx/coast-radio.txt","outlet":"fx/coast-radio.txt","title":null,"date":null,"date_inferred":false},
  {"id":"fx/harbour-gazette.txt","path":"fx/harbour-gazette.txt","outlet":"fx/harbour-gazette.txt","title":null,"date":null,"date_inferred":false},
  {"id":"fx/wickby-courier.txt","path":"fx/wickby-courier.txt","outlet":"fx/wickby-courier.txt","title":null,"date":null,"date_inferred":false}
  ],
  "claims":[],
  "groups":[],
  "duplicates":[],
  "names":[],
  "baseline":null
  }
