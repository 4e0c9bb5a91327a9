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

# Temporal extraction: median MB/s over >= 20 MB, and the share right on the
# duckling phrase corpora (needs $(FD_EVAL) or ../shared/eval for both).
EXTRA_PROGRAMS += bench/bench-timex
bench_bench_timex_SOURCES = bench/bench-timex.c
bench_bench_timex_LDADD = $(FD_LIBS)
BENCH_TARGETS += bench-timex
bench-timex: bench/bench-timex$(EXEEXT)
	FD_EVAL="$${FD_EVAL-$(abs_top_srcdir)/../shared/eval}" \
	  ./bench/bench-timex$(EXEEXT)
