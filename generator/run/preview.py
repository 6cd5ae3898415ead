"""`appendix preview`: the HTML edition served on the loopback address, rebuilt on save.

The validated inputs and the drawn charts are kept in memory: a commentary
edit re-reads the commentary and writes the page again (no chart, no data);
any other change reads the inputs again and draws only the charts whose
drawing instructions changed. The open page reloads itself when told, through
server-sent events; the page served carries that one small script, the built
file none. A bad input replaces the page with its message; the preview keeps
watching, and the page comes back when the file is fixed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from generator.core.errors import InputError
from generator.read.folder import ReportFolder
from generator.writers.escaping import xml_text

LOOPBACK = "127.0.0.1"

# Asks the server for the page's version, and reloads when it is a newer one. The page
# keeps its place across reloads (in the tab's sessionStorage), measured from the foot
# of the findings' count (which grows and shrinks with them); an error page keeps
# none of its own, so the page comes back where it was once the file is fixed.
RELOAD_SCRIPT = """<script>
(function () {
  var shown = "%s", page = %s, key = "appendix-preview-scroll";
  if ("scrollRestoration" in history) { history.scrollRestoration = "manual"; }
  function from() {
    var count = document.getElementById("preview-findings");
    return count ? count.getBoundingClientRect().bottom + window.scrollY : 0;
  }
  function keep() {
    if (page) { sessionStorage.setItem(key, String(window.scrollY - from())); }
  }
  if (page) {
    addEventListener("DOMContentLoaded", function () {
      var kept = sessionStorage.getItem(key);
      if (kept !== null) { window.scrollTo(0, Math.max(0, from() + Number(kept))); }
      addEventListener("scroll", keep, {passive: true});
    });
  }
  var events = new EventSource("/events");
  events.onmessage = function (event) {
    if (event.data !== shown) { keep(); events.close(); location.reload(); }
  };
})();
</script>"""


def reload_script(version: int, *, page: bool) -> str:
    """The script of the page at `version`: the report's page, or an error page."""
    return RELOAD_SCRIPT % (version, "true" if page else "false")


ERROR_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: the appendix cannot be built</title>{script}</head>
<body style="font-family:Arial,sans-serif;margin:2rem;max-width:50rem">
<main><h1>The appendix cannot be built</h1>
<p id="error" style="border-left:5px solid #D4351C;padding-left:1rem">{message}</p>
<p>Fix the file and save it: this page updates by itself.</p></main></body></html>
"""


class BindRefused(Exception):
    """The preview serves only on the loopback address."""


@dataclass
class _State:
    """What the preview keeps between rebuilds."""

    inputs: Any = None
    charts: Any = None  # the pipeline's Charts, by spec cache key
    checked: Any = None  # the findings, by indicator (preview_findings.Checked)


class Preview:
    """The report folder at `root`, rebuilt into an HTML page in memory."""

    def __init__(
        self,
        root: Path,
        quarter: str | None = None,
        told: Callable[[str, bool], None] | None = None,
        language: str | None = None,
    ) -> None:
        """`told(line, is_error)` hears of each build: 'rebuilt in 0.12 s, 2 findings',
        or the error's message. `language`: one of the definition's `languages`, whose
        edition is shown (default the main language's)."""
        self.root = root
        self.language = language
        self.told = told
        self.findings = 0  # on the page being served
        self.builds = 0
        self.folder = ReportFolder.at(root)
        self.quarter = quarter
        self.state = _State()
        self.page = b""
        self.version = 0
        self.error: str | None = None
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        self.server: ThreadingHTTPServer | None = None
        self.port = 0
        self.threads: list[threading.Thread] = []

    # Building -----------------------------------------------------------------------

    def rebuild(self, changed: Iterable[Path] = ()) -> None:
        """Build the page again: only the commentary when only commentary changed."""
        paths = [Path(p) for p in changed]
        narratives = self.folder.narratives.resolve()
        commentary_only = (
            self.state.inputs is not None
            and self.error is None
            and bool(paths)
            and all(narratives in p.resolve().parents for p in paths)
        )
        started = time.perf_counter()
        try:
            if not commentary_only:
                self._load()
            html = self._render()
            self.error = None
        except InputError as error:
            self.error = error.message()
            html = self._error_page(self.error)
        except Exception as exc:  # a bug, not bad input: say so, and keep watching
            self.error = f"internal error: {type(exc).__name__}: {exc}. Please report it."
            html = self._error_page(self.error)
        self._publish(html)
        self.builds += 1
        if self.told is not None:
            if self.error is not None:
                self.told(self.error, True)
            else:
                from generator.run.preview_findings import count_words

                took = time.perf_counter() - started
                verb = "built" if self.builds == 1 else "rebuilt"
                self.told(f"{verb} in {took:.2f} s, {count_words(self.findings)}", False)

    def _error_page(self, message: str) -> str:
        return ERROR_PAGE.format(
            script=reload_script(self.version + 1, page=False), message=xml_text(message)
        )

    def _load(self) -> None:
        from generator.run import pipeline

        inputs = pipeline.read_inputs(self.folder, self.quarter, use_cache=False)
        if self.language is not None:
            inputs = pipeline.in_language(inputs, self.language)
        # Charts drawn before are reused: those kept here, and those a build left in
        # the cache (read, never written, here); any other is drawn here.
        known = self.state.charts.by_key() if self.state.charts is not None else None
        charts = pipeline.ask_for_charts(inputs, self.folder, use_cache=True, known=known)
        self.state = _State(inputs, charts)

    def _render(self) -> str:
        from generator.run import pipeline
        from generator.run.preview_findings import STYLE, Checked, show
        from generator.writers.html import look, render

        inputs, charts = self.state.inputs, self.state.charts
        revised = pipeline.revisions(inputs, self.folder)
        commentaries, _missing = pipeline.read_commentaries(inputs)
        # Measured with the PDF's fonts as a build left them parsed (read, never written).
        fonts = pipeline.fonts_folder(self.folder, use_cache=True)
        laid = pipeline.lay_out(
            inputs, charts, commentaries, revised, use_cache=True, pool=lambda: None, fonts=fonts
        )
        # The check's findings, beside their paragraphs: the preview's page only.
        if self.state.checked is None:
            self.state.checked = Checked()
        found = show(inputs, commentaries, laid.document, self.state.checked.findings(inputs))
        self.findings = found.count
        return render(
            laid.document,
            look(laid.look),
            reload_script(self.version + 1, page=True) + STYLE,
            shown=found.shown,
            top=found.top,
        )

    def _publish(self, html: str) -> None:
        with self.changed:
            self.version += 1
            self.page = html.encode("utf-8")
            self.changed.notify_all()

    # Serving ------------------------------------------------------------------------

    def start(self, port: int = 0, bind: str = LOOPBACK) -> int:
        """Build, then serve and watch in background threads; returns the port."""
        if bind != LOOPBACK:
            raise BindRefused(
                f"the preview serves only on {LOOPBACK} (this computer), not on {bind}"
            )
        if not self.root.is_dir():
            raise InputError(
                "the report folder is not there", file=str(self.root), fix="Give --root a folder"
            )
        # watchfiles' notifier watches from the moment it is made: a file saved
        # while the first build runs is seen.
        from watchfiles._rust_notify import RustNotify

        watcher = RustNotify([str(self.root)], False, False, 300, True, True)
        self.rebuild()
        self.server = ThreadingHTTPServer((LOOPBACK, port), _handler(self))
        self.port = int(self.server.server_address[1])  # the Host its requests must name
        self.server.daemon_threads = True
        serving = threading.Thread(target=self.server.serve_forever, daemon=True)
        watching = threading.Thread(target=self._watch, args=(watcher,), daemon=True)
        self.threads = [serving, watching]
        for thread in self.threads:
            thread.start()
        return self.port

    def stop(self) -> None:
        self.stopping.set()
        with self.changed:
            self.changed.notify_all()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
        for thread in self.threads:
            thread.join(timeout=5)

    def _watch(self, watcher: Any) -> None:
        output = self.folder.out.resolve()

        def wanted(path: str) -> bool:
            resolved = Path(path).resolve()
            name = resolved.name
            return (
                output not in resolved.parents
                and not name.startswith(".")
                and not name.endswith(("~", ".swp", ".tmp", ".partial"))
            )

        with watcher:
            while not self.stopping.is_set():
                changes = watcher.watch(200, 20, 200, self.stopping)
                if isinstance(changes, set):
                    paths = [Path(path) for _change, path in changes if wanted(path)]
                    if paths:
                        self.rebuild(paths)


def _handler(preview: Preview) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            if not self.own_host():
                return
            if self.path.split("?")[0] == "/":
                with preview.changed:
                    body = preview.page
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)
            elif self.path == "/events":
                self.events()
            else:
                self.send_error(404, "Only / and /events are served")

        def own_host(self) -> bool:
            """Whether the request names this server (127.0.0.1:PORT or localhost:PORT)
            as its host; else it gets 400. A page elsewhere may point a name of its
            own at 127.0.0.1 (DNS rebinding) and read what it is sent: its requests
            carry that name."""
            port = preview.port
            names = (f"{LOOPBACK}:{port}", f"localhost:{port}")
            host = self.headers.get("Host", "")
            if host.strip().lower() in names:
                return True
            self.send_error(400, f"The preview answers only to {names[0]} and {names[1]}")
            return False

        def events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            sent = -1
            try:
                while not preview.stopping.is_set():
                    with preview.changed:
                        if preview.version == sent:
                            preview.changed.wait(timeout=15)
                        version = preview.version
                    if version != sent:
                        self.wfile.write(f"data: {version}\n\n".encode())
                    else:
                        self.wfile.write(b": still here\n\n")
                    self.wfile.flush()
                    sent = version
            except (BrokenPipeError, ConnectionResetError):
                return

    return Handler


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll `condition` until it holds or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()
