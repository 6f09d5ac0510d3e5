"""Shared helpers: audit a goals text or folder and look at what fired."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from goalcheck.audit import Options, run
from goalcheck.catalogue import EXAMPLES_AS_OF

AS_OF = EXAMPLES_AS_OF

# The small organisation several test modules start from (line numbers in them count on it).
ACME_HEAD = """\
organization:
  name: Acme Cloud
  strategy: Be the easiest company to do business with.
objectives:
  - {id: easy, title: Make buying and getting help effortless, measured_by: [nps]}
departments:
  - {id: support, name: Customer Support, customer_facing: true}
"""


def audit_text(tmp_path: Path, text: str, name: str = "goals.yaml", **options):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    options.setdefault("as_of", AS_OF)
    return run(str(path), Options(**options))


def fired(result, code: str | None = None) -> list:
    return [r for r in result.findings if code is None or r.rule.code == code]


def subjects(result, code: str) -> set:
    return {r.finding.subject for r in fired(result, code)}


@pytest.fixture
def audit(tmp_path):
    def run_text(text: str, **options):
        return audit_text(tmp_path, text, **options)
    return run_text
