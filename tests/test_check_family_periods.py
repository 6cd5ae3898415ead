"""Which period a figure is for: ranges over the year (issue 24, after round 17 was written:
helper h-tune20d). Each reading made general, with sentences of the same shape that are
correct, that are wrong, and that look alike but must be left alone, on the samples' data
(worked out by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

# The data the rows are worked out from (the four quarters to the report quarter):
# ASCH7 (2024-25 Q2) contacts 22,760, 22,190, 21,640, 20,980 (20,980 to 22,760); to
#   2023-24 Q2: 23,620, 24,310, 23,870, 23,410 (23,410 to 24,310)
# ASCH15 (2024-25 Q2) people in Short Term Beds 596, 584, 660, 693 (584 to 693); to
#   2023-24 Q2: 690, 668, 642, 618 (618 to 690)
# GET5 (2024-25 Q3) fly-tipping per 1,000 households 5.0, 5.3, 5.6, 5.2 (5.0 to 5.6)
# GET1 (2024-25 Q3) streetlight repairs in 28 days 89.3%, 90.6%, 91.2%, 89.8%
# W1 (2024-25 Q3) missed bins per 100,000 88.4, 79.2, 74.6, 81.3 (74.6 to 88.4)
# H1 (2024-25 Q3) days to re-let 29.4, 27.8, 26.9, 25.3 (25.3 to 29.4)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a range written by its two limits, of opposite sides, denied ('no higher than X
        # and no lower than Y', 'never rose above X nor fell below Y'), in either order
        (
            ASCH,
            "ASCH7",
            "Over the last four quarters, contacts have never gone above 22,760 or below 20,980.",
            None,
        ),
        (
            ASCH,
            "ASCH7",
            "In the four most recent quarters quarterly contacts were no lower than 20,980 and "
            "no higher than 22,760.",
            None,
        ),
        (
            ASCH,
            "ASCH15",
            "Across the past four quarters the number in Short Term Beds has not risen above "
            "693 nor dropped below 584.",
            None,
        ),
        (
            GET,
            "GET5",
            "Fly-tipping has not been higher than 5.6 or lower than 5.0 in any of the last four "
            "quarters.",
            None,
        ),
        (
            GET,
            "GET1",
            "In the four latest quarters the repair rate never fell below 89.3% and never rose "
            "above 91.2%.",
            None,
        ),
        (
            DISTRICT,
            "H1",
            "Across the last four quarters, re-let times have been no more than 29.4 days and "
            "no less than 25.3.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH15",
            "Over the past four quarters the number in Short Term Beds never went above 690 nor "
            "under 618.",
            None,
        ),
        (
            DISTRICT,
            "H1",
            "Re-let times have been no higher than 29.4 days and no lower than 25.3 days in the "
            "four quarters to December.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH7",
            "In the four quarters to September, contacts never dropped below 23,410 or "
            "exceeded 24,310.",
            None,
        ),
        (
            ASCH,
            "ASCH7",
            "Over the last four quarters, contacts have never gone above 22,190 or below 20,980.",
            ("range", "22,190", "22,760"),
        ),
        (
            ASCH,
            "ASCH15",
            "In the four most recent quarters the number in Short Term Beds was no lower than "
            "596 and no higher than 693.",
            ("range", "596", "584"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping has not been higher than 5.4 or lower than 5.0 in any of the last four "
            "quarters.",
            ("range", "5.4", "5.6"),
        ),
        (
            GET,
            "GET1",
            "In the four latest quarters the repair rate never fell below 89.5% and never rose "
            "above 91.2%.",
            ("range", "89.5%", "89.3%"),
        ),
        (
            DISTRICT,
            "H1",
            "Across the last four quarters, re-let times have been no more than 28.0 days and "
            "no less than 25.3.",
            ("range", "28.0", "29.4"),
        ),
        (
            ASCH_2324,
            "ASCH15",
            "Over the past four quarters the number in Short Term Beds never went above 670 nor "
            "under 618.",
            ("range", "670", "690"),
        ),
        (
            DISTRICT,
            "H1",
            "Re-let times have been no higher than 29.0 days and no lower than 25.3 days in the "
            "four quarters to December.",
            ("range", "29.0", "29.4"),
        ),
        (
            GET,
            "GET5",
            "In the last four quarters fly-tipping was at no point above 5.4 or below 5.0.",
            ("range", "5.4", "5.6"),
        ),
        (
            ASCH,
            "ASCH7",
            "Contacts in each of the last four quarters were no fewer than 20,980 and no more "
            "than 22,760.",
            None,
        ),
        (
            ASCH,
            "ASCH7",
            "Contacts in each of the last four quarters were no fewer than 21,500 and no more "
            "than 22,760.",
            ("range", "21,500", "20,980"),
        ),
        # 'stayed within X to Y': a range; over the quarters named
        (
            DISTRICT,
            "W1",
            "Over the last four quarters missed collections have stayed within 74.6 to 88.4 per "
            "100,000.",
            None,
        ),
        (
            GET,
            "GET1",
            "The repair rate has stayed within 89.3% to 91.2% over the four most recent quarters.",
            None,
        ),
        (
            DISTRICT,
            "W1",
            "Over the last four quarters missed collections have stayed within 79.2 to 88.4 per "
            "100,000.",
            ("range", "79.2", "74.6"),
        ),
        # look-alikes: limits not denied (a movement), a comparator's, a share beside a
        # count, limits over no quarters named, other things' limits, another subject's
        (GET, "GET5", "Fly-tipping went above 5.5 in Quarter 2 and below 5.3 in Quarter 3.", None),
        (
            GET,
            "GET5",
            "Nationally, fly-tipping has been no higher than 4.5 and no lower than 3.0 in the "
            "last four quarters.",
            None,
        ),
        (
            ASCH,
            "ASCH15",
            "The beds were never more than 95% full nor less than 80% full in the last four "
            "quarters.",
            None,
        ),
        (
            GET,
            "GET5",
            "Fly-tipping has not been higher than 5.4 or lower than 5.0 per 1,000 households.",
            None,
        ),
        (
            GET,
            "GET8",
            "Over the last four quarters, repair gangs were never fewer than 20 nor more than 30.",
            None,
        ),
        (
            ASCH,
            "ASCH15",
            "Over the last four quarters, staff vacancies were never fewer than 20 nor more "
            "than 30.",
            None,
        ),
        (
            ASCH,
            "ASCH7",
            "Over the last four quarters, contacts have never gone above 22,760 or below "
            "20,980, though calls to other councils were no higher than 9,000 and no lower "
            "than 8,000.",
            None,
        ),
        (
            DISTRICT,
            "H1",
            "Over the last four quarters most homes were re-let within 20 to 30 days of being "
            "handed back.",
            None,
        ),
    ],
)
def test_ranges_over_the_year(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A range over the quarters named, written by two denied limits of opposite sides
    ('never rose above 5.6 nor fell below 5.0') or 'within X to Y' after a verb of state,
    over 'the four most recent quarters' as over 'the last four quarters'."""
    assert_sentence(edition, indicator, text, expected)


# GET9 (2024-25 Q3) visits Oct-Dec 236,000, Jul-Sep 589,000; GET8 reported Jul-Sep 6,030,
#   Oct-Dec 11,280, Apr-Jun 8,310; GET5 Oct-Dec 5.2; H1 September 26.9, December 25.3;
#   W1 September 74.6, December 81.3
# ASCH15 (2024-25 Q2) June 660, September 693; ASCH10 June 16,890, September 16,840
# ASCH13 (2023-24 Q2) annual reviews March 2023 6,380, June 6,450, September 6,900


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a quarter's three months listed ('over October, November and December'), a month
        # that ends a quarter before a figure of another month ('from 27.8 days in September
        # to 25.3 in December'), the day a count is taken on ('On the last day of June', 'On
        # 30 June'), the month as the subject that closes ('June ended with 6,450'), and a
        # quarter led by 'During' (a preposition, not a participle): that quarter's figure;
        # then wrong ones, then look-alikes (other things counted, a day that ends no
        # quarter, a month's event, a comparator's, two months that are no quarter)
        (
            GET,
            "GET9",
            "Visitors made 236,000 trips to the parks across October, November and December.",
            None,
        ),
        (GET, "GET8", "Over July, August and September, 6,030 potholes were reported.", None),
        (DISTRICT, "H1", "Homes took 26.9 days to re-let in September and 25.3 in December.", None),
        (
            DISTRICT,
            "W1",
            "Missed collections went from 74.6 in September to 81.3 in December.",
            None,
        ),
        (ASCH, "ASCH15", "On the last day of June, 660 people were in Short Term Beds.", None),
        (ASCH, "ASCH10", "On 30 June, 16,890 people had an active Care and Support Plan.", None),
        (ASCH_2324, "ASCH13", "June ended with 6,450 people awaiting an annual review.", None),
        (ASCH, "ASCH15", "September closed with 693 people in Short Term Beds.", None),
        (
            GET,
            "GET5",
            "Across October, November and December fly-tipping ran at 5.2 per 1,000 households.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH13",
            "By the last day of March 2023, 6,380 people were waiting for an annual review.",
            None,
        ),
        (GET, "GET8", "During the quarter ending September, 6,030 potholes were reported.", None),
        (
            GET,
            "GET9",
            "The parks welcomed 263,000 visits across October, November and December.",
            ("level", "263,000", "236,000"),
        ),
        (
            DISTRICT,
            "H1",
            "Re-let times fell from 27.8 days in September to 25.3 in December.",
            ("level", "27.8", "26.9"),
        ),
        (
            ASCH,
            "ASCH15",
            "On the last day of June, 693 people were in Short Term Beds.",
            ("level", "693", "660"),
        ),
        (
            ASCH,
            "ASCH10",
            "On 30 June, 16,840 people had an active Care and Support Plan.",
            ("level", "16,840", "16,890"),
        ),
        (
            ASCH_2324,
            "ASCH13",
            "June ended with 6,900 people awaiting an annual review.",
            ("level", "6,900", "6,450"),
        ),
        (
            GET,
            "GET8",
            "Over July, August and September, 8,310 potholes were reported.",
            ("level", "8,310", "6,030"),
        ),
        (
            GET,
            "GET8",
            "During the quarter ending September, 11,280 potholes were reported.",
            ("level", "11,280", "6,030"),
        ),
        (GET, "GET9", "Over October, November and December the parks hosted 14 events.", None),
        (
            DISTRICT,
            "H1",
            "On 14 June the new lettings team started, and re-let times are now 25.3 days.",
            None,
        ),
        (
            ASCH,
            "ASCH15",
            "June ended with a new contract for beds, and 693 people are in them now.",
            None,
        ),
        (
            GET,
            "GET8",
            "Nationally, over October, November and December, councils logged 11,000 potholes "
            "each.",
            None,
        ),
        (
            GET,
            "GET5",
            "Fly-tipping in November and December ran at 6.1 per 1,000 households.",
            None,
        ),
    ],
)
def test_months_naming_their_quarter(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A month, a day or a quarter's months named in words: the figure is that quarter's."""
    assert_sentence(edition, indicator, text, expected)


# ASCH8 (2024-25 Q2) year to date requested 9,611, completed 9,748; (2023-24 Q2) 10,125
#   and 9,371. GET8 (2024-25 Q3) year to date reported 25,620, repaired 25,110. GET7 year
#   to date online 27,030, telephone 11,460


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # the second figure of a pair after words of the year to date that lead them both,
        # joined to the first ('and', 'compared with', 'set against', 'against which',
        # 'with') and naming another series after it: that series' year to date; then wrong
        # ones, then look-alikes (the second figure's own quarter, another year's point, a
        # comparator's)
        (
            GET,
            "GET8",
            "So far this year 25,620 potholes have been reported, and 25,110 have been repaired.",
            None,
        ),
        (
            GET,
            "GET8",
            "Since April, reports reached 25,620, against which 25,110 repairs were made.",
            None,
        ),
        (
            ASCH,
            "ASCH8",
            "Year to date, 9,611 assessments have been requested, compared with 9,748 completed.",
            None,
        ),
        (
            GET,
            "GET7",
            "Since April we have handled 27,030 online enquiries and 11,460 by telephone.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH8",
            "In the year to date requests number 10,125, set against 9,371 completed.",
            None,
        ),
        (
            GET,
            "GET8",
            "Cumulatively, 25,620 potholes were reported this year, with 25,110 repaired.",
            None,
        ),
        (
            ASCH,
            "ASCH8",
            "Year to date, 9,611 assessments have been requested, compared with 9,911 completed.",
            ("year to date", "9,911", "9,748"),
        ),
        (
            GET,
            "GET8",
            "Since April, reports reached 25,620, against which 24,110 repairs were made.",
            ("year to date", "24,110", "25,110"),
        ),
        (
            GET,
            "GET7",
            "Since April we have handled 27,030 online enquiries and 11,640 by telephone.",
            ("year to date", "11,640 by telephone", "11,460"),
        ),
        (
            ASCH_2324,
            "ASCH8",
            "In the year to date requests number 10,125, set against 9,731 completed.",
            ("year to date", "9,731", "9,371"),
        ),
        (
            GET,
            "GET8",
            "Cumulatively, 25,620 potholes were reported this year, with 24,110 repaired.",
            ("year to date", "24,110", "25,110"),
        ),
        (
            GET,
            "GET8",
            "Since April 25,620 potholes have been reported, with 10,390 repaired in Quarter 3.",
            None,
        ),
        (
            ASCH,
            "ASCH8",
            "Year to date, 9,611 assessments have been requested, compared with 9,371 completed "
            "at the same point last year.",
            None,
        ),
        (
            GET,
            "GET7",
            "Since April we have handled 27,030 online enquiries, while nationally councils took "
            "11,640 by telephone.",
            None,
        ),
    ],
)
def test_year_to_date_pairs(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """The second figure of a year-to-date pair, of another series: its year to date."""
    assert_sentence(edition, indicator, text, expected)


# ASCH16 (2024-25 Q2) community 12,650, a year before 11,940; ASCH7 20,980 and 23,410; GET8
#   (2024-25 Q3) reported 11,280, a year before 10,450; H1 25.3 days, a year before 30.1


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # '<month> last year' where the month ends the report quarter's quarter of the year:
        # the same quarter a year before; then wrong ones, then look-alikes (a month of
        # another quarter of the year, which year not sure; a comparator's)
        (
            ASCH,
            "ASCH16",
            "Community services now support 12,650 people, up 710 on September last year.",
            None,
        ),
        (GET, "GET8", "Reports reached 11,280, 830 more than in December last year.", None),
        (
            DISTRICT,
            "H1",
            "Re-let times were 25.3 days, down from 30.1 in December last year.",
            None,
        ),
        (ASCH, "ASCH7", "Contacts fell to 20,980, 2,430 fewer than in September last year.", None),
        (
            ASCH,
            "ASCH16",
            "Community services now support 12,650 people, up 170 on September last year.",
            ("change", "up 170", "710"),
        ),
        (
            GET,
            "GET8",
            "Reports reached 11,280, 1,830 more than in December last year.",
            ("change", "1,830", "830"),
        ),
        (
            DISTRICT,
            "H1",
            "Re-let times were 25.3 days, down from 31.5 in December last year.",
            ("level", "31.5", "30.1"),
        ),
        (
            ASCH,
            "ASCH7",
            "Contacts fell to 20,980, 1,430 fewer than in September last year.",
            ("change", "1,430", "2,430"),
        ),
        (ASCH, "ASCH7", "Contacts fell to 20,980, 1,200 fewer than in March last year.", None),
        (
            GET,
            "GET8",
            "Reports reached 11,280, against 9,000 nationally in December last year.",
            None,
        ),
    ],
)
def test_a_month_last_year(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """'up 170 on September last year' at a September quarter: the same quarter a year
    before."""
    assert_sentence(edition, indicator, text, expected)
