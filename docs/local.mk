# docs: the man page, generated from --help and --version by help2man and
# shipped in the tarball so that users need no help2man.
dist_man_MANS = docs/factdiff.1
EXTRA_DIST += docs/factdiff.h2m
# The page depends on the sources, and only orders itself after the binary:
# a fresh build from the tarball must not rewrite it in a read-only source
# tree just because the binary is newer.
docs/factdiff.1: $(top_srcdir)/src/cli/main.c $(top_srcdir)/configure.ac \
		$(top_srcdir)/docs/factdiff.h2m | factdiff$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) docs && \
	$(HELP2MAN) --no-info --no-discard-stderr \
		--include=$(top_srcdir)/docs/factdiff.h2m \
		--name="compare news articles and report where they disagree" \
		-o $@ ./factdiff$(EXEEXT)
