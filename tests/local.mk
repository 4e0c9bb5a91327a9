# tests: Check unit suites (one program per module, TAP output) and shell
# transcript tests of the CLI, all run by `make check` under automake's TAP
# driver.  Each unit suite lists itself here; fixtures live in tests/.

TEST_EXTENSIONS = .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) \
	$(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(abs_top_srcdir)'; export top_srcdir; \
	top_builddir='$(abs_top_builddir)'; export top_builddir; \
	FACTDIFF='$(abs_top_builddir)/factdiff$(EXEEXT)'; export FACTDIFF; \
	FD_FIXTURES='$(abs_top_srcdir)/tests/fixtures'; export FD_FIXTURES; \
	FD_SEEDS="$${FD_SEEDS-$(abs_top_srcdir)/../shared/seeds}"; export FD_SEEDS; \
	FD_EVAL="$${FD_EVAL-$(abs_top_srcdir)/../shared/eval}"; export FD_EVAL; \
	PYTHON3='$(PYTHON3)'; export PYTHON3;

TEST_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
TEST_LIBS = $(FD_LIBS) $(CHECK_LIBS)
noinst_HEADERS += tests/unit/fd-test.h tests/unit/fd-test-doc.h

check_PROGRAMS += tests/unit/test-core
tests_unit_test_core_SOURCES = tests/unit/test-core.c
tests_unit_test_core_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_core_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/unit/test-ascii8
tests_unit_test_ascii8_SOURCES = tests/unit/test-ascii8.c
tests_unit_test_ascii8_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_ascii8_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/unit/test-numword
tests_unit_test_numword_SOURCES = tests/unit/test-numword.c
tests_unit_test_numword_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_numword_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/unit/test-compare
tests_unit_test_compare_SOURCES = tests/unit/test-compare.c
tests_unit_test_compare_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_compare_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/unit/test-seeds
tests_unit_test_seeds_SOURCES = tests/unit/test-seeds.c
tests_unit_test_seeds_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_seeds_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/unit/test-corpus
tests_unit_test_corpus_SOURCES = tests/unit/test-corpus.c
tests_unit_test_corpus_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_corpus_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/unit/test-number
tests_unit_test_number_SOURCES = tests/unit/test-number.c
tests_unit_test_number_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_number_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/unit/test-entity
tests_unit_test_entity_SOURCES = tests/unit/test-entity.c
tests_unit_test_entity_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_entity_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/unit/test-quote
tests_unit_test_quote_SOURCES = tests/unit/test-quote.c
tests_unit_test_quote_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_quote_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/unit/test-timex
tests_unit_test_timex_SOURCES = tests/unit/test-timex.c
tests_unit_test_timex_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_timex_LDADD = $(TEST_LIBS)

TESTS += $(check_PROGRAMS) tests/transcripts.sh
dist_noinst_SCRIPTS += tests/transcripts.sh
EXTRA_DIST += tests/cli tests/fixtures

# Valgrind over the unit suites (Check must not fork: valgrind would only
# watch the parent).
check-valgrind: $(check_PROGRAMS)
	@status=0; for t in $(check_PROGRAMS); do \
	  echo "valgrind $$t"; \
	  CK_FORK=no $(VALGRIND) --quiet --error-exitcode=1 --leak-check=full \
	    --errors-for-leak-kinds=definite \
	    --suppressions=$(top_srcdir)/tests/valgrind.supp \
	    ./$$t > /dev/null || status=1; \
	done; exit $$status
.PHONY: check-valgrind
EXTRA_DIST += tests/valgrind.supp

check_PROGRAMS += tests/unit/test-split
tests_unit_test_split_SOURCES = tests/unit/test-split.c
tests_unit_test_split_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_split_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/unit/test-shingle
tests_unit_test_shingle_SOURCES = tests/unit/test-shingle.c
tests_unit_test_shingle_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_shingle_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/unit/test-dedup
tests_unit_test_dedup_SOURCES = tests/unit/test-dedup.c
tests_unit_test_dedup_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_dedup_LDADD = $(TEST_LIBS)
# Reports (src/report): every format on a result built by hand
# (tests/report/sample.c), plus validators of the HTML, JUnit and SARIF
# output that skip when their tool is missing.
check_PROGRAMS += tests/unit/test-report tests/report/render-sample
tests_unit_test_report_SOURCES = tests/unit/test-report.c \
	tests/report/sample.c tests/report/sample.h
tests_unit_test_report_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_report_LDADD = $(TEST_LIBS)
tests_report_render_sample_SOURCES = tests/report/render-sample.c \
	tests/report/sample.c tests/report/sample.h
tests_report_render_sample_CFLAGS = $(AM_CFLAGS)
tests_report_render_sample_LDADD = $(FD_LIBS)

# Validators of the report formats (tests/report/*.check): they print TAP
# and exit 77 when their tool is missing, so their exit status is left to
# the TAP plan ("1..0 # SKIP").
TEST_EXTENSIONS += .check
CHECK_LOG_DRIVER = $(LOG_DRIVER) --ignore-exit
CHECK_LOG_COMPILER = $(SHELL)
TESTS += tests/report/validate-html.check tests/report/validate-junit.check \
	tests/report/validate-sarif.check
EXTRA_DIST += tests/report/validate-html.check \
	tests/report/validate-junit.check tests/report/validate-sarif.check \
	tests/report/junit.xsd
check_PROGRAMS += tests/unit/test-ingest
tests_unit_test_ingest_SOURCES = tests/unit/test-ingest.c
tests_unit_test_ingest_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_ingest_LDADD = $(TEST_LIBS)

# tests/hostile: what factdiff must survive.  The replay programs run each
# fuzz target (fuzz/) over the inputs that once broke it, kept in
# tests/hostile/fuzz/<target>/; hostile.sh feeds the CLI hostile files.
REPLAY_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir) \
	-DFD_SRCDIR=\"$(abs_top_srcdir)\"
check_PROGRAMS += tests/hostile/replay-ingest-text \
	tests/hostile/replay-ingest-jsonl tests/hostile/replay-split \
	tests/hostile/replay-claims tests/hostile/replay-pipeline
tests_hostile_replay_ingest_text_SOURCES = tests/hostile/replay.c \
	fuzz/fuzz-ingest-text.c
tests_hostile_replay_ingest_text_CPPFLAGS = $(REPLAY_CPPFLAGS) \
	-DFUZZ_TARGET=\"fuzz-ingest-text\"
tests_hostile_replay_ingest_text_LDADD = $(FD_LIBS)
tests_hostile_replay_ingest_jsonl_SOURCES = tests/hostile/replay.c \
	fuzz/fuzz-ingest-jsonl.c
tests_hostile_replay_ingest_jsonl_CPPFLAGS = $(REPLAY_CPPFLAGS) \
	-DFUZZ_TARGET=\"fuzz-ingest-jsonl\"
tests_hostile_replay_ingest_jsonl_LDADD = $(FD_LIBS)
tests_hostile_replay_split_SOURCES = tests/hostile/replay.c \
	fuzz/fuzz-split.c
tests_hostile_replay_split_CPPFLAGS = $(REPLAY_CPPFLAGS) \
	-DFUZZ_TARGET=\"fuzz-split\"
tests_hostile_replay_split_LDADD = $(FD_LIBS)
tests_hostile_replay_claims_SOURCES = tests/hostile/replay.c \
	fuzz/fuzz-claims.c
tests_hostile_replay_claims_CPPFLAGS = $(REPLAY_CPPFLAGS) \
	-DFUZZ_TARGET=\"fuzz-claims\"
tests_hostile_replay_claims_LDADD = $(FD_LIBS)
tests_hostile_replay_pipeline_SOURCES = tests/hostile/replay.c \
	fuzz/fuzz-pipeline.c
tests_hostile_replay_pipeline_CPPFLAGS = $(REPLAY_CPPFLAGS) \
	-DFUZZ_TARGET=\"fuzz-pipeline\"
tests_hostile_replay_pipeline_LDADD = $(FD_LIBS)
EXTRA_DIST += tests/hostile/fuzz
TESTS += tests/hostile/hostile.sh
dist_noinst_SCRIPTS += tests/hostile/hostile.sh

# Valgrind over the CLI on the demo corpus, every report format (the exit
# status of factdiff itself is 0 or 1 there; valgrind's is 99).
check-valgrind: check-valgrind-cli
check-valgrind-cli: factdiff$(EXEEXT)
	@echo "valgrind factdiff compare corpus/"; \
	rm -rf check-valgrind-cli.tmp; \
	$(VALGRIND) --quiet --error-exitcode=99 --leak-check=full \
	  --soname-synonyms=somalloc=*jemalloc* \
	  --errors-for-leak-kinds=definite,possible \
	  --suppressions=$(top_srcdir)/tests/valgrind.supp \
	  ./factdiff$(EXEEXT) compare -q -f md -f csv -f tsv -f json -f html \
	  -f junit -f sarif -o check-valgrind-cli.tmp $(top_srcdir)/corpus; \
	status=$$?; rm -rf check-valgrind-cli.tmp; test $$status -le 1
.PHONY: check-valgrind-cli
