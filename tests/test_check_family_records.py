"""Records and runs of quarters, read in general (issue 24, after round 16: h-tune19c): a
target's side held over a counted run, a record's words in more shapes ('the weakest
since', 'the lowest in two years', 'a record level', 'higher than at any point in the
series', 'No quarter charted has seen more'), and a run's way told by its noun, its
comparative or a verb ('the third successive quarter of growth', 'fewer people made
contact', 'have shortened', 'got better'), or ended by the sentence's movement ('eased to
1,790, after a run of six quarterly increases'). Each row is a sentence on one of the four
editions' data, worked out by hand, with the finding it must give (its rule, words quoted
and the data's figure) or none: correct sentences, wrong ones, and look-alikes left
alone."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

Row = tuple[tuple[str, str], str, str, tuple[str, str, str] | None]


# a target's side over a run counted after it: 'for the Nth consecutive quarter' exactly N
# quarters to the clause's, 'for N quarters running' at least N; each quarter against the
# target in force then
TARGET_RUNS: list[Row] = [
    # GET3 (target 92%): 90, 93, 94 - met in the last two quarters
    (
        GET,
        "GET3",
        "Routine repairs have met the 92% target for the second consecutive quarter.",
        None,
    ),
    (GET, "GET3", "Routine repairs have met the 92% target for two quarters running.", None),
    (GET, "GET3", "Routine repairs have now been above target for two consecutive quarters.", None),
    (
        GET,
        "GET3",
        "Routine repairs have met the 92% target for the third consecutive quarter.",
        ("against target", "for the third consecutive quarter", "93%"),
    ),
    (
        GET,
        "GET3",
        "Routine repairs have been above the target for three quarters running.",
        ("against target", "for three quarters running", "93%"),
    ),
    # GET4 (target 95%): 92, 97, 96, 95, 97, 98 - met in the last five quarters
    (GET, "GET4", "Consultation responses met the target for the fifth consecutive quarter.", None),
    (GET, "GET4", "Consultation responses have been on target for four quarters running.", None),
    (
        GET,
        "GET4",
        "Consultation responses met the target for the sixth consecutive quarter.",
        ("against target", "sixth consecutive quarter", "97%"),
    ),
    # two sides joined: 'exceeded' alone is not held over the run, and is not read so
    (
        GET,
        "GET4",
        "Consultation responses met or exceeded the 95% target for the fifth consecutive quarter.",
        None,
    ),
    # W2 (target 52% in 2024/25): 54.0, 52.6, 45.3 - below it in the latest quarter alone
    (DISTRICT, "W2", "Recycling fell below the 52% target in Quarter 3.", None),
    (
        DISTRICT,
        "W2",
        "Recycling has been below the 52% target for the second consecutive quarter.",
        ("against target", "second consecutive quarter", "45.3%"),
    ),
    # ASCH5 (lower is better, target 588): 590.4, 584.9, 579.6 - within it for two quarters
    (
        ASCH,
        "ASCH5",
        "Admissions have been within the 588 target for the second consecutive quarter.",
        None,
    ),
    (ASCH, "ASCH5", "Admissions have been below the 588 target for two quarters running.", None),
    (
        ASCH,
        "ASCH5",
        "Admissions have been within the 588 target for the third consecutive quarter.",
        ("against target", "third consecutive quarter", "585"),
    ),
    # ASCH5 in 2023/24, charted to Quarter 1: 585.2, then 592.6 - missed in Quarter 1 alone
    (ASCH_2324, "ASCH5", "Admissions have missed the 588 target in Quarter 1.", None),
    (
        ASCH_2324,
        "ASCH5",
        "Admissions have missed the 588 target for the second consecutive quarter.",
        ("against target", "second consecutive quarter", "593"),
    ),
    (
        ASCH_2324,
        "ASCH5",
        "Admissions have missed the 588 target for three quarters running.",
        ("against target", "three quarters running", "593"),
    ),
    # ASCH3 in 2023/24 (floor 24%): 24.0 on it, then above it four times
    (
        ASCH_2324,
        "ASCH3",
        "Direct payments have stayed above the floor for four quarters running.",
        None,
    ),
    # ASCH2 (floor 80, then 75 in 2024/25): 74.1, 75.2, 75.3 - above the floor twice
    (
        ASCH,
        "ASCH2",
        "Assessments within 28 days have stayed above the floor for two consecutive quarters.",
        None,
    ),
    (
        ASCH,
        "ASCH2",
        "Assessments within 28 days have stayed above the floor for the third consecutive quarter.",
        ("against target", "third consecutive quarter", "75%"),
    ),
    # RB1 (a profiled target): 97.4 short of 97.5 in Quarter 4, ahead in the three since
    (
        DISTRICT,
        "RB1",
        "Council tax collection has been ahead of target for three quarters running.",
        None,
    ),
    (
        DISTRICT,
        "RB1",
        "Council tax collection has been ahead of target for four quarters running.",
        ("against target", "four quarters running", "29.4%"),
    ),
    # look-alikes left alone: a run in a lead that ended, a run of another year, a forecast,
    # a comparator's run, a run that reaches back past the first quarter charted
    (
        GET,
        "GET3",
        "After missing the target for three consecutive quarters, routine repairs met it.",
        None,
    ),
    (
        GET,
        "GET3",
        "Routine repairs met the 92% target for the third consecutive quarter in 2023/24.",
        None,
    ),
    (
        GET,
        "GET3",
        "Routine repairs are expected to stay above target for a fifth consecutive quarter.",
        None,
    ),
    (
        GET,
        "GET4",
        "Nationally, councils have met the target for the sixth consecutive quarter.",
        None,
    ),
    (
        ASCH,
        "ASCH3",
        "Direct payments have been below the 30% target for the ninth quarter running.",
        None,
    ),
]


# records in more shapes: the worst and best as 'weakest' and 'strongest' (by the measure's
# better direction), a span of years or quarters this one among them, 'a record' (high or
# low, checked as either), 'than at any point in the series', 'the lowest the council has
# seen since', 'No quarter charted has seen more', 'dearer'/'cheaper', 'Not since ... has
# it been as low'
RECORDS: list[Row] = [
    # GET1 (higher is better): 86.7, 89.3, 90.6, 91.2, 89.8 from Quarter 3 2023/24
    (GET, "GET1", "Streetlight repairs fell to 89.8%, the weakest since Quarter 4 2023/24.", None),
    (
        GET,
        "GET1",
        "Streetlight repairs fell to 89.8%, the weakest since Quarter 3 2023/24.",
        ("highest or lowest", "weakest since Quarter 3 2023/24", "89.3%"),
    ),
    (
        GET,
        "GET1",
        "Not since Quarter 1 2024/25 has the repair rate been as high as this quarter's 89.8%.",
        ("highest or lowest", "Not since Quarter 1 2024/25", "91.2%"),
    ),
    # W2 (higher is better): 53.2, 51.8, 44.1, 41.9, 54.0, 52.6, 45.3
    (
        DISTRICT,
        "W2",
        "Recycling dipped to 45.3%, the weakest result since Quarter 4 2023/24.",
        None,
    ),
    (DISTRICT, "W2", "Recycling dipped to 45.3%, the lowest in three quarters.", None),
    (
        DISTRICT,
        "W2",
        "Recycling dipped to 45.3%, the weakest result on record.",
        ("highest or lowest", "weakest result on record", "41.9%"),
    ),
    (
        DISTRICT,
        "W2",
        "Recycling dipped to 45.3%, the lowest figure in two years.",
        ("highest or lowest", "lowest figure in two years", "41.9%"),
    ),
    (
        DISTRICT,
        "W2",
        "Recycling of 45.3% is a record for the measure.",
        ("highest or lowest", "a record", "54.0%"),
    ),
    # GET3 (higher is better): 94% the highest shown
    (GET, "GET3", "Routine repairs reached 94%, the strongest result on record.", None),
    (GET, "GET3", "Routine repairs reached 94%, the best figure in two years.", None),
    (GET, "GET3", "Routine repairs reached 94%, the strongest quarter in two years.", None),
    # H1 (lower is better): 25.3 days the shortest shown
    (DISTRICT, "H1", "Homes were re-let in 25.3 days, the strongest performance on record.", None),
    (
        DISTRICT,
        "H1",
        "Homes were re-let in 25.3 days, the weakest performance on record.",
        ("highest or lowest", "weakest performance on record", "34.2"),
    ),
    # H2 (lower is better): 497,600, 521,800, 509,100, 503,400
    (DISTRICT, "H2", "Arrears fell to £503,400, the lowest in three quarters.", None),
    (
        DISTRICT,
        "H2",
        "Arrears fell to £503,400, the lowest the council has seen since Quarter 4 2023/24.",
        None,
    ),
    (
        DISTRICT,
        "H2",
        "Arrears fell to £503,400, the lowest the council has seen since Quarter 3 2023/24.",
        ("highest or lowest", "the lowest the council has seen since", "£497,600"),
    ),
    (
        DISTRICT,
        "H2",
        "Not since Quarter 4 2023/24 have arrears been as low as this quarter's £503,400.",
        None,
    ),
    # GET5 (neither better): 4.5, 5.0, 5.3, 5.6, 5.2 from Quarter 3 2023/24
    (GET, "GET5", "The fly-tipping rate was 5.2, the weakest in two years.", None),
    (
        GET,
        "GET5",
        "The fly-tipping rate of 5.2 was the lowest in six quarters.",
        ("highest or lowest", "lowest in six quarters", "4.5"),
    ),
    # GET6: £127.30 the dearest shown
    (GET, "GET6", "The cost per tonne reached a record £127.30.", None),
    (GET, "GET6", "No previous quarter has seen a dearer cost per tonne than this one.", None),
    (
        GET,
        "GET6",
        "The cost per tonne, at £127.30, is higher than at any point in the series.",
        None,
    ),
    # ASCH18: 2,870 received, the most shown
    (ASCH, "ASCH18", "DoLS applications received rose to 2,870, a record level.", None),
    (
        ASCH,
        "ASCH18",
        "No quarter charted has seen more applications received than the 2,870 of Quarter 2.",
        None,
    ),
    # ASCH11: 2,157 in Quarter 1, 2,172 in Quarter 2
    (
        ASCH,
        "ASCH11",
        "New packages numbered 2,172, a record level.",
        ("highest or lowest", "a record level", "2,725"),
    ),
    (
        ASCH,
        "ASCH11",
        "At 2,172, new packages were lower than at any point in the series.",
        ("highest or lowest", "lower than at any point in the series", "2,157"),
    ),
    (
        ASCH,
        "ASCH11",
        "New packages numbered 2,172, the lowest in two years.",
        ("highest or lowest", "lowest in two years", "2,157"),
    ),
    # ASCH12: £761 in Quarter 1, £719 in Quarter 2
    (
        ASCH,
        "ASCH12",
        "No quarter shown has seen a dearer average weekly package than the £719 of Quarter 2.",
        ("highest or lowest", "No quarter shown has seen a dearer", "£761"),
    ),
    (
        ASCH,
        "ASCH12",
        "Weekly package costs reached a record £719 in Quarter 2.",
        ("highest or lowest", "a record £719", "£761"),
    ),
    # ASCH5 in 2024/25 (lower is better): 579.6 the lowest shown
    (ASCH, "ASCH5", "Admissions fell to 580 per 100,000, a record figure.", None),
    (ASCH, "ASCH5", "Admissions fell to 580 per 100,000, the best figure in two years.", None),
    # ASCH12 in 2023/24: £668 in Quarter 1, £662 in Quarter 2
    (
        ASCH_2324,
        "ASCH12",
        "The weekly package cost was £662, the highest in two years.",
        ("highest or lowest", "highest in two years", "£668"),
    ),
    (ASCH_2324, "ASCH12", "The weekly package cost was £662, cheaper than in Quarter 1.", None),
    # a record of a measure with two series, whose words name neither: the series whose
    # figure the sentence's one figure is (ASCH9: to be undertaken 1,640 in Quarter 1
    # 2023/24, 1,610 now; delivered 1,420 now, the most shown)
    (
        ASCH,
        "ASCH9",
        "1,610 carer assessments were requested in Quarter 2, the highest number to date.",
        ("highest or lowest", "the highest number to date", "1,640"),
    ),
    (
        ASCH,
        "ASCH9",
        "1,420 carer assessments were carried out in Quarter 2, the highest number to date.",
        None,
    ),
    (
        ASCH,
        "ASCH9",
        "1,610 carer assessments were requested in Quarter 2, the most since Quarter 2 2023/24.",
        None,
    ),
    (
        ASCH,
        "ASCH9",
        "About 1,610 carer assessments were requested in Quarter 2, the highest number to date.",
        None,
    ),
    (
        ASCH,
        "ASCH18",
        "2,870 DoLS applications came in during Quarter 2, the highest on record.",
        None,
    ),
    # 'never ... higher than the N recorded now', since the record began in a lead's
    # quarter (CS2: 82.0, 84.5, 83.1 from Quarter 1 2024/25)
    (
        DISTRICT,
        "CS2",
        "Since this survey started in Quarter 2, satisfaction has never been lower than the "
        "83.1% recorded now.",
        None,
    ),
    (
        DISTRICT,
        "CS2",
        "Since this survey started in Quarter 1, satisfaction has never been lower than the "
        "83.1% recorded now.",
        ("highest or lowest", "has never been lower", "82.0%"),
    ),
    (
        DISTRICT,
        "CS2",
        "Customers have never reported higher satisfaction than the 83.1% recorded now.",
        ("highest or lowest", "Customers have never reported higher satisfaction", "84.5%"),
    ),
    (DISTRICT, "CS2", "Satisfaction has never been higher than in 2019.", None),
    # H1 (days, lower is better): 25.3 the shortest shown
    (DISTRICT, "H1", "Re-let times have never been shorter than the 25.3 days recorded now.", None),
    (
        DISTRICT,
        "H1",
        "Re-let times have never been longer than the 25.3 days recorded now.",
        ("highest or lowest", "have never been longer", "34.2"),
    ),
    # W2: 45.3% is neither the lowest (41.9% in Quarter 4 2023/24) nor the highest
    (
        DISTRICT,
        "W2",
        "Recycling has never been higher than the 45.3% of this quarter.",
        ("highest or lowest", "has never been higher", "54.0%"),
    ),
    (DISTRICT, "W2", "Recycling has never been higher than the 41.9% of Quarter 4 2023/24.", None),
    (
        DISTRICT,
        "W2",
        "Recycling has never been lower than the 45.3% recorded now.",
        ("highest or lowest", "has never been lower", "41.9%"),
    ),
    # look-alikes left alone: a record of other things, of a year, of a comparator, a
    # record the sentence does not bind to the measure
    (GET, "GET6", "A record 12 new recycling sites opened in the quarter.", None),
    (DISTRICT, "W2", "Recycling of 45.3% is the weakest so far this year.", None),
    (DISTRICT, "W2", "England's recycling rate was at a record level.", None),
    (
        DISTRICT,
        "W2",
        "Recycling fell to 45.3% even though a record 3,200 tonnes of garden waste were collected.",
        None,
    ),
    (DISTRICT, "W2", "Recycling was 45.3%; garden waste hit a record level.", None),
]


# runs told by a noun, a comparative or a verb, and runs ended by the sentence's movement
RUNS: list[Row] = [
    # ASCH18 received: seven rises from 1,880 to 2,870
    (
        ASCH,
        "ASCH18",
        "Applications received rose to 2,870, the seventh consecutive quarter of growth.",
        None,
    ),
    (
        ASCH,
        "ASCH18",
        "Applications received are at 2,870, having climbed for seven quarters in a row.",
        None,
    ),
    (
        ASCH,
        "ASCH18",
        "Applications received rose to 2,870, the sixth consecutive quarter of growth.",
        ("streak", "sixth consecutive quarter", "1,880"),
    ),
    (
        ASCH,
        "ASCH18",
        "Applications received are at 2,870, having climbed for eight quarters in succession.",
        ("streak", "eight quarters in succession", "1,880"),
    ),
    # GET7 online reports: 8,010, 8,630, 8,990, 9,410 - three rises
    (GET, "GET7", "Online reports rose to 9,410, the third consecutive quarter of growth.", None),
    (
        GET,
        "GET7",
        "Online reports rose to 9,410, the fourth consecutive quarter of growth.",
        ("streak", "fourth consecutive quarter", "8,010"),
    ),
    # ASCH7 contacts: six falls from 24,310 to 20,980
    (ASCH, "ASCH7", "Contacts eased to 20,980, the sixth consecutive quarter of decline.", None),
    (
        ASCH,
        "ASCH7",
        "For a sixth consecutive quarter fewer people made contact with the directorate.",
        None,
    ),
    (
        ASCH,
        "ASCH7",
        "For a seventh consecutive quarter fewer people made contact with the directorate.",
        ("streak", "seventh consecutive quarter", "24,310"),
    ),
    # H2 arrears: 521,800, 509,100, 503,400 - two falls
    (DISTRICT, "H2", "Arrears eased to £503,400, the second consecutive quarter of decline.", None),
    (
        DISTRICT,
        "H2",
        "Arrears eased to £503,400, the third consecutive quarter of decline.",
        ("streak", "third consecutive quarter", "£521,800"),
    ),
    # RB2 (days): 18.8, 19.9, 18.2, 17.5 - two falls
    (DISTRICT, "RB2", "Processing times have shortened for a second consecutive quarter.", None),
    (
        DISTRICT,
        "RB2",
        "Processing times have shortened for a third consecutive quarter, to 17.5 days.",
        ("streak", "have shortened for a third consecutive quarter", "19.9"),
    ),
    # CS1 (seconds): 149 then 155
    (DISTRICT, "CS1", "The average wait lengthened to 155 seconds in Quarter 3.", None),
    (
        DISTRICT,
        "CS1",
        "The average wait shortened to 155 seconds in Quarter 3.",
        ("movement", "shortened", "2:29"),
    ),
    # GET3: 90, 93, 94 - better twice
    (GET, "GET3", "Routine repairs have got better for two quarters running.", None),
    (
        GET,
        "GET3",
        "Routine repairs have got better for three quarters running.",
        ("streak", "got better for three quarters running", "90%"),
    ),
    # ASCH14: 1,540, 1,610, 1,680, 1,760 - three rises
    (
        ASCH,
        "ASCH14",
        "Kent Enablement at Home has supported more people in each of the last three quarters.",
        None,
    ),
    (
        ASCH,
        "ASCH14",
        "Kent Enablement at Home has supported more people in each of the last four quarters.",
        ("streak", "more people in each of the last four quarters", "1,540"),
    ),
    # ASCH19 open enquiries: five rises from 1,270 to 1,850, then 1,790
    (
        ASCH,
        "ASCH19",
        "Enquiries open at quarter end eased to 1,790, after a run of five quarterly increases.",
        None,
    ),
    (
        ASCH,
        "ASCH19",
        "Enquiries open at quarter end eased to 1,790, after a run of six quarterly increases.",
        ("streak", "six quarterly increases", "1,270"),
    ),
    # ASCH14 in 2023/24: 1,510, 1,460, 1,390, then 1,571 - two falls before the rise
    (
        ASCH_2324,
        "ASCH14",
        "Enablement rose to 1,571 in Quarter 2, the first rise after two consecutive falls.",
        None,
    ),
    (
        ASCH_2324,
        "ASCH14",
        "Enablement rose to 1,571 in Quarter 2, the first rise after three consecutive falls.",
        ("streak", "three consecutive falls", "1,510"),
    ),
    # ASCH9 delivered in 2023/24: 1,150, 1,290, 1,360, 1,410 - three rises
    (
        ASCH_2324,
        "ASCH9",
        "Carer assessments delivered went up for the third quarter on the trot.",
        None,
    ),
    (
        ASCH_2324,
        "ASCH9",
        "Carer assessments delivered went up for the fourth quarter on the trot.",
        ("streak", "fourth quarter on the trot", "1,150"),
    ),
    # ASCH8 outstanding: five falls from 5,420 to 4,735
    (
        ASCH,
        "ASCH8",
        "Assessments needing to be completed dropped to 4,735, the fifth successive reduction.",
        None,
    ),
    (
        ASCH,
        "ASCH8",
        "Assessments needing to be completed dropped to 4,735, the fourth successive reduction.",
        ("streak", "fourth successive reduction", "5,420"),
    ),
    # look-alikes left alone: a lead that tells what came before, a run dated to another
    # year, a run of other things, a forecast
    (
        ASCH,
        "ASCH19",
        "After six quarterly increases, enquiries open at quarter end eased to 1,790.",
        None,
    ),
    (
        ASCH,
        "ASCH19",
        "Enquiries open at quarter end eased to 1,790, after six quarterly increases in 2023/24.",
        None,
    ),
    (
        ASCH,
        "ASCH7",
        "For a seventh consecutive quarter more staff joined the front door team.",
        None,
    ),
    (ASCH, "ASCH7", "Contacts are likely to fall for a seventh consecutive quarter.", None),
    (ASCH, "ASCH7", "For a seventh consecutive quarter more staff were recruited.", None),
    (
        ASCH,
        "ASCH7",
        "Contacts fell to 20,980, the seventh consecutive quarter of growth in online referrals.",
        None,
    ),
    (
        ASCH,
        "ASCH7",
        "Contacts fell to 20,980, the sixth consecutive quarter of decline in contacts.",
        None,
    ),
    (
        ASCH,
        "ASCH7",
        "Contacts fell to 20,980, the seventh consecutive quarter of decline in contacts.",
        ("streak", "seventh consecutive quarter", "24,310"),
    ),
]


@pytest.mark.parametrize(("edition", "indicator", "text", "expected"), TARGET_RUNS)
def test_target_runs(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A target's side held over a run counted after it, quarter by quarter."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(("edition", "indicator", "text", "expected"), RECORDS)
def test_records(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A record's words in more shapes, checked against the quarters they span."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(("edition", "indicator", "text", "expected"), RUNS)
def test_runs(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A run's way told by its noun, a comparative or a verb; a run ended by a movement."""
    assert_sentence(edition, indicator, text, expected)
