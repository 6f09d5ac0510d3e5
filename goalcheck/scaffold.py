"""`goalcheck init`: a small, valid, commented goals repo to start from.

It writes only into files that do not exist yet, unless asked to overwrite,
and checks every target before writing the first, so a refusal writes nothing.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

from .files import write_atomically

# template in goalcheck/data/init -> where it goes in the new repo
FILES = {
    "strategy.yaml": "strategy.yaml",
    "departments/support.yaml": "departments/support.yaml",
    "departments/sales.yaml": "departments/sales.yaml",
    "departments/product.yaml": "departments/product.yaml",
    "goalcheck.yaml": ".goalcheck.yaml",
}


class Refused(Exception):
    """Some target files exist and overwriting was not asked for."""

    def __init__(self, existing: list[Path]):
        super().__init__(", ".join(str(p) for p in existing))
        self.existing = existing


def plan(folder: Path) -> list[Path]:
    return [folder / target for target in FILES.values()]


def write(folder: Path, force: bool = False, today: date | None = None) -> list[Path]:
    """Write the starter repo into ``folder``; return the files written."""
    targets = plan(folder)
    existing = [path for path in targets if path.exists()]
    if existing and not force:
        raise Refused(existing)
    year = str((today or date.today()).year + 1)  # goals due next year: not stale on day one
    templates = resources.files("goalcheck").joinpath("data/init")
    for template, target in FILES.items():
        text = templates.joinpath(template).read_text("utf-8").replace("NEXT_YEAR", year)
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(str(path), text)
    return targets
