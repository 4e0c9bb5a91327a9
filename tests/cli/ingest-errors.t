Bad inputs: each gets one line on stderr naming the file, the others are
still read, and the exit status is 2.

  $ printf 'A good article.\n' > good.txt
  $ printf 'first line\nbad \377 byte\n' > bad.txt
  $ printf 'a\000b\n' > nul.txt
  $ printf '\377\376H\000i\000' > wide.txt
  $ : > empty.txt
  $ printf '  \n\n' > blank.txt
  $ printf '{"id":"a","text":"One."}\n{"id":"b"}\nnot json\n{"id":"c","text":"Three."}\n' > feed.jsonl
  $ factdiff inspect bad.txt nul.txt wide.txt empty.txt blank.txt missing.txt feed.jsonl good.txt > out.txt
  factdiff: bad.txt:2: invalid UTF-8 at byte 15
  factdiff: nul.txt:1: NUL byte at byte 1
  factdiff: wide.txt: UTF-16LE text (byte order mark); convert it to UTF-8
  factdiff: empty.txt: empty file
  factdiff: blank.txt: nothing but white space
  factdiff: missing.txt: No such file or directory
  factdiff: feed.jsonl:2: missing "text"
  factdiff: feed.jsonl:3: invalid JSON at column 3: unexpected identifier `not', expected value
  [2]
  $ grep '^# doc' out.txt
  # doc a
  # doc c
  # doc good

A bad --date is reported too, and ignored:

  $ factdiff inspect --date tomorrow good.txt | grep '^#   date '
  factdiff: --date: not a date: tomorrow
  #   date      -

A directory with a symbolic link back to itself is read once:

  $ mkdir -p corpus/sub && cp good.txt corpus/sub/a.txt && ln -s .. corpus/sub/up
  $ factdiff inspect corpus | grep '^# doc'
  factdiff: corpus/sub/up: symbolic link loop (leads back to a directory above it); not followed
  # doc sub/a

No input at all is a usage error:

  $ factdiff inspect
  factdiff: inspect needs a PATH (a file, a directory or '-')
  Try 'factdiff --help'
  [2]
