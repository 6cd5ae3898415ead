"""Precision on round 18's tuning part (issue 24, after round 18 was written: helper
h-tune20e): each reading that misfired narrowed in general, with sentences of the same
shape that are correct, that are wrong, and that look alike but must be left alone, on the
samples' data (worked out by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

# The ratings the rows are worked out from (this quarter's, the one before):
# GET1 AMBER, GREEN; DISTRICT RB2 GREEN, RED; W1 RED, GREEN; CS1 RED, GREEN;
# ASCH1 (2024-25 Q2) AMBER, GREEN; ASCH5 (2023-24 Q2, reported a quarter in arrears) AMBER,
# GREEN


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a move told as leaving one band for another: the band left is the rating before
        (
            DISTRICT,
            "RB2",
            "Processing times fell to 17.5 days, taking the measure out of Red and into Green.",
            None,
        ),
        (DISTRICT, "RB2", "The rating moved out of the Red band into Green this quarter.", None),
        (
            GET,
            "GET1",
            "Repairs slipped to 89.8%, which took the measure out of Green and into Amber.",
            None,
        ),
        (
            DISTRICT,
            "W1",
            "Missed bins rose to 81.3, pushing the measure out of Green and into Red.",
            None,
        ),
        (DISTRICT, "CS1", "Waits lengthened, and the measure went out of Green into Red.", None),
        (
            ASCH_2324,
            "ASCH5",
            "The admissions rate went up, moving it out of Green and into Amber.",
            None,
        ),
        (
            DISTRICT,
            "RB2",
            "Times fell to 17.5 days, lifting the measure out of Amber and into Green.",
            ("rating", "out of Amber and into Green", "it was RED"),
        ),
        (
            GET,
            "GET1",
            "Repairs slipped, taking the measure out of Green and into Red.",
            ("rating", "out of Green and into Red", "the rating is AMBER"),
        ),
        (
            ASCH_2324,
            "ASCH5",
            "Admissions went up, taking the measure out of Green and into Red.",
            ("rating", "out of Green and into Red", "the rating is AMBER"),
        ),
        # 'then', 'at the time': the rating of the one quarter named before it
        (DISTRICT, "W1", "The rate was 74.6 in Quarter 2 and the measure was Green then.", None),
        (
            GET,
            "GET1",
            "Repairs were 91.2% in Quarter 2, and the measure was rated Green at the time.",
            None,
        ),
        (DISTRICT, "RB2", "In Quarter 2 the measure was rated Red at that point.", None),
        (
            ASCH,
            "ASCH1",
            "Re-contact was lower in Quarter 1, and the measure was rated Green then.",
            None,
        ),
        (
            DISTRICT,
            "CS1",
            "In Quarter 2 calls were answered faster and the measure was Green then.",
            None,
        ),
        # two quarters named, or none: 'then' is not bound, and the rating is left alone
        (DISTRICT, "W1", "In Quarter 1 and Quarter 2 the measure was Amber then.", None),
        (DISTRICT, "W1", "The measure was rated Amber then.", None),
        (GET, "GET1", "The measure is Amber now; it was Green then, in Quarter 2.", None),
        (
            DISTRICT,
            "W1",
            "The rate was 74.6 in Quarter 2, and the measure was rated Red then.",
            ("rating", "Red", "it was GREEN"),
        ),
        (
            DISTRICT,
            "CS1",
            "Calls were answered quicker in Quarter 2, and the measure was Amber at the time.",
            ("rating", "Amber", "it was GREEN"),
        ),
        (
            ASCH,
            "ASCH1",
            "In Quarter 1 re-contact was lower and the measure was Amber then.",
            ("rating", "Amber", "it was GREEN"),
        ),
    ],
)
def test_ratings_left_and_then(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


# ASCH1 (2024-25 Q2) re-contact 5.8% (shown 6%), Q1 4.9%; GET1 89.8%, Q2 91.2%; GET2 6.2%,
# a year before 4.6%; ASCH6 (2023-24 Q2) 78%, Q1 77%
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a percentage that sizes a change named by its noun, on a measure that is a
        # percentage: a relative change, never the level
        (
            ASCH,
            "ASCH1",
            "The re-contact rate went up by about a point in Quarter 2. In relative terms that "
            "is an 18% increase.",
            None,
        ),
        (ASCH, "ASCH1", "Re-contact rose in Quarter 2, an 18% increase.", None),
        (
            ASCH,
            "ASCH1",
            "Re-contact rose in Quarter 2. This represents a 25% relative rise on Quarter 1.",
            None,
        ),
        (
            GET,
            "GET1",
            "Repair performance slipped in Quarter 3, a 2% fall in relative terms.",
            None,
        ),
        (
            GET,
            "GET2",
            "The landfill rate climbed again in Quarter 3, a 35% year-on-year increase.",
            None,
        ),
        (DISTRICT, "RB1", "Collection moved on in Quarter 3: a 4 per cent improvement.", None),
        (ASCH_2324, "ASCH6", "Good or Outstanding placements rose slightly, a 1% gain.", None),
        # the level beside it is still read
        (
            ASCH,
            "ASCH1",
            "Re-contact was 9% in Quarter 2, a rise on Quarter 1.",
            ("level", "9%", "6%"),
        ),
        (
            GET,
            "GET2",
            "A 5% increase in landfill took it to 9% in Quarter 3.",
            ("level", "9%", "6.2%"),
        ),
        (GET, "GET2", "Landfill stood at 9% in Quarter 3.", ("level", "9%", "6.2%")),
    ],
)
def test_relative_change_of_a_rate(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


# GET9 park visits: Q2 2022/23 538,000; Q4 2023/24 205,000; Q1 2024/25 447,000; Q2
# 589,000; Q3 236,000. GET8 reports Q2 2022/23 6,110, Q3 2024/25 11,280. ASCH19 (2024-25
# Q2) open enquiries 1,790, Q1 1,850, Q1 2022/23 1,180
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a span 'between' two times the period reading resolves neither of: its multiple,
        # figures and movement are of quarters not known, and left alone
        (GET, "GET9", "Visits more than doubled between the winter and spring quarters.", None),
        (
            GET,
            "GET9",
            "Park visits fell by more than half between the summer and autumn quarters, from "
            "589,000 to 236,000.",
            None,
        ),
        (
            GET,
            "GET8",
            "Pothole reports almost doubled between the summer and autumn quarters.",
            None,
        ),
        (
            GET,
            "GET9",
            "Between the spring and summer quarters visits rose from 447,000 to 589,000.",
            None,
        ),
        # resolved, they are checked
        # (h-tune21b: seasons are the financial year's quarters, spring Q1 ... winter Q4, and
        # a span's ends are read each on its own, spans.py: winter 2023/24 Q4 205,000 to
        # spring 2024/25 Q1 447,000; W1 spring 2023 (2023/24 Q1) 92.1 to autumn 2024 81.3;
        # summer 2024/25 Q2 589,000 to autumn Q3 236,000)
        (
            GET,
            "GET9",
            "Visits trebled between the winter and spring quarters.",
            ("multiple", "trebled", "2.18 times"),
        ),
        (
            DISTRICT,
            "W1",
            "Missed collections halved between the spring of 2023 and the autumn of 2024.",
            ("multiple", "halved", "0.88 times"),
        ),
        (
            GET,
            "GET9",
            "Park visits halved between the summer and the autumn, to 236,000.",
            ("multiple", "halved", "0.40 times"),
        ),
        (
            GET,
            "GET9",
            "Visits doubled between Quarter 1 2024/25 and Quarter 2 2024/25.",
            ("multiple", "doubled", "1.32 times"),
        ),
        (
            GET,
            "GET8",
            "Pothole reports halved between Quarter 2 2022/23 and Quarter 3 2024/25.",
            ("multiple", "halved", "1.85 times"),
        ),
        (
            GET,
            "GET9",
            "Between July and September the parks had 447,000 visits.",
            ("level", "447,000", "589,000"),
        ),
        # a change told from the one earlier quarter named ('From 1,180 in ... to 1,790
        # now'): its base is that quarter, not the one before by default
        (
            ASCH,
            "ASCH19",
            "From 1,180 in the first quarter of 2022/23 to 1,790 now, open enquiries have grown "
            "by half.",
            None,
        ),
        (
            ASCH,
            "ASCH19",
            "Open enquiries have grown by half since Quarter 1 2022/23, from 1,180 to 1,790.",
            None,
        ),
        (
            ASCH,
            "ASCH19",
            "Set against the 1,180 of Quarter 1 2022/23, the 1,790 open now is up by half.",
            None,
        ),
        (
            ASCH,
            "ASCH19",
            "From 1,180 in the first quarter of 2022/23 to 1,790 now, open enquiries have trebled.",
            ("multiple", "trebled", "1.52 times"),
        ),
    ],
)
def test_spans_and_bases_unresolved(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


# DISTRICT H2 rent arrears Q3 2024/25 £503,400 against a target of £500,000 (lower is
# better); GET8 Q3 2024/25 reported 11,280, repaired 10,390 (92%)
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a gap on a measure of one series: the distance to the quarter's target
        (
            DISTRICT,
            "H2",
            "Arrears have been above target for three quarters running, although the gap has "
            "narrowed to £3,400.",
            None,
        ),
        (DISTRICT, "H2", "Arrears are above target, and the gap stands at £3,400.", None),
        (
            DISTRICT,
            "H2",
            "Arrears are above target, and the gap stands at £13,400.",
            ("gap", "£13,400", "£503,400"),
        ),
        # a share in a sentence about the year to date, naming no quarter: the year's share,
        # which the quarter's figures do not give
        (
            GET,
            "GET8",
            "Over the first three quarters of the year, repairs amounted to 98% of reports.",
            None,
        ),
        (
            GET,
            "GET8",
            "So far this year, the potholes repaired amount to 98% of those reported.",
            None,
        ),
        (GET, "GET8", "Year to date, repairs were 98% of reports.", None),
        (GET, "GET8", "Across 2024/25 so far, repairs came to 98% of reports.", None),
        (
            GET,
            "GET8",
            "In Quarter 3, repairs came to 98% of reports.",
            ("share", "98% of reports", "92%"),
        ),
        (GET, "GET8", "Repairs came to 98% of reports.", ("share", "98% of reports", "92%")),
    ],
)
def test_gaps_to_target_and_shares_of_the_year(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


# GET1 repairs within 28 days: Q3 2024/25 89.8%, Q2 91.2%, target 90%; DISTRICT H2 arrears
# Q3 2024/25 £503,400
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a clause in the past perfect, no quarter named in it or before it: a state before
        # the time the sentence speaks of, of quarters it does not name
        (
            GET,
            "GET1",
            "Streetlight repairs had met the 90% target for two quarters running before "
            "slipping to 89.8% in Quarter 3.",
            None,
        ),
        (
            GET,
            "GET1",
            "Repairs had been above the 90% target for three quarters before they slipped to "
            "89.8%.",
            None,
        ),
        (
            GET,
            "GET1",
            "Repair times had improved for two quarters in a row, but slipped to 89.8% in "
            "Quarter 3.",
            None,
        ),
        (
            DISTRICT,
            "H2",
            "Arrears had fallen for three quarters before rising again to £503,400.",
            None,
        ),
        (GET, "GET1", "Repairs had been at 91.2% before the slip to 89.8%.", None),
        # a quarter named in it or before it binds it, and it is checked
        (
            GET,
            "GET1",
            "Repairs had slipped to 85% by the end of Quarter 3.",
            ("level", "85%", "89.8%"),
        ),
        (
            GET,
            "GET1",
            "By the end of December, repairs had slipped to 85%.",
            ("level", "85%", "89.8%"),
        ),
        (
            GET,
            "GET1",
            "Repairs met the 90% target in Quarter 3.",
            ("against target", "met the 90% target", "89.8%"),
        ),
    ],
)
def test_past_perfect(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


# GET5 fly-tipping per 1,000 households: Q3 2024/25 5.2, Q2 5.6, Q1 5.0, Q4 2023/24 5.3;
# GET4 consultations answered in time Q3 2024/25 98%, Q1 95%; GET1 Q3 89.8%
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a side of a bound in a clause naming a span of quarters: each quarter's bound, not
        # the report quarter's level (the range it writes is checked as a range: 5.6 in
        # Quarter 2 is above 5.5; at 5.6 it holds)
        (
            GET,
            "GET5",
            "Fly-tipping has neither risen above 5.5 nor dipped below 5.0 per 1,000 households "
            "in the four latest quarters.",
            ("range", "neither risen above 5.5", "5.6"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping has neither risen above 5.6 nor dipped below 5.0 per 1,000 households "
            "in the four latest quarters.",
            None,
        ),
        (
            GET,
            "GET4",
            "Timely responses have now been at or above the 95% level for five consecutive "
            "quarters.",
            None,
        ),
        (GET, "GET4", "Responses have stayed above 90% in each of the last four quarters.", None),
        (GET, "GET1", "Repairs have not dropped below 89% in the past four quarters.", None),
        (
            DISTRICT,
            "H3",
            "Households in temporary accommodation have stayed under 80 through the year.",
            None,
        ),
        (GET, "GET5", "Fly-tipping stayed below 6 per 1,000 households across the year.", None),
        # the report quarter's side, or a span in another clause: checked
        (GET, "GET4", "Responses are above 99% this quarter.", ("level", "above 99%", "98%")),
        (GET, "GET5", "Fly-tipping was above 5.5 in Quarter 3.", ("level", "above 5.5", "5.2")),
        (
            GET,
            "GET5",
            "Fly-tipping stood above 5.5 this quarter, after four quarters of decline.",
            ("level", "above 5.5", "5.2"),
        ),
    ],
)
def test_bounds_over_a_span(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


# GET8 Q3 2024/25 reported 11,280, repaired 10,390; DISTRICT H3 households in temporary
# accommodation at the end of Q3 2024/25 72
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a figure, its things and a participle naming none of the series ('potholes
        # fixed'): which series it is, other words guessed; left alone
        (GET, "GET8", "The 10,390 potholes fixed equalled 92% of those reported.", None),
        (GET, "GET8", "The 10,390 potholes mended came to 92% of the number reported.", None),
        (GET, "GET8", "Crews saw 10,390 potholes filled, against 11,280 reported.", None),
        # a participle of the series' own, or none, binds it: checked
        (
            GET,
            "GET8",
            "The 10,930 potholes repaired came to 92% of the number reported.",
            ("level", "10,930", "10,390"),
        ),
        (
            GET,
            "GET8",
            "Crews repaired 10,930 potholes between October and December.",
            ("level", "10,930", "10,390"),
        ),
        (
            GET,
            "GET8",
            "There were 12,280 potholes reported in Quarter 3.",
            ("level", "12,280", "11,280"),
        ),
        (
            DISTRICT,
            "H3",
            "There were 80 households placed in temporary accommodation at the end of December.",
            ("level", "80", "72"),
        ),
    ],
)
def test_own_words_name_no_series(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)
