"""Tagged-PDF plumbing for the reportlab writer.

Open-source reportlab has no tagging API, so tagging is done in two halves:

* while reportlab draws, every piece of real content is wrapped in a marked-content
  sequence (``/P <</MCID n>> BDC ... EMC``) and recorded against a `StructNode`;
  page furniture and decoration are wrapped in ``/Artifact`` sequences;
* after the build, `Tagger.write` turns the recorded nodes into the
  ``/StructTreeRoot`` and ``/ParentTree`` with pikepdf.

The struct tree's shape (and so the reading order) is fixed by the model before
anything is drawn: the writer adds one node per model element in model order, and
drawing only fills in the content items (MCIDs and annotations) of those nodes.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfgen.canvas import Canvas

from generator.writers.pdf.images import ImageStore

ARTIFACT = "/Artifact BMC"
END = "EMC"
# The onDraw callback name used by paragraphs to switch between P and Link content.
SWITCH_CALLBACK = "tagswitch"


@dataclass(frozen=True)
class MarkedContent:
    """A marked-content sequence: MCID `mcid` on page `page` (1-based)."""

    page: int
    mcid: int


@dataclass(frozen=True)
class Annotation:
    """The `index`-th entry of page `page`'s /Annots (1-based page)."""

    page: int
    index: int


@dataclass(eq=False)
class StructNode:
    """One structure element; `kids` holds child nodes and content items in order."""

    role: str
    alt: str | None = None
    # Attribute-owner name -> {attribute: name value}, e.g. {"Table": {"Scope": "Column"}}.
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    kids: list[StructNode | MarkedContent | Annotation] = field(default_factory=list)
    # Absolute page box of a figure, recorded when it is drawn.
    bbox: tuple[float, float, float, float] | None = None
    # Kept in the tree even with no content (table cells keep the grid regular).
    keep_empty: bool = False
    # The language of its content where it is not the document's (/Lang), e.g. "en-GB".
    lang: str = ""

    def add(
        self,
        role: str,
        *,
        alt: str | None = None,
        attributes: dict[str, dict[str, str]] | None = None,
        keep_empty: bool = False,
        lang: str = "",
    ) -> StructNode:
        child = StructNode(
            role, alt=alt, attributes=attributes or {}, keep_empty=keep_empty, lang=lang
        )
        self.kids.append(child)
        return child

    def append_child_once(self, child: StructNode) -> None:
        """Append `child` unless it is already the last kid (a link resumed on a new page)."""
        if not self.kids or self.kids[-1] is not child:
            self.kids.append(child)


class Tagger:
    """Collects marked content while drawing; writes the structure tree afterwards."""

    def __init__(self) -> None:
        self.root = StructNode("Document")
        # page -> node owning each MCID on that page (the list index is the MCID)
        self._owners: dict[int, list[StructNode]] = {}
        # page -> Link node owning each annotation on that page, in /Annots order
        self._annotations: dict[int, list[StructNode]] = {}

    def begin(self, page: int, node: StructNode) -> str:
        """Allocate the next MCID on `page` to `node`; return the BDC operator."""
        owners = self._owners.setdefault(page, [])
        mcid = len(owners)
        owners.append(node)
        node.kids.append(MarkedContent(page, mcid))
        return f"/{node.role} <</MCID {mcid}>> BDC"

    def annotation(self, page: int, node: StructNode) -> None:
        """Record that the next annotation on `page` belongs to `node`."""
        owners = self._annotations.setdefault(page, [])
        node.kids.append(Annotation(page, len(owners)))
        owners.append(node)

    def write(self, pdf: pikepdf.Pdf) -> None:
        """Add /StructTreeRoot, /ParentTree and the per-page keys to `pdf`.

        About 1,400 elements in the sample, which pikepdf made one call into C++ at a
        time (14 ms): they are written instead as qpdf's JSON (version 2), numbered
        after the file's own objects, and read by qpdf at once (8 ms), the same
        objects (qpdf numbers them again as it saves). Only the pages and the link
        annotations, which are reportlab's objects, gain their keys through pikepdf."""
        pages = [page.obj for page in pdf.pages]
        page_refs = [_json_ref(page) for page in pages]
        # the root made first, so that the tree's numbers follow every object there is
        tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        numbers: dict[int, int] = {}  # id of each node written -> its object number
        objects: list[str] = []
        last = tree_root.objgen[0]
        roles: dict[str, str] = {}  # each role's name, and each set of attributes, once
        attribute_sets: dict[tuple[str, tuple[tuple[str, str], ...]], str] = {}

        def build(node: StructNode, parent: str) -> str | None:
            nonlocal last
            last += 1
            number = last
            reference = f'"{number} 0 R"'
            home = None
            for kid in node.kids:
                if not isinstance(kid, StructNode) and (home is None or kid.page < home):
                    home = kid.page
            kids: list[str] = []
            for kid in node.kids:
                if isinstance(kid, StructNode):
                    child = build(kid, reference)
                    if child is not None:
                        kids.append(child)
                elif isinstance(kid, MarkedContent):
                    if kid.page == home:
                        kids.append(str(kid.mcid))
                    else:
                        page = page_refs[kid.page - 1]
                        kids.append(f'{{"/Type": "/MCR", "/Pg": {page}, "/MCID": {kid.mcid}}}')
                else:
                    annotation = _json_ref(pages[kid.page - 1].Annots[kid.index])
                    page = page_refs[kid.page - 1]
                    kids.append(f'{{"/Type": "/OBJR", "/Obj": {annotation}, "/Pg": {page}}}')
            if not kids and not node.keep_empty:
                last = number - 1  # its kids, had it any, were dropped too: the number is free
                return None
            role = roles.get(node.role)
            if role is None:
                role = roles[node.role] = _json_name(node.role)
            keys = [
                f'"/Type": "/StructElem", "/S": {role}, "/P": {parent}',
                f'"/K": {_json_one_or_array(kids)}',
            ]
            if home is not None:
                keys.append(f'"/Pg": {page_refs[home - 1]}')
            if node.alt is not None:
                keys.append(f'"/Alt": {_json_text(node.alt)}')
            if node.lang:
                keys.append(f'"/Lang": {_json_text(node.lang)}')
            owners = []
            for owner, values in node.attributes.items():
                key = (owner, tuple(values.items()))
                attributes = attribute_sets.get(key)
                if attributes is None:
                    attributes = attribute_sets[key] = _json_attributes(owner, values)
                owners.append(attributes)
            if node.bbox is not None:
                # the numbers as pikepdf writes a float (six places, no trailing zeros)
                bbox = ", ".join(Array(node.bbox).unparse().decode("ascii")[1:-1].split())
                owners.append(f'{{"/O": "/Layout", "/BBox": [{bbox}], "/Placement": "/Block"}}')
            if owners:
                keys.append(f'"/A": {_json_one_or_array(owners)}')
            objects.append(f'"obj:{number} 0 R": {{"value": {{{", ".join(keys)}}}}}')
            numbers[id(node)] = number
            return reference

        document = build(self.root, _json_ref(tree_root))

        nums: list[str] = []
        key = 0
        for page_number, owners in sorted(self._owners.items()):
            elements = ", ".join(f'"{numbers[id(node)]} 0 R"' for node in owners)
            nums.append(f"{key}, [{elements}]")
            pages[page_number - 1].StructParents = key
            key += 1
        for page_number, links in sorted(self._annotations.items()):
            annots = pages[page_number - 1].Annots
            for index, node in enumerate(links):
                annots[index].StructParent = key
                nums.append(f'{key}, "{numbers[id(node)]} 0 R"')
                key += 1
        for page in pages:
            page.Tabs = Name.S
        parent_tree = last + 1
        objects.append(f'"obj:{parent_tree} 0 R": {{"value": {{"/Nums": [{", ".join(nums)}]}}}}')
        root_keys = (
            f'"/Type": "/StructTreeRoot", "/K": {document or "[]"}, '
            f'"/ParentTree": "{parent_tree} 0 R", "/ParentTreeNextKey": {key}'
        )
        objects.append(f'"obj:{tree_root.objgen[0]} 0 R": {{"value": {{{root_keys}}}}}')
        header = (
            '{"jsonversion": 2, "pushedinheritedpageresources": false, '
            f'"calledgetallpages": false, "maxobjectid": {parent_tree}}}'
        )
        text = f'{{"qpdf": [{header}, {{{", ".join(objects)}}}]}}'
        pdf.update_from_qpdf_json(io.BytesIO(text.encode("utf-8")))
        pdf.Root.StructTreeRoot = tree_root


# qpdf's JSON (version 2) for the structure tree's values.
_PLAIN_NAME = re.compile("[A-Za-z0-9]+")


def _json_ref(obj: pikepdf.Object) -> str:
    """A reference to the indirect object `obj`."""
    number, generation = obj.objgen
    if number == 0:
        raise ValueError("a direct object cannot be referred to")  # pragma: no cover
    return f'"{number} {generation} R"'


def _json_name(name: str) -> str:
    """The name /`name` (the writer's roles, attribute owners, keys and values)."""
    if _PLAIN_NAME.fullmatch(name) is None:
        raise ValueError(f"not a plain PDF name: {name!r}")
    return f'"/{name}"'


def _json_text(text: str) -> str:
    """A text string, as qpdf makes it from Unicode (as pikepdf.String does)."""
    return json.dumps("u:" + text)


def _json_one_or_array(values: list[str]) -> str:
    return values[0] if len(values) == 1 else f"[{', '.join(values)}]"


def _json_attributes(owner: str, values: dict[str, str]) -> str:
    keys = [f'"/O": {_json_name(owner)}']
    keys.extend(f"{_json_name(key)}: {_json_name(value)}" for key, value in values.items())
    return "{" + ", ".join(keys) + "}"


class LinkTarget(str):
    """A link's href that also knows its Link node and description.

    Paragraph markup carries hrefs as plain strings; swapping them for this
    subclass after parsing lets the canvas attach each annotation it creates to
    the right Link element without changing the URL written to the file.
    """

    node: StructNode
    description: str

    def __new__(cls, href: str, node: StructNode, description: str) -> LinkTarget:
        target = super().__new__(cls, href)
        target.node = node
        target.description = description
        return target


Furniture = Callable[[Any, int, int], None]


class TaggingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that knows the page count and tags what platypus draws.

    Pages are held back until `save`, so the header and footer callbacks can
    print "Page N of M" on every page (the canvasmaker recipe from the reportlab
    user guide). Lines drawn while `decor_artifact` is set (link underlines)
    are marked as artifacts; link annotations are recorded for the struct tree.
    """

    _code: list[str]  # reportlab's operator list for the current page

    def __init__(
        self,
        *args: Any,
        tagger: Tagger,
        images: ImageStore,
        header: Furniture,
        footer: Furniture,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.tagger = tagger
        self.images = images
        self._header = header
        self._footer = footer
        self._held_pages: list[dict[str, Any]] = []
        # Bookmarks on the current page, written when the page is (see `save`).
        self._bookmarks: list[tuple[str, str, int, float, float]] = []
        self.decor_artifact = False
        # table cells' colours' and texts' operators, as first written (flowables.TaggedCell)
        self.cell_fills: dict[Any, str] = {}
        self.cell_texts: dict[tuple[str, float, str], str] = {}
        # The tagged paragraph whose text object is being written, for SWITCH_CALLBACK.
        self.tag_paragraph: Any = None
        self.setNamedCB(SWITCH_CALLBACK, _switch_marked_content)

    def begin_tag(self, node: StructNode) -> None:
        self._code.append(self.tagger.begin(self.getPageNumber(), node))

    def add_bookmark(self, key: str, title: str, level: int, x: float, y: float) -> None:
        """A destination at (x, y) on this page, and its outline entry.

        Deferred to `save`: a destination refers to the page object reportlab
        creates in showPage, which happens there.
        """
        left, top = self.absolutePosition(x, y)
        self._bookmarks.append((key, title, level, left, top))

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            for key, title, level, left, top in self._bookmarks:
                self.bookmarkPage(key, fit="XYZ", left=left, top=top)
                self.addOutlineEntry(title, key, level)
            # The header goes first in the content stream, so that text extraction
            # that ignores tags still reads header, body, footer.
            body = self._code
            self._code = []
            self._header(self, self._pageNumber, total)
            self._code.extend(body)
            self._footer(self, self._pageNumber, total)
            super().showPage()
        for page in self._doc.Pages.pages:
            page.stream = pdfdoc_bytes(page.stream)
        super().save()

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        if self.decor_artifact:
            self._code.append(ARTIFACT)
            super().line(x1, y1, x2, y2)
            self._code.append(END)
        else:
            super().line(x1, y1, x2, y2)

    def linkURL(self, url: str, rect: Any, relative: int = 0, *args: Any, **kw: Any) -> None:
        if isinstance(url, LinkTarget):
            kw.setdefault("Contents", PDFString(url.description))
            self.tagger.annotation(self.getPageNumber(), url.node)
            url = str(url)
        super().linkURL(url, rect, relative, *args, **kw)


# The ASCII characters PDFDocEncoding does not give the same codes as ASCII.
_NOT_AS_IN_ASCII = re.compile("[\x18-\x1f]")


def pdfdoc_bytes(text: str | bytes) -> str | bytes:
    """A page's operators as the bytes reportlab writes for them: it encodes them in
    PDFDocEncoding as it writes the file, a character at a time (5 ms for the
    sample's 25 pages), and an ASCII text without the characters that encoding gives
    other codes is the same bytes encoded as ASCII at once; any other, as it is."""
    if isinstance(text, str) and text.isascii() and _NOT_AS_IN_ASCII.search(text) is None:
        return text.encode("ascii")
    return text


def _switch_marked_content(canvas: Any, kind: str, label: str) -> None:
    """onDraw callback at a link's start ("s<n>") or end ("e<n>") inside a paragraph.

    Closes the current marked-content sequence and opens one for the link (or for
    the paragraph again), inside the paragraph's text object so BT/ET and BDC/EMC
    stay properly nested.
    """
    paragraph = canvas.tag_paragraph
    if paragraph is None or paragraph.artifact_draw:
        return
    tag = paragraph.tag
    target = tag.links[int(label[1:])] if label.startswith("s") else tag.node
    code = canvas._curr_tx_info["tx"]._code
    code.append(END)
    if target is not tag.node:
        tag.node.append_child_once(target)
    tag.current = target
    code.append(canvas.tagger.begin(canvas.getPageNumber(), target))


def table_render_callback(table: Any, event: str, *args: Any) -> None:
    """Table renderCB: backgrounds and grid lines are artifacts; cells tag themselves."""
    if event in ("startBG", "startLines"):
        table.canv.addLiteral(ARTIFACT)
    elif event in ("endBG", "endLines"):
        table.canv.addLiteral(END)
