"""Untrusted text made safe for where it is written: one place, every output.

Whoever opens a pull request to a goals repo writes every title, name, id and
file name goalcheck reports. Before any of it reaches a terminal, a CI log, a
pull-request comment or a viewer it passes through ``safe_text`` (values) or
``display_path`` (file names), so that it cannot move the cursor or recolour a
terminal, reorder a line with bidi controls, run a CI workflow command, add
markup, or ping people. Renderers call it on each value from the goals files;
``errors.InputError`` calls it on every error message.

Kinds (the ``kind`` argument of ``safe_text``):

``"plain"``
    control, bidi and other invisible format characters shown escaped as in
    Python (``\\x1b``, ``\\u202e``); whitespace runs (newlines too) become one
    space, so a value stays on one line. For SARIF, JUnit and other files a
    viewer shows.
``"log"``
    plain, and what a CI runner would execute broken: ``::`` at the start of
    the value (after spaces) becomes ``\\::``, and ``##[`` anywhere becomes
    ``##\\[``. For the text report, stderr, GitHub annotations and any other
    line a CI log may show. ``break_log_commands`` does the same line by line
    to a whole report, for lines a renderer wraps.
``"markdown"``
    plain, with Markdown and HTML markup escaped so the value shows as
    written, and ``@`` followed by a zero-width space so that ``@someone``
    pings nobody in a pull-request comment.
``"html"``
    plain, then HTML-escaped (quotes too), for text and attribute values.

Machine formats (JSON, SARIF) keep values exact; ``safe_json`` writes the
characters a terminal could act on as ``\\uXXXX`` escapes, which a JSON parser
reads back as the same text.
"""

from __future__ import annotations

import os
import re

from . import lazyre

KINDS = ("plain", "log", "markdown", "html")

# C0 and C1 controls (tab, newline and the like are whitespace, handled apart), DEL, bidi
# controls and marks, line and paragraph separators, byte order mark, interlinear annotation,
# non-characters, lone surrogates (an undecodable byte), and tag characters (invisible ASCII)
_INVISIBLE = ("\x00-\x08\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
              "\u2066-\u2069\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff\U000e0000-\U000e007f")
_ESCAPED = lazyre.compile(f"[{_INVISIBLE}]")
_ESCAPED_IN_NAMES = lazyre.compile(f"[{_INVISIBLE}\t\n\r\x0b\x0c]")
_WHITESPACE = lazyre.compile(r"[ \t\n\r\x0b\x0c]+")
_LOG_COMMAND = lazyre.compile(r"^(\s*)::")
_LEGACY_COMMAND = "##["
_MD_SPECIAL = lazyre.compile(r"([\\`*_\[\]|~#])")
_MD_ENTITY = lazyre.compile(r"&(?=#?[0-9A-Za-z]+;)")  # an & that would start an entity; a lone & is text
# what json.dumps(ensure_ascii=False) leaves raw that a terminal or a viewer could act on
_JSON_RAW = lazyre.compile(f"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                       f"\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff\U000e0000-\U000e007f]")


_SHORT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


# one character as a visible escape (\n, \x1b, \u202e): also what goalcheck import writes in YAML
escape_character = _escape


def safe_text(value, kind: str = "log") -> str:
    """``value`` (any object; None is "") as one line that is safe to write as ``kind``.

    See the module's docstring for the kinds. Safe to call twice: escaping is
    visible text, so a second pass changes only what the kind adds again
    (Markdown and HTML escaping), which is why each renderer calls it once,
    on raw values.
    """
    text = "" if value is None else str(value)
    text = _ESCAPED.sub(_escape, text)
    text = _WHITESPACE.sub(" ", text).strip()
    if kind == "plain":
        return text
    if kind == "log":
        if _LEGACY_COMMAND in text:
            text = text.replace(_LEGACY_COMMAND, "##\\[")
        return _LOG_COMMAND.sub(r"\1\\::", text)
    if kind == "markdown":
        text = _MD_ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
        return _MD_SPECIAL.sub(r"\\\1", text).replace("@", "@&#8203;")
    if kind == "html":
        import html  # only the HTML report needs it

        return html.escape(text, quote=True)
    raise ValueError(f"unknown kind of output {kind!r}; one of {', '.join(KINDS)}")


def break_log_commands(report: str) -> str:
    """A whole report with no line a CI runner would run: ``::`` at a line's start
    (after spaces) and ``##[`` anywhere broken as in ``safe_text(..., "log")``.

    For renderers whose lines are wrapped after the values were made safe
    (a wrap can bring ``::`` from the middle of a value to a line's start).
    """
    if "::" not in report and _LEGACY_COMMAND not in report:
        return report
    lines = report.split("\n")
    return "\n".join(_LOG_COMMAND.sub(r"\1\\::", line).replace(_LEGACY_COMMAND, "##\\[") for line in lines)


def display_path(path) -> str:
    """A file name as reports and errors show it, decoded once.

    ``path`` is text (as the OS gave it, undecodable bytes carried as
    surrogates), bytes or a path. Undecodable bytes are shown as ``\\xe9``,
    never as surrogates (which no output can encode), and control and bidi
    characters, newlines and tabs too, are shown escaped.
    """
    raw = os.fsencode(path)
    return _ESCAPED_IN_NAMES.sub(_escape, raw.decode("utf-8", "backslashreplace"))


def safe_json(text: str) -> str:
    """Serialized JSON (``json.dumps(..., ensure_ascii=False)``) with the characters a
    terminal or viewer could act on written as ``\\uXXXX``: the same data, safe bytes.

    Those characters are not ASCII, so in JSON text they stand only inside strings,
    where an escape means the same character; ``##[`` (a CI runner's legacy command)
    becomes ``##\\u005b`` the same way.
    """
    if not text.isascii() or "\x7f" in text:  # _JSON_RAW's characters: DEL and beyond ASCII
        text = _JSON_RAW.sub(_json_escape, text)
    # a runner's legacy '##[command]' parser reads any line of a log, JSON on one line too;
    # '#' stands only inside strings, so '##[' is in one, where \u005b is the same '['
    return text.replace("##[", "##\\u005b") if "##[" in text else text


def _json_escape(match: re.Match) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
