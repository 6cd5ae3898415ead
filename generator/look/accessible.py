"""A house style that asks for text too small or too faint to read (or SPC icons too
faint to make out): one warning per setting (a finding under `appendix check` and
`build --strict`), never a refusal.

The measures are the ones public-sector accessibility guidance uses: body text at
11 pt or more, no text under 9 pt, and text colours at a WCAG contrast ratio of
4.5:1 or more against what they sit on (the page is white).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.read.style import Style, contrast_ratio

BODY_LEAST = 11.0  # pt
TEXT_LEAST = 9.0  # pt
CONTRAST_LEAST = 4.5  # WCAG 2, AA, for text of ordinary size
GRAPHIC_LEAST = 3.0  # WCAG 2, AA, for the parts of a picture needed to understand it
PAGE = "#FFFFFF"  # every edition's page


@dataclass(frozen=True)
class StyleProblem:
    setting: str  # as the house style names it: 'sizes.table', 'rag.AMBER.text'
    says: str
    fix: str

    def message(self) -> str:
        return f"{self.setting}: {self.says}. {self.fix}"


def size_problem(setting: str, size: float, body: bool) -> StyleProblem | None:
    """Text of `size` pt set by `setting`; `body` for the body text's own size."""
    least = BODY_LEAST if body else TEXT_LEAST
    if size >= least:
        return None
    what = "body text" if body else "text"
    return StyleProblem(
        setting,
        f"{what} at {size:g} pt is under {least:g} pt, hard to read for many",
        f"Set it to {least:g} or more",
    )


def contrast_problem(setting: str, colour: str, backgrounds: dict[str, str]) -> StyleProblem | None:
    """Text in `colour` on each of `backgrounds` (name -> colour): the faintest pairing."""
    name, ratio = min(
        ((n, contrast_ratio(colour, b)) for n, b in backgrounds.items()), key=lambda p: p[1]
    )
    if ratio >= CONTRAST_LEAST:
        return None
    return StyleProblem(
        setting,
        f"text in {colour} on {name} ({backgrounds[name]}) has a contrast of "
        f"{ratio:.2f}:1, under {CONTRAST_LEAST:g}:1",
        f"Choose a darker or lighter colour that reaches {CONTRAST_LEAST:g}:1",
    )


def style_problems(style: Style) -> list[StyleProblem]:
    """Every setting of `style` that makes text too small or too faint, in the file's order."""
    found: list[StyleProblem | None] = [
        size_problem(f"sizes.{name}", size, body=name == "body")
        for name, size in style.sizes.items()
    ]
    page = {"the page": PAGE}
    notes = {"colours.notes_background": style.colour("notes_background")}
    found += [
        contrast_problem("colours.text", style.colour("text"), page | notes),
        contrast_problem("colours.link", style.colour("link"), page),
        contrast_problem("colours.heading", style.colour("heading"), page),
        contrast_problem(
            "colours.table_header_text",
            style.colour("table_header_text"),
            {"colours.table_header_background": style.colour("table_header_background")},
        ),
    ]
    found += [
        contrast_problem(f"rag.{name}.text", rag.text, {f"rag.{name}.fill": rag.fill})
        for name, rag in style.rag.items()
    ]
    found += [icon_problem(kind, colour) for kind, colour in style.chart.spc_icon_colours]
    return [problem for problem in found if problem is not None]


def icon_problem(kind: str, colour: str) -> StyleProblem | None:
    """An SPC icon's colour (its circle and letter, on white) the style sets."""
    ratio = contrast_ratio(colour, PAGE)
    if ratio >= GRAPHIC_LEAST:
        return None
    return StyleProblem(
        f"chart.spc_icons.{kind}",
        f"icons in {colour} on the page ({PAGE}) have a contrast of {ratio:.2f}:1, "
        f"under {GRAPHIC_LEAST:g}:1",
        f"Choose a darker colour that reaches {GRAPHIC_LEAST:g}:1",
    )


def style_warnings(style: Style, file: str) -> list[str]:
    """The warning lines a build prints, each naming the house style's `file`."""
    return [f"{file}: {problem.message()}" for problem in style_problems(style)]


def style_file(style: Style, root: Path) -> str:
    """The house style's file, as the report folder `root` names it (relative where
    it is inside it)."""
    source = style.source.resolve()
    inside = source.is_relative_to(root.resolve())
    return str(source.relative_to(root.resolve()) if inside else style.source)
