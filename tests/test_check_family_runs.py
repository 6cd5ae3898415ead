"""Records, runs, movements and hedges (issue 24, after round 18 was written: helper
h-tune21d): each reading made general, with sentences of the same meaning in other words
that are correct, that are wrong, and that look alike but must be left alone, on the
samples' data (worked out by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

# The data the rows are worked out from:
# GET5 fly-tipping per 1,000 households: 2023/24 Q1 4.8, Q2 5.1, Q3 4.5, Q4 5.0; 2024/25 Q1
#   5.3, Q2 5.6, Q3 5.2
# GET1 repairs within 28 days: 2022/23 Q4 85.5%; 2023/24 87.9, 88.4, 86.7, 89.3; 2024/25
#   90.6, 91.2, 89.8 (higher is better)
# ASCH12 (2024-25 Q2) weekly cost: 2023/24 Q2 £662, Q3 £684, Q4 £703; 2024/25 Q1 £761, Q2 £719
# ASCH7 (2024-25 Q2) contacts: 2022/23 Q3 23,620, Q4 24,310; 2023/24 Q4 22,190; 2024/25 Q1
#   21,640, Q2 20,980
# ASCH10 (2023-24 Q2) active plans: 2022/23 Q1 16,210, Q2 16,380, Q3 16,150, Q4 16,020;
#   2023/24 Q1 16,090, Q2 16,340
# ASCH19 (2024-25 Q2) open enquiries: 2023/24 Q4 1,760; 2024/25 Q1 1,850, Q2 1,790
# H2 arrears: 2023/24 Q4 £497,600; 2024/25 Q1 £521,800, Q2 £509,100, Q3 £503,400
# W1 missed bins: 2024/25 Q1 79.2, Q2 74.6, Q3 81.3
# W2 recycling: 2023/24 Q4 41.9%; 2024/25 Q1 54.0%, Q2 52.6%, Q3 45.3% (higher is better)
# Seasons are financial quarters (spring Q1 ... winter Q4), a season with no year the latest
# such quarter up to the report quarter's end, 'last' the one before where that is the
# report quarter itself; a month names the quarter it falls in.


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a record since a month or a season: every quarter after the one it names (that
        # quarter's own figure is not compared)
        (GET, "GET5", "At 5.2, fly-tipping is the lowest since February 2024.", None),
        (GET, "GET5", "At 5.2, fly-tipping is the lowest since last spring.", None),
        (GET, "GET5", "At 5.2, fly-tipping is the lowest since the winter of 2023/24.", None),
        (GET, "GET5", "At 5.2, fly-tipping is the lowest since last winter.", None),
        (ASCH, "ASCH12", "At £719, weekly costs are the lowest since last winter.", None),
        (ASCH, "ASCH12", "At £719, weekly costs are the lowest since February 2024.", None),
        (DISTRICT, "H2", "At £503,400, arrears are the lowest since last winter.", None),
        (DISTRICT, "H2", "At £503,400, arrears are the lowest since May 2024.", None),
        (ASCH, "ASCH7", "Contacts fell to 20,980, the lowest since last winter.", None),
        (ASCH, "ASCH7", "Contacts fell to 20,980, the lowest since November 2022.", None),
        (
            ASCH_2324,
            "ASCH10",
            "At 16,340, active plans are the highest since the summer of 2022.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH10",
            "At 16,340, the number with an active plan is the highest since August 2022.",
            None,
        ),
        (DISTRICT, "W2", "At 45.3%, recycling is the lowest since last winter.", None),
        (DISTRICT, "W2", "At 45.3%, recycling is the worst since last winter.", None),
        (GET, "GET1", "At 89.8%, the repair rate is the lowest since last winter.", None),
        (GET, "GET1", "At 89.8%, the repair rate is the lowest since February 2024.", None),
        # wrong: the most extreme of the quarters after the one named
        (
            GET,
            "GET5",
            "At 5.2, fly-tipping is the highest since February 2024.",
            ("highest or lowest", "the highest since February 2024", "5.6"),
        ),
        (
            GET,
            "GET5",
            "At 5.2, fly-tipping is the lowest since November 2023.",
            ("highest or lowest", "the lowest since November 2023", "5.0"),
        ),
        (
            GET,
            "GET5",
            "At 5.2, fly-tipping is the lowest since last autumn.",
            ("highest or lowest", "the lowest since last autumn", "5.0"),
        ),
        (
            GET,
            "GET5",
            "At 5.2, fly-tipping is the highest since last spring.",
            ("highest or lowest", "the highest since last spring", "5.6"),
        ),
        (
            GET,
            "GET5",
            "At 5.2, fly-tipping is the lowest since autumn 2023.",
            ("highest or lowest", "the lowest since autumn 2023", "5.0"),
        ),
        (
            ASCH,
            "ASCH12",
            "At £719, weekly costs are the highest since last winter.",
            ("highest or lowest", "the highest since last winter", "£761"),
        ),
        (
            ASCH,
            "ASCH12",
            "At £719, weekly costs are the highest since last summer.",
            ("highest or lowest", "the highest since last summer", "£761"),
        ),
        (
            ASCH,
            "ASCH7",
            "Contacts fell to 20,980, the highest since last winter.",
            ("highest or lowest", "the highest since last winter", "21,640"),
        ),
        (
            ASCH_2324,
            "ASCH10",
            "At 16,340, active plans are the highest since the spring of 2022.",
            ("highest or lowest", "the highest since the spring of 2022", "16,380"),
        ),
        (
            ASCH_2324,
            "ASCH10",
            "At 16,340, the number with an active plan is the highest since May 2022.",
            ("highest or lowest", "the highest since May 2022", "16,380"),
        ),
        (
            DISTRICT,
            "W2",
            "At 45.3%, recycling is the highest since last winter.",
            ("highest or lowest", "the highest since last winter", "54.0%"),
        ),
        (
            DISTRICT,
            "W2",
            "At 45.3%, recycling is the worst since November 2023.",
            ("highest or lowest", "the worst since November 2023", "41.9%"),
        ),
        (
            GET,
            "GET1",
            "At 89.8%, the repair rate is the lowest since the winter of 2022/23.",
            ("highest or lowest", "the lowest since the winter of 2022/23", "86.7%"),
        ),
        (
            GET,
            "GET1",
            "At 89.8%, the repair rate is the best since last spring.",
            ("highest or lowest", "the best since last spring", "91.2%"),
        ),
        # the figure of a record since a season is the report quarter's, not the season's
        (
            ASCH,
            "ASCH12",
            "Weekly costs of £719 are the highest since last winter.",
            ("highest or lowest", "the highest since last winter", "£761"),
        ),
        # look-alikes left alone: a year, not a quarter; another quantity; an event
        (GET, "GET5", "At 5.2, fly-tipping is the lowest since last year.", None),
        (ASCH, "ASCH12", "At £719, weekly costs are the highest autumn figure since 2022.", None),
        (GET, "GET5", "Fly-tipping reports have fallen since last spring's campaign.", None),
    ],
)
def test_records_since_a_month_or_season(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a change since a month or a season: from that quarter's own figure
        (DISTRICT, "H2", "Arrears are down £18,400 since last spring.", None),
        (DISTRICT, "H2", "Arrears are down £18,400 since May 2024.", None),
        (DISTRICT, "H2", "Arrears are up £5,800 since last winter.", None),
        (DISTRICT, "H2", "Arrears are up £5,800 since February 2024.", None),
        (DISTRICT, "W2", "The recycling rate has risen by 3.4 points since last winter.", None),
        (DISTRICT, "W2", "The recycling rate has fallen by 8.7 points since last spring.", None),
        (DISTRICT, "W2", "The recycling rate has fallen by 7.3 points since the summer.", None),
        (GET, "GET5", "Fly-tipping is up 0.2 since Quarter 4 2023/24.", None),
        (GET, "GET5", "Fly-tipping has fallen by 0.4 since Quarter 2.", None),
        (
            DISTRICT,
            "H2",
            "Arrears are down £6,300 since last spring.",
            ("change", "down £6,300", "down £18,400"),
        ),
        (
            DISTRICT,
            "H2",
            "Arrears are down £6,300 since May 2024.",
            ("change", "down £6,300", "down £18,400"),
        ),
        (
            DISTRICT,
            "H2",
            "Arrears are up £6,300 since February 2024.",
            ("change", "up £6,300", "up £5,800"),
        ),
        (
            DISTRICT,
            "W2",
            "The recycling rate has fallen by 6.3 points since last spring.",
            ("change", "fallen by 6.3 points", "down 8.7"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping has risen by 0.1 since Quarter 1.",
            ("change", "risen by 0.1", "down 0.1"),
        ),
    ],
)
def test_changes_since_a_month_or_season(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # steps told with 'then': a step with no quarter of its own before 'then' is of an
        # earlier time than the later step's; one after 'then' following a quarter named is
        # of a later time, which one not said: both left alone
        (ASCH, "ASCH12", "Costs rose, then eased in Quarter 2.", None),
        (ASCH, "ASCH12", "Costs rose, then eased in the summer.", None),
        (GET, "GET5", "Fly-tipping rose, then fell in Quarter 3.", None),
        (GET, "GET5", "Fly-tipping rose, then eased in the autumn.", None),
        (ASCH, "ASCH12", "In the spring costs rose, then eased.", None),
        (ASCH, "ASCH12", "Costs rose in Quarter 1, then eased.", None),
        (ASCH, "ASCH12", "Costs climbed to £761 in Quarter 1 and then eased back to £719.", None),
        (ASCH, "ASCH19", "Open enquiries rose to 1,850 in Quarter 1, then eased.", None),
        (GET, "GET5", "Fly-tipping rose to 5.6 in Quarter 2, then eased to 5.2.", None),
        (DISTRICT, "W1", "Missed bins fell, then rose in Quarter 3.", None),
        (DISTRICT, "W1", "Missed bins fell to 74.6 in Quarter 2, then rose to 81.3.", None),
        # a step that names its own quarter is checked
        (
            ASCH,
            "ASCH12",
            "Costs eased in Quarter 1, then rose in Quarter 2.",
            ("movement", "rose", "down £42"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping fell, then rose in Quarter 3.",
            ("movement", "rose", "down 0.4"),
        ),
        (
            ASCH,
            "ASCH12",
            "The average weekly cost fell in Quarter 1, then rose.",
            ("movement", "fell", "up £58"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping fell in Quarter 2, then eased.",
            ("movement", "fell", "up 0.3"),
        ),
        (
            DISTRICT,
            "W1",
            "Missed bins rose in Quarter 2, then fell.",
            ("movement", "rose", "down 4.6"),
        ),
    ],
)
def test_steps_told_with_then(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a season leading the sentence dates its clause, whatever word follows it
        (ASCH, "ASCH12", "In the spring costs rose.", None),
        (ASCH, "ASCH12", "In the spring costs rose to £761.", None),
        (ASCH, "ASCH12", "Over the spring costs climbed by £58.", None),
        (GET, "GET5", "In the summer fly-tipping rose to 5.6.", None),
        (GET, "GET5", "During the summer fly-tipping reached 5.6, its highest on record.", None),
        (
            ASCH,
            "ASCH12",
            "In the spring costs rose to £719.",
            ("level", "£719", "£761"),
        ),
        (
            GET,
            "GET5",
            "In the summer fly-tipping rose to 5.2.",
            ("level", "5.2", "5.6"),
        ),
    ],
)
def test_a_season_leading_the_sentence(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a record told by who recorded it, in one or two words after 'the', 'this', 'our'
        (
            ASCH,
            "ASCH12",
            "At £761 in Quarter 1, the average weekly cost was the highest this indicator "
            "has recorded.",
            None,
        ),
        (
            DISTRICT,
            "CS1",
            "At 2:29 in Quarter 2, the average wait was the shortest the contact centre has "
            "recorded.",
            None,
        ),
        (
            GET,
            "GET5",
            "At 5.6 in Quarter 2, fly-tipping was the highest this indicator has recorded.",
            None,
        ),
        (
            ASCH,
            "ASCH12",
            "The average weekly cost of new packages, £719, is the highest this indicator has "
            "recorded.",
            ("highest or lowest", "the highest this indicator has recorded", "£761"),
        ),
        (
            DISTRICT,
            "CS1",
            "At 2:35, the average wait is the shortest our call centre has ever recorded.",
            ("highest or lowest", "the shortest our call centre has ever recorded", "2:29"),
        ),
        (
            DISTRICT,
            "H2",
            "At £503,400, rent arrears are the lowest the housing service has recorded.",
            ("highest or lowest", "the lowest the housing service has recorded", "£497,600"),
        ),
        (
            DISTRICT,
            "H2",
            "At £503,400, rent arrears are the lowest this measure has recorded.",
            ("highest or lowest", "the lowest this measure has recorded", "£497,600"),
        ),
        (
            GET,
            "GET5",
            "At 5.2, fly-tipping is the highest this indicator has recorded.",
            ("highest or lowest", "the highest this indicator has recorded", "5.6"),
        ),
        # a time's words are no recorder: 'this year has seen' is of the year's quarters
        (
            ASCH,
            "ASCH12",
            "The average weekly cost of new packages, £719, is the highest this year has seen.",
            None,
        ),
        (
            ASCH,
            "ASCH12",
            "The average weekly cost of new packages, £719, is the highest the year has seen.",
            None,
        ),
        (
            ASCH,
            "ASCH12",
            "At £719, weekly costs are the highest the South East region has recorded.",
            None,
        ),
    ],
)
def test_records_told_by_who_recorded_them(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # 'N times in a row': a run of at least N movements, as 'N quarters in a row'
        (ASCH, "ASCH18", "DoLS applications received have grown six times in a row.", None),
        (ASCH, "ASCH18", "DoLS applications received have grown seven times in a row.", None),
        (ASCH, "ASCH7", "Contacts have fallen six times in a row.", None),
        (ASCH, "ASCH7", "Contacts have fallen for the sixth time in a row.", None),
        (
            ASCH,
            "ASCH17",
            "People with a mental health need have increased nine times in a row.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "DoLS applications received have grown eight times in a row.",
            ("streak", "have grown eight times in a row", "1,880"),
        ),
        (
            ASCH,
            "ASCH7",
            "Contacts have fallen seven times in a row.",
            ("streak", "have fallen seven times in a row", "24,310"),
        ),
        (
            ASCH,
            "ASCH7",
            "Contacts have fallen for the fifth time in a row.",
            ("streak", "have fallen for the fifth time in a row", "24,310"),
        ),
        # another thing done 'three times in a row' is no run of the measure's movements
        (ASCH, "ASCH7", "The team has answered contacts within a day three times in a row.", None),
        (
            ASCH,
            "ASCH7",
            "Contacts have fallen, and the helpline has been rated good three times in a row.",
            None,
        ),
    ],
)
def test_runs_counted_in_times(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


# GET6 cost per tonne: 2024/25 Q2 £126.80, Q3 £127.30; ASCH12 (2023-24 Q2) £668 then £662
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a price's words ('got dearer', 'became less expensive') of a measure of money, in a
        # clause that names it: a movement
        (GET, "GET6", "Disposal got a little dearer this quarter, at £127.30 per tonne.", None),
        (
            GET,
            "GET6",
            "Each tonne of residual waste became slightly more expensive to dispose of in "
            "Quarter 3.",
            None,
        ),
        (GET, "GET6", "Residual waste disposal grew costlier again, reaching £127.30.", None),
        (ASCH, "ASCH12", "New packages got cheaper in Quarter 2, averaging £719 a week.", None),
        (ASCH, "ASCH12", "New packages became dearer in Quarter 1.", None),
        (ASCH, "ASCH12", "New packages became less expensive in Quarter 2.", None),
        (
            ASCH,
            "ASCH12",
            "The average new package grew more expensive in Quarter 1, at £761.",
            None,
        ),
        (ASCH_2324, "ASCH12", "New packages got slightly cheaper in Quarter 2, at £662.", None),
        (
            GET,
            "GET6",
            "Disposal of residual waste got a little cheaper this quarter, at £127.30 per tonne.",
            ("movement", "got a little cheaper", "up £0.50"),
        ),
        (
            GET,
            "GET6",
            "Each tonne of residual waste became less expensive to dispose of in Quarter 3.",
            ("movement", "became less expensive", "up £0.50"),
        ),
        (
            ASCH,
            "ASCH12",
            "New packages got more expensive in Quarter 2.",
            ("movement", "got more expensive", "down £42"),
        ),
        (
            ASCH,
            "ASCH12",
            "New packages became cheaper in Quarter 1.",
            ("movement", "became cheaper", "up £58"),
        ),
        (
            ASCH_2324,
            "ASCH12",
            "New packages got dearer in Quarter 2, at £662.",
            ("movement", "got dearer", "down £6"),
        ),
        # left alone: a measure not of money, another thing's price, a price to come
        (GET, "GET5", "Fly-tipping clean-ups got cheaper this quarter.", None),
        (
            DISTRICT,
            "W1",
            "Collections became more expensive this quarter, and missed bins rose to 81.3.",
            None,
        ),
        (ASCH, "ASCH12", "Fuel got dearer, but package costs eased to £719.", None),
        (GET, "GET6", "Diesel got dearer, but disposal stayed at £127.30.", None),
        (ASCH, "ASCH12", "New packages are expected to get dearer next year.", None),
    ],
)
def test_a_price_moved_in_words(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


# ASCH11 (2024-25 Q2) new packages: 2023/24 Q1 2,725, then four falls to 2,157, then 2,172;
# W1: 97.8 (2023/24 Q3), three falls to 74.6, then 81.3; GET5: 4.5 (2023/24 Q3), three rises
# to 5.6, then 5.2; GET1: 86.7% (2023/24 Q3), three rises to 91.2%, then 89.8%
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a run counted in quarters with the way they went ('four quarters of decline'), ended
        # by the clause's movement: exactly that many, to the quarter before
        (
            ASCH,
            "ASCH11",
            "New packages edged up to 2,172, the first rise after four quarters of decline.",
            None,
        ),
        (ASCH, "ASCH11", "New packages rose to 2,172, ending four quarters of decline.", None),
        (
            DISTRICT,
            "W1",
            "Missed bins rose to 81.3, the first rise after three quarters of decline.",
            None,
        ),
        (DISTRICT, "W1", "Missed bins rose to 81.3, ending three quarters of falls.", None),
        (
            GET,
            "GET5",
            "Fly-tipping eased to 5.2, the first fall after three quarters of growth.",
            None,
        ),
        (
            GET,
            "GET5",
            "Fly-tipping eased to 5.2, bringing to an end three quarters of growth.",
            None,
        ),
        (
            GET,
            "GET1",
            "Repairs slipped to 89.8%, the first fall after three quarters of growth.",
            None,
        ),
        (
            ASCH,
            "ASCH11",
            "New packages edged up to 2,172 in Quarter 2, the first rise after five quarters of "
            "decline.",
            ("streak", "the first rise after five quarters of decline", "2,725"),
        ),
        (
            ASCH,
            "ASCH11",
            "New packages rose to 2,172, ending three consecutive quarters of decline.",
            ("streak", "three consecutive quarters of decline", "2,725"),
        ),
        (
            DISTRICT,
            "W1",
            "Missed bins rose to 81.3, the first rise after four quarters of decline.",
            ("streak", "the first rise after four quarters of decline", "97.8"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping eased to 5.2, the first fall after four quarters of growth.",
            ("streak", "the first fall after four quarters of growth", "4.5"),
        ),
        (
            GET,
            "GET5",
            "Fly-tipping eased to 5.2, bringing to an end two quarters of growth.",
            ("streak", "two quarters of growth", "4.5"),
        ),
        (
            GET,
            "GET1",
            "Repairs slipped to 89.8%, the first fall after two quarters of growth.",
            ("streak", "the first fall after two quarters of growth", "86.7%"),
        ),
        # left alone: another thing's growth; a lead that tells what came before
        (
            GET,
            "GET5",
            "Fly-tipping eased to 5.2, after three quarters of growth in garden waste.",
            None,
        ),
        (GET, "GET5", "After three quarters of growth, fly-tipping eased to 5.2.", None),
        (
            ASCH,
            "ASCH11",
            "New packages edged up to 2,172, after four quarters of decline in referrals.",
            None,
        ),
    ],
)
def test_runs_of_quarters_of_decline_or_growth(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)
