"""The caches are keyed by content: a cached chart or input is reused only while
every line of code that could shape it, and the files it was made from, are
unchanged; the same quarter written two ways is one entry; the definition is read
once a build."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.content.input_cache import inputs_key, quarter_key
from generator.read.definitions import load_report
from generator.run.build import BuildOptions, build
from tests.report_folder import make_report
from tests.scope import new_process

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# Appended to a copy of the rules: every figure the charts label gains a mark.
NEW_FORMATTING = """

_format_value = format_value


def format_value(value, unit, decimals=0, messages=None):  # type: ignore[no-redef]
    return "~" + _format_value(value, unit, decimals, messages)
"""


def _build_with(package_parent: Path | None, root: Path) -> tuple[int, int, str]:
    """`appendix build` in `root`, with the package found under `package_parent`
    (a changed copy) or the one installed; returns the charts drawn and reused."""
    env = dict(os.environ, APPENDIX_WORKERS="1")
    if package_parent is not None:
        env["PYTHONPATH"] = str(package_parent)
    done = subprocess.run(
        [sys.executable, "-c", "from generator.cli import entry; entry()", "build"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    match = re.search(r"Charts: (\d+) drawn, (\d+) reused from the cache", done.stdout)
    assert match, done.stdout
    return int(match[1]), int(match[2]), done.stdout


def _changed_copy(tmp_path: Path, module: str, change: str) -> Path:
    parent = tmp_path / "changed"
    shutil.copytree(PACKAGE, parent / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    path = parent / "generator" / module
    path.write_text(path.read_text(encoding="utf-8") + change, encoding="utf-8")
    return parent


@new_process
def test_a_change_to_the_number_formatting_redraws_every_chart(tmp_path: Path) -> None:
    """The charts label their figures with the rules' formatting, outside charts/:
    a new release that formats numbers otherwise must not reuse the old charts."""
    root = make_report(tmp_path / "report")
    drawn, reused, _ = _build_with(None, root)
    assert drawn > 0 and reused == 0
    assert _build_with(None, root)[:2] == (0, drawn)  # unchanged code: all reused
    before = (root / "output" / "ts-appendix-2024-25-Q2.docx").read_bytes()
    changed = _changed_copy(tmp_path, "core/rules.py", NEW_FORMATTING)
    assert _build_with(changed, root)[:2] == (drawn, 0)
    # and what was drawn is the new formatting, not the old charts under a new name
    assert (root / "output" / "ts-appendix-2024-25-Q2.docx").read_bytes() != before


def test_a_module_moved_into_a_new_folder_invalidates_the_input_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The input cache is keyed by every module of the package, by its place too: a
    module moved into a folder of its own changes the key (the old key hashed only
    the package's top folder, so a moved module stopped counting)."""
    import generator.core.fingerprint as fingerprint

    root = make_report(tmp_path / "report")
    report = load_report(root / "data" / "report.yaml")
    copy = tmp_path / "copy" / "generator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "PACKAGE", copy)
    fingerprint._own_fingerprint.cache_clear()
    first = inputs_key(report, None)
    fingerprint._own_fingerprint.cache_clear()
    assert inputs_key(report, None) == first
    (copy / "read" / "workbooks").mkdir()
    (copy / "read" / "sheets.py").rename(copy / "read" / "workbooks" / "sheets.py")
    fingerprint._own_fingerprint.cache_clear()
    moved = inputs_key(report, None)
    fingerprint._own_fingerprint.cache_clear()
    monkeypatch.undo()
    assert moved != first


def test_a_build_reads_its_inputs_afresh_when_the_code_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the test above means for a user: the data are read again, not taken
    from a cache that code no longer in the package made."""
    import generator.content.inputs as inputs_module
    import generator.core.fingerprint as fingerprint

    root = make_report(tmp_path / "report")
    options = BuildOptions(root, formats=("html",), workers=1, check=False)
    build(options)
    reads: list[object] = []
    real = inputs_module.load_data
    monkeypatch.setattr(inputs_module, "load_data", lambda *a: reads.append(a) or real(*a))
    build(options)
    assert reads == []  # reused
    monkeypatch.setattr(fingerprint, "_own_fingerprint", lambda: "another release")
    build(options)
    assert len(reads) == 1


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("2024/25 Q2", "2024-25 Q2"),
        ("Q2 2024/25", "2024-25 Q2"),
        ("  2024-25   Q2 ", "2024-25 Q2"),
        ("2024-25-Q2", "2024-25 Q2"),
    ],
)
def test_one_quarter_written_two_ways_is_one_cache_entry(written: str, same_as: str) -> None:
    assert quarter_key(written) == quarter_key(same_as)


def test_other_quarters_and_the_latest_are_other_entries() -> None:
    keys = [quarter_key(q) for q in ("2024-25 Q2", "2024-25 Q3", "2023-24 Q2")]
    assert len({*keys, quarter_key(None)}) == 4
    assert quarter_key("not a quarter") == "not a quarter"  # refused later, by the build


def test_a_build_of_a_quarter_written_otherwise_reuses_the_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.content.inputs as inputs_module

    root = make_report(tmp_path / "report")
    build(BuildOptions(root, quarter="2024-25 Q2", formats=("html",), workers=1, check=False))
    reads: list[object] = []
    real = inputs_module.load_data
    monkeypatch.setattr(inputs_module, "load_data", lambda *a: reads.append(a) or real(*a))
    build(BuildOptions(root, quarter="2024/25 Q2", formats=("html",), workers=1, check=False))
    assert reads == []


def test_the_definition_is_read_once_a_build_and_not_again_while_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted where the YAML is parsed, whichever module asks: once in a first build,
    not at all in the next (the definition as the last build kept it), once again
    after it is edited, and once a build with --no-cache."""
    import generator.read.yaml_parse as yaml_parse

    root = make_report(tmp_path / "report")
    definition = root / "data" / "report.yaml"
    parsed: list[str] = []
    real = yaml_parse.parse_yaml

    def counted(text: str) -> object:
        if text == definition.read_text(encoding="utf-8"):
            parsed.append(text)
        return real(text)

    monkeypatch.setattr(yaml_parse, "parse_yaml", counted)
    for use_cache, edit, times in [
        (True, False, 1),  # cold
        (True, False, 0),  # warm: kept
        (True, True, 1),  # edited: read again
        (True, False, 0),
        (False, False, 1),  # --no-cache
    ]:
        if edit:
            text = definition.read_text(encoding="utf-8")
            definition.write_text(text.replace("Test Services", "Tested Services"), "utf-8")
        parsed.clear()
        out = tmp_path / "out"
        build(BuildOptions(root, formats=("html",), out=out, workers=1, use_cache=use_cache))
        assert len(parsed) == times
    page = out / "ts-appendix-2024-25-Q2.html"
    assert "Tested Services" in page.read_text(encoding="utf-8")


def test_a_rebuild_of_an_unchanged_folder_does_not_load_pyyaml(tmp_path: Path) -> None:
    """A rebuild finds the definition and the house style as the last build read them,
    so it never loads PyYAML (0.013 s of every rebuild's start)."""
    root = make_report(tmp_path / "report")
    build(BuildOptions(root, formats=("html",), workers=1))
    script = (
        "import sys\n"
        "from generator.run.build import BuildOptions, build\n"
        "from pathlib import Path\n"
        f"build(BuildOptions(Path({str(root)!r}), formats=('html',), workers=1))\n"
        "print(sorted(m for m in sys.modules if m == 'yaml' or m.startswith('yaml.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_font_file_deleted_after_a_build_is_named_by_the_next(tmp_path: Path) -> None:
    """The house style is kept with the validated inputs, but the files it names are
    looked for again each build, as reading it does: one deleted since is one clear
    message naming it, not an error met later by the PDF's writer."""
    import matplotlib

    from generator.core.errors import InputError

    root = make_report(tmp_path / "report")
    fonts = root / "styles" / "fonts"
    fonts.mkdir()
    shipped = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    faces = {"regular": "", "bold": "-Bold", "italic": "-Oblique", "bold_italic": "-BoldOblique"}
    for face, suffix in faces.items():
        shutil.copy(shipped / f"DejaVuSans{suffix}.ttf", fonts / f"{face}.ttf")
    style = root / "styles" / "house.yaml"
    lines = "".join(f"    {face}: fonts/{face}.ttf\n" for face in faces)
    style.write_text(style.read_text(encoding="utf-8") + f"fonts:\n  Georgia:\n{lines}", "utf-8")
    options = BuildOptions(root, formats=("html",), workers=1, check=False)
    build(options)
    build(options)  # the style as kept
    (fonts / "bold.ttf").unlink()
    with pytest.raises(InputError) as refused:
        build(options)
    assert "font file for 'bold' not found" in refused.value.message()
    assert "fonts.Georgia" in refused.value.message()


def test_a_definition_cache_entry_from_elsewhere_is_never_loaded(tmp_path: Path) -> None:
    """As the validated inputs': a kept definition that this user's builds did not seal
    is read again from the file, never unpickled."""
    import pickle

    from generator.content.input_cache import definition_file, definition_key

    root = make_report(tmp_path / "report")
    definition = root / "data" / "report.yaml"
    cache = root / "output" / ".cache" / "inputs"
    cache.mkdir(parents=True)
    marker = tmp_path / "code-ran"
    relative = Path("data") / "report.yaml"  # as the build names it, from its folder
    for path in (definition, relative):
        key = definition_key(path, definition.read_bytes())
        definition_file(cache, key).write_bytes(pickle.dumps(_Runs(marker)))
    build(BuildOptions(root, formats=("html",), workers=1, check=False))
    assert not marker.exists()


def test_a_commentary_edit_measures_only_its_own_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each section's fit to the page is kept by its content: a rebuild after one
    indicator's commentary changed lays out that section alone, and an unchanged
    rebuild loads no font to measure with."""
    import generator.run.pages as pages

    root = make_report(tmp_path / "report")
    measured: list[str] = []
    made: list[object] = []
    real_fit, real_measure = pages._fit, pages._Measure

    def fit(section: object, at: int, ident: str, *rest: object) -> object:
        measured.append(ident)
        return real_fit(section, at, ident, *rest)  # type: ignore[arg-type]

    def measure(look: object, *fonts: object) -> object:
        made.append(look)
        return real_measure(look, *fonts)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "_fit", fit)
    monkeypatch.setattr(pages, "_Measure", measure)
    options = BuildOptions(root, formats=("html",), workers=1, check=False)
    first = build(options).written[0].read_bytes()
    assert sorted(measured) == ["TS1", "TS2"] and len(made) == 1
    measured.clear()
    made.clear()
    assert build(options).written[0].read_bytes() == first
    assert measured == [] and made == []
    commentary = root / "narratives" / "2024-25-Q2" / "TS2.md"
    commentary.write_text(commentary.read_text(encoding="utf-8") + "\nOne more line.\n")
    build(options)
    assert measured == ["TS2"]
    # A damaged entry is measured again, not trusted.
    for entry in (root / "output" / ".cache" / "pages").rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    measured.clear()
    commentary.write_text(commentary.read_text(encoding="utf-8") + "\nAnd another.\n")
    again = build(options).written[0].read_bytes()
    assert sorted(measured) == ["TS1", "TS2"]
    fresh = build(BuildOptions(root, formats=("html",), workers=1, check=False, use_cache=False))
    assert fresh.written[0].read_bytes() == again


def test_a_commentary_edit_checks_only_its_own_commentary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check's findings, counted by a build, are kept by what each was found from:
    a rebuild after one commentary changed checks that one alone, an unchanged one
    none, and the count is the one a build without the cache makes."""
    import generator.editors.check as check

    root = make_report(tmp_path / "report")
    checked: list[str] = []
    real = check.check_text

    def counted(facts: Any, text: str, *rest: Any, **named: Any) -> Any:
        checked.append(facts.indicator.id)
        return real(facts, text, *rest, **named)

    monkeypatch.setattr(check, "check_text", counted)
    options = BuildOptions(root, formats=("html",), workers=1)
    assert build(options).findings == 0
    assert sorted(checked) == ["TS1", "TS2"]
    checked.clear()
    assert build(options).findings == 0
    assert checked == []
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(
        commentary.read_text(encoding="utf-8") + "\nThe latest figure is 64%.\n", encoding="utf-8"
    )
    assert build(options).findings == 1
    assert checked == ["TS1"]
    # A damaged entry is checked again, not trusted; a build without the cache reads none.
    for entry in (root / "output" / ".cache" / "findings").rglob("*.json"):
        entry.write_text("7 findings", encoding="utf-8")
    checked.clear()
    assert build(options).findings == 1
    assert sorted(checked) == ["TS1", "TS2"]
    checked.clear()
    fresh = build(BuildOptions(root, formats=("html",), workers=1, use_cache=False))
    assert (fresh.findings, sorted(checked)) == (1, ["TS1", "TS2"])
    # A missing commentary is a finding every build, with nothing to check.
    (root / "narratives" / "2024-25-Q2" / "TS2.md").unlink()
    checked.clear()
    assert (build(options).findings, checked) == (2, [])


def test_a_rebuild_with_a_worker_checks_the_edited_commentary_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild of the DOCX and PDF with a worker (which measures the changed section
    and writes the PDF) after one commentary changed: that commentary alone is
    checked, once."""
    import multiprocessing

    import generator.editors.check as check

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the count is seen here only where the worker is forked")
    monkeypatch.setenv("APPENDIX_START_METHOD", "fork")
    root = make_report(tmp_path / "report")
    checked: list[str] = []
    real = check.check_text

    def counted(facts: Any, text: str, *rest: Any, **named: Any) -> Any:
        checked.append(facts.indicator.id)
        return real(facts, text, *rest, **named)

    monkeypatch.setattr(check, "check_text", counted)
    options = BuildOptions(root, formats=("docx", "pdf"), workers=2)
    assert build(options).findings == 0
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(
        commentary.read_text(encoding="utf-8") + "\nThe latest figure is 64%.\n", encoding="utf-8"
    )
    checked.clear()
    assert build(options).findings == 1
    assert checked == ["TS1"]


class _Runs:
    """A pickle that, when loaded, touches a file: code run from a cache entry."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Path.touch, (self.marker,))


def test_an_input_cache_entry_from_elsewhere_is_never_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An output folder may be shared or mailed: a validated-inputs entry that this
    user's builds did not seal is made again, never unpickled (unpickling runs code)."""
    import pickle

    from generator.content.inputs import load_inputs

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    root = make_report(tmp_path / "report")
    report = load_report(root / "data" / "report.yaml")
    key = inputs_key(report, None)
    cache = root / "output" / ".cache" / "inputs"
    cache.mkdir(parents=True)
    marker = tmp_path / "code-ran"
    (cache / f"{key}.pickle").write_bytes(pickle.dumps(_Runs(marker)))
    build(BuildOptions(root, formats=("html",), workers=1, check=False))
    assert not marker.exists()
    # and the entry is now this user's own, reused by the next build
    inputs = load_inputs(root, None, cache)
    assert inputs.cache_key == key and not marker.exists()


def test_a_chart_cache_entry_that_is_a_link_or_not_a_png_is_drawn_again(
    tmp_path: Path,
) -> None:
    """A link in the chart cache to a local file never brings that file's bytes into an
    edition; an entry that is not a PNG is drawn again; both are replaced."""
    root = make_report(tmp_path / "report")
    options = BuildOptions(root, formats=("html",), workers=1, check=False)
    first = build(options)
    page = first.written[0].read_bytes()
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"PASSWORD=hunter2")
    entries = sorted((root / "output" / ".cache" / "charts").rglob("*.png"))
    assert entries
    entries[0].unlink()
    entries[0].symlink_to(secret)
    for entry in entries[1:]:
        entry.write_bytes(b"not a picture")
    again = build(options)
    assert (again.charts_drawn, again.charts_reused) == (len(entries), 0)
    assert b"hunter2" not in again.written[0].read_bytes()
    assert again.written[0].read_bytes() == page
    assert not any(entry.is_symlink() for entry in entries)
    assert secret.read_bytes() == b"PASSWORD=hunter2"
    assert build(options).charts_reused == len(entries)


def _dist_info(folder: Path, directory: str, version: str) -> None:
    (folder / directory).mkdir(parents=True)
    (folder / directory / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {directory.split('-')[0]}\nVersion: {version}\n\n"
        "Version: 9.9 (in the description, not a header)\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("name", "installs", "expected"),
    [
        ("pypng", [("pypng-0.20220715.0.dist-info", "0.20220715.0")], "0.20220715.0"),
        ("Py_PNG", [("py.png-1.0.dist-info", "1.0")], "1.0"),  # names compared normalised
        ("pypng", [("pypng-9.dist-info", "9")], "9"),
        ("pypng", [], None),
        ("pypng", [("other-1.0.dist-info", "1.0")], None),
        # The version is the METADATA's, where the folder's name says otherwise.
        ("pypng", [("pypng-1.0.dist-info", "1.0.post1")], "1.0.post1"),
    ],
)
def test_a_library_version_is_the_one_importlib_metadata_finds(
    tmp_path: Path, name: str, installs: list[tuple[str, str]], expected: str | None
) -> None:
    """The chart cache is keyed by the drawing libraries' versions, read without
    loading importlib.metadata (a tenth of a second a build): the same answer."""
    from importlib.metadata import distributions

    from generator.core.fingerprint import installed_version

    site = tmp_path / "site"
    site.mkdir()
    for directory, number in installs:
        _dist_info(site, directory, number)
    path = [str(tmp_path / "missing"), str(site)]
    assert installed_version(name, path) == expected
    found = distributions(path=path)
    theirs = next((d.version for d in found if _normal(d.metadata["Name"]) == _normal(name)), None)
    assert theirs == expected


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def test_the_first_install_on_the_path_is_the_one_used(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _dist_info(first, "pypng-2.0.dist-info", "2.0")
    _dist_info(second, "pypng-1.0.dist-info", "1.0")
    from generator.core.fingerprint import installed_version

    assert installed_version("pypng", [str(first), str(second)]) == "2.0"
    assert installed_version("pypng", [str(second), str(first)]) == "1.0"


def test_the_installed_drawing_libraries_are_read_as_importlib_metadata_reads_them() -> None:
    from importlib.metadata import version

    from generator.core.fingerprint import installed_version
    from generator.run.pipeline import CHART_LIBRARIES

    for name in CHART_LIBRARIES:
        assert installed_version(name) == version(name)
