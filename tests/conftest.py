"""Shared helpers: audit a goals text or folder and look at what fired."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from goalcheck import yamlread
from goalcheck.audit import Options, run
from goalcheck.catalogue import EXAMPLES_AS_OF

AS_OF = EXAMPLES_AS_OF

# Workers (pytest-xdist; pyproject's addopts say `-n auto --dist loadfile`): a run of a folder,
# the whole suite by default, is shared by two worker processes on a machine with two cores or
# more, each module on one worker (its module fixtures built once); a run of files or tests
# stays in one process, where starting workers (each collects the suite) costs more than they
# save. `-n 0` (or any `-n N`) on the command line, or PYTEST_XDIST_AUTO_NUM_WORKERS, decides instead.
WORKERS = 2  # measured on a 2-core machine; each more would collect the whole suite again


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """How many workers `-n auto` starts: two for a folder, none (one process) for files or tests."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist reads it
    here = (config.invocation_params.dir, config.rootpath)
    if not any((base / arg.split("::")[0]).is_dir() for arg in config.args for base in here):
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(WORKERS, cores) if cores > 1 else 0


# The modules that take longest (each 3 to 10 s: pre-commit's environment, the properties, pip
# installs, the hash-seed children, Chromium, the action's steps) are run first, each kept whole:
# so two workers end together instead of one running the last of them alone (on two workers
# the one that took test_precommit last ended 8 s after the other).
FIRST = ("test_precommit", "test_fuzz", "test_recipes", "test_determinism", "test_browser", "test_action")


def pytest_collection_modifyitems(items):
    def rank(item):
        name = item.module.__name__.rsplit(".", 1)[-1] if getattr(item, "module", None) else ""
        return FIRST.index(name) if name in FIRST else len(FIRST)

    items.sort(key=rank)  # stable: each module's tests keep their order


# Two YAML readers return the same (goalcheck/yamlread.py): the compiled one, where it is built
# and not turned off by GOALCHECK_PURE_PYTHON, and the pure-Python one; which runs is decided
# in one place, yamlread.read_document, and nothing after it depends on the choice. So the
# suite runs once, with the compiled reader behind a shadow: every document a test reads in
# process is read by the pure-Python reader as well, and any difference between the two (data,
# types, the place of every node, the text as written, problems) fails that test. Where the
# compiled reader is not built, everything runs with the pure-Python one. A shadow cannot
# follow a child process: a test that starts one to hold what only a process shows (a real
# signal mid-read, which reader `--version` names) runs it once with each of READERS, told by
# reader_env. tests/test_readers.py also holds the two readers equal on generated text and on
# every file the repository ships.
READERS = ["compiled", "pure-python"] if yamlread._compiled is not None else ["pure-python"]
UNSHADOWED = {"test_readers"}  # it calls each reader itself
DIFFERENCES: list[str] = []  # what the shadow found; checked after each test


def reader_env(reader: str) -> dict:
    """The environment of a child process that is to read with ``reader`` (one of READERS)."""
    env = {key: value for key, value in os.environ.items() if key != "GOALCHECK_PURE_PYTHON"}
    if reader == "pure-python":
        env["GOALCHECK_PURE_PYTHON"] = "1"
    return env


class _Shadowed:
    """The compiled reader, with the pure-Python one read beside it on every document.
    A difference is recorded, not raised, so that no `except` on the way can hide it."""

    def __init__(self, compiled):
        self._compiled = compiled

    def __getattr__(self, name):
        return getattr(self._compiled, name)

    def read(self, text, *limits):
        from .same_reading import describe, problem

        try:
            parts = self._compiled.read(text, *limits)
        except yamlread.YamlProblem as error:
            _compare(text, problem(error))
            raise
        _compare(text, describe(yamlread.Document(*parts)))
        return parts


def _compare(text: str, seen: tuple) -> None:
    from .same_reading import outcome

    try:
        expected = outcome(yamlread.read_document_python, text)
    except Exception as error:  # noqa: BLE001 - recorded: the test fails on it
        expected = ("raised", type(error).__name__, str(error)[:200])
    if seen != expected:
        DIFFERENCES.append(f"the readers differ on {text[:200]!r}:\n  compiled:    {str(seen)[:500]}"
                           f"\n  pure-Python: {str(expected)[:500]}")


@pytest.fixture(scope="module", autouse=True)
def yaml_reader(request):
    """The YAML reader this module's tests run with in process: the compiled one behind the shadow."""
    name = request.module.__name__.rsplit(".", 1)[-1]
    if READERS[0] != "compiled" or name in UNSHADOWED:
        yield READERS[0]
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yamlread, "_compiled", _Shadowed(yamlread._compiled))
        yield "compiled, shadowed"


@pytest.fixture(autouse=True)
def _readers_agree():
    """Fails a test during which the shadow saw the two readers differ."""
    DIFFERENCES.clear()
    yield
    assert not DIFFERENCES, DIFFERENCES[0]


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
