"""The goals as they were at a git ref, and where the audited files sit in the repository.

``--diff REF`` audits the goals twice: as they are on disk, and as they were
at REF, written out into a temporary folder with the same relative layout and
audited with the same options. The findings at REF are what the current ones
are compared with (baseline.compare, in score.build), so a pull request check
fails only on what the pull request brought in.

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

from .baseline import Known
from .errors import InputErrors
from .untrusted import display_path

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
        raise GitProblem(f"{display_path(path)} is not inside a git repository")
    done = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], top)
    if done.returncode != 0:
        raise GitProblem(f"unknown git ref {ref!r} (is it fetched? a shallow clone may not have it)")
    commit = done.stdout.decode("ascii").strip()
    inside = Path(os.path.relpath(os.path.realpath(path), os.path.realpath(top))).as_posix()
    if inside == ".." or inside.startswith("../"):
        raise GitProblem(f"{display_path(path)} leads out of the git repository it is in")
    with tempfile.TemporaryDirectory(prefix="goalcheck-diff-") as scratch:
        if not materialise(top, commit, "" if inside == "." else inside, Path(scratch)):
            return Known("diff", ref, Counter())
        try:
            # names from the scratch folder, the repository's root then: per-path ignores and
            # include/exclude see the same names as in the audit of today's goals
            selection = options.selection.fresh() if getattr(options, "selection", None) is not None else None
            before = run(str(Path(scratch) / inside), replace(options, known=None, selection=selection,
                                                               root=scratch if options.root is not None else None))
        except InputErrors:
            return Known("diff", ref, Counter())
    return Known("diff", ref, Counter(item.fingerprint for item in before.active),
                 score_before=before.score)


def _unsafe_part(name: str) -> str | None:
    """Why a tree path may not be written under the scratch folder, or None when it may.

    Git stores names as given, and a crafted tree can hold ``..``, an absolute
    name or a ``.git`` folder; joined onto the scratch folder as is, such a name
    would write outside it (or plant a repository in it).
    """
    if not name or name.startswith("/"):
        return "an absolute or empty path"
    for part in name.split("/"):
        if part in ("", ".", ".."):
            return f"a {part!r} part" if part else "an empty part"
        if part.casefold() == ".git":
            return "a '.git' part"
    return None


def _inside(folder: Path, target: Path) -> bool:
    real_folder, real_target = os.path.realpath(folder), os.path.realpath(target)
    return os.path.commonpath([real_folder, real_target]) == real_folder and real_target != real_folder


def materialise(top: Path, commit: str, inside: str, into: Path) -> bool:
    """Write the goals files under ``inside`` at ``commit`` into ``into``; False if there are none.

    Only plain blobs are written, each to a new file (never through a link,
    never over another), and only where a path confined to ``into`` leads; a
    tree path that could lead elsewhere stops the comparison (GitProblem).
    A blob over the loader's size cap means the goals at REF cannot be
    audited, as a file too large to load would: False.
    """
    from .load import MAX_FILE_BYTES

    listing = _git(["ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--",
                    *([inside] if inside else [])], top)
    if listing.returncode != 0:
        raise GitProblem(f"git ls-tree failed: {listing.stderr.decode(errors='replace').strip()}")
    blobs: list[tuple[str, bytes]] = []
    for record in listing.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, name = record.partition(b"\t")
        mode, kind, sha, size = meta.decode("ascii").split()
        if kind != "blob" or mode not in ("100644", "100755") or not name.endswith((b".yaml", b".yml")):
            continue
        why = _unsafe_part(os.fsdecode(name))
        if why is not None:
            raise GitProblem(f"{commit[:12]} holds the path '{display_path(name)}', which has {why}: "
                             "goalcheck writes no such path")
        if int(size) > MAX_FILE_BYTES:
            return False
        blobs.append((sha, name))
    if not blobs:
        return False
    with subprocess.Popen(["git", "cat-file", "--batch"], cwd=top, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as batch:
        try:
            for sha, name in blobs:
                _write_blob(batch, sha, into, name)
        finally:
            batch.stdin.close()
            batch.stdout.close()
    return True


def _write_blob(batch, sha: str, into: Path, name: bytes) -> None:
    """Ask ``git cat-file --batch`` for one blob and write it as a new file under ``into``."""
    batch.stdin.write(f"{sha}\n".encode("ascii"))
    batch.stdin.flush()
    header = batch.stdout.readline().split()
    if len(header) != 3 or header[1] != b"blob":
        raise GitProblem(f"git cat-file cannot give the blob of '{display_path(name)}'")
    size = int(header[2])
    target = into / os.fsdecode(name)
    out_of_place = GitProblem(f"the path '{display_path(name)}' leads out of the folder it is written to")
    if not _inside(into, target):
        raise out_of_place
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not _inside(into, target):  # again, now that its folders exist
            raise out_of_place
        handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        raise GitProblem(f"the tree holds '{display_path(name)}' twice, or as a file and a folder") from None
    except OSError as problem:
        raise GitProblem(f"cannot write '{display_path(name)}': {problem.strerror}") from None
    with os.fdopen(handle, "wb") as out:
        left = size
        while left:
            chunk = batch.stdout.read(min(left, 1 << 20))
            if not chunk:
                raise GitProblem(f"git cat-file stopped in the middle of '{display_path(name)}'")
            out.write(chunk)
            left -= len(chunk)
    batch.stdout.read(1)  # the newline after the content
