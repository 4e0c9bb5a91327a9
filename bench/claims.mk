# bench/claims.mk: the claim extractors: the adapter that lets the public
# scorers run them (bench/eval.sh), and throughput benchmarks.
noinst_PROGRAMS = bench/eval-adapter
bench_eval_adapter_SOURCES = bench/eval-adapter.c
bench_eval_adapter_LDADD = $(FD_LIBS)
dist_noinst_SCRIPTS += bench/eval.sh

BENCH_TARGETS += bench-eval
bench-eval: bench/eval-adapter$(EXEEXT)
	-$(SHELL) $(top_srcdir)/bench/eval.sh timex | tail -n 12
	-$(SHELL) $(top_srcdir)/bench/eval.sh quotes | tail -n 12
