#requires-seeds
factdiff dedup on the five seed articles.  (Run from the seeds folder with
the file names, so that document ids do not depend on where the seeds live.)
Expected: the captions 004 repeats line after line, the byline that 000 and
004 share, the sentence about consultations with China, and the photo
credit that differs between two captions of one photo (AP against AFP).

  $ cd "$FD_SEEDS" && factdiff dedup *.txt > "$scratch/seeds.out"; echo $?
  0

(Only positions, kinds and the fact-bearing changed words are shown: the
seeds' sentences stay out of the project.)

The repeated captions, within 004:

  $ grep -A2 '^  within' "$scratch/seeds.out" | grep -v '^--' | sed 's/ ".*"$//'
    within [related]
      002_377e5374b61a864d:17
      002_377e5374b61a864d:32
    within [caption]
      004_c68a885a615fd2ee:17
      004_c68a885a615fd2ee:18
    within [caption]
      004_c68a885a615fd2ee:30
      004_c68a885a615fd2ee:31
    within [caption]
      004_c68a885a615fd2ee:45
      004_c68a885a615fd2ee:46
    within [caption]
      004_c68a885a615fd2ee:58
      004_c68a885a615fd2ee:59

The near-duplicate sentences and the passages, with what changed:

  $ sed -n '/^near-duplicate/,/^article pairs/p' "$scratch/seeds.out" | grep -v -e '^ *[ab]: ' -e '^ *changed: .*[^]]$' -e '^ *"'
  near-duplicate sentences: 4
    cross-outlet 0.67 000_cd6b4697a7040457:14 ~ 004_c68a885a615fd2ee:58
      changed: "South Korea's new President" -> "" [name]
      changed: "Donald" -> "" [name]
      changed: "AP" -> "AFP" [name, credit]
      changed: "Yonhap" -> "Yonhap" [name, credit]
    cross-outlet 0.67 000_cd6b4697a7040457:14 ~ 004_c68a885a615fd2ee:59
      changed: "South Korea's new President" -> "" [name]
      changed: "Donald" -> "" [name]
      changed: "AP" -> "AFP" [name, credit]
      changed: "Yonhap" -> "Yonhap" [name, credit]
    cross-outlet 0.59 000_cd6b4697a7040457:22 ~ 004_c68a885a615fd2ee:67
    cross-outlet 0.60 000_cd6b4697a7040457:23 ~ 004_c68a885a615fd2ee:69
      changed: "In-Soo Nam edited this article" -> "" [name]
  
  passages: 14
    cross-outlet 0.92 000_cd6b4697a7040457:5 [752,809) 2% ~ 001_934898ab26c7ee22:3 [290,342) 2% [body]
      changed: "G7" -> "" [number]
    cross-outlet 0.79 000_cd6b4697a7040457:2 [165,251) 2% ~ 003_f76ad75cc17fbb52:3 [112,179) 3% [body,caption]
    cross-outlet 1.00 000_cd6b4697a7040457:3 [355,447) 2% ~ 003_f76ad75cc17fbb52:3 [66,158) 4% [body]
    cross-outlet 1.00 000_cd6b4697a7040457:8 [1633,1700) 1% ~ 003_f76ad75cc17fbb52:3 [112,179) 3% [body,caption]
    cross-outlet 0.54 000_cd6b4697a7040457:3 [325,444) 2% ~ 004_c68a885a615fd2ee:20 [655,808) 3% [body]
      changed: "held his first summit" -> "on Monday had his first official telephone conversation" [date]
    cross-outlet 1.00 000_cd6b4697a7040457:14 [2652,2712) 1% ~ 004_c68a885a615fd2ee:17 [409,469) 2% [caption]
    cross-outlet 1.00 000_cd6b4697a7040457:14 [2652,2712) 1% ~ 004_c68a885a615fd2ee:18 [538,598) 2% [caption]
    cross-outlet 0.86 000_cd6b4697a7040457:14 [2662,2761) 3% ~ 004_c68a885a615fd2ee:58 [3717,3809) 3% [caption]
      changed: "Donald" -> "" [name]
      changed: "AP" -> "AFP" [name, credit]
    cross-outlet 0.86 000_cd6b4697a7040457:14 [2662,2761) 3% ~ 004_c68a885a615fd2ee:59 [3818,3910) 3% [caption]
      changed: "Donald" -> "" [name]
      changed: "AP" -> "AFP" [name, credit]
    cross-outlet 1.00 000_cd6b4697a7040457:16 [3163,3236) 1% ~ 004_c68a885a615fd2ee:48 [3052,3125) 1% [body]
    cross-outlet 0.83 000_cd6b4697a7040457:22 [4543,4676) 3% ~ 004_c68a885a615fd2ee:67 [4320,4455) 3% [body]
    cross-outlet 1.00 000_cd6b4697a7040457:23 [4735,4810) 2% ~ 004_c68a885a615fd2ee:69 [4458,4533) 2% [byline]
    cross-outlet 1.00 001_934898ab26c7ee22:3 [290,338) 2% ~ 002_377e5374b61a864d:5 [555,603) 2% [body]
    cross-outlet 1.00 001_934898ab26c7ee22:3 [389,457) 2% ~ 002_377e5374b61a864d:7 [873,942) 2% [body]
  
  article pairs: 4

Stories:

  $ sed -n '/^stories/,$p' "$scratch/seeds.out"
  stories:
    0: 000_cd6b4697a7040457
    1: 001_934898ab26c7ee22
    2: 002_377e5374b61a864d
    3: 003_f76ad75cc17fbb52
    4: 004_c68a885a615fd2ee
