# bench/dedup.mk: benchmarks of the dedup stage (see bench/local.mk).
# `make bench-dedup` writes synthetic collections of 1k, 10k and 100k
# articles under $(BENCH_DIR) (not in the tree: 100k is about 400 MB) and
# prints one line of figures for each, then the end-to-end figures of
# `factdiff dedup --format=json` on 1 and 2 threads.  BENCH_DEDUP_SIZES and
# BENCH_DEDUP_RUNS pick the sizes and the runs per median.
EXTRA_PROGRAMS += bench/gen bench/bench-dedup
bench_gen_SOURCES = bench/gen.c
bench_gen_LDADD = $(GLIB_LIBS)
bench_bench_dedup_SOURCES = bench/bench-dedup.c src/cli/alloc.c
bench_bench_dedup_LDADD = $(FD_LIBS) $(JEMALLOC_LIBS)
CLEANFILES += bench/gen$(EXEEXT) bench/bench-dedup$(EXEEXT)

BENCH_DIR ?= /tmp/factdiff-bench
BENCH_DEDUP_SIZES ?= 1000 10000 100000
BENCH_DEDUP_RUNS ?= 3
BENCH_TARGETS += bench-dedup
bench-dedup: bench/gen$(EXEEXT) bench/bench-dedup$(EXEEXT) factdiff$(EXEEXT)
	@for n in $(BENCH_DEDUP_SIZES); do \
	  d=$(BENCH_DIR)/gen-$$n; \
	  test -f $$d/truth.tsv || bench/gen$(EXEEXT) $$d $$n 42 || exit 1; \
	  bench/bench-dedup$(EXEEXT) $$d $(BENCH_DEDUP_RUNS) ./factdiff$(EXEEXT) \
	    || exit 1; \
	done
