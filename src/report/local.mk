# src/report: stage 6, reports for people and machines.
libfactdiff_a_SOURCES += src/report/report.c src/report/report-md.c \
	src/report/report-csv.c src/report/report-json.c \
	src/report/report-html.c src/report/report-junit.c \
	src/report/report-sarif.c src/report/baseline.c
noinst_HEADERS += src/report/report.h src/report/report-private.h \
	src/report/baseline.h
