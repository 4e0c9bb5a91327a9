# bench/ingest.mk: benchmarks of the ingest stage (see bench/local.mk).
