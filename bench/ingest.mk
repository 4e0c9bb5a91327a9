# bench/ingest.mk: benchmarks of the ingest stage (see bench/local.mk).
# On this branch nothing defines EXTRA_PROGRAMS before this file, so it is
# set here; where Makefile.am already says "EXTRA_PROGRAMS =" (main does),
# this line must read "EXTRA_PROGRAMS += bench/bench-ingest".
EXTRA_PROGRAMS = bench/bench-ingest
bench_bench_ingest_SOURCES = bench/bench-ingest.c
bench_bench_ingest_LDADD = $(FD_LIBS)
CLEANFILES += bench/bench-ingest$(EXEEXT)
BENCH_TARGETS += bench-ingest
bench-ingest: bench/bench-ingest$(EXEEXT)
	./bench/bench-ingest$(EXEEXT)
