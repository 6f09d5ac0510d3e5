"""Where the text report goes: colour and width, from the stream and the
environment, the way other command-line tools decide them.

Colour: ``NO_COLOR`` (any non-empty value, https://no-color.org) turns it off
and wins; ``FORCE_COLOR`` (non-empty, not ``0``) turns it on even into a pipe or
a CI log; otherwise colour only on a terminal whose ``TERM`` is not ``dumb``.
Width: ``COLUMNS`` when set, else the terminal's own width, else 100.
"""

from __future__ import annotations

import os
import shutil
from typing import Mapping, TextIO

DEFAULT_WIDTH = 100
MIN_WIDTH = 40  # narrower, rich would wrap every word onto its own line


def _tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def colour(stream: TextIO, env: Mapping[str, str] = os.environ) -> bool:
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return _tty(stream) and env.get("TERM") != "dumb"


def width(stream: TextIO, env: Mapping[str, str] = os.environ) -> int:
    columns = env.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, int(columns))
    if _tty(stream):
        try:
            return max(MIN_WIDTH, os.get_terminal_size(stream.fileno()).columns)
        except (OSError, ValueError, AttributeError):
            return max(MIN_WIDTH, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)
    return DEFAULT_WIDTH
