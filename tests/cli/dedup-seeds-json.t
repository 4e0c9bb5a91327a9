#requires-seeds
factdiff dedup --format=json on the seed articles: ids and byte spans.

  $ cd "$FD_SEEDS" && factdiff dedup --format=json *.txt > "$scratch/seeds.json"; echo $?
  0

The passages of the shared byline (000 bytes 4735-4810) and of the caption
whose credit changed from AP to AFP:

  $ sed -n '/^"passages"/,/^"pairs"/p' "$scratch/seeds.json" | grep -E '"start":4735|"text":"AP"'
  {"kind":"cross-outlet","similarity":0.857,"a":{"doc":"000_cd6b4697a7040457.txt","start":2662,"end":2761,"containment":0.027},"b":{"doc":"004_c68a885a615fd2ee.txt","start":3717,"end":3809,"containment":0.026},"classes":["body"],"changes":[{"a":{"start":2713,"end":2719,"text":"Donald"},"b":{"start":3768,"end":3768,"text":""},"facts":["name"]},{"a":{"start":2755,"end":2757,"text":"AP"},"b":{"start":3802,"end":3805,"text":"AFP"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":0.857,"a":{"doc":"000_cd6b4697a7040457.txt","start":2662,"end":2761,"containment":0.027},"b":{"doc":"004_c68a885a615fd2ee.txt","start":3818,"end":3910,"containment":0.026},"classes":["body"],"changes":[{"a":{"start":2713,"end":2719,"text":"Donald"},"b":{"start":3869,"end":3869,"text":""},"facts":["name"]},{"a":{"start":2755,"end":2757,"text":"AP"},"b":{"start":3903,"end":3906,"text":"AFP"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":1,"a":{"doc":"000_cd6b4697a7040457.txt","start":4735,"end":4810,"containment":0.02},"b":{"doc":"004_c68a885a615fd2ee.txt","start":4458,"end":4533,"containment":0.021},"classes":["body"],"changes":[]},

The near-duplicate sentences (the consultations with China, the byline):

  $ sed -n '/^"near"/,/^"passages"/p' "$scratch/seeds.json" | grep '"kind"'
  {"kind":"cross-outlet","similarity":0.667,"a":{"doc":"000_cd6b4697a7040457.txt","start":2634,"end":2769},"b":{"doc":"004_c68a885a615fd2ee.txt","start":3717,"end":3817},"changes":[{"a":{"start":2634,"end":2661,"text":"South Korea's new President"},"b":{"start":3717,"end":3717,"text":""},"facts":["name"]},{"a":{"start":2713,"end":2719,"text":"Donald"},"b":{"start":3768,"end":3768,"text":""},"facts":["name"]},{"a":{"start":2755,"end":2757,"text":"AP"},"b":{"start":3802,"end":3805,"text":"AFP"},"facts":["name","credit"]},{"a":{"start":2762,"end":2768,"text":"Yonhap"},"b":{"start":3810,"end":3816,"text":"Yonhap"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":0.667,"a":{"doc":"000_cd6b4697a7040457.txt","start":2634,"end":2769},"b":{"doc":"004_c68a885a615fd2ee.txt","start":3818,"end":3918},"changes":[{"a":{"start":2634,"end":2661,"text":"South Korea's new President"},"b":{"start":3818,"end":3818,"text":""},"facts":["name"]},{"a":{"start":2713,"end":2719,"text":"Donald"},"b":{"start":3869,"end":3869,"text":""},"facts":["name"]},{"a":{"start":2755,"end":2757,"text":"AP"},"b":{"start":3903,"end":3906,"text":"AFP"},"facts":["name","credit"]},{"a":{"start":2762,"end":2768,"text":"Yonhap"},"b":{"start":3911,"end":3917,"text":"Yonhap"},"facts":["name","credit"]}]},
  {"kind":"cross-outlet","similarity":0.594,"a":{"doc":"000_cd6b4697a7040457.txt","start":4543,"end":4734},"b":{"doc":"004_c68a885a615fd2ee.txt","start":4320,"end":4456},"changes":[{"a":{"start":4633,"end":4642,"text":"a meeting"},"b":{"start":4410,"end":4421,"text":"phone talks"},"facts":[]},{"a":{"start":4677,"end":4733,"text":"following a phone conversation between the two last week"},"b":{"start":4458,"end":4458,"text":""},"facts":[]}]}],
