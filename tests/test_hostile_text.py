"""Hostile titles, names and file names in every format: nothing a pull request wrote
can move a terminal's cursor, reorder a line, run a CI workflow command, add markup
or ping a person; machine formats keep the values exact, in safe bytes.

Each format is rendered in-process (cli.main) from one organisation whose every
text field carries escape sequences (clear screen, OSC 8 hyperlink, cursor up and
erase), C1 controls, NUL, BEL, bidi overrides, line separators, newlines followed by
workflow commands, the runner's legacy `##[` commands and @mentions.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from goalcheck.cli import main
from goalcheck.report import FORMATS
from goalcheck.untrusted import break_log_commands, display_path, safe_json, safe_text

# YAML double-quoted escapes: \e ESC, \a BEL, \0 NUL, \N NEL (C1), \L U+2028, \x9b CSI (C1)
EVIL = (r"\e[2J\e[1A\e[2KAudit passed\e]8;;https://evil.example/\e\\link\e]8;;\e\\ \x9b31m \0 \a"
        r" \u202egnp.exe \u2066x\u2069 \L \N\n::error file=a,line=1::pwned\n::add-mask::x ##[error]legacy"
        r" @octocat cc @acme/support")
RAW = ["\x1b", "\x9b", "\x00", "\x07", "\u202e", "\u2066", "\u2028", "\x85"]
ORG = f"""\
organization:
  name: "Acme {EVIL}"
  strategy: "Win {EVIL}"
objectives:
  - {{id: easy, title: "Easy {EVIL}", measured_by: [nps]}}
departments:
  - {{id: support, name: "Support {EVIL}", customer_facing: true}}
metrics:
  - {{id: nps, name: "NPS {EVIL}"}}
goals:
  - id: odd
    title: "Odd {EVIL}"
    owner: support
    metric: {{name: "Tickets {EVIL}"}}
    target: 10
    due: 2027-06-30
    initiatives: ["Do {EVIL}"]
"""
LOG_FORMATS = {"text", "github", "concise"}
# names a pull request can give files: a workflow command at a line's start, a newline, a byte
# that is not UTF-8 (which no output can encode unless it is escaped)
HOSTILE_NAMES = [b"::warning::w.yaml", b"a\n::error::b.yaml", b"caf\xe9.yaml", b"##[error]x.yaml"]


@pytest.fixture
def org(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "goals"
    folder.mkdir()
    monkeypatch.chdir(folder)  # file names are the hostile names themselves, at the start of concise lines
    (folder / "org.yaml").write_text(ORG, encoding="utf-8")
    for number, name in enumerate(HOSTILE_NAMES):  # each with a finding, so each is named in the reports
        goal = f"goals:\n  - {{id: g{number}, title: \"T {EVIL}\", owner: support, target: 1}}\n"
        (folder / os.fsdecode(name)).write_text(goal, encoding="utf-8")
    return folder


def render(capsys, path: Path, fmt: str, *extra: str) -> tuple[int, str, str]:
    code = main(["audit", str(path), "-f", fmt, "--as-of", "2026-12-01", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def assert_terminal_safe(out: str) -> None:
    out.encode("utf-8")  # no surrogate: every byte name was escaped
    for char in RAW:
        assert char not in out, f"raw {char!r} in the output"


def commands(out: str) -> list[str]:
    """Lines a GitHub runner would run: '::' after leading spaces, or '##[' anywhere."""
    return [line for line in out.split("\n") if line.lstrip().startswith("::") or "##[" in line]


CASES = [(fmt, ()) for fmt in FORMATS] + [("markdown", ("--compact",)),
                                          ("markdown", ("--compact", "--link-base", "https://x.example/b"))]


@pytest.mark.parametrize("fmt,extra", CASES, ids=[" ".join((fmt, *extra)) for fmt, extra in CASES])
def test_hostile_titles_and_names_are_safe_in_every_format(capsys, org, fmt, extra):
    code, out, err = render(capsys, org, fmt, *extra)
    assert code in (0, 1), err  # it audits: hostile text is reported, not refused
    assert_terminal_safe(out)
    assert_terminal_safe(err)
    assert commands(err) == []
    if fmt in LOG_FORMATS:
        found = commands(out)
        if fmt == "github":  # its own commands only: annotations, the fence and the resume token
            assert found and all(re.match(r"::(error|warning|notice) file=|::stop-commands::|::goalcheck-", line)
                                 for line in found), found
            assert all("##[" not in line for line in found)
        else:
            assert found == [], found
        assert "Audit passed" in out or fmt == "concise"  # shown, as text: the escapes before it are visible
        assert "\\x1b[2J" in out
    if fmt == "markdown":
        assert not re.search(r"@(?!&#8203;)\w", out), "an @mention would ping"
        assert "@&#8203;octocat" in out
    if fmt in ("json", "sarif", "gitlab"):
        assert commands(out) == []  # printed to a CI log, no line of it runs either
        data = json.loads(out)
        assert data  # the same data, exact: escapes in the JSON text decode to the raw characters
        if fmt == "json":
            assert data["organization"] == json.loads(json.dumps("Acme " + _decoded()))
            assert {f["file"] for f in data["findings"]} >= {display_path(n) for n in HOSTILE_NAMES}
    if fmt == "junit":
        ET.fromstring(out.encode("utf-8"))
    if fmt == "html":
        assert "<script" not in out.lower().replace("<script>", "")  # no script of ours either


def _decoded() -> str:
    """EVIL as YAML reads it."""
    import yaml

    return yaml.safe_load(f'"{EVIL}"')


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_hostile_names_are_safe_in_the_facts_sheet(capsys, org, fmt):
    code = main(["facts", str(org), "-f", fmt])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert_terminal_safe(out)
    assert commands(out) == []
    if fmt == "json":
        assert {m["name"] for m in json.loads(out)["metrics"]} >= {"NPS " + _decoded()}


def test_input_errors_with_hostile_file_names_run_no_command(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "goals"
    folder.mkdir()
    monkeypatch.chdir(folder)  # names from the current folder (no git): the hostile names start the lines
    (folder / "org.yaml").write_text("organization: {name: Acme}\n", encoding="utf-8")
    for name in HOSTILE_NAMES:
        (folder / os.fsdecode(name)).write_text(f"goals: [{{id: x, title: \"{EVIL}\", colour: red}}]\n",
                                                encoding="utf-8")
    code, out, err = render(capsys, folder, "github")
    assert code == 2 and out == ""
    assert_terminal_safe(err)
    assert commands(err) == [], err
    lines = err.splitlines()
    assert len(lines) == len(HOSTILE_NAMES) * 2 + 1  # unknown key and duplicate id or the like: one line each
    assert any(line.startswith("\\::warning::w.yaml:1:") for line in lines), err
    assert any(line.startswith("a\\n::error::b.yaml:1:") for line in lines), err
    assert any(line.startswith("caf\\xe9.yaml:1:") for line in lines), err


# --- the function itself ---------------------------------------------------------

@pytest.mark.parametrize("value,kind,expected", [
    ("\x1b[2Jclear", "plain", "\\x1b[2Jclear"),
    ("a\nb\t c\r\n", "plain", "a b c"),
    ("\u202eevil\u2069", "plain", "\\u202eevil\\u2069"),
    ("\U000e0041tag", "plain", "\\U000e0041tag"),
    ("caf\udce9", "plain", "caf\\udce9"),
    ("::error::x", "log", "\\::error::x"),
    ("  ::error::x", "log", "\\::error::x"),  # stripped: on one line, no leading spaces
    ("mid ::error:: x", "log", "mid ::error:: x"),  # not at a line's start: nothing runs
    ("a ##[error]b", "log", "a ##\\[error]b"),
    ("hi @octocat", "markdown", "hi @&#8203;octocat"),
    ("*bold* <b> &amp; [x](y)", "markdown", "\\*bold\\* &lt;b&gt; &amp;amp; \\[x\\](y)"),
    ("<a href='x'>", "html", "&lt;a href=&#x27;x&#x27;&gt;"),
    (None, "log", ""),
])
def test_safe_text(value, kind, expected):
    assert safe_text(value, kind) == expected


def test_safe_text_is_stable_for_plain_and_log():
    for kind in ("plain", "log"):
        once = safe_text(EVIL.replace("\\e", "\x1b"), kind)
        assert safe_text(once, kind) == once


def test_break_log_commands_line_by_line():
    assert break_log_commands("ok\n  ::error::x\nb ##[y]\n") == "ok\n  \\::error::x\nb ##\\[y]\n"
    assert break_log_commands("no commands here\n") == "no commands here\n"


def test_display_path_decodes_once_and_escapes():
    assert display_path(os.fsdecode(b"caf\xe9.yaml")) == "caf\\xe9.yaml"
    assert display_path(b"a\nb\x1b.yaml") == "a\\nb\\x1b.yaml"
    assert display_path("café.yaml") == "café.yaml"


def test_safe_json_keeps_the_data():
    value = {"t": "\x9b\u202e\u2028\U000e0041 ok é ##[error]x"}
    text = safe_json(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value
    assert all(char not in text for char in "\x9b\u202e\u2028\U000e0041") and "é" in text
    assert "##[" not in text
