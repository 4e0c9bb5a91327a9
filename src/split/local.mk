# src/split: stage 2, sentence boundaries.
libfactdiff_a_SOURCES += src/split/split.c src/split/abbrev.c
noinst_HEADERS += src/split/split.h src/split/abbrev.h
