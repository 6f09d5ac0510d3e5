"""The audit, step by step: load (with the waivers) -> infer -> index -> checks
-> waivers (which findings they accept; which of them are stale, for GC606) ->
score (the Result, built once; with a baseline or a git ref, only what is new listed).

Kept apart from the CLI so tests and other front ends run the same steps.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field, replace
from datetime import date

from . import baseline, catalogue, factsheet, index, score, waivers
from .checks import REGISTRY
from .config import Config
from .errors import InputErrors
from .infer import infer
from .load import load
from .model import Model
from .vocabulary import Vocabulary
from . import vocabulary as vocabulary_module


@dataclass
class Options:
    as_of: date = field(default_factory=date.today)
    select: set[str] | None = None  # rule codes; None: every rule
    ignore: set[str] = field(default_factory=set)
    fail_on: str = "high"
    fail_under: float | None = None
    severity: dict[str, str] = field(default_factory=dict)  # code -> overriding severity
    vocabulary: Vocabulary | None = None
    known: baseline.Known | None = None  # --baseline / --diff: list only findings not in it
    params: dict = field(default_factory=dict)  # rule code -> {parameter: value}
    config: Config | None = None  # for per-path ignores
    fiscal_year_start: int = 1  # the month fiscal periods start in (config)
    root: str | None = None  # file names are relative to it (paths.root_for); None: to the audited folder
    selection: object | None = None  # selection.Selection: the goals files in folders; None: every YAML file
    config_file: str | None = None  # the config used, as reports name it; None: none
    config_errors: tuple = ()  # the config's input errors, reported with the goals files' (one round)


def options_for(path: str, config_file: str | None = None, *, select: set[str] | None = None,
                ignore: set[str] | None = None, fail_on: str | None = None,
                fail_under: float | None = None, as_of: date | None = None,
                root: str | None = None, one_round: bool = False) -> Options:
    """Options for an audit of ``path``: the config file's, with the command line's on top.

    ``--select`` replaces the config's selection; ``--ignore`` adds to the
    config's ignores, except for rules the command line selects. ``root``: the
    path root (paths.root_for); file names are shown from it and the config is
    looked for up to it. Without one, names are relative to the audited folder
    and the config is looked for there only. ``one_round``: a config's errors are
    carried in the options for ``run`` to report beside the goals files' errors,
    rather than raised (unless they decide which files are read).
    """
    from . import config as config_module
    from .paths import name

    found = config_module.find(path, config_file, root)
    shown = None
    if found is not None:
        shown = name(found, root) if root is not None else found.as_posix()
        config, config_errors = config_module.read_config(found, shown)
        if config_errors and not one_round:
            raise InputErrors(config_errors)
        base = name(found.parent, root if root is not None else
                    (path if os.path.isdir(path) else os.path.dirname(path) or "."))
        config.base = "" if base == "." else base + "/"
    else:
        config, config_errors = config_module.Config(), []
    chosen = select if select is not None else config.select
    ignored = set(ignore or ()) | (config.ignore - (select or set()))
    vocabulary = (vocabulary_module.build(vocabulary_module.builtin_data(), config.vocabulary, config.source)
                  if config.vocabulary else None)
    return Options(as_of=as_of or date.today(), select=chosen, ignore=ignored,
                   fail_on=fail_on or config.fail_on or "high",
                   fail_under=fail_under if fail_under is not None else config.fail_under,
                   severity=dict(config.severity), vocabulary=vocabulary, params=config.params,
                   fiscal_year_start=config.fiscal_year_start,
                   config=config if config.per_path_ignores else None, root=root,
                   selection=config.selection(), config_file=shown, config_errors=tuple(config_errors))


def enabled_codes(options: Options) -> list[str]:
    """The rules that run: selected and not ignored; integrity rules always run."""
    out = []
    for code, rule in catalogue.rules().items():
        if not rule.can_be_disabled:
            out.append(code)
        elif (options.select is None or code in options.select) and code not in options.ignore:
            out.append(code)
    return out


QUOTED = 120  # characters of a name or title quoted in a message


def word(template: str, args: dict) -> str:
    """A rule's message or fix with its blanks filled; a long name or title is quoted by
    its first QUOTED characters, so a report grows with the findings, not with a long
    name repeated in each of them (the full text is in the goals file, at the line)."""
    return template.format_map(_quoted(args))


def _quoted(args: dict) -> dict:
    """``args`` with each long text cut to its first QUOTED characters (``word``)."""
    for value in args.values():
        if value.__class__ is str and len(value) > QUOTED:
            return {key: value[:QUOTED - 1] + "…" if value.__class__ is str and len(value) > QUOTED else value
                    for key, value in args.items()}
    return args


def check_model(model: Model, options: Options) -> score.Result:
    vocabulary = options.vocabulary or vocabulary_module.default()
    facts = infer(model, vocabulary)
    ctx = index.build(model, facts, vocabulary, options.as_of, options.params, options.fiscal_year_start)
    codes = enabled_codes(options)
    yielded = {code: list(REGISTRY[code](ctx)) for code in codes if code != waivers.SELF}
    if waivers.SELF in codes:
        # the waiver step's facts for GC606: which waivers are stale, from the findings of
        # the rules they waive (a rule this run does not report is run for them alone)
        also: dict[str, list] = {}

        def findings_of(code: str) -> list:
            if code in yielded:
                return yielded[code]
            if code not in also:
                also[code] = list(REGISTRY[code](ctx))
            return also[code]

        stale = waivers.stale(model.waivers, options.as_of, findings_of)
        yielded[waivers.SELF] = list(REGISTRY[waivers.SELF](replace(ctx, stale_waivers=stale)))
    rules = catalogue.rules()
    reported = []
    for code in codes:
        rule = rules[code]
        severity = options.severity.get(code, rule.severity)
        for finding in yielded[code]:
            if options.config is not None and options.config.ignored_here(finding.location.file, code):
                continue
            args = _quoted(finding.args)  # once for the message and the fix
            reported.append(score.Reported(finding, rule, severity, rule.message.format_map(args),
                                           rule.fix.format_map(args), 0.0,
                                           fingerprint=baseline.fingerprint(finding)))
    ctx.texts.clear()  # the checks' readings of titles (index.Context.text): not needed past them
    reported.sort(key=lambda r: (r.finding.location.file, r.finding.location.line, r.rule.code,
                                 r.finding.location.column, r.finding.subject or "", r.message))
    reported = waivers.apply(reported, model.waivers, options.as_of)
    return score.build(ctx, reported, options.fail_on, options.fail_under, ran=set(codes), known=options.known,
                       config=options.config_file, unknown_metrics=tuple(factsheet.unknown(model, facts)))


def run(path: str, options: Options | None = None) -> score.Result:
    """Audit a goals file or repo; raises load.InputErrors on bad input.

    The cyclic garbage collector is paused for the run: an audit builds
    millions of long-lived objects and no cycles worth collecting, and the
    collector's full passes over them cost more than the audit itself.
    """
    options = options or Options()
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            model = load(path, options.root, options.selection)
        except InputErrors as problem:
            raise InputErrors([*options.config_errors, *problem.errors]) from None
        if options.config_errors:
            raise InputErrors(list(options.config_errors))
        return check_model(model, options)
    finally:
        if collecting:
            gc.freeze()  # what the audit built lives on: keep later collections off it
            gc.enable()
