Usage errors exit 2 and point at --help.

  $ factdiff --bogus
  factdiff: Unknown option --bogus
  Try 'factdiff --help'
  [2]

  $ factdiff
  factdiff: no input given
  Try 'factdiff --help'
  [2]

  $ factdiff --version
  factdiff 0.1.0

Help goes to stdout and exits 0, for the program and for each command.

  $ factdiff --help | head -n 3
  Usage:
    factdiff [OPTION…] [COMMAND] PATH...
  
  $ factdiff split --help | head -n 1
  Usage:
