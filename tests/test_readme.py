"""The README's generated parts (rules table, sample report, samples' findings)
say what goalcheck prints today: run scripts/update_readme.py after a change."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_parts_are_current():
    spec = importlib.util.spec_from_file_location("update_readme", ROOT / "scripts" / "update_readme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = (ROOT / "README.md").read_text()
    assert module.render(readme) == readme, "README is stale: run python scripts/update_readme.py"


def test_every_rule_has_a_row_and_an_explanation():
    from goalcheck import catalogue

    readme = (ROOT / "README.md").read_text()
    for rule in catalogue.rules().values():
        assert f"| {rule.code} | `{rule.name}` |" in readme
