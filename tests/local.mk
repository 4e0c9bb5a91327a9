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
noinst_HEADERS += tests/unit/fd-test.h

check_PROGRAMS += tests/unit/test-core
tests_unit_test_core_SOURCES = tests/unit/test-core.c
tests_unit_test_core_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_core_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/unit/test-numword
tests_unit_test_numword_SOURCES = tests/unit/test-numword.c
tests_unit_test_numword_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_numword_LDADD = $(TEST_LIBS)

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

check_PROGRAMS += tests/unit/test-ingest
tests_unit_test_ingest_SOURCES = tests/unit/test-ingest.c
tests_unit_test_ingest_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_ingest_LDADD = $(TEST_LIBS)
