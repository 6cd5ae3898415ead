"""What PDF/A-2a asks of the tagged PDF beyond PDF/UA-1, added with pikepdf.

* an output intent with an embedded sRGB profile, so that the DeviceRGB colours
  reportlab writes have a defined meaning (`sRGB.icc`, next to this module: the
  sRGB profile of the icc-profiles-free collection, "no copyright, use freely",
  zlib licence; it is the one pikepdf ships, see `sRGB-LICENCE.txt`);
* the PDF/A identification and the PDF/UA identification schema declared as an
  XMP extension schema (`xmp_identification`);
* the print flag on every annotation;
* ToUnicode maps without entries for U+0000 (reportlab maps the unused codes of
  a subset's first 32 places to it; no text uses them);
* no stream whose data ends in a carriage return: before `endstream` it would read
  as the first half of a CR LF end of line, and a validator then finds the stream
  one byte shorter than its /Length says. A page's operators gain a line end
  (`end_without_cr`); any other stream (a font file, an image, a profile) is
  wrapped in one more Flate filter once saved (`save_archival`);
* page labels, when the house style gives them a prefix.
"""

from __future__ import annotations

import io
import re
import zlib
from importlib import resources
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
PRINT_FLAG = 4
# ISO 32000-1 9.10.3: at most 100 entries in one beginbfchar block.
_BFCHAR_BLOCK = 100
_BFCHAR_SECTION = re.compile(rb"\d+ beginbfchar\n(.*?)endbfchar\n", re.DOTALL)
_BFCHAR_ENTRY = re.compile(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>")
_NOT_TEXT = {b"0000", b"FEFF", b"FFFE"}


def make_archival(pdf: pikepdf.Pdf) -> None:
    """Output intent, annotation flags and clean ToUnicode maps (the XMP is the writer's)."""
    pdf.Root.OutputIntents = Array([_output_intent(pdf)])
    for page in pdf.pages:
        for annotation in page.obj.get("/Annots", Array()):
            flags = int(annotation.get("/F", 0))
            annotation.F = flags | PRINT_FLAG
    for obj in pdf.objects:
        if isinstance(obj, Dictionary) and obj.get("/Type") == Name.Font:
            to_unicode = obj.get("/ToUnicode")
            if isinstance(to_unicode, pikepdf.Stream):
                to_unicode.write(clean_to_unicode(to_unicode.read_bytes()))


def end_without_cr(pdf: pikepdf.Pdf) -> None:
    """No page's content stream whose compressed bytes end in CR (1 in 256: zlib's last
    four bytes are the data's checksum, so no compression level changes it, and qpdf
    undoes any other filter wrapped round it): its operators get a line ending more,
    which changes the checksum and nothing drawn. Streams written without a filter are
    looked at as qpdf will compress them on saving (with zlib, whose last byte is the
    checksum's whatever the level: `compressed_ends_in_cr`). Run last, before saving
    with the streams left as they are."""
    for page in pdf.pages:
        contents = page.obj.get("/Contents")
        streams = contents if isinstance(contents, Array) else [contents]
        for stream in streams:
            if isinstance(stream, pikepdf.Stream):
                _end_without_cr(stream)


def _end_without_cr(stream: pikepdf.Stream) -> None:
    written = stream.stream_dict.get("/Filter")
    if written is not None and written != Name.FlateDecode:
        return
    if "/DecodeParms" in stream.stream_dict:
        return
    data = stream.read_bytes()
    if not compressed_ends_in_cr(data):
        return
    while compressed_ends_in_cr(data):
        data += b"\n"
    if written is None:
        stream.write(data)  # qpdf compresses it on saving, as above
    else:
        stream.write(zlib.compress(data), filter=Name.FlateDecode)


def compressed_ends_in_cr(data: bytes) -> bool:
    """Whether `data` compressed by zlib (at any level) ends in CR, without compressing
    it: a zlib stream ends with the Adler-32 checksum of what it holds, most significant
    byte first (RFC 1950), so its last byte is the checksum's lowest."""
    return zlib.adler32(data) & 0xFF == ord("\r")


def save_archival(pdf: pikepdf.Pdf, target: Path) -> None:
    """Save `pdf` to `target` with its streams as they are (same inputs, same bytes),
    then `saved_without_cr`."""
    buffer = io.BytesIO()
    pdf.save(
        buffer,
        deterministic_id=True,
        min_version="1.7",
        stream_decode_level=pikepdf.StreamDecodeLevel.none,
    )
    target.write_bytes(saved_without_cr(buffer.getvalue()))


def saved_without_cr(data: bytes) -> bytes:
    """A saved PDF whose streams' data never ends in CR (qpdf writes a line feed
    before each `endstream`, so such a stream shows as CR LF endstream): each stream
    found so is wrapped in one more Flate filter, which changes its last bytes (the
    checksum of what it wraps) and nothing it holds, and the file saved again with
    every other stream's bytes kept. Where there is none, `data` itself (the
    common case: nothing is reopened)."""
    if _CR_END not in data:
        return data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        wrapped = [s for s in pdf.objects if isinstance(s, pikepdf.Stream) and _ends_in_cr(s)]
        if not wrapped:
            return data
        for stream in wrapped:
            while stream.read_raw_bytes().endswith(b"\r"):
                _wrap_in_flate(stream)
        buffer = io.BytesIO()
        # Not compressed again: qpdf would decode the wrapped streams and undo it.
        pdf.save(
            buffer,
            deterministic_id=True,
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
        return buffer.getvalue()


_CR_END = b"\r\nendstream"


def _ends_in_cr(stream: pikepdf.Stream) -> bool:
    if stream.stream_dict.get("/Type") == Name.Metadata:
        return False  # PDF/A keeps the XMP unfiltered (and it ends in its packet trailer)
    return stream.read_raw_bytes().endswith(b"\r")


def _wrap_in_flate(stream: pikepdf.Stream) -> None:
    """One more Flate filter, outermost (decoded first), round the stream's bytes."""
    filters = stream.stream_dict.get("/Filter")
    parms = stream.stream_dict.get("/DecodeParms")
    chain = list(filters) if isinstance(filters, Array) else [] if filters is None else [filters]
    parms_chain = list(parms) if isinstance(parms, Array) else [parms] * len(chain)
    raw = zlib.compress(stream.read_raw_bytes())
    if any(p is not None for p in parms_chain):
        stream.write(
            raw,
            filter=Array([Name.FlateDecode, *chain]),
            decode_parms=Array([None, *parms_chain]),
        )
    else:
        stream.write(raw, filter=Array([Name.FlateDecode, *chain]))


def _output_intent(pdf: pikepdf.Pdf) -> Dictionary:
    data = (resources.files(__package__) / "sRGB.icc").read_bytes()
    profile = pdf.make_stream(data, N=3)
    return Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(SRGB_IDENTIFIER),
        Info=pikepdf.String(SRGB_IDENTIFIER),
        DestOutputProfile=profile,
    )


def clean_to_unicode(cmap: bytes) -> bytes:
    """`cmap` without the bfchar entries that map a code to U+0000, U+FEFF or U+FFFE.

    The remaining entries are rewritten in blocks of at most 100, in their order.
    """
    sections = list(_BFCHAR_SECTION.finditer(cmap))
    if not sections:
        return cmap
    entries = [
        entry
        for section in sections
        for entry in _BFCHAR_ENTRY.findall(section.group(1))
        if entry[1].upper() not in _NOT_TEXT
    ]
    blocks = []
    for start in range(0, len(entries), _BFCHAR_BLOCK):
        chunk = entries[start : start + _BFCHAR_BLOCK]
        lines = b"".join(b"<%s> <%s>\n" % pair for pair in chunk)
        blocks.append(b"%d beginbfchar\n%sendbfchar\n" % (len(chunk), lines))
    head = cmap[: sections[0].start()]
    tail = cmap[sections[-1].end() :]
    return head + b"".join(blocks) + tail


def add_page_labels(pdf: pikepdf.Pdf, prefix: str) -> None:
    """Label every page "<prefix><n>" (decimal, from 1); no prefix, no labels."""
    if not prefix:
        return
    label = Dictionary(S=Name.D, P=pikepdf.String(prefix))
    pdf.Root.PageLabels = Dictionary(Nums=Array([0, label]))


_EXTENSION_SCHEMAS = """<pdfaExtension:schemas>
<rdf:Bag>
<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property>
<rdf:Seq>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>
</rdf:li>
</rdf:Seq>
</pdfaSchema:property>
</rdf:li>
</rdf:Bag>
</pdfaExtension:schemas>"""

XMP_NAMESPACES = (
    ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"\n'
    ' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"\n'
    ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"\n'
    ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"'
)


def xmp_identification() -> tuple[str, ...]:
    """The XMP properties naming PDF/A-2a and PDF/UA-1, with the PDF/UA schema declared."""
    return (
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>A</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        _EXTENSION_SCHEMAS,
    )
