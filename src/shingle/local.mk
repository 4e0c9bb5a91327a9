# src/shingle: stage 3a, word tokens and XXH3 shingle fingerprints.
libfactdiff_a_SOURCES += src/shingle/token.c src/shingle/shingle.c
noinst_HEADERS += src/shingle/token.h src/shingle/shingle.h
