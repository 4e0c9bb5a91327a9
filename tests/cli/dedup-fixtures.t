factdiff dedup on two invented articles of one story: a caption repeated in
one of them, copied sentences with a changed number and an inserted word,
and the caption again with another agency's credit.

  $ cd "$TESTDIR/../fixtures/dedup" && factdiff dedup harbour-a.txt harbour-b.txt
  2 articles, 1 stories
  
  exact duplicate sentences: 3 groups
    within [caption] "The harbour master waves from the pier at dawn (Courtesy of Tidewater vi…"
      harbour-a:2
      harbour-a:3
    cross-outlet [body] "Officials in Port Velmar said the northern ferry line would reopen on Mo…"
      harbour-a:4
      harbour-b:2
    cross-outlet [body] "Residents queued at the ticket office long before sunrise, many of them …"
      harbour-a:7
      harbour-b:5
  
  near-duplicate sentences: 4
    cross-outlet 0.88 harbour-a:2 ~ harbour-b:6
      a: "The harbour master waves from the pier at dawn (Courtesy of Tidewater vi…"
      b: "The harbour master waves from the pier at dawn (Courtesy of Brightline v…"
      changed: "Tidewater" -> "Brightline" [name, credit]
    cross-outlet 0.88 harbour-a:3 ~ harbour-b:6
      a: "The harbour master waves from the pier at dawn (Courtesy of Tidewater vi…"
      b: "The harbour master waves from the pier at dawn (Courtesy of Brightline v…"
      changed: "Tidewater" -> "Brightline" [name, credit]
    cross-outlet 0.87 harbour-a:5 ~ harbour-b:3
      a: "The storm destroyed 12 fishing boats and flooded the lower market for tw…"
      b: "The storm destroyed 14 fishing boats and flooded the lower market for tw…"
      changed: "12" -> "14" [number]
    cross-outlet 0.93 harbour-a:6 ~ harbour-b:4
      a: "Engineers from the coastal agency inspected every mooring before the fir…"
      b: "Engineers from the coastal agency inspected every single mooring before …"
      changed: "" -> "single"
  
  passages: 3
    cross-outlet 0.88 harbour-a:2 [38,124) 11% ~ harbour-b:6 [451,538) 15% [caption]
      "The harbour master waves from the pier at dawn (Courtesy of Tidewater vi…"
      changed: "Tidewater" -> "Brightline" [name, credit]
    cross-outlet 0.88 harbour-a:3 [126,212) 11% ~ harbour-b:6 [451,538) 15% [caption]
      "The harbour master waves from the pier at dawn (Courtesy of Tidewater vi…"
      changed: "Tidewater" -> "Brightline" [name, credit]
    cross-outlet 0.96 harbour-a:4 [214,626) 51% ~ harbour-b:2 [30,449) 69% [body]
      "Officials in Port Velmar said the northern ferry line would reopen on Mo…"
      changed: "12" -> "14" [number]
      changed: "" -> "single"
  
  article pairs: 1
    harbour-a harbour-b cross-outlet resemblance 0.44 containment 0.74 0.85
  
  stories:
    0: harbour-a harbour-b

The same as JSON (document ids and byte spans):

  $ cd "$TESTDIR/../fixtures/dedup" && factdiff dedup --format=json harbour-a.txt harbour-b.txt
  {"documents":[{"id":"harbour-a","outlet":"harbour-a","story":0},{"id":"harbour-b","outlet":"harbour-b","story":0}],
  "groups":[
  {"kind":"within","hash":"78452ef7f9a77ae8","classes":["caption"],"members":[{"doc":"harbour-a","start":38,"end":125},{"doc":"harbour-a","start":126,"end":213}]},
  {"kind":"cross-outlet","hash":"bbd1fb450dc0255d","classes":["body"],"members":[{"doc":"harbour-a","start":214,"end":325},{"doc":"harbour-b","start":30,"end":141}]},
  {"kind":"cross-outlet","hash":"d7ae917eb3bff6b8","classes":["body"],"members":[{"doc":"harbour-a","start":503,"end":627},{"doc":"harbour-b","start":326,"end":450}]}],
  "near":[
  {"kind":"cross-outlet","similarity":0.875,"a":{"doc":"harbour-a","start":38,"end":125},"b":{"doc":"harbour-b","start":451,"end":539},"changes":[{"a":{"start":98,"end":107,"text":"Tidewater"},"b":{"start":511,"end":521,"text":"Brightline"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":0.875,"a":{"doc":"harbour-a","start":126,"end":213},"b":{"doc":"harbour-b","start":451,"end":539},"changes":[{"a":{"start":186,"end":195,"text":"Tidewater"},"b":{"start":511,"end":521,"text":"Brightline"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":0.867,"a":{"doc":"harbour-a","start":326,"end":405},"b":{"doc":"harbour-b","start":142,"end":221},"changes":[{"a":{"start":346,"end":348,"text":"12"},"b":{"start":162,"end":164,"text":"14"},"facts":["number"]}]},
  {"kind":"cross-outlet","similarity":0.933,"a":{"doc":"harbour-a","start":406,"end":502},"b":{"doc":"harbour-b","start":222,"end":325},"changes":[{"a":{"start":456,"end":456,"text":""},"b":{"start":272,"end":278,"text":"single"},"facts":[]}]}],
  "passages":[
  {"kind":"cross-outlet","similarity":0.875,"a":{"doc":"harbour-a","start":38,"end":124,"containment":0.115},"b":{"doc":"harbour-b","start":451,"end":538,"containment":0.153},"classes":["caption"],"changes":[{"a":{"start":98,"end":107,"text":"Tidewater"},"b":{"start":511,"end":521,"text":"Brightline"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":0.875,"a":{"doc":"harbour-a","start":126,"end":212,"containment":0.115},"b":{"doc":"harbour-b","start":451,"end":538,"containment":0.153},"classes":["caption"],"changes":[{"a":{"start":186,"end":195,"text":"Tidewater"},"b":{"start":511,"end":521,"text":"Brightline"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":0.957,"a":{"doc":"harbour-a","start":214,"end":626,"containment":0.511},"b":{"doc":"harbour-b","start":30,"end":449,"containment":0.694},"classes":["body"],"changes":[{"a":{"start":346,"end":348,"text":"12"},"b":{"start":162,"end":164,"text":"14"},"facts":["number"]},{"a":{"start":456,"end":456,"text":""},"b":{"start":272,"end":278,"text":"single"},"facts":[]}]}],
  "pairs":[
  {"a":"harbour-a","b":"harbour-b","kind":"cross-outlet","resemblance":0.444,"containment_a":0.74,"containment_b":0.847,"story":0}]}
Segmentation fault

Options are checked:

  $ factdiff dedup --threshold=2 x.txt
  factdiff: --threshold must be in (0, 1]
  Try 'factdiff --help'
  [2]
  $ factdiff dedup --format=xml x.txt
  factdiff: --format must be text or json
  Try 'factdiff --help'
  [2]

A file that cannot be read is reported and the status is 2:

  $ cd "$TESTDIR/../fixtures/dedup" && factdiff dedup orchard.txt missing.txt
  factdiff: missing.txt: No such file or directory
  1 articles, 1 stories
  
  exact duplicate sentences: 0 groups
  
  near-duplicate sentences: 0
  
  passages: 0
  
  article pairs: 0
  
  stories:
    0: orchard
  [2]

-f is short for --format, as in factdiff compare:

  $ cd "$TESTDIR/../fixtures/dedup" && factdiff dedup -f json *.txt > "$scratch/short.json" && factdiff dedup --format=json *.txt | cmp - "$scratch/short.json" && grep -c '"kind"' "$scratch/short.json"
  26
