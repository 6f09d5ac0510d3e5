"""The import graph held against the flow of docs/architecture.md: a step imports only
earlier steps, renderers read the Result alone, checks see only the Context.

Read from the source with ast (imports inside functions count too), so a lazy
import cannot slip past it.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "goalcheck"

# the steps in the order they run; a module of a step may import its own step and earlier ones
STEPS = ("load", "infer", "index", "checks", "waivers", "score", "report", "cli")
STEP_OF = {
    "goalcheck.load": "load", "goalcheck.infer": "infer", "goalcheck.index": "index",
    "goalcheck.checks": "checks", "goalcheck.waivers": "waivers",
    "goalcheck.score": "score", "goalcheck.insights": "score", "goalcheck.baseline": "score",
    "goalcheck.report": "report", "goalcheck.cli": "cli",
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


@lru_cache(maxsize=None)
def imports(name: str) -> frozenset[str]:
    """The goalcheck modules ``name`` imports, anywhere in its source."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            for alias in node.names:  # from . import score: the module goalcheck.score
                if f"{module}.{alias.name}" in MODULES:
                    found.add(f"{module}.{alias.name}")
    return frozenset(module for module in found if module == "goalcheck" or module.startswith("goalcheck."))


def step(module: str) -> str | None:
    for prefix, name in STEP_OF.items():
        if module == prefix or module.startswith(prefix + "."):
            return name
    return None


def test_the_graph_is_read():
    """The reader finds what it must, or the tests below would pass on nothing."""
    assert {"goalcheck.load", "goalcheck.checks.hygiene", "goalcheck.report.sarif"} <= set(MODULES)
    assert "goalcheck.score" in imports("goalcheck.audit")
    assert "goalcheck.untrusted" in imports("goalcheck.report.sarif")
    assert "goalcheck.load.read" in imports("goalcheck.load")
    assert "goalcheck.finding" in imports("goalcheck.checks.hygiene")


@pytest.mark.parametrize("name", sorted(name for name in MODULES if step(name)))
def test_a_step_imports_only_earlier_steps(name):
    mine = STEPS.index(step(name))
    later = sorted(module for module in imports(name) if step(module) and STEPS.index(step(module)) > mine)
    assert not later, f"{name} ({step(name)}) imports {later}, of later steps"


@pytest.mark.parametrize("name", sorted(name for name in MODULES if name.startswith("goalcheck.report")))
def test_renderers_read_the_result_alone(name):
    """No catalogue, no checks, no baseline: what a report shows is in the Result."""
    allowed = {"goalcheck.untrusted", "goalcheck.finding"}
    outside = sorted(module for module in imports(name)
                     if not module.startswith("goalcheck.report") and module not in allowed)
    assert not outside, f"{name} imports {outside}"


@pytest.mark.parametrize("name", sorted(name for name in MODULES if name.startswith("goalcheck.checks")))
def test_checks_see_only_the_context(name):
    """A check neither reads the waivers nor the catalogue, nor runs other rules' checks."""
    forbidden = {"goalcheck.waivers", "goalcheck.catalogue", "goalcheck.load", "goalcheck.config"}
    found = sorted(module for module in imports(name)
                   if module in forbidden or module.startswith("goalcheck.load."))
    assert not found, f"{name} imports {found}"
    if name != "goalcheck.checks":
        source = MODULES[name].read_text("utf-8")
        assert "REGISTRY[" not in source, f"{name} runs another rule's check"
