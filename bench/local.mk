# bench: benchmarks, run by `make bench` (never by `make check`).  Each
# stage adds its programs to EXTRA_PROGRAMS and its target to BENCH_TARGETS
# in its own bench/<stage>.mk; `make bench-stages-all` runs those.
#
# `make bench` prints one table (bench/run.sh): per stage and end to end,
# MB/s, articles/s and peak RSS at BENCH_SIZES articles (default 1000
# 10000 100000), medians of BENCH_RUNS runs (default 3).  Collections go
# under $(BENCH_DIR), never into the tree.  See bench/run.sh for the other
# knobs.  How long (2 cores, 3 runs): 1k about 30 s; 10k about 5 min once
# compare's alignment works per story (until then its all-pairs clustering
# makes 10k and 100k hit BENCH_TIMEOUT, 900 s per measurement).  For a
# quick table: make bench BENCH_SIZES="1000 10000" BENCH_RUNS=1.
BENCH_TARGETS =
include bench/ingest.mk
include bench/split.mk
include bench/dedup.mk
include bench/claims.mk

EXTRA_PROGRAMS += bench/bench-stages
bench_bench_stages_SOURCES = bench/bench-stages.c src/cli/alloc.c
bench_bench_stages_LDADD = $(FD_LIBS) $(JEMALLOC_LIBS)
CLEANFILES += bench/bench-stages$(EXEEXT)
dist_noinst_SCRIPTS += bench/run.sh

BENCH_SIZES ?= 1000 10000 100000
BENCH_RUNS ?= 3

.PHONY: bench bench-stages-all $(BENCH_TARGETS)
bench: all bench/gen$(EXEEXT) bench/bench-stages$(EXEEXT)
	BENCH_SIZES="$(BENCH_SIZES)" BENCH_RUNS="$(BENCH_RUNS)" \
	  BENCH_DIR="$(BENCH_DIR)" $(SHELL) $(top_srcdir)/bench/run.sh .
bench-stages-all: all $(BENCH_TARGETS)
