"""The install recipes of the README and docs/ci.md, run as written against a
local clone: each pip recipe's URL (a release archive, or git at a tag) is
swapped for the clone's, at the tag the recipe names, and installed; the
installed goalcheck must be the release pyproject.toml holds and must audit.

Kept fast: pip builds with the build backend already installed (no build
isolation, no index, no dependencies: the test's own environment has them).
The action's install step is run by tests/test_action.py, and pre-commit's
install by tests/test_precommit.py (at the release tag); here their recipes
are held to the tag scheme and to what the repository defines.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "docs" / "ci.md"]
# what a release archive holds that the build and the install use
RELEASED = ("goalcheck", "rules", "pyproject.toml", "setup.py", "MANIFEST.in", "vendor", "README.md",
            ".pre-commit-hooks.yaml", "action.yml")
BACKEND = re.search(r'^build-backend = "([^".]+)', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)
VERSION = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)
TAG = f"v{VERSION}"
REPOSITORY = "https://github.com/<owner>/goalcheck"
PIP = re.compile(r'pip install "goalcheck @ (?P<url>[^"]+)"')
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.M | re.S)


def blocks() -> list[tuple[str, str]]:
    return [(doc.name, block) for doc in DOCS for block in FENCE.findall(doc.read_text(encoding="utf-8"))]


def pip_recipes() -> list[tuple[str, str]]:
    found = {(doc.name, match["url"]) for doc in DOCS for match in PIP.finditer(doc.read_text(encoding="utf-8"))}
    return sorted(found)


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c",
                           "commit.gpgsign=false", "-c", "tag.gpgsign=false", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """A repository holding goalcheck as a release holds it, tagged as the scheme says."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path_factory.mktemp("recipes") / "goalcheck"
    repo.mkdir()
    for name in RELEASED:
        source = ROOT / name
        if not source.exists():
            continue
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.so"))
        else:
            shutil.copy2(source, repo / name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "release")
    git(repo, "tag", "-a", TAG, "-m", f"goalcheck {VERSION}")
    return repo


def local(url: str, clone: Path, scratch: Path) -> str:
    """The recipe's URL, pointing at the clone instead of GitHub, at the same ref."""
    archive = re.fullmatch(re.escape(REPOSITORY) + r"/archive/(?P<ref>[^/]+)\.tar\.gz", url)
    if archive:  # GitHub serves `git archive` of the ref
        tarball = scratch / f"goalcheck-{archive['ref']}.tar.gz"
        git(clone, "archive", "--format=tar.gz", f"--prefix=goalcheck-{archive['ref']}/", "-o", str(tarball),
            archive["ref"])
        return tarball.as_uri()
    over_git = re.fullmatch(r"git\+" + re.escape(REPOSITORY) + r"@(?P<ref>[^#]+)", url)
    assert over_git, f"a recipe installs from somewhere this test cannot stand in for: {url}"
    return f"git+file://localhost{clone.as_posix()}@{over_git['ref']}"  # pip wants a host in a VCS URL


def test_every_recipe_names_the_release_tag():
    recipes = pip_recipes()
    assert {doc for doc, _ in recipes} == {"README.md", "ci.md"}
    for doc, url in recipes:
        assert TAG in url, f"{doc}: {url} is not at {TAG}"
    for doc, block in blocks():
        for line in block.splitlines():
            assert not re.search(r"pip install goalcheck\b(?!==)", line), \
                f"{doc}: '{line.strip()}' installs from PyPI, where goalcheck is not published"
            used = re.search(r"uses: <owner>/goalcheck@(\S+)", line)
            assert used is None or used.group(1) == TAG.split(".")[0], f"{doc}: {line.strip()}"


@pytest.mark.skipif(importlib.util.find_spec(BACKEND) is None, reason=f"the build backend ({BACKEND}) is not installed")
@pytest.mark.parametrize("url", sorted({url for _, url in pip_recipes()}))  # each URL once, whichever doc
def test_each_pip_recipe_installs_a_working_goalcheck(url, clone, tmp_path):
    target = tmp_path / "site"
    spec = f"goalcheck @ {local(url, clone, tmp_path)}"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                           "--no-deps", "--no-build-isolation", "--no-index", "--target", str(target), spec],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = subprocess.run([sys.executable, "-c", "import goalcheck; print(goalcheck.__file__, goalcheck.__version__)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path)
    where, version = probe.stdout.split()
    assert where.startswith(str(target)) and version == VERSION
    audited = subprocess.run([sys.executable, "-m", "goalcheck", "audit", str(ROOT / "sample_orgs" / "northwind-outfitters"),
                              "-f", "concise", "--as-of", "2026-12-01"], capture_output=True, text=True, env=env,
                             cwd=tmp_path)
    assert audited.returncode == 0 and audited.stdout == "", audited.stderr


def test_the_pre_commit_recipes_name_the_hook_at_the_tag():
    hooks = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    configs = [yaml.safe_load(block) for _, block in blocks() if f"repo: {REPOSITORY}" in block]
    assert len(configs) >= 2, "the README and docs/ci.md each give the pre-commit recipe"
    for config in configs:
        (repo,) = config["repos"]
        assert repo["repo"] == REPOSITORY and repo["rev"] == TAG
        assert {hook["id"] for hook in repo["hooks"]} <= hooks
