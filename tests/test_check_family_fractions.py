"""Fractions of the whole and shares of another figure (issue 24, after round 16 was
written: helper h-tune19b): each reading made general, with sentences of the same shape that
are correct, that are wrong, and that look alike but must be left alone, on the samples'
data (worked out by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

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
    assert_sentence(edition, indicator, text, expected)


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
    assert_sentence(edition, indicator, text, expected)


# ASCH20 (2024-25 Q2, shares of concluded enquiries): risk removed 31.4%, reduced 55.8%,
#   remained 12.8%; a fraction in words is within 2.5 points either side
# ASCH9 2024-25 Q2: 1,420 delivered of 1,610 due (88.2%)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a count whose thing is qualified ('one concluded enquiry in every six'), and a
        # count closing its clause after 'in' ('and remained in one in ten.')
        (
            ASCH,
            "ASCH20",
            "In Quarter 2 the risk remained in one concluded enquiry in every eight.",
            None,
        ),
        (ASCH, "ASCH20", "The risk remained in one concluded case in every seven.", None),
        (
            ASCH,
            "ASCH20",
            "Risk was removed in 31% of concluded enquiries and remained in one in eight.",
            None,
        ),
        (
            ASCH,
            "ASCH20",
            "In Quarter 2 the risk remained in one concluded enquiry in every four.",
            ("fraction", "one concluded enquiry in every four", "13%"),
        ),
        (
            ASCH,
            "ASCH20",
            "Risk was removed in 31% of concluded enquiries and remained in one in four.",
            ("fraction", "one in four", "13%"),
        ),
        # the part named later in the share's own clause, past the reader's cuts (a lead
        # phrase, a figure set aside, 'by email'); the whole in the title's words is every
        # series, the whole whose figure is set aside that series
        (
            ASCH,
            "ASCH20",
            "For about one in three enquiries concluded in the quarter, the risk was removed.",
            None,
        ),
        (
            GET,
            "GET7",
            "Around one in four people raising a highway issue in Quarter 3 chose to do so by "
            "telephone.",
            None,
        ),
        (
            GET,
            "GET7",
            "Two in three people contacting the highways team in Quarter 3 used online reports.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Three in ten people receiving long term support (5,310) are placed in residential "
            "or nursing services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Seven in ten people in long term services (12,650) are supported by community "
            "services.",
            None,
        ),
        (
            ASCH,
            "ASCH9",
            "Roughly nine in ten of the carers' assessments due (1,610) were delivered in the "
            "quarter.",
            None,
        ),
        (
            GET,
            "GET7",
            "Around one in four people raising a highway issue in Quarter 3 chose to do so by "
            "email.",
            ("fraction", "one in four", "7%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Half of people receiving long term support (5,310) are placed in residential or "
            "nursing services.",
            ("fraction", "Half", "30%"),
        ),
        (
            ASCH,
            "ASCH9",
            "Roughly two in three of the carers' assessments due (1,610) were delivered in the "
            "quarter.",
            ("fraction", "two in three", "88%"),
        ),
        # 'the rest' of one of two series: the fraction is the other's
        (
            ASCH,
            "ASCH16",
            "Care homes account for around three in ten of the long-term caseload, with "
            "community services making up the rest.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Only three in ten people receiving long term services live in a care home, with "
            "the remainder supported in the community.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Seven in ten people in long-term services are supported at home, with the rest in "
            "residential or nursing services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Care homes account for around half of the long-term caseload, with community "
            "services making up the rest.",
            ("fraction", "around half", "30%"),
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Only one in ten people receiving long term services live in a care home, with the "
            "remainder supported in the community.",
            ("fraction", "one in ten", "30%"),
        ),
        # a series named only in words denied is not the part
        (
            ASCH,
            "ASCH20",
            "The risk was eliminated, not merely reduced, in nearly a third of the section 42 "
            "enquiries closed.",
            None,
        ),
        (
            ASCH,
            "ASCH20",
            "The risk was taken away rather than reduced in a third of enquiries.",
            None,
        ),
        (
            ASCH,
            "ASCH20",
            "The risk was reduced, not removed, in more than half of enquiries.",
            None,
        ),
        (
            ASCH,
            "ASCH20",
            "The risk was reduced in nearly a third of the section 42 enquiries closed.",
            ("fraction", "nearly a third", "56%"),
        ),
        # look-alikes: another noun's count, what people said, a comparator, 'the rest' of
        # both, a part in a later clause of its own, a figure that is no whole
        (
            GET,
            "GET7",
            "In Quarter 3 one enquiry in four reached the highways service by phone.",
            None,
        ),
        (ASCH, "ASCH20", "One in five social workers said the risk remained hard to judge.", None),
        (GET, "GET7", "One in five people said they would prefer email in future.", None),
        (ASCH, "ASCH20", "England saw the risk remain in one in ten.", None),
        (
            ASCH,
            "ASCH16",
            "Half of the people in long term services are over 75, and most are in community "
            "services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "A quarter of the 17,960 people in long-term services are aged over 85, with the "
            "rest spread across residential and community services.",
            None,
        ),
        (GET, "GET7", "About one in ten staff (12) now work on email enquiries.", None),
        (DISTRICT, "H3", "One in five households in temporary accommodation has children.", None),
    ],
)
def test_fractions_of_the_whole(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A fraction of the whole: its counted forms, its part named later in the share's own
    clause (or the other of two, where the rest is named), its whole in the title's words or
    by a figure set aside; a part named only in words denied, a comparator's share and what
    people said are left alone."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a fraction closing its clause after a share's verb, of a whole named in a lead
        # 'Of ...,' or as 'X's share of <whole>'
        (
            ASCH,
            "ASCH16",
            "Of the people in long term services in Quarter 2, community services made up more "
            "than two thirds.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Of the people in long term services in Quarter 2, residential and nursing "
            "placements made up under a third.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Of the people in long term services, residential and nursing placements made up "
            "under a third.",
            None,
        ),
        (
            GET,
            "GET7",
            "Of all highway enquiries in Quarter 3, online reports made up two thirds.",
            None,
        ),
        (GET, "GET7", "The telephone's share of enquiries has shrunk to a quarter.", None),
        (GET, "GET7", "Online's share of enquiries now stands at two thirds.", None),
        (
            GET,
            "GET7",
            "Of the enquiries received in Quarter 3, telephone calls accounted for a quarter.",
            None,
        ),
        (
            GET,
            "GET7",
            "Of the enquiries received in Quarter 3, emails accounted for under a tenth.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Of everyone in long term services, community services account for over two thirds.",
            None,
        ),
        (GET, "GET7", "Of all enquiries, online reports represented about two thirds.", None),
        (
            GET,
            "GET7",
            "Of all highway enquiries in Quarter 3, online reports made up three quarters.",
            ("fraction", "three quarters", "66%"),
        ),
        (
            GET,
            "GET7",
            "The telephone's share of enquiries has shrunk to a tenth.",
            ("fraction", "a tenth", "26%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Of the people in long term services in Quarter 2, residential and nursing "
            "placements made up almost a third.",
            ("fraction", "almost a third", "30%"),
        ),
        (
            GET,
            "GET7",
            "Of the enquiries received in Quarter 3, emails accounted for a fifth.",
            ("fraction", "a fifth", "7%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Of everyone in long term services, community services account for half.",
            ("fraction", "half", "70%"),
        ),
        # look-alikes: no whole named, another quantity, a comparator, a single series
        (GET, "GET7", "Potholes made up a third.", None),
        (GET, "GET7", "Staff time spent on email made up a fifth.", None),
        (DISTRICT, "W2", "Recycling made up almost half.", None),
        (GET, "GET7", "England's online share reached two thirds.", None),
        (GET, "GET7", "England's online reports made up a half.", None),
        (GET, "GET7", "Online reports made up two thirds, and emails fell.", None),
        (ASCH, "ASCH16", "Of the council's budget, residential care made up a half.", None),
        (
            GET,
            "GET7",
            "Telephone calls fell, and a third of emails were answered within a day.",
            None,
        ),
    ],
)
def test_fractions_closing_a_clause(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """'..., residential and nursing placements made up almost a third.': a fraction that
    closes its clause is a share after a share's verb ('made up', 'accounted for',
    'represented', 'share of X ... to'), where the whole is named (a lead 'Of ...,' or
    'share of X'); otherwise left alone."""
    assert_sentence(edition, indicator, text, expected)


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a fraction after 'at', in apposition to the sentence's subject (one series), of a
        # whole in the title's words
        (
            GET,
            "GET7",
            "Telephone calls remain a big channel, at a quarter of everything residents send "
            "in about highways.",
            None,
        ),
        (GET, "GET7", "Online reports keep growing, at two thirds of all highway enquiries.", None),
        (
            GET,
            "GET7",
            "Emails are now a small channel, at under a tenth of all highway enquiries.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Community services remain the main setting, at over two thirds of people in long "
            "term services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Residential and nursing placements held steady, at under a third of people in long "
            "term services.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Community services remained the main setting, at over two thirds of people in "
            "long term services.",
            None,
        ),
        (
            GET,
            "GET7",
            "Calls to our contact centre remain a big channel for us, at a quarter of "
            "everything residents send in about the highways.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports rose again, at two thirds of highway enquiries in Quarter 3.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Residential placements held steady, at under a third of people in long term services.",
            None,
        ),
        (
            GET,
            "GET7",
            "Face-to-face enquiries are now rare, at under a tenth of highway enquiries.",
            None,
        ),
        (
            GET,
            "GET7",
            "Calls to our contact centre remain a big channel for us, at a third of everything "
            "residents send in about the highways.",
            ("fraction", "a third", "26%"),
        ),
        (
            GET,
            "GET7",
            "Emails are now a small channel, at a fifth of all highway enquiries.",
            ("fraction", "a fifth", "7%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Community services remain the main setting, at three quarters of people in long "
            "term services.",
            ("fraction", "three quarters", "70%"),
        ),
        (
            GET,
            "GET7",
            "Online reports keep growing, at three quarters of all highway enquiries.",
            ("fraction", "three quarters", "66%"),
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Residential placements held steady, at a half of people in long term services.",
            ("fraction", "a half", "30%"),
        ),
        # look-alikes: no whole in the title's words, a figure, two series, a comparator
        (GET, "GET7", "Telephone calls fell, at a third of the rate of last year.", None),
        (GET, "GET7", "Telephone calls fell to 3,650, at a third of all highway enquiries.", None),
        (
            GET,
            "GET7",
            "Telephone and email enquiries fell, at a third of all highway enquiries.",
            None,
        ),
        (
            GET,
            "GET7",
            "England's telephone calls remain common, at a third of all enquiries.",
            None,
        ),
        (ASCH, "ASCH16", "Community services fell, at half the pace of last year.", None),
        (GET, "GET8", "Repairs kept pace, at a third of the cost.", None),
    ],
)
def test_fractions_in_apposition(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    """', at a third of everything residents send in': a fraction after 'at' that opens a
    clause after a comma is the share of the one series the sentence's subject names, of a
    whole in the title's words; a comparator's subject, a figure before, or another whole
    leaves it alone."""
    assert_sentence(edition, indicator, text, expected)
