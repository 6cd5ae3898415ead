"""Precision on round 19's tuning part (issue 24, after round 18 was written: helper
h-tune21e): each reading that misfired made general, with sentences of the same meaning in
other words that are correct, that are wrong, and that look alike but must be left alone, on
the samples' data (worked out by hand in the comments). Every sentence here was written for
these rows, none is a corpus case."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

# The data the rows are worked out from:
# RB1 (district, 2024-25 Q3) 84.6% collected against an 84.5% profile
# W2 recycling rate 2024-25 Q3 45.3%, Q2 52.6%, Q1 54.0%; 2023-24 Q3 44.1% (up 1.2 points
#   on last autumn, 2.7% relatively), Q4 41.9%; target 2024/25 52.0%
# GET5 fly-tipping per 1,000 homes 2024-25 Q3 5.2, Q2 5.6, Q1 5.3
# GET7 Q3 2024/25 online 66.4%, telephone 25.8%, email 6.9%, face to face 0.9% of enquiries
# GET8 potholes reported Q3 11,280, Q2 6,030; year to date reported 25,620, repaired 25,110
# ASCH2 (2024-25 Q2) 75%, Q1 75%; 2023-24 Q2 71%; target 85%, floor 75%
# ASCH18 (2024-25 Q2) received 2,870, Q1 2,610; year to date received 5,480, completed 4,745
# CS1 (district) average wait 2:35 in Q3, 2:29 in Q2


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a fraction of one unit ('a tenth of a point', 'a third of a day') is an amount: a
        # gap or a change, never a share of a whole, which is of many things
        (DISTRICT, "RB1", "Collection stands at 84.6%, a tenth of a point ahead of profile.", None),
        (
            DISTRICT,
            "RB1",
            "At 84.6%, collection is half a point above where it was a year ago.",
            None,
        ),
        (
            DISTRICT,
            "RB1",
            "Collection ended the quarter a quarter of a percentage point up on profile.",
            None,
        ),
        (
            DISTRICT,
            "W2",
            "The recycling rate is now within a fifth of a point of last year's autumn figure.",
            None,
        ),
        (
            DISTRICT,
            "H1",
            "Voids took 25.3 days, a third of a day longer than the standard allows.",
            None,
        ),
        (
            ASCH,
            "ASCH2",
            "Timeliness sits a tenth of a percentage point short of where we hoped.",
            None,
        ),
        (
            GET,
            "GET5",
            "Fly-tipping, at 5.2 per 1,000 homes, is a fifth of an incident lower than in the "
            "summer.",
            None,
        ),
        (
            DISTRICT,
            "CS1",
            "Calls were answered in 2:35, half a minute outside the standard.",
            None,
        ),
        (DISTRICT, "CS1", "The wait is now a quarter of an hour shorter at peak times.", None),
        (
            ASCH_2324,
            "ASCH3",
            "Direct payments reached 25%, a tenth of a point short of the aim.",
            None,
        ),
        # fractions of a whole, still checked
        (
            GET,
            "GET7",
            "Two thirds of enquiries were made by telephone.",
            ("fraction", "Two thirds", "26%"),
        ),
        (GET, "GET7", "Half of all enquiries were made by email.", ("fraction", "Half", "7%")),
        (
            GET,
            "GET7",
            "A tenth of enquiries were made face to face.",
            ("fraction", "A tenth", "1%"),
        ),
        (
            GET,
            "GET7",
            "Three quarters of enquiries were made online.",
            ("fraction", "Three quarters", "66%"),
        ),
        (
            GET,
            "GET7",
            "A quarter of enquiries were made by email.",
            ("fraction", "A quarter", "7%"),
        ),
    ],
)
def test_fraction_of_one_unit(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a participle opening a clause after a target, floor, standard, profile or benchmark
        # tells of that level: its movement and its earlier level are not the measure's
        (
            ASCH,
            "ASCH2",
            "Timeliness is judged against an 85% target, lowered from 90% this year.",
            None,
        ),
        (ASCH, "ASCH2", "We now work to a floor of 75%, raised from 70% last year.", None),
        (
            ASCH,
            "ASCH2",
            "Performance is measured against a target of 85%, cut from 90% for 2024-25.",
            None,
        ),
        (
            DISTRICT,
            "H1",
            "Voids are now held to a 25-day standard, tightened from 28 days in April.",
            None,
        ),
        (
            DISTRICT,
            "CS1",
            "Calls are measured against a target of two and a half minutes, reduced from three.",
            None,
        ),
        (
            DISTRICT,
            "RB1",
            "Collection is tracked against an 84.5% profile, increased from 84% last year.",
            None,
        ),
        (
            GET,
            "GET5",
            "Fly-tipping is compared with a regional benchmark of 5.0, revised down from 5.4.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH3",
            "Direct payments are set against a 30% aim, raised from 28% last year, and a floor "
            "of 24%.",
            None,
        ),
        (ASCH, "ASCH2", "The 85% target, reduced from 90%, still lies ahead of us.", None),
        # the target itself still checked; the measure's own movements still read
        (
            DISTRICT,
            "W2",
            "Recycling is judged against a 50% target, increased from 45% when the trial began.",
            ("target", "a 50% target", "52.0%"),
        ),
        (
            DISTRICT,
            "W2",
            "The recycling rate rose in Quarter 3.",
            ("movement", "rose", "52.6%"),
        ),
        (GET, "GET5", "Fly-tipping increased in Quarter 3.", ("movement", "increased", "5.6")),
        (
            DISTRICT,
            "W2",
            "The recycling rate, increased from the summer, now stands at 45.3%.",
            ("movement", "increased", "52.6%"),
        ),
    ],
)
def test_participle_of_a_level_set(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # 'steady' or 'stable' as the adjective of a figure or a range ('a steady 5.0 to 5.5
        # incidents') says nothing of a movement
        (
            GET,
            "GET5",
            "We have recorded a steady 5.2 to 5.6 incidents per 1,000 homes over the last "
            "three quarters.",
            None,
        ),
        (
            GET,
            "GET5",
            "Fly-tipping has run at a steady 5 to 6 incidents per 1,000 homes all year.",
            None,
        ),
        (
            GET,
            "GET5",
            "A steady 5.2 incidents per 1,000 homes were recorded this quarter.",
            None,
        ),
        (
            DISTRICT,
            "W2",
            "The trial has delivered a steady 45% or so recycling rate this autumn.",
            None,
        ),
        (
            DISTRICT,
            "H1",
            "Voids took a steady 25 days or so to turn around this quarter.",
            None,
        ),
        (ASCH, "ASCH2", "Timeliness held at a steady 75% this quarter.", None),
        (ASCH, "ASCH2", "Timeliness has been steady at 75% since Quarter 1.", None),
        (GET, "GET5", "There has been a steady rise in fly-tipping over the year.", None),
        (
            DISTRICT,
            "RB1",
            "Collection continued at a steady pace, reaching 84.6% by December.",
            None,
        ),
        # 'steady' of the measure still read, and the figure after 'a steady' still checked
        (
            GET,
            "GET5",
            "Fly-tipping was steady this quarter.",
            ("movement", "was steady", "5.6"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping has stayed stable for three quarters.",
            ("movement", "has stayed stable", "5.6"),
        ),
        (ASCH, "ASCH2", "Timeliness held at a steady 78% this quarter.", ("level", "78%", "75%")),
        (
            DISTRICT,
            "W2",
            "The recycling rate was steady in Quarter 3.",
            ("movement", "was steady", "52.6%"),
        ),
    ],
)
def test_steady_of_a_figure(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a percentage beside a change in points ('four points, or 6%, better') is the same
        # change told relatively, never the measure's level
        (ASCH, "ASCH2", "Timeliness is three points, or 4%, better than a year ago.", None),
        (
            DISTRICT,
            "W2",
            "The recycling rate is 1.2 points, or 3%, higher than last year.",
            None,
        ),
        (
            DISTRICT,
            "RB1",
            "Collection is level with last year at 84.6%, or 0% change.",
            None,
        ),
        (
            DISTRICT,
            "W2",
            "On a year ago the rate is higher by 1.2 points, roughly 3% in relative terms.",
            None,
        ),
        (
            ASCH,
            "ASCH2",
            "Against a year ago, timeliness is better by some three points, or 4%.",
            None,
        ),
        (DISTRICT, "W2", "Recycling fell 7.3 points, or 14%, from the summer.", None),
        (
            GET,
            "GET1",
            "Compared with a year ago the 28-day repair rate is 3.1 points, or 4%, higher.",
            None,
        ),
        (DISTRICT, "W2", "The rate is 7.3 points or 14% lower than in the summer.", None),
        # the change in points still checked, and a level elsewhere in the sentence
        (
            DISTRICT,
            "W2",
            "Recycling fell 5 points, or 10%, from the summer.",
            ("change", "fell 5 points", "7.3"),
        ),
        (
            DISTRICT,
            "W2",
            "The recycling rate is 1.2 points higher than a year ago, at 47%.",
            ("level", "at 47%", "45.3%"),
        ),
        (
            ASCH,
            "ASCH2",
            "Timeliness, at 78%, is better than a year ago.",
            ("level", "at 78%", "75%"),
        ),
    ],
)
def test_relative_beside_points(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # in a sentence about the year to date, 'from' and a figure after another figure is
        # the whole the first came out of: neither the quarter before nor the year to date
        # of the first figure's series
        (
            ASCH,
            "ASCH18",
            "Since April we have completed 4,745 authorisations, from 5,480 applications "
            "received over the same period.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "So far this year assessors have completed 4,745 authorisations, from 5,480 "
            "applications received in that time.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "In the year to date, 4,745 authorisations were completed, from 5,480 applications.",
            None,
        ),
        (
            GET,
            "GET8",
            "Since April crews have repaired 25,110 potholes, from 25,620 reported in that time.",
            None,
        ),
        (
            GET,
            "GET8",
            "Since April we have repaired 25,110 potholes, from the 25,620 reported over the "
            "same months.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "Across April to September, 4,745 authorisations were completed, from 5,480 "
            "applications.",
            None,
        ),
        # 'from' after a movement in a quarter's sentence, and the year to date, still read
        (
            ASCH,
            "ASCH18",
            "Applications received rose to 2,870 this quarter, from 2,000.",
            ("from", "2,000", "2,610"),
        ),
        (
            ASCH,
            "ASCH18",
            "Applications received rose to 2,870 in Quarter 2, from 2,610 in Quarter 1.",
            None,
        ),
        (
            GET,
            "GET8",
            "Reports rose to 11,280 this quarter, from 5,000.",
            ("from", "5,000", "6,030"),
        ),
        (
            ASCH,
            "ASCH18",
            "Since April we have received 6,480 applications.",
            ("year to date", "6,480", "5,480"),
        ),
        (
            GET,
            "GET8",
            "Since April the public have reported 24,620 potholes.",
            ("year to date", "24,620", "25,620"),
        ),
    ],
)
def test_from_in_a_span_to_date(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # 'last autumn', 'than last summer': the latest such season before the quarter
        # reported (a year before, when the season is the quarter's own)
        (
            DISTRICT,
            "W2",
            "Compared with last autumn, the recycling rate is 1.2 points higher.",
            None,
        ),
        (DISTRICT, "W2", "The recycling rate is 1.2 points higher than last autumn.", None),
        (DISTRICT, "W2", "Against last autumn, recycling is up 1.2 points.", None),
        (DISTRICT, "W2", "The recycling rate is 7.3 points lower than last summer.", None),
        (DISTRICT, "W2", "Recycling stands at 45.3%, against 44.1% last autumn.", None),
        (
            GET,
            "GET5",
            "Fly-tipping is 0.4 lower than last summer, at 5.2 per 1,000 homes.",
            None,
        ),
        (
            ASCH,
            "ASCH2",
            "Compared with last summer, timeliness is four points better.",
            None,
        ),
        (ASCH_2324, "ASCH3", "Direct payments are at 25%, the same as last summer.", None),
        (DISTRICT, "H1", "Voids are turned around faster than last autumn.", None),
        (DISTRICT, "W2", "Recycling is higher than it was last autumn, at 45.3%.", None),
        (
            DISTRICT,
            "W2",
            "Compared with last autumn, the recycling rate is 2.7 points higher.",
            ("change", "2.7 points higher", "1.2"),
        ),
        (
            DISTRICT,
            "W2",
            "The recycling rate is 3 points higher than last autumn.",
            ("change", "3 points higher than last autumn", "1.2"),
        ),
        (
            DISTRICT,
            "W2",
            "Recycling stands at 45.3%, against 41% last autumn.",
            ("level", "41% last autumn", "44.1%"),
        ),
        (
            DISTRICT,
            "W2",
            "The recycling rate is 5 points lower than last summer.",
            ("change", "5 points lower than last summer", "7.3"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping is 1.4 lower than last summer.",
            ("change", "1.4 lower than last summer", "0.4"),
        ),
    ],
)
def test_last_season(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a movement whose size is told twice ('3.1 points, or around 4%', '1.2 points (about
        # 3%)') and then the quarter compared with: the movement is from that quarter (GET1
        # 89.8% in Quarter 3 2024/25, 91.2% in Quarter 2, 86.7% a year before)
        (
            DISTRICT,
            "W2",
            "Recycling is up 1.2 percentage points (about 3%) on the same quarter last year.",
            None,
        ),
        (GET, "GET1", "The repair rate rose 3.1 points, or around 4%, on a year ago.", None),
        (
            GET,
            "GET1",
            "The repair rate rose by 3.1 points (4%) on the same quarter last year.",
            None,
        ),
        (DISTRICT, "W2", "Recycling rose 1.2 points, or 2.7%, compared with a year ago.", None),
        (
            DISTRICT,
            "W2",
            "The recycling rate fell 7.3 points, or 14%, on the previous quarter.",
            None,
        ),
        (
            DISTRICT,
            "W2",
            "The recycling rate fell 7.3 points, or 14%, on the summer quarter.",
            None,
        ),
        (GET, "GET5", "Fly-tipping fell 0.4, or 7%, on the previous quarter.", None),
        (ASCH, "ASCH2", "Timeliness improved by 4 points, or 6%, on a year ago.", None),
        (DISTRICT, "W2", "Recycling rose 1.2 points (2.7%) on Quarter 3 2023-24.", None),
        (GET, "GET1", "The repair rate rose 3.1 points, or 4%, on last year.", None),
        (
            DISTRICT,
            "W2",
            "Recycling fell 1.2 percentage points (about 3%) on the same quarter last year.",
            ("movement", "fell", "44.1%"),
        ),
        (
            GET,
            "GET1",
            "The repair rate fell 3.1 points, or around 4%, on a year ago.",
            ("movement", "fell", "86.7%"),
        ),
        (
            DISTRICT,
            "W2",
            "The recycling rate rose 7.3 points, or 14%, on the previous quarter.",
            ("change", "rose 7.3 points", "7.3"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping rose 0.4, or 7%, on the previous quarter.",
            ("change", "rose 0.4", "0.4"),
        ),
        (
            ASCH,
            "ASCH2",
            "Timeliness fell by 4 points, or 6%, on a year ago.",
            ("movement", "fell", "71%"),
        ),
    ],
)
def test_movement_from_the_quarter_after_its_size(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)
