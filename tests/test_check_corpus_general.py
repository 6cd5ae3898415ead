"""The checker on sentences it was not fitted to (issue 24).

tests/fixtures/check_corpus_general.yaml holds over 500 cases written by hand from the
data of both ASCH sample editions and the GET sample, before any rule was changed for
issue 24, a third of them held out by a seeded draw (tools/split_corpus.py). The first
tests check that the corpus is what it says; the last scores the checker on it and fails
if precision or recall fall below the last figures recorded in FLOORS (a ratchet).
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from generator.core.periods import parse_quarter
from generator.editors.claims import RULES
from tests.corpus_scoring import (
    FRESH,
    GENERAL,
    ROOT,
    ROUND3,
    ROUND4,
    ROUND5,
    ROUND6,
    ROUND7,
    ROUND8,
    ROUND9,
    ROUND10,
    ROUND11,
    ROUND12,
    ROUND13,
    ROUND14,
    ROUND15,
    ROUND16,
    ROUND17,
    ROUND18,
    ROUND19,
    by_rule,
    facts_of,
    failures,
    load,
    outcome,
    score,
    split,
)
from tools.score_checker import UNSEEN

CORPUS = load()
FRESH_SET = load(FRESH)  # every case held out: written before the rules were tuned again
ROUND3_SET = load(ROUND3)  # a seeded third held out: written before the rules changed again
ROUND4_SET = load(ROUND4)  # likewise, written after round 3's held-out third was scored
ROUND5_SET = load(ROUND5)  # likewise, written blind after round 4's held-out third was scored
ROUND6_SET = load(ROUND6)  # likewise, written blind while round 5 was tuned on, never reading it
ROUND7_SET = load(ROUND7)  # likewise, while round 6 was tuned on, never opening rounds 5 or 6
ROUND8_SET = load(ROUND8)  # likewise, while round 7 was tuned on, never opening rounds 5 to 7
ROUND9_SET = load(ROUND9)  # likewise, while round 8 was tuned on, never opening rounds 5 to 8
ROUND10_SET = load(ROUND10)  # likewise, while round 9 was tuned on, never opening rounds 5 to 9
ROUND11_SET = load(ROUND11)  # likewise, while round 10's readings were made general
ROUND12_SET = load(ROUND12)  # likewise, after the tuning on round 11, never opening 5 to 11
ROUND13_SET = load(ROUND13)  # likewise, while round 12 was tuned on, never opening 5 to 12
ROUND14_SET = load(ROUND14)  # likewise, while the newest readings were reviewed, 5 to 13 unread
ROUND15_SET = load(ROUND15)  # likewise, while round 14 was tuned on, never opening 5 to 14
ROUND16_SET = load(ROUND16)  # likewise, while round 15 was tuned on, never opening 5 to 15
ROUND17_SET = load(ROUND17)  # likewise, while rules were tuned by family, never opening 5 to 16
ROUND18_SET = load(ROUND18)  # likewise, while rules were tuned by family, never opening 5 to 17
ROUND19_SET = load(ROUND19)  # likewise, while rules were tuned by family on rounds 3 to 18
OLD = yaml.safe_load((ROOT / "tests" / "fixtures" / "check_corpus.yaml").read_text("utf-8"))


def _split_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("split_corpus", ROOT / "tools/split_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_enough_cases_from_every_report_and_about_half_are_wrong() -> None:
    assert len(CORPUS) >= 300
    editions = Counter((c.get("folder", "."), c["quarter"]) for c in CORPUS)
    for edition in ((".", "2024-25 Q2"), (".", "2023-24 Q2"), ("samples/get", "2024-25 Q3")):
        assert editions[edition] >= 40, edition
    wrong = sum(1 for c in CORPUS if c["findings"])
    assert 0.4 <= wrong / len(CORPUS) <= 0.6


@pytest.mark.parametrize(
    "case",
    [
        *[*CORPUS, *FRESH_SET, *ROUND3_SET, *ROUND4_SET, *ROUND5_SET, *ROUND6_SET],
        *[*ROUND7_SET, *ROUND8_SET, *ROUND9_SET, *ROUND10_SET, *ROUND11_SET, *ROUND12_SET],
        *ROUND13_SET,
        *ROUND14_SET,
        *ROUND15_SET,
        *ROUND16_SET,
        *ROUND17_SET,
        *ROUND18_SET,
        *ROUND19_SET,
    ],
    ids=[f"{n}-{c['indicator']}" for n, c in enumerate(CORPUS, start=1)]
    + [f"fresh-{n}-{c['indicator']}" for n, c in enumerate(FRESH_SET, start=1)]
    + [f"round3-{n}-{c['indicator']}" for n, c in enumerate(ROUND3_SET, start=1)]
    + [f"round4-{n}-{c['indicator']}" for n, c in enumerate(ROUND4_SET, start=1)]
    + [f"round5-{n}-{c['indicator']}" for n, c in enumerate(ROUND5_SET, start=1)]
    + [f"round6-{n}-{c['indicator']}" for n, c in enumerate(ROUND6_SET, start=1)]
    + [f"round7-{n}-{c['indicator']}" for n, c in enumerate(ROUND7_SET, start=1)]
    + [f"round8-{n}-{c['indicator']}" for n, c in enumerate(ROUND8_SET, start=1)]
    + [f"round9-{n}-{c['indicator']}" for n, c in enumerate(ROUND9_SET, start=1)]
    + [f"round10-{n}-{c['indicator']}" for n, c in enumerate(ROUND10_SET, start=1)]
    + [f"round11-{n}-{c['indicator']}" for n, c in enumerate(ROUND11_SET, start=1)]
    + [f"round12-{n}-{c['indicator']}" for n, c in enumerate(ROUND12_SET, start=1)]
    + [f"round13-{n}-{c['indicator']}" for n, c in enumerate(ROUND13_SET, start=1)]
    + [f"round14-{n}-{c['indicator']}" for n, c in enumerate(ROUND14_SET, start=1)]
    + [f"round15-{n}-{c['indicator']}" for n, c in enumerate(ROUND15_SET, start=1)]
    + [f"round16-{n}-{c['indicator']}" for n, c in enumerate(ROUND16_SET, start=1)]
    + [f"round17-{n}-{c['indicator']}" for n, c in enumerate(ROUND17_SET, start=1)]
    + [f"round18-{n}-{c['indicator']}" for n, c in enumerate(ROUND18_SET, start=1)]
    + [f"round19-{n}-{c['indicator']}" for n, c in enumerate(ROUND19_SET, start=1)],
)
def test_each_case_is_well_formed(case: dict[str, Any]) -> None:
    """A reason worked out from the data, a kind, an indicator of its report folder in
    force in a quarter that parses, and findings that each quote words of the text."""
    assert set(case) <= {
        "indicator",
        "quarter",
        "folder",
        "kind",
        "text",
        "why",
        "findings",
        "held_out",
        "previous",
    }
    assert isinstance(case["why"], str) and case["why"].strip()
    assert isinstance(case["kind"], str) and case["kind"]
    assert isinstance(case["text"], str) and case["text"].strip()
    parse_quarter(case["quarter"])
    folder = case.get("folder", ".")
    assert (ROOT / folder / "data" / "report.yaml").is_file()
    assert case["indicator"] in facts_of(folder, case["quarter"])
    for finding in case["findings"]:
        assert set(finding) == {"quote", "value"}
        assert isinstance(finding["quote"], str) and finding["quote"] in case["text"]
        assert isinstance(finding["value"], str) and finding["value"]
    assert case.get("held_out", False) is True or "held_out" not in case


def test_the_cases_are_new() -> None:
    """None repeats another, or a case of the corpus the rules were fitted to; the fresh
    held-out set repeats neither."""
    keys = [(c.get("folder", "."), c["quarter"], c["indicator"], c["text"]) for c in CORPUS]
    assert len(set(keys)) == len(keys)
    assert not {c["text"] for c in CORPUS} & {c["text"] for c in OLD}
    fresh = [(c.get("folder", "."), c["quarter"], c["indicator"], c["text"]) for c in FRESH_SET]
    assert len(set(fresh)) == len(fresh)
    assert not {c["text"] for c in FRESH_SET} & (
        {c["text"] for c in CORPUS} | {c["text"] for c in OLD}
    )


def test_the_fresh_set_is_held_out_from_every_report_and_about_half_is_wrong() -> None:
    """At least 120 cases, from both ASCH editions, GET and the district sample, in the
    kinds of the general corpus, about half with a mistake; none marked: all are held
    out (tools/score_checker.py lists no failing sentence of theirs)."""
    assert len(FRESH_SET) >= 120
    editions = Counter((c.get("folder", "."), c["quarter"]) for c in FRESH_SET)
    for edition in (
        (".", "2024-25 Q2"),
        (".", "2023-24 Q2"),
        ("samples/get", "2024-25 Q3"),
        ("samples/district", "2024-25 Q3"),
    ):
        assert editions[edition] >= 20, edition
    assert 0.4 <= sum(1 for c in FRESH_SET if c["findings"]) / len(FRESH_SET) <= 0.6
    assert {c["kind"] for c in FRESH_SET} <= {c["kind"] for c in CORPUS}
    assert not any("held_out" in c for c in FRESH_SET)


def test_round_3_is_new_from_every_report_about_half_wrong_and_a_seeded_third_held_out() -> None:
    """At least 150 cases none of the other corpora has, from both ASCH editions, GET
    and the district sample, in the general corpus's kinds, about half with a mistake;
    a third held out, exactly the cases the script's round-3 seed draws."""
    assert len(ROUND3_SET) >= 150
    keys = [(c.get("folder", "."), c["quarter"], c["indicator"], c["text"]) for c in ROUND3_SET]
    assert len(set(keys)) == len(keys)
    earlier = {c["text"] for c in [*CORPUS, *FRESH_SET, *OLD]}
    assert not {c["text"] for c in ROUND3_SET} & earlier
    editions = Counter((c.get("folder", "."), c["quarter"]) for c in ROUND3_SET)
    for edition in (
        (".", "2024-25 Q2"),
        (".", "2023-24 Q2"),
        ("samples/get", "2024-25 Q3"),
        ("samples/district", "2024-25 Q3"),
    ):
        assert editions[edition] >= 40, edition
    assert 0.4 <= sum(1 for c in ROUND3_SET if c["findings"]) / len(ROUND3_SET) <= 0.6
    assert {c["kind"] for c in ROUND3_SET} <= {c["kind"] for c in CORPUS}
    script = _split_script()
    held = [c for c in ROUND3_SET if c.get("held_out")]
    assert 0.28 <= len(held) / len(ROUND3_SET) <= 0.39
    assert [bool(c.get("held_out")) for c in ROUND3_SET] == [
        script.held_out(c, script.ROUND3_SEED) for c in ROUND3_SET
    ]
    text = ROUND3.read_text(encoding="utf-8")
    assert script.marked(text, script.ROUND3_SEED) == text
    assert script.ROUND3_SEED != script.SEED


@pytest.mark.parametrize(
    ("cases", "path", "seed", "earlier"),
    [
        pytest.param(ROUND4_SET, ROUND4, "ROUND4_SEED", [], id="round 4"),
        pytest.param(ROUND5_SET, ROUND5, "ROUND5_SEED", ROUND4_SET, id="round 5"),
        pytest.param(ROUND6_SET, ROUND6, "ROUND6_SEED", [*ROUND4_SET, *ROUND5_SET], id="round 6"),
        pytest.param(
            ROUND7_SET,
            ROUND7,
            "ROUND7_SEED",
            [*ROUND4_SET, *ROUND5_SET, *ROUND6_SET],
            id="round 7",
        ),
        pytest.param(
            ROUND8_SET,
            ROUND8,
            "ROUND8_SEED",
            [*ROUND4_SET, *ROUND5_SET, *ROUND6_SET, *ROUND7_SET],
            id="round 8",
        ),
        pytest.param(
            ROUND9_SET,
            ROUND9,
            "ROUND9_SEED",
            [*ROUND4_SET, *ROUND5_SET, *ROUND6_SET, *ROUND7_SET, *ROUND8_SET],
            id="round 9",
        ),
        pytest.param(
            ROUND10_SET,
            ROUND10,
            "ROUND10_SEED",
            [*ROUND4_SET, *ROUND5_SET, *ROUND6_SET, *ROUND7_SET, *ROUND8_SET, *ROUND9_SET],
            id="round 10",
        ),
        pytest.param(
            ROUND11_SET,
            ROUND11,
            "ROUND11_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
            ],
            id="round 11",
        ),
        pytest.param(
            ROUND12_SET,
            ROUND12,
            "ROUND12_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
                *ROUND11_SET,
            ],
            id="round 12",
        ),
        pytest.param(
            ROUND13_SET,
            ROUND13,
            "ROUND13_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
                *ROUND11_SET,
                *ROUND12_SET,
            ],
            id="round 13",
        ),
        pytest.param(
            ROUND14_SET,
            ROUND14,
            "ROUND14_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
                *ROUND11_SET,
                *ROUND12_SET,
                *ROUND13_SET,
            ],
            id="round 14",
        ),
        pytest.param(
            ROUND15_SET,
            ROUND15,
            "ROUND15_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
                *ROUND11_SET,
                *ROUND12_SET,
                *ROUND13_SET,
                *ROUND14_SET,
            ],
            id="round 15",
        ),
        pytest.param(
            ROUND16_SET,
            ROUND16,
            "ROUND16_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
                *ROUND11_SET,
                *ROUND12_SET,
                *ROUND13_SET,
                *ROUND14_SET,
                *ROUND15_SET,
            ],
            id="round 16",
        ),
        pytest.param(
            ROUND17_SET,
            ROUND17,
            "ROUND17_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
                *ROUND11_SET,
                *ROUND12_SET,
                *ROUND13_SET,
                *ROUND14_SET,
                *ROUND15_SET,
                *ROUND16_SET,
            ],
            id="round 17",
        ),
        pytest.param(
            ROUND18_SET,
            ROUND18,
            "ROUND18_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
                *ROUND11_SET,
                *ROUND12_SET,
                *ROUND13_SET,
                *ROUND14_SET,
                *ROUND15_SET,
                *ROUND16_SET,
                *ROUND17_SET,
            ],
            id="round 18",
        ),
        pytest.param(
            ROUND19_SET,
            ROUND19,
            "ROUND19_SEED",
            [
                *ROUND4_SET,
                *ROUND5_SET,
                *ROUND6_SET,
                *ROUND7_SET,
                *ROUND8_SET,
                *ROUND9_SET,
                *ROUND10_SET,
                *ROUND11_SET,
                *ROUND12_SET,
                *ROUND13_SET,
                *ROUND14_SET,
                *ROUND15_SET,
                *ROUND16_SET,
                *ROUND17_SET,
                *ROUND18_SET,
            ],
            id="round 19",
        ),
    ],
)
def test_a_round_is_new_from_every_report_about_half_wrong_and_a_third_held_out(
    cases: list[dict[str, Any]], path: Path, seed: str, earlier: list[dict[str, Any]]
) -> None:
    """Rounds 4 to 19: at least 150 cases none of the earlier corpora has, from both ASCH
    editions, GET and the district sample (at least 35 from each), in the general
    corpus's kinds, about half with a mistake, each kind in both directions; a third held
    out, exactly the cases the script's seed for the round draws."""
    assert len(cases) >= 150
    keys = [(c.get("folder", "."), c["quarter"], c["indicator"], c["text"]) for c in cases]
    assert len(set(keys)) == len(keys)
    older = {c["text"] for c in [*CORPUS, *FRESH_SET, *ROUND3_SET, *earlier, *OLD]}
    assert not {c["text"] for c in cases} & older
    editions = Counter((c.get("folder", "."), c["quarter"]) for c in cases)
    for edition in (
        (".", "2024-25 Q2"),
        (".", "2023-24 Q2"),
        ("samples/get", "2024-25 Q3"),
        ("samples/district", "2024-25 Q3"),
    ):
        assert editions[edition] >= 35, edition
    assert 0.4 <= sum(1 for c in cases if c["findings"]) / len(cases) <= 0.6
    assert {c["kind"] for c in cases} <= {c["kind"] for c in CORPUS}
    for kind in {c["kind"] for c in cases}:
        of_kind = [c for c in cases if c["kind"] == kind]
        assert any(c["findings"] for c in of_kind), kind
        assert any(not c["findings"] for c in of_kind), kind
    script = _split_script()
    drawn = getattr(script, seed)
    held = [c for c in cases if c.get("held_out")]
    assert 0.28 <= len(held) / len(cases) <= 0.39
    assert [bool(c.get("held_out")) for c in cases] == [script.held_out(c, drawn) for c in cases]
    text = path.read_text(encoding="utf-8")
    assert script.marked(text, drawn) == text
    seeds = [getattr(script, name) for name in dir(script) if name.endswith("SEED")]
    assert len(set(seeds)) == len(seeds) >= 5  # every round drawn with a seed of its own


def test_every_kind_has_both_directions_and_both_parts() -> None:
    """Each kind of failure the issue lists has a correct case and a wrong one, and cases
    both held out and left for tuning."""
    kinds = {c["kind"] for c in CORPUS}
    assert len(kinds) >= 15
    for kind in kinds:
        cases = [c for c in CORPUS if c["kind"] == kind]
        assert any(c["findings"] for c in cases), kind
        assert any(not c["findings"] for c in cases), kind
        assert any(c.get("held_out") for c in cases), kind
        assert any(not c.get("held_out") for c in cases), kind


def test_the_held_out_third_is_the_seeded_draw() -> None:
    """About a third is held out, and exactly the cases the script's seed draws: the
    split is reproducible and was never re-drawn by hand."""
    script = _split_script()
    held = [c for c in CORPUS if c.get("held_out")]
    assert 0.28 <= len(held) / len(CORPUS) <= 0.39
    assert [bool(c.get("held_out")) for c in CORPUS] == [script.held_out(c) for c in CORPUS]
    text = GENERAL.read_text(encoding="utf-8")
    assert script.marked(text) == text
    # another seed draws another third: the marks follow the seed, not the cases' order
    assert [script.held_out(c, seed=1) for c in CORPUS] != [script.held_out(c) for c in CORPUS]


# Precision and recall, a ratchet (raise these as the rules improve; never tune on the
# held-out cases). History: before the rules were changed for issue 24 (commit d8e735f),
# held out 27/77 and 27/71; after the first change (24740b6), held out 62/69 and 62/71,
# tuning 163/163. Then a fresh held-out set was written and scored (fresh: 67/76 and
# 67/77), and the rules were tuned on new tuning cases only (2026-12-06, h-checker).
# Then round 3 was written and a third of it drawn, and all were scored before any rule
# changed again (73dd574): round 3 held out 24/30 and 24/26, its tuning part 63/70 and
# 63/69; the two earlier held-out sets were then spent (folded into tuning), and the
# rules tuned on every case but round 3's held-out third (2026-12-06, h-checker2): the
# numbers then: round 3 held out 25/28 and 25/26. Then round 4 was written and a third
# of it drawn, and all were scored before any rule changed again (50b52df): round 4 held
# out 25/26 and 25/26, its tuning part 65/69 and 65/72 (with one held-out label
# corrected, see docs/checker-corpus.md); round 3's held-out third was then
# spent, and the rules tuned on every case but round 4's held-out third (2026-12-06,
# h-checker4): round 4 held out 25/26 and 25/26, its final held-out score. Round 4's
# held-out third was then spent too, and the rules tuned on every case of all five
# corpora, with a gate that abstains where a sentence binds rival figures for one claim
# (2026-12-07, h-tune5): the numbers below. Then round 5 was written blind and a third
# of it drawn, and scored before any rule changed for it: with the rules of f1f22e2
# (round 5 held out 31/38 and 31/46, its tuning part 67/86 and 67/92), and with those of
# h-tune5, written meanwhile without reading round 5 (30/36 and 30/46; 67/85 and 67/92).
# Round 6 was written blind meanwhile, never reading round 5, and a third of it drawn and
# scored with the rules of h-tune5: held out 35/43 and 35/47, tuning 91/112 and 91/122.
# Then the rules were tuned on round 5's tuning part (h-tune6, reading neither held-out
# third): round 5 held out 31/37 and 31/45 (on the audited key), its final held-out score;
# round 6 held out 36/42 and 36/47. Round 7 was written blind meanwhile, never opening
# rounds 5 or 6, a third drawn, its key audited, and scored with those rules: held out
# 37/45 and 37/49, tuning 96/108 and 96/119. Between rounds 6 and 7 (h-tune7) round 5's
# held-out third was spent, gates that abstain where another reading fits were designed on
# rounds up to 5 and validated on round 6's tuning part, then the rules were tuned on that
# part (never reading round 6's or round 7's held-out third): the numbers below (round 7
# held out 37/41 and 37/49 with them). Between rounds 7 and 8 (h-tune8) round 6's
# held-out third was spent (its final score 38/41 and 38/47) and the rules tuned on round
# 7's tuning part: round 7 held out 41/43 and 41/49. Round 8 was written blind meanwhile,
# never opening rounds 5 to 7, a third drawn, its key audited, and scored with those rules:
# held out 51/61 and 51/67, tuning 107/125 and 107/137. Between rounds 8 and 9 (h-tune9)
# round 7's held-out third was spent (its final score 41/43 and 41/49) and two changes made
# by grammar (a standing against the target quotes the word before it and reads 'inside';
# a number before 'the ... median' is the average's; a month shortened, 'at 30 Sept',
# names its quarter; 'the equivalent quarter' is the same quarter a year on; a change
# in a sentence set a year ago is left alone; 'twelve months earlier'): round 8
# held out unchanged, 51/61 and 51/67; the numbers below. Round 9 was written blind
# meanwhile, never opening rounds 5 to 8, and scored with the rules before that change:
# held out 35/37 and 35/50, tuning 78/92 and 78/102; with those of h-tune9 (the numbers
# below) held out 36/37 and 36/50. Between rounds 9 and 10 (h-tune10) round 8's held-out
# third was spent (its final score 51/61 and 51/67); Phase A, designed on rounds up to 8
# and validated on round 9's tuning part, took that part from 81/93 and 81/102 to 83/93
# and 83/102; Phase B tuned on it (96/97 and 96/102); round 9's held-out third, never
# read: 39/39 and 39/50 (the numbers below). Round 10 was written blind meanwhile, never
# opening rounds 5 to 9, a third drawn, its key audited, and scored with the rules before
# h-tune10: held out 55/62 and 55/73, tuning 108/137 and 108/151; with those of h-tune10
# (the numbers of h-tune10) held out unchanged, 55/62 and 55/73, tuning 116/142 and 116/151.
# Between rounds 10 and 11 (h-tune11) round 9's held-out third was spent (its final score
# 39/39 and 39/50); binding readings were designed on rounds up to 9 (Phase A) and validated
# on round 10's tuning part, then tuned on that part (Phase B), never reading round 10's
# held-out third: held out 56/60 and 56/73. Between rounds 10 and 11, second part
# (h-tune12), readings were made general class by class on every spent set's misses (no
# cost on any of them) and checked on 153 new sentences; round 10's held-out third, scored
# once at the end and never read: 57/63 and 57/73 (the numbers below). Its precision floor
# is the one lowered (from 56/60): two more false findings of `change` there, in the kinds
# 'multiple or change between two named quarters' and 'the same quarter last year'.
# Round 11 was written blind meanwhile, never opening rounds 5 to 10, a third drawn, its
# key audited, and scored with the rules before h-tune12 (held out 44/49 and 44/53,
# tuning 105/116 and 105/133) and with those of h-tune12 (held out unchanged; tuning
# 109/121 and 109/133).
# Between rounds 11 and 12 (h-tune13) round 10's held-out third was spent (its final score
# 57/63 and 57/73) and the rules tuned on round 11's tuning part, precision first (its 12
# false findings, then its misses), and on round 10's held-out third's failures, now
# readable: round 10 held out 58/60 and 58/73, round 11 tuning 123/123 and 123/133, round 7
# tuning 115/116 and 115/119. Round 11's held-out third, never read and scored once at the
# end: 45/50 and 45/53 (was 44/49 and 44/53): the numbers below.
# Then two spent keys were changed to the convention settled after round 10 ('grown by
# half' at 1.45 times is a finding: a fraction's tolerance, 47.5% to 52.5%), in round 8's
# and round 10's held-out thirds: round 8 held out 68/68 and 68/68, round 10 held out
# 59/60 and 59/74.
# Round 12 was written blind after that tuning, never opening rounds 5 to 11, a third
# drawn, its key audited, and scored once with the rules of that time (never tuned on it):
# held out 38/43 and 38/59, tuning 89/105 and 89/123 (the numbers below).
# Between rounds 12 and 13 (h-tune14) round 11's held-out third was spent (its final
# score 45/50 and 45/53) and the rules tuned on round 12's tuning part, precision first
# (its 16 false findings, then its misses), and on round 11's held-out third's failures,
# now readable: general readings (a financial year written '2023-24'; a movement or a
# change from the quarter named or compared with before; a target's, a participle's, a
# comparator's or an uncharted thing's words; the part and whole of a share; part way
# through the year and quarters taken together; runs told by comparatives or ended;
# records, trends and target words in more forms), each checked on sentences of the same
# shape on other indicators and editions (the rows of test_check_binding.py's
# test_readings_of_round_12): every readable set at precision 100%; round 12 tuning
# 113/113 and 113/123, round 11 held out 52/52 and 52/53, round 11 tuning 128/128 and
# 128/133, round 10 held out 69/69 and 69/74, round 10 tuning 148/148 and 148/151, round 9
# tuning 99/99 and 99/102, round 8 tuning 134/134 and 134/137, round 7 held out 48/48 and
# 48/49, round 7 tuning 118/118 and 118/119, round 6 held out 47/47 and 47/47, round 6
# tuning 121/121 and 121/122, round 5 held out 44/44 and 44/45; every other set unchanged.
# Round 13 was written blind meanwhile, never opening rounds 5 to 12, a third drawn, its
# key audited, and scored with the rules before h-tune14 (held out 36/55 and 36/61, tuning
# 87/112 and 87/126) and with those of h-tune14 (held out 38/53 and 38/61, tuning 91/112
# and 91/126: the numbers below). Round 12's held-out third, never read, scored with
# h-tune14's rules: 40/42 and 40/59 (was 38/43 and 38/59); then spent.
# After round 13 was written (h-tune15) the rules were tuned on round 13's tuning part and
# round 12's held-out third (spent), precision first (their 21 and 2 false findings, then
# their misses), by general readings: quotes that hold the words carrying the claim (a
# movement's adverb and figure, a RAG word's verb, an adverb or pronoun before a standing
# or record, a target's noun and verb); abstentions where the binding is uncertain (a
# conceding 'still', 'made up', a run ended, an earlier year's target, a clause with a
# subject of its own, the whole of a share); periods ('in two years', 'than the rate in',
# 'at the same point last year', '2023-24 to date'); a movement told once with its figure.
# Each was checked on sentences of the same shape on other indicators and editions (the
# rows of test_claim_rules.py's test_the_readings_between_rounds_13_and_14): every readable
# set at precision 100%; round 13 tuning 104/104 and 104/126, round 12 held out 43/43 and
# 43/59; every other set unchanged. The false findings a review found in h-tune14's
# readings on sentences of their shapes were then fixed (h-fix14), every set the same.
# Round 13's held-out third, scored with those rules (never read; its counts by rule seen
# once by h-tune15's first run): 40/53 and 40/61 (the numbers below).
# A review of h-tune15's and h-fix14's readings with 169 sentences of their shapes
# (h-fix15) fixed six false findings there, every set the same. Round 14 was written blind
# meanwhile, never opening rounds 5 to 13, a third drawn, its key audited, and scored once
# with the rules after h-fix15 (never tuned on it; the same with those before h-fix15):
# held out 20/39 and 20/55, tuning 66/106 and 66/133 (the numbers below). Its writers were
# told a quote holds the whole claim and mostly quote more words than a finding does; by
# the looser matcher (score_checker --overlap) the same findings score held out 35/39 and
# 35/55.
# Round 15 was written blind while round 14's tuning part was tuned on (h-tune16), never
# opening rounds 5 to 14, a third drawn, its key audited, and scored with the rules before
# that tuning: held out 30/51 and 30/60, tuning 53/114 and 53/140 (the numbers below); by
# the looser matcher held out 45/51 and 45/60, tuning 106/114 and 106/140.
# After round 14 was written (h-tune16) round 13's held-out third was spent (its last
# score 40/53 and 40/61) and the rules tuned on round 14's tuning part and on it, by the
# looser matcher first (their 11 and 9 false findings, then quotes that hold the whole
# claim, then their misses): round 14 tuning 97/100 and 97/133 (by overlap 100/100 and
# 100/133), round 13 held out 45/46 and 45/61 (46/46 and 46/61), round 13 tuning 110/110
# and 110/126, every other set unchanged, after two keys were put in their header's form
# ('52.0%', '90.0%'). Round 15's tuning part, never read by the tuner, moved from 106/114
# and 106/140 by overlap to 106/113 and 106/140 (strict 53/114 to 69/113: longer quotes).
# A review of those readings and of the change, level, movement and target rules (h-fix16)
# fixed 19 false findings in 217 correct sentences of their shapes, every set the same.
# Round 14's held-out third, never read, scored at the end: 27/39 and 27/55, by overlap
# 35/39 and 35/55 as when it was written; then spent. Round 15's: 37/51 and 37/60, by
# overlap 46/51 and 46/60 (the numbers below).
# Round 16 was written blind while round 15's tuning part was tuned on (h-tune17), never
# opening rounds 5 to 15, a third drawn, its key audited, and scored with the rules before
# that tuning: held out 40/62 and 40/69, tuning 48/91 and 48/112; by the looser matcher
# held out 58/62 and 58/69, tuning 76/91 and 76/112 (the numbers below).
# After round 15 was written (h-tune17) round 14's held-out third was spent and the rules
# tuned on round 15's tuning part and on it, precision first: round 15 tuning 70/109 and
# 70/140 (by overlap 107/109 and 107/140), round 14 held out 29/37 and 29/55 (37/37 and
# 37/55), every other read set unchanged; round 16's tuning part, never read by the
# tuner, 49/91 and 49/112 (by overlap 77/91 and 77/112).
# A review of those readings and of the level, record, target and change rules (h-fix17)
# fixed nine false-finding shapes in about 430 correct sentences, every set the same.
# Round 15's held-out third, never read, scored at the end: 37/50 and 37/60, by overlap
# 46/50 and 46/60; round 16's, never read, unchanged, 40/62 and 40/69, by overlap 58/62
# and 58/69 (the numbers below).
# After round 16 was written (h-tune18) round 15's held-out third was spent and the rules
# tuned on round 16's tuning part and on it, mostly by abstentions: round 16 tuning 50/82
# and 50/112 (by overlap 81/82 and 81/112), round 15 held out 37/47 and 37/60 (47/47 and
# 47/60, one key put in its header's form, '52.0%'), round 15 tuning 70/108 and 70/140
# (107/108 and 107/140), round 13 tuning 111/111 and 111/126; every other set unchanged.
# A review of those readings and of sentences about more than one thing (h-fix18) fixed
# five false-finding shapes, every set the same. Round 16's held-out third, never read,
# scored at the end: unchanged, 40/62 and 40/69, by overlap 58/62 and 58/69.
# Round 17 was written blind while the rules were tuned by family (h-tune19a, b, c: multiples,
# ranges and year to date; fractions and shares; records and runs) on every readable part,
# never opening rounds 5 to 16, a third drawn, its key audited (three keys put right, three
# cases removed as ambiguous), and scored with the rules before that tuning: held out
# 28/47 and 28/57, tuning 71/111 and 71/127; by the looser matcher held out 43/47 and
# 43/57, tuning 103/111 and 103/127 (the numbers below).
# Then each family of claims whose recall was low in every round was read in general by a
# helper of its own (h-tune19a: multiples, ranges, year to date; h-tune19b: fractions and
# shares; h-tune19c: records and runs) on every readable part, rounds 16's and 17's
# held-out thirds and round 17 unread; a fourth (h-tune19d) tuned precision on round 17's
# tuning part; two reviews (h-fix19, h-fix19d) narrowed 41 false findings in about 735
# correct sentences, every set the same. Two keys were put to conventions settled since
# they were written (round 12's 'for four consecutive quarters' over six falls; round 13's
# 'just under a third' at 30.36%). Round 17's tuning part, before h-tune19d read it, moved
# from 103/111 and 103/127 by overlap to 106/114 and 106/127. The unseen thirds at the
# end: round 16's 41/63 and 41/69, by overlap 59/63 and 59/69 (from 58/62 and 58/69, its
# fourth score; then spent); round 17's 29/46 and 29/57, by overlap 43/46 and 43/57 (from
# 43/47 and 43/57). Every floor below was the score on 2026-12-07 at the end of that work.
# Round 18 was written blind while the rules were tuned by family again (h-tune20a, b, c, d:
# subjects and clauses; fractions and shares; targets, records and runs; periods, ranges and
# year to date) on every readable part, rounds 17's held-out third and round 18 unread, a
# third drawn, its key audited (no key changed, four cases removed as ambiguous), and scored
# with the rules before that tuning: held out 50/74 and 50/79, by the looser matcher 71/74
# and 71/79. A fifth helper (h-tune20e) took precision on round 18's tuning part (101/116 by
# overlap, 106/116 after the family tunings it never read, to 106/107); five reviews
# (h-fix21a, b, c, h-fix22a, b) narrowed some 65 false findings in about 1,250 sentences of
# their own. One key was put to a convention settled since it was written (round 11's 'for
# four consecutive quarters' over five rises), and two tuning cases of rounds 14 and 15
# removed as ambiguous under 'a count written with trailing zeros is rounded to them'. The
# unseen thirds at the end: round 17's 32/49 and 32/57, by overlap 46/49 and 46/57 (from
# 43/46 and 43/57; its fourth score, then spent); round 18's 52/75 and 52/79, by overlap
# 72/75 and 72/79 (from 71/74 and 71/79, its third score). Every floor below is the score on
# 2026-12-07 at the end of this work. The target is precision 100% and recall at
# least 95%, held out and whole.
# Round 18's held-out third was then scored a last time (unchanged) and spent, and round 19
# written blind (458 cases; audited blind: eight quotes widened, two cases removed as
# ambiguous) while the rules were tuned by family on every case of rounds 3 to 18. Scored
# with the rules before that tuning, on its audited key (2026-12-08): held out 41/71 and
# 41/74, by overlap 65/71 and 65/74; tuning part 87/121 and 87/129, by overlap 115/121 and
# 115/129. Then four helpers tuned by family on rounds 3 to 18 (h-tune21a, b, c, d:
# fractions, shares and the editor's own subjects; multiples, year to date and ranges;
# sentences about more than one thing; records, runs and movements), a fifth (h-tune21e)
# took precision on round 19's tuning part, which only it read (115/121 to 116/116 by
# overlap), and two reviews (h-fix23a, b) narrowed five kinds of false finding. Round 19's
# tuning part, unread by the four family tunings, did not move with them (one finding was
# lost when they met h-tune21e's: 115/115 by overlap at the end). Round 18's held-out third,
# now read, went from 72/75 and 72/79 to 76/76 and 76/79 by overlap. Round 19's held-out
# third at the end (its second score): 42/70 and 42/74, by overlap 66/70 and 66/74. Every
# floor below is the score on 2026-12-08 at the end of that work.
FLOORS = {
    "round 19 held out": (42 / 70, 42 / 74),
    "round 19 tuning": (87 / 115, 87 / 129),
    "round 18 held out": (55 / 76, 55 / 79),
    "round 18 tuning": (92 / 113, 92 / 125),
    "round 17 held out": (38 / 53, 38 / 57),
    "round 17 tuning": (89 / 119, 89 / 127),
    "round 16 held out": (45 / 64, 45 / 69),
    "round 16 tuning": (73 / 104, 73 / 112),
    "round 15 held out": (46 / 56, 46 / 60),
    "round 15 tuning": (91 / 127, 91 / 139),
    "round 14 held out": (37 / 45, 37 / 55),
    "round 14 tuning": (121 / 123, 121 / 132),
    "round 13 held out": (54 / 55, 54 / 60),
    "round 13 tuning": (124 / 124, 124 / 126),
    "round 12 held out": (53 / 53, 53 / 59),
    "round 12 tuning": (117 / 117, 117 / 122),
    "round 11 held out": (53 / 53, 53 / 53),
    "round 11 tuning": (129 / 129, 129 / 132),
    "round 10 held out": (73 / 73, 73 / 74),
    "round 10 tuning": (150 / 150, 150 / 151),
    "round 9 held out": (50 / 50, 50 / 50),
    "round 9 tuning": (100 / 100, 100 / 102),
    "round 8 held out": (68 / 68, 68 / 68),
    "round 8 tuning": (136 / 136, 136 / 137),
    "round 7 held out": (48 / 48, 48 / 49),
    "round 7 tuning": (118 / 118, 118 / 119),
    "round 6 held out": (47 / 47, 47 / 47),
    "round 6 tuning": (122 / 122, 122 / 122),
    "round 5 held out": (44 / 44, 44 / 45),
    "round 5 tuning": (90 / 90, 90 / 91),
    "round 4 held out": (26 / 26, 26 / 26),
    "round 4 tuning": (72 / 72, 72 / 72),
    "round 3 held out": (26 / 26, 26 / 26),
    "round 3 tuning": (68 / 68, 68 / 68),
    "held out": (101 / 101, 101 / 101),
    "fresh": (77 / 77, 77 / 77),
    "tuning": (206 / 206, 206 / 206),
    "whole": (307 / 307, 307 / 307),
}


def test_the_score_does_not_fall(capsys: pytest.CaptureFixture[str]) -> None:
    results = [outcome(case) for case in CORPUS]
    held, tuning = split(results)
    fresh = [outcome(case) for case in FRESH_SET]
    held3, tuning3 = split([outcome(case) for case in ROUND3_SET])
    held4, tuning4 = split([outcome(case) for case in ROUND4_SET])
    held5, tuning5 = split([outcome(case) for case in ROUND5_SET])
    held6, tuning6 = split([outcome(case) for case in ROUND6_SET])
    held7, tuning7 = split([outcome(case) for case in ROUND7_SET])
    held8, tuning8 = split([outcome(case) for case in ROUND8_SET])
    held9, tuning9 = split([outcome(case) for case in ROUND9_SET])
    held10, tuning10 = split([outcome(case) for case in ROUND10_SET])
    held11, tuning11 = split([outcome(case) for case in ROUND11_SET])
    held12, tuning12 = split([outcome(case) for case in ROUND12_SET])
    held13, tuning13 = split([outcome(case) for case in ROUND13_SET])
    held14, tuning14 = split([outcome(case) for case in ROUND14_SET])
    held15, tuning15 = split([outcome(case) for case in ROUND15_SET])
    held16, tuning16 = split([outcome(case) for case in ROUND16_SET])
    held17, tuning17 = split([outcome(case) for case in ROUND17_SET])
    held18, tuning18 = split([outcome(case) for case in ROUND18_SET])
    held19, tuning19 = split([outcome(case) for case in ROUND19_SET])
    parts = {
        "round 19 held out": score(held19),
        "round 19 tuning": score(tuning19),
        "round 18 held out": score(held18),
        "round 18 tuning": score(tuning18),
        "round 17 held out": score(held17),
        "round 17 tuning": score(tuning17),
        "round 16 held out": score(held16),
        "round 16 tuning": score(tuning16),
        "round 15 held out": score(held15),
        "round 15 tuning": score(tuning15),
        "round 14 held out": score(held14),
        "round 14 tuning": score(tuning14),
        "round 13 held out": score(held13),
        "round 13 tuning": score(tuning13),
        "round 12 held out": score(held12),
        "round 12 tuning": score(tuning12),
        "round 11 held out": score(held11),
        "round 11 tuning": score(tuning11),
        "round 10 held out": score(held10),
        "round 10 tuning": score(tuning10),
        "round 9 held out": score(held9),
        "round 9 tuning": score(tuning9),
        "round 8 held out": score(held8),
        "round 8 tuning": score(tuning8),
        "round 7 held out": score(held7),
        "round 7 tuning": score(tuning7),
        "round 6 held out": score(held6),
        "round 6 tuning": score(tuning6),
        "round 5 held out": score(held5),
        "round 5 tuning": score(tuning5),
        "round 4 held out": score(held4),
        "round 4 tuning": score(tuning4),
        "round 3 held out": score(held3),
        "round 3 tuning": score(tuning3),
        "held out": score(held),
        "fresh": score(fresh),
        "tuning": score(tuning),
        "whole": score(results),
    }
    rules = by_rule(results)
    with capsys.disabled():
        # the unseen held-out thirds' lines are never printed: whoever tunes runs this test
        print()
        for name, part in parts.items():
            if not any(name == f"{unseen} held out" for unseen in UNSEEN):
                print(part.line(name))
    names = {name for name, _ in RULES} | {"copied paragraph"}
    assert set(rules.real) | set(rules.false) <= names  # every finding names its rule
    for name, part in parts.items():
        precision, recall = FLOORS[name]
        # the failures of every case but the unseen held-out thirds (never listed)
        learning = [*tuning, *held, *fresh, *held3, *tuning3, *held4, *tuning4]
        # rounds 5's to 18's held-out thirds are spent; 19's stays unseen
        learning += [*held5, *tuning5, *held6, *tuning6, *held7, *tuning7, *held8, *tuning8]
        learning += [*held9, *tuning9, *held10, *tuning10, *held11, *tuning11]
        learning += [*held12, *tuning12, *held13, *tuning13, *held14, *tuning14, *held15]
        learning += [*tuning15, *held16, *tuning16, *held17, *tuning17, *held18, *tuning18]
        learning += [*tuning19]
        wrong = [line for r in learning if not r.passes for line in failures(r)]
        unseen = any(name == f"{round_name} held out" for round_name in UNSEEN)
        said = name if unseen else part.line(name)  # an unseen third's figures stay unsaid
        assert part.precision >= precision - 1e-9, (said, wrong[:20])
        assert part.recall >= recall - 1e-9, (said, wrong[:20])


# The looser matcher (score_checker --overlap; corpus_scoring.overlaps): a finding whose
# quote shares words with the key's and says the data's value, as an editor reading the
# finding beside the sentence would count it. It is the headline measure from round 14 on
# (its writers quote the editor's whole claim, where a finding quotes the figure or the
# word that is wrong), the strict matcher a check on quotes. A finding the strict matcher
# counts is one the looser counts, so the floors above hold for it too; these are the parts
# where the two part.
OVERLAP_FLOORS = {
    "round 19 held out": (66 / 70, 66 / 74),
    "round 19 tuning": (115 / 115, 115 / 129),
    "round 18 held out": (76 / 76, 76 / 79),
    "round 18 tuning": (113 / 113, 113 / 125),
    "round 17 held out": (52 / 53, 52 / 57),
    "round 17 tuning": (119 / 119, 119 / 127),
    "round 16 held out": (63 / 64, 63 / 69),
    "round 16 tuning": (104 / 104, 104 / 112),
    "round 15 held out": (56 / 56, 56 / 60),
    "round 15 tuning": (127 / 127, 127 / 139),
    "round 14 held out": (45 / 45, 45 / 55),
    "round 14 tuning": (123 / 123, 123 / 132),
    "round 13 held out": (55 / 55, 55 / 60),
    "round 13 tuning": (124 / 124, 124 / 126),
}


def test_the_score_by_overlap_does_not_fall() -> None:
    sets = {
        13: ROUND13_SET,
        14: ROUND14_SET,
        15: ROUND15_SET,
        16: ROUND16_SET,
        17: ROUND17_SET,
        18: ROUND18_SET,
        19: ROUND19_SET,
    }
    for name, (precision, recall) in OVERLAP_FLOORS.items():
        number = int(name.split()[1])
        held, tuning = split([outcome(case, overlap=True) for case in sets[number]])
        part = score(held if name.endswith("held out") else tuning)
        unseen = name.removesuffix(" held out") in UNSEEN
        said = name if unseen else part.line(name)  # an unseen third's figures stay unsaid
        assert part.precision >= precision - 1e-9, said
        assert part.recall >= recall - 1e-9, said
