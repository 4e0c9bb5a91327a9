# src/report: stage 6, reports for people and machines.
libfactdiff_a_SOURCES += src/report/report.c src/report/report-md.c \
	src/report/report-csv.c src/report/report-json.c \
	src/report/report-html.c src/report/report-junit.c \
	src/report/report-sarif.c src/report/baseline.c
noinst_HEADERS += src/report/report.h src/report/report-private.h \
	src/report/baseline.h

# reports/: factdiff's own reports on the demo corpus, in every format.
# `make reports` rewrites them with the binary just built; `make check`
# fails when they are stale (tests/report/reports-fresh.check, which skips
# while corpus/ has no articles).  Both run tests/report/make-reports.sh.
reports: factdiff$(EXEEXT)
	$(AM_V_GEN)rm -rf reports.tmp && \
	$(SHELL) $(srcdir)/tests/report/make-reports.sh \
		'$(abs_top_builddir)/factdiff$(EXEEXT)' '$(srcdir)' reports.tmp && \
	$(MKDIR_P) '$(srcdir)/reports' && \
	rm -f '$(srcdir)'/reports/report.* && \
	mv reports.tmp/report.* '$(srcdir)/reports/' && rm -rf reports.tmp
.PHONY: reports
TESTS += tests/report/reports-fresh.check
EXTRA_DIST += tests/report/reports-fresh.check tests/report/make-reports.sh
EXTRA_DIST += docs/report-json.md docs/reports.md
