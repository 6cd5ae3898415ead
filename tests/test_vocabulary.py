"""The words for units, polarities, kinds and charts are written once
(generator/core/vocabulary.py): a definition accepts exactly those words, its
refusals list exactly those, and no other module declares them again."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.core.errors import InputError
from generator.core.vocabulary import (
    CHART_FORMS,
    CHART_KINDS,
    KINDS,
    POLARITIES,
    RAGS,
    RATED_POLARITIES,
    UNITS,
)
from generator.read.definitions import load_report
from tests.report_folder import DEFINITION, make_report
from tests.scope import reads_source

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
VOCABULARY = PACKAGE / "core" / "vocabulary.py"
WORD_SETS = (KINDS, UNITS, POLARITIES, CHART_FORMS, CHART_KINDS, RAGS)


def _refusal(tmp_path: Path, old: str, new: str) -> str:
    assert old in DEFINITION
    root = make_report(tmp_path, definition=DEFINITION.replace(old, new, 1))
    with pytest.raises(InputError) as caught:
        load_report(root / "data" / "report.yaml")
    return caught.value.message()


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ("    kind: kpi\n", "    kind: target\n", "kind", KINDS),
        ("    unit: count\n", "    unit: pounds\n", "unit", UNITS),
        ("    polarity: higher\n", "    polarity: neutral\n", "polarity", RATED_POLARITIES),
        ("    unit: count\n", "    unit: count\n    polarity: up\n", "polarity", POLARITIES),
        ("    unit: count\n", "    unit: count\n    chart: pie\n", "chart", CHART_FORMS),
    ],
)
def test_a_word_outside_the_vocabulary_is_refused_with_the_vocabulary_s_words(
    tmp_path: Path, old: str, new: str, field: str, words: tuple[str, ...]
) -> None:
    message = _refusal(tmp_path, old, new)
    assert f"'{field}' is " in message
    assert message.endswith(f"Use one of: {', '.join(words)}")


@pytest.mark.parametrize("unit", UNITS)
def test_every_unit_of_the_vocabulary_is_accepted(tmp_path: Path, unit: str) -> None:
    text = DEFINITION.replace("    unit: count\n", f"    unit: {unit}\n", 1)
    report = load_report(make_report(tmp_path, definition=text) / "data" / "report.yaml")
    visits = report.indicator("TS2")
    assert visits is not None and visits.unit == unit


@pytest.mark.parametrize("chart", CHART_FORMS)
def test_every_chart_of_the_vocabulary_is_accepted(tmp_path: Path, chart: str) -> None:
    text = DEFINITION.replace("    unit: count\n", f"    unit: count\n    chart: {chart}\n", 1)
    report = load_report(make_report(tmp_path, definition=text) / "data" / "report.yaml")
    visits = report.indicator("TS2")
    assert visits is not None and visits.chart == chart


def _declared_word_sets(tree: ast.AST) -> list[tuple[int, bool, set[str]]]:
    """Each Literal[...] (True) and each tuple, list or set (False) of plain strings."""
    found = []
    for node in ast.walk(tree):
        elements: list[ast.expr] = []
        literal = isinstance(node, ast.Subscript) and (
            (isinstance(node.value, ast.Name) and node.value.id == "Literal")
            or (isinstance(node.value, ast.Attribute) and node.value.attr == "Literal")
        )
        if isinstance(node, ast.Subscript) and literal:
            inner = node.slice
            elements = list(inner.elts) if isinstance(inner, ast.Tuple) else [inner]
        elif isinstance(node, ast.Tuple | ast.List | ast.Set) and len(node.elts) >= 2:
            elements = list(node.elts)
        words = {
            e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)
        }
        if words and len(words) == len(elements):
            found.append((getattr(node, "lineno", 0), literal, words))
    return found


# Copies known and left, each with its reason (none today): a module should import its
# words from generator.core.vocabulary.
KNOWN_COPIES: set[tuple[str, tuple[str, ...]]] = set()


def test_no_module_but_the_vocabulary_declares_its_words() -> None:
    """A second `Literal["percent", ...]` anywhere, or a second tuple of all of a
    vocabulary's words, is a copy that can drift from the one the definitions
    validate against. (A test of a few words, `unit in ("count", "rate")`, is not.)"""
    copies = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == VOCABULARY:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for _line, literal, words in _declared_word_sets(tree):
            for vocabulary in WORD_SETS:
                if (literal and words & set(vocabulary)) or words == set(vocabulary):
                    copies.add((str(path.relative_to(PACKAGE.parent)), tuple(sorted(words))))
    assert copies <= KNOWN_COPIES


@reads_source
def test_the_vocabulary_is_standard_library_only() -> None:
    tree = ast.parse(VOCABULARY.read_text(encoding="utf-8"))
    imported = {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    } | {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert imported <= {"__future__", "typing"}
