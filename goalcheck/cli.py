"""The command line: wires the steps, maps problems to exit codes, stays thin.

Exit codes (spec/cli.md): 0 the audit passed its gate, 1 it failed it, 2 it
could not audit (usage error, missing path, invalid input). Nothing reaches
the user as a Python traceback.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .files import write_atomically, write_text
from .report import FORMATS as REPORT_FORMATS

app = typer.Typer(
    name="goalcheck",
    help="Lint an organisation's goals: find where departments pull against the strategy "
         "or against each other, with a score and concrete fixes.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rendering it with rich doubles the start-up time
    context_settings={"help_option_names": ["-h", "--help"]},
)

FAIL_ON = ("high", "medium", "low", "never")
STATISTICS_FORMATS = ("text", "concise", "json")


class UsageProblem(Exception):
    """A bad option value or argument: one line on stderr, exit 2."""


def _version(value: bool) -> None:
    if value:
        from .yamlread import reader  # which YAML reader runs: compiled, or pure Python

        typer.echo(f"goalcheck {__version__} ({reader()})")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, show_default=False,
                                       help="Print the version and exit.")) -> None:
    """goalcheck: is every department pulling in the direction of the strategy?"""


def _split(values: Optional[List[str]]) -> list[str]:
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


def _codes(values: Optional[List[str]], option: str) -> set[str] | None:
    from .catalogue import resolve_selection

    items = _split(values)
    if not items:
        return None
    codes, unknown = resolve_selection(items)
    if unknown:
        raise UsageProblem(f"{option}: unknown rule {', '.join(repr(u) for u in unknown)} "
                           "(see 'goalcheck rules')")
    return codes


def _as_of(value: Optional[str]) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageProblem(f"--as-of: {value!r} is not a date (write it YYYY-MM-DD, a real day)") from None


@app.command()
def audit(
    path: str = typer.Argument(".", metavar="PATH", show_default=False),
    format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", show_default=False, help=f"One of: {', '.join(REPORT_FORMATS)} (default text)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to FILE (atomically); - is standard output."),
    select: Optional[List[str]] = typer.Option(None, "--select", metavar="CODES", help="Rules to run: codes, names or prefixes (GC3), comma-separated."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", metavar="CODES", help="Rules not to run: codes, names or prefixes."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", metavar="SEVERITY", help="Lowest severity that fails the run: high, medium, low or never (default high)."),
    fail_under: Optional[float] = typer.Option(None, "--fail-under", metavar="N", help="Also fail when the score is below N."),
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="DATE", help="Date for time-based rules, YYYY-MM-DD (default today)."),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Config file (default: the nearest .goalcheck.yaml, else [tool.goalcheck] in pyproject.toml, from PATH up to the repository root)."),
    baseline: Optional[str] = typer.Option(None, "--baseline", metavar="FILE", help="Report only findings not in this baseline file."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", metavar="FILE", help="Record today's findings in FILE; the run then reports only what is new (nothing)."),
    diff: Optional[str] = typer.Option(None, "--diff", metavar="REF", help="Report only findings introduced since the git ref REF, and the score's change."),
    compact: bool = typer.Option(False, "--compact", show_default=False, help="markdown: a short pull-request comment instead of the full report."),
    link_base: Optional[str] = typer.Option(None, "--link-base", metavar="URL", help="markdown: link each file:line to URL/file#Lline (e.g. a repository's blob URL at a commit)."),
    statistics: bool = typer.Option(False, "--statistics", show_default=False, help="Print how many findings each rule reported instead of the report (a table, or a JSON list with --format json)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", show_default=False, help="Print nothing on standard output and no notes; the exit code tells (errors still go to standard error, --output is still written)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", show_default=False, help="Exit 0 even when the audit fails its gate (2 still means it could not audit)."),
    write: Optional[List[str]] = typer.Option(None, "--write", metavar="FORMAT=FILE", help="Also write the report in FORMAT to FILE, from the same audit (repeatable): --write sarif=goalcheck.sarif."),
    show_all: bool = typer.Option(False, "--show-all", show_default=False, help="text, markdown, html: list every finding one by one, goal hygiene too, instead of folding them."),
    verbose: bool = typer.Option(False, "--verbose", "-v", show_default=False, help="Say on standard error which config was used, where file names start from, and which files were left out and why."),
) -> None:
    """Audit a goals file or repo and print the scored report.

    PATH is a goals file, or a goals repo: a folder read recursively (default:
    the current folder). Exit code 0: the audit passed its gate; 1: it failed
    it; 2: it could not audit (every problem is listed as file:line:column).
    """
    from .report import FORMATS

    if format not in FORMATS:
        raise UsageProblem(f"--format: {format!r} is not one of {', '.join(FORMATS)}")
    if statistics and format not in STATISTICS_FORMATS:
        raise UsageProblem(f"--statistics goes with --format {', '.join(STATISTICS_FORMATS)}, not {format}")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise UsageProblem(f"--fail-on: {fail_on!r} is not one of {', '.join(FAIL_ON)}")
    if fail_under is not None and not 0 <= fail_under <= 100:
        raise UsageProblem(f"--fail-under: {fail_under:g} is not a score between 0 and 100")
    from .audit import options_for, run
    from .report import render

    _exists(config, "--config")
    also = _writes(write, FORMATS)
    if (compact or link_base) and "markdown" not in [format] + [fmt for fmt, _ in also]:
        raise UsageProblem("--compact and --link-base go with --format markdown")
    compared_with = [name for name, value in (("--baseline", baseline), ("--write-baseline", write_baseline),
                                              ("--diff", diff)) if value is not None]
    if len(compared_with) > 1:
        raise UsageProblem(f"{' and '.join(compared_with)} cannot be used together: "
                           "each says what the findings are compared with")
    from .paths import root_for

    root = str(root_for(path))
    options = options_for(path, config, select=_codes(select, "--select"), ignore=_codes(ignore, "--ignore"),
                          fail_on=fail_on, fail_under=fail_under, as_of=_as_of(as_of), root=root,
                          one_round=True)
    if verbose:
        _tell_setup(path, options)
    options.known = _known(path, baseline, diff, write_baseline, options)
    try:
        result = run(path, options)
    finally:
        if verbose:
            _tell_files(options)
    if write_baseline is not None:
        result = _write_baseline(write_baseline, result, quiet)
    to_stdout = output is None or output == "-"
    markdown = {"compact": compact, "link_base": link_base}
    for fmt, target in also:
        write_atomically(target, render(result, fmt, show_all=show_all, **(markdown if fmt == "markdown" else {})))
    extra = dict(markdown) if format == "markdown" else {}
    extra["show_all"] = show_all
    if format == "text":
        from . import terminal

        extra.update(color=to_stdout and terminal.colour(sys.stdout),
                     width=terminal.width(sys.stdout) if to_stdout else terminal.DEFAULT_WIDTH)
    if statistics:
        from .report import statistics as statistics_report

        report = statistics_report.render(result, as_json=format == "json")
    else:
        report = render(result, format, **extra)
    if not to_stdout:
        _write_output("--output", output, report)
    elif not quiet:
        write_text(sys.stdout, report)
        sys.stdout.flush()
    if format == "concise" and not statistics and not quiet:
        from .report.concise import summary

        sys.stderr.write(summary(result) + "\n")
    raise typer.Exit(0 if result.passed or exit_zero else 1)


def _writes(values: Optional[List[str]], formats) -> list[tuple[str, str]]:
    """--write FORMAT=FILE, each checked before anything is audited."""
    out = []
    for value in values or ():
        fmt, equals, target = value.partition("=")
        if not equals or not target:
            raise UsageProblem(f"--write: {value!r} is not FORMAT=FILE (for example sarif=goalcheck.sarif)")
        if fmt not in formats:
            raise UsageProblem(f"--write: {fmt!r} is not one of {', '.join(formats)}")
        if target == "-":
            raise UsageProblem("--write: standard output is for --format; name a file")
        out.append((fmt, target))
    return out


def _tell_setup(path: str, options) -> None:
    """--verbose, before the audit: the path root, the config and the globs in force."""
    from .config import searched
    from .paths import name, work_tree
    from .untrusted import display_path

    root = options.root
    kind = "the git work tree" if work_tree(path) is not None else "the current directory"
    lines = [f"path root: {display_path(root)} ({kind}); file names are relative to it"]
    if options.config_file:
        lines.append(f"config: {display_path(options.config_file)}")
    else:
        looked = ", ".join(display_path(name(folder, root) + "/") for folder in searched(path, root))
        lines.append(f"config: none (looked for .goalcheck.yaml and [tool.goalcheck] in pyproject.toml in {looked})")
    if options.selection is not None:
        lines.append("include: " + ", ".join(options.selection.include))
        lines.append("exclude: " + ", ".join(options.selection.exclude))
    sys.stderr.write("".join(f"goalcheck: {line}\n" for line in lines))


def _tell_files(options) -> None:
    """--verbose, after the walk: every file or folder left out, with the pattern that left it out."""
    from .untrusted import display_path

    selection = options.selection
    if selection is None:
        return
    lines = [f"excluded: {display_path(name)} ({'hidden' if pattern == 'hidden' else 'matches ' + pattern})"
             for name, pattern in selection.excluded]
    count = len(selection.included)
    lines.append(f"{count} goals file{'' if count == 1 else 's'} read from folders")
    sys.stderr.write("".join(f"goalcheck: {line}\n" for line in lines))


def _known(path: str, baseline: Optional[str], diff: Optional[str], write_baseline: Optional[str], options):
    """What --baseline, --diff or --write-baseline compares the findings with, if one is given."""
    if write_baseline is not None:
        from .baseline import recording

        return recording(write_baseline)
    if baseline is not None:
        from .baseline import read

        return read(baseline)
    if diff is not None:
        from .gitdiff import GitProblem, known_at

        try:
            return known_at(path, diff, options)
        except GitProblem as problem:
            raise UsageProblem(f"--diff: {problem}") from None
    return None


def _write_baseline(target: str, result, quiet: bool = False):
    """Record the active findings in ``target`` (the run, compared with them, lists them as known)."""
    from .baseline import dump
    from .files import write_atomically

    count = len(result.known)
    try:
        write_atomically(target, dump(result.known))
    except OSError as problem:
        raise UsageProblem(_cannot_write("--write-baseline", target, problem)) from None
    if not quiet:
        sys.stderr.write(f"goalcheck: wrote {count} finding{'' if count == 1 else 's'} to the baseline {target}\n")
    return result


def _write_output(option: str, target: str, text: str) -> None:
    """Write a report the option asked for; a failure names the option's file, never
    the temporary file beside it, and leaves no temporary file behind."""
    try:
        write_atomically(target, text)
    except OSError as problem:
        raise UsageProblem(_cannot_write(option, target, problem)) from None


def _cannot_write(option: str, target: str, problem: OSError) -> str:
    from .untrusted import display_path

    reason = problem.strerror or str(problem) or type(problem).__name__
    return f"{option}: cannot write '{display_path(target)}': {reason[0].lower()}{reason[1:]}"


class Stopped(BaseException):
    """SIGTERM or SIGINT: raised where the audit is, so that what is half done (a
    temporary file beside --output) is undone on the way out. A BaseException, so
    no ``except Exception`` on the way holds it."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum, _frame) -> None:
    raise Stopped(signum)


def _catch_signals() -> dict:
    """Route SIGTERM and SIGINT to Stopped; returns the handlers to put back."""
    import signal

    previous = {}
    for number in (signal.SIGTERM, signal.SIGINT):
        try:
            previous[number] = signal.signal(number, _stop)
        except (ValueError, OSError):  # not the main thread: leave signals as they are
            pass
    return previous


def _tell_input_errors(problem, undone: str) -> None:
    """Every input error as file:line:column, then what the command did not do (one wording)."""
    for error in problem.errors:
        sys.stderr.write(f"{error}\n")
    count = len(problem.errors)
    sys.stderr.write(f"goalcheck: {count} input error{'s' if count != 1 else ''}; nothing was {undone}\n")


def _exists(path: Optional[str], option: str) -> None:
    if path is not None and not Path(path).is_file():
        raise UsageProblem(f"{option}: {path!r} is not a file")


@app.command("rules")
def list_rules(
    path: str = typer.Argument(".", metavar="PATH", show_default=False),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Config file (default: the nearest one from PATH up to the repository root)."),
) -> None:
    """List every rule: code, name, area, severity, and whether it runs under the config.

    PATH is the goals folder whose config applies (default: the current folder).
    """
    from .audit import enabled_codes, options_for
    from .catalogue import rules

    _exists(config, "--config")
    from .paths import root_for

    options = options_for(path, config, root=str(root_for(path)))
    enabled = set(enabled_codes(options))
    rows = [(r.code, r.name, r.area, options.severity.get(r.code, r.severity),
             "yes" if r.code in enabled else "no", r.summary) for r in rules().values()]
    header = ("code", "name", "area", "severity", "enabled", "summary")
    widths = [max(len(row[i]) for row in rows + [header]) for i in range(5)]
    for row in [header] + rows:
        typer.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:5])) + "  " + row[5])


@app.command()
def explain(rule: Optional[str] = typer.Argument(None, metavar="RULE", show_default=False)) -> None:
    """Explain a rule: why it matters, what fires it, what does not, and the fix.

    RULE is a rule's code (GC301) or name (cost-cut-without-cx-guardrail).
    """
    from .catalogue import lookup, rules

    found = lookup(rule) if rule else None
    if found is None:
        from .messages import did_you_mean

        known = ", ".join(rules())
        if not rule:
            raise UsageProblem(f"explain needs a rule code or name; the rules are: {known}")
        names = list(rules()) + [r.name for r in rules().values()]
        hint = did_you_mean(rule.lower(), [n.lower() for n in names])
        raise UsageProblem(f"unknown rule {rule!r}{hint}; the rules are: {known}")
    from .explain import explanation

    typer.echo(explanation(found))


@app.command()
def init(
    directory: str = typer.Argument(".", metavar="DIR", show_default=False),
    force: bool = typer.Option(False, "--force", show_default=False, help="Overwrite files that exist."),
) -> None:
    """Write a small, valid, commented goals repo to start from.

    DIR is where to write it (default: the current folder). Files that exist
    are never overwritten without --force.
    """
    from . import scaffold

    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise UsageProblem(f"{directory!r} exists and is not a folder")
    try:
        written = scaffold.write(folder, force=force)
    except scaffold.Refused as refused:
        names = ", ".join(path.as_posix() for path in refused.existing)
        raise UsageProblem(f"not overwriting {names} (nothing was written; use --force to overwrite)") from None
    for path in written:
        typer.echo(f"wrote {path.as_posix()}")
    typer.echo(f"next: goalcheck audit {folder.as_posix()}")


@app.command("import")
def import_(
    source: str = typer.Argument(..., metavar="SOURCE", show_default=False),
    output: str = typer.Option(".", "--output", "-o", metavar="DIR", show_default=False,
                               help="Where to write the goals repo (default: the current folder)."),
    map_file: Optional[str] = typer.Option(None, "--map", metavar="MAP.yaml",
                                           help="Columns the headers do not name: 'field: Column header' per line."),
    sheet: Optional[str] = typer.Option(None, "--sheet", metavar="NAME",
                                        help="The worksheet of an .xlsx workbook to read (default: the first)."),
    force: bool = typer.Option(False, "--force", show_default=False, help="Overwrite files that exist."),
) -> None:
    """Write a goals repo from a sheet (CSV, XLSX) or a Markdown OKR page.

    One file for the organisation and its objectives, one per department.
    A cell that cannot be read is an error at its row and column, and then
    nothing is written; files that exist are never overwritten without --force.
    """
    from . import importer
    from .errors import InputErrors

    _exists(source, "SOURCE")
    if Path(output).exists() and not Path(output).is_dir():
        raise UsageProblem(f"{output!r} exists and is not a folder")
    try:
        result = importer.run(source, output, map_file, force=force, sheet=sheet)
    except importer.MapProblem as problem:
        raise UsageProblem(f"--map {problem}") from None
    except importer.Refused as refused:
        names = ", ".join(path.as_posix() for path in refused.existing)
        raise UsageProblem(f"not overwriting {names} (nothing was written; use --force to overwrite)") from None
    except InputErrors as problem:
        _tell_input_errors(problem, "written")
        raise typer.Exit(2) from None
    sys.stderr.write(importer.report(result, output))
    for path in result.written:
        typer.echo(f"wrote {path.as_posix()}")


@app.command("export")
def export(
    path: str = typer.Argument(".", metavar="PATH", show_default=False),
    format: str = typer.Option("csv", "--format", "-f", metavar="FORMAT", show_default=False,
                               help="csv, a sheet 'goalcheck import' reads back (default csv)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE",
                                         help="Write the sheet to FILE (atomically); - is standard output."),
) -> None:
    """Write a goals repo's objectives and goals as a sheet: one row each.

    PATH is a goals file or repo (default: the current folder). 'goalcheck
    import' reads the sheet back; standard error says what the repo holds that
    a sheet has no place for. Bad input: every problem as file:line:column, exit 2.
    """
    from . import exporter
    from .errors import InputErrors
    from .load import load
    from .untrusted import display_path

    if format != "csv":
        raise UsageProblem(f"--format: {format!r} is not csv")
    try:
        model = load(path)
    except InputErrors as problem:
        _tell_input_errors(problem, "exported")
        raise typer.Exit(2) from None
    text = exporter.render_csv(model)
    if output is None or output == "-":
        write_text(sys.stdout, text)
    else:
        _write_output("--output", output, exporter.BOM + text)
    left = exporter.left_out(model)
    if left:
        sys.stderr.write(f"goalcheck export: not in the sheet (it has rows for the organisation, departments, objectives and goals only): "
                         f"{'; '.join(left)}\n")
    if output is not None and output != "-":
        typer.echo(f"wrote {display_path(output)}", err=True)


@app.command()
def facts(
    path: str = typer.Argument(".", metavar="PATH", show_default=False),
    format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", show_default=False,
                               help="text (a table for people) or json (default text)."),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE",
                                         help="Config file, for a team's own vocabulary (found as audit finds it)."),
) -> None:
    """Show what goalcheck understood of every metric, and where each fact came from.

    PATH is a goals file or repo (default: the current folder). A fact nobody
    could tell is null in JSON and ? in the table: declare it on the metric.
    """
    from . import factsheet
    from . import vocabulary as vocabulary_module
    from .audit import options_for
    from .infer import infer
    from .load import load
    from .report import facts as render

    if format not in ("text", "json"):
        raise UsageProblem(f"--format: {format!r} is not text or json")
    options = options_for(path, config)
    model = load(path)
    entries = factsheet.sheet(model, infer(model, options.vocabulary or vocabulary_module.default()))
    sys.stdout.write(render.render_json(entries) if format == "json" else render.render_text(entries))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the goals format."""
    from .schema import schema_text

    sys.stdout.write(schema_text())


def main(argv: Optional[list[str]] = None) -> int:
    """Run the CLI and return its exit code; every failure becomes a clean message."""
    import signal

    from .errors import InputErrors
    from .untrusted import display_path, safe_text

    previous = _catch_signals()  # first: a signal while the command is built is a stop too
    args = sys.argv[1:] if argv is None else list(argv)
    if not args:
        args = ["--help"]
    try:
        command = typer.main.get_command(app)
        code = command.main(args=args, prog_name="goalcheck", standalone_mode=False)
        return code if isinstance(code, int) else 0
    except InputErrors as problem:
        _tell_input_errors(problem, "audited")
        return 2
    except UsageProblem as problem:
        sys.stderr.write(f"goalcheck: error: {safe_text(problem, 'log')}\n")
        return 2
    except typer.Exit as done:
        return done.exit_code
    except typer.Abort:
        sys.stderr.write("goalcheck: aborted\n")
        return 2
    except Stopped as stopped:
        sys.stderr.write(f"goalcheck: stopped by {signal.Signals(stopped.signum).name}; "
                         "nothing was written to --output\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("goalcheck: interrupted\n")
        return 2
    except BrokenPipeError:
        return 0
    except OSError as problem:
        named = f": {display_path(problem.filename)}" if problem.filename else ""
        sys.stderr.write(f"goalcheck: error: {safe_text(problem.strerror or problem, 'log')}{named}\n")
        return 2
    except RecursionError:
        sys.stderr.write("goalcheck: error: the input nests too deeply to audit\n")
        return 2
    except Exception as problem:
        if hasattr(problem, "format_message") and hasattr(problem, "exit_code"):
            # a usage error from the command-line parser (Typer's click, vendored or not)
            sys.stderr.write(f"goalcheck: error: {safe_text(problem.format_message(), 'log')} "
                             "(see 'goalcheck --help')\n")
            return 2
        # a bug of ours: say so plainly, never a traceback
        sys.stderr.write(f"goalcheck: internal error: {type(problem).__name__}: {safe_text(problem, 'log')}. "
                         "Please report it with the input that caused it.\n")
        return 2
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def entry() -> None:
    """The console script: run, flush, and leave without tearing down the
    audit's millions of objects one by one (a quarter of a second at 100,000
    goals); nothing of ours waits on interpreter shutdown."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    os._exit(code)
