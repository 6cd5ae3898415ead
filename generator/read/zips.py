"""Zip packages (a Word template, an Excel workbook), checked before any reader opens them.

A .docx, .dotx or .xlsx file is a zip of parts, most of them XML. Before python-docx,
openpyxl or the template reader sees one, `check_package` reads the whole package
once, a chunk at a time, and refuses it where:

- it holds more than `MAX_PARTS` parts;
- a part unpacks to more than `MAX_PART_BYTES` (a zip bomb: a megabyte that unpacks
  to a gigabyte), or all parts together to more than `MAX_TOTAL_BYTES`. The sizes
  the zip declares are checked first, and the bytes are counted while unpacking,
  since a declared size can lie: no more than the limit is ever unpacked;
- an XML part declares a DTD or an entity (`<!DOCTYPE`, `<!ENTITY`): Word and Excel
  never write one, and an entity can read a local file or expand without bound.
  Each XML part goes through expat as it unpacks, whatever its encoding, and is
  refused at the declaration, before any reader parses it.

A part that is not XML (a picture) is counted only.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import IO
from xml.parsers import expat

MAX_PARTS = 5_000
MAX_PART_BYTES = 50 * 1024 * 1024  # 50 MB: a large tracker's sheet is a few MB
MAX_TOTAL_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024


class PackageRefused(Exception):
    """A package passed a limit or declares a DTD; `problem` names the part and the limit."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


class _Declared(Exception):
    """Raised from expat's handlers: the part declares a DTD or an entity."""


def check_package(path: Path | IO[bytes]) -> None:
    """Refuse the zip at `path` (a file, or its bytes) with PackageRefused where it passes
    a limit or declares a DTD or an entity; OSError or zipfile.BadZipFile where it
    cannot be read as a zip."""
    with zipfile.ZipFile(path) as package:
        parts = package.infolist()
        if len(parts) > MAX_PARTS:
            raise PackageRefused(f"it holds more than {MAX_PARTS:,} parts (the limit)")
        declared = 0
        for info in parts:
            if info.file_size > MAX_PART_BYTES:
                raise _too_large(info.filename)
            declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise _too_large_in_all()
        total = 0
        for info in parts:
            total += _check_part(package, info, total)


def _too_large(name: str) -> PackageRefused:
    return PackageRefused(
        f"part {name} unpacks to more than {megabytes(MAX_PART_BYTES)} (the limit for one part)"
    )


def _too_large_in_all() -> PackageRefused:
    return PackageRefused(
        f"its parts unpack to more than {megabytes(MAX_TOTAL_BYTES)} in all (the limit)"
    )


def _check_part(package: zipfile.ZipFile, info: zipfile.ZipInfo, before: int) -> int:
    """The bytes the part unpacks to, counted a chunk at a time (so stopped at a limit
    whatever the zip declares), each XML part fed to expat as it comes."""
    size = 0
    parser: expat.XMLParserType | None = None
    try:
        with package.open(info) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > MAX_PART_BYTES:
                    raise _too_large(info.filename)
                if before + size > MAX_TOTAL_BYTES:
                    raise _too_large_in_all()
                if size == len(chunk) and _looks_like_xml(chunk):
                    parser = _declaration_finder()
                parser = _feed(parser, chunk, info.filename)
            _feed_end(parser, info.filename)
    except (zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise zipfile.BadZipFile(f"{info.filename}: {exc}") from exc
    return size


def _looks_like_xml(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        return True  # UTF-16, with or without a byte-order mark
    return head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n").startswith(b"<")


def _declaration_finder() -> expat.XMLParserType:
    parser = expat.ParserCreate()

    def declared(*_: object) -> None:
        raise _Declared

    parser.StartDoctypeDeclHandler = declared
    parser.EntityDeclHandler = declared
    return parser


def _declares(name: str) -> PackageRefused:
    return PackageRefused(
        f"part {name} declares a DTD or an entity (<!DOCTYPE or <!ENTITY), "
        "which Word and Excel never write"
    )


def _feed(
    parser: expat.XMLParserType | None, chunk: bytes, name: str
) -> expat.XMLParserType | None:
    """`parser` fed `chunk`; None from the first error on (XML that is not well formed
    is for the reader to refuse: no parser reads past it)."""
    if parser is None:
        return None
    try:
        parser.Parse(chunk, False)
    except _Declared:
        raise _declares(name) from None
    except expat.ExpatError:
        return None
    return parser


def _feed_end(parser: expat.XMLParserType | None, name: str) -> None:
    if parser is None:
        return
    try:
        parser.Parse(b"", True)
    except _Declared:
        raise _declares(name) from None
    except expat.ExpatError:
        return
