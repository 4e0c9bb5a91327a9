#requires-seeds
factdiff dedup on the five seed articles.  (Run from the seeds folder with
the file names, so that document ids do not depend on where the seeds live.)
Expected: the captions 004 repeats line after line, the byline that 000 and
004 share, the sentence about consultations with China, and the photo
credit that differs between two captions of one photo (AP against AFP).

  $ cd "$FD_SEEDS" && factdiff dedup *.txt > "$scratch/seeds.out"; echo $?
  0

The repeated captions, within 004:

  $ grep -A2 '^  within' "$scratch/seeds.out" | grep -v '^--'
    within [body] "- Japan to Charge Foreigners More for Residence Permits, Looking to Alig…"
      002_377e5374b61a864d.txt:16
      002_377e5374b61a864d.txt:31
    within [body] "South Korean President Lee Jae-myung (left) has his first phone call wit…"
      004_c68a885a615fd2ee.txt:17
      004_c68a885a615fd2ee.txt:18
    within [body] "South Korean President Lee Jae-myung has his first phone call with Japan…"
      004_c68a885a615fd2ee.txt:30
      004_c68a885a615fd2ee.txt:31
    within [body] "Japan's Prime Minister Shigeru Ishiba speaks during a press conference a…"
      004_c68a885a615fd2ee.txt:45
      004_c68a885a615fd2ee.txt:46
    within [body] "Lee Jae-myung (left) has his first phone call with Trump on June 6,2025 …"
      004_c68a885a615fd2ee.txt:58
      004_c68a885a615fd2ee.txt:59

The near-duplicate sentences and the passages, with what changed:

  $ sed -n '/^near-duplicate/,/^article pairs/p' "$scratch/seeds.out"
  near-duplicate sentences: 3
    cross-outlet 0.67 000_cd6b4697a7040457.txt:14 ~ 004_c68a885a615fd2ee.txt:58
      a: "South Korea's new President Lee Jae-myung (left) has his first phone cal…"
      b: "Lee Jae-myung (left) has his first phone call with Trump on June 6,2025 …"
      changed: "South Korea's new President" -> "" [name]
      changed: "Donald" -> "" [name]
      changed: "AP" -> "AFP" [name, credit]
      changed: "Yonhap" -> "Yonhap" [name, credit]
    cross-outlet 0.67 000_cd6b4697a7040457.txt:14 ~ 004_c68a885a615fd2ee.txt:59
      a: "South Korea's new President Lee Jae-myung (left) has his first phone cal…"
      b: "Lee Jae-myung (left) has his first phone call with Trump on June 6,2025 …"
      changed: "South Korea's new President" -> "" [name]
      changed: "Donald" -> "" [name]
      changed: "AP" -> "AFP" [name, credit]
      changed: "Yonhap" -> "Yonhap" [name, credit]
    cross-outlet 0.59 000_cd6b4697a7040457.txt:22 ~ 004_c68a885a615fd2ee.txt:67
      a: "Seoul officials said the Korean government is also in consultations with…"
      b: "Seoul officials said the Korean government is also in consultations with…"
      changed: "a meeting" -> "phone talks"
      changed: "following a phone conversation between the two last week" -> ""
  
  passages: 14
    cross-outlet 0.92 000_cd6b4697a7040457.txt:5 [752,809) 2% ~ 001_934898ab26c7ee22.txt:3 [290,342) 2% [body]
      "on the sidelines of the Group of Seven (G7) Summit in the"
      changed: "G7" -> "" [number]
    cross-outlet 0.79 000_cd6b4697a7040457.txt:2 [165,251) 2% ~ 003_f76ad75cc17fbb52.txt:3 [112,179) 3% [body]
      "with Japanese Prime Minister Shigeru Ishiba during their talks on the si…"
      changed: "during their talks" -> ""
    cross-outlet 1.00 000_cd6b4697a7040457.txt:3 [355,447) 2% ~ 003_f76ad75cc17fbb52.txt:3 [66,158) 4% [body]
      "President Lee Jae-myung held his first summit with Japanese Prime Minist…"
    cross-outlet 1.00 000_cd6b4697a7040457.txt:8 [1633,1700) 1% ~ 003_f76ad75cc17fbb52.txt:3 [112,179) 3% [body]
      "with Japanese Prime Minister Shigeru Ishiba on the sidelines of the"
    cross-outlet 0.54 000_cd6b4697a7040457.txt:3 [325,444) 2% ~ 004_c68a885a615fd2ee.txt:20 [655,808) 3% [body]
      "South Korea’s newly elected President Lee Jae-myung held his first sum…"
      changed: "held his first summit" -> "on Monday had his first official telephone conversation" [date]
    cross-outlet 1.00 000_cd6b4697a7040457.txt:14 [2652,2712) 1% ~ 004_c68a885a615fd2ee.txt:17 [409,469) 2% [body]
      "President Lee Jae-myung (left) has his first phone call with"
    cross-outlet 1.00 000_cd6b4697a7040457.txt:14 [2652,2712) 1% ~ 004_c68a885a615fd2ee.txt:18 [538,598) 2% [body]
      "President Lee Jae-myung (left) has his first phone call with"
    cross-outlet 0.86 000_cd6b4697a7040457.txt:14 [2662,2761) 3% ~ 004_c68a885a615fd2ee.txt:58 [3717,3809) 3% [body]
      "Lee Jae-myung (left) has his first phone call with Donald Trump on June …"
      changed: "Donald" -> "" [name]
      changed: "AP" -> "AFP" [name, credit]
    cross-outlet 0.86 000_cd6b4697a7040457.txt:14 [2662,2761) 3% ~ 004_c68a885a615fd2ee.txt:59 [3818,3910) 3% [body]
      "Lee Jae-myung (left) has his first phone call with Donald Trump on June …"
      changed: "Donald" -> "" [name]
      changed: "AP" -> "AFP" [name, credit]
    cross-outlet 1.00 000_cd6b4697a7040457.txt:16 [3163,3236) 1% ~ 004_c68a885a615fd2ee.txt:48 [3052,3125) 1% [body]
      "the 60th anniversary of the normalization of diplomatic relations betwee…"
    cross-outlet 0.83 000_cd6b4697a7040457.txt:22 [4543,4676) 3% ~ 004_c68a885a615fd2ee.txt:67 [4320,4455) 3% [body]
      "Seoul officials said the Korean government is also in consultations with…"
      changed: "a meeting" -> "phone talks"
    cross-outlet 1.00 000_cd6b4697a7040457.txt:23 [4735,4810) 2% ~ 004_c68a885a615fd2ee.txt:69 [4458,4533) 2% [body]
      "Write to Jae-young Han at jyhan@hankyung.com In-Soo Nam edited this arti…"
    cross-outlet 1.00 001_934898ab26c7ee22.txt:3 [290,338) 2% ~ 002_377e5374b61a864d.txt:5 [555,603) 2% [body]
      "on the sidelines of the Group of Seven summit in"
    cross-outlet 1.00 001_934898ab26c7ee22.txt:3 [389,457) 2% ~ 002_377e5374b61a864d.txt:7 [873,942) 2% [body]
      "the 60th anniversary of the normalization of diplomatic ties between"
  
  article pairs: 4

Stories:

  $ sed -n '/^stories/,$p' "$scratch/seeds.out"
  stories:
    0: 000_cd6b4697a7040457.txt
    1: 001_934898ab26c7ee22.txt
    2: 002_377e5374b61a864d.txt
    3: 003_f76ad75cc17fbb52.txt
    4: 004_c68a885a615fd2ee.txt
