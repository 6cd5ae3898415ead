"""Multiples, changes between two named periods, the year to date and ranges (issue 24,
after round 18 was written: helper h-tune21b): each reading made general, with sentences
of the same meaning in other words that are correct, that are wrong, and that look alike
but must be left alone, on the samples' data (worked out by hand in the comments).

Seasons are the financial year's quarters (spring Q1 ... winter Q4); 'doubled', 'trebled',
'halved' hold within 5% of the ratio, 'nearly' from 0.9 of it; a fraction in words ('by a
fifth') within its own margin."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

# The data the rows are worked out from:
# GET8 potholes reported: 2022/23 Q2 6,110, Q3 9,870, Q4 14,230; 2023/24 Q1 7,960, Q2 5,840,
#   Q3 10,450, Q4 15,620; 2024/25 Q1 8,310, Q2 6,030, Q3 11,280
# GET9 park visits: 2022/23 Q2 538,000, Q3 221,000, Q4 198,000; 2023/24 Q1 430,000,
#   Q2 561,000, Q3 none, Q4 205,000; 2024/25 Q1 447,000, Q2 589,000, Q3 236,000
# GET7 online 2022/23 Q2 6,480 ... 2024/25 Q2 8,990, Q3 9,410; telephone 2022/23 Q2 5,020 ...
#   2024/25 Q3 3,650
# GET6 cost per tonne 2022/23 Q3 £115.80 ... 2024/25 Q3 £127.30
# W1 missed collections 2023/24 Q1 92.1, Q2 85.3, Q3 97.8, Q4 88.4; 2024/25 Q1 79.2, Q2 74.6,
#   Q3 81.3
# H1 re-let days 2023/24 Q1 34.2 ... 2024/25 Q3 25.3; CS1 call wait (seconds) 2023/24 Q1 222,
#   Q2 195, Q3 178, Q4 161; 2024/25 Q1 156, Q2 149, Q3 155
# ASCH15 short term beds 2023/24 Q4 584, 2024/25 Q1 660, Q2 693
# ASCH19 concerns 2022/23 Q1 3,820 ... 2024/25 Q1 4,760, Q2 4,902
# ASCH14 enablement 2023/24 Q1 1,390, 2024/25 Q1 1,680
# ASCH19 (2023-24 Q2 edition) open enquiries 2022/23 Q1 1,180, 2023/24 Q2 1,520


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # correct: each end read on its own, in any of the ways editors name a quarter
        # summer 2024/25 Q2 6,030 to autumn Q3 11,280: 1.87 times
        (
            GET,
            "GET8",
            "Pothole reports nearly doubled between the summer and autumn quarters.",
            None,
        ),
        # winter 2023/24 Q4 205,000 to summer 2024/25 Q2 589,000: 2.87 times
        (GET, "GET9", "Park visits nearly trebled between the winter and summer quarters.", None),
        # 97.8 to 74.6: down 24%
        (
            DISTRICT,
            "W1",
            "Missed collections fell by almost a quarter between the third quarter of 2023/24 "
            "and the second quarter of 2024/25.",
            None,
        ),
        # 34.2 to 25.3: down 26%
        (
            DISTRICT,
            "H1",
            "Re-let times were cut by a quarter from Quarter 1 2023/24 to Quarter 3 2024/25.",
            None,
        ),
        # spring 2023/24 Q1 222 to winter Q4 161: down 27%
        (
            DISTRICT,
            "CS1",
            "The call wait fell by more than a quarter between the spring and winter quarters "
            "of 2023/24.",
            None,
        ),
        # 584 to 693: up 19%
        (
            ASCH,
            "ASCH15",
            "Short term bed use rose by almost a fifth between January to March 2024 and July "
            "to September 2024.",
            None,
        ),
        # 3,820 to 4,760: up 25%
        (
            ASCH,
            "ASCH19",
            "Safeguarding concerns rose by almost a quarter between the first quarters of "
            "2022/23 and 2024/25.",
            None,
        ),
        # autumn 2022 (2022/23 Q3) £115.80 to autumn 2024 £127.30: up 10%
        (
            GET,
            "GET6",
            "The cost per tonne rose by about a tenth from the autumn of 2022 to the autumn of "
            "2024.",
            None,
        ),
        # 1,390 to 1,680: up 21%
        (
            ASCH,
            "ASCH14",
            "Enablement numbers grew by a fifth between April to June 2023 and the same months "
            "of 2024.",
            None,
        ),
        # 6,480 to 8,990: up 39%
        (
            GET,
            "GET7",
            "Online reports grew by more than a third between the summer of 2022 and the "
            "summer of 2024.",
            None,
        ),
        # 1,180 to 1,520: up 29%
        (
            ASCH_2324,
            "ASCH19",
            "Open enquiries grew by more than a quarter from June 2022 to September 2023.",
            None,
        ),
        # winter 2023/24 Q4 15,620 to summer 2024/25 Q2 6,030: down 61%
        (
            GET,
            "GET8",
            "Pothole reports fell by more than half between the winter and summer quarters.",
            None,
        ),
        # 5,020 to 3,650: down 27%
        (
            GET,
            "GET7",
            "Telephone calls fell by a quarter between Quarter 2 2022/23 and Quarter 3 2024/25.",
            None,
        ),
        # autumn 2023/24 Q3 10,450 to winter Q4 15,620: 1.49 times
        (
            GET,
            "GET8",
            "Pothole reports rose by half between the autumn and winter of 2023-24.",
            None,
        ),
        # wrong
        (
            GET,
            "GET9",
            "From the winter quarter to the spring one, park visits doubled.",
            ("multiple", "doubled", "2.18 times"),
        ),
        (
            GET,
            "GET9",
            "Park visits doubled between the winter and autumn quarters.",
            ("multiple", "doubled", "1.15 times"),
        ),
        (
            DISTRICT,
            "H1",
            "Re-let times fell by a third between Quarter 1 2023/24 and Quarter 3 2024/25.",
            ("change", "fell by a third", "0.74 times"),
        ),
        (
            ASCH,
            "ASCH15",
            "Short term bed use rose by a half between January to March 2024 and July to "
            "September 2024.",
            ("change", "rose by a half", "1.19 times"),
        ),
        (
            GET,
            "GET8",
            "Pothole reports trebled between the summer and winter of 2023/24.",
            ("multiple", "trebled", "2.67 times"),
        ),
        (
            DISTRICT,
            "CS1",
            "The call wait halved between the spring of 2023 and the autumn of 2024.",
            ("multiple", "halved", "0.70 times"),
        ),
        (
            ASCH,
            "ASCH19",
            "Safeguarding concerns grew by a tenth between the first quarters of 2022/23 and "
            "2024/25.",
            ("change", "grew by a tenth", "1.25 times"),
        ),
        (
            GET,
            "GET6",
            "Disposal costs rose by a fifth from the autumn of 2022 to the autumn of 2024.",
            ("change", "rose by a fifth", "1.10 times"),
        ),
        (
            GET,
            "GET7",
            "Telephone calls fell by half between Quarter 2 2022/23 and Quarter 3 2024/25.",
            ("change", "fell by half", "0.73 times"),
        ),
        (
            ASCH_2324,
            "ASCH19",
            "Open enquiries doubled from June 2022 to September 2023.",
            ("multiple", "doubled", "1.29 times"),
        ),
        # look-alikes: a comparator's, another subject's, who does the work, months that
        # end no quarter, a span to come, a sub-group, a span of another clause, a habit
        (
            DISTRICT,
            "W1",
            "England's missed collections fell by a fifth between the third quarters of "
            "2023/24 and 2024/25.",
            None,
        ),
        (
            DISTRICT,
            "W1",
            "Garden waste tonnage fell by a fifth between the third quarters of 2023/24 and "
            "2024/25.",
            None,
        ),
        (GET, "GET8", "Crews doubled between the winter and spring quarters.", None),
        (GET, "GET9", "Visits doubled between October and November.", None),
        (
            ASCH,
            "ASCH19",
            "Among younger adults, concerns rose by half between the first quarters of 2022/23 "
            "and 2024/25.",
            None,
        ),
        (
            GET,
            "GET9",
            "Between the winter and spring quarters a new car park opened, and visits have "
            "since doubled.",
            None,
        ),
        (
            GET,
            "GET8",
            "Pothole reports doubled between the winter and spring quarters of 2019/20.",
            None,
        ),
        (GET, "GET9", "Visits usually double between the winter and spring quarters.", None),
    ],
)
def test_changes_over_a_span(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A multiple or a change in words told over a span compares the span's two ends, each
    read on its own (a quarter, a quarter's months, a month that ends one, a season, a year
    alone) and given what the other says and it leaves out (spans.py)."""
    assert_sentence(edition, indicator, text, expected)


# GET8 reported 2024/25 Q1 8,310, Q2 6,030, Q3 11,280 (25,620 to date); repaired 8,450,
#   6,270, 10,390 (25,110); 2023/24 Q1 to Q3 reported 24,250, repaired 23,870
# GET7 2024/25 Q1 to Q3 online 27,030, telephone 11,460; 2023/24 Q1 to Q3 online 23,470
# ASCH8 2024/25 Q1 to Q2 new 9,611, completed 9,748; 2023/24 Q1 to Q2 new 10,125
# ASCH11 (2023-24 edition) 2023/24 Q1 to Q2 5,315; 2022/23 Q1 to Q2 5,040
# ASCH7 2024/25 Q1 to Q2 42,620; 2023/24 Q1 to Q2 47,280
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # correct: a sum of the year so far whose noun names a series, however its part of
        # the year is said; another year's, by the part of that year named after it
        (
            GET,
            "GET8",
            "Over the first three quarters of the year 25,620 potholes were reported.",
            None,
        ),
        (GET, "GET8", "Since April, crews have completed 25,110 repairs.", None),
        (
            GET,
            "GET7",
            "Across the first three quarters of 2024/25, 11,460 telephone calls were taken.",
            None,
        ),
        (ASCH, "ASCH8", "In the first half of the year 9,748 assessments were completed.", None),
        (
            ASCH_2324,
            "ASCH8",
            "So far this year we have received 10,125 new assessment requests.",
            None,
        ),
        (
            GET,
            "GET8",
            "Reports so far this year, 25,620, are above the 24,250 recorded over the same nine "
            "months of 2023/24.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH11",
            "Year to date, 5,315 new packages have been arranged, against 5,040 in the first "
            "half of 2022-23.",
            None,
        ),
        (
            GET,
            "GET7",
            "In the year to date 27,030 online reports have come in, up from 23,470 in the same "
            "nine months of 2023/24.",
            None,
        ),
        (
            GET,
            "GET8",
            "Repairs so far this year total 25,110, compared with 23,870 over the same period of "
            "2023/24.",
            None,
        ),
        (
            ASCH,
            "ASCH7",
            "Year to date 42,620 people have contacted us, against 47,280 in the first half of "
            "2023-24.",
            None,
        ),
        (
            GET,
            "GET8",
            "Since April, 25,620 potholes have been reported and 25,110 repairs completed.",
            None,
        ),
        # wrong
        (
            GET,
            "GET8",
            "Over the first three quarters of the year 26,620 potholes were reported.",
            ("year to date", "26,620", "25,620"),
        ),
        (
            GET,
            "GET7",
            "Across the first three quarters of 2024/25, 12,460 telephone calls were taken.",
            ("year to date", "12,460", "11,460"),
        ),
        (
            ASCH,
            "ASCH8",
            "In the first half of the year 9,848 assessments were completed.",
            ("year to date", "9,848", "9,748"),
        ),
        (
            GET,
            "GET8",
            "Reports so far this year, 25,620, are above the 23,250 recorded over the same nine "
            "months of 2023/24.",
            ("year to date", "23,250", "24,250"),
        ),
        (
            ASCH,
            "ASCH7",
            "Year to date 42,620 people have contacted us, against 46,280 in the first half of "
            "2023-24.",
            ("year to date", "against 46,280", "47,280"),
        ),
        (
            ASCH_2324,
            "ASCH8",
            "So far this year we have received 10,215 new assessment requests.",
            ("year to date", "received 10,215 new assessment requests", "10,125"),
        ),
        # look-alikes: a difference, other things, a comparator's, another year's before
        # it, a record among the year's quarters, a forecast
        (
            GET,
            "GET8",
            "Repairs in the year to date are 1,240 ahead of the same point last year.",
            None,
        ),
        (
            GET,
            "GET8",
            "So far this year reports are up 1,370 on the same nine months of 2023/24.",
            None,
        ),
        (
            GET,
            "GET8",
            "Over the first three quarters of the year, 12 new pothole crews were hired.",
            None,
        ),
        (
            GET,
            "GET7",
            "In the year to date, England's councils took 11,640 telephone calls.",
            None,
        ),
        (
            ASCH,
            "ASCH8",
            "In the first half of 2022-23, 9,100 new assessments were requested.",
            None,
        ),
        (
            GET,
            "GET8",
            "In Quarter 3 alone, 11,280 potholes were reported, the most so far this year.",
            None,
        ),
        (
            GET,
            "GET8",
            "By December we expect 30,000 potholes to have been reported this year.",
            None,
        ),
    ],
)
def test_year_to_date_in_other_words(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A figure of the year to date whose own noun names one of the measure's series is the
    sum of the year so far, read before the readings that take its noun for other things;
    one followed by a part of an earlier year is that year's sum; a difference, a record
    among the year's quarters and a change told for the year are left alone (ytd.py)."""
    assert_sentence(edition, indicator, text, expected)


# W1 2023/24 Q3 97.8, 2024/25 Q3 81.3; H1 2023/24 Q3 30.1, 2024/25 Q3 25.3; GET8 reported
# 2023/24 Q3 10,450, 2024/25 Q3 11,280; GET1 2023/24 Q3 86.7%, 2024/25 Q3 89.8%; ASCH15
# 2023/24 Q2 618, 2024/25 Q2 693
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # correct: 'year on year' right after the verb compares with the same quarter a
        # year before, and the figures after it are of those two quarters
        (DISTRICT, "W1", "Missed bins fell year on year, from 97.8 to 81.3.", None),
        (DISTRICT, "H1", "Re-let times improved year on year, from 30.1 to 25.3 days.", None),
        (GET, "GET8", "Reports rose year on year, from 10,450 to 11,280.", None),
        (GET, "GET1", "Streetlight repairs on time rose year on year, from 86.7% to 89.8%.", None),
        (ASCH, "ASCH15", "Short term bed use grew year on year, from 618 to 693.", None),
        # wrong
        (
            DISTRICT,
            "W1",
            "Missed bins fell year on year, from 95.8 to 81.3.",
            ("from", "95.8", "97.8"),
        ),
        (
            GET,
            "GET8",
            "Reports rose year on year, from 10,950 to 11,280.",
            ("from", "10,950", "10,450"),
        ),
        (
            DISTRICT,
            "W1",
            "Missed bins rose year on year.",
            ("movement", "rose", "97.8 in Quarter 3 2023/24"),
        ),
        # look-alikes: a comparator's; 'year on year' leading the sentence
        (GET, "GET8", "England's reports rose year on year, from 9,000 to 11,000.", None),
        (
            GET,
            "GET1",
            "Year on year the proportion fixed on time is 3.1 percentage points better, rising "
            "from 86.7%.",
            None,
        ),
    ],
)
def test_year_on_year_from_to(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """'Missed bins fell year on year, from 97.8 to 81.3': a movement compared with the same
    quarter a year before, not a longer run's; the 'from' figures in apposition after it
    are of the quarter it compares with (movements._LONG_RUN, clauses._APPOSITIVE)."""
    assert_sentence(edition, indicator, text, expected)


# GET8 reported 2024/25 Q1 8,310, Q2 6,030, Q3 11,280; GET9 visits 2022/23 Q2 538,000,
# 2023/24 Q4 205,000, 2024/25 Q2 589,000, Q3 236,000
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # correct: a multiple of the series' own figure of a quarter named, by a pronoun
        (GET, "GET8", "Reports in Quarter 3 were nearly twice those in Quarter 2.", None),
        (
            GET,
            "GET9",
            "Visits in Quarter 2 2024/25 were nearly three times those in Quarter 4 2023/24.",
            None,
        ),
        # wrong
        (
            GET,
            "GET8",
            "Reports in Quarter 3 were twice those in Quarter 1.",
            ("multiple", "twice", "1.36 times"),
        ),
        (
            GET,
            "GET9",
            "Visits in Quarter 3 were half those in Quarter 2.",
            ("multiple", "half", "0.40 times"),
        ),
        (
            GET,
            "GET9",
            "Park visits are now half what they were in Quarter 2 2022/23.",
            ("multiple", "half", "0.44 times"),
        ),
        # look-alikes: another quantity's, a comparator's
        (GET, "GET8", "Rainfall in Quarter 3 was twice that in Quarter 2.", None),
        (GET, "GET7", "England's online reports in Quarter 3 were twice those in Quarter 2.", None),
    ],
)
def test_times_those_in_a_quarter(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """'three times those in Quarter 2', 'now half what they were in Quarter 2 2022/23': a
    multiple of the series' own figure of the quarter named, read where the clause names
    its series (or the measure has one), over the clause's quarter or, after 'now', the
    latest (fractions.times_quarter_in)."""
    assert_sentence(edition, indicator, text, expected)
