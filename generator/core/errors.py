"""The one error type a user sees: bad input, described so it can be fixed."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: names the file, where in it, the indicator and period, and the fix."""

    def __init__(
        self,
        problem: str,
        *,
        file: str | None = None,
        where: str | None = None,
        indicator: str | None = None,
        period: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.file = file
        self.where = where
        self.indicator = indicator
        self.period = period
        self.fix = fix
        super().__init__(self.message())

    def message(self) -> str:
        place = self.file or ""
        if self.where:
            place = f"{place}, {self.where}" if place else self.where
        context = ", ".join(
            part
            for part in (
                f"indicator {self.indicator}" if self.indicator else "",
                f"period {self.period}" if self.period else "",
            )
            if part
        )
        text = f"{place}: " if place else ""
        text += self.problem
        if context:
            text += f" ({context})"
        if self.fix:
            text += f". {self.fix}"
        return text
