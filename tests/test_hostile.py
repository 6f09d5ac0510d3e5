"""Hostile and broken input, run as the user runs it: a whole `goalcheck audit` process.

Each case must end with exit 2 and `file:line:column: message` on stderr, no
traceback, nothing written (the --output file is never created), and quickly:
the child's CPU time stays under a second whatever the input (CPU time, not wall
time, so that a busy machine does not fail the test; a hang still fails it,
through the timeout). tests/test_load.py checks the messages in detail.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ORG = "organization: {name: Acme}\n"
LOCATED = re.compile(r"^[^\n:]+:\d+:\d+: \S", re.MULTILINE)
BIG = 20 * 1024 * 1024  # a 20 MB line


def audit(path: Path, output: Path, *args: str) -> tuple[int, str, float]:
    """Exit code, stderr and CPU seconds of `python -m goalcheck audit PATH -o OUTPUT`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "goalcheck", "audit", str(path), "--output", str(output),
                           "--format", "json", *args],
                          capture_output=True, text=True, timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return done.returncode, done.stderr, cpu


def refused(tmp_path: Path, target: Path, *needles: str) -> str:
    """Audit ``target``, assert that it is refused cleanly, and return stderr."""
    output = tmp_path / "out" / "report.json"
    output.parent.mkdir()
    code, err, cpu = audit(target, output)
    assert code == 2, err
    assert "Traceback" not in err, err
    assert LOCATED.search(err), err
    for needle in needles:
        assert needle in err, err
    assert not output.exists() and list(output.parent.iterdir()) == []
    assert cpu < 1.0, f"took {cpu:.2f} s of CPU"
    return err


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path) -> Path:
    return tmp_path / "repo"


def test_duplicate_keys(tmp_path, repo):
    write(repo, "g.yaml", ORG + "departments:\n  - id: a\n    name: A\n    name: B\n")
    refused(tmp_path, repo, "g.yaml:5:5:", "duplicate key 'name'")


def test_duplicate_ids_across_files(tmp_path, repo):
    write(repo, "a.yaml", ORG + "departments:\n  - {id: support, name: Support}\n")
    write(repo, "b.yaml", "departments:\n  - {id: support, name: Help desk}\n")
    refused(tmp_path, repo, "b.yaml:2:10:", "duplicate department id 'support'", "a.yaml:3:10")


def test_unknown_keys(tmp_path, repo):
    write(repo, "g.yaml", ORG + "departments:\n  - {id: s, name: S}\n"
          "goals:\n  - {id: g, titel: x, owner: s}\n  - {id: h, title: y, owner: s, colour: red}\n")
    err = refused(tmp_path, repo, "unknown key 'titel'", "unknown key 'colour'")
    assert "g.yaml:5:13:" in err and "g.yaml:6:33:" in err


@pytest.mark.parametrize("line,needle", [
    ("    appraisal: yes\n", "'appraisal' in goal 'g' must be true or false"),
    ("    baseline: [1, 2]\n", "'baseline' in goal 'g' must be"),
    ("    supports: growth\n", "'supports' in goal 'g' must be a list"),
    ("    due: 2027-02-30\n", "'due' in goal 'g' is not a real date"),
    ("    owner: {id: s}\n", "'owner' in goal 'g' must be"),
])
def test_wrong_types(tmp_path, repo, line, needle):
    write(repo, "g.yaml", ORG + "goals:\n  - id: g\n    title: t\n" + ("" if "owner" in line else "    owner: s\n")
          + line)
    refused(tmp_path, repo, "g.yaml:", needle)


def test_alias_bomb(tmp_path, repo):
    lines = [ORG, "x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"]
    for level in range(1, 12):  # 10**12 nodes if it were expanded
        name, previous = f"l{level}", "a" if level == 1 else f"l{level - 1}"
        lines.append(f"x-{name}: &{name} [{', '.join(['*' + previous] * 10)}]\n")
    write(repo, "g.yaml", "".join(lines))
    refused(tmp_path, repo, "g.yaml:", "alias bomb")


@pytest.mark.parametrize("opening,closing", [("[", "]"), ("{a: ", "}"), ("- ", "")])
def test_deep_nesting(tmp_path, repo, opening, closing):
    if opening == "- ":  # block sequences, one level per line
        deep = "".join("  " * level + "-\n" for level in range(5000))
    else:
        deep = opening * 100_000 + "1" + closing * 100_000 + "\n"
    write(repo, "g.yaml", ORG + "x-deep:\n" + deep if opening == "- " else ORG + "x-deep: " + deep)
    # Behaviour, not wording: libyaml (PyYAML 6.0.4 on) may refuse the depth before our
    # own guard does, with its own message. Either way: exit 2, located, no traceback.
    refused(tmp_path, repo, "g.yaml:")


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/object:os.system",
                                 "!!python/name:os.system", "!<tag:yaml.org,2002:python/object/apply:os.system>"])
def test_python_tags_run_nothing(tmp_path, repo, tag):
    marker = tmp_path / "ran"
    write(repo, "g.yaml", ORG + f"x-a: {tag} ['touch {marker}']\n")
    refused(tmp_path, repo, "g.yaml:2:6:", "is not allowed")
    assert not marker.exists()


def test_non_utf8_bytes(tmp_path, repo):
    write(repo, "g.yaml", ORG.encode() + b"x-a: caf\xe9\n")
    refused(tmp_path, repo, "g.yaml:2:9:", "not UTF-8")


def test_utf16_is_not_utf8(tmp_path, repo):
    write(repo, "g.yaml", ORG.encode("utf-16"))
    refused(tmp_path, repo, "g.yaml:1:1:", "not UTF-8")


def test_tabs(tmp_path, repo):
    write(repo, "g.yaml", ORG + "departments:\n\t- {id: a, name: A}\n")
    refused(tmp_path, repo, "g.yaml:3:")


@pytest.mark.parametrize("text,what", [("- a\n- b\n", "a list"), ("just text\n", "a single value"),
                                       ("42\n", "a single value")])
def test_a_file_that_is_a_list_or_a_scalar(tmp_path, repo, text, what):
    write(repo, "g.yaml", text)
    refused(tmp_path, repo, "g.yaml:1:1:", what)


def test_a_directory_with_no_yaml(tmp_path, repo):
    write(repo, "notes.txt", "goals: none yet\n")
    write(repo, ".hidden/g.yaml", ORG)
    refused(tmp_path, repo, "no goals files")


def test_a_repo_with_no_organization(tmp_path, repo):
    write(repo, "a.yaml", "departments: [{id: s, name: S}]\n")
    refused(tmp_path, repo, "no file defines 'organization'")


def test_two_organizations(tmp_path, repo):
    write(repo, "a.yaml", ORG)
    write(repo, "b.yaml", "organization: {name: Other}\n")
    refused(tmp_path, repo, "b.yaml:1:1:", "a second 'organization'")


def test_a_second_document(tmp_path, repo):
    write(repo, "g.yaml", ORG + "---\n" + ORG)
    refused(tmp_path, repo, "g.yaml:2:1:", "one YAML document")


def test_symlink_loop(tmp_path, repo):
    write(repo, "a.yaml", ORG)
    (repo / "sub").mkdir()
    (repo / "sub" / "loop").symlink_to(repo)
    refused(tmp_path, repo, "sub/loop:1:1:", "symlink loop")


def test_a_link_to_nothing(tmp_path, repo):
    write(repo, "a.yaml", ORG)
    (repo / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    refused(tmp_path, repo, "gone.yaml:1:1:", "cannot read")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_file_that_cannot_be_read(tmp_path, repo):
    write(repo, "a.yaml", ORG)
    write(repo, "secret.yaml", "goals: []\n").chmod(0)
    refused(tmp_path, repo, "secret.yaml:1:1:", "cannot read")


def test_a_pipe_named_like_a_goals_file(tmp_path, repo):
    """Reading a pipe would wait for a writer for ever."""
    write(repo, "a.yaml", ORG)
    os.mkfifo(repo / "b.yaml")
    refused(tmp_path, repo, "b.yaml:1:1:", "not a file")


@pytest.mark.parametrize("shape", ["scalar", "quoted", "flow sequence", "flow mapping", "comment"])
def test_a_20_mb_single_line(tmp_path, repo, shape):
    body = {
        "scalar": b"x-blob: " + b"a" * BIG,
        "quoted": b'x-blob: "' + b"a" * BIG + b'"',
        "flow sequence": b"x-blob: [" + b"1," * (BIG // 2) + b"1]",
        "flow mapping": b"x-blob: {" + b"".join(b"k%d: 1, " % i for i in range(BIG // 12)) + b"z: 1}",
        "comment": b"# " + b"a" * BIG,
    }[shape]
    write(repo, "g.yaml", ORG.encode() + body + b"\n")
    refused(tmp_path, repo, "g.yaml:2:1048577:", "line is longer than")


def test_a_huge_line_after_many_short_ones(tmp_path, repo):
    write(repo, "g.yaml", ORG.encode() + b"x-n: 1\n" * 100_000 + b"x-blob: " + b"a" * (2 << 20) + b"\n")
    refused(tmp_path, repo, "g.yaml:100002:", "line is longer than")


def test_every_problem_of_every_file_at_once(tmp_path, repo):
    write(repo, "a.yaml", ORG + "goals:\n  - {id: g, title: t}\n")
    write(repo, "b.yaml", "departments:\n  - {id: s, nmae: S}\n")
    write(repo, "c.yaml", b"x: \xff\n")
    err = refused(tmp_path, repo)
    assert {line.split(":")[0] for line in err.splitlines()[:-1]} == {"a.yaml", "b.yaml", "c.yaml"}


# --- what is not refused ----------------------------------------------------

def test_a_byte_order_mark_is_read(tmp_path, repo):
    write(repo, "g.yaml", b"\xef\xbb\xbf" + ORG.encode())
    output = tmp_path / "report.json"
    code, err, _ = audit(repo, output)
    assert code in (0, 1) and output.exists(), err


def test_an_empty_file_holds_nothing(tmp_path, repo):
    write(repo, "a.yaml", ORG)
    write(repo, "empty.yaml", "")
    write(repo, "comments.yml", "# nothing yet\n")
    output = tmp_path / "report.json"
    code, err, _ = audit(repo, output)
    assert code in (0, 1) and output.exists(), err
