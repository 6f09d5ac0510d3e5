"""The one root every file name is shown from: the repository root when the
audited path is inside a git work tree, else the current directory.

Every report and every error names a file the same way, relative to that root
(``goals/support.yaml``), which is also how CI systems (code scanning,
annotations, GitLab, JUnit viewers) and repository links (``--link-base``)
resolve it. A file outside the root is named by its absolute path.

The work tree is found by looking for ``.git`` (a folder, or the file a linked
worktree or submodule has) from the path upwards, as git itself does, without
starting a git process on every run.
"""

from __future__ import annotations

import os
from pathlib import Path


def work_tree(path: str | os.PathLike) -> Path | None:
    """The root of the git work tree holding ``path``, or None outside one."""
    folder = os.path.abspath(path)
    if not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return Path(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def root_for(path: str | os.PathLike) -> Path:
    """Where file names are shown from for an audit of ``path``."""
    return work_tree(path) or Path(os.getcwd())


def name(path: str | os.PathLike, root: str | os.PathLike) -> str:
    """``path`` as reports show it: posix, relative to ``root``, or absolute when outside it."""
    full = os.path.abspath(path)
    relative = os.path.relpath(full, os.path.abspath(root))
    if relative == ".." or relative.startswith(".." + os.sep):
        return Path(full).as_posix()
    return "." if relative == "." else Path(relative).as_posix()
