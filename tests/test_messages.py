"""The worded message and fix of each rule, held as a snapshot.

For the first `fires` example of every rule in rules/GCxxx.yaml, the message and
the fix the audit words (the rule run alone) must equal what
tests/snapshots/messages.yaml holds, byte for byte: a change to a template, to
the values a check passes it or to how a value is shown is a change to what
leadership reads, and shows in review as a change to that file. After an
intended change, write the file anew and read the diff:

    GOALCHECK_SNAPSHOTS=write python -m pytest tests/test_messages.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from goalcheck import catalogue

from .conftest import audit_text

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots" / "messages.yaml"
RULES = catalogue.rules()


def worded(tmp_path, code: str) -> dict:
    example = RULES[code].fires[0]
    result = audit_text(tmp_path, example.yaml, select={code})
    first = result.findings[0]
    return {"example": example.title, "message": first.message, "fix": first.fix}


def test_every_rule_has_its_snapshot_and_no_other(tmp_path):
    if os.environ.get("GOALCHECK_SNAPSHOTS") == "write":
        found = {}
        for code in sorted(RULES):
            (tmp_path / code).mkdir()
            found[code] = worded(tmp_path / code, code)
        SNAPSHOTS.parent.mkdir(exist_ok=True)
        SNAPSHOTS.write_text("# written by GOALCHECK_SNAPSHOTS=write python -m pytest tests/test_messages.py\n"
                             + yaml.safe_dump(found, sort_keys=True, allow_unicode=True, width=100),
                             encoding="utf-8")
    held = yaml.safe_load(SNAPSHOTS.read_text(encoding="utf-8"))
    assert sorted(held) == sorted(RULES)


@pytest.mark.parametrize("code", sorted(RULES))
def test_message_and_fix_are_worded_as_the_snapshot_holds(tmp_path, code):
    held = yaml.safe_load(SNAPSHOTS.read_text(encoding="utf-8"))[code]
    assert worded(tmp_path, code) == held
