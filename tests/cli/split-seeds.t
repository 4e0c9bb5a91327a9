#requires-seeds
The first seed article has photo captions glued to the sentence after
them, once after a credit in parentheses and once after a full date.  Each
caption must end its own output line, and the next line must start the
following sentence.  (Only counts and first words are shown here: the
seed's text stays out of the project.)

  $ factdiff split "$FD_SEEDS"/000_*.txt > out.txt; echo $?
  0
  $ wc -l < out.txt
  31
  $ awk '/\(Courtesy of [^)]*\)$/ || /, 20[0-9][0-9]$/ { c = NR; next } c && NR == c + 1 { print "caption ends line " c ", next starts with: " $1; c = 0 }' out.txt
  caption ends line 2, next starts with: KANANASKIS,
  caption ends line 10, next starts with: Ishiba
  caption ends line 18, next starts with: A
  caption ends line 25, next starts with: Earlier

No line holds a credit or a full date followed by more text.

  $ grep -cE 'Courtesy of [^)]*\) [A-Z]|, 20[0-9]{2} [A-Z][a-z]' out.txt
  0
  [1]
