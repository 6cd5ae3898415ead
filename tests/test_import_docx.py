"""`appendix import`: edits made to the commentary in Word come back to the Markdown.

Each test edits a built DOCX the way Word writes an editor's changes (python-docx and
the XML Word writes), imports it, and looks at the commentary files and at what the
command says.
"""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from generator.api import Report
from generator.editors.wordback.edited import read_edited
from tests.libreoffice import needs_libreoffice
from tests.report_folder import make_report

COMMENTARY = {
    "TS1": "In {{ latest_period }}, {{ latest }} of requests were answered on time, "
    "against {{ previous }} a quarter earlier.\n"
    "\n"
    "The team kept its weekly reviews of late requests.\n"
    "\n"
    "A paragraph the director wants gone.\n"
    "\n"
    "- rated {{ rag }}\n"
    "- trend: {{ trend }}\n",
    "TS2": "Visits made reached {{ series.made.latest }}.\n",
}
QUARTER = "2024-25-Q2"
EDITION = f"ts-appendix-{QUARTER}.docx"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_report(tmp_path_factory.mktemp("built"), commentary=COMMENTARY)
    Report(root).build(formats="docx")
    return root


@pytest.fixture
def folder(built: Path, tmp_path: Path) -> Path:
    root = tmp_path / "report"
    shutil.copytree(built, root)
    return root


def run_import(root: Path, docx_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from generator.cli import entry; entry()", "import",
         str(docx_path), "--root", str(root), *args],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def commentary(root: Path, ident: str = "TS1") -> str:
    return (root / "narratives" / QUARTER / f"{ident}.md").read_text(encoding="utf-8")


def edit(root: Path, change: Callable[[docx.document.Document], None], name: str = "e") -> Path:
    """A copy of the built DOCX, changed by `change` and saved."""
    document = docx.Document(str(root / "output" / EDITION))
    change(document)
    target = root / f"{name}.docx"
    document.save(str(target))
    return target


def paragraphs_of(
    document: docx.document.Document, ident: str, mark: str | None = None
) -> list[object]:
    """The commentary paragraphs of `ident` (after its 'Commentary' heading, bookmarked
    `commentary_<ident>`, or `mark` where given: another language half's)."""
    body = list(document.paragraphs)
    for index, p in enumerate(body):
        names = [b.get(qn("w:name")) for b in p._p.iter(qn("w:bookmarkStart"))]
        if (mark or f"commentary_{ident}") in names:
            found = []
            for q in body[index + 1 :]:
                if q.style.name.startswith("Heading") and int(q.style.name[-1]) <= 3:
                    break
                found.append(q)
            return found
    raise AssertionError(f"no commentary for {ident}")


def set_text(paragraph: object, text: str) -> None:
    runs = paragraph.runs  # type: ignore[attr-defined]
    runs[0].text = text
    for run in runs[1:]:
        run._r.getparent().remove(run._r)


def word_changed(document: docx.document.Document) -> None:
    first = paragraphs_of(document, "TS1")[0]
    set_text(first, first.text.replace("requests", "enquiries"))  # type: ignore[attr-defined]


def commentary_units(path: Path) -> list[object]:
    return read_edited(path, "accept", ["TS1", "TS2"]).commentary["TS1"]


# The unedited file ----------------------------------------------------------------


def test_importing_the_unedited_docx_changes_no_file(folder: Path) -> None:
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    result = run_import(folder, folder / "output" / EDITION)
    assert result.returncode == 0, result.stderr
    assert "Nothing to import" in result.stdout
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before


def test_two_builds_of_the_docx_are_the_same_bytes(folder: Path, tmp_path: Path) -> None:
    again = Report(folder).build(formats="docx", out=tmp_path / "again")[0]
    assert again.read_bytes() == (folder / "output" / EDITION).read_bytes()


# Paragraph edits --------------------------------------------------------------------


def test_a_word_changed_keeps_the_placeholders_live_and_the_rest_exact(folder: Path) -> None:
    source = commentary(folder)
    result = run_import(folder, edit(folder, word_changed))
    assert result.returncode == 0, result.stderr
    assert commentary(folder) == source.replace("requests", "enquiries", 1)
    assert "TS1: paragraphs 1 changed" in result.stdout
    assert commentary(folder, "TS2") == COMMENTARY["TS2"]


def test_a_figure_typed_over_is_kept_as_typed_and_checked(folder: Path) -> None:
    def typed(document: docx.document.Document) -> None:
        first = paragraphs_of(document, "TS1")[0]
        set_text(first, first.text.replace("71%", "75%"))  # type: ignore[attr-defined]

    result = run_import(folder, edit(folder, typed))
    assert result.returncode == 0, result.stderr
    first = commentary(folder).splitlines()[0]
    assert "75% of requests" in first and "{{ latest }}" not in first
    assert "{{ latest_period }}" in first and "{{ previous }}" in first
    assert "{{ latest }} typed over" in result.stdout
    assert "line 1: TS1: '75%': says 75% for Quarter 2 2024/25; the data has 71%" in result.stdout


def test_a_paragraph_added_and_one_deleted(folder: Path) -> None:
    def added_deleted(document: docx.document.Document) -> None:
        paragraphs = paragraphs_of(document, "TS1")
        new = copy.deepcopy(paragraphs[1]._p)  # type: ignore[attr-defined]
        paragraphs[1]._p.addnext(new)  # type: ignore[attr-defined]
        set_text(docx.text.paragraph.Paragraph(new, None), "Staffing recovered in August.")
        gone = paragraphs[2]._p  # type: ignore[attr-defined]
        gone.getparent().remove(gone)

    result = run_import(folder, edit(folder, added_deleted))
    assert result.returncode == 0, result.stderr
    lines = COMMENTARY["TS1"].splitlines()
    assert commentary(folder).splitlines() == [
        *lines[:3],
        "",
        "Staffing recovered in August.",
        "",
        *lines[6:],
    ]


def test_bold_a_link_and_a_list_item_come_back_as_markdown(folder: Path) -> None:
    def styled(document: docx.document.Document) -> None:
        paragraphs = paragraphs_of(document, "TS1")
        second = paragraphs[1]
        set_text(second, "The team kept its ")
        second.add_run("weekly").bold = True  # type: ignore[attr-defined]
        second.add_run(" reviews of ")  # type: ignore[attr-defined]
        rid = second.part.relate_to(  # type: ignore[attr-defined]
            "https://example.org/late", RT.HYPERLINK, is_external=True
        )
        link = parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t>late requests</w:t>'
            "</w:r></w:hyperlink>"
        )
        second._p.append(link)  # type: ignore[attr-defined]
        second.add_run(".")  # type: ignore[attr-defined]
        item = paragraphs[-1]._p  # type: ignore[attr-defined]
        new = copy.deepcopy(item)
        item.addnext(new)
        set_text(docx.text.paragraph.Paragraph(new, None), "next review: January")

    edited = edit(folder, styled)
    result = run_import(folder, edited)
    assert result.returncode == 0, result.stderr
    lines = commentary(folder).splitlines()
    assert (
        lines[2]
        == "The team kept its **weekly** reviews of [late requests](https://example.org/late)."
    )
    assert lines[-3:] == ["- rated {{ rag }}", "- trend: {{ trend }}", "- next review: January"]
    rebuilt = Report(folder).build(formats="docx", out=folder / "again")[0]
    assert commentary_units(rebuilt) == commentary_units(edited)


# Tracked changes and comments -----------------------------------------------------------

INSERTED = (
    f'<w:ins {nsdecls("w")} w:id="901" w:author="A. Director" w:date="2024-11-04T09:30:00Z">'
    '<w:r><w:t xml:space="preserve"> Overtime ended in September.</w:t></w:r></w:ins>'
)
DELETED = (
    f'<w:del {nsdecls("w")} w:id="902" w:author="A. Director" w:date="2024-11-04T09:31:00Z">'
    "<w:r><w:delText>weekly </w:delText></w:r></w:del>"
)


def tracked(document: docx.document.Document) -> None:
    paragraphs = paragraphs_of(document, "TS1")
    paragraphs[0]._p.append(parse_xml(INSERTED))  # type: ignore[attr-defined]
    second = paragraphs[1]
    set_text(second, "The team kept its ")
    second._p.append(parse_xml(DELETED))  # type: ignore[attr-defined]
    second.add_run("reviews of late requests.")  # type: ignore[attr-defined]


def test_tracked_changes_are_listed_and_nothing_is_taken_undecided(folder: Path) -> None:
    before = commentary(folder)
    result = run_import(folder, edit(folder, tracked))
    assert result.returncode == 2
    assert 'TS1: A. Director inserted "Overtime ended in September."' in result.stdout
    assert 'TS1: A. Director deleted "weekly"' in result.stdout
    assert "--accept-changes or --reject-changes" in result.stderr
    assert commentary(folder) == before


@pytest.mark.parametrize(
    ("flag", "first_ends", "second"),
    [
        ("--accept-changes", "earlier. Overtime ended in September.",
         "The team kept its reviews of late requests."),
        ("--reject-changes", "earlier.", "The team kept its weekly reviews of late requests."),
    ],
)  # fmt: skip
def test_tracked_changes_accepted_or_rejected(
    folder: Path, flag: str, first_ends: str, second: str
) -> None:
    result = run_import(folder, edit(folder, tracked), flag)
    assert result.returncode == 0, result.stderr
    lines = commentary(folder).splitlines()
    assert lines[0].endswith(first_ends) and lines[0].startswith("In {{ latest_period }}")
    assert lines[2] == second


def test_a_comment_goes_to_the_review_file_not_the_commentary(folder: Path) -> None:
    def commented(document: docx.document.Document) -> None:
        run = paragraphs_of(document, "TS1")[1].runs[0]  # type: ignore[attr-defined]
        document.add_comment(run, "Which reviews? Name the panel.", author="Cabinet Office")

    before = commentary(folder)
    result = run_import(folder, edit(folder, commented))
    assert result.returncode == 0, result.stderr
    assert commentary(folder) == before
    review = (folder / "narratives" / QUARTER / "TS1.review.md").read_text(encoding="utf-8")
    assert "Cabinet Office" in review and "Which reviews? Name the panel." in review
    assert 'on "The team kept its weekly reviews of late requests."' in review


# Edits outside commentary, and files from elsewhere ---------------------------------------


def test_a_changed_technical_note_and_table_figure_are_listed_not_taken(folder: Path) -> None:
    def outside(document: docx.document.Document) -> None:
        note = next(p for p in document.paragraphs if "CRR0001" in p.text)
        set_text(note, "Corporate Risk Register: CRR0002")
        cell = next(
            c for t in document.tables[1:2] for row in t.rows for c in row.cells if c.text == "71%"
        )
        set_text(cell.paragraphs[0], "72%")

    before = {p: p.read_bytes() for p in (folder / "narratives").rglob("*.md")}
    result = run_import(folder, edit(folder, outside))
    assert result.returncode == 0, result.stderr
    assert 'TS1: notes changed ("Corporate Risk Register: CRR0002")' in result.stderr
    assert "data/report.yaml" in result.stderr
    assert 'TS1: table changed ("72%")' in result.stderr
    assert "the data files" in result.stderr
    assert {p: p.read_bytes() for p in (folder / "narratives").rglob("*.md")} == before


def test_a_docx_not_made_by_the_tool_is_refused(folder: Path) -> None:
    other = folder / "other.docx"
    docx.Document().save(str(other))
    result = run_import(folder, other)
    assert result.returncode == 2
    assert "not an appendix edition made by `appendix build`" in result.stderr
    assert result.stderr.count("error:") == 1


def test_a_docx_of_another_quarter_is_refused(folder: Path) -> None:
    built = folder / "output" / EDITION
    with zipfile.ZipFile(built) as package:
        entries = {n: package.read(n) for n in package.namelist()}
    entries["docProps/custom.xml"] = entries["docProps/custom.xml"].replace(
        b"2024/25 Q2", b"2024/25 Q1"
    )
    other = folder / "q1.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in entries.items():
            package.writestr(name, data)
    other.write_bytes(buffer.getvalue())
    before = commentary(folder)
    result = run_import(folder, other)
    assert result.returncode == 2
    assert "2024/25 Q1" in result.stderr and "error:" in result.stderr
    assert commentary(folder) == before


def test_diff_shows_the_change_and_dry_run_writes_nothing(folder: Path) -> None:
    before = commentary(folder)
    result = run_import(folder, edit(folder, word_changed), "--diff", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "-In {{ latest_period }}, {{ latest }} of requests" in result.stdout
    assert "+In {{ latest_period }}, {{ latest }} of enquiries" in result.stdout
    assert commentary(folder) == before


# A re-save in LibreOffice ------------------------------------------------------------------


@needs_libreoffice
def test_the_edits_survive_a_libreoffice_resave(folder: Path, tmp_path: Path) -> None:
    def edits(document: docx.document.Document) -> None:
        word_changed(document)
        paragraphs = paragraphs_of(document, "TS1")
        item = paragraphs[-1]._p  # type: ignore[attr-defined]
        new = copy.deepcopy(item)
        item.addnext(new)
        set_text(docx.text.paragraph.Paragraph(new, None), "next review: January")
        document.add_comment(paragraphs[1].runs[0], "Name the panel.", author="Cabinet Office")  # type: ignore[attr-defined]

    edited = edit(folder, edits)
    saved = tmp_path / "resaved"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "docx", "--outdir", str(saved), str(edited)],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    result = run_import(folder, saved / edited.name)
    assert result.returncode == 0, result.stderr
    expected = COMMENTARY["TS1"].replace("requests", "enquiries", 1) + "- next review: January\n"
    assert commentary(folder) == expected
    review = (folder / "narratives" / QUARTER / "TS1.review.md").read_text(encoding="utf-8")
    assert "Name the panel." in review


def test_an_import_interrupted_before_every_file_is_ready_changes_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.editors.wordback import importer

    def both(document: docx.document.Document) -> None:
        word_changed(document)
        first = paragraphs_of(document, "TS2")[0]
        set_text(first, first.text.replace("reached", "came to"))  # type: ignore[attr-defined]

    plan = importer.plan_import(folder, edit(folder, both), None)
    assert len(plan.writes) == 2
    before = {p: p.read_bytes() for p in (folder / "narratives").rglob("*") if p.is_file()}
    made = importer.tempfile.mkstemp
    calls: list[int] = []

    def interrupted(*args: object, **kwargs: object) -> tuple[int, str]:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return made(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer.tempfile, "mkstemp", interrupted)
    with pytest.raises(KeyboardInterrupt):
        importer.apply_import(plan)
    monkeypatch.setattr(importer.tempfile, "mkstemp", made)
    after = {p: p.read_bytes() for p in (folder / "narratives").rglob("*") if p.is_file()}
    assert after == before  # no file changed, no temporary file left
    importer.apply_import(plan)
    assert "came to" in commentary(folder, "TS2") and "enquiries" in commentary(folder)


def test_commentary_changed_since_the_build_is_named_and_left_alone(folder: Path) -> None:
    path = folder / "narratives" / QUARTER / "TS1.md"
    path.write_text(COMMENTARY["TS1"].replace("weekly", "monthly"), encoding="utf-8")
    before = commentary(folder)
    result = run_import(folder, edit(folder, word_changed))
    assert result.returncode == 0, result.stderr
    assert "TS1:" in result.stderr and "changed since this DOCX was built" in result.stderr
    assert commentary(folder) == before
