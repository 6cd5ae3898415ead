"""What `appendix check` finds: one value per finding, and the one formatter of its message."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    """One place where commentary and data disagree.

    `says` is what the sentence says and `data` what the data has instead, joined in
    the message by `link`; `rule` names the rule that fired (generator/editors/claims/).
    """

    file: str
    line: int | None
    indicator: str
    quote: str | None  # the words of the commentary the finding is about
    says: str
    data: str = ""
    rule: str = ""
    period: str | None = None  # the quarter the words are about, as '2024/25 Q2'
    link: str = "; "
    # where it was read, for listing a line's findings in reading order; not part of it
    order: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def message(self) -> str:
        """The line `appendix check` prints: `format_finding`."""
        return format_finding(self)


def finding_text(finding: Finding) -> str:
    """A finding's words after its file, line and indicator."""
    quoted = f"'{finding.quote}': " if finding.quote is not None else ""
    data = f"{finding.link}{finding.data}" if finding.data else ""
    return f"{quoted}{finding.says}{data}"


def format_finding(finding: Finding) -> str:
    """The finding as `appendix check` prints it: the file, its line, the indicator, the
    words quoted, what they say and what the data has (docs/formats.md, part 3)."""
    place = f"{finding.file}, line {finding.line}" if finding.line else finding.file
    return f"{place}: {finding.indicator}: {finding_text(finding)}"
