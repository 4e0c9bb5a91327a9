/* report-private.h - what the renderers of src/report share: the report
 * being written (the result plus what the baseline hides) and helpers for
 * the words of a member and the summary line. */
#pragma once

#include "report/report.h"

typedef struct
{
  const FdCompare *cmp;       /* borrowed */
  const FdBaseline *baseline; /* borrowed; may be NULL */
  guint threads;              /* FdReportOptions.threads */
  GPtrArray *gone;    /* FdBaselineEntry* borrowed from baseline: recorded
                         discrepancies no longer seen; never NULL */
  guint n_new;        /* discrepancies shown */
  guint n_suppressed; /* discrepancies hidden by the baseline */
  guint n_by_verdict[FD_VERDICT_N]; /* groups by verdict, suppressed
                                       ones included */
} FdReport;

/* TRUE when @g is a discrepancy recorded in the baseline: it is left out
 * of every format (the JSON report keeps it, marked "suppressed"). */
gboolean fd_report_suppressed (const FdReport *r, const FdGroup *g);

/* The member's words with runs of white space (line breaks included)
 * collapsed to one space.  Transfer full: g_free. */
char *fd_report_words (const FdMember *m);

/* Copies @s into @out with runs of white space collapsed to one space. */
void fd_report_append_flat (GString *out, const char *s);

/* "3 articles from 2 outlets; 12 claims in 9 groups: 1 conflict, …" with
 * a final full stop, no newline. */
void fd_report_append_summary_line (GString *out, const FdReport *r);

/* Code point (not byte) column of byte @offset, 1-based, with its
 * 1-based line, for formats that count characters. */
void fd_report_line_col (const FdDoc *doc, gsize offset, guint *line,
                         guint *col);

void fd_report_md_render (GString *out, const FdReport *r);
void fd_report_md_discrepancy_table (GString *out, const FdReport *r);
void fd_report_md_gone (GString *out, const FdReport *r);
void fd_report_csv_render (GString *out, const FdReport *r, gboolean tsv);
/* The JSON report, handed to @write in pieces as they are made (see
 * fd_report_write); FALSE when @write stopped it. */
gboolean fd_report_json_write (const FdReport *r, FdReportWriteFunc write,
                               gpointer user_data);
void fd_report_html_render (GString *out, const FdReport *r);
void fd_report_junit_render (GString *out, const FdReport *r);
void fd_report_sarif_render (GString *out, const FdReport *r);
