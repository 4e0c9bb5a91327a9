# bench: benchmarks, run by `make bench` (never by `make check`).
.PHONY: bench
bench: all
	@echo "no benchmarks yet"
