"""Time goalcheck against the floor no YAML tool can beat: libyaml's bare event parse.

For each size N this writes a synthetic goals repo (benchmarks/generate.py) and,
on the same files, times two whole processes, so both pay interpreter start:

  (a) floor  python -c "import yaml; yaml.parse(each file, Loader=CSafeLoader)"
  (b) audit  python -m goalcheck audit REPO --format json --as-of 2026-12-01

and reports the median wall time of several interleaved runs, the ratio (b)/(a),
each process's peak memory (its own ru_maxrss, from wait4), and how the audit
time grows from 10k to 100k goals. It also times start-up: `goalcheck --help`
against a bare `python -c "import typer, rich"`. The targets are ratios, so the
result carries over between machines better than seconds do.

    python benchmarks/bench.py [--sizes 1000 10000 100000] [--runs 5] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

AS_OF = "2026-12-01"
FLOOR = ("import sys, yaml\n"
         "for name in sys.argv[1:]:\n"
         "    with open(name, 'rb') as stream:\n"
         "        for _ in yaml.parse(stream, Loader=yaml.CSafeLoader):\n"
         "            pass\n")
TARGET_RATIO = 2.5  # the 10k audit against the 10k floor
TARGET_GROWTH = 11.0  # the 100k audit against the 10k audit
TARGET_MEMORY = 1.5 * 1024 ** 3  # bytes, at 100k
TARGET_START = 2.0  # --help against importing typer and rich


def run(command: list[str], stdout=subprocess.DEVNULL) -> tuple[float, int, int]:
    """Wall time, peak resident memory in bytes and exit code of one process."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty child cannot block
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)  # this child's own peak, not all children's
        elapsed = time.perf_counter() - started
        process.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            errors.seek(0)
            text = errors.read().decode("utf-8", "replace")
            raise SystemExit(f"{' '.join(command[:4])} ... exited {code}:\n{text}")
    return elapsed, usage.ru_maxrss * 1024, code


def median_runs(commands: dict[str, list[str]], runs: int, report: Path | None = None) -> dict:
    """Run each command ``runs`` times, interleaved, after one untimed warm-up each."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, int] = {name: 0 for name in commands}
    for round_number in range(runs + 1):
        for name, command in commands.items():
            if report is not None and name == "audit":
                with open(report, "wb") as out:
                    elapsed, peak, _ = run(command, out)
            else:
                elapsed, peak, _ = run(command)
            if round_number:  # round 0 warms the page cache and the bytecode cache
                times[name].append(elapsed)
                peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(times[name]), peaks[name]) for name in commands}


def machine() -> dict[str, str]:
    import yaml

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        from yaml import _yaml

        libyaml = _yaml.get_version_string()
    except ImportError:
        libyaml = "not available"
    return {"CPU": cpu, "cores": str(os.cpu_count()), "OS": platform.platform(),
            "Python": platform.python_version(), "PyYAML": yaml.__version__, "libyaml": libyaml}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command (100k: at least 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path,
                        help="where the repos go; repos already there are reused (default: a new temporary folder)")
    parser.add_argument("--markdown", action="store_true", help="print tables for RESULTS.md")
    args = parser.parse_args()

    python = sys.executable
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="goalcheck-bench-"))
    rows = []
    for size in args.sizes:
        repo = workdir / f"repo-{size}"
        if not repo.exists():
            generate(repo, size, args.seed)
        files = sorted(str(p) for p in repo.rglob("*.yaml"))
        megabytes = sum(os.path.getsize(p) for p in files) / 1e6
        report = workdir / f"report-{size}.json"
        commands = {"floor": [python, "-c", FLOOR, *files],
                    "audit": [python, "-m", "goalcheck", "audit", str(repo), "--format", "json",
                              "--as-of", AS_OF]}
        measured = median_runs(commands, args.runs if size < 100_000 else max(3, args.runs // 2), report)
        findings = len(json.loads(report.read_text(encoding="utf-8"))["findings"])
        (floor, floor_peak), (audit, audit_peak) = measured["floor"], measured["audit"]
        rows.append((size, megabytes, findings, floor, audit, audit / floor, floor_peak, audit_peak))
        print(f"{size:>7} goals  {megabytes:6.1f} MB  {findings:>6} findings  floor {floor:6.3f} s  "
              f"audit {audit:6.3f} s  ratio {audit / floor:5.2f}  peak {audit_peak / 2**20:7.1f} MiB",
              file=sys.stderr)

    empty = workdir / "empty.yaml"  # what every audit pays before its first goal
    empty.write_text("organization: {name: Empty}\n", encoding="utf-8")
    start = median_runs({"import": [python, "-c", "import typer, rich"],
                         "help": [python, "-m", "goalcheck", "--help"],
                         "empty": [python, "-m", "goalcheck", "audit", str(empty), "--format", "json",
                                   "--as-of", AS_OF]}, args.runs * 2)
    by_size = {row[0]: row for row in rows}
    growth = by_size[100_000][4] / by_size[10_000][4] if {10_000, 100_000} <= set(by_size) else None

    out = [f"command: python benchmarks/bench.py {' '.join(sys.argv[1:])}".rstrip(), ""]
    if args.markdown:
        out += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in machine().items()] + [""]
        out += ["| goals | YAML | findings | (a) bare event parse | (b) audit --format json | (b)/(a) "
                "| peak (a) | peak (b) |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for size, megabytes, findings, floor, audit, ratio, floor_peak, audit_peak in rows:
            out.append(f"| {size:,} | {megabytes:.1f} MB | {findings:,} | {floor:.3f} s | {audit:.3f} s "
                       f"| {ratio:.2f}× | {floor_peak / 2**20:.0f} MiB | {audit_peak / 2**20:.0f} MiB |")
        out.append("")
    else:
        for key, value in machine().items():
            out.append(f"{key:>8}: {value}")
        out.append(f"{'goals':>8} {'MB':>6} {'findings':>8} {'(a) parse':>10} {'(b) audit':>10} "
                   f"{'(b)/(a)':>8} {'peak (a)':>10} {'peak (b)':>10}")
        for size, megabytes, findings, floor, audit, ratio, floor_peak, audit_peak in rows:
            out.append(f"{size:>8} {megabytes:>6.1f} {findings:>8} {floor:>9.3f}s {audit:>9.3f}s "
                       f"{ratio:>7.2f}x {floor_peak / 2**20:>7.0f} MiB {audit_peak / 2**20:>6.0f} MiB")
    (imports, _), (help_time, _), (empty_time, _) = start["import"], start["help"], start["empty"]
    out.append(f"\nstart-up: audit of an empty organisation {empty_time:.3f} s; "
               f"python -c 'import typer, rich' {imports:.3f} s; goalcheck --help {help_time:.3f} s")
    verdicts = []
    if 10_000 in by_size:
        verdicts.append(("10k audit / 10k floor", by_size[10_000][5], TARGET_RATIO, "×"))
    if growth is not None:
        verdicts.append(("100k audit / 10k audit", growth, TARGET_GROWTH, "×"))
    if 100_000 in by_size:
        verdicts.append(("peak memory at 100k", by_size[100_000][7] / 2**30, TARGET_MEMORY / 2**30, " GiB"))
    verdicts.append((f"--help {help_time:.3f} s / import typer, rich {imports:.3f} s",
                     help_time / imports, TARGET_START, "×"))
    out.append("")
    for what, value, limit, unit in verdicts:
        state = "met" if value <= limit else "NOT MET"
        line = f"{what}: {value:.2f}{unit} (target at most {limit:g}{unit}): {state}"
        out.append(f"- {line}" if args.markdown else line)
    print("\n".join(out))


if __name__ == "__main__":
    main()
