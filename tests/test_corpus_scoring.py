"""The corpus scorer's two matchers (tools/score_checker.py, issue 24): the strict one, whose
finding must quote all the words the key expects, and the looser one reported beside it,
whose finding's quote need only share words with the key's. Both ask for the data's value."""

from __future__ import annotations

import pytest

from tests.corpus_scoring import outcome

TEXT = "Repairs within 28 days reached 89.8% in Quarter 3, and the indicator remains Green."


def case(quote: str, value: str) -> dict[str, object]:
    return {
        "indicator": "GET1",
        "quarter": "2024-25 Q3",
        "folder": "samples/get",
        "text": TEXT,
        "findings": [{"quote": quote, "value": value}],
    }


@pytest.mark.parametrize(
    ("quote", "value", "strict", "loose"),
    [
        ("Green", "AMBER", True, True),  # the finding's own words (some of them)
        ("remains Green", "AMBER", True, True),  # all of them: the verb before the RAG word
        ("indicator remains Green", "AMBER", False, True),  # more words than it quotes
        ("the indicator remains Green", "AMBER", False, True),
        ("remains Green", "RED", False, False),  # the wrong value is never a match
        ("89.8%", "AMBER", False, False),  # other words of the sentence
        ("Quarter 3, and the", "AMBER", False, False),  # next to the quote, not in it
    ],
)
def test_a_finding_matches_the_key(quote: str, value: str, strict: bool, loose: bool) -> None:
    assert (not outcome(case(quote, value)).missed) is strict
    assert (not outcome(case(quote, value), overlap=True).missed) is loose


@pytest.mark.parametrize(
    ("value", "matched"),
    [
        ("4.0%", True),  # the form the header gives: the measure's one decimal
        ("4%", True),  # the same figure written without it: a slip of form, not of fact
        ("4.00%", True),
        ("4.6%", False),  # another figure
        ("40%", False),
        ("4.1%", False),
    ],
)
def test_a_key_value_matches_the_same_figure_in_another_form(value: str, matched: bool) -> None:
    wrong = {
        "indicator": "GET2",
        "quarter": "2024-25 Q3",
        "folder": "samples/get",
        "text": "Waste sent to landfill stood at 4.5% in Quarter 2 2023/24.",
        "findings": [{"quote": "stood at 4.5%", "value": value}],
    }
    assert (not outcome(wrong).missed) is matched
    assert (not outcome(wrong, overlap=True).missed) is matched


@pytest.mark.parametrize("older_too", [False, True])
def test_whoever_tunes_sees_no_score_of_an_unseen_third(
    older_too: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `--hide-unseen` is the scorer a tuner runs: no line or column may count a held-out
    # third the rules have not been tuned on, while every other set is still scored; an
    # older round may be unseen too while a newer one is written
    from tools import score_checker
    from tools.score_checker import ROUNDS, main

    unseen = {ROUNDS[-1][0], *([ROUNDS[-2][0]] if older_too else [])}
    monkeypatch.setattr(score_checker, "UNSEEN", frozenset(unseen))
    main(["--hide-unseen"])
    shown = capsys.readouterr().out
    heads = [line for line in shown.splitlines() if line.startswith(("rule by rule", "kind by"))]
    for name in unseen:
        assert f"{name} held out" not in shown
        assert f"{name} tuning" in shown
        for head in heads:  # a column of the round is its tuning part's alone
            assert f"| {name} |" not in head and f"{name} tuning" in head
    assert "corpora" not in shown
    assert "| all)" not in shown
    main([])
    everything = capsys.readouterr().out
    assert all(f"{name} held out" in everything for name in unseen)
    assert "corpora" in everything
