"""Fractions of the whole and shares of another figure (issue 24, after round 17 was
written: helper h-tune20b): each reading made general, with sentences of the same meaning in
other words that are correct, that are wrong, and that look alike but must be left alone, on
the samples' data (worked out by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import ASCH, ASCH_2324, DISTRICT, GET, assert_sentence

# The data the rows are worked out from:
# GET7 Q3 2024/25 online 9,410, telephone 3,650, email 980, face to face 128 (of 14,168:
#   66.4%, 25.8%, 6.9%, 0.9%); year to date 2024/25 emails 3,030 of 41,923 (7.2%)
# GET8 Q3 2024/25 reported 11,280, repaired 10,390 (92.1%); Q2 6,030 and 6,270; Q1 8,310 and
#   8,450; year to date 25,620 and 25,110 (98.0%)
# ASCH8 2024-25 Q2 new 4,683, completed 4,688 (100.1%); 2023-24 Q2 new 4,552, completed 4,491
# ASCH16 2024-25 Q2 residential 5,310, community 12,650 (29.6%, 70.4%); 2023-24 Q2 5,205 and
#   11,940 (30.4%, 69.6%)
# ASCH18 2024-25 Q2 received 2,870, completed 2,455 (85.5%); 2023-24 Q2 2,093 and 2,207 (105.4%)
# H1 (days) 2024/25 Q3 25.3, Q2 26.9, Q1 27.8, 2023/24 Q3 30.1; target 25
# H2 (£) 2024/25 Q3 503,400, Q2 509,100, Q1 521,800, 2023/24 Q3 512,300; target 500,000


@pytest.mark.parametrize(
    ("edition", "indicator", "text", "expected"),
    [
        # a share over the year to date: of the series' sums over the financial year's quarters
        # (GET8 to Quarter 3 2024/25: 25,110 repaired of 25,620 reported, 98%; GET7 emails 3,030
        # of 41,923, 7%); a quarter named keeps its own
        (
            GET,
            "GET8",
            "Over the first three quarters of the year, repairs amounted to 98% of reports.",
            None,
        ),
        (GET, "GET8", "So far this year, repairs have amounted to 98% of reports.", None),
        (GET, "GET8", "Year to date, potholes repaired came to 98% of potholes reported.", None),
        (
            GET,
            "GET8",
            "Year to date, potholes repaired came to 90% of potholes reported.",
            ("share", "90% of potholes reported", "98%"),
        ),
        (
            GET,
            "GET8",
            "Since April, repairs have run at 94% of reports.",
            ("share", "94% of reports", "98%"),
        ),
        (GET, "GET7", "So far this year, emails have made up 7% of all highway enquiries.", None),
        (
            GET,
            "GET7",
            "So far this year, emails have made up 12% of all highway enquiries.",
            ("share", "made up 12% of all highway enquiries", "7%"),
        ),
        (GET, "GET8", "In Quarter 3, repairs came to 92% of reports.", None),
        (
            GET,
            "GET8",
            "In Quarter 3, repairs came to 98% of reports.",
            ("share", "98% of reports", "92%"),
        ),
        # a figure as a per cent of its own target (H2 Quarter 3 £503,400 against £500,000:
        # 101%; Quarter 2 £509,100: 102%; H1 25.3 days against 25: 101%); not a comparator's,
        # not next year's
        (
            DISTRICT,
            "H2",
            "Arrears stand at 110% of the £500,000 target, so the measure stays RED.",
            ("share", "110% of the", "101%"),
        ),
        (
            DISTRICT,
            "H2",
            "Arrears stand at 101% of the £500,000 target, so the measure stays RED.",
            None,
        ),
        (DISTRICT, "H2", "At £503,400, arrears are running at 101% of target.", None),
        (DISTRICT, "H2", "Rent arrears were 101% of their target in Quarter 3.", None),
        (
            DISTRICT,
            "H2",
            "Rent arrears were 95% of their target in Quarter 3.",
            ("share", "95% of their target", "101%"),
        ),
        (DISTRICT, "H2", "In Quarter 2 arrears stood at 102% of the target.", None),
        (
            DISTRICT,
            "H2",
            "In Quarter 2 arrears stood at 98% of the target.",
            ("share", "98% of the target", "102%"),
        ),
        (DISTRICT, "H1", "Re-let times are now at 101% of the 25-day target.", None),
        (
            DISTRICT,
            "H1",
            "Re-let times are now at 90% of the 25-day target.",
            ("share", "90% of the", "101%"),
        ),
        (DISTRICT, "H1", "Homes took 25.3 days to re-let, which is 101% of the target.", None),
        (DISTRICT, "H2", "England's arrears stand at 80% of the target.", None),
        (DISTRICT, "H2", "Arrears stand at 80% of the target for next year.", None),
        # a share's verb in -ing after the clause naming its part, of the whole in the title's
        # words (GET7 Quarter 3: online 66%, telephone 26%, email 7%; ASCH16 2024-25 Q2
        # community 70%, residential 30%; 2023-24 Q2 70% and 30%); not of staff time, other
        # transactions, a fall, England
        (
            GET,
            "GET7",
            "Online reports keep growing, accounting for two thirds of all highway enquiries.",
            None,
        ),
        (
            GET,
            "GET7",
            "Telephone calls are still falling, making up a quarter of enquiries received.",
            None,
        ),
        (
            GET,
            "GET7",
            "Telephone calls fell again, representing about a quarter of all highway enquiries.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports rose to 9,410, accounting for two thirds of highway enquiries "
            "received.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Community Services dipped slightly, accounting for 70% of people in long term "
            "services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Residential or Nursing services held steady, making up under a third of people in "
            "long term services.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Community Services grew, accounting for seven in ten people in long term services.",
            None,
        ),
        (GET, "GET7", "Emails dipped to 980, making up 7% of highway enquiries received.", None),
        (
            GET,
            "GET7",
            "Telephone calls dropped to 3,650 in Quarter 3, making up about a quarter of all "
            "highway enquiries.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports climbed, representing 66% of enquiries received in the quarter.",
            None,
        ),
        (
            GET,
            "GET7",
            "Email remains a significant route, accounting for one in ten enquiries received.",
            ("fraction", "one in ten", "7%"),
        ),
        (
            GET,
            "GET7",
            "Telephone calls are still falling, making up a third of enquiries received.",
            ("fraction", "a third", "26%"),
        ),
        (
            GET,
            "GET7",
            "Online reports keep growing, accounting for three quarters of all highway enquiries.",
            ("fraction", "three quarters", "66%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Community Services dipped slightly, accounting for four in five people in long term "
            "services.",
            ("fraction", "four in five", "70%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Residential or Nursing services held steady, representing two fifths of people in "
            "long term services.",
            ("fraction", "two fifths", "30%"),
        ),
        (
            GET,
            "GET7",
            "Online reports rose to 9,410, accounting for 75% of highway enquiries received.",
            ("share", "accounting for 75% of highway enquiries received", "66%"),
        ),
        (
            GET,
            "GET7",
            "Emails dipped to 980, making up 12% of highway enquiries received.",
            ("share", "making up 12% of highway enquiries received", "7%"),
        ),
        (
            GET,
            "GET7",
            "Email remains a significant route, accounting for one in ten complaints.",
            None,
        ),
        (
            GET,
            "GET7",
            "Telephone calls are still falling, accounting for a third of staff time.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports keep growing, making up a third of the council's digital transactions.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reporting keeps growing in England, accounting for half of all enquiries "
            "nationally.",
            None,
        ),
        (
            GET,
            "GET7",
            "Telephone calls are still falling, accounting for a third of the fall in enquiries.",
            None,
        ),
        (
            GET,
            "GET7",
            "Telephone calls are still falling, with most callers reporting potholes.",
            None,
        ),
        # a clause after 'and' of a part and a share alone, sharing the verb and the whole of
        # the share before it; not another subject's verb, another figure's kind, a comparator
        (GET, "GET7", "Two thirds of enquiries came online and a quarter by telephone.", None),
        (GET, "GET7", "About a quarter of enquiries came by telephone and 7% by email.", None),
        (
            GET,
            "GET7",
            "Online reports made up two thirds of enquiries, and telephone calls a quarter.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports accounted for 66% of all highway enquiries, and telephone calls for "
            "26%.",
            None,
        ),
        (GET, "GET7", "Online reports made up 66% of highway enquiries and emails 7%.", None),
        (
            ASCH,
            "ASCH16",
            "Community Services made up 70% of people in long term services, and Residential or "
            "Nursing services 30%.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Seven in ten people in long term services were in Community Services and three in "
            "ten in Residential or Nursing services.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Community Services accounted for 70% of people in long term services, and "
            "Residential or Nursing services for 30%.",
            None,
        ),
        (
            GET,
            "GET7",
            "Telephone calls made up a quarter of enquiries and emails one in fifteen.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports made up 66% of enquiries in Quarter 3 and 60% a year earlier.",
            None,
        ),
        (
            GET,
            "GET7",
            "About a quarter of enquiries came by telephone and one in ten by email.",
            ("fraction", "one in ten by email", "7%"),
        ),
        (
            GET,
            "GET7",
            "Online reports made up two thirds of enquiries, and telephone calls a third.",
            ("fraction", "telephone calls a third", "26%"),
        ),
        (
            GET,
            "GET7",
            "Online reports accounted for 66% of all highway enquiries, and telephone calls for "
            "31%.",
            ("share", "telephone calls for 31%", "26%"),
        ),
        (
            GET,
            "GET7",
            "Online reports made up 66% of highway enquiries and emails 12%.",
            ("share", "emails 12%", "7%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Community Services made up 70% of people in long term services, and Residential or "
            "Nursing services 40%.",
            ("share", "Residential or Nursing services 40%", "30%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Seven in ten people in long term services were in Community Services and two in ten "
            "in Residential or Nursing services.",
            ("fraction", "two in ten in Residential or Nursing services", "30%"),
        ),
        (
            GET,
            "GET7",
            "Online reports made up 66% of highway enquiries and emails fell again.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports made up 66% of highway enquiries, and a quarter of online reports "
            "were about potholes.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports made up 66% of highway enquiries, and England's figure was 40%.",
            None,
        ),
        (
            GET,
            "GET7",
            "About a quarter of enquiries came by telephone and one in ten callers waited over "
            "five minutes.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports made up 66% of highway enquiries and staff answered 90% of calls "
            "within a day.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports made up 66% of highway enquiries, with 40% of them about potholes.",
            None,
        ),
        # a share split across two sentences: 'of them' for the one series the sentence before
        # names (GET8 92%; ASCH18 2024-25 86%, 2023-24 105%; ASCH8 2023-24 4,491 of 4,552, 99%),
        # 'That/This <verb> x% of' for the part it names (ASCH8 2024-25 4,688 of 4,683, 100%);
        # not a kind of them, a comparator's, a pronoun with no series
        (
            GET,
            "GET8",
            "Potholes reported rose to 11,280. Potholes repaired came to 92% of them.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "Applications received climbed to 2,870. Completions ran at 86% of them.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH8",
            "New requests fell to 4,552. Completions were equivalent to 99% of them.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH18",
            "Applications received rose to 2,093. Completed applications were 105% of those.",
            None,
        ),
        (
            GET,
            "GET8",
            "Residents reported 11,280 potholes. Repairs amounted to 92% of these.",
            None,
        ),
        (
            ASCH,
            "ASCH8",
            "In Quarter 2, 4,688 assessments were completed. That was equivalent to 100% of new "
            "requests.",
            None,
        ),
        (
            GET,
            "GET8",
            "Repairs reached 10,390 in Quarter 3. That was 92% of the potholes reported.",
            None,
        ),
        (
            GET,
            "GET8",
            "Potholes reported rose to 11,280. Potholes repaired came to 85% of them.",
            ("share", "85% of them", "92%"),
        ),
        (
            ASCH,
            "ASCH18",
            "Applications received climbed to 2,870. Completions ran at 95% of them.",
            ("share", "95% of them", "86%"),
        ),
        (
            ASCH_2324,
            "ASCH8",
            "New requests fell to 4,552. Completions were equivalent to 97% of them.",
            ("share", "equivalent to 97% of them", "99%"),
        ),
        (
            ASCH_2324,
            "ASCH18",
            "Applications received rose to 2,093. Completed applications were 95% of those.",
            ("share", "95% of those", "105%"),
        ),
        (
            GET,
            "GET8",
            "Residents reported 11,280 potholes. Repairs amounted to 98% of these.",
            ("share", "98% of these", "92%"),
        ),
        (
            ASCH,
            "ASCH8",
            "In Quarter 2, 4,688 assessments were completed. That matched 96% of new requests.",
            ("share", "96% of new requests", "100%"),
        ),
        (
            GET,
            "GET8",
            "Repairs reached 10,390 in Quarter 3. This came to 98% of the potholes reported.",
            ("share", "98% of the potholes reported", "92%"),
        ),
        (GET, "GET8", "Potholes reported rose to 11,280. About 40% of them were on A roads.", None),
        (
            ASCH,
            "ASCH18",
            "Applications received climbed to 2,870. Around 60% of them were urgent.",
            None,
        ),
        (
            GET,
            "GET8",
            "England's councils reported more potholes. Repairs ran at 60% of them.",
            None,
        ),
        (
            GET,
            "GET8",
            "Repairs reached 10,390 in Quarter 3. That was 40% of the county's road budget.",
            None,
        ),
        (GET, "GET8", "Crews worked through the winter. They fixed 92% of them.", None),
        # a share of the series' own figure in an earlier quarter, said by a pronoun and its
        # verb (H1 25.3 days against 30.1 in 2023/24 Q3: 84%, 27.8 in Q1: 91%, 26.9 in Q2: 94%;
        # H2 £503,400 against £512,300: 98%, £521,800: 96%; GET8 repairs 10,390 against 6,270:
        # 166%); not how often ('90% of the time'), nor a comparator's
        (
            DISTRICT,
            "H1",
            "Homes are now re-let in 84% of the time they took in Quarter 3 2023/24.",
            None,
        ),
        (DISTRICT, "H1", "Re-let times are now 91% of what they were in Quarter 1.", None),
        (DISTRICT, "H2", "Arrears are now 98% of what they were in Quarter 3 2023/24.", None),
        (DISTRICT, "H2", "Arrears stand at 96% of the total they reached in Quarter 1.", None),
        (DISTRICT, "H1", "Re-letting a home takes 94% of the time it took in Quarter 2.", None),
        (
            GET,
            "GET8",
            "Repairs in Quarter 3 were 166% of the number they reached in Quarter 2.",
            None,
        ),
        (
            DISTRICT,
            "H1",
            "Homes are now re-let in 90% of the time they took in Quarter 3 2023/24.",
            ("share", "90% of the time they took", "84%"),
        ),
        (
            DISTRICT,
            "H1",
            "Re-let times are now 80% of what they were in Quarter 1.",
            ("share", "80% of what they", "91%"),
        ),
        (
            DISTRICT,
            "H2",
            "Arrears are now 90% of what they were in Quarter 3 2023/24.",
            ("share", "90% of what they", "98%"),
        ),
        (
            DISTRICT,
            "H1",
            "Re-letting a home takes 99% of the time it took in Quarter 2.",
            ("share", "99% of the time it took", "94%"),
        ),
        (
            DISTRICT,
            "H2",
            "Arrears stand at 90% of the total they reached in Quarter 1.",
            ("share", "90% of the total they reached", "96%"),
        ),
        (
            DISTRICT,
            "CS1",
            "Calls were answered within five minutes 90% of the time in Quarter 3.",
            None,
        ),
        (DISTRICT, "H1", "Voids were let within four weeks 80% of the time in Quarter 1.", None),
        (
            DISTRICT,
            "H2",
            "Arrears are now 90% of what England's councils reported in Quarter 1.",
            None,
        ),
        (
            DISTRICT,
            "H1",
            "Homes are re-let in 84% of the time the national average took in Quarter 3 2023/24.",
            None,
        ),
        # a later clause with its own subject, none of the measure's words: that subject's share
        (
            GET,
            "GET8",
            "Reports rose to 11,280, and contractors fixed 95% of potholes within a week.",
            None,
        ),
        (
            ASCH,
            "ASCH18",
            "Applications rose to 2,870, while the team screened 60% of applications within a day.",
            None,
        ),
        (GET, "GET8", "Reports rose to 11,280, and repairs ran at 92% of them.", None),
        (
            GET,
            "GET8",
            "Reports rose to 11,280, and repairs ran at 85% of them.",
            ("share", "85% of them", "92%"),
        ),
        # one series as a multiple of another, as a ratio to one (GET7 Quarter 3: online/telephone
        # 2.58, telephone/email 3.72, online/email 9.60; ASCH16 community/residential 2.38 and
        # 2.29); 'by three to one' is no change of three; not a comparator's, nor of other things
        (GET, "GET7", "Online reports outnumber telephone calls by more than two to one.", None),
        (GET, "GET7", "Telephone calls outnumbered emails by almost four to one.", None),
        (GET, "GET7", "Online reports outnumbered emails by more than nine to one.", None),
        (
            ASCH,
            "ASCH16",
            "Community Services outnumber Residential or Nursing services by more than two to one.",
            None,
        ),
        (
            GET,
            "GET7",
            "In Quarter 3, online reports outnumbered telephone calls by roughly 2.6 to 1.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Community Services outnumbered Residential or Nursing services by over two to one in "
            "Quarter 2.",
            None,
        ),
        (
            GET,
            "GET7",
            "Online reports outnumber telephone calls by more than three to one.",
            ("multiple", "more than three to one", "2.58 times"),
        ),
        (
            GET,
            "GET7",
            "Telephone calls outnumbered emails by two to one.",
            ("multiple", "two to one", "3.72 times"),
        ),
        (
            ASCH,
            "ASCH16",
            "Community Services outnumber Residential or Nursing services by three to one.",
            ("multiple", "three to one", "2.38 times"),
        ),
        (
            GET,
            "GET7",
            "Online reports outnumbered emails by more than 12 to 1.",
            ("multiple", "more than 12 to 1", "9.60 times"),
        ),
        (
            GET,
            "GET7",
            "Online reports outnumbered telephone calls by more than two to one in Quarter 2.",
            None,
        ),
        (GET, "GET7", "Online reports outnumber telephone calls in England by three to one.", None),
        (GET, "GET7", "Residents preferred online reporting by three to one.", None),
        (
            GET,
            "GET7",
            "Online reports outnumbered telephone calls, and complaints outnumbered compliments "
            "by three to one.",
            None,
        ),
        # a whole that opens the sentence in the title's words, counted at a time named after it
        # ('Of everyone in long term services in September 2023, ...'): every series (ASCH16
        # 2024-25 Q2 residential 30%, community 70%; 2023-24 Q2 30% and 70%); not a kind of
        # them, a comparator's, or a whole of other things
        (
            ASCH_2324,
            "ASCH16",
            "Of everyone in long term services in September 2023, 30% were in Residential or "
            "Nursing services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Of all the people in long term services at the end of September, 70% were in "
            "Community Services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Of everybody in long term services in Quarter 2, around 30% were in Residential or "
            "Nursing services.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Of those in long term services in September, 70% were supported in Community "
            "Services.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Of everyone in long term services in September 2023, 35% were in Residential or "
            "Nursing services.",
            ("share", "35%", "30%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Of all the people in long term services at the end of September, 60% were in "
            "Community Services.",
            ("share", "60%", "70%"),
        ),
        (
            ASCH,
            "ASCH16",
            "Of everybody in long term services in Quarter 2, around 40% were in Residential or "
            "Nursing services.",
            ("share", "around 40%", "30%"),
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Of those in long term services in September, 80% were supported in Community "
            "Services.",
            ("share", "80%", "70%"),
        ),
        (ASCH, "ASCH16", "Of everyone in long term services in September, 40% were over 85.", None),
        (
            ASCH,
            "ASCH16",
            "Of everyone in long term services in England, 35% were in Residential or Nursing "
            "services.",
            None,
        ),
        (
            ASCH,
            "ASCH16",
            "Of everyone assessed in September, 35% went into Residential or Nursing services.",
            None,
        ),
        # a whole set first by what the part is measured against ('Set against ...', 'Relative
        # to ...', 'As a proportion of ...'): one series over another (ASCH16 2024-25 Q2
        # residential of community 42%, 2023-24 Q2 44%; GET7 telephone of online 39%, email of
        # telephone 27%); not a comparison ('13% fewer than'), a change, a comparator, another
        # whole
        (
            ASCH,
            "ASCH16",
            "Set against Community Services, Residential or Nursing services came to 42%.",
            None,
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Measured against Community Services, Residential or Nursing placements stood at 44%.",
            None,
        ),
        (GET, "GET7", "Relative to online reports, telephone calls ran at 39%.", None),
        (GET, "GET7", "As a proportion of telephone calls, emails came to 27%.", None),
        (GET, "GET7", "Set against online reports, telephone calls were 39% in Quarter 3.", None),
        (
            ASCH,
            "ASCH16",
            "Set against Community Services, Residential or Nursing services came to 50%.",
            ("share", "50%", "42%"),
        ),
        (
            ASCH_2324,
            "ASCH16",
            "Measured against Community Services, Residential or Nursing placements stood at 40%.",
            ("share", "40%", "44%"),
        ),
        (
            GET,
            "GET7",
            "Relative to online reports, telephone calls ran at 45%.",
            ("share", "45%", "39%"),
        ),
        (
            GET,
            "GET7",
            "As a proportion of telephone calls, emails came to 20%.",
            ("share", "20%", "27%"),
        ),
        (GET, "GET7", "Set against online reports, telephone calls fell 4%.", None),
        (GET, "GET7", "Set against last year, telephone calls came to 87%.", None),
        (GET, "GET7", "Relative to England's channel mix, telephone calls ran at 40%.", None),
        (GET, "GET7", "As a proportion of all council contacts, emails came to 2%.", None),
        (
            GET,
            "GET7",
            "Relative to online reports, telephone calls were 13% fewer than a year ago.",
            None,
        ),
    ],
)
def test_share_reading(
    edition: tuple[str, str], indicator: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert_sentence(edition, indicator, text, expected)
