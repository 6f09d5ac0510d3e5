"""Shared helpers: audit a goals text or folder and look at what fired."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from goalcheck import yamlread
from goalcheck.audit import Options, run
from goalcheck.catalogue import EXAMPLES_AS_OF

AS_OF = EXAMPLES_AS_OF

# The suite runs with each YAML reader: the compiled one (where it is built and not turned off
# by GOALCHECK_PURE_PYTHON) and the pure-Python one. Modules that mostly start processes or a
# browser, the slow generated-organisation tests, and those that audit only files test_readers
# reads with both readers (samples, unseen and real sets, the catalogue's examples, the
# amplification organisations) run once, with the reader the environment selects: test_readers
# holds the two readers equal on all they read. test_recipes installs (the same build whichever
# reader then runs), test_readme's children do not inherit the choice, test_corpus reads with PyYAML.
READERS = ["compiled", "pure-python"] if yamlread._compiled is not None else ["pure-python"]
ONE_READER = {"test_browser", "test_precommit", "test_action", "test_readers", "test_fuzz", "test_determinism",
              "test_recipes", "test_readme", "test_samples", "test_unseen", "test_catalogue", "test_corpus",
              "test_amplification", "test_dependencies"}


def pytest_generate_tests(metafunc):
    if "yaml_reader" in metafunc.fixturenames:
        name = metafunc.module.__name__.rsplit(".", 1)[-1]
        metafunc.parametrize("yaml_reader", READERS[:1] if name in ONE_READER else READERS,
                             indirect=True, scope="module")


@pytest.fixture(scope="module", autouse=True)
def yaml_reader(request):
    """The YAML reader this module's tests run with, in process and in the processes they start."""
    reader = getattr(request, "param", READERS[0])
    with pytest.MonkeyPatch.context() as patch:
        if reader == "pure-python":
            patch.setattr(yamlread, "_compiled", None)
            patch.setenv("GOALCHECK_PURE_PYTHON", "1")
        yield reader

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
