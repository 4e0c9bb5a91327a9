`factdiff inspect` prints each article's metadata as "#" lines, then one
row per line: CLASS, START, END (byte offsets, end exclusive) and the text.

A business page with a market ticker, a related-article list and a comment
widget around the story:

  $ cd "$TESTDIR/../fixtures/ingest" && factdiff inspect page-market.txt
  # doc page-market
  #   path      page-market.txt
  #   outlet    page-market
  #   date      2026-03-03 (inferred)
  #   time      -
  #   tz        -
  #   title     Harbor City council approves $1.2 billion bridge repair plan
  #   dateline  HARBOR CITY, Westland
  #   url       -
  navigation	0	15	Skip to content
  ticker	16	52	  • NIKKEI 38211.40 -120.55 -0.31%
  ticker	53	86	  • DOW 42100.10 +210.03 +0.50%
  ticker	87	122	  • EUR/USD 1.0842 +0.0011 +0.10%
  navigation	123	143	View Market Snapshot
  navigation	144	166	Home > Economy > Local
  navigation	167	184	Economy & Markets
  blank	185	185	
  headline	186	246	Harbor City council approves $1.2 billion bridge repair plan
  blank	247	247	
  headline	248	307	The vote ends a two-year dispute over who pays for the work
  blank	308	308	
  byline	309	324	By Mara Ellison
  blank	325	325	
  meta	326	336	4 Min read
  blank	337	337	
  caption	338	411	Workers inspect a cable on the Harbor City bridge (left) on March 3, 2026
  caption	412	485	Workers inspect a cable on the Harbor City bridge (left) on March 3, 2026
  blank	486	486	
  body	487	634	HARBOR CITY, Westland – The city council on Thursday approved a plan to repair the old harbor bridge, ending two years of argument over the cost.
  blank	635	635	
  body	636	711	The plan, passed by seven votes to two, spreads the bill over twelve years.
  blank	712	712	
  body	713	799	"We cannot wait for the bridge to fail," council member Joan Pike said after the vote.
  blank	800	800	
  section	801	812	FUNDING GAP
  blank	813	813	
  body	814	890	The state will cover 40 percent of the cost, according to the budget office.
  blank	891	891	
  byline	892	933	Write to Mara Ellison at mara@example.com
  byline	934	964	Tom Reyes edited this article.
  related	965	981	Related Articles
  related	982	983	-
  related	984	1029	Port Traffic Hits Record as New Cranes Arrive
  related	1030	1031	-
  related	1032	1081	Council delays vote on transit fares until spring
  related	1082	1091	Most Read
  related	1092	1093	-
  related	1094	1140	Harbor City Schools Report Rise in Enrollment.
  comment	1141	1150	Comment 3
  comment	1151	1156	0/500

A corpus file with header lines, and a transcript page whose date header
and one caption are glued to the text after them:

  $ cd "$TESTDIR/../fixtures/ingest" && factdiff inspect meta-header.txt page-broadcast.txt
  # doc meta-header
  #   path      meta-header.txt
  #   outlet    Westland Courier
  #   date      2026-03-05 (header)
  #   time      21:30
  #   tz        +09:00
  #   title     Bridge plan approved
  #   dateline  -
  #   url       https://example.com/bridge
  meta	0	24	Outlet: Westland Courier
  meta	25	56	date: 2026-03-05T21:30:00+09:00
  meta	57	84	TITLE: Bridge plan approved
  meta	85	116	URL: https://example.com/bridge
  blank	117	117	
  headline	118	150	Council approves the bridge plan
  blank	151	151	
  body	152	209	The council approved the plan on Thursday, March 5, 2026.
  
  # doc page-broadcast
  #   path      page-broadcast.txt
  #   outlet    page-broadcast
  #   date      2026-03-05 (header)
  #   time      -
  #   tz        -
  #   title     [Evening Report] Council backs bridge repairs
  #   dateline  -
  #   url       -
  dateline	0	16	 date 2026-03-05
  headline	17	62	[Evening Report] Council backs bridge repairs
  blank	63	63	
  blank	64	64	
  blank	65	65	
  body	66	140	The city council approved a repair plan for the harbor bridge on Thursday.
  blank	141	141	
  blank	142	142	
  blank	143	143	
  speaker	144	169	Joan Pike/ Council Member
  blank	170	170	
  body	171	245	We cannot wait for the bridge to fail, and today we made sure it will not.
  blank	246	246	
  blank	247	247	
  blank	248	248	
  caption	249	333	Mayor Lin Ocampo (center) visits the bridge on March 4, 2026 (Courtesy of City Hall)
  body	334	385	The work is due to start in May and last two years.
  blank	386	386	
  blank	387	387	
  blank	388	388	
  speaker	389	414	Tom Reyes /Budget Officer
  blank	415	415	
  body	416	471	The state share makes the plan affordable for the city.
  blank	472	472	
  credit	473	503	With assistance from Ana Ruiz.

Dates from "Published" lines beat "Updated" ones; with no date at all,
the latest full date in the text is used and marked inferred:

  $ cd "$TESTDIR/../fixtures/ingest" && factdiff inspect meta-stamp.txt meta-inferred.txt | grep '^#'
  # doc meta-stamp
  #   path      meta-stamp.txt
  #   outlet    meta-stamp
  #   date      2026-03-05 (dateline)
  #   time      21:30
  #   tz        KST
  #   title     Council backs bridge repairs
  #   dateline  SEOUL
  #   url       -
  # doc meta-inferred
  #   path      meta-inferred.txt
  #   outlet    meta-inferred
  #   date      2026-03-03 (inferred)
  #   time      -
  #   tz        -
  #   title     Council backs bridge repairs
  #   dateline  NEW YORK/BOSTON, Westland
  #   url       -

Standard input takes --date and --outlet:

  $ printf 'Council backs plan\n\nThe council voted.\n' | factdiff inspect --date 2026-03-01 --outlet 'Desk Wire' -
  # doc -
  #   path      -
  #   outlet    Desk Wire
  #   date      2026-03-01 (option)
  #   time      -
  #   tz        -
  #   title     Council backs plan
  #   dateline  -
  #   url       -
  headline	0	18	Council backs plan
  blank	19	19	
  body	20	38	The council voted.

JSON Lines give id, outlet, date, title and URL; offsets are into the
decoded text:

  $ printf '{"id":"w1","text":"Caf\\u00e9 opens\\nIt opened on Monday.","outlet":"Wire","date":"2026-03-05T08:15:00-05:00"}\n' > feed.jsonl
  $ factdiff inspect feed.jsonl
  # doc w1
  #   path      feed.jsonl:1
  #   outlet    Wire
  #   date      2026-03-05 (jsonl)
  #   time      08:15
  #   tz        -05:00
  #   title     Café opens
  #   dateline  -
  #   url       -
  headline	0	11	Café opens
  body	12	32	It opened on Monday.
