"""docs/security.md states the limits the code holds: each figure it gives is the code's."""

from __future__ import annotations

import json
from pathlib import Path

from goalcheck import audit, load, yamlread
from goalcheck.config import config_schema
from goalcheck.schema import schema_text

DOC = (Path(__file__).resolve().parent.parent / "docs" / "security.md").read_text(encoding="utf-8")


def test_the_figures_in_the_security_doc_are_the_codes():
    definitions = json.loads(schema_text())["definitions"]
    grace = config_schema()["properties"]["params"]["properties"]["GC604"]["properties"]["grace-days"]
    figures = [
        f"over {load.MAX_FILE_BYTES >> 20} MiB",
        f"capped at {definitions['text']['maxLength']:,}",
        f"strategy at {definitions['prose']['maxLength']:,}",
        f"ids at {definitions['slug']['maxLength']}",
        f"in nodes ({yamlread.MAX_ALIAS_EXPANSION:,})",
        f"or {yamlread.MAX_ALIAS_CHARACTERS >> 20} MiB",
        f"first {audit.QUOTED} characters",
        f"at most {grace['maximum']}",
    ]
    for words in figures:
        assert " ".join(words.split()) in " ".join(DOC.split()), words


def test_the_readme_points_to_it():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "(docs/security.md)" in readme
