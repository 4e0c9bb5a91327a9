# bench/split.mk: benchmarks of the split stage (see bench/local.mk).
