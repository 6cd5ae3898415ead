"""Commentary files read from a report folder: the main language's
(`narratives/<quarter>/<ID>.md`) and each other language's
(`narratives/<quarter>/<tag>/<ID>.md`), held to the same rules (docs/formats.md, part 3)."""

from __future__ import annotations

from pathlib import Path

from generator.core.errors import InputError
from generator.core.periods import Quarter
from generator.read.commentary import PARAGRAPH_LIMIT, long_paragraph
from generator.read.folder import ReportFolder
from generator.read.languages import same_language
from generator.read.text_check import decode_text
from generator.read.unwritable import FIX, line_of, unwritable

COMMENTARY_LIMIT = 1024 * 1024  # bytes: a commentary file is a few paragraphs
_LIMIT_WORDS = "1 MB (1,048,576 bytes)"


def commentary_bytes(
    folder: ReportFolder, path: Path, *, indicator: str, period: str
) -> bytes | None:
    """A commentary file's bytes, or None where there is none. It must be a regular
    file kept in the report folder (no link) and within COMMENTARY_LIMIT."""
    if not folder.found_file(path, "commentary file"):
        return None

    def too_large(size: str) -> InputError:
        return InputError(
            f"the commentary file is {size} bytes, over the limit of {_LIMIT_WORDS}",
            file=str(path),
            indicator=indicator,
            period=period,
            fix="A commentary is a few paragraphs: shorten it, or check that the file "
            "saved under this name is the commentary",
        )

    try:
        size = path.stat().st_size
        if size > COMMENTARY_LIMIT:
            raise too_large(f"{size:,}")
        with path.open("rb") as file:
            data = file.read(COMMENTARY_LIMIT + 1)  # the file may have grown since
    except OSError as exc:
        raise InputError(
            f"the commentary file cannot be read ({exc.strerror})",
            file=str(path),
            indicator=indicator,
            period=period,
            fix="Check the file's permissions",
        ) from None
    if len(data) > COMMENTARY_LIMIT:
        raise too_large(f"over {COMMENTARY_LIMIT:,}")
    return data


def commentary_text(folder: ReportFolder, path: Path, *, indicator: str, period: str) -> str | None:
    """A commentary file's text, or None where there is no file or it is blank; text no
    edition can hold (not UTF-8, control characters, a paragraph past PARAGRAPH_LIMIT)
    is an InputError naming the file and line."""
    data = commentary_bytes(folder, path, indicator=indicator, period=period)
    if data is None:
        return None
    text = decode_text(
        data,
        file=str(path),
        indicator=indicator,
        period=period,
        how_to_save="Save it as UTF-8 text (in Notepad: Save As, Encoding UTF-8; "
        "in Word: Save As Plain Text, Unicode (UTF-8))",
    )
    found = unwritable(text)
    if found is not None:
        place, code = found
        raise InputError(
            f"the file holds a control character ({code})",
            file=str(path),
            where=f"line {line_of(text, place)}",
            indicator=indicator,
            period=period,
            fix=FIX,
        )
    if (start := long_paragraph(text)) is not None:
        raise InputError(
            f"the paragraph that starts here is more than {PARAGRAPH_LIMIT:,} characters long",
            file=str(path),
            where=f"line {start}",
            indicator=indicator,
            period=period,
            fix="A paragraph of a committee paper is a few hundred characters: "
            "break it up, with a blank line between paragraphs",
        )
    return text if text.strip() else None


def commentary_path_in(
    folder: ReportFolder, quarter: Quarter, indicator_id: str, language: str, main: str
) -> Path:
    """Where the indicator's commentary for `quarter` in `language` is: the quarter's folder
    for the report's `main` language, its `<language>/` folder for any other."""
    if same_language(language, main):
        return folder.commentary(quarter, indicator_id)
    return folder.commentary_folder(quarter) / language / f"{indicator_id}.md"


def commentary_in(
    folder: ReportFolder, quarter: Quarter, indicator_id: str, language: str, main: str
) -> tuple[Path, str | None]:
    """The indicator's commentary for (quarter, language): its file, and its text (None
    where there is no file or it is blank)."""
    path = commentary_path_in(folder, quarter, indicator_id, language, main)
    text = commentary_text(folder, path, indicator=indicator_id, period=str(quarter))
    return path, text
