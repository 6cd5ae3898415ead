"""Fractions of the whole and shares of another figure (issue 24, after round 16 was
written: helper h-tune19b): each reading made general, with sentences of the same shape that
are correct, that are wrong, and that look alike but must be left alone, on the samples'
data (worked out by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import assert_row, run

GET = ("samples/get", "2024-25 Q3")
DISTRICT = ("samples/district", "2024-25 Q3")
ASCH = (".", "2024-25 Q2")
ASCH_2324 = (".", "2023-24 Q2")

# The data the rows are worked out from:
# ASCH8 (2024-25 Q2) new 4,683, completed 4,688 (100.1%); Q1 new 4,928, completed 5,060
#   (102.7%); 2023-24 Q2 new 4,552, completed 4,491 (98.7%)
# ASCH9 2024-25 Q2 due 1,610, delivered 1,420 (88.2%); 2023-24 Q2 1,580 and 1,410 (89.2%)
# ASCH18 2024-25 Q2 received 2,870, completed 2,455 (85.5%); 2023-24 Q2 2,093 and 2,207
#   (105.4%)
# GET8 Q3 2024/25 reported 11,280, repaired 10,390 (92.1%); Q2 6,030 and 6,270 (104.0%)
# GET7 Q3 2024/25 online 9,410, telephone 3,650, email 980, face to face 128 (of 14,168:
#   66.4%, 25.8%, 6.9%, 0.9%); email of telephone 26.8%, telephone of online 38.8%


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # the part named by the series all of whose own words are there ('completions', not
        # 'needing to be completed'), the whole after 'of'
        (ASCH, "ASCH8", "Completions were 100% of new requests in Quarter 2.", None),
        (ASCH_2324, "ASCH8", "Completions were 99% of new requests in Quarter 2.", None),
        (
            ASCH,
            "ASCH8",
            "Completions of Care Needs Assessments ran at 103% of new requests in Quarter 1.",
            None,
        ),
        (ASCH_2324, "ASCH18", "Completions ran at 105% of applications received.", None),
        (ASCH, "ASCH18", "Completions ran at 86% of applications received.", None),
        (
            ASCH,
            "ASCH8",
            "Completions were 90% of new requests in Quarter 2.",
            ("share", "90%", "100%"),
        ),
        (
            ASCH_2324,
            "ASCH18",
            "Completions ran at 95% of applications received in Quarter 2.",
            ("share", "95%", "105%"),
        ),
        # the part is the sentence's subject, its figure set aside, where the share's clause
        # is a later one
        (GET, "GET7", "Emails (980) ran at 27% of telephone calls.", None),
        (GET, "GET7", "Telephone calls (3,650) ran at 39% of online reports.", None),
        (GET, "GET7", "Emails (980) ran at 37% of telephone calls.", ("share", "37%", "27%")),
        # 'of them': the whole is the one other series the sentence names before
        (GET, "GET8", "Repairs outnumbered reports in Quarter 2, running at 104% of them.", None),
        (GET, "GET8", "In Quarter 2, repairs outnumbered reports, running at 104% of them.", None),
        (
            GET,
            "GET8",
            "In Quarter 3, reports outnumbered repairs, and repairs ran at 92% of them.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH18",
            "Completed applications outnumbered received ones in Quarter 2, at 105% of them.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH8",
            "New requests in Quarter 2 were matched by completions: the 4,491 completed were "
            "equivalent to 99% of them.",
            None,
        ),
        (
            GET,
            "GET8",
            "Repairs outnumbered reports in Quarter 2, running at 110% of them.",
            ("share", "110%", "104%"),
        ),
        (
            ASCH_2324,
            "ASCH8",
            "New requests in Quarter 2 were matched by completions: the 4,491 completed were "
            "equivalent to 94% of them.",
            ("share", "94%", "99%"),
        ),
        # a share in apposition to the clause before: of what that clause names
        (
            ASCH,
            "ASCH8",
            "In Quarter 2, 4,688 assessments were completed, 100% of the 4,683 new assessments.",
            None,
        ),
        (
            GET,
            "GET8",
            "In Quarter 3, 10,390 potholes were repaired, 92% of the 11,280 reported.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "In Quarter 2, 1,410 carers' assessments were delivered, 89% of the 1,580 to be "
            "undertaken.",
            None,
        ),
        (
            ASCH,
            "ASCH8",
            "In Quarter 2, 4,688 assessments were completed, 90% of the 4,683 new assessments.",
            ("share", "90%", "100%"),
        ),
        (
            GET,
            "GET8",
            "In Quarter 3, 10,390 potholes were repaired, 82% of the 11,280 reported.",
            ("share", "82%", "92%"),
        ),
        # look-alikes: a part of 'them' the words after pick out (a sub-group the data does
        # not hold), another's figure, a target, a single series
        (GET, "GET8", "Repairs rose in Quarter 3, and 95% of them were on A roads.", None),
        (ASCH, "ASCH18", "Applications received rose to 2,870, 45% of them urgent.", None),
        (GET, "GET7", "Emails fell, with 60% of them answered the same day.", None),
        (GET, "GET8", "Reports rose; England's repairs ran at 80% of them.", None),
        (DISTRICT, "H2", "Arrears stand at 101% of the £500,000 target.", None),
        (DISTRICT, "H3", "Households in temporary accommodation rose, 30% of them families.", None),
        (
            ASCH,
            "ASCH9",
            "Carers' assessments delivered rose; 70% of those were for older carers.",
            None,
        ),
    ],
)
def test_shares_of_another_figure(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A share of another figure: the part by the series all of whose own words are named
    (or the sentence's subject, or the clause a figure is in apposition to), the whole
    after 'of' (or, for 'of them', the one other series named before)."""
    folder, quarter = edition
    findings = run({"folder": folder, "quarter": quarter, "indicator": indicator, "text": text})
    assert_row(findings, expected)


# GET7 Q2 2024/25 online 8,990, telephone 3,820, email 1,010, face to face 135 (13,955)
# ASCH16 2024-25 Q2 residential or nursing 5,310, community 12,650 (17,960: 29.6%, 70.4%);
#   2023-24 Q2 5,205 and 11,940 (17,145: 30.4%, 69.6%)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # the whole given by its figure: one series's, or the quarter's series added up
        (GET, "GET7", "Online reports made up 66% of the 14,168 highway enquiries received.", None),
        (
            GET,
            "GET7",
            "Telephone calls made up 26% of the 14,168 enquiries received in Quarter 3.",
            None,
        ),
        (GET, "GET7", "Emails were 7% of the 14,168 enquiries received.", None),
        (
            GET,
            "GET7",
            "Of the 14,168 highway enquiries received in Quarter 3, emails made up 7%.",
            None,
        ),
        (GET, "GET7", "Of the 14,168 enquiries, online reports accounted for 66%.", None),
        (
            ASCH,
            "ASCH16",
            "Of the 17,960 people in long-term services, residential and nursing placements "
            "represent 30%.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Community services supported 70% of the 17,960 people in long-term services.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Of the 17,145 people in long-term services, community services account for 70%.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Residential and nursing placements were 30% of the 17,145 people in long-term "
            "services.",
            None,
        ),
        (ASCH, "ASCH18", "Completed applications were 86% of the 2,870 received.", None),
        (
            GET,
            "GET7",
            "Online reports made up 76% of the 14,168 highway enquiries received.",
            ("share", "76%", "66%"),
        ),
        (
            GET,
            "GET7",
            "Of the 14,168 enquiries, telephone calls accounted for 36%.",
            ("share", "36%", "26%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Of the 17,960 people in long-term services, residential and nursing placements "
            "represent 35%.",
            ("share", "35%", "30%"),
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Community services supported 60% of the 17,145 people in long-term services.",
            ("share", "60%", "70%"),
        ),
        # look-alikes: a whole whose figure is no series's nor their sum, a part the data
        # does not hold, another's part, a single series
        (GET, "GET7", "Online reports made up 66% of the 14,000 highway enquiries received.", None),
        (GET, "GET7", "Of the 14,168 enquiries, 40% concerned potholes.", None),
        (ASCH, "ASCH16", "Of the 17,960 people in long-term services, 12% are under 65.", None),
        (ASCH, "ASCH16", "Of the 17,960 people in long-term services, 45% live alone.", None),
        (GET, "GET7", "England's online reports made up 80% of the 14,168 enquiries.", None),
        (
            DISTRICT,
            "H3",
            "Of the 520 households in temporary accommodation, 30% have children.",
            None,
        ),
    ],
)
def test_wholes_by_their_figure(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A share's whole given as a figure ('of the 14,168 highway enquiries received', 'Of
    the 17,145 people in long-term services, ...'): the series whose figure of the quarter it
    is, or every series where it is the quarter's figures added up; any other figure leaves
    the share alone."""
    folder, quarter = edition
    findings = run({"folder": folder, "quarter": quarter, "indicator": indicator, "text": text})
    assert_row(findings, expected)
