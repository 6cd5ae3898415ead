"""The commentary checker reads any sentence an editor may write without raising, and every
finding quotes the editor's own words.

A review found a sentence (`Repeat contacts slipped out of the Green band into Red`) on
which `appendix check` raised an IndexError: the readings are many, and each was tested on
the sentences its author thought of. Here hypothesis writes sentences from the pieces
editors use (the measure's own words, other subjects, movements, ratings and bands, figures
in every form the checker reads, quarters, months, dates, spans, brackets, dashes, lists)
on every indicator of the four sample editions, and each must be read to the end."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus_scoring import facts_of, run

EDITIONS = (
    (".", "2023-24 Q2"),
    (".", "2024-25 Q2"),
    ("samples/get", "2024-25 Q3"),
    ("samples/district", "2024-25 Q3"),
)

OTHER_SUBJECTS = (
    "Staff at the depot",
    "England",
    "The regional average",
    "The contractor's rating",
    "Calls to the switchboard",
    "Rainfall",
    "Our 14 term contractors",
    "Two more officers",
    "The target",
    "The floor",
    "It",
    "That",
    "They",
    "Note 2:",
    "Editors note 1:",
)
VERBS = (
    "rose to",
    "fell to",
    "rose by",
    "fell by",
    "eased to",
    "slipped out of the Green band into",
    "moved from Amber to",
    "doubled to",
    "halved from",
    "trebled between",
    "hit",
    "met",
    "missed",
    "stayed between",
    "ranged from",
    "accounted for",
    "made up",
    "came to",
    "was",
    "is now",
    "has been above",
    "had fallen to",
    "is expected to reach",
    "stands at its highest since",
    "has fallen for the third consecutive quarter to",
    "remains within",
    "outnumber calls by",
    "is equivalent to",
    "numbered",
)
FIGURES = (
    "5",
    "5.2",
    "52.0%",
    "1,200",
    "12,650",
    "£3.40",
    "£503,400",
    "2:35",
    "25.3 days",
    "581 per 100,000",
    "a third",
    "one in five",
    "nearly two thirds",
    "three to one",
    "twice",
    "half",
    "around 80%",
    "just over 4,700",
    "more than 1.3 million",
    "7 points",
    "3 percentage points",
    "18%",
    "Red",
    "Amber",
    "Green",
    "RED",
    "the 90% target",
    "the 75 floor",
    "the 25-day standard",
)
PERIODS = (
    "in Quarter 2",
    "in Q3 2023/24",
    "in the third quarter of 2023-24",
    "in June",
    "at the end of December",
    "on 30 September",
    "on June 30",
    "on the last day of March",
    "since April 2023",
    "since Quarter 1 of 2022-23",
    "by March",
    "last year",
    "on September last year",
    "a year ago",
    "in the same quarter last year",
    "so far this year",
    "year to date",
    "over October, November and December",
    "in the four latest quarters",
    "for five consecutive quarters",
    "between the winter and spring quarters",
    "between June 2022 and September 2023",
    "(Q1: £761)",
    "(Quarter 1: 83%)",
    "in the spring",
    "over the summer",
    "then",
    "at the time",
    "next quarter",
    "",
)
JOINS = (", and ", "; ", " – ", ", while ", ". ", " (", "), ", ", from ", ", against ", " but ")


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, str, str, str]:
    folder, quarter = draw(st.sampled_from(EDITIONS))
    facts = facts_of(folder, quarter)
    indicator = draw(st.sampled_from(sorted(facts)))
    own = facts[indicator]
    title = own.indicator.short_title or own.indicator.title
    own_words = [s.series.label for s in own.series] + [title]
    subject = st.sampled_from([*own_words, *OTHER_SUBJECTS])
    clause = st.builds(
        lambda who, verb, figure, when: " ".join(p for p in (who, verb, figure, when) if p),
        subject,
        st.sampled_from(VERBS),
        st.sampled_from(FIGURES),
        st.sampled_from(PERIODS),
    )
    clauses = draw(st.lists(clause, min_size=1, max_size=3))
    joins = draw(st.lists(st.sampled_from(JOINS), min_size=len(clauses), max_size=len(clauses)))
    text = "".join(c + j for c, j in zip(clauses, joins, strict=True)).rstrip(" ,;–(") + "."
    return folder, quarter, indicator, text


@settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(sentences())
def test_any_sentence_is_read_to_the_end_and_quoted_in_its_own_words(
    case: tuple[str, str, str, str],
) -> None:
    folder, quarter, indicator, text = case
    findings = run({"folder": folder, "quarter": quarter, "indicator": indicator, "text": text})
    for finding in findings:
        assert finding.indicator == indicator
        # a finding quotes the editor's words (a copied paragraph quotes none)
        assert finding.quote is None or finding.quote in text, (text, finding)
