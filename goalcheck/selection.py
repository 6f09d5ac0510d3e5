"""Which files under the audited folder are goals files: ``include`` and
``exclude`` globs from the config, with the usual non-goals YAML (CI, docs and
container files) excluded by default.

Patterns follow ruff's ``exclude``: one without a slash matches a file or
folder name at any depth (``mkdocs.yml``, ``docker-compose*.yml``); one with a
slash matches the path from the config's folder (``drafts/*.yaml``); ``**``
spans folders; a trailing slash matches folders only (``.github/``). A folder
that matches is skipped whole. ``exclude`` replaces the default list and
``extend-exclude`` adds to it. A file named on the command line is always
audited. Hidden files and folders (``.github``, ``.gitlab-ci.yml``) are skipped
in any case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

DEFAULT_INCLUDE = ("*.yaml", "*.yml")
# YAML that lives beside goals in a repository and is never a goals file
DEFAULT_EXCLUDE = (
    ".github/", ".gitlab/", ".circleci/", ".pre-commit-config.yaml", ".pre-commit-hooks.yaml",
    ".gitlab-ci.yml", ".travis.yml", ".readthedocs.yaml", ".readthedocs.yml", ".yamllint", ".yamllint.yaml",
    "mkdocs.yml", "mkdocs.yaml", "docker-compose*.yml", "docker-compose*.yaml", "compose.yml", "compose.yaml",
    "action.yml", "action.yaml", "azure-pipelines.yml", "bitbucket-pipelines.yml", "appveyor.yml",
    "codecov.yml", "netlify.yml", "environment.yml", "conda-env.yaml", "pnpm-lock.yaml", "pnpm-workspace.yaml",
    "node_modules/", "venv/",
)


@lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern:
    """A glob as a regular expression over a posix path: * and ? stop at slashes, ** does not."""
    out, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
            continue
        if pattern.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = pattern.find("]", index + 2)
            if end == -1:
                out.append(re.escape(char))
            else:
                body = pattern[index + 1:end]
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                index = end
        else:
            out.append(re.escape(char))
        index += 1
    return re.compile("".join(out) + r"\Z")


def matches(pattern: str, relative: str, folder: bool = False) -> bool:
    """Does ``pattern`` match the file or folder at ``relative`` (posix, from the pattern's base)?"""
    only_folders = pattern.endswith("/")
    pattern = pattern.rstrip("/")
    if only_folders and not folder:
        return False
    if "/" not in pattern:
        return _regex(pattern).match(relative.rsplit("/", 1)[-1]) is not None
    return _regex(pattern.lstrip("/")).match(relative) is not None


@dataclass
class Selection:
    """The globs, and what they left out during one walk (for ``--verbose``)."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    base: str = ""  # the patterns' folder, as a prefix of the names they are given ("" or "goals/")
    excluded: list[tuple[str, str]] = field(default_factory=list)  # (name, the pattern that excluded it)
    included: list[str] = field(default_factory=list)

    def fresh(self) -> "Selection":
        """The same globs, with nothing recorded yet (for a second walk, as --diff makes)."""
        return Selection(self.include, self.exclude, self.base)

    def _relative(self, name: str) -> str:
        return name[len(self.base):] if self.base and name.startswith(self.base) else name

    def folder(self, name: str) -> bool:
        """Walk into the folder ``name``?"""
        relative = self._relative(name)
        for pattern in self.exclude:
            if matches(pattern, relative, folder=True):
                self.excluded.append((name + "/", pattern))
                return False
        return True

    def file(self, name: str) -> bool:
        """Is the file ``name`` (found by walking a folder) a goals file?"""
        relative = self._relative(name)
        if not any(matches(pattern, relative) for pattern in self.include):
            return False
        for pattern in self.exclude:
            if matches(pattern, relative):
                self.excluded.append((name, pattern))
                return False
        self.included.append(name)
        return True

    def hidden(self, name: str, folder: bool) -> None:
        """A hidden file or folder, never read: recorded when a pattern names it or it looks like goals."""
        relative = self._relative(name)
        for pattern in self.exclude:
            if matches(pattern, relative, folder=folder):
                self.excluded.append((name + "/" * folder, pattern))
                return
        if not folder and relative.rsplit("/", 1)[-1] != ".goalcheck.yaml" and any(
                matches(pattern, relative) for pattern in self.include):
            self.excluded.append((name, "hidden"))
