#requires-seeds
factdiff dedup --format=json on the seed articles: ids and byte spans.

  $ cd "$FD_SEEDS" && factdiff dedup --format=json *.txt > "$scratch/seeds.json"; echo $?
  0

The passages of the shared byline (000 bytes 4735-4810) and of the caption
whose credit changed from AP to AFP:

  $ sed -n '/^"passages"/,/^"pairs"/p' "$scratch/seeds.json" | grep -E '"start":4735|"text":"AP"'
  {"kind":"cross-outlet","similarity":0.857,"a":{"doc":"000_cd6b4697a7040457","start":2662,"end":2761,"containment":0.027},"b":{"doc":"004_c68a885a615fd2ee","start":3717,"end":3809,"containment":0.026},"classes":["caption"],"changes":[{"a":{"start":2713,"end":2719,"text":"Donald"},"b":{"start":3768,"end":3768,"text":""},"facts":["name"]},{"a":{"start":2755,"end":2757,"text":"AP"},"b":{"start":3802,"end":3805,"text":"AFP"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":0.857,"a":{"doc":"000_cd6b4697a7040457","start":2662,"end":2761,"containment":0.027},"b":{"doc":"004_c68a885a615fd2ee","start":3818,"end":3910,"containment":0.026},"classes":["caption"],"changes":[{"a":{"start":2713,"end":2719,"text":"Donald"},"b":{"start":3869,"end":3869,"text":""},"facts":["name"]},{"a":{"start":2755,"end":2757,"text":"AP"},"b":{"start":3903,"end":3906,"text":"AFP"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":1,"a":{"doc":"000_cd6b4697a7040457","start":4735,"end":4810,"containment":0.02},"b":{"doc":"004_c68a885a615fd2ee","start":4458,"end":4533,"containment":0.021},"classes":["byline"],"changes":[]},

The near-duplicate sentences (the consultations with China, the byline):

  $ sed -n '/^"near"/,/^"passages"/p' "$scratch/seeds.json" | grep '"kind"' | grep -o '"kind":"[^"]*","similarity":[0-9.]*,"a":{[^}]*},"b":{[^}]*}'
  "kind":"cross-outlet","similarity":0.667,"a":{"doc":"000_cd6b4697a7040457","start":2634,"end":2769},"b":{"doc":"004_c68a885a615fd2ee","start":3717,"end":3817}
  "kind":"cross-outlet","similarity":0.667,"a":{"doc":"000_cd6b4697a7040457","start":2634,"end":2769},"b":{"doc":"004_c68a885a615fd2ee","start":3818,"end":3918}
  "kind":"cross-outlet","similarity":0.594,"a":{"doc":"000_cd6b4697a7040457","start":4543,"end":4734},"b":{"doc":"004_c68a885a615fd2ee","start":4320,"end":4456}
  "kind":"cross-outlet","similarity":0.6,"a":{"doc":"000_cd6b4697a7040457","start":4735,"end":4811},"b":{"doc":"004_c68a885a615fd2ee","start":4458,"end":4502}
