# bench/dedup.mk: benchmarks of the dedup stage (see bench/local.mk).
