# bench/ingest.mk: benchmarks of the ingest stage (see bench/local.mk).
EXTRA_PROGRAMS += bench/bench-ingest
bench_bench_ingest_SOURCES = bench/bench-ingest.c
bench_bench_ingest_LDADD = $(FD_LIBS)
CLEANFILES += bench/bench-ingest$(EXEEXT)
BENCH_TARGETS += bench-ingest
bench-ingest: bench/bench-ingest$(EXEEXT)
	./bench/bench-ingest$(EXEEXT)
