"""`--diff REF` writes the goals at REF into a scratch folder and nowhere else.

A pull request can push any git tree, and git stores names as given: a crafted
tree can hold `..`, `.git` or an absolute name. Each must stop the comparison
with one line on stderr and exit 2, and nothing may be written outside the
scratch folder (which is gone afterwards).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from goalcheck.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ORG = b"organization: {name: Acme}\n"


def git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid",
                           "-c", "commit.gpgsign=false", *args], cwd=cwd, input=stdin,
                          capture_output=True, check=True).stdout.strip()


def tree(repo: Path, entries: list[tuple[bytes, bytes, str]]) -> str:
    """A tree object written as is (``--literally``: no check of the names)."""
    body = b"".join(mode + b" " + name + b"\0" + bytes.fromhex(sha) for mode, name, sha in entries)
    return git(repo, "hash-object", "-t", "tree", "-w", "--literally", "--stdin", stdin=body).decode()


@pytest.fixture
def scratch(monkeypatch, tmp_path) -> Path:
    """Where --diff makes its scratch folder; the tests look around it afterwards."""
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    folder = tmp_path / "tmp" / "deeper"
    folder.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def crafted(tmp_path: Path, path: list[bytes]) -> Path:
    """A repo whose HEAD is a good goals file, and whose commit `evil` holds
    ``evil.yaml`` under the tree names of ``path`` (outermost last)."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "goals.yaml").write_bytes(ORG)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "good")
    blob = git(repo, "hash-object", "-w", "--stdin", stdin=ORG + b"x-evil: true\n").decode()
    node, mode = blob, b"100644"
    name = b"evil.yaml"
    for part in path:
        node, mode, name = tree(repo, [(mode, name, node)]), b"40000", part
    top = tree(repo, [(mode, name, node)])
    commit = git(repo, "commit-tree", top, "-m", "evil").decode()
    git(repo, "update-ref", "refs/heads/evil", commit)
    return repo


HOSTILE_TREE_PATHS = {
    "a '..' folder": [b".."],
    "'..' twice": [b"..", b".."],
    "a '..' below a folder": [b"..", b"goals"],
    "a '.' folder": [b"."],
    "a '.git' folder": [b".git"],
    "a '.GIT' folder": [b".GIT"],
    "an empty part (a name holding '//')": [b"a//b"],
    "a name holding '/../'": [b"a/../.."],
}


@pytest.mark.parametrize("path", HOSTILE_TREE_PATHS.values(), ids=HOSTILE_TREE_PATHS)
def test_a_crafted_tree_path_is_refused_and_nothing_is_written(capsys, tmp_path, scratch, path):
    repo = crafted(tmp_path, path)
    before = sorted(p for p in tmp_path.rglob("*") if ".git" not in p.relative_to(tmp_path).parts)
    code = main(["audit", str(repo), "--diff", "evil", "--as-of", "2026-12-01"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", err
    assert err.count("\n") == 1 and err.startswith("goalcheck: error: --diff: ") and "writes no such path" in err
    after = sorted(p for p in tmp_path.rglob("*") if ".git" not in p.relative_to(tmp_path).parts)
    assert after == before  # nothing written anywhere, the scratch folder gone
    assert not list(scratch.iterdir())


def test_an_absolute_name_in_a_tree_is_refused(capsys, tmp_path, scratch):
    target = tmp_path / "planted.yaml"
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "goals.yaml").write_bytes(ORG)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "good")
    blob = git(repo, "hash-object", "-w", "--stdin", stdin=ORG).decode()
    top = tree(repo, [(b"100644", str(target).encode(), blob)])
    git(repo, "update-ref", "refs/heads/evil", git(repo, "commit-tree", top, "-m", "evil").decode())
    code = main(["audit", str(repo), "--diff", "evil"])
    _, err = capsys.readouterr()
    assert not target.exists()
    assert code == 2 and "--diff: " in err and "writes no such path" in err, err


def test_ordinary_names_are_written_inside_the_scratch_folder(capsys, tmp_path, scratch):
    """The near miss: dots inside names (`a..b`, `x..yaml`) and folders named like .git but not it."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    for name in ("a..b/x..yaml", ".gitx/g.yaml", "git/g.yaml", "org.yaml"):
        (repo / name).parent.mkdir(exist_ok=True)
        (repo / name).write_bytes(ORG if name == "org.yaml" else b"goals: []\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "good")
    code = main(["audit", str(repo), "--diff", "HEAD", "-f", "json", "--as-of", "2026-12-01"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["diff"]["score_before"] == 100.0  # REF was written out and audited
