# bench: benchmarks, run by `make bench` (never by `make check`).  Each
# stage adds its programs to EXTRA_PROGRAMS and its target to BENCH_TARGETS
# in its own bench/<stage>.mk.
BENCH_TARGETS =
EXTRA_PROGRAMS =
include bench/ingest.mk
include bench/split.mk
include bench/dedup.mk
include bench/claims.mk

.PHONY: bench $(BENCH_TARGETS)
bench: all $(BENCH_TARGETS)
