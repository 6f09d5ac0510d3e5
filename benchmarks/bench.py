"""Time goalcheck against the floor no YAML tool can beat: libyaml's bare event parse.

For each repo shape and size N this writes a synthetic goals repo
(benchmarks/generate.py: the default shape, and the dense one with about four
times the findings per goal) and, on the same files, runs whole processes, so
all pay interpreter start:

  (a) floor  python -c "import yaml; yaml.parse(each file, Loader=CSafeLoader)"
  (b) audit  python -m goalcheck audit REPO --format json --as-of 2026-12-01
  (c) audit with GOALCHECK_PURE_PYTHON=1: the pure-Python reader (when the
      compiled one is built; otherwise (b) already is this)

Each round runs the commands one after the other, in the opposite order the
next round (after one untimed warm-up round), and takes each process's CPU
time (user + system, from wait4), wall time and peak memory (its own
ru_maxrss). A ratio is the median over rounds of the two processes' CPU times
in the same round, which holds up on a shared machine where wall time does
not. It also reports how the audit's CPU time grows from 10k to 100k goals,
and start-up: `goalcheck --help` against `python -c "import typer, rich"`.

    python benchmarks/bench.py [--shapes default dense] [--sizes 1000 10000 100000] [--runs 5]

It prints Markdown tables, as RESULTS.md keeps them.
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
from generate import SHAPES, generate  # noqa: E402

AS_OF = "2026-12-01"
FLOOR = ("import sys, yaml\n"
         "for name in sys.argv[1:]:\n"
         "    with open(name, 'rb') as stream:\n"
         "        for _ in yaml.parse(stream, Loader=yaml.CSafeLoader):\n"
         "            pass\n")
PURE = {"GOALCHECK_PURE_PYTHON": "1"}
TARGET_RATIO = 2.0  # the 10k audit against the 10k floor
TARGET_GROWTH = 10.5  # the 100k audit against the 10k audit
TARGET_MEMORY = 1024 ** 3  # bytes, at 100k
TARGET_START = 2.0  # --help against importing typer and rich


def run(command: list[str], env: dict | None = None, stdout=subprocess.DEVNULL) -> tuple[float, float, int]:
    """CPU time, wall time and peak resident memory (bytes) of one process."""
    environment = None if env is None else {**os.environ, **env}
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty child cannot block
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=errors, env=environment)
        _, status, usage = os.wait4(process.pid, 0)  # this child's own figures, not all children's
        elapsed = time.perf_counter() - started
        process.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            errors.seek(0)
            text = errors.read().decode("utf-8", "replace")
            raise SystemExit(f"{' '.join(command[:4])} ... exited {code}:\n{text}")
    return usage.ru_utime + usage.ru_stime, elapsed, usage.ru_maxrss * 1024


class Measured(dict):
    """name -> {"cpu": median s, "wall": median s, "peak": bytes}, and the paired CPU ratios."""

    def ratio(self, name: str, against: str) -> float:
        return statistics.median(a / b for a, b in zip(self.samples[name], self.samples[against]))


def paired_runs(commands: dict[str, tuple[list[str], dict | None]], runs: int,
                report: tuple[str, Path] | None = None) -> Measured:
    """Run every command ``runs`` times, in alternating order, after one untimed warm-up round."""
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    wall: dict[str, list[float]] = {name: [] for name in commands}
    peaks = dict.fromkeys(commands, 0)
    names = list(commands)
    for round_number in range(runs + 1):
        for name in names if round_number % 2 else reversed(names):
            command, env = commands[name]
            if report is not None and name == report[0]:
                with open(report[1], "wb") as out:
                    seconds, elapsed, peak = run(command, env, out)
            else:
                seconds, elapsed, peak = run(command, env)
            if round_number:  # round 0 warms the page cache and the bytecode cache
                cpu[name].append(seconds)
                wall[name].append(elapsed)
                peaks[name] = max(peaks[name], peak)
    out = Measured({name: {"cpu": statistics.median(cpu[name]), "wall": statistics.median(wall[name]),
                           "peak": peaks[name]} for name in commands})
    out.samples = cpu
    return out


def reader_of(python: str, env: dict | None = None) -> str:
    """Which YAML reader an audit runs, as `goalcheck --version` says."""
    environment = None if env is None else {**os.environ, **env}
    text = subprocess.run([python, "-m", "goalcheck", "--version"], capture_output=True, text=True,
                          env=environment, check=True).stdout
    return text.strip()


def bytecode_missing() -> bool:
    """Would each audit compile goalcheck's modules anew? With PYTHONDONTWRITEBYTECODE set
    (as on shared machines) a tree never byte-compiled pays about 0.1 s of compiling in
    every process, which the figures would take for goalcheck's own time."""
    import importlib.util

    spec = importlib.util.find_spec("goalcheck")
    if spec is None or spec.origin is None or not sys.flags.dont_write_bytecode:
        return False
    return not os.path.exists(importlib.util.cache_from_source(spec.origin))


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
            "Python": platform.python_version(), "PyYAML": yaml.__version__, "libyaml": libyaml,
            "load average at the end (1, 5, 15 min)": ", ".join(f"{x:.1f}" for x in os.getloadavg())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=5, help="timed rounds (100k: half, at least 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path,
                        help="where the repos go; repos already there are reused (default: a new temporary folder)")
    args = parser.parse_args()

    python = sys.executable
    if bytecode_missing():
        print("warning: PYTHONDONTWRITEBYTECODE is set and goalcheck has no bytecode: every process "
              "would compile it (about 0.1 s); run `python -m compileall goalcheck` first", file=sys.stderr)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="goalcheck-bench-"))
    compiled = reader_of(python)
    pure = reader_of(python, PURE)
    two_readers = compiled != pure
    rows = []
    for shape in args.shapes:
        for size in args.sizes:
            repo = workdir / (f"repo-{size}" if shape == "default" else f"repo-{shape}-{size}")
            if not repo.exists():
                generate(repo, size, args.seed, shape)
            files = sorted(str(p) for p in repo.rglob("*.yaml"))
            megabytes = sum(os.path.getsize(p) for p in files) / 1e6
            report = workdir / f"report-{shape}-{size}.json"
            audit = [python, "-m", "goalcheck", "audit", str(repo), "--format", "json", "--as-of", AS_OF]
            commands = {"floor": ([python, "-c", FLOOR, *files], None), "audit": (audit, None)}
            if two_readers:
                commands["pure"] = (audit, PURE)
            measured = paired_runs(commands, args.runs if size < 100_000 else max(3, args.runs // 2),
                                   ("audit", report))
            written = json.loads(report.read_text(encoding="utf-8"))
            findings = len(written["findings"])
            conflicts = len(json.dumps(written["conflicts"], sort_keys=True, ensure_ascii=False).encode())
            row = {"shape": shape, "size": size, "MB": megabytes, "findings": findings,
                   "json": report.stat().st_size, "conflicts": conflicts,
                   **{name: measured[name] for name in commands},
                   "ratio": measured.ratio("audit", "floor")}
            if two_readers:
                row["pure_ratio"] = measured.ratio("pure", "floor")
            rows.append(row)
            print(f"{shape:>8} {size:>7} goals  {megabytes:6.1f} MB  {findings:>6} findings  "
                  f"floor {row['floor']['cpu']:6.3f} s  audit {row['audit']['cpu']:6.3f} s CPU  "
                  f"ratio {row['ratio']:5.2f}  peak {row['audit']['peak'] / 2**20:7.1f} MiB", file=sys.stderr)

    empty = workdir / "empty.yaml"  # what every audit pays before its first goal
    empty.write_text("organization: {name: Empty}\n", encoding="utf-8")
    start = paired_runs({"import": ([python, "-c", "import typer, rich"], None),
                         "help": ([python, "-m", "goalcheck", "--help"], None),
                         "empty": ([python, "-m", "goalcheck", "audit", str(empty), "--format", "json",
                                    "--as-of", AS_OF], None)}, args.runs * 2)
    print("\n".join(table(args, rows, start, compiled, pure, two_readers)))


def table(args, rows, start, compiled, pure, two_readers) -> list[str]:
    mib = 2 ** 20
    out = [f"command: python benchmarks/bench.py {' '.join(sys.argv[1:])}".rstrip(), "",
           f"reader: {compiled}" + (f"; with GOALCHECK_PURE_PYTHON=1: {pure}" if two_readers else ""), ""]
    out += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in machine().items()] + [""]
    header = ["shape", "goals", "YAML", "findings", "JSON (conflicts)", "(a) bare parse CPU", "(b) audit CPU",
              "(b)/(a)"]
    if two_readers:
        header += ["(c) pure-Python reader CPU", "(c)/(a)"]
    header += ["(b) wall", "peak (b)"] + (["peak (c)"] if two_readers else [])
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * 2 + "---:|" * (len(header) - 2)]
    for row in rows:
        cells = [row["shape"], f"{row['size']:,}", f"{row['MB']:.1f} MB", f"{row['findings']:,}",
                 f"{row['json'] / 1e6:.1f} MB ({row['conflicts'] / 1e6:.2f} MB)", f"{row['floor']['cpu']:.3f} s", f"{row['audit']['cpu']:.3f} s",
                 f"{row['ratio']:.2f}×"]
        if two_readers:
            cells += [f"{row['pure']['cpu']:.3f} s", f"{row['pure_ratio']:.2f}×"]
        cells += [f"{row['audit']['wall']:.3f} s", f"{row['audit']['peak'] / mib:.0f} MiB"]
        if two_readers:
            cells.append(f"{row['pure']['peak'] / mib:.0f} MiB")
        out.append("| " + " | ".join(cells) + " |")
    imports, help_time, empty = (start[name]["cpu"] for name in ("import", "help", "empty"))
    out += ["", f"Start-up (CPU): an audit of an empty organisation {empty:.3f} s; "
            f"`python -c \"import typer, rich\"` {imports:.3f} s; `goalcheck --help` {help_time:.3f} s.", ""]
    verdicts = []
    for shape in args.shapes:
        by_size = {row["size"]: row for row in rows if row["shape"] == shape}
        readers = [("audit", "")] + ([("pure", ", pure-Python reader")] if two_readers else [])
        for name, label in readers:
            if 10_000 in by_size:
                ratio = by_size[10_000]["ratio" if name == "audit" else "pure_ratio"]
                verdicts.append((f"{shape}{label}: 10k audit / 10k bare parse", ratio, TARGET_RATIO, "×"))
            if {10_000, 100_000} <= set(by_size):
                growth = by_size[100_000][name]["cpu"] / by_size[10_000][name]["cpu"]
                verdicts.append((f"{shape}{label}: 100k audit / 10k audit", growth, TARGET_GROWTH, "×"))
            if 100_000 in by_size:
                verdicts.append((f"{shape}{label}: peak memory at 100k", by_size[100_000][name]["peak"] / 2**30,
                                 TARGET_MEMORY / 2**30, " GiB"))
        if {10_000, 100_000} <= set(by_size):
            verdicts.append((f"{shape}: 100k JSON / 10k JSON in bytes",
                             by_size[100_000]["json"] / by_size[10_000]["json"], 11.0, "×"))
            verdicts.append((f"{shape}: 100k / 10k, the JSON's conflicts in bytes",
                             by_size[100_000]["conflicts"] / by_size[10_000]["conflicts"], 11.0, "×"))
    verdicts.append(("--help / import typer, rich", start.ratio("help", "import"), TARGET_START, "×"))
    out += ["| target | measured | limit | |", "|---|---:|---:|---|"]
    for what, value, limit, unit in verdicts:
        out.append(f"| {what} | {value:.2f}{unit} | {limit:g}{unit} | {'met' if value <= limit else 'NOT MET'} |")
    return out


if __name__ == "__main__":
    main()
