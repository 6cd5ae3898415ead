"""`appendix preview`: on the loopback address, rebuilt on save, never stopped by bad input."""

from __future__ import annotations

import re
import socket
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.run.preview import BindRefused, Preview, wait_for
from tests.report_folder import make_report


def _get(port: int, path: str = "/") -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
        return str(response.read().decode("utf-8"))


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, int, Preview]]:
    root = make_report(tmp_path / "report")
    preview = Preview(root)
    port = preview.start(0)
    yield root, port, preview
    preview.stop()


def test_the_page_is_served_with_its_reload_script_only(
    served: tuple[Path, int, Preview], tmp_path: Path
) -> None:
    root, port, _ = served
    page = _get(port)
    assert "Answered on time" in page and "TS2: Number of visits" in page
    assert page.count("<script>") == 1 and 'new EventSource("/events")' in page
    # The built file carries no script.
    from generator.run.build import BuildOptions, build

    (built,) = build(BuildOptions(root=root, out=tmp_path / "built", formats=("html",))).written
    assert "<script" not in built.read_text(encoding="utf-8")


def test_an_edit_appears_and_the_open_page_is_told(served: tuple[Path, int, Preview]) -> None:
    root, port, preview = served
    before = preview.version
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/events", timeout=30) as events:
        assert events.readline().decode() == f"data: {before}\n"
        events.readline()
        commentary = root / "narratives" / "2024-25-Q2" / "TS2.md"
        commentary.write_text("Visits were **steady** this quarter.\n", encoding="utf-8")
        # The open page hears of the new version without asking again.
        told = events.readline().decode()
        assert told.startswith("data: ") and int(told[6:]) > before
    assert "Visits were <strong>steady</strong> this quarter." in _get(port)


def test_a_broken_file_shows_its_message_and_fixing_it_brings_the_page_back(
    served: tuple[Path, int, Preview],
) -> None:
    root, port, _ = served
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    good = commentary.read_text(encoding="utf-8")
    commentary.write_text("Answered: {{ lastest }}\n", encoding="utf-8")
    assert wait_for(lambda: "cannot be built" in _get(port), timeout=30)
    page = _get(port)
    assert "unknown placeholder" in page and "TS1.md" in page and "lastest" in page
    commentary.write_text(good + "\nBack again.\n", encoding="utf-8")
    assert wait_for(lambda: "Back again." in _get(port), timeout=30)
    # Bad data is reported too, and the preview keeps running.
    data = root / "data" / "values.csv"
    sound = data.read_text(encoding="utf-8")
    data.write_text(sound.replace("TS1,2024/25 Q2,,71.0", "TS1,2024/25 Q2,,171.0"), "utf-8")
    assert wait_for(lambda: "is over 100" in _get(port), timeout=30)
    data.write_text(sound, encoding="utf-8")
    assert wait_for(lambda: "Back again." in _get(port), timeout=30)


def test_the_server_stops_cleanly(tmp_path: Path) -> None:
    preview = Preview(make_report(tmp_path / "report"))
    port = preview.start(0)
    assert "Answered on time" in _get(port)
    preview.stop()
    assert not any(thread.is_alive() for thread in preview.threads)
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


@pytest.mark.parametrize("address", ["0.0.0.0", "192.168.1.10", "localhost", "::"])
def test_it_refuses_any_address_but_loopback(tmp_path: Path, address: str) -> None:
    preview = Preview(make_report(tmp_path / "report"))
    with pytest.raises(BindRefused, match=r"only on 127\.0\.0\.1"):
        preview.start(0, address)
    assert preview.server is None


def test_the_command_refuses_another_address_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(make_report(tmp_path / "report"))
    monkeypatch.setattr(sys, "argv", ["appendix", "preview", "--bind", "0.0.0.0"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2
    assert "serves only on 127.0.0.1" in capsys.readouterr().err


def test_the_open_page_reloads_itself_in_a_browser(served: tuple[Path, int, Preview]) -> None:
    from tests.browser import browser

    root, port, _ = served
    with browser() as chromium:
        page = chromium.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        assert "Answered on time" in page.inner_text("main")
        commentary = root / "narratives" / "2024-25-Q2" / "TS2.md"
        commentary.write_text("Visits rose, said the page by itself.\n", encoding="utf-8")
        # No navigation here: the page's own script reloads it.
        page.wait_for_function(
            "() => document.body.innerText.includes('said the page by itself')", timeout=30_000
        )
        (commentary.parent / "TS1.md").write_text("{{ nonsense }}\n", encoding="utf-8")
        page.wait_for_function(
            "() => document.body.innerText.includes('unknown placeholder')", timeout=30_000
        )


def _status(port: int, path: str, host: str | None) -> tuple[int, str]:
    """The status and reason a request for `path` gets with this Host header
    (None: none at all), as a page that rebound a name of its own to 127.0.0.1 sends."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.putrequest("GET", path, skip_host=True)
        if host is not None:
            connection.putheader("Host", host.replace("PORT", str(port)))
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.reason
    finally:
        connection.close()


@pytest.mark.parametrize("path", ["/", "/events"])
@pytest.mark.parametrize(
    ("host", "answered"),
    [
        ("127.0.0.1:PORT", True),
        ("localhost:PORT", True),
        ("LocalHost:PORT", True),  # host names are the same in any case
        ("attacker.example:PORT", False),  # DNS rebinding: a name of the page's own
        ("attacker.example", False),
        ("127.0.0.1", False),  # another port's server
        ("127.0.0.1:1", False),
        ("localhost.attacker.example:PORT", False),
        ("[::1]:PORT", False),
        ("", False),
        (None, False),
    ],
)
def test_the_preview_answers_only_to_its_own_host_name(
    served: tuple[Path, int, Preview], path: str, host: str | None, answered: bool
) -> None:
    _, port, _ = served
    status, reason = _status(port, path, host)
    if answered:
        assert status == 200
    else:
        assert (status, reason) == (
            400,
            f"The preview answers only to 127.0.0.1:{port} and localhost:{port}",
        )


WRONG = "\nRequests answered on time fell to 50% this quarter.\n"


def test_a_finding_is_shown_beside_its_paragraph_with_a_count_at_the_top(
    tmp_path: Path,
) -> None:
    root = make_report(tmp_path / "report")
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    commentary.write_text(commentary.read_text(encoding="utf-8") + WRONG, encoding="utf-8")
    told: list[tuple[str, bool]] = []
    preview = Preview(root, told=lambda line, error: told.append((line, error)))
    port = preview.start(0)
    try:
        page = _get(port)
        top = page.index('id="preview-findings"')
        assert top < page.index("TS1: Share of requests")  # the count comes first
        count = preview.findings
        assert count >= 1 and f"Preview: {count} finding" in page
        # The wrong sentence is marked, its finding right after it, with the data's figure.
        marked = page[page.index('<div class="preview-marked">') :]
        paragraph, _, rest = marked.partition("</p>")
        assert "Requests answered on time" in paragraph and "<mark>50%</mark>" in paragraph
        note = rest[: rest.index("</div>")]
        assert 'id="finding-1"' in note and "line 6" in note and "the data has 71%" in note
        assert page.count('class="preview-finding"') == count
        # The terminal hears of the build: its time and its findings.
        assert told[0][1] is False
        assert re.fullmatch(rf"built in \d+\.\d\d s, {count} findings?", told[0][0])
        # Fixed: the finding goes, and the page says there are none.
        commentary.write_text(commentary.read_text(encoding="utf-8").replace(WRONG, "\n"))
        assert wait_for(lambda: "Preview: no findings" in _get(port), timeout=30)
        assert 'class="preview-marked"' not in _get(port)
        assert re.fullmatch(r"rebuilt in \d+\.\d\d s, 0 findings", told[-1][0])
        # An error is told as the error.
        commentary.write_text("{{ nonsense }}\n", encoding="utf-8")
        assert wait_for(lambda: bool(told) and told[-1][1], timeout=30)
        assert "unknown placeholder" in told[-1][0]
    finally:
        preview.stop()
    # The built page carries no finding.
    commentary.write_text(WRONG, encoding="utf-8")
    from generator.run.build import BuildOptions, build

    (built,) = build(BuildOptions(root=root, out=tmp_path / "built", formats=("html",))).written
    html = built.read_text(encoding="utf-8")
    assert "fell to 50%" in html and "preview-" not in html and "<mark>" not in html


def test_a_finding_without_a_line_sits_under_its_indicators_heading(tmp_path: Path) -> None:
    root = make_report(tmp_path / "report")
    (root / "narratives" / "2024-25-Q2" / "TS2.md").unlink()
    preview = Preview(root)
    port = preview.start(0)
    try:
        page = _get(port)
    finally:
        preview.stop()
    heading = page.index('id="TS2"')
    note = page.index('class="preview-finding"', heading)
    assert note < page.index("<figure", heading)
    assert "the commentary for 2024/25 Q2 is missing" in page[note : note + 400]


def _seconds_to_show(page: Any, commentary: Path, text: str, shown: str) -> float:
    """Seconds from saving `text` to the open page showing `shown` (polled every 10 ms)."""
    started = time.monotonic()
    commentary.write_text(text, encoding="utf-8")
    page.wait_for_function(shown, timeout=30_000, polling=10)
    return time.monotonic() - started


def test_a_wrong_sentence_saved_shows_its_finding_in_the_open_page_within_half_a_second(
    served: tuple[Path, int, Preview],
) -> None:
    from tests.browser import browser

    root, port, _ = served
    commentary = root / "narratives" / "2024-25-Q2" / "TS1.md"
    good = commentary.read_text(encoding="utf-8")
    found = "() => document.getElementById('finding-1') !== null"
    gone = "() => document.getElementById('finding-1') === null && document.body.innerText"
    gone += ".includes('no findings') && !document.body.innerText.includes('50%')"
    with browser() as chromium:
        page = chromium.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        assert page.inner_text("#preview-findings") == "Preview: no findings in the commentary."
        shown, cleared = [], []
        for _ in range(3):  # the best of three: the machine may be busy with other work
            shown.append(_seconds_to_show(page, commentary, good + WRONG, found))
            note = page.inner_text("#finding-1")
            assert "line 6" in note and "71%" in note
            assert "finding" in page.inner_text("#preview-findings")
            cleared.append(_seconds_to_show(page, commentary, good, gone))
        assert min(shown) < 0.5, shown
        assert min(cleared) < 0.5, cleared


def test_the_page_keeps_its_place_across_an_error_and_its_fix(
    served: tuple[Path, int, Preview],
) -> None:
    from tests.browser import browser

    root, port, _ = served
    definition = root / "data" / "report.yaml"
    sound = definition.read_text(encoding="utf-8")
    with browser() as chromium:
        page = chromium.new_context(viewport={"width": 800, "height": 600}).new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        page.evaluate("window.scrollTo(0, document.getElementById('TS2').offsetTop)")
        page.wait_for_timeout(100)
        place = page.evaluate("window.scrollY")
        assert place > 600
        definition.write_text(sound.replace('"Number of visits"', '"Number of visits'), "utf-8")
        page.wait_for_function(
            "() => document.body.innerText.includes('cannot be built')", timeout=30_000
        )
        message = page.inner_text("#error")
        opened = sound[: sound.index('"Number of visits"')].count("\n") + 1
        assert f"line {opened}:" in message and "not closed" in message
        definition.write_text(sound, encoding="utf-8")
        page.wait_for_function(
            "() => document.getElementById('TS2') !== null && window.scrollY > 0",
            timeout=30_000,
        )
        assert abs(page.evaluate("window.scrollY") - place) <= 1
        # A finding below: the count at the top grows, and what is in view stays there.
        heading = "document.getElementById('TS2').getBoundingClientRect().top"
        before = page.evaluate(heading)
        commentary = root / "narratives" / "2024-25-Q2" / "TS2.md"
        commentary.write_text("Visits made fell to 500 this quarter.\n", encoding="utf-8")
        page.wait_for_function(
            "() => document.getElementById('finding-1') !== null && window.scrollY > 0",
            timeout=30_000,
        )
        assert abs(page.evaluate(heading) - before) <= 1
