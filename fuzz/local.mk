# fuzz: libFuzzer targets of the library, built with clang outside the
# autotools build (fuzz/build.sh) and run for a bounded time each:
#
#   make fuzz                      every target, FUZZ_SECONDS each
#   make fuzz FUZZ_SECONDS=600 FUZZ_TARGETS=fuzz-split
#   make fuzz-build                only build them (in fuzz/out/)
#
# Inputs that crashed, leaked or hung are kept as regression tests in
# tests/hostile/fuzz/<target>/, replayed by `make check` (tests/hostile/).

FUZZ_CC = clang
FUZZ_SECONDS = 60
FUZZ_TARGETS =
FUZZ_FLAGS =
FUZZ_OUT = $(abs_top_builddir)/fuzz/out

fuzz-build:
	FUZZ_CC='$(FUZZ_CC)' $(SHELL) $(top_srcdir)/fuzz/build.sh \
	  '$(abs_top_srcdir)' '$(FUZZ_OUT)' $(libfactdiff_a_SOURCES)

fuzz: fuzz-build
	PYTHON3='$(PYTHON3)' FUZZ_FLAGS='$(FUZZ_FLAGS)' \
	  $(SHELL) $(top_srcdir)/fuzz/run.sh \
	  '$(abs_top_srcdir)' '$(FUZZ_OUT)' '$(FUZZ_SECONDS)' $(FUZZ_TARGETS)

clean-fuzz:
	rm -rf '$(FUZZ_OUT)'

clean-local: clean-fuzz
.PHONY: fuzz fuzz-build clean-fuzz

EXTRA_DIST += fuzz/build.sh fuzz/run.sh fuzz/seeds.sh fuzz/factdiff.dict \
	fuzz/fuzz-common.h fuzz/fuzz-ingest-text.c fuzz/fuzz-ingest-jsonl.c \
	fuzz/fuzz-split.c fuzz/fuzz-claims.c fuzz/fuzz-pipeline.c
