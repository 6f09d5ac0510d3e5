"""The hostile inputs, in one table: what a pull request to a goals repo can put there.

Each case builds a goals repo (or file) under a folder and says what the
refusal must name: the located prefix (``file:line:column:`` or part of it)
and words of the message; ``absent`` lists what must never be echoed (the
content of files outside the repo), and ``count`` how many errors there are
where that is exactly known. tests/test_hostile.py runs each case through the
command line in-process (exit 2, located, no traceback, nothing written), with
conftest's shadow reading every file the loader reads with both YAML readers.
The loader's refusals live here too, so each is written once.

``ACCEPTED`` lists hostile shapes that are not errors: they must audit
(exit 0 or 1), quickly, with what they say read once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ORG = "organization: {name: Acme}\n"
BIG = 20 * 1024 * 1024  # a 20 MB line
SECRET = "SECRET-TOKEN-d41d8cd98f00b204"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Case:
    id: str
    make: Callable[[Path, Path], Path]  # (repo, outside) -> the PATH to audit
    needles: tuple[str, ...]  # each must be in the errors (the first is usually file:line:col)
    absent: tuple[str, ...] = (SECRET,)
    check: Callable[[Path], None] | None = None  # called with the test's folder afterwards
    root_only_fails: bool = False  # root reads unreadable files: skip there
    count: int | None = None  # how many errors, where exactly known


def _files(*pairs) -> Callable[[Path, Path], Path]:
    def make(repo: Path, outside: Path) -> Path:
        for name, content in pairs:
            write(repo, name, content)
        return repo
    return make


def _secret(outside: Path) -> Path:
    """A file outside the repo, shaped to be echoed by an error if it were read."""
    return write(outside, "secret.yaml", f"version: {SECRET}\norganization: {{name: {SECRET}}}\n")


def _alias_bomb() -> str:
    lines = [ORG, "x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"]
    for level in range(1, 12):  # 10**12 nodes if it were expanded
        name, previous = f"l{level}", "a" if level == 1 else f"l{level - 1}"
        lines.append(f"x-{name}: &{name} [{', '.join(['*' + previous] * 10)}]\n")
    return "".join(lines)


def _deep(opening: str, closing: str) -> str:
    if opening == "- ":  # block sequences, one level per line
        return ORG + "x-deep:\n" + "".join("  " * level + "-\n" for level in range(5000))
    return ORG + "x-deep: " + opening * 100_000 + "1" + closing * 100_000 + "\n"


def _tag(tag: str) -> Callable[[Path, Path], Path]:
    def make(repo: Path, outside: Path) -> Path:
        write(repo, "g.yaml", ORG + f"x-a: {tag} ['touch {outside / 'ran'}']\n")
        return repo
    return make


def _ran_nothing(folder: Path) -> None:
    assert not (folder / "outside" / "ran").exists()


def _symlink_loop(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    (repo / "sub").mkdir()
    (repo / "sub" / "loop").symlink_to(repo)
    return repo


def _link_to_nothing_inside(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    (repo / "gone.yaml").symlink_to(repo / "nowhere.yaml")
    return repo


def _unreadable(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    write(repo, "secret.yaml", "goals: []\n").chmod(0)
    return repo


def _pipe(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    os.mkfifo(repo / "b.yaml")  # reading a pipe would wait for a writer for ever
    return repo


def _long_line(shape: str) -> Callable[[Path, Path], Path]:
    body = {
        "scalar": lambda: b"x-blob: " + b"a" * BIG,
        "quoted": lambda: b'x-blob: "' + b"a" * BIG + b'"',
        "flow sequence": lambda: b"x-blob: [" + b"1," * (BIG // 2) + b"1]",
        "flow mapping": lambda: b"x-blob: {" + b"".join(b"k%d: 1, " % i for i in range(BIG // 12)) + b"z: 1}",
        "comment": lambda: b"# " + b"a" * BIG,
    }[shape]

    def make(repo: Path, outside: Path) -> Path:
        write(repo, "g.yaml", ORG.encode() + body() + b"\n")
        return repo
    return make


# --- reading outside the repo ------------------------------------------------

def _file_linked_out(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    (repo / "b.yaml").symlink_to(_secret(outside))
    return repo


def _folder_linked_out(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    _secret(outside)
    (repo / "more").symlink_to(outside)
    return repo


def _folder_linked_to_root(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    (repo / "everything").symlink_to("/")
    return repo


def _relative_link_out(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    _secret(outside)
    (repo / "sub").mkdir()
    (repo / "sub" / "b.yaml").symlink_to(Path("..") / ".." / "outside" / "secret.yaml")
    return repo


def _config_linked_out(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    (repo / ".goalcheck.yaml").symlink_to(write(outside, "config.yaml", f"select: [{SECRET}]\n"))
    return repo


def _pyproject_linked_out(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    (repo / "pyproject.toml").symlink_to(write(outside, "pyproject.toml", f'[tool.goalcheck]\nselect = ["{SECRET}"]\n'))
    return repo


def _audited_folder_is_a_link_out(repo: Path, outside: Path) -> Path:
    write(outside, "a.yaml", ORG)
    _secret(outside)
    repo.mkdir(parents=True)
    (repo / "goals").symlink_to(outside)
    return repo / "goals"


def _audited_file_is_a_link_out(repo: Path, outside: Path) -> Path:
    repo.mkdir(parents=True)
    (repo / "goals.yaml").symlink_to(_secret(outside))
    return repo / "goals.yaml"


def _too_large(repo: Path, outside: Path) -> Path:
    write(repo, "a.yaml", ORG)
    with open(repo / "huge.yaml", "wb") as file:  # sparse: nothing is written but its size
        file.truncate((64 << 20) + 1)
    return repo


def _long_alias(repo: Path, outside: Path) -> Path:
    """One 100 KB text, aliased 20 times: 2 MB of values from a 100 KB file."""
    aliases = "".join(f"x-{n}: *t\n" for n in range(20))
    write(repo, "g.yaml", ORG + 'x-text: &t "' + "a" * 100_000 + '"\n' + aliases)
    return repo


def _config(text: str) -> Callable[[Path, Path], Path]:
    def make(repo: Path, outside: Path) -> Path:
        write(repo, "a.yaml", ORG)
        write(repo, ".goalcheck.yaml", text)
        return repo
    return make


GOAL = "goals:\n  - id: g\n    title: t\n    owner: s\n"

CASES: list[Case] = [
    Case("duplicate keys", _files(("g.yaml", ORG + "departments:\n  - id: a\n    name: A\n    name: B\n")),
         ("g.yaml:5:5:", "duplicate key 'name'", "line 4"), count=1),
    Case("duplicate ids across files", _files(("a.yaml", ORG + "departments:\n  - {id: support, name: Support}\n"),
                                              ("b.yaml", "departments:\n  - {id: support, name: Help desk}\n")),
         ("b.yaml:2:10:", "duplicate department id 'support'", "a.yaml:3:10"), count=1),
    Case("unknown keys", _files(("g.yaml", ORG + "departments:\n  - {id: s, name: S}\n"
                                 "goals:\n  - {id: g, titel: x, owner: s}\n  - {id: h, title: y, owner: s, colour: red}\n")),
         ("g.yaml:5:13:", "unknown key 'titel'", "(did you mean 'title'?)", "g.yaml:6:33:", "unknown key 'colour'")),
    *[Case(f"wrong type: {line.strip()}",
           _files(("g.yaml", ORG + "goals:\n  - id: g\n    title: t\n" + ("" if "owner" in line else "    owner: s\n")
                   + line)), ("g.yaml:", needle))
      for line, needle in [
          ("    appraisal: yes\n", "'appraisal' in goal 'g' must be true or false"),
          ("    baseline: [1, 2]\n", "'baseline' in goal 'g' must be"),
          ("    baseline: lots\n", "'baseline' in goal 'g' must be a number"),
          ("    previous_target: lots\n", "'previous_target' in goal 'g' must be a number"),
          ("    level: boss\n", "'level' in goal 'g' must be one of org, department, team, individual"),
          ("    due: next year\n", "'due' in goal 'g' must be a date written YYYY-MM-DD"),
          ("    supports: growth\n", "'supports' in goal 'g' must be a list"),
          ("    due: 2027-02-30\n", "'due' in goal 'g' is not a real date"),
          ("    owner: {id: s}\n", "'owner' in goal 'g' must be")]],
    Case("alias bomb", _files(("g.yaml", _alias_bomb())), ("g.yaml:", "alias bomb")),
    # libyaml (PyYAML 6.0.4 on) may refuse the depth before our own guard does, with its own words
    *[Case(f"deep nesting {opening}{closing}", _files(("g.yaml", _deep(opening, closing))), ("g.yaml:",))
      for opening, closing in [("[", "]"), ("{a: ", "}"), ("- ", "")]],
    Case("nesting 10,000 deep", _files(("g.yaml", ORG + "x-deep: " + "[" * 10000 + "]" * 10000 + "\n")),
         ("g.yaml:2:", "nesting"), count=1),
    *[Case(f"python tag {tag}", _tag(tag), ("g.yaml:2:6: tag", "is not allowed"), check=_ran_nothing, count=1)
      for tag in ["!!python/object/apply:os.system", "!!python/object:os.system", "!!python/name:os.system",
                  "!<tag:yaml.org,2002:python/object/apply:os.system>"]],
    Case("non-UTF-8 bytes", _files(("g.yaml", ORG.encode() + b"x-a: caf\xe9\n")), ("g.yaml:2:9:", "not UTF-8")),
    Case("UTF-16", _files(("g.yaml", ORG.encode("utf-16"))), ("g.yaml:1:1:", "not UTF-8")),
    Case("tabs", _files(("g.yaml", ORG + "departments:\n\t- {id: a, name: A}\n")), ("g.yaml:3:",)),
    *[Case(f"a file that is {what}", _files(("g.yaml", text)), ("g.yaml:1:1:", what))
      for text, what in [("- a\n- b\n", "a list"), ("just text\n", "a single value"), ("42\n", "a single value")]],
    Case("a folder with no goals files", _files(("notes.txt", "goals: none yet\n"), (".hidden/g.yaml", ORG)),
         ("no goals files",)),
    Case("no organization", _files(("a.yaml", "departments: [{id: s, name: S}]\n")),
         ("no file defines 'organization'",)),
    Case("two organizations", _files(("a.yaml", ORG), ("b.yaml", "organization: {name: Other}\n")),
         ("b.yaml:1:1:", "a second 'organization'", "a.yaml:1:1"), count=1),
    Case("a second document", _files(("g.yaml", ORG + "---\n" + ORG)), ("g.yaml:2:1:", "one YAML document")),
    Case("symlink loop", _symlink_loop, ("sub/loop:1:1:", "symlink loop"), count=1),
    Case("a link to nothing", _link_to_nothing_inside, ("gone.yaml:1:1:", "cannot read")),
    Case("a file that cannot be read", _unreadable, ("secret.yaml:1:1:", "cannot read"), root_only_fails=True),
    Case("a pipe named like a goals file", _pipe, ("b.yaml:1:1:", "not a file")),
    *[Case(f"a 20 MB single line: {shape}", _long_line(shape), ("g.yaml:2:1048577:", "line is longer than"))
      for shape in ["scalar", "quoted", "flow sequence", "flow mapping", "comment"]],
    Case("a huge line after many short ones",
         _files(("g.yaml", ORG.encode() + b"x-n: 1\n" * 100_000 + b"x-blob: " + b"a" * (2 << 20) + b"\n")),
         ("g.yaml:100002:", "line is longer than")),
    # reading outside the repo: refused unread, the secret never echoed
    Case("a goals file linked outside", _file_linked_out, ("b.yaml:1:1:", "links outside the audited folder")),
    Case("a folder linked outside", _folder_linked_out, ("more:1:1:", "links outside the audited folder")),
    Case("a folder linked to /", _folder_linked_to_root, ("everything:1:1:", "links outside the audited folder")),
    Case("a relative link out", _relative_link_out, ("sub/b.yaml:1:1:", "links outside the audited folder")),
    Case("the config linked outside", _config_linked_out, (".goalcheck.yaml:1:1:", "links outside")),
    Case("pyproject.toml linked outside", _pyproject_linked_out, ("pyproject.toml:1:1:", "links outside")),
    Case("the audited folder is a link out", _audited_folder_is_a_link_out, ("goals:1:1:", "links outside")),
    Case("the audited file is a link out", _audited_file_is_a_link_out, ("goals.yaml:1:1:", "links outside")),
    Case("a file over the size cap", _too_large, ("huge.yaml:1:1:", "larger than 64 MiB")),
    # amplification: text fields and aliases are bounded, so a report stays a small multiple of its input
    Case("a 2,001-character title", _files(("g.yaml", ORG + GOAL.replace("title: t", "title: " + "t" * 2001))),
         ("g.yaml:4:12:", "'title' in goal 'g' must be text of at most 2,000 characters")),
    Case("a 500 KB metric name", _files(("g.yaml", ORG + "metrics:\n  - {id: m, name: " + "n" * 500_000 + "}\n")),
         ("g.yaml:3:19:", "'name' in metric 'm' must be text of at most 2,000 characters")),
    Case("a 10,001-character strategy",
         _files(("g.yaml", "organization: {name: Acme, strategy: " + "s" * 10_001 + "}\n")),
         ("g.yaml:1:38:", "'strategy' in organization must be text of at most 10,000 characters")),
    Case("a long text aliased many times", _long_alias, ("g.yaml:", "characters (an alias bomb?)")),
    Case("a waiver's reason of 2,001 characters",
         _files(("g.yaml", ORG + GOAL + "    x-goalcheck:\n      waive:\n        - {rule: GC603, reason: "
                 + "r" * 2001 + "}\n")), ("g.yaml:8:", "'reason' must be at most 2000 characters")),
    # whole strings, and numbers and dates inside the calendar
    Case("an id with a trailing newline", _files(("g.yaml", ORG + GOAL.replace("id: g", 'id: "g\\n"'))),
         ("g.yaml:3:9:", "'id' in goal 'g\\n' must be an id")),
    Case("a due date with a trailing newline", _files(("g.yaml", ORG + GOAL + '    due: "2027-06-30\\n"\n')),
         ("g.yaml:6:10:", "'due' in goal 'g' must be a date written YYYY-MM-DD")),
    Case("target: 1e400", _files(("g.yaml", ORG + GOAL + "    target: 1e400\n")),
         ("g.yaml:6:13:", "'target' in goal 'g'", "'1e400'")),
    Case("target: .inf", _files(("g.yaml", ORG + GOAL + "    target: .inf\n")),
         ("g.yaml:6:13:", "'target' in goal 'g'", "'.inf'")),
    Case("period: 0000", _files(("g.yaml", ORG + GOAL + "    period: '0000'\n")),
         ("g.yaml:6:13:", "is not a period")),
    Case("period: 0000-Q1", _files(("g.yaml", ORG + GOAL + "    period: 0000-Q1\n")),
         ("g.yaml:6:13:", "is not a period")),
    Case("grace-days over the maximum", _config("params:\n  GC604: {grace-days: 100000000000000000000}\n"),
         (".goalcheck.yaml:2:23:", "'params.GC604.grace-days' must be a whole number of days, 0 to 3650")),
    Case("a config word of 501 characters",
         _config("vocabulary:\n  metrics:\n    - {words: [" + "w" * 501 + "], kind: cost}\n"),
         (".goalcheck.yaml:", "must be text of at most 500 characters")),
]


# --- hostile shapes that must audit ------------------------------------------

def _folder_link_dag(repo: Path, outside: Path) -> Path:
    """d0 holds two links to d1, d1 two to d2...: 2**30 paths to the goals at the bottom."""
    for level in range(31):
        (repo / f"d{level}").mkdir(parents=True)
    for level in range(30):
        for name in ("a", "b"):
            (repo / f"d{level}" / name).symlink_to(repo / f"d{level + 1}")
    write(repo, "d30/goals.yaml", ORG)
    return repo


def _deep_folders(repo: Path, outside: Path) -> Path:
    folder = str(repo)
    os.mkdir(folder)
    for _ in range(1100):  # one by one: mkdir(parents=True) and makedirs recurse once per level
        folder = os.path.join(folder, "d")
        os.mkdir(folder)
    with open(os.path.join(folder, "goals.yaml"), "w", encoding="utf-8") as file:
        file.write(ORG)
    return repo


def remove_tree(top: Path) -> None:
    """Remove a folder of any depth, one entry at a time (shutil.rmtree, which pytest
    uses to clean up, recurses once per level and fails on the 1,100 nested folders)."""
    stack = [str(top)]
    while stack:
        folder = stack[-1]
        with os.scandir(folder) as scan:
            below = [entry.path for entry in scan if entry.is_dir(follow_symlinks=False)]
        if below:
            stack.extend(below)
            continue
        with os.scandir(folder) as scan:
            for entry in scan:
                os.unlink(entry.path)
        os.rmdir(folder)
        stack.pop()


def _two_links_to_one_file(repo: Path, outside: Path) -> Path:
    write(repo, "2027.yaml", ORG + "goals: [{id: g, title: T, owner: x}]\n")
    (repo / "current.yaml").symlink_to(repo / "2027.yaml")
    return repo


def _edge_of_the_calendar(repo: Path, outside: Path) -> Path:
    write(repo, ".goalcheck.yaml", "params:\n  GC604: {grace-days: 3650}\n")
    write(repo, "g.yaml", ORG + "departments: [{id: s, name: S}]\ngoals:\n"
          "  - {id: last, title: Last day, owner: s, due: 9999-12-31, period: '9999'}\n"
          "  - {id: first, title: First day, owner: s, due: 0001-01-01, period: 0001-Q1}\n")
    return repo


ACCEPTED: list[tuple[str, Callable[[Path, Path], Path]]] = [
    ("dates at the calendar's edges with the largest grace-days", _edge_of_the_calendar),
    ("a byte order mark", _files(("g.yaml", b"\xef\xbb\xbf" + ORG.encode()))),
    ("empty and comment-only files", _files(("a.yaml", ORG), ("empty.yaml", ""), ("comments.yml", "# nothing yet\n"))),
    ("a DAG of folder links (2**30 paths)", _folder_link_dag),
    ("1,100 nested folders", _deep_folders),
    ("two names for one file", _two_links_to_one_file),
]
