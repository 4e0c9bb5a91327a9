# src/compare: stage 5, align claims across outlets and judge them.
libfactdiff_a_SOURCES += src/compare/compare.c
noinst_HEADERS += src/compare/compare.h
