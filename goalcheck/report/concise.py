"""One line per finding, ``path:line:col: CODE [severity] message``: what editors'
problem matchers, pre-commit logs and grep want (ruff's and flake8's shape).

Only active findings are listed (a waived finding is not a problem to fix);
the gate's verdict goes to standard error (see ``summary``), so standard output
holds nothing but finding lines.
"""

from __future__ import annotations

from ..untrusted import break_log_commands, safe_text
from . import story


def line(item, prefix: str = "") -> str:
    location = item.finding.location
    # the line starts with a file name a pull request chose: "::" there must not run in a CI log
    return break_log_commands(f"{prefix}{location}: {item.rule.code} [{item.severity}] "
                              f"{safe_text(item.message, 'log')}")


def summary(result) -> str:
    """The run in one line: counts, the score and the gate."""
    counts = result.counts
    verdict = "passed" if result.passed else "failed"
    gate = f"fail-on {result.fail_on}" + (f", fail-under {result.fail_under:g}"
                                          if result.fail_under is not None else "")
    return (f"goalcheck: {counts['high']} {story.new(result)}high · {counts['medium']} medium · "
            f"{counts['low']} low · score {result.score:.1f}/100 · {verdict} ({gate})")


def render(result, prefix: str = "", **_options) -> str:
    return "".join(line(item, prefix) + "\n" for item in result.active)
