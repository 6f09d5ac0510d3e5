"""`goalcheck init`: a starter repo that audits clean, and never overwrites unasked."""

from __future__ import annotations

from goalcheck.cli import main
from goalcheck.audit import Options, run


def test_init_writes_a_repo_that_audits_without_high_findings(tmp_path, capsys):
    target = tmp_path / "goals"
    assert main(["init", str(target)]) == 0
    written = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert "strategy.yaml" in written and ".goalcheck.yaml" in written
    assert any(name.startswith("departments/") for name in written)
    assert all("#" in (target / name).read_text() for name in written)  # commented
    result = run(str(target), Options())
    assert result.counts["high"] == 0 and result.counts["medium"] == 0 and result.passed
    assert main(["audit", str(target)]) == 0


def test_init_into_a_folder_with_other_files(tmp_path):
    (tmp_path / "notes.md").write_text("keep me")
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / "notes.md").read_text() == "keep me"


def test_init_refuses_to_overwrite_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "departments").mkdir()
    (tmp_path / "departments" / "sales.yaml").write_text("# ours\n")
    assert main(["init", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "departments/sales.yaml" in err and "--force" in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["departments", "sales.yaml"]
    assert (tmp_path / "departments" / "sales.yaml").read_text() == "# ours\n"


def test_init_force_overwrites(tmp_path):
    (tmp_path / "strategy.yaml").write_text("# old\n")
    assert main(["init", str(tmp_path), "--force"]) == 0
    assert "organization:" in (tmp_path / "strategy.yaml").read_text()
