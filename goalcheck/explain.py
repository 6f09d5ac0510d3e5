"""`goalcheck explain`: a rule's catalogue entry as a page to read, with the
finding its first example really produces (so the page cannot drift from
what an audit prints)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .catalogue import EXAMPLES_AS_OF, Rule


def _indent(text: str) -> str:
    return "\n".join(("  " + line) if line else "" for line in text.splitlines())


def example_finding(rule: Rule):
    """The first finding of ``rule`` in its first example that fires, audited as the tests do."""
    from .audit import Options, run

    if not rule.fires:
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "goals.yaml"
        path.write_text(rule.fires[0].yaml, encoding="utf-8")
        result = run(str(path), Options(as_of=EXAMPLES_AS_OF))
    return next((item for item in result.findings if item.rule.code == rule.code), None)


def explanation(rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name}",
             f"area: {rule.area_name} ({rule.area}) · default severity: {rule.severity}",
             "", rule.summary, "", "Why it matters", _indent(rule.rationale)]
    example = example_finding(rule)
    if example is not None:
        lines += ["", "What a finding says (the first example below)",
                  _indent(f"{example.finding.location}: {example.message}"),
                  "", "Fix", _indent(example.fix)]
    else:
        lines += ["", "Fix", _indent(rule.fix)]
    if rule.options:
        lines += ["", f"Options (in the config: params: {{{rule.code}: {{{rule.options[0].name}: ...}}}})"]
        for option in rule.options:
            lines += [_indent(f"{option.name}: {option.expects}; default {option.default_text}"),
                      _indent(_indent(option.doc))]
    for title, examples in (("Fires on", rule.fires), ("Stays quiet on", rule.quiet)):
        for item in examples:
            lines += ["", f"{title}: {item.title}" if item.title else f"{title}:", _indent(item.yaml.rstrip())]
    lines += ["", f"(The examples are audited as of {EXAMPLES_AS_OF.isoformat()}.)"]
    return "\n".join(lines)
