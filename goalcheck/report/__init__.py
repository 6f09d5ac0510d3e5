"""Renderers: each a function of the Result alone. They present; they do not compute.

Each format's module is imported only when that format is asked for, so the
audit's start-up does not pay for renderers it does not use.
"""

from __future__ import annotations

import importlib

FORMATS = {
    "text": "text",
    "concise": "concise",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "gitlab": "gitlab",
    "markdown": "markdown",
    "html": "html",
}

# File names in every format are relative to the path root (paths.py): the
# loader names files that way, so no renderer adjusts them.


def render(result, fmt: str, **options) -> str:
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    return module.render(result, **options)
