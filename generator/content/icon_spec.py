"""What the charts stage needs to draw a Making Data Count icon (an SPC view's variation
or assurance icon), as plain picklable values; its hash keys the chart cache, so that
an icon is drawn once for every indicator and build that shows it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from generator.core.messages import Messages, default_messages
from generator.read.fonts import body_font

if TYPE_CHECKING:
    from generator.core.vocabulary import AssuranceIcon, VariationIcon
    from generator.read.style import Style

# Each icon's look: its colour's kind (the style's SPC icon colours), its letter's
# message key (none for common cause), and what it draws inside its circle: a run of
# dots ending high or low, or level; or the process limits with the target below them
# (passing), above them (failing) or between them (hit and miss).
_VARIATION: dict[str, tuple[str, str, str]] = {
    "common": ("common", "", "level"),
    "improving_high": ("improving", "high", "high"),
    "improving_low": ("improving", "low", "low"),
    "concerning_high": ("concerning", "high", "high"),
    "concerning_low": ("concerning", "low", "low"),
    "higher": ("neither", "high", "high"),
    "lower": ("neither", "low", "low"),
}
_ASSURANCE: dict[str, tuple[str, str, str]] = {
    "passing": ("improving", "passing", "target_below"),
    "failing": ("concerning", "failing", "target_above"),
    "hit_and_miss": ("common", "hit_and_miss", "target_between"),
}
# The special-cause dots' marker, as the SPC chart draws such points (improving ▲,
# concerning ▼; a measure with no better way ▲ or ▼, hollow): so that icons of the same
# letter differ by shape as well as colour.
_MARKERS = {"improving": "^", "concerning": "v", "higher": "^", "lower": "v"}
# Icons are drawn at twice the charts' resolution (their detail is small), at most this.
ICON_DPI_MOST = 600


@dataclass(frozen=True)
class IconSpec:
    """One icon: a circle in its colour, its letter, and what it draws inside."""

    kind: str  # e.g. "improving_high", "passing"
    letter: str  # "H", "L", "P", "F", "?" (the catalogue's), or "" for none
    drawing: str  # "level", "high", "low", "target_below", "target_above", "target_between"
    colour: str
    muted: str  # the common-cause colour: the dots that are not special, the limits
    background: str  # round the circle: the notes panel's, which the icon sits on
    marker: str  # the special-cause dots' marker ("" for none)
    hollow: bool  # special-cause dots drawn hollow (a measure with no better way)
    size_mm: float
    dpi: int
    font_family: str
    font_files: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"spc-icon-{self.kind.replace('_', '-')}"

    def cache_key(self) -> str:
        payload = json.dumps({"icon": asdict(self)}, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def variation_icon_spec(
    kind: VariationIcon, style: Style, messages: Messages | None = None
) -> IconSpec:
    colour, letter, drawing = _VARIATION[kind]
    side = kind.split("_")[0]
    return _spec(kind, colour, letter, drawing, _MARKERS.get(side, ""), style, messages)


def assurance_icon_spec(
    kind: AssuranceIcon, style: Style, messages: Messages | None = None
) -> IconSpec:
    colour, letter, drawing = _ASSURANCE[kind]
    return _spec(kind, colour, letter, drawing, "", style, messages)


def _spec(
    kind: str,
    colour: str,
    letter: str,
    drawing: str,
    marker: str,
    style: Style,
    messages: Messages | None,
) -> IconSpec:
    m = messages if messages is not None else default_messages()
    font = body_font(style)
    return IconSpec(
        kind=kind,
        letter=m.text(f"spc.icon.letter.{letter}") if letter else "",
        drawing=drawing,
        colour=style.spc_icon_colour(colour),
        muted=style.spc_icon_colour("common"),
        background=style.colour("notes_background"),
        marker=marker,
        hollow=colour == "neither",
        size_mm=style.chart.spc_icon_mm,
        dpi=min(2 * style.chart.dpi, ICON_DPI_MOST),
        font_family=font.used,
        font_files=tuple(str(p) for p in (font.files.regular, font.files.bold)),
    )
