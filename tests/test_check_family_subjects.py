"""What a claim is about and which clause it is in (issue 24, after round 17 was written:
helper h-tune20a): each reading made general, with sentences of the same meaning in other
words that are correct, that are wrong, and that look alike but must be left alone, on the
samples' data (worked out by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

# The data the rows are worked out from:
# GET8 Q3 2024/25 reported 11,280 (Q2 6,030: up 5,250), repaired 10,390 (Q2 6,270: up 4,120)
# GET1 89.8% (Q2 91.2%: down 1.4 points); GET3 94% (Q2 93%: up 1); GET6 £127.30 (Q2 £126.80)
# H3 72 households (Q2 69: up 3); RB2 17.5 days (Q2 18.2: down 0.7); W1 81.3 (Q2 74.6: up 6.7)
# ASCH15 2024-25 Q2 693 (Q1 660: up 33); ASCH12 £719 (Q1 £761: down £42); ASCH7 20,980
#   (Q1 21,640: down 660); ASCH2 75.3% (Q1 75.2%)
# ASCH12 2023-24 Q2 £662 (Q1 £668: down £6); ASCH18 2023-24 Q2 completed 2,207 (Q1 2,050:
#   up 157), received 2,093
# ASCH8 2024-25 Q2 new 4,683, outstanding (needing to be completed) 4,735, completed 4,688


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a month that ends a quarter, after 'on' with no day, is the quarter a change is
        # measured from ('down 34 on June'), as 'since June' and 'than in June' were
        (GET, "GET8", "Potholes reported rose by 5,250 on September.", None),
        (GET, "GET8", "Repairs reached 10,390, up 4,120 on September.", None),
        (
            DISTRICT,
            "H3",
            "Households in temporary accommodation rose by 3 on September to 72.",
            None,
        ),
        (DISTRICT, "RB2", "Processing time improved by 0.7 days on September.", None),
        (DISTRICT, "W1", "Missed collections rose to 81.3 per 100,000, up 6.7 on September.", None),
        (ASCH, "ASCH15", "Short Term Beds held 693 people, up 33 on June.", None),
        (ASCH, "ASCH12", "The average weekly cost fell by £42 on June to £719.", None),
        (ASCH, "ASCH7", "Contacts fell by 660 on June, to 20,980.", None),
        (
            ASCH_2324,
            "ASCH12",
            "The average weekly cost of a new package eased by £6 on June, to £662.",
            None,
        ),
        (GET, "GET6", "Cost per tonne rose by £0.50 on September to £127.30.", None),
        (
            GET,
            "GET1",
            "Streetlight repairs within 28 days slipped 1.4 points on September to 89.8%.",
            None,
        ),
        (ASCH, "ASCH2", "Timeliness edged up by 0.1 points on June to 75.3%.", None),
        (GET, "GET3", "Routine repairs on time rose by a point on September, to 94%.", None),
        (
            GET,
            "GET8",
            "Potholes reported rose by 5,520 on September.",
            ("change", "rose by 5,520 on September", "up 5,250"),
        ),
        (
            DISTRICT,
            "H3",
            "Households in temporary accommodation fell by 3 on September.",
            ("change", "fell by 3 on September", "up 3"),
        ),
        (
            DISTRICT,
            "W1",
            "Missed collections were 81.3 per 100,000, down 6.7 on September.",
            ("change", "down 6.7 on September", "up 6.7"),
        ),
        (
            ASCH,
            "ASCH15",
            "Short Term Beds held 693 people, up 43 on June.",
            ("change", "up 43 on June", "up 33"),
        ),
        (
            ASCH,
            "ASCH12",
            "The average weekly cost fell by £24 on June.",
            ("change", "fell by £24 on June", "down £42"),
        ),
        (
            ASCH_2324,
            "ASCH18",
            "Completed applications rose by 257 on June.",
            ("change", "rose by 257 on June", "up 157"),
        ),
        (
            GET,
            "GET1",
            "Streetlight repairs within 28 days improved by 1.4 points on September.",
            ("change", "improved by 1.4 points on September", "down 1.4"),
        ),
        # a change's noun quoted with its article
        (ASCH_2324, "ASCH15", "618 people were in Short Term Beds, a drop of 24 on June.", None),
        (
            ASCH_2324,
            "ASCH15",
            "618 people were in Short Term Beds, a drop of 34 on June.",
            ("change", "a drop of 34 on June", "down 24"),
        ),
        # look-alikes: a date ('on June 5'), a month that ends no quarter, a comparator's
        (ASCH, "ASCH4", "England's rate rose by 2 points on June.", None),
        (GET, "GET8", "Repairs rose by 300 on November.", None),
        (
            ASCH,
            "ASCH15",
            "Occupancy has been rising since the unit opened on June 3, and now stands at 693.",
            None,
        ),
        (
            GET,
            "GET8",
            "Reports rose by 5,250 on September, while England's rose by 4,000 on June.",
            None,
        ),
        (
            DISTRICT,
            "H3",
            "On September 30 there were 69 households in temporary accommodation; on December "
            "31 there were 72.",
            None,
        ),
    ],
)
def test_month_on_as_base(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a figure set against the measure's ('against 2,150 received') whose words after it
        # name one of the measure's own series: that series' figure, not another place's
        (GET, "GET8", "Crews repaired 10,390 potholes against 11,280 reported.", None),
        (GET, "GET8", "Reports reached 11,280, compared with 10,390 repaired.", None),
        (GET, "GET8", "In Quarter 2 crews fixed 6,270 potholes, against 6,030 reported.", None),
        (ASCH, "ASCH8", "We completed 4,688 assessments, against 4,735 outstanding.", None),
        (ASCH_2324, "ASCH18", "Completions reached 2,207, compared with 2,093 received.", None),
        (ASCH, "ASCH18", "The team completed 2,455 applications, against 2,870 received.", None),
        (ASCH_2324, "ASCH8", "Assessments completed were 4,491, versus 5,390 outstanding.", None),
        (GET, "GET8", "Repairs ran at 10,390 against almost 11,300 reported.", None),
        (GET, "GET7", "Online reports reached 9,410, against 3,650 by telephone.", None),
        (
            ASCH,
            "ASCH18",
            "Completed applications rose to 2,455 against 2,870 received in the quarter.",
            None,
        ),
        (
            GET,
            "GET8",
            "Crews repaired 10,390 potholes against 12,280 reported.",
            ("level", "12,280 reported", "11,280"),
        ),
        (
            ASCH_2324,
            "ASCH18",
            "Completions reached 2,207, compared with 2,390 received.",
            ("level", "2,390 received", "2,093"),
        ),
        (
            ASCH,
            "ASCH8",
            "We completed 4,688 assessments, against 4,375 outstanding.",
            ("level", "4,375 outstanding", "4,735"),
        ),
        (
            ASCH,
            "ASCH18",
            "The team completed 2,455 applications, against nearly 2,700 received.",
            ("level", "nearly 2,700 received", "2,870"),
        ),
        (
            GET,
            "GET7",
            "Online reports reached 9,410, against 3,560 by telephone.",
            ("level", "3,560 by telephone", "3,650"),
        ),
        (
            ASCH_2324,
            "ASCH8",
            "Assessments completed were 4,491, versus 5,930 outstanding.",
            ("level", "5,930 outstanding", "5,390"),
        ),
        # look-alikes: a comparator's, a plan's, another year's, a single series', a total
        # by a later time
        (
            ASCH,
            "ASCH18",
            "We completed 2,455 applications, against 2,400 received by similar councils.",
            None,
        ),
        (GET, "GET8", "Crews repaired 10,390 potholes, against 11,000 planned.", None),
        (
            ASCH,
            "ASCH18",
            "We completed 2,455 applications, against 2,093 received a year earlier.",
            None,
        ),
        (DISTRICT, "H3", "72 households were placed, against 80 expected.", None),
        (
            GET,
            "GET8",
            "Crews repaired 10,390 potholes, against 12,000 reported nationally.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "We completed 2,455 applications, compared with 2,500 received by the end of the year.",
            None,
        ),
    ],
)
def test_series_set_against(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # the series whose own word is the noun's verb ('assessments were completed',
        # 'assessments completed', 'completed around 4,700 assessments'), before the one with
        # that word among others ('needing to be completed')
        (ASCH, "ASCH8", "About 4,700 assessments were completed in Quarter 2.", None),
        (ASCH, "ASCH8", "In Quarter 2, 4,688 assessments were completed.", None),
        (
            ASCH_2324,
            "ASCH8",
            "Nearly 4,500 Care Needs Assessments were completed in the quarter.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH8",
            "Around 4,500 assessments had been completed by the end of September.",
            None,
        ),
        (ASCH, "ASCH8", "Assessments completed totalled just under 4,700.", None),
        (ASCH, "ASCH8", "Staff completed around 4,700 assessments in Quarter 2.", None),
        (ASCH_2324, "ASCH8", "The service completed over 4,400 assessments in Quarter 2.", None),
        (ASCH, "ASCH8", "4,688 assessments have been completed this quarter.", None),
        (ASCH, "ASCH8", "Care Needs Assessments completed came to 4,688 in Quarter 2.", None),
        (ASCH_2324, "ASCH8", "Assessments were completed for 4,491 people in Quarter 2.", None),
        (
            ASCH,
            "ASCH8",
            "Just over 4,730 assessments were completed in Quarter 2.",
            ("level", "Just over 4,730", "4,688"),
        ),
        (
            ASCH_2324,
            "ASCH8",
            "Around 5,400 assessments were completed in the quarter.",
            ("level", "Around 5,400", "4,491"),
        ),
        (ASCH, "ASCH8", "Assessments completed totalled 4,735.", ("level", "4,735", "4,688")),
        (
            ASCH_2324,
            "ASCH8",
            "Nearly 5,400 assessments had been completed by the end of September.",
            ("level", "Nearly 5,400", "4,491"),
        ),
        (
            ASCH,
            "ASCH8",
            "We completed just over 4,700 assessments in Quarter 2.",
            ("level", "just over 4,700", "4,688"),
        ),
        # look-alikes: the outstanding ones, whose own words are not all named
        (ASCH, "ASCH8", "4,735 assessments were still waiting to be completed.", None),
        (
            ASCH,
            "ASCH8",
            "Around 4,740 assessments were waiting to be completed at the end of Quarter 2.",
            None,
        ),
        (ASCH, "ASCH8", "4,735 assessments were left to be completed.", None),
        (ASCH, "ASCH8", "4,683 assessments were requested.", None),
        (ASCH_2324, "ASCH8", "5,390 assessments were queued for completion.", None),
    ],
)
def test_series_by_its_verb(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a movement's subject in the editor's words: its head before a preposition and one
        # named thing ('contacts with the directorate'), or its noun in the plural ('missed
        # bins' of 'missed bin collections'), names the measure
        (ASCH, "ASCH7", "Contacts with the directorate fell to 20,980 in Quarter 2.", None),
        (ASCH, "ASCH7", "Contacts from the public eased again in Quarter 2.", None),
        (DISTRICT, "W1", "Missed bins rose to 81.3 per 100,000 in Quarter 3.", None),
        (GET, "GET8", "Potholes across the network rose to 11,280 in Quarter 3.", None),
        (GET, "GET1", "Repairs to the lighting stock slipped to 89.8% in Quarter 3.", None),
        (GET, "GET6", "Costs at the disposal site rose to £127.30.", None),
        (ASCH, "ASCH7", "Contacts to the front door dropped to 20,980 this quarter.", None),
        (
            ASCH,
            "ASCH7",
            "Contacts with the directorate increased in Quarter 2.",
            ("movement", "increased", "down 660"),
        ),
        (
            DISTRICT,
            "W1",
            "Missed bins fell to 81.3 per 100,000 in Quarter 3.",
            ("movement", "fell to 81.3", "up 6.7"),
        ),
        (
            GET,
            "GET8",
            "Potholes across the network fell to 11,280 in Quarter 3.",
            ("movement", "fell to 11,280", "up 5,250"),
        ),
        (
            GET,
            "GET1",
            "Repairs to the lighting stock improved to 89.8% in Quarter 3.",
            ("movement", "improved to 89.8%", "down 1.4"),
        ),
        (
            GET,
            "GET6",
            "Costs at the disposal site fell to £127.30.",
            ("movement", "fell to £127.30", "up £0.50"),
        ),
        # look-alikes: another head ('complaints', 'claims', 'staff', 'calls'), a part picked
        # out ('in the new rounds', 'in bed and breakfast', plural after 'the')
        (ASCH, "ASCH7", "Complaints about the directorate rose in Quarter 2.", None),
        (GET, "GET8", "Claims from drivers rose in Quarter 3.", None),
        (DISTRICT, "W1", "Missed bins in the new rounds fell in Quarter 3.", None),
        (GET, "GET8", "Staff at the depot fell in number in Quarter 3.", None),
        (ASCH, "ASCH7", "Calls to the helpline fell in Quarter 2.", None),
        (DISTRICT, "H3", "Households in bed and breakfast fell to 10 in Quarter 3.", None),
        (ASCH, "ASCH15", "Beds at the short-term units fell to 693.", None),
    ],
)
def test_movement_subject_in_own_words(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)
