# src/dedup: stage 3b, exact and near duplicates, reused passages.
libfactdiff_a_SOURCES += src/dedup/table.c src/dedup/dedup.c \
	src/dedup/passage.c
noinst_HEADERS += src/dedup/table.h src/dedup/dedup.h \
	src/dedup/dedup-private.h
