"""Load, step 1 of 4: which files are the goals files.

A pull request controls every name and link under the audited path, so the
walk is the first guard: nothing outside the audited folder is read, each
real folder and file is visited once, and a symlink loop or a pipe is a
problem named at its place, not a hang.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .. import model as m
from ..errors import InputError
from ..messages import OUTSIDE, cannot_read
from ..paths import name as _shown
from ..untrusted import display_path


def discover(path: Path, names: Path | None = None, selection=None) -> tuple[Path, list[Path], list[InputError]]:
    """The base folder for relative names, the goals files in sorted order, problems.

    A pull request controls every name and link under PATH, so each file and
    folder is resolved and what lands outside the real path of the audited
    folder (for a file PATH, the folder holding it) is refused unread. Each
    real folder is walked once (a link to one already walked adds nothing),
    and each real file is read once, under the first name the walk meets.

    ``names``: the root file names are shown from (paths.root_for); None, the
    audited folder. ``selection``: which files found in folders are goals files
    (selection.Selection); None, every ``*.yaml`` and ``*.yml``.
    """
    errors: list[InputError] = []
    if str(path) == "":
        return path, [], [InputError(m.Location(".", 1, 1), "the path is empty")]
    rel = _rel if names is None else (lambda p, _base: display_path(_shown(p, names)))
    shown = display_path(path) if names is None else rel(path, None)
    if shown == "":
        return path, [], [InputError(m.Location(".", 1, 1), "the path is empty")]
    try:
        info = path.stat()
    except OSError as exc:
        return path, [], [InputError(m.Location(shown, 1, 1), cannot_read(exc))]
    if stat.S_ISREG(info.st_mode):
        if not within(os.path.realpath(path), os.path.realpath(path.parent)):
            return path.parent, [], [InputError(m.Location(shown, 1, 1), OUTSIDE)]
        return path.parent, [path], []
    if not stat.S_ISDIR(info.st_mode):
        return path, [], [InputError(m.Location(shown, 1, 1), "not a file or a folder")]
    if path.is_symlink() and not within(os.path.realpath(path), os.path.realpath(path.parent)):
        return path, [], [InputError(m.Location(shown, 1, 1), OUTSIDE)]
    files = _walk(path, errors, rel, selection)
    if not files and not errors:
        errors.append(InputError(m.Location(shown, 1, 1),
                                 "no goals files (*.yaml, *.yml) in this folder"))
    return path, files, errors


def within(real: str, boundary: str) -> bool:
    return real == boundary or real.startswith(boundary.rstrip(os.sep) + os.sep)


class _Open:
    """A folder being walked: its real identity, and the folder it was reached from."""

    __slots__ = ("identity", "parent")

    def __init__(self, identity: tuple[int, int], parent: _Open | None):
        self.identity, self.parent = identity, parent

    def holds(self, identity: tuple[int, int]) -> bool:
        node = self
        while node is not None:
            if node.identity == identity:
                return True
            node = node.parent
        return False


def _entries(folder: Path, root: Path, errors: list[InputError], rel=None) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as scan:
            return sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        errors.append(InputError(m.Location((rel or _rel)(folder, root), 1, 1), cannot_read(exc)))
        return []


def _walk(root: Path, errors: list[InputError], rel=None, selection=None) -> list[Path]:
    """The goals files under ``root``, depth first in sorted order, with a stack (any depth).

    ``rel`` names a path in errors (default: relative to ``root``); ``selection``
    (selection.Selection) says which folders to enter and which files are goals files.
    """
    rel = rel or _rel
    boundary = os.path.realpath(root)
    top = root.stat()
    seen_folders = {(top.st_dev, top.st_ino)}
    seen_files: set[tuple[int, int]] = set()
    files: list[Path] = []
    # each frame: a folder's entries, the next one to look at, and the chain of open folders
    stack: list[list] = [[_entries(root, root, errors, rel), 0, _Open((top.st_dev, top.st_ino), None)]]
    while stack:
        frame = stack[-1]
        entries, index, chain = frame
        if index == len(entries):
            stack.pop()
            continue
        frame[1] = index + 1
        entry = entries[index]
        full = Path(entry.path)
        if entry.name.startswith("."):
            if selection is not None and entry.name != ".git":
                selection.hidden(rel(full, root), entry.is_dir(follow_symlinks=False))
            continue
        try:
            linked = entry.is_symlink()
            is_dir = entry.is_dir()  # follows symlinks
        except OSError as exc:
            errors.append(InputError(m.Location(rel(full, root), 1, 1), cannot_read(exc)))
            continue
        if is_dir and selection is not None and not selection.folder(rel(full, root)):
            continue
        if not is_dir and not (selection.file(rel(full, root)) if selection is not None
                               else entry.name.endswith((".yaml", ".yml"))):
            continue
        if linked and not within(os.path.realpath(full), boundary):
            errors.append(InputError(m.Location(rel(full, root), 1, 1), OUTSIDE))
            continue
        try:
            info = entry.stat()
        except OSError:
            info = None  # a broken link: reported when it is read
        if is_dir and info is not None:
            identity = (info.st_dev, info.st_ino)
            if chain.holds(identity):
                errors.append(InputError(m.Location(rel(full, root), 1, 1),
                                         "symlink loop: this folder links back to a folder that contains it"))
            elif identity not in seen_folders:
                seen_folders.add(identity)
                stack.append([_entries(full, root, errors, rel), 0, _Open(identity, chain)])
        elif info is not None and not stat.S_ISREG(info.st_mode):
            # a pipe named goals.yaml would block the read for ever
            errors.append(InputError(m.Location(rel(full, root), 1, 1), "not a file or a folder"))
        elif info is None or (info.st_dev, info.st_ino) not in seen_files:
            if info is not None:
                seen_files.add((info.st_dev, info.st_ino))
            files.append(full)
    return files


def _rel(path: Path, base: Path) -> str:
    """The name a file is shown by: relative to ``base``, decoded once (untrusted.display_path)."""
    try:
        return display_path(path.relative_to(base).as_posix())
    except ValueError:
        return display_path(path.as_posix())


def file_name(file: Path, base: Path, names: Path | None) -> str:
    """The name a goals file is shown by: from ``names`` (the path root) when given, else from ``base``."""
    if names is not None:
        return display_path(_shown(file, names))
    return _rel(file, base) if base != file else display_path(file.name)


def root_name(root: Path, base: Path, names: Path | None) -> str:
    """The name of the audited path itself, for a problem with the whole repo."""
    if names is not None:
        return display_path(_shown(root, names))
    return _rel(root, base) if root != base else display_path(root.name) or "."
