#requires-seeds
The real pages in $FD_SEEDS.  Only classes and offsets are shown here
(the articles are other people's text): no ticker line and no
related-article headline may be body.

  $ cd "$FD_SEEDS" && factdiff inspect 002_*.txt 004_*.txt | grep -v '^#   title' | cut -f 1-3
  # doc 002_377e5374b61a864d
  #   path      002_377e5374b61a864d.txt
  #   outlet    002_377e5374b61a864d
  #   date      2025-06-18 (dateline)
  #   time      15:46
  #   tz        JST
  #   dateline  KANANASKIS/BANFF, Canada
  #   url       -
  headline	0	120
  caption	121	266
  dateline	267	291
  body	292	516
  body	517	611
  body	612	771
  body	772	969
  body	970	1230
  body	1231	1477
  body	1478	1593
  body	1594	1714
  body	1715	1905
  body	1906	2059
  related	2060	2072
  related	2073	2099
  related	2100	2101
  related	2102	2196
  related	2197	2198
  related	2199	2309
  related	2310	2311
  related	2312	2408
  related	2409	2410
  related	2411	2512
  related	2513	2514
  related	2515	2647
  related	2648	2665
  related	2666	2667
  related	2668	2727
  related	2728	2729
  related	2730	2806
  related	2807	2808
  related	2809	2903
  related	2904	2905
  related	2906	2964
  related	2965	2966
  related	2967	3011
  blank	3012	3012
  
  # doc 004_c68a885a615fd2ee
  #   path      004_c68a885a615fd2ee.txt
  #   outlet    004_c68a885a615fd2ee
  #   date      2025-06-09 (inferred)
  #   time      -
  #   tz        -
  #   dateline  -
  #   url       -
  navigation	0	15
  ticker	16	49
  ticker	50	82
  ticker	83	117
  ticker	118	149
  navigation	150	170
  navigation	171	190
  blank	191	191
  headline	192	263
  blank	264	264
  headline	265	366
  blank	367	367
  meta	368	382
  blank	383	383
  meta	384	394
  blank	395	395
  caption	396	524
  caption	525	653
  blank	654	654
  body	655	953
  blank	954	954
  body	955	1101
  blank	1102	1102
  body	1103	1281
  blank	1282	1282
  body	1283	1390
  blank	1391	1391
  body	1392	1593
  blank	1594	1594
  caption	1595	1700
  caption	1701	1806
  blank	1807	1807
  section	1808	1827
  blank	1828	1828
  body	1829	1937
  blank	1938	1938
  body	1939	2065
  blank	2066	2066
  body	2067	2234
  blank	2235	2235
  body	2236	2427
  blank	2428	2428
  body	2429	2717
  blank	2718	2718
  caption	2719	2878
  caption	2879	3038
  blank	3039	3039
  body	3040	3284
  blank	3285	3285
  body	3286	3418
  blank	3419	3419
  section	3420	3440
  blank	3441	3441
  body	3442	3570
  blank	3571	3571
  body	3572	3715
  blank	3716	3716
  caption	3717	3817
  caption	3818	3918
  blank	3919	3919
  body	3920	4017
  blank	4018	4018
  body	4019	4140
  blank	4141	4141
  body	4142	4318
  blank	4319	4319
  body	4320	4456
  blank	4457	4457
  byline	4458	4502
  byline	4503	4534
  related	4535	4547
  comment	4548	4557
  comment	4558	4563

Every seed gets a publication date; guessed ones say "inferred":

  $ cd "$FD_SEEDS" && factdiff inspect *.txt | grep -E '^# doc|^#   (date|time|tz) '
  # doc 000_cd6b4697a7040457
  #   date      2025-06-17 (inferred)
  #   time      -
  #   tz        -
  # doc 001_934898ab26c7ee22
  #   date      2025-06-18 (header)
  #   time      -
  #   tz        -
  # doc 002_377e5374b61a864d
  #   date      2025-06-18 (dateline)
  #   time      15:46
  #   tz        JST
  # doc 003_f76ad75cc17fbb52
  #   date      2025-06-18 (header)
  #   time      -
  #   tz        -
  # doc 004_c68a885a615fd2ee
  #   date      2025-06-09 (inferred)
  #   time      -
  #   tz        -
