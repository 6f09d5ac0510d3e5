"""The goals as they were at a git ref, and where the audited files sit in the repository.

``--diff REF`` audits the goals twice: as they are on disk, and as they were
at REF, written out into a temporary folder with the same relative layout and
audited with the same options. The findings at REF are what the current ones
are compared with (baseline.only_new), so a pull request check fails only on
what the pull request brought in.

Files are read with ``git ls-tree`` and ``git cat-file``, byte for byte:
``git archive`` would apply export-ignore and export-subst attributes, and
``git worktree`` would change the repository's state.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .baseline import Known, fingerprint
from .errors import InputErrors

GOALS_SUFFIXES = (".yaml", ".yml")


class GitProblem(Exception):
    """Git cannot give what --diff needs; the message is one line for the user."""


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitProblem("git is not installed (or not on PATH)") from None


def _folder(path: str) -> Path:
    target = Path(path)
    return target if target.is_dir() else target.parent


def toplevel(path: str) -> Path | None:
    """The root of the git work tree holding ``path``, or None outside one."""
    folder = _folder(path)
    if not folder.is_dir():
        return None
    try:
        done = _git(["rev-parse", "--show-toplevel"], folder)
    except GitProblem:
        return None
    if done.returncode != 0:
        return None
    return Path(os.fsdecode(done.stdout.rstrip(b"\n")))


def repository_prefix(path: str) -> str:
    """The folder the report's file names are relative to, as seen from the repository root.

    CI systems (code scanning, annotations, test reports) resolve file names
    against the root of the checkout; outside a repository, the current
    folder stands in for it, and goals outside both are named absolutely.
    Returns "", or a posix path ending in "/" (relative, or absolute).
    """
    folder = os.path.realpath(_folder(path))
    root = os.path.realpath(toplevel(path) or Path.cwd())
    relative = os.path.relpath(folder, root)
    if relative == ".":
        return ""
    if relative == ".." or relative.startswith(".." + os.sep):
        return Path(folder).as_posix().rstrip("/") + "/"
    return Path(relative).as_posix() + "/"


def known_at(path: str, ref: str, options) -> Known:
    """The findings of the goals at ``path`` as they were at ``ref``, audited with ``options``.

    When nothing at REF can be audited (the goals did not exist yet, or did
    not load), every current finding is new and there is no score before.
    """
    from .audit import run

    if not Path(path).exists():
        return Known("diff", ref, Counter())  # the audit of PATH itself says that it is missing
    top = toplevel(path)
    if top is None:
        raise GitProblem(f"{path} is not inside a git repository")
    done = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], top)
    if done.returncode != 0:
        raise GitProblem(f"unknown git ref {ref!r} (is it fetched? a shallow clone may not have it)")
    commit = done.stdout.decode("ascii").strip()
    inside = Path(os.path.relpath(os.path.realpath(path), os.path.realpath(top))).as_posix()
    with tempfile.TemporaryDirectory(prefix="goalcheck-diff-") as scratch:
        if not materialise(top, commit, "" if inside == "." else inside, Path(scratch)):
            return Known("diff", ref, Counter())
        try:
            before = run(str(Path(scratch) / inside), replace(options, known=None))
        except InputErrors:
            return Known("diff", ref, Counter())
    return Known("diff", ref, Counter(fingerprint(item.finding) for item in before.active),
                 score_before=before.score)


def materialise(top: Path, commit: str, inside: str, into: Path) -> bool:
    """Write the goals files under ``inside`` at ``commit`` into ``into``; False if there are none."""
    listing = _git(["ls-tree", "-r", "-z", "--full-tree", commit, "--", *([inside] if inside else [])], top)
    if listing.returncode != 0:
        raise GitProblem(f"git ls-tree failed: {listing.stderr.decode(errors='replace').strip()}")
    blobs: list[tuple[str, str]] = []
    for record in listing.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, name = record.partition(b"\t")
        mode, kind, sha = meta.decode("ascii").split(" ")
        file = os.fsdecode(name)
        if kind == "blob" and mode in ("100644", "100755") and file.endswith(GOALS_SUFFIXES):
            blobs.append((sha, file))
    if not blobs:
        return False
    contents = _git(["cat-file", "--batch"], top, stdin="".join(f"{sha}\n" for sha, _ in blobs).encode("ascii"))
    if contents.returncode != 0:
        raise GitProblem(f"git cat-file failed: {contents.stderr.decode(errors='replace').strip()}")
    stream, offset = contents.stdout, 0
    for _, file in blobs:
        header_end = stream.index(b"\n", offset)
        size = int(stream[offset:header_end].split(b" ")[2])
        start = header_end + 1
        target = into / file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(stream[start:start + size])
        offset = start + size + 1  # the content is followed by a newline
    return True
