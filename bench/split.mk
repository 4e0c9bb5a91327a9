# bench/split.mk: benchmarks of the split stage (see bench/local.mk).
EXTRA_PROGRAMS += bench/bench-split
bench_bench_split_SOURCES = bench/bench-split.c
bench_bench_split_LDADD = $(FD_LIBS)
CLEANFILES += bench/bench-split$(EXEEXT)

# Reads the development texts when they are there, else generates its own.
BENCH_TARGETS += bench-split
bench-split: bench/bench-split$(EXEEXT)
	./bench/bench-split$(EXEEXT) "$${FD_EVAL-$(abs_top_srcdir)/../shared/eval}"
