# bench/claims.mk: benchmarks of the claims stage (see bench/local.mk).
