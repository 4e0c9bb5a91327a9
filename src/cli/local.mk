# src/cli: the factdiff command (everything but main and the allocator's
# settings is in the library).
libfactdiff_a_SOURCES += src/cli/cli.c src/cli/cmd-compare.c \
	src/cli/cmd-split.c src/cli/cmd-dedup.c src/cli/cmd-claims.c \
	src/cli/cmd-inspect.c
noinst_HEADERS += src/cli/cli.h
factdiff_SOURCES += src/cli/main.c src/cli/alloc.c
