/* report.h - stage 6: the result of compare, written for people and for
 * machines.
 *
 * One renderer per format (report-md.c, report-csv.c, report-json.c,
 * report-html.c, report-junit.c, report-sarif.c) behind this small
 * dispatcher.  Every renderer reads the same FdCompare and writes bytes
 * that depend on nothing else: no clock, no pointers, no locale, no thread
 * timing, so two runs over the same articles give identical files.  A
 * baseline (see baseline.h) hides the discrepancies it records from every
 * format and lists its entries that are no longer seen. */
#pragma once

#include "compare/compare.h"
#include "report/baseline.h"

typedef enum
{
  FD_REPORT_MD = 0, /* the default */
  FD_REPORT_CSV,
  FD_REPORT_TSV,
  FD_REPORT_JSON,
  FD_REPORT_HTML,
  FD_REPORT_JUNIT,
  FD_REPORT_SARIF,
  FD_REPORT_N_FORMATS
} FdReportFormat;

/* The version of the JSON report's schema (docs/report-json.md). */
#define FD_REPORT_JSON_SCHEMA_VERSION 1

/* Upper bound of fd_report_summary() by default: what CI job pages
 * accept (GitHub's step summary takes 1 MiB). */
#define FD_REPORT_SUMMARY_LIMIT (1024 * 1024 - 1)

typedef struct
{
  const FdBaseline *baseline; /* borrowed; NULL when no baseline */
  guint threads; /* more than 1: the JSON report is rendered in pieces on
                    that many threads; the bytes are the same */
} FdReportOptions;

/* Finds the format called @name ("md", "csv", "tsv", "json", "html",
 * "junit", "sarif"); FALSE when there is none. */
gboolean fd_report_format_parse (const char *name, FdReportFormat *format);

/* The format's name as fd_report_format_parse() takes it (static). */
const char *fd_report_format_name (FdReportFormat format);

/* The file name used in an output directory: "report.md", …,
 * "report.junit.xml", "report.sarif" (static). */
const char *fd_report_file_name (FdReportFormat format);

/* Renders @cmp in @format.  @opts may be NULL.  Returns the bytes
 * (transfer full: g_free), NUL-terminated; *@len receives their length. */
char *fd_report_render (FdReportFormat format, const FdCompare *cmp,
                        const FdReportOptions *opts, gsize *len);

/* Takes the next @len bytes of a report written with fd_report_write;
 * returns FALSE to stop the writing (the callback keeps its own error). */
typedef gboolean (*FdReportWriteFunc) (const char *data, gsize len,
                                       gpointer user_data);

/* Renders @cmp in @format like fd_report_render, but hands the bytes to
 * @write a piece at a time, in order, as they are made: a large JSON
 * report is never whole in memory.  @opts may be NULL.  Returns FALSE as
 * soon as @write does, TRUE when every byte was taken. */
gboolean fd_report_write (FdReportFormat format, const FdCompare *cmp,
                          const FdReportOptions *opts, FdReportWriteFunc write,
                          gpointer user_data);

/* A Markdown summary for a CI job page: the summary line, the
 * discrepancy table and the baseline entries no longer seen, cut at a line
 * boundary with a closing note so that the whole is at most @limit bytes
 * (at least 256).  Transfer full: g_free. */
char *fd_report_summary (const FdCompare *cmp, const FdReportOptions *opts,
                         gsize limit, gsize *len);

/* Number of discrepancies the report shows (not hidden by the baseline). */
guint fd_report_count_new (const FdCompare *cmp, const FdReportOptions *opts);
