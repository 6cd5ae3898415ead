"""PNG pictures embedded without re-encoding.

A PNG's IDAT data is already a zlib stream of predictor-filtered rows, which
PDF reads directly as /FlateDecode with /Predictor 15. Passing it through skips
reportlab's decode, recompress and hashing of every chart (most of the writer's
time). Only 8-bit, non-interlaced greyscale or RGB PNGs without transparency
qualify; anything else goes through reportlab's own image path.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import pikepdf
from pikepdf import Dictionary, Name

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOURS = {0: (1, Name.DeviceGray), 2: (3, Name.DeviceRGB)}


@dataclass(frozen=True)
class PngImage:
    width: int
    height: int
    colours: int
    colour_space: Name
    data: bytes  # the concatenated IDAT chunks


def parse_png(data: bytes) -> PngImage | None:
    """The passthrough form of `data`, or None if it needs decoding."""
    if not data.startswith(_SIGNATURE):
        return None
    position = len(_SIGNATURE)
    header: tuple[int, ...] | None = None
    chunks: list[bytes] = []
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind == b"tRNS":
            return None
        elif kind == b"IEND":
            break
    if header is None or not chunks:
        return None
    width, height, depth, colour_type, _compression, _filter, interlace = header
    if depth != 8 or interlace != 0 or colour_type not in _COLOURS:
        return None
    colours, space = _COLOURS[colour_type]
    return PngImage(width, height, colours, space, b"".join(chunks))


class ImageStore:
    """Names passthrough images as they are drawn; adds them to pages afterwards."""

    def __init__(self) -> None:
        self._names: dict[bytes, str] = {}
        self._images: dict[str, PngImage] = {}
        self._pages: dict[int, list[str]] = {}

    def use(self, page: int, image: PngImage) -> str:
        """The resource name for `image`, recorded as used on `page` (1-based)."""
        name = self._names.get(image.data)
        if name is None:
            name = f"Png{len(self._names)}"
            self._names[image.data] = name
            self._images[name] = image
        used = self._pages.setdefault(page, [])
        if name not in used:
            used.append(name)
        return name

    def write(self, pdf: pikepdf.Pdf) -> None:
        streams: dict[str, pikepdf.Stream] = {}
        for name, image in self._images.items():
            streams[name] = pdf.make_stream(
                image.data,
                Type=Name.XObject,
                Subtype=Name.Image,
                Width=image.width,
                Height=image.height,
                ColorSpace=image.colour_space,
                BitsPerComponent=8,
                Filter=Name.FlateDecode,
                DecodeParms=Dictionary(
                    Predictor=15, Colors=image.colours, BitsPerComponent=8, Columns=image.width
                ),
            )
        for page_number, names in self._pages.items():
            page = pdf.pages[page_number - 1].obj
            resources = page.Resources
            xobjects = Dictionary()
            existing = resources.get("/XObject")
            if isinstance(existing, Dictionary):  # copied: it may be shared with other pages
                for key, value in existing.items():
                    xobjects[key] = value
            for name in names:
                xobjects[Name("/" + name)] = streams[name]
            resources.XObject = xobjects
