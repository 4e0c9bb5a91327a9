# src/split: stage 2, sentence boundaries.
libfactdiff_a_SOURCES += src/split/split.c
noinst_HEADERS += src/split/split.h
