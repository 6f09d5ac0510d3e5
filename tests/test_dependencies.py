"""What pyproject.toml declares is what the code imports: each runtime dependency is
imported by goalcheck/, each test dependency used by tests/, and nothing third-party
is imported that is not declared (a clean `pip install '.[test]'` is all CI has)."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
MODULE = {"pyyaml": "yaml", "pre-commit": "pre_commit",  # where a distribution's module has another name
          "pytest-xdist": "xdist"}
# pytest plugins the suite runs with by an option of pyproject's addopts, not by an import
PLUGIN_OPTIONS = {"-n": "xdist"}
STDLIB = set(sys.stdlib_module_names) | {"tomllib"}  # tomllib: 3.11 on (tomli stands in on 3.10)


def modules(requirements: list[str]) -> set[str]:
    names = {re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower() for requirement in requirements}
    return {MODULE.get(name, name.replace("-", "_")) for name in names}


def imported(folder: str) -> set[str]:
    """Top-level third-party modules imported, or asked for by importlib.util.find_spec('x')."""
    found = set()
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "find_spec"
                  and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(str(node.args[0].value).split(".")[0])
    return found - STDLIB - {"goalcheck", "tests"}


def test_each_runtime_dependency_is_imported_and_nothing_else():
    used, declared = imported("goalcheck"), modules(PROJECT["project"]["dependencies"])
    assert declared <= used, f"declared and never imported by goalcheck: {sorted(declared - used)}"
    assert used <= declared, f"imported by goalcheck, not declared: {sorted(used - declared)}"


def test_each_test_dependency_is_used_by_the_tests():
    runtime = modules(PROJECT["project"]["dependencies"])
    test = modules(PROJECT["project"]["optional-dependencies"]["test"])
    backend = PROJECT["build-system"]["build-backend"].split(".")[0]  # test_recipes builds with it
    addopts = PROJECT["tool"]["pytest"]["ini_options"].get("addopts", "").split()
    used = imported("tests") | {backend} | {module for option, module in PLUGIN_OPTIONS.items() if option in addopts}
    assert test <= used, f"declared for the tests and never used: {sorted(test - used)}"
    local = {path.stem for folder in ("scripts", "benchmarks") for path in (ROOT / folder).glob("*.py")}
    assert used - local <= test | runtime, f"used by the tests, not declared: {sorted(used - local - test - runtime)}"
