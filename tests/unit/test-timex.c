/* test-timex.c - dates, times, durations and sets, and the calendar under
 * them.  Every sentence here is written for the test. */
#include "claims/calendar.h"
#include "claims/timex.h"
#include "fd-test-doc.h"
#include "fd-test.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <string.h>

typedef struct
{
  const char *text; /* one sentence */
  const char *dct;  /* publication date, NULL for none */
  const char *span; /* the expected claim's words */
  FdClaimType type;
  const char *value;
  const char *value_max; /* NULL: none */
  const char *hedge;     /* NULL: none */
  const char *anchor;    /* NULL: none */
} Case;

/* 2025-06-18 is a Wednesday. */
static const Case cases[] = {
  /* word keys: at the very end of the text (fewer than 16 bytes left to
   * read), in capitals, after words longer than a key holds */
  { "Talks resume in SEPTEMBER", "2025-06-18", "SEPTEMBER", FD_CLAIM_DATE,
    "2025-09", NULL, NULL, NULL },
  { "Internationalisation talks began in December 1998 in Geneva.",
    "2025-06-18", "December 1998", FD_CLAIM_DATE, "1998-12", NULL, NULL,
    NULL },
  { "The counterrevolutionaries waited approximately thirty minutes",
    "2025-06-18", "approximately thirty minutes", FD_CLAIM_DURATION, "PT30M",
    NULL, "approximately", NULL },
  /* absolute */
  { "The ministers met on June 17, 2025 in Ottawa.", "2025-06-18",
    "June 17, 2025", FD_CLAIM_DATE, "2025-06-17", NULL, NULL, NULL },
  { "The deal was signed Dec 24, 2024 after long talks.", "2025-06-18",
    "Dec 24, 2024", FD_CLAIM_DATE, "2024-12-24", NULL, NULL, NULL },
  { "The vote was held Dec. 2, 2024 in the capital.", "2025-06-18",
    "Dec. 2, 2024", FD_CLAIM_DATE, "2024-12-02", NULL, NULL, NULL },
  { "A call took place on June 6,2025 between them.", "2025-06-18",
    "June 6,2025", FD_CLAIM_DATE, "2025-06-06", NULL, NULL, NULL },
  { "The filing is dated 2025-06-18 in the register.", NULL, "2025-06-18",
    FD_CLAIM_DATE, "2025-06-18", NULL, NULL, NULL },
  { "Posted 15:46 JST, June 18, 2025 by the desk.", "2025-06-18",
    "15:46 JST, June 18, 2025", FD_CLAIM_TIME, "2025-06-18T15:46", NULL, NULL,
    NULL },
  { "The summit runs June 15-17 in the mountains.", "2025-06-18", "June 15-17",
    FD_CLAIM_DATE, "2025-06-15", "2025-06-17", NULL, NULL },
  { "The colony lasted 1910-1945 on the peninsula.", "2025-06-18", "1910-1945",
    FD_CLAIM_DATE, "1910", "1945", NULL, NULL },
  { "Exports rose in July-Sept. compared with spring.", "2025-06-18",
    "July-Sept.", FD_CLAIM_DATE, "2025-07", "2025-09", NULL, NULL },
  { "The election is expected in October again.", "2025-06-18", "October",
    FD_CLAIM_DATE, "2025-10", NULL, NULL, NULL },
  { "Sales fell sharply in January for the group.", "2025-06-18", "January",
    FD_CLAIM_DATE, "2025-01", NULL, NULL, NULL },
  { "The airline will double its flights to India by August.", "2025-02-13",
    "August", FD_CLAIM_DATE, "2025-08", NULL, NULL, NULL },
  { "The dividend is payable Jan. 2 to holders of record.", "2025-11-02",
    "Jan. 2", FD_CLAIM_DATE, "2026-01-02", NULL, NULL, NULL },
  { "In the fiscal year ended Jan. 31, sales rose 4%.", "2025-10-31",
    "Jan. 31", FD_CLAIM_DATE, "2025-01-31", NULL, NULL, NULL },
  { "The firm was founded in 1998 by two brothers.", "2025-06-18", "1998",
    FD_CLAIM_DATE, "1998", NULL, NULL, NULL },
  { "Prices doubled in the 1990s across the region.", "2025-06-18",
    "the 1990s", FD_CLAIM_DATE, "199", NULL, NULL, NULL },
  { "Revenue grew in fiscal 1997 at the unit.", "2025-06-18", "1997",
    FD_CLAIM_DATE, "1997", NULL, NULL, NULL },
  { "Profit fell in the third quarter of 1997 at the bank.", "2025-06-18",
    "the third quarter of 1997", FD_CLAIM_DATE, "1997-Q3", NULL, NULL, NULL },
  { "Profit fell in the fourth quarter, the bank said.", "2026-01-26",
    "the fourth quarter", FD_CLAIM_DATE, "2025-Q4", NULL, NULL, NULL },
  { "The spin-off could be effective in next year's first quarter.",
    "2025-10-31", "next year's first quarter", FD_CLAIM_DATE, "2026-Q1", NULL,
    NULL, NULL },
  { "For the nine months, net rose 9% from a year earlier.", "2025-10-26",
    "a year earlier", FD_CLAIM_DATE, "2024", NULL, NULL, NULL },
  { "The plant closed on June 3. The blast came at 10 p.m. as staff left.",
    "2025-06-18", "10 p.m.", FD_CLAIM_TIME, "2025-06-03T22:00", NULL, NULL,
    NULL },
  { "Net fell in the third quarter. This quarter's loss includes a charge.",
    "2025-11-01", "This quarter", FD_CLAIM_DATE, "2025-Q3", NULL, NULL, NULL },
  { "Net fell in the third quarter. For the quarter a year ago, it earned $5.",
    "2025-11-01", "the quarter a year ago", FD_CLAIM_DATE, "2024-Q3", NULL,
    NULL, NULL },
  { "Earnings will be lower for the last half of 2025, it said.", "2025-10-26",
    "the last half of 2025", FD_CLAIM_DATE, "2025-H2", NULL, NULL, NULL },
  { "The bank posted a third-quarter loss on Monday.", "2025-06-18",
    "third-quarter", FD_CLAIM_DATE, "2025-Q3", NULL, NULL, NULL },
  { "The bridge opened in the summer of 2019 to traffic.", "2025-06-18",
    "the summer of 2019", FD_CLAIM_DATE, "2019-SU", NULL, NULL, NULL },
  /* relative */
  { "The two leaders met on Tuesday in the resort.", "2025-06-18", "Tuesday",
    FD_CLAIM_DATE, "2025-06-17", NULL, NULL, NULL },
  { "The two leaders will meet on Tuesday in the resort.", "2025-06-18",
    "Tuesday", FD_CLAIM_DATE, "2025-06-24", NULL, NULL, NULL },
  { "The panel is scheduled to vote on Friday after the hearing.",
    "2025-06-18", "Friday", FD_CLAIM_DATE, "2025-06-20", NULL, NULL, NULL },
  { "The talks, set to resume Monday in the capital, were stalled.",
    "2025-06-18", "Monday", FD_CLAIM_DATE, "2025-06-23", NULL, NULL, NULL },
  { "Traders cut positions ahead of Friday's jobs report.", "2025-06-18",
    "Friday", FD_CLAIM_DATE, "2025-06-20", NULL, NULL, NULL },
  { "The envoy could arrive as early as Friday, officials said.", "2025-06-18",
    "Friday", FD_CLAIM_DATE, "2025-06-20", NULL, NULL, NULL },
  { "The offer had been scheduled to expire at midnight Friday.", "2025-06-18",
    "midnight Friday", FD_CLAIM_TIME, "2025-06-13T24:00", NULL, NULL, NULL },
  { "A memorial planned for Saturday was cancelled after a leak.",
    "2025-06-18", "Saturday", FD_CLAIM_DATE, "2025-06-14", NULL, NULL, NULL },
  { "A bomb went off next to the embassy Friday morning.", "2025-06-18",
    "Friday morning", FD_CLAIM_TIME, "2025-06-13TMO", NULL, NULL, NULL },
  { "Stocks fell on Friday, down 4% from the previous Friday.", "2025-06-18",
    "the previous Friday", FD_CLAIM_DATE, "2025-06-06", NULL, NULL, NULL },
  { "The unit was sold this past spring to a rival.", "2025-10-30",
    "this past spring", FD_CLAIM_DATE, "2025-SP", NULL, NULL, NULL },
  { "It compared with a year-earlier loss of $5 million.", "2025-06-18",
    "year-earlier", FD_CLAIM_DATE, "2024", NULL, NULL, NULL },
  { "The talks resumed next Monday as planned.", "2025-06-18", "next Monday",
    FD_CLAIM_DATE, "2025-06-23", NULL, NULL, NULL },
  { "He spoke to reporters last Friday in the city.", "2025-06-18",
    "last Friday", FD_CLAIM_DATE, "2025-06-13", NULL, NULL, NULL },
  { "The envoy visited last week without notice.", "2025-06-18", "last week",
    FD_CLAIM_DATE, "2025-W24", NULL, NULL, NULL },
  { "The ministry said earlier this month that it agreed.", "2025-06-18",
    "earlier this month", FD_CLAIM_DATE, "2025-06", NULL, NULL, NULL },
  { "A decision is due later this month from the court.", "2025-06-18",
    "later this month", FD_CLAIM_DATE, "2025-06", NULL, NULL, NULL },
  { "They first spoke a week ago by phone.", "2025-06-18", "a week ago",
    FD_CLAIM_DATE, "2025-06-11", NULL, NULL, NULL },
  /* "plan to" looks ahead, so the weekday is the coming one */
  { "Officials do not plan to reopen the road Friday morning.", "2025-06-18",
    "Friday morning", FD_CLAIM_TIME, "2025-06-20TMO", NULL, NULL, NULL },
  /* "would" in a report looks ahead of it, "would have" does not, nor
   * does a day that owns a noun or stands past a comma */
  { "The envoy said he would fly to Rome Thursday with aides.", "2025-06-18",
    "Thursday", FD_CLAIM_DATE, "2025-06-19", NULL, NULL, NULL },
  { "The envoy said he would have flown to Rome Thursday.", "2025-06-18",
    "Thursday", FD_CLAIM_DATE, "2025-06-12", NULL, NULL, NULL },
  { "They would contest Monday's ruling in court.", "2025-06-18", "Monday",
    FD_CLAIM_DATE, "2025-06-16", NULL, NULL, NULL },
  { "They would appeal the ruling, announced Monday by the judge.",
    "2025-06-18", "Monday", FD_CLAIM_DATE, "2025-06-16", NULL, NULL, NULL },
  /* a day after the month in words, as transcripts write it */
  { "Voting is set for June twenty-first in the north.", "2025-06-18",
    "June twenty-first", FD_CLAIM_DATE, "2025-06-21", NULL, NULL, NULL },
  { "The gala falls this coming Sunday, June twenty-second.", "2025-06-18",
    "coming Sunday, June twenty-second", FD_CLAIM_DATE, "2025-06-22", NULL,
    NULL, NULL },
  /* "last" before a full day names that day, not the month */
  { "The farmer was robbed last Oct. 23 at his home.", "2025-06-18",
    "last Oct. 23", FD_CLAIM_DATE, "2024-10-23", NULL, NULL, NULL },
  /* vague references */
  { "Analysts see little relief in the near term for the sector.",
    "2025-06-18", "the near term", FD_CLAIM_DATE, "FUTURE_REF", NULL, NULL,
    NULL },
  { "Buyers are scarce these days in the market.", "2025-06-18", "these days",
    FD_CLAIM_DATE, "PRESENT_REF", NULL, NULL, NULL },
  { "Prices may fall further in the weeks ahead, traders said.", "2025-06-18",
    "the weeks ahead", FD_CLAIM_DURATION, "PXW", NULL, NULL, NULL },
  { "The bank will settle the claim at a later date.", "2025-06-18",
    "a later date", FD_CLAIM_DATE, "FUTURE_REF", NULL, NULL, NULL },
  /* a weekday before its date without a comma; the week of a day */
  { "Shares slid on Friday Oct. 17 in heavy trade.", "2025-10-20",
    "Friday Oct. 17", FD_CLAIM_DATE, "2025-10-17", NULL, NULL, NULL },
  { "The hearing is set for the week of March 6, 2026, in town.", "2025-06-18",
    "the week of March 6, 2026", FD_CLAIM_DATE, "2026-W10", NULL, NULL, NULL },
  { "The pair last met a week or so ago in the capital.", "2025-06-18",
    "a week or so ago", FD_CLAIM_DATE, "2025-06-11", NULL, NULL, NULL },
  /* the period a report of quarterly results compares with */
  { "Profit rose in the third quarter, up from the corresponding period "
    "last year.",
    "2025-11-02", "the corresponding period last year", FD_CLAIM_DATE,
    "2024-Q3", NULL, NULL, NULL },
  /* "it's the Nth day of" an event is the day of the report */
  { "It's the third day of the strike at the port.", "2025-06-18",
    "the third day", FD_CLAIM_DATE, "2025-06-18", NULL, NULL, NULL },
  { "Today is the 12th day of the siege, aid groups said.", "2025-06-18",
    "the 12th day", FD_CLAIM_DATE, "2025-06-18", NULL, NULL, NULL },
  /* "-long" adjectives are lengths; "over the years" some years */
  { "The envoys left a day-long meeting without a deal.", "2025-06-18",
    "day-long", FD_CLAIM_DURATION, "P1D", NULL, NULL, NULL },
  { "The ruling ends a decades-long feud over water.", "2025-06-18",
    "decades-long", FD_CLAIM_DURATION, "PXY", NULL, NULL, NULL },
  { "The village has changed a lot over the years, she said.", "2025-06-18",
    "the years", FD_CLAIM_DURATION, "PXY", NULL, NULL, NULL },
  /* "one day" between a modal or subject and a verb is some day ahead */
  { "Supporters believe she will one day lead the party.", "2025-06-18",
    "one day", FD_CLAIM_DATE, "FUTURE_REF", NULL, NULL, NULL },
  { "The strike lasted one day at the port.", "2025-06-18", "one day",
    FD_CLAIM_DURATION, "P1D", NULL, NULL, NULL },
  { "They said it would take one day of talks.", "2025-06-18", "one day",
    FD_CLAIM_DURATION, "P1D", NULL, NULL, NULL },
  /* parts of a day without the day */
  { "By mid-afternoon yesterday the shares had recovered.", "2025-06-18",
    "mid-afternoon yesterday", FD_CLAIM_TIME, "2025-06-17TAF", NULL, NULL,
    NULL },
  { "Traders bought heavily in the morning, dealers said.", "2025-06-18",
    "the morning", FD_CLAIM_TIME, "2025-06-18TMO", NULL, NULL, NULL },
  { "The ferry leaves at 4 in the morning from the pier.", "2025-06-18",
    "4 in the morning", FD_CLAIM_TIME, "2025-06-18T04:00", NULL, NULL, NULL },
  { "By two in the morning the river had burst its banks.", "2025-06-18",
    "two in the morning", FD_CLAIM_TIME, "2025-06-18T02:00", NULL, NULL,
    NULL },
  { "The ferry leaves at 9 in the evening from the pier.", "2025-06-18",
    "9 in the evening", FD_CLAIM_TIME, "2025-06-18T21:00", NULL, NULL, NULL },
  /* sets of months and quarters */
  { "Pilgrims return to the shrine each July.", "2025-06-18", "each July",
    FD_CLAIM_SET, "XXXX-07", NULL, NULL, NULL },
  { "The firm pays interest every quarter to its lenders.", "2025-06-18",
    "every quarter", FD_CLAIM_SET, "P1Q", NULL, NULL, NULL },
  /* the second day of "July 24 and 25" is a date of its own */
  { "The envoys gather on July 24 and 25.", "2025-06-18", "25", FD_CLAIM_DATE,
    "2025-07-25", NULL, NULL, NULL },
  { "The envoys gather on July 24 and 25.", "2025-06-18", "July 24",
    FD_CLAIM_DATE, "2025-07-24", NULL, NULL, NULL },
  { "The minister resigned yesterday after the report.", "2025-06-18",
    "yesterday", FD_CLAIM_DATE, "2025-06-17", NULL, NULL, NULL },
  { "The court rules today on the appeal.", "2025-06-18", "today",
    FD_CLAIM_DATE, "2025-06-18", NULL, NULL, NULL },
  { "The court rules tomorrow on the appeal.", "2025-06-18", "tomorrow",
    FD_CLAIM_DATE, "2025-06-19", NULL, NULL, NULL },
  { "The leaders met Wednesday afternoon at the hotel.", "2025-06-18",
    "Wednesday afternoon", FD_CLAIM_TIME, "2025-06-18TAF", NULL, NULL, NULL },
  { "Parliament returns next month from its recess.", "2025-06-18",
    "next month", FD_CLAIM_DATE, "2025-07", NULL, NULL, NULL },
  { "Growth slowed this year in the sector.", "2025-06-18", "this year",
    FD_CLAIM_DATE, "2025", NULL, NULL, NULL },
  { "The plant is now closed to visitors.", "2025-06-18", "now", FD_CLAIM_DATE,
    "PRESENT_REF", NULL, NULL, NULL },
  { "Lenders have extended more credit in recent months to the firm.",
    "2025-06-18", "recent months", FD_CLAIM_DURATION, "PXM", NULL, NULL,
    NULL },
  { "The group recently changed its leader.", "2025-06-18", "recently",
    FD_CLAIM_DATE, "PAST_REF", NULL, NULL, NULL },
  { "Nobody can predict the future of the pact.", "2025-06-18", "the future",
    FD_CLAIM_DATE, "FUTURE_REF", NULL, NULL, NULL },
  { "The statement came out at 3:30 p.m. in the capital.", "2025-06-18",
    "3:30 p.m.", FD_CLAIM_TIME, "2025-06-18T15:30", NULL, NULL, NULL },
  { "The leaders spoke at midday in the hall.", "2025-06-18", "midday",
    FD_CLAIM_TIME, "2025-06-18T12:00", NULL, NULL, NULL },
  { "Protesters rallied in the square on Friday night, police said.",
    "2025-06-18", "Friday night", FD_CLAIM_DATE, "2025-06-13", NULL, NULL,
    NULL },
  { "The minister flies home tonight after the dinner.", "2025-06-18",
    "tonight", FD_CLAIM_TIME, "2025-06-18TNI", NULL, NULL, NULL },
  { "The two staffs speak every week by video.", "2025-06-18", "every week",
    FD_CLAIM_SET, "P1W", NULL, NULL, NULL },
  { "The index is published daily by the agency.", "2025-06-18", "daily",
    FD_CLAIM_SET, "P1D", NULL, NULL, NULL },
  /* durations */
  { "The leaders held a 30-minute meeting at the venue.", "2025-06-18",
    "30-minute", FD_CLAIM_DURATION, "PT30M", NULL, NULL, NULL },
  { "The leaders held a two-hour meeting at the venue.", "2025-06-18",
    "two-hour", FD_CLAIM_DURATION, "PT2H", NULL, NULL, NULL },
  { "The talks lasted about 30 minutes at the venue.", "2025-06-18",
    "about 30 minutes", FD_CLAIM_DURATION, "PT30M", NULL, "about", NULL },
  { "The queue took half an hour at the border.", "2025-06-18", "half an hour",
    FD_CLAIM_DURATION, "PT30M", NULL, NULL, NULL },
  { "The strike lasted fourteen days at the port.", "2025-06-18",
    "fourteen days", FD_CLAIM_DURATION, "P14D", NULL, NULL, NULL },
  { "The data covers twenty four hours of trading.", "2025-06-18",
    "twenty four hours", FD_CLAIM_DURATION, "P1D", NULL, NULL, NULL },
  { "The loan may be extended for an additional year by the bank.",
    "2025-06-18", "an additional year", FD_CLAIM_DURATION, "P1Y", NULL, NULL,
    NULL },
  { "The appeal could take as long as a month, he said.", "2025-06-18",
    "a month", FD_CLAIM_DURATION, "P1M", NULL, NULL, NULL },
  { "Over the next couple of years sales should double.", "2025-06-18",
    "the next couple of years", FD_CLAIM_DURATION, "P2Y", NULL, NULL, NULL },
  { "The repair will take a couple of years at most.", "2025-06-18",
    "a couple of years", FD_CLAIM_DURATION, "P2Y", NULL, NULL, NULL },
  { "The hearing could last several weeks in court.", "2025-06-18",
    "several weeks", FD_CLAIM_DURATION, "PXW", NULL, NULL, NULL },
  { "The flight takes two to three hours in summer.", "2025-06-18",
    "two to three hours", FD_CLAIM_DURATION, "PT2H", "PT3H", NULL, NULL },
  { "The blockade lasted nearly two months in total.", "2025-06-18",
    "nearly two months", FD_CLAIM_DURATION, "P2M", NULL, "nearly", NULL },
  { "The siege went on for more than four hours downtown.", "2025-06-18",
    "more than four hours", FD_CLAIM_DURATION, "PT4H", NULL, "more than",
    NULL },
  { "Detainees may be held up to 180 days without charge.", "2025-06-18",
    "up to 180 days", FD_CLAIM_DURATION, "P180D", NULL, "up to", NULL },
  { "The rally drew crowds for at least 72 hours in the square.", "2025-06-18",
    "at least 72 hours", FD_CLAIM_DURATION, "PT72H", NULL, "at least", NULL },
  { "Prices rose over the past three months in the city.", "2025-06-18",
    "the past three months", FD_CLAIM_DURATION, "P3M", NULL, NULL, NULL },
  /* anchored */
  { "The summit came two weeks after Lee assumed office, aides said.",
    "2025-06-18", "two weeks", FD_CLAIM_DURATION, "P2W", NULL, NULL,
    "after Lee assumed office" },
  { "They met a week after their phone conversation in May.", "2025-06-18",
    "a week", FD_CLAIM_DURATION, "P1W", NULL, NULL,
    "after their phone conversation in May" },
  { "It happened only fourteen days after the inauguration.", "2025-06-18",
    "only fourteen days", FD_CLAIM_DURATION, "P14D", NULL, "only",
    "after the inauguration" },
  /* without a publication date relative values stay unresolved */
  { "The two leaders met on Tuesday in the resort.", NULL, "Tuesday",
    FD_CLAIM_DATE, "XXXX-WXX-2", NULL, NULL, NULL },
  { "The minister resigned yesterday after the report.", NULL, "yesterday",
    FD_CLAIM_DATE, "XXXX-XX-XX", NULL, NULL, NULL },
  { "Exports fell in October at the port.", NULL, "October", FD_CLAIM_DATE,
    "XXXX-10", NULL, NULL, NULL },
  /* durations in parts, spelled fractions, words between count and unit */
  { "The flight took 1 hour and 30 minutes in all.", "2025-06-18",
    "1 hour and 30 minutes", FD_CLAIM_DURATION, "PT1H30M", NULL, NULL, NULL },
  { "The lease runs 2 years, 3 months from signing.", "2025-06-18",
    "2 years, 3 months", FD_CLAIM_DURATION, "P2Y3M", NULL, NULL, NULL },
  { "The crew waited 2.5 hours on the runway.", "2025-06-18", "2.5 hours",
    FD_CLAIM_DURATION, "PT2H30M", NULL, NULL, NULL },
  { "Repairs took five and a half minutes, the crew said.", "2025-06-18",
    "five and a half minutes", FD_CLAIM_DURATION, "PT5M30S", NULL, NULL,
    NULL },
  { "The bridge stays shut for two more weeks after the flood.", "2025-06-18",
    "two more weeks", FD_CLAIM_DURATION, "P2W", NULL, NULL,
    "after the flood" },
  { "Shares fell for eight trading days in a row.", "2025-06-18",
    "eight trading days", FD_CLAIM_DURATION, "P8D", NULL, NULL, NULL },
  { "The order took a half hour to fill.", "2025-06-18", "a half hour",
    FD_CLAIM_DURATION, "PT30M", NULL, NULL, NULL },
  /* the period of a report, and anaphora */
  { "Sales for the year ended March 31 rose 4%.", "2025-06-18", "the year",
    FD_CLAIM_DURATION, "P1Y", NULL, NULL, NULL },
  { "Profit for the fiscal year will fall, the firm said.", "2025-06-18",
    "the fiscal year", FD_CLAIM_DATE, "2025", NULL, NULL, NULL },
  { "The deal should close by year-end, bankers said.", "2025-06-18",
    "year-end", FD_CLAIM_DATE, "2025", NULL, NULL, NULL },
  { "The mayor spoke over the weekend about the flood.", "2025-06-18",
    "the weekend", FD_CLAIM_DATE, "2025-W24-WE", NULL, NULL, NULL },
  { "The plant opened in 1998 and sales doubled that year.", "2025-06-18",
    "that year", FD_CLAIM_DATE, "1998", NULL, NULL, NULL },
  { "The fund was set up on March 3, 2019; the following day it bought "
    "bonds.",
    "2025-06-18", "the following day", FD_CLAIM_DATE, "2019-03-04", NULL, NULL,
    NULL },
  { "The mill closed in May 2012 and reopened later that year.", "2025-06-18",
    "later that year", FD_CLAIM_DATE, "2012", NULL, NULL, NULL },
  /* holidays: 2025-06-18 is after Easter (April 20) and Memorial Day */
  { "The boy was found on Thanksgiving Day at sea.", "2025-06-18",
    "Thanksgiving Day", FD_CLAIM_DATE, "2024-11-28", NULL, NULL, NULL },
  { "Shops will close on Christmas Eve this year.", "2025-06-18",
    "Christmas Eve", FD_CLAIM_DATE, "2025-12-24", NULL, NULL, NULL },
  { "Protesters gathered last Easter in the square.", "2025-06-18",
    "last Easter", FD_CLAIM_DATE, "2025-04-20", NULL, NULL, NULL },
  { "The parade was held on Memorial Day in town.", "2025-06-18",
    "Memorial Day", FD_CLAIM_DATE, "2025-05-26", NULL, NULL, NULL },
  { "Relatives said the hearing would be held as soon as possible.",
    "2025-06-18", "soon", FD_CLAIM_DATE, "FUTURE_REF", NULL, NULL, NULL },
};

static GPtrArray *
extract (const FdDoc *doc)
{
  GPtrArray *out
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_claim_free);
  fd_timex_extract (doc, out);
  return out;
}

START_TEST (timex_cases)
{
  const Case *c = &cases[_i];
  g_autoptr (FdDoc) doc = fd_test_body_doc (c->text, c->dct);
  g_autoptr (GPtrArray) claims = extract (doc);
  const char *at = strstr (c->text, c->span);
  const FdClaim *hit = NULL;
  g_autofree char *found = NULL;

  ck_assert_msg (at != NULL, "bad case '%s'", c->text);
  for (guint i = 0; i < claims->len; i++)
    {
      const FdClaim *cl = claims->pdata[i];
      g_autofree char *old = found;
      found = g_strdup_printf ("%s [%.*s]=%s", old ? old : "",
                               (int)(cl->end - cl->start),
                               doc->text + cl->start, cl->value);
      if (cl->start == (gsize)(at - c->text)
          && cl->end == cl->start + strlen (c->span))
        hit = cl;
    }
  ck_assert_msg (hit != NULL, "'%s': no claim '%s'; found%s", c->text, c->span,
                 found ? found : " nothing");
  ck_assert_msg (hit->type == c->type, "'%s': type %s", c->text,
                 fd_claim_type_name (hit->type));
  fd_test_assert_str ("value", c->text, hit->value, c->value);
  fd_test_assert_str ("value_max", c->text, hit->value_max, c->value_max);
  fd_test_assert_str ("hedge", c->text, hit->hedge, c->hedge);
  fd_test_assert_str ("anchor", c->text, hit->anchor, c->anchor);
  if (c->anchor)
    ck_assert_msg (
        strncmp (doc->text + hit->anchor_start, c->anchor, strlen (c->anchor))
                == 0
            && (gsize)(hit->anchor_end - hit->anchor_start)
                   == strlen (c->anchor),
        "'%s': anchor span", c->text);
  ck_assert (hit->sent_start <= hit->start && hit->end <= hit->sent_end);
}
END_TEST

/* Words that look temporal but are not: ages, rates, verbs, counts. */
static const char *const nothing[] = {
  "The suspect, 37 years old, was released on bail.",
  "Prices may fall as supply recovers.",
  "The army sent 1500 troops to the border region.",
  "The envoy said the firm earns $2 million a year from the port.",
  "A 44-year-old man and his 6-year-old son were rescued.",
  "Iraq imports about three-quarters of its food by sea.",
  "The board previously approved a quarterly dividend.",
  "A second group of ministers arrived as soon as the talks ended.",
  "Foreign Minister Jan Kavan signed for his country.",
  /* a procession, an idiom and programme titles */
  "Thousands joined the annual March for Peace downtown.",
  "For the rebels, high noon had come at last.",
  "The senator defended the plan on CBS's 60 Minutes at length.",
  "The envoy told ABC's This Week that talks would go on.",
  "The firm repaid its short-term debt and long-term loans.",
  "The third day of the trial was quiet.",
  /* rates: an amount per period */
  "Output should rise 8% annually under the plan.",
  "The mill makes 10,000 tonnes annually for export.",
  "He read the morning of his arrest as a warning.",
};

START_TEST (timex_nothing)
{
  g_autoptr (FdDoc) doc = fd_test_body_doc (nothing[_i], "2025-06-18");
  g_autoptr (GPtrArray) claims = extract (doc);

  for (guint i = 0; i < claims->len; i++)
    {
      const FdClaim *cl = claims->pdata[i];
      ck_abort_msg ("'%s': unexpected claim '%.*s' = %s", nothing[_i],
                    (int)(cl->end - cl->start), doc->text + cl->start,
                    cl->value);
    }
}
END_TEST

START_TEST (timex_boilerplate_lines_yield_nothing)
{
  const char *text = "By Jane Doe, updated Tuesday June 17, 2025\n"
                     "Skip to content, 3 hours ago\n"
                     "The leaders met on Tuesday for 30 minutes.\n";
  g_autoptr (FdDoc) doc = fd_test_body_doc (text, "2025-06-18");
  g_autoptr (GPtrArray) claims = NULL;
  gsize body;

  ck_assert_uint_ge (doc->n_lines, 3);
  doc->lines[0].cls = FD_LINE_BYLINE;
  doc->lines[1].cls = FD_LINE_NAV;
  for (guint i = 0; i < doc->n_sents; i++)
    doc->sents[i].cls
        = doc->lines[fd_doc_line_at (doc, doc->sents[i].start)].cls;
  claims = extract (doc);
  body = doc->lines[2].start;
  ck_assert_uint_eq (claims->len, 2);
  for (guint i = 0; i < claims->len; i++)
    ck_assert_uint_ge (((FdClaim *)claims->pdata[i])->start, body);
}
END_TEST

/* "and 25 percent" after a date is a share, not a second day */
START_TEST (timex_second_day_needs_a_bare_number)
{
  g_autoptr (FdDoc) doc = fd_test_body_doc (
      "The vote was on July 24 and 25 percent of seats went north.",
      "2025-06-18");
  g_autoptr (GPtrArray) claims = extract (doc);

  ck_assert_uint_eq (claims->len, 1);
  fd_test_assert_str ("value", "share", ((FdClaim *)claims->pdata[0])->value,
                      "2025-07-24");
}
END_TEST

START_TEST (timex_caption_is_content)
{
  g_autoptr (FdDoc) doc = fd_test_body_doc (
      "Leaders at the summit on June 17, 2025\n", "2025-06-18");
  g_autoptr (GPtrArray) claims = NULL;

  doc->lines[0].cls = FD_LINE_CAPTION;
  for (guint i = 0; i < doc->n_sents; i++)
    doc->sents[i].cls = FD_LINE_CAPTION;
  claims = extract (doc);
  ck_assert_uint_eq (claims->len, 1);
  fd_test_assert_str ("value", "caption", ((FdClaim *)claims->pdata[0])->value,
                      "2025-06-17");
}
END_TEST

START_TEST (calendar_round_trip)
{
  int y, m, d, wy, w;
  gint64 days;

  ck_assert (fd_calendar_parse ("2025-06-18", &days));
  ck_assert_int_eq (fd_calendar_weekday (days), 3);
  fd_calendar_iso_week (days, &wy, &w);
  ck_assert (wy == 2025 && w == 25);
  fd_calendar_civil (fd_calendar_days (2024, 2, 29) + 1, &y, &m, &d);
  ck_assert (y == 2024 && m == 3 && d == 1);
  fd_calendar_civil (fd_calendar_days (1969, 12, 31), &y, &m, &d);
  ck_assert (y == 1969 && m == 12 && d == 31);
  /* 2021-01-03 belongs to the last ISO week of 2020 */
  fd_calendar_iso_week (fd_calendar_days (2021, 1, 3), &wy, &w);
  ck_assert (wy == 2020 && w == 53);
  ck_assert_int_eq (fd_calendar_month_days (2100, 2), 28);
  ck_assert_int_eq (fd_calendar_month_days (2000, 2), 29);
  ck_assert (!fd_calendar_parse ("2025-02-30", &days));
  ck_assert (!fd_calendar_parse ("2025-6-18", &days));
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("timex");
  TCase *tc = tcase_create ("timex");

  tcase_add_loop_test (tc, timex_cases, 0, G_N_ELEMENTS (cases));
  tcase_add_loop_test (tc, timex_nothing, 0, G_N_ELEMENTS (nothing));
  tcase_add_test (tc, timex_boilerplate_lines_yield_nothing);
  tcase_add_test (tc, timex_second_day_needs_a_bare_number);
  tcase_add_test (tc, timex_caption_is_content);
  tcase_add_test (tc, calendar_round_trip);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
