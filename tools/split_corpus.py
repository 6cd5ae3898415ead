"""The held-out third of the checker's generalisation corpus (issue 24), drawn once.

    .venv/bin/python tools/split_corpus.py           # mark the draw in the corpus file
    .venv/bin/python tools/split_corpus.py --check   # exit 1 if the file's marks differ

Each case of tests/fixtures/check_corpus_general.yaml is held out when a hash of the
seed below and the case's own words (folder, indicator, quarter, text) falls in the
first third of its range: a seeded random draw, a case at a time, so a case added later
is drawn on its own and never re-draws the others. The draw was made before any rule of
the checker was changed for issue 24; the seed is fixed here and is not to be changed
(tests/test_check_corpus_general.py checks the file's marks against it).

Round 3 (tests/fixtures/check_corpus_round3.yaml, written after both earlier held-out
sets had been scored twice while the rules were tuned) is drawn the same way with its own
seed, ROUND3_SEED, fixed on 2026-12-06 before any rule was changed again.

Round 4 (tests/fixtures/check_corpus_round4.yaml, written after round 3's held-out third
had been scored at the end of round 3) is drawn with ROUND4_SEED, fixed on 2026-12-06
before any rule was changed again.

Round 5 (tests/fixtures/check_corpus_round5.yaml, written blind after round 4's held-out
third had been scored at the end of round 4) is drawn with ROUND5_SEED, fixed on 2026-12-07
before any rule was changed again.

Round 6 (tests/fixtures/check_corpus_round6.yaml, written blind while round 5's tuning part
was being tuned on, never reading round 5) is drawn with ROUND6_SEED, fixed on 2026-12-07
before any rule was tuned on it.

Round 7 (tests/fixtures/check_corpus_round7.yaml, written blind while round 6's tuning part
was being tuned on, never opening rounds 5 or 6) is drawn with ROUND7_SEED, fixed on
2026-12-07 before any rule was tuned on it.

Round 8 (tests/fixtures/check_corpus_round8.yaml, written blind while round 7's tuning part
was being tuned on, never opening rounds 5 to 7) is drawn with ROUND8_SEED, fixed on
2026-12-07 before any rule was tuned on it.

Round 9 (tests/fixtures/check_corpus_round9.yaml, written blind while round 8's tuning part
was being tuned on, never opening rounds 5 to 8) is drawn with ROUND9_SEED, fixed on
2026-12-07 before any rule was tuned on it.

Round 10 (tests/fixtures/check_corpus_round10.yaml, written blind while round 9's tuning
part was being tuned on, never opening rounds 5 to 9) is drawn with ROUND10_SEED, fixed on
2026-12-07 before any rule was tuned on it.

Round 11 (tests/fixtures/check_corpus_round11.yaml, written blind while the rules were tuned
class by class after round 10, never opening rounds 5 to 10) is drawn with ROUND11_SEED,
fixed on 2026-12-07 before any rule was tuned on it.

Round 12 (tests/fixtures/check_corpus_round12.yaml, written blind after the tuning on round
11, never opening rounds 5 to 11) is drawn with ROUND12_SEED, fixed on 2026-12-07 before
any rule was tuned on it.

Round 13 (tests/fixtures/check_corpus_round13.yaml, written blind while the rules were tuned
on round 12, never opening rounds 5 to 12) is drawn with ROUND13_SEED, fixed on 2026-12-07
before any rule was tuned on it.

Round 14 (tests/fixtures/check_corpus_round14.yaml, written blind while the newest readings
were reviewed, never opening rounds 5 to 13) is drawn with ROUND14_SEED, fixed on 2026-12-07
before any rule was tuned on it.

Round 15 (tests/fixtures/check_corpus_round15.yaml, written blind while round 14's tuning part
was tuned on, never opening rounds 5 to 14) is drawn with ROUND15_SEED, fixed on 2026-12-07
before any rule was tuned on it.

Round 16 (tests/fixtures/check_corpus_round16.yaml, written blind while round 15's tuning part
was tuned on, never opening rounds 5 to 15) is drawn with ROUND16_SEED, fixed on 2026-12-07
before any rule was tuned on it.

Round 17 (tests/fixtures/check_corpus_round17.yaml, written blind while the rules were tuned
by family, never opening rounds 5 to 16) is drawn with ROUND17_SEED, fixed on 2026-12-07
before any rule was tuned on it.

Round 18 (tests/fixtures/check_corpus_round18.yaml, written blind while the rules were tuned
by family again, never opening rounds 5 to 17) is drawn with ROUND18_SEED, fixed on
2026-12-07 before any rule was tuned on it.

Round 19 (tests/fixtures/check_corpus_round19.yaml, written blind while the rules were tuned
by family on every earlier round) is drawn with ROUND19_SEED, fixed on 2026-12-08 before any
rule was tuned on it.

Marking writes `held_out: true` as the last line of each held-out case, and removes it
from the others; nothing else in the file changes.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "check_corpus_general.yaml"
SEED = 24_2026  # issue 24; fixed when the split was drawn, 2026-12-06
ROUND3 = ROOT / "tests" / "fixtures" / "check_corpus_round3.yaml"
ROUND3_SEED = 24_3_2026  # issue 24, round 3; fixed when its split was drawn, 2026-12-06
ROUND4 = ROOT / "tests" / "fixtures" / "check_corpus_round4.yaml"
ROUND4_SEED = 24_4_2026  # issue 24, round 4; fixed when its split was drawn, 2026-12-06
ROUND5 = ROOT / "tests" / "fixtures" / "check_corpus_round5.yaml"
ROUND5_SEED = 24_5_2026  # issue 24, round 5; fixed when its split was drawn, 2026-12-07
ROUND6 = ROOT / "tests" / "fixtures" / "check_corpus_round6.yaml"
ROUND6_SEED = 24_6_2026  # issue 24, round 6; fixed when its split was drawn, 2026-12-07
ROUND7 = ROOT / "tests" / "fixtures" / "check_corpus_round7.yaml"
ROUND7_SEED = 24_7_2026  # issue 24, round 7; fixed when its split was drawn, 2026-12-07
ROUND8 = ROOT / "tests" / "fixtures" / "check_corpus_round8.yaml"
ROUND8_SEED = 24_8_2026  # issue 24, round 8; fixed when its split was drawn, 2026-12-07
ROUND9 = ROOT / "tests" / "fixtures" / "check_corpus_round9.yaml"
ROUND9_SEED = 24_9_2026  # issue 24, round 9; fixed when its split was drawn, 2026-12-07
ROUND10 = ROOT / "tests" / "fixtures" / "check_corpus_round10.yaml"
ROUND10_SEED = 24_10_2026  # issue 24, round 10; fixed when its split was drawn, 2026-12-07
ROUND11 = ROOT / "tests" / "fixtures" / "check_corpus_round11.yaml"
ROUND11_SEED = 24_11_2026  # issue 24, round 11; fixed when its split was drawn, 2026-12-07
ROUND12 = ROOT / "tests" / "fixtures" / "check_corpus_round12.yaml"
ROUND12_SEED = 24_12_2026  # issue 24, round 12; fixed when its split was drawn, 2026-12-07
ROUND13 = ROOT / "tests" / "fixtures" / "check_corpus_round13.yaml"
ROUND13_SEED = 24_13_2026  # issue 24, round 13; fixed when its split was drawn, 2026-12-07
ROUND14 = ROOT / "tests" / "fixtures" / "check_corpus_round14.yaml"
ROUND14_SEED = 24_14_2026  # issue 24, round 14; fixed when its split was drawn, 2026-12-07
ROUND15 = ROOT / "tests" / "fixtures" / "check_corpus_round15.yaml"
ROUND15_SEED = 24_15_2026  # issue 24, round 15; fixed when its split was drawn, 2026-12-07
ROUND16 = ROOT / "tests" / "fixtures" / "check_corpus_round16.yaml"
ROUND16_SEED = 24_16_2026  # issue 24, round 16; fixed when its split was drawn, 2026-12-07
ROUND17 = ROOT / "tests" / "fixtures" / "check_corpus_round17.yaml"
ROUND17_SEED = 24_17_2026  # issue 24, round 17; fixed when its split was drawn, 2026-12-07
ROUND18 = ROOT / "tests" / "fixtures" / "check_corpus_round18.yaml"
ROUND18_SEED = 24_18_2026  # issue 24, round 18; fixed when its split was drawn, 2026-12-07
ROUND19 = ROOT / "tests" / "fixtures" / "check_corpus_round19.yaml"
ROUND19_SEED = 24_19_2026  # issue 24, round 19; fixed when its split was drawn, 2026-12-08
DRAWS = (
    (CORPUS, SEED),
    (ROUND3, ROUND3_SEED),
    (ROUND4, ROUND4_SEED),
    (ROUND5, ROUND5_SEED),
    (ROUND6, ROUND6_SEED),
    (ROUND7, ROUND7_SEED),
    (ROUND8, ROUND8_SEED),
    (ROUND9, ROUND9_SEED),
    (ROUND10, ROUND10_SEED),
    (ROUND11, ROUND11_SEED),
    (ROUND12, ROUND12_SEED),
    (ROUND13, ROUND13_SEED),
    (ROUND14, ROUND14_SEED),
    (ROUND15, ROUND15_SEED),
    (ROUND16, ROUND16_SEED),
    (ROUND17, ROUND17_SEED),
    (ROUND18, ROUND18_SEED),
    (ROUND19, ROUND19_SEED),
)
HELD_OUT_LINE = "  held_out: true"


def held_out(case: dict[str, Any], seed: int = SEED) -> bool:
    """Whether the seeded draw sets this case aside: one chance in three."""
    words = "\x1f".join(
        [str(seed), case.get("folder", "."), case["indicator"], case["quarter"], case["text"]]
    )
    draw = int.from_bytes(hashlib.sha256(words.encode("utf-8")).digest()[:8], "big")
    return draw % 3 == 0


def _blocks(text: str) -> tuple[str, list[str]]:
    """The file's header and its cases' blocks, each from its '- indicator:' line."""
    parts = re.split(r"(?m)^(?=- indicator:)", text)
    return parts[0], parts[1:]


def marked(text: str, seed: int = SEED) -> str:
    """The corpus file with each case's `held_out` line set by the draw."""
    header, blocks = _blocks(text)
    out = [header]
    for block in blocks:
        lines = [line for line in block.split("\n") if line != HELD_OUT_LINE]
        case = yaml.safe_load("\n".join(lines))[0]
        if held_out(case, seed):
            # after the case's last line (before any comment or blank lines that follow it)
            end = len(lines)
            while end > 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
                end -= 1
            lines.insert(end, HELD_OUT_LINE)
        out.append("\n".join(lines))
    return "".join(out)


def main(argv: list[str]) -> int:
    differ = False
    for path, seed in DRAWS:
        text = path.read_text(encoding="utf-8")
        new = marked(text, seed)
        if "--check" in argv:
            if new != text:
                print(f"{path}: the held_out marks differ from the draw with seed {seed}")
                differ = True
            continue
        path.write_text(new, encoding="utf-8")
        cases = yaml.safe_load(new)
        held = sum(1 for c in cases if c.get("held_out"))
        print(f"{path.name}: {held} of {len(cases)} cases held out (seed {seed})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
