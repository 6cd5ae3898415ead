"""Fractions, shares and the subject in the editor's own words (issue 24, after round 18
was written: helper h-tune21a): each reading made general, with sentences of the same
meaning in other words that are correct, that are wrong, and that look alike but must be
left alone, on the samples' data (worked out by hand in the comments). The sentences were
written before each reading; the rows marked 'first version' were caught by it as first
written."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, GET, assert_sentence

# The data the rows are worked out from:
# ASCH9 2024-25 Q2 due 1,610, delivered 1,420 (88.2%); Q1 1,560 and 1,350 (86.5%); in the
#   2023-24 edition, delivered alone (1,410 in Quarter 2)
# ASCH18 2024-25 Q2 received 2,870, completed 2,455 (85.5%)
# GET8 Q3 2024/25 reported 11,280, repaired 10,390 (92.1%); Q2 6,030 and 6,270 (104.0%)
# GET7 Q3 2024/25 online 9,410, telephone 3,650, email 980, face to face 128 (of 14,168:
#   66.4%, 25.8%, 6.9%, 0.9%); Q2 8,990, 3,820, 1,010, 135 (of 13,955: 64.4%, 27.4%, 7.2%);
#   Q3 2023/24 8,240, 4,180, 1,120, 155 (of 13,695: 60.2%, 30.5%, 8.2%)
# ASCH16 2024-25 Q2 residential 5,310, community 12,650 (of 17,960: 29.6%, 70.4%)
# ASCH13 2024-25 Q2 first 950, annual 6,740 (of 7,690: 12.4%); Q1 1,130 and 6,880 (of
#   8,010: 14.1%)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # stages of the same things (a series named by a participle: 'reported' and
        # 'repaired'): a whole in the title's words is the other of two, not their sum
        (
            ASCH,
            "ASCH9",
            "Nine in ten carers' assessments due were delivered (1,420 of 1,610).",
            None,
        ),
        (
            ASCH,
            "ASCH9",
            "Almost nine in ten of the carers' assessments due in Quarter 2 were delivered.",
            None,
        ),
        (GET, "GET8", "Nine in ten potholes reported in Quarter 3 were repaired.", None),
        (GET, "GET8", "Over nine in ten of the potholes logged were fixed.", None),
        (
            ASCH,
            "ASCH18",
            "Around six in seven DoLS applications received were completed in Quarter 2.",
            None,
        ),
        (ASCH, "ASCH18", "Five in six applications were completed.", None),
        (ASCH, "ASCH9", "In Quarter 1, six in seven carers' assessments due were delivered.", None),
        (GET, "GET8", "Repairs covered nine in ten of the potholes reported in Quarter 3.", None),
        (ASCH, "ASCH9", "Nearly nine in ten carers' assessments were delivered.", None),
        (ASCH, "ASCH18", "Six in seven applications were completed in Quarter 2.", None),
        (
            ASCH,
            "ASCH9",
            "Nearly nine in ten of all carers' assessments were delivered in Quarter 2.",
            None,
        ),
        (GET, "GET8", "Nine in ten potholes were repaired in Quarter 3.", None),
        # wrong (first version: all five found, four with the data's share)
        (
            ASCH,
            "ASCH9",
            "Only two thirds of carers' assessments due were delivered in Quarter 2.",
            ("fraction", "two thirds", "88%"),
        ),
        (
            GET,
            "GET8",
            "Three quarters of the potholes reported were repaired in Quarter 3.",
            ("fraction", "Three quarters", "92%"),
        ),
        # (found as no pair's share: reading the whole past the participle 'received' to
        # 'were', which gives 86%, was dropped, since a key of tests/test_check_corpus.py
        # asks for this message)
        (
            ASCH,
            "ASCH18",
            "Only half of the applications received were completed in Quarter 2.",
            ("fraction", "half", "no two figures"),
        ),
        (
            ASCH,
            "ASCH9",
            "Three in four carers' assessments due were delivered (1,420 of 1,610).",
            ("fraction", "Three in four", "88%"),
        ),
        (
            GET,
            "GET8",
            "Just two in three reported potholes were repaired in Quarter 3.",
            ("fraction", "two in three", "92%"),
        ),
        # parts of one whole (kinds: channels, settings) are still added up
        (GET, "GET7", "Two thirds of highway enquiries came in online.", None),
        (
            ASCH,
            "ASCH16",
            "Seven in ten people in long term services were supported by community services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Around half of people in long term services were in residential or nursing care.",
            ("fraction", "Around half", "30%"),
        ),
        (GET, "GET7", "Half of all highway enquiries came in online.", ("fraction", "Half", "66%")),
    ],
)
def test_wholes_of_stages(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A fraction of a whole in the title's words: every series added up only where they
    are parts of one whole; of two stages of the same things, the other one."""
    assert_sentence(edition, indicator, text, expected)


# ASCH7 2024-25 Q2 20,980 people making contact
@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a part picked out after 'to the' or 'with the' by words none of the measure's
        (GET, "GET7", "Calls to the switchboard fell to 3,000.", None),
        (GET, "GET7", "Telephone calls to the switchboard fell to 3,000 in Quarter 3.", None),
        (GET, "GET8", "Repairs to the carriageway rose to 9,000.", None),
        (GET, "GET7", "Emails to the customer team fell to 500.", None),
        (ASCH, "ASCH18", "Applications to the Court of Protection rose to 90.", None),
        (ASCH, "ASCH7", "Contacts with the hospital team fell to 4,000.", None),
        (ASCH, "ASCH7", "Contacts with the front door fell to 4,000 in Quarter 2.", None),
        (GET, "GET7", "Online reports to the fault portal rose to 5,000.", None),
        (GET, "GET7", "Calls with the out-of-hours team rose to 400.", None),
        # the body that reports, named as every council names itself: the measure's own
        (ASCH, "ASCH7", "Contacts with the directorate fell to 20,980 in Quarter 2.", None),
        (ASCH, "ASCH7", "Contacts with the council fell to 20,980 in Quarter 2.", None),
        (GET, "GET7", "Calls to the council fell to 3,650.", None),
        (
            ASCH,
            "ASCH7",
            "Contacts with the directorate fell to 19,500 in Quarter 2.",
            ("level", "19,500", "20,980"),
        ),
        (
            ASCH,
            "ASCH7",
            "Contacts with the council fell to 19,000 in Quarter 2.",
            ("level", "19,000", "20,980"),
        ),
        (
            ASCH,
            "ASCH7",
            "Contacts with the service fell to 19,500 in Quarter 2.",
            ("level", "19,500", "20,980"),
        ),
        (GET, "GET7", "Calls to the council fell to 3,000.", ("level", "3,000", "3,650")),
        (GET, "GET7", "Telephone calls fell to 3,000.", ("level", "3,000", "3,650")),
    ],
)
def test_parts_after_to_the(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """'Calls to the switchboard fell to 3,000': a part of the measure's things the words
    after 'to the' or 'with the' pick out, none of them the measure's nor the body that
    reports ('contacts with the directorate'), is left alone."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # the part bound by the data's own figure, the last number before the share in its
        # part of the sentence; of one series, the whole as the sentence states it
        (
            ASCH_2324,
            "ASCH9",
            "Carers' assessments delivered in the quarter were equivalent to 89% of the 1,580 due.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "The 1,410 carers' assessments delivered were 89% of the 1,580 needed.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "Delivery reached 89% of the 1,580 assessments due in Quarter 2.",
            None,
        ),
        (
            GET,
            "GET8",
            "The 10,390 potholes fixed equalled 92% of those reported this quarter.",
            None,
        ),
        (
            GET,
            "GET8",
            "Repairs kept pace with reports: the 10,390 potholes fixed equalled 92% of those "
            "reported this quarter.",
            None,
        ),
        (
            GET,
            "GET7",
            "Email, at 980 enquiries, accounted for 7% of the quarter's highway contact.",
            None,
        ),
        (GET, "GET8", "At 10,390, repairs were 92% of reports in Quarter 3.", None),
        (ASCH, "ASCH18", "The team completed 2,455 applications, 86% of the 2,870 received.", None),
        (
            ASCH_2324,
            "ASCH9",
            "Carers' assessments delivered (1,410) were 89% of the 1,580 due.",
            None,
        ),
        (GET, "GET8", "The 10,390 repairs made came to 92% of the potholes reported.", None),
        # wrong (first version: two of five found; the two with no part's figure are left
        # alone by design, the one whose whole is the editor's word 'contact' too)
        (
            GET,
            "GET8",
            "Repairs kept pace with reports: the 10,390 potholes fixed equalled 96% of those "
            "reported this quarter.",
            ("share", "96%", "92%"),
        ),
        (
            GET,
            "GET8",
            "The 10,390 potholes fixed equalled 85% of those reported.",
            ("share", "85%", "92%"),
        ),
        # (after the reading read the sentence's words before a bracket too)
        (
            ASCH_2324,
            "ASCH9",
            "The 1,410 carers' assessments delivered came to 95% of the 1,580 needed.",
            ("share", "95%", "89%"),
        ),
        (
            ASCH_2324,
            "ASCH9",
            "At 1,410, delivered assessments were 80% of the 1,580 due.",
            ("share", "80%", "89%"),
        ),
        (
            ASCH_2324,
            "ASCH9",
            "Carers' assessments delivered in the quarter (1,410) were equivalent to 94% of the "
            "1,580 due.",
            ("share", "94%", "89%"),
        ),
        # no part's figure: left alone, and the whole's figure is no level of the one series
        (
            ASCH_2324,
            "ASCH9",
            "Carers' assessments delivered in the quarter were equivalent to 94% of the 1,580 due.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "Delivery reached 95% of the 1,580 assessments due in Quarter 2.",
            None,
        ),
        # look-alikes: another period's whole, a sub-group, another quantity's whole
        (
            ASCH_2324,
            "ASCH9",
            "Carers' assessments delivered were 89% of the 1,700 planned for the year.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "Assessments delivered for young carers were 10% of the 1,580 due.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "Carers' assessments delivered were equivalent to 60% of the 2,350 referrals received.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "Of the 1,410 assessments delivered, 30% were for young carers.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH9",
            "The 1,410 assessments delivered were 30% of the 4,700 delivered in the year.",
            None,
        ),
    ],
)
def test_shares_bound_by_figures(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A share whose part is given as the data's own figure ('the 10,390 potholes fixed
    equalled 96% of those reported'): that series is the part; of one series, a whole the
    sentence states ('of the 1,580 due') is checked as stated, and is no level of it."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # 'of the total' (alone, or with the measure's words): the sum of the series, where
        # they are parts of one whole; 'one enquiry in three': of the things counted, where
        # the measure's words name them all; fractions with a denominator to ten
        (GET, "GET7", "Online reports were about two thirds of the total in Quarter 3.", None),
        (GET, "GET7", "Telephone calls were roughly a quarter of the total.", None),
        (GET, "GET7", "A year ago, online reports were about three fifths of the total.", None),
        (GET, "GET7", "Roughly one enquiry in four still arrives by telephone.", None),
        (GET, "GET7", "Two enquiries in three now come as online reports.", None),
        (
            ASCH,
            "ASCH16",
            "Residential or nursing placements were under a third of the total.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Community services made up seven tenths of the total in Quarter 2.",
            None,
        ),
        (GET, "GET7", "Emails were under a tenth of the total.", None),
        (
            ASCH,
            "ASCH13",
            "First reviews were about an eighth of the total due in Quarter 2.",
            None,
        ),
        (GET, "GET7", "One enquiry in four came in as a telephone call in Quarter 3.", None),
        (GET, "GET7", "Telephone calls were about 30% of the total a year earlier.", None),
        # wrong (first version: all six found, each with the data's share)
        (
            GET,
            "GET7",
            "Telephone calls were a third of the total in Quarter 3.",
            ("fraction", "a third", "26%"),
        ),
        (
            GET,
            "GET7",
            "A year ago, online reports were already more than two thirds of the total.",
            ("fraction", "more than two thirds", "60%"),
        ),
        (
            GET,
            "GET7",
            "Roughly one enquiry in three still arrives by telephone.",
            ("fraction", "Roughly one enquiry in three", "26%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Residential or nursing placements were about half of the total.",
            ("fraction", "about half", "30%"),
        ),
        (
            GET,
            "GET7",
            "One enquiry in two came in as an online report.",
            ("fraction", "One enquiry in two", "66%"),
        ),
        (
            ASCH,
            "ASCH13",
            "First reviews were about a sixth of the total in Quarter 2.",
            ("fraction", "about a sixth", "12%"),
        ),
        # look-alikes: a total of other things or of some of them, other things counted, a
        # span of time, a part of one unit, another period
        (GET, "GET7", "Online reports were two thirds of the total for the year.", None),
        (GET, "GET8", "Repairs were a third of the total cost.", None),
        (GET, "GET7", "One caller in three waited over five minutes.", None),
        (ASCH, "ASCH16", "Residential placements cost a third of the total budget.", None),
        (GET, "GET7", "One enquiry in three is about potholes.", None),
        (
            GET,
            "GET7",
            "One enquiry in three was about potholes, most of them by telephone.",
            None,
        ),
        (
            GET,
            "GET7",
            "Telephone calls were a third of the total handled by the contact centre.",
            None,
        ),
        (
            GET,
            "GET3",
            "Highway repairs were completed within 28 days in 94% of cases in Quarter 3.",
            None,
        ),
        (
            GET,
            "GET7",
            "One year in three, the winter brings more telephone calls than the summer.",
            None,
        ),
        (
            GET,
            "GET2",
            "Landfill crept up by four tenths of a percentage point this quarter.",
            None,
        ),
    ],
)
def test_wholes_of_the_total(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A fraction 'of the total' is of every series added up (a total with other words,
    'the total cost', is left alone); 'one enquiry in three', the thing counted the
    measure's, is of them all; 'a sixth', 'seven tenths' are fractions too."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # the things of a share picked out (to the verb) by words none of the measure's:
        # some of them, whose share the data does not hold (four of these rows made a false
        # finding before, none now; the first version, which read 'in', 'at', 'with',
        # 'within' and the part's words too, lost nine real findings and was narrowed;
        # 'for young carers' and 'involving older adults' still make one, their words the
        # measure's)
        (
            GET,
            "GET8",
            "Six in ten of the potholes reported on A roads were repaired within a day.",
            None,
        ),
        (GET, "GET8", "Half of the potholes reported on minor roads were repaired.", None),
        (GET, "GET7", "A third of enquiries from rural parishes came by telephone.", None),
        (
            ASCH,
            "ASCH16",
            "Two thirds of people in long term services in Ashford were supported in the "
            "community.",
            None,
        ),
        (ASCH, "ASCH18", "Half of the applications from hospitals were completed.", None),
        # the measure's own words after the preposition, or a period's: still read
        (
            ASCH,
            "ASCH16",
            "Half of people in long term services were in residential or nursing care.",
            ("fraction", "Half", "30%"),
        ),
        (
            GET,
            "GET7",
            "A third of all highway enquiries in the quarter came by telephone.",
            ("fraction", "A third", "26%"),
        ),
        (
            GET,
            "GET7",
            "A third of highway enquiries in Quarter 3 came in as telephone calls.",
            ("fraction", "A third", "26%"),
        ),
        (
            ASCH,
            "ASCH20",
            "Risk remained in one in five concluded enquiries in Quarter 2.",
            ("fraction", "one in five", "13%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Seven in ten people in long term services were supported in the community.",
            None,
        ),
    ],
)
def test_some_of_the_things(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """'Six in ten of the potholes reported on A roads': a share of things picked out by a
    preposition and words none of the measure's is left alone."""
    assert_sentence(edition, indicator, text, expected)
