# src/core: pieces every stage uses (exit codes, JSON writing, atomic files).
libfactdiff_a_SOURCES += src/core/json.c src/core/atomic.c
noinst_HEADERS += src/core/exit.h src/core/json.h src/core/atomic.h \
	src/core/sort.h src/core/ascii8.h
