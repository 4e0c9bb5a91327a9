# src/compare: stage 5, align claims across outlets and judge them.
libfactdiff_a_SOURCES += src/compare/compare.c src/compare/align.c \
	src/compare/context.c src/compare/copies.c src/compare/value.c \
	src/compare/wdiff.c
noinst_HEADERS += src/compare/compare.h src/compare/align.h \
	src/compare/context.h src/compare/copies.h src/compare/value.h \
	src/compare/wdiff.h
