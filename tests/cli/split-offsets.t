`factdiff split --offsets` starts each sentence with its UTF-8 byte offsets
into the file, end exclusive.  The fixture has a headline, a sentence
wrapped after a title abbreviation, curly quotes, multi-byte letters and a
caption glued to the next sentence after a photo credit.

  $ factdiff split --offsets "$FD_FIXTURES/split/offsets.txt"
  0	33	Ferry Service Resumes After Storm
  34	90	The first ferry left Dún Laoghaire at 6 a.m. on Monday.
  91	163	Its captain, Capt. Ría Ortega, said the crossing was “calm enough.”
  164	183	Passengers cheered!
  185	229	Crews checked the pier (Photo by Tomas Weil)
  230	260	Repairs cost €1.2m in total.

The offsets cut the original bytes: the line break inside the third
sentence is still there.

  $ tail -c +92 "$FD_FIXTURES/split/offsets.txt" | head -c 72; echo
  Its captain, Capt.
  Ría Ortega, said the crossing was “calm enough.”
  $ tail -c +231 "$FD_FIXTURES/split/offsets.txt" | head -c 30; echo
  Repairs cost €1.2m in total.

Without --offsets, one sentence a line.

  $ factdiff split "$FD_FIXTURES/split/offsets.txt" | wc -l
  6

split takes exactly one input.

  $ factdiff split
  factdiff: split takes exactly one FILE or '-'
  Try 'factdiff --help'
  [2]

