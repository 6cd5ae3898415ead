"""Issue 26, comparators: England, the region or the mean of neighbouring councils drawn
beside a KPI's own line, named in the notes, the alt text and every edition's data
table; the council's position among every council in a national extract."""

from __future__ import annotations

import html
import re
from pathlib import Path

import openpyxl
import pytest

from generator.content.inputs import load_inputs
from generator.core.errors import InputError
from generator.core.periods import PeriodError, Quarter, parse_period, quarter_of_date
from generator.core.position import Position, position, quartile_of, relation
from tests.comparator_folder import (
    COMPARATORS,
    ENGLAND,
    WITH_COMPARATORS,
    extract_csv,
    make_compared_report,
)
from tests.report_folder import DEFINITION
from tests.scope import new_process
from tests.test_api import run_python
from tests.test_cli import run

# ----------------------------------------------------------------- the rules, as tables


@pytest.mark.parametrize(
    ("value", "others", "polarity", "decimals", "expected"),
    [
        # Higher is better: the largest figure ranks 1.
        (90.0, [80.0, 70.0, 60.0], "higher", 0, Position(1, 4, 1)),
        (60.0, [80.0, 70.0, 90.0], "higher", 0, Position(4, 4, 4)),
        # Lower is better: the smallest ranks 1 (quartile 1 is still best).
        (60.0, [80.0, 70.0, 90.0], "lower", 0, Position(1, 4, 1)),
        (90.0, [80.0, 70.0, 60.0], "lower", 0, Position(4, 4, 4)),
        # Ties share the best rank: 1, 2, 2, 4.
        (70.0, [80.0, 70.0, 60.0], "higher", 0, Position(2, 4, 2)),
        (70.0, [70.0, 70.0, 70.0], "higher", 0, Position(1, 4, 1)),
        (70.0, [70.0, 70.0, 70.0], "lower", 0, Position(1, 4, 1)),
        # Compared as shown: 70.4 and 70.2 both read 70, so they tie at 0 decimals...
        (70.2, [70.4, 60.0, 50.0], "higher", 0, Position(1, 4, 1)),
        # ...and not at 1 decimal.
        (70.2, [70.4, 60.0, 50.0], "higher", 1, Position(2, 4, 2)),
        # Rounded half up, as the appendix prints: 70.45 shows as 70.5.
        (70.45, [70.5], "higher", 1, Position(1, 2, 1)),
        # Alone: first of one, the 1st quartile.
        (50.0, [], "higher", 0, Position(1, 1, 1)),
        # 152 councils: rank 38 is the last of the 1st quartile, 39 the first of the 2nd.
        (
            37.0,
            [float(v) for v in range(38, 38 + 37)] + [0.0] * 114,
            "higher",
            0,
            Position(38, 152, 1),
        ),
        (
            37.0,
            [float(v) for v in range(38, 38 + 38)] + [0.0] * 113,
            "higher",
            0,
            Position(39, 152, 2),
        ),
    ],
)
def test_a_position_ranks_best_first_by_polarity_with_ties_sharing(
    value: float, others: list[float], polarity: str, decimals: int, expected: Position
) -> None:
    assert position(value, others, polarity, decimals) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rank", "count", "quartile"),
    [
        (1, 152, 1),
        (38, 152, 1),
        (39, 152, 2),
        (76, 152, 2),
        (77, 152, 3),
        (114, 152, 3),
        (115, 152, 4),
        (152, 152, 4),
        (1, 1, 1),
        (1, 2, 1),
        (2, 2, 3),
        (1, 3, 1),
        (2, 3, 2),
        (3, 3, 3),
        (2, 5, 1),
        (3, 5, 2),
        (5, 5, 4),
        (4, 8, 2),
        (5, 8, 3),
    ],
)
def test_a_rank_falls_in_its_quartile(rank: int, count: int, quartile: int) -> None:
    assert quartile_of(rank, count) == quartile


def test_a_rank_outside_the_count_is_refused() -> None:
    with pytest.raises(ValueError, match="rank 5 is not within 1 to 4"):
        quartile_of(5, 4)


@pytest.mark.parametrize(
    ("value", "other", "decimals", "expected"),
    [
        (82.0, 80.0, 0, "above"),
        (79.6, 80.0, 0, "level with"),
        (79.6, 80.0, 1, "below"),
        (80.05, 80.0, 1, "above"),
        (80.04, 80.0, 1, "level with"),
    ],
)
def test_a_figure_is_above_below_or_level_with_a_comparator_as_shown(
    value: float, other: float, decimals: int, expected: str
) -> None:
    assert relation(value, other, decimals) == expected


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("2024/25 Q2", Quarter(2024, 2)),
        ("Q2 2024-25", Quarter(2024, 2)),
        ("2024-04-01", Quarter(2024, 1)),
        ("2024-06-30", Quarter(2024, 1)),
        ("2024-07-01", Quarter(2024, 2)),
        ("2024-12-31", Quarter(2024, 3)),
        ("2025-01-01", Quarter(2024, 4)),
        ("2025-03-31", Quarter(2024, 4)),
        ("31/03/2025", Quarter(2024, 4)),
        ("1/7/2024", Quarter(2024, 2)),
        ("2024-09-30T00:00:00", Quarter(2024, 2)),
        ("2024-09-30 00:00", Quarter(2024, 2)),
    ],
)
def test_an_extract_period_is_a_quarter_or_a_date_in_one(text: str, quarter: Quarter) -> None:
    assert parse_period(text) == quarter


@pytest.mark.parametrize("text", ["2024-02-30", "2024-13-01", "09/2024", "Sept 2024", "2024"])
def test_a_period_that_is_neither_is_refused_saying_both_forms(text: str) -> None:
    assert quarter_of_date(text) is None
    with pytest.raises(PeriodError, match="'2024/25 Q2' or as a date in the quarter"):
        parse_period(text)


# ----------------------------------------------------------------- a build


PAGE = Path("output") / "ts-appendix-2024-25-Q2.html"


def _page(root: Path) -> str:
    page = re.sub(r"<[^>]+>", " ", (root / PAGE).read_text(encoding="utf-8"))
    return " ".join(html.unescape(page).split())


def test_comparators_are_named_with_their_latest_figures_gaps_and_the_position(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_compared_report(tmp_path)
    code, _, err = run(["build", "--format", "html,xlsx"], root, monkeypatch, capsys)
    assert code == 0, err
    page = _page(root)
    # The notes: each comparator as the chart draws it (the house style's words), its
    # latest figure (the extract ends a quarter before the council's own figures).
    assert (
        "Dark pink dash-dot line with diamonds – England: 67% in Q1 24/25 (none yet for Q2 24/25)."
    ) in page
    assert "Turquoise dashed line with squares – Neighbours (mean): 68% in Q1 24/25" in page
    assert "No figure for England in Q3 23/24 (a gap in its line)." in page
    # 68% in 2024/25 Q1 against seven other councils, three of them higher.
    assert (
        "Position in Q1 24/25: 2nd quartile of 8 councils (1st is best); above England "
        "at 67%, level with Neighbours (mean) at 68%."
    ) in page
    # The alt text names them too.
    assert (
        "Compared with England, 67% in Q1 24/25 (dark pink dash-dot line with diamonds); "
        "and Neighbours (mean), 68% in Q1 24/25 (turquoise dashed line with squares)."
    ) in page
    # The data table: a row each, 'no figure' for the gaps.
    assert "Figures plotted in the TS1 chart, with its comparators" in page
    assert "Comparator: England 65% 66% no figure 67% 67% no figure" in page
    assert "Comparator: Neighbours (mean) 68% 68% 68% 68% 68% no figure" in page
    # A name with its own brackets is never given a second pair: "(mean) (comparator)".
    assert not re.search(r"\) \(", page)
    # The workbook: the same rows, the figures as numbers, gaps empty.
    book = openpyxl.load_workbook(root / "output" / "ts-appendix-2024-25-Q2.xlsx")
    rows = [
        [c.value for c in row]
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        if row[0].value in ("Comparator: England", "Comparator: Neighbours (mean)")
    ]
    assert len(rows) == 2
    # 65, 65.5, none, 66.5, 67, none: numbers as the table shows them (half up).
    assert rows[0][:7] == ["Comparator: England", 65, 66, "no figure", 67, 67, "no figure"]


def test_a_report_without_comparators_says_nothing_of_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_compared_report(tmp_path, definition=DEFINITION, england=None)
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
    page = _page(root)
    assert "comparator" not in page.casefold() and "Position in" not in page


def test_comparators_start_with_the_year_that_names_them(tmp_path: Path) -> None:
    """Named under 2024/25, they are not drawn in a 2023/24 edition."""
    later = WITH_COMPARATORS.replace(COMPARATORS, "").replace(
        '        notes: ["Corporate Risk Register: CRR0001"]\n',
        '        notes: ["Corporate Risk Register: CRR0001"]\n      "2024/25":\n' + COMPARATORS,
    )
    root = make_compared_report(tmp_path, definition=later)
    assert load_inputs(root, "2023-24 Q4").facts[0].comparators == ()
    assert [c.name for c in load_inputs(root, "2024-25 Q2").facts[0].comparators] == [
        "England",
        "Neighbours (mean)",
    ]


def test_the_axis_holds_comparators_outside_the_councils_range(tmp_path: Path) -> None:
    low = ENGLAND.replace(",65\n", ",5\n")
    root = make_compared_report(tmp_path, england=low)
    limits = load_inputs(root, None).facts[0].limits
    assert limits.low <= 5


# ----------------------------------------------------------------- one message per problem


def _problem(root: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_inputs(root, None)
    return " ".join(caught.value.message().split())


@pytest.mark.parametrize(
    ("england", "expected"),
    [
        (
            ENGLAND.replace("TS1,england,2023/24 Q2", "TS1,wales,2023/24 Q2"),
            "data/comparators.csv, line 3: comparator 'wales' is not one of TS1's comparators "
            "(england) (indicator TS1). Correct the comparator column",
        ),
        (
            ENGLAND.replace("TS1,england,2023/24 Q2", "TS9,england,2023/24 Q2"),
            "data/comparators.csv, line 3: indicator 'TS9' has no comparators from this file",
        ),
        (
            ENGLAND.replace("2023/24 Q2", "Sept 2023"),
            "data/comparators.csv, line 3: 'Sept 2023' is not a financial-year quarter or a date",
        ),
        (
            ENGLAND.replace(",65.5", ",about 65"),
            "data/comparators.csv, line 3: the value 'about 65' is not a number (indicator "
            "TS1, period 2023/24 Q2)",
        ),
        (
            ENGLAND + "TS1,England,2023-12-31,66\n",
            "data/comparators.csv, line 7: comparator 'England' has a second row for this "
            "quarter (the first is line 4) (indicator TS1, period 2023/24 Q3)",
        ),
        (
            ENGLAND.replace("indicator,comparator,period,value", "indicator,name,period,value"),
            "data/comparators.csv, line 1: the header row has no 'comparator' column",
        ),
    ],
)
def test_a_bad_comparators_file_is_one_message(tmp_path: Path, england: str, expected: str) -> None:
    assert expected in _problem(make_compared_report(tmp_path, england=england))


def test_a_missing_comparators_file_is_named(tmp_path: Path) -> None:
    message = _problem(make_compared_report(tmp_path, england=None))
    assert "data/comparators.csv: the comparators file is not there" in message
    assert "TS1 ('England', series england)" in message


@pytest.mark.parametrize(
    ("extract", "expected"),
    [
        (
            extract_csv().replace("area_code,", "code,"),
            "data/extract.csv, line 1: the header row has no 'area_code' column",
        ),
        (
            extract_csv("M2"),
            "data/extract.csv: the extract has no rows for measure 'M1' (it has 'M2', 'OTHER')",
        ),
        (
            extract_csv().replace("E00000003,", "E00000033,"),
            "data/extract.csv: comparator 'Neighbours (mean)': the extract has no rows for "
            "area E00000003 in measure 'M1' (indicator TS1)",
        ),
        (
            extract_csv().replace("2023-09-30,M1,70.0", "2023-09-30,M1,seventy"),
            "data/extract.csv, line 14: the value 'seventy' for area E00000002 is not a number "
            "(indicator TS1, period 2023/24 Q2)",
        ),
        (
            extract_csv().replace("2023-09-30", "2023-09-31"),
            "data/extract.csv, line 4: '2023-09-31' is not a financial-year quarter or a date; "
            "write it as '2024/25 Q2' or as a date in the quarter, '2024-09-30' or "
            "'30/09/2024' (indicator TS1)",
        ),
        (
            extract_csv().replace("2023-09-30,M1", "2023-06-15,M1"),
            "data/extract.csv, line 4: area E00000001 has two rows for measure 'M1' in this "
            "quarter (lines 2 and 4) (indicator TS1, period 2023/24 Q1)",
        ),
    ],
)
def test_a_bad_extract_is_one_message(tmp_path: Path, extract: str, expected: str) -> None:
    assert expected in _problem(make_compared_report(tmp_path, extract=extract))


def test_suppressed_figures_in_an_extract_are_gaps_in_the_mean(tmp_path: Path) -> None:
    extract = extract_csv().replace(
        "E00000003,Council 3,2023-12-31,M1,66.0", "E00000003,Council 3,2023-12-31,M1,[c]"
    )
    root = make_compared_report(tmp_path, extract=extract)
    neighbours = load_inputs(root, None).facts[0].comparators[1]
    assert neighbours.values == (68.0, 68.0, None, 68.0, 68.0, None)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("- {name: England, series: england}", "- {name: England, series: e, areas: [A]}"),
            "comparator 'England' must give either 'series'",
        ),
        (
            ("position: true", "position: 1"),
            "'position' is 1 (indicator TS1). Write position: true",
        ),
        (
            ('area_code: "E00000001"\n', ""),
            "'position' is true but the definition gives no 'area_code' for the council "
            "(indicator TS1)",
        ),
        (
            (
                "- {name: England, series: england}",
                "- {name: England, series: england}\n"
                "          - {name: Wales, series: wales}\n          - {name: Scotland, series: "
                "scotland}",
            ),
            "4 comparators; a chart can show at most 3",
        ),
        (
            (
                "- {name: England, series: england}",
                "- {name: Requests answered within 10 days, series: england}",
            ),
            "comparator 'Requests answered within 10 days' has the name of one of the "
            "indicator's series",
        ),
        (
            ('            measure: "M1"\n', ""),
            "comparator 'Neighbours (mean)' has no 'measure'",
        ),
    ],
)
def test_a_mistyped_comparator_is_named_in_the_definition(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    definition = WITH_COMPARATORS.replace(*change)
    assert definition != WITH_COMPARATORS
    assert expected in _problem(make_compared_report(tmp_path, definition=definition))


def test_position_needs_a_comparator_from_an_extract(tmp_path: Path) -> None:
    definition = re.sub(
        r"          - name: \"Neighbours \(mean\)\"\n(            .*\n)+", "", WITH_COMPARATORS
    )
    assert "Neighbours" not in definition
    assert "'position' is true but no comparator is chosen from a national extract" in (
        _problem(make_compared_report(tmp_path, definition=definition))
    )


def test_an_activity_measure_has_no_comparators(tmp_path: Path) -> None:
    definition = WITH_COMPARATORS.replace(
        '          - {id: made, label: "visits made"}\n',
        '          - {id: made, label: "visits made"}\n'
        "        comparators: [{name: England, series: england}]\n",
    )
    assert "comparators are drawn on a KPI's chart, and this indicator is an activity " in (
        _problem(make_compared_report(tmp_path, definition=definition))
    )


# ----------------------------------------------------------------- pandas, only for extracts

WHICH_PANDAS = """\
import sys
from generator.cli import main
sys.argv = ["appendix", "build", "--format", "html", "--no-cache"]
try:
    main()
except SystemExit as exit_:
    assert exit_.code in (0, None), exit_.code
print("pandas" in sys.modules)
"""


@new_process
@pytest.mark.parametrize(("with_extract", "imported"), [(False, "False"), (True, "True")])
def test_pandas_is_imported_only_for_a_national_extract(
    tmp_path: Path, with_extract: bool, imported: str
) -> None:
    definition = WITH_COMPARATORS
    if not with_extract:  # England from the comparators file only
        definition = re.sub(
            r"          - name: \"Neighbours \(mean\)\"\n(            .*\n)+", "", definition
        ).replace("        position: true\n", "")
    root = make_compared_report(tmp_path, definition=definition)
    done = run_python(WHICH_PANDAS, root, APPENDIX_WORKERS="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == imported


def test_commentary_quotes_comparators_and_the_position_through_placeholders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_compared_report(tmp_path)
    (root / "narratives" / "2024-25-Q2" / "TS1.md").write_text(
        "In {{ comparators.england.latest_period }} England stood at "
        "{{ comparators.england.latest }} and our neighbours at "
        "{{ comparators.neighbours_mean.latest }}: the {{ position }}.\n",
        encoding="utf-8",
    )
    code, _, err = run(["build", "--format", "html"], root, monkeypatch, capsys)
    assert code == 0, err
    assert (
        "In Quarter 1 2024/25 England stood at 67% and our neighbours at 68%: the 2nd "
        "quartile of 8 councils."
    ) in _page(root)


@pytest.mark.parametrize(
    ("values", "line", "gap"),
    [
        (
            (65.0, 66.0, None, 67.0, 67.0, None),
            "England: 67% in Q1 24/25 (none yet for Q2 24/25).",
            "No figure for England in Q3 23/24 (a gap in its line).",
        ),
        (
            (None, None, 65.0, 66.0, 67.0, 68.0),
            "England: 68% in Q2 24/25.",
            "No figure for England in Q1 23/24 and Q2 23/24 (a gap in its line).",
        ),
        (
            (65.0, None, 66.0, None, 67.0, 68.0),
            "England: 68% in Q2 24/25.",
            "No figure for England in Q2 23/24 and Q4 23/24 (a gap in its line).",
        ),
        (
            (65.0, None, None, None, None, None),
            "England: 65% in Q1 23/24 (none yet for Q2 23/24 to Q2 24/25).",
            None,
        ),
        ((None,) * 6, "England: no figure in the quarters charted.", None),
    ],
)
def test_a_comparators_gaps_and_latest_figure_are_said(
    tmp_path: Path, values: tuple[float | None, ...], line: str, gap: str | None
) -> None:
    from dataclasses import replace

    from generator.content.chart_words import chart_words
    from generator.content.facts import ComparatorFacts
    from generator.content.notes import alt_text, technical_notes

    inputs = load_inputs(make_compared_report(tmp_path), None)
    facts = inputs.facts[0]
    england = replace(facts.comparators[0], values=values)
    assert isinstance(england, ComparatorFacts)
    facts = replace(facts, comparators=(england,))
    words = chart_words(inputs.style)
    notes = technical_notes(facts, words)
    assert f"Dark pink dash-dot line with diamonds – {line}" in notes
    gaps = [n for n in notes if "a gap in its line" in n]
    assert gaps == ([gap] if gap else [])
    if gap:
        assert gap in alt_text(facts, words)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en-GB", "3rd quartile of 152 councils"),
        ("cy", "y trydydd chwartel o blith 152 o gynghorau"),
    ],
)
def test_the_position_is_a_whole_message_per_quartile_in_the_edition_s_language(
    language: str, words: str
) -> None:
    from generator.content.comparator_view import position_words
    from generator.core.messages import load_messages

    place = Position(rank=77, count=152, quartile=3)
    assert position_words(place, load_messages(language)) == words


@pytest.mark.parametrize("language", ["en", "cy"])
def test_no_message_puts_brackets_straight_after_a_comparator_s_name(language: str) -> None:
    """A comparator's name may end in brackets ("Statistical neighbours (mean)"): no
    message follows it with a second pair ("(mean) (comparator)")."""
    from generator.core.messages import load_messages

    messages = load_messages(language)
    name = "Statistical neighbours (mean)"
    fields = {
        "name": name, "drawn": "orange dotted line", "value": "649", "quarter": "Q1 24/25",
        "latest": "Q2 24/25", "quarters": "Q3 23/24",
    }  # fmt: skip
    keys = [
        k for k in messages.texts if k.startswith("comparators.") and "{name}" in messages.text(k)
    ]
    assert len(keys) >= 8
    for key in keys:
        text = messages.format(key, **fields)
        after = text[text.index(name) + len(name) :]
        assert not after.lstrip().startswith("("), f"{key}: {text!r}"
