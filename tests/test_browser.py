"""The HTML report in a real browser: headless Chromium, driven over the Chrome
DevTools Protocol.

For each sample organisation (and a hostile one) it checks that the page loads
with no console error and no request beyond the file itself, that the score,
grade and finding counts on the page are those of the JSON report for the same
input, that hostile titles show as text, that it needs no script, and that it
prints on A4 and Letter without running off the page. It also takes a
screenshot.

Chromium: on Debian or Ubuntu, ``apt-get install -y chromium`` (gives
/usr/bin/chromium); elsewhere set GOALCHECK_CHROMIUM to a Chromium or Chrome
binary. The tests are skipped, saying so, only when no browser can be found.
No Python package is needed: the protocol runs over the pipe Chromium opens
with --remote-debugging-pipe (NUL-separated JSON on file descriptors 3 and 4,
as Playwright drives it), so there is no websocket client and no port.

To refresh the screenshot in the docs:
    GOALCHECK_SCREENSHOT=docs/leadership-report.png python -m pytest tests/test_browser.py
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from goalcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_orgs"
AS_OF = "2026-12-01"
SCREENSHOT_SAMPLE = "brightline-telecom.yaml"
# the flags this machine's notes require, plus the pipe the protocol runs over
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--remote-debugging-pipe")
A4_CONTENT_PX = round((210 - 2 * 12) / 25.4 * 96)  # A4 width less the report's print margins
LETTER_CONTENT_PX = round((215.9 - 2 * 12) / 25.4 * 96)


def _chromium() -> str | None:
    named = os.environ.get("GOALCHECK_CHROMIUM")
    if named:
        return named if shutil.which(named) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """Just enough of the DevTools Protocol: commands, and the events in between."""

    def __init__(self, executable: str, profile: str):
        to_browser, self._commands = os.pipe()
        self._replies, from_browser = os.pipe()
        # Chromium reads commands on fd 3 and writes replies on fd 4; move our ends
        # above any descriptor the child needs before placing them there.
        high_in = fcntl.fcntl(to_browser, fcntl.F_DUPFD, 10)
        high_out = fcntl.fcntl(from_browser, fcntl.F_DUPFD, 10)

        def place() -> None:
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)

        self.process = subprocess.Popen([executable, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        pass_fds=(3, 4, high_in, high_out), preexec_fn=place,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        for fd in (to_browser, from_browser, high_in, high_out):
            os.close(fd)
        self._buffer = b""
        self._next = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30.0) -> dict:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read(time.monotonic() + timeout, method)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method: str, session: str, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    return self.events.pop(index)
            self.events.append(self._read(deadline, method))

    def _read(self, deadline: float, waiting_for: str) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._replies], [], [], max(left, 0))
            if not ready:
                raise TimeoutError(f"Chromium did not answer {waiting_for}")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise EOFError(f"Chromium closed the pipe while we waited for {waiting_for}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=10)
        except (OSError, EOFError, TimeoutError, RuntimeError):
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands)
        os.close(self._replies)


class Page:
    """One tab with a report loaded; what happened while it loaded is kept."""

    def __init__(self, browser: Browser, path: Path, width: int = 1200, height: int = 900):
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.target = target
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        browser.events.clear()
        self.url = path.resolve().as_uri()
        self.send("Page.navigate", {"url": self.url})
        browser.wait_for("Page.loadEventFired", self.session)
        self.value("document.fonts.ready.then(() => true)")  # laid out with its final fonts
        self.events = [e for e in browser.events if e.get("sessionId") == self.session]

    def send(self, method: str, params: dict | None = None) -> dict:
        return self.browser.send(method, params, self.session)

    def value(self, expression: str):
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": True})
        if "exceptionDetails" in reply:
            raise AssertionError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def console_problems(self) -> list[str]:
        problems = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                problems.append(params["entry"]["text"])
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "warning", "assert"):
                problems.append(json.dumps(params["args"]))
            elif method == "Runtime.exceptionThrown":
                problems.append(json.dumps(params["exceptionDetails"]))
        return problems

    def screenshot(self, height: int | None = None) -> bytes:
        """The viewport, or the top ``height`` pixels of the page at the viewport's width."""
        params: dict = {"format": "png"}
        if height is not None:
            width = self.value("innerWidth")
            params.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": width, "height": height,
                                                            "scale": 1})
        return base64.b64decode(self.send("Page.captureScreenshot", params)["data"])

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if executable is None:
        named = os.environ.get("GOALCHECK_CHROMIUM")
        pytest.skip(f"GOALCHECK_CHROMIUM={named!r} is not an executable" if named else
                    "no Chromium found: install it with `apt-get install -y chromium` (Debian/Ubuntu) "
                    "or set GOALCHECK_CHROMIUM to a Chromium or Chrome binary")
    with tempfile.TemporaryDirectory(prefix="goalcheck-chromium-") as profile:
        started = Browser(executable, profile)
        try:
            started.send("Browser.getVersion")
        except (EOFError, TimeoutError) as problem:
            started.close()
            pytest.fail(f"{executable} is installed but could not be driven: {problem}")
        yield started
        started.close()


def _reports(source: Path, out: Path) -> tuple[Path, dict]:
    """The HTML and the JSON report of one input, through the command line."""
    page = out / f"{source.stem}.html"
    data = out / f"{source.stem}.json"
    for fmt, target in (("html", page), ("json", data)):
        code = main(["audit", str(source), "--format", fmt, "--output", str(target), "--as-of", AS_OF])
        assert code in (0, 1)
    return page, json.loads(data.read_text(encoding="utf-8"))


SAMPLE_NAMES = sorted(p.name for p in SAMPLES.glob("*")
                      if (p.suffix == ".yaml" or p.is_dir()) and not p.name.startswith((".", "_"))
                      and p.name != "import")  # import/: sources for goalcheck import, not a repo


@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_sample_report_loads_clean_and_matches_the_json(browser, tmp_path, sample):
    path, report = _reports(SAMPLES / sample, tmp_path)
    page = Page(browser, path)
    try:
        assert page.requests() == [page.url], "the report must request nothing but itself"
        assert page.console_problems() == []
        assert page.value("performance.getEntriesByType('resource').length") == 0
        assert page.value("document.scripts.length") == 0

        def figure(name):
            return page.value(f"document.querySelector('[data-figure={name}]').textContent")

        assert float(figure("score")) == report["score"]
        assert figure("grade") == report["grade"]
        active = [f for f in report["findings"] if "waived" not in f]
        assert int(figure("findings").replace(",", "")) == len(active)
        for severity in ("high", "medium", "low"):
            assert int(figure(severity).replace(",", "")) == report["counts"][severity]
        # alignment findings one by one; goal hygiene folded, a row per department (its
        # findings counted there), and placeholders counted in the summary
        hygiene = [f for f in active if f["area"] == "hygiene"]
        assert page.value("document.querySelectorAll('article.finding:not(.waived)').length") == \
            len(active) - len(hygiene)
        assert page.value("document.querySelectorAll('article.finding').length") == \
            len([f for f in report["findings"] if f["area"] != "hygiene"])
        folded = page.value("[...document.querySelectorAll('table.hygiene tr[data-findings]')]"
                            ".reduce((n, tr) => n + parseInt(tr.dataset.findings), 0)"
                            " + [...document.querySelectorAll('[data-figure=placeholders]')]"
                            ".reduce((n, p) => n + parseInt(p.dataset.count), 0)")
        assert folded == len(hygiene)
        charted = page.value("[...document.querySelectorAll('svg.bars g[data-score]')]"
                             ".map(g => [g.dataset.id, parseFloat(g.dataset.score)])")
        expected = [[part["id"], part["score"]] for part in report["areas"] + report["departments"]]
        assert charted == expected
        # the figures are on show, not only in the markup
        visible = page.value("document.body.innerText")
        assert f"{report['score']:.1f}" in visible and f"Grade {report['grade']}" in visible
        assert page.value("document.documentElement.scrollWidth <= window.innerWidth")
        if sample == SCREENSHOT_SAMPLE:
            _screenshot(page, tmp_path)
    finally:
        page.close()


def _screenshot(page: Page, out: Path) -> None:
    image = page.screenshot()
    assert image.startswith(b"\x89PNG\r\n\x1a\n") and len(image) > 20_000  # a page, not a blank
    (out / "report.png").write_bytes(image)
    wanted = os.environ.get("GOALCHECK_SCREENSHOT")
    if wanted:
        # the report down to the end of the conflict map: what a leader reads first
        bottom = page.value("document.querySelector('#conflicts').getBoundingClientRect().bottom + 24")
        Path(wanted).write_bytes(page.screenshot(height=round(bottom)))


HOSTILE = """\
    organization:
      name: "Evil <script>alert('org')</script> Corp"
      strategy: "Be </style><b>bold</b> & \\"quoted\\""
    objectives:
      - id: grow
        title: "<img src=x onerror=alert(1)> Grow"
    departments:
      - id: sales
        name: "Sales <svg onload=alert(2)>"
        customer_facing: true
      - id: support
        name: "Support \\"quoted\\" 'single'"
        customer_facing: true
    metrics:
      - {id: aht, name: "Handle time <script>alert(3)</script>"}
    goals:
      - id: cut-aht
        title: "<script>alert('goal')</script> Cut handle time"
        owner: support
        metric: aht
        baseline: 420
        target: 300
        x-goalcheck:
          waive:
            - {rule: GC301, reason: "<b>agreed</b> with the \\"CX\\" lead"}
      - id: orphan
        title: "</p><script>document.title='pwned'</script>"
        owner: sales
        metric: aht
        baseline: 420
        target: 480
"""


def test_hostile_titles_show_as_text(browser, tmp_path):
    source = tmp_path / "hostile.yaml"
    source.write_text(textwrap.dedent(HOSTILE), encoding="utf-8")
    path, report = _reports(source, tmp_path)
    page = Page(browser, path)
    try:
        assert page.requests() == [page.url]
        assert page.console_problems() == []
        assert page.value("document.scripts.length") == 0
        assert page.value("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert page.value("document.querySelectorAll('[onerror], [onload]').length") == 0
        assert page.value("document.title").startswith("Goals audit · Evil <script>")
        text = page.value("document.body.innerText")
        for shown in ("Evil <script>alert('org')</script> Corp", "<img src=x onerror=alert(1)> Grow",
                      "Sales <svg onload=alert(2)>", "Support \"quoted\" 'single'",
                      "</p><script>document.title='pwned'</script>", "Be </style><b>bold</b> & \"quoted\""):
            assert shown in text
        assert page.value("document.querySelector('[data-figure=grade]').textContent") == report["grade"]
        # a waived finding is shown, apart, and left out of the figures, as in the JSON report
        assert report["counts"]["waived"] == 1
        assert page.value("document.querySelector('[data-figure=waived]').textContent") == "1"
        active = [f for f in report["findings"] if "waived" not in f]
        assert page.value("document.querySelector('[data-figure=findings]').textContent") == str(len(active))
        assert page.value("document.querySelectorAll('article.finding.waived').length") == 1
        assert 'waived: <b>agreed</b> with the "CX" lead' in text
    finally:
        page.close()


def test_the_report_prints_on_a4_and_letter(browser, tmp_path):
    path, _ = _reports(SAMPLES / SCREENSHOT_SAMPLE, tmp_path)
    for width in (A4_CONTENT_PX, LETTER_CONTENT_PX):
        page = Page(browser, path, width=width, height=1000)
        try:
            page.send("Emulation.setEmulatedMedia", {"media": "print"})
            # nothing runs off the printed page: no element wider than the paper's text width
            assert page.value("document.documentElement.scrollWidth") <= width
            assert page.value("[...document.querySelectorAll('main *')]"
                              ".every(e => e.getBoundingClientRect().right <= innerWidth + 1)")
        finally:
            page.close()
    page = Page(browser, path)
    try:
        for paper in ((8.27, 11.69), (8.5, 11.0)):  # A4, Letter, in inches
            pdf = base64.b64decode(page.send("Page.printToPDF", {
                "paperWidth": paper[0], "paperHeight": paper[1], "printBackground": True})["data"])
            assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) >= 2
    finally:
        page.close()
