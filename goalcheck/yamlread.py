"""Read one YAML document into plain data plus a location table, in one pass.

We walk libyaml's event stream ourselves instead of using PyYAML's composer and
constructor: the composer resolves every scalar through Python regexes (about
eight times slower than the bare event parse) and recurses in C, which crashes
on deep nesting. One loop over the events builds dicts, lists and scalars,
records where each node starts, refuses duplicate keys and foreign tags, and
bounds nesting depth and alias expansion, so hostile files fail cleanly.

Scalars follow the YAML 1.2 core schema rather than PyYAML's YAML 1.1 one:
only ``true``/``false`` are booleans (``No`` stays a string) and dates stay
text. For plain scalars read as numbers or booleans the text as written is kept
in ``Document.raw`` so string fields can take it back (``id: 1.10`` is "1.10").

Two readers do this and return the same: the compiled one (goalcheck/_yamlread.c,
the same loop against libyaml's C API, on the very libyaml PyYAML carries, built
by ``pip install .`` where a C compiler is found) and the pure-Python loop below,
which runs where the extension was not built or when the environment variable
GOALCHECK_PURE_PYTHON is set (to anything but 0). ``READER`` says which runs;
both word their problems through ``_problem``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from . import lazyre


def _pyyaml():
    """PyYAML, its events and its parser, imported only when the pure-Python reader runs
    (importing PyYAML costs every audit about 20 ms that the compiled reader does not need)."""
    import yaml
    from yaml import events

    try:  # libyaml's C parser; the pure-Python one is a slow but correct fallback
        from yaml import CSafeLoader as loader
    except ImportError:  # pragma: no cover - depends on the PyYAML build
        from yaml import SafeLoader as loader  # type: ignore[assignment]
    return yaml, events, loader

MAX_DEPTH = 64
MAX_EVENTS = 3_000_000  # about 100,000 goals in one file: beyond, a file is a bomb, not a plan
MAX_ALIAS_EXPANSION = 100_000
# characters aliases may add, beyond the document's own: a short alias of a long text
# would otherwise make a report many times the size of its input
MAX_ALIAS_CHARACTERS = 1 << 20

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {None, "!", _CORE + "str", _CORE + "int", _CORE + "float",
                 _CORE + "bool", _CORE + "null", _CORE + "seq", _CORE + "map"}
_INT = lazyre.compile(r"[-+]?[0-9]+\Z")
_FLOAT = lazyre.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_STR = _CORE + "str"
_SPECIAL = {"true": True, "True": True, "TRUE": True,
            "false": False, "False": False, "FALSE": False,
            "": None, "~": None, "null": None, "Null": None, "NULL": None}
_NUMBER_START = frozenset("0123456789-+.")
_MAYBE_TYPED = _NUMBER_START | {word[0] for word in _SPECIAL if word}  # may not be text


class YamlProblem(Exception):
    """A problem at a place in the document; line and column are 1-based."""

    def __init__(self, message: str, line: int, column: int):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass
class Document:
    """Plain data of one document and where each part of it was written.

    ``where[id(container)]`` is ``(mark, parts)``: for a mapping, ``parts``
    maps each key to ``(key_mark, value_mark)``; for a sequence it lists each
    item's mark. Marks are libyaml's (0-based); keeping them, rather than
    copying out numbers, is what keeps this pass close to the parser's speed.
    ``raw[(id(container), key_or_index)]`` is the text of a plain scalar that
    was read as a number or a boolean.
    """

    data: object
    where: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)


_NOKEY = object()  # the current mapping waits for a key, not a value


def _problem(kind: str, line: int, column: int, *args) -> YamlProblem:
    """The wording of every problem either reader finds, by kind (line and column 1-based)."""
    if kind == "events":
        message = f"the file holds more than {MAX_EVENTS:,} YAML nodes; split it into several files"
    elif kind == "tag":
        message = f"tag {args[0]!r} is not allowed: goals files hold plain data only"
    elif kind == "depth":
        message = f"nesting is deeper than {MAX_DEPTH} levels"
    elif kind == "alias":
        message = f"alias *{args[0]} refers to no anchor"
    elif kind == "bomb":
        message = f"aliases expand to more than {MAX_ALIAS_EXPANSION:,} nodes (an alias bomb?)"
    elif kind == "characters":
        message = f"aliases expand to more than {args[0]:,} characters (an alias bomb?)"
    elif kind == "document":
        message = "a goals file holds one YAML document; this is a second one"
    elif kind == "key":
        message = "mapping keys must be text"
    elif kind == "duplicate":
        key, first_line, first_column = args
        message = f"duplicate key {key!r} (first written at line {first_line}, column {first_column})"
    elif kind == "merge":
        message = "a merge key '<<' takes a mapping or a list of mappings"
    elif kind == "syntax":
        problem, context = args
        message = f"YAML syntax error: {f'{problem} ({context})' if context and problem else problem}"
    elif kind == "reader":
        message = f"YAML error: {args[0]}"
    else:  # pragma: no cover - a kind the compiled reader knows and this one does not
        message = f"YAML problem: {kind}"
    return YamlProblem(message, line, column)


def _compiled_reader():
    """The compiled reader's module, or None where it is not built or not wanted."""
    if os.environ.get("GOALCHECK_PURE_PYTHON", "") not in ("", "0"):
        return None
    path = _pyyaml_extension()
    if path is None:
        return None
    try:
        module = _extension()
        if module is None:
            return None
        module.setup(_problem, path)  # the compiled reader runs on the libyaml in PyYAML's extension
    except (ImportError, TypeError):
        return None
    return module


def _extension():
    """goalcheck._yamlread: beside this file, or else in the goalcheck that `pip install .` put
    on sys.path, when this one is a source checkout run from its root (`python -m pytest` there
    imports the checkout, in which the extension is not built)."""
    try:
        from . import _yamlread
    except ImportError:
        pass
    else:
        return _yamlread
    import importlib.machinery
    import importlib.util
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    for entry in sys.path:
        folder = os.path.abspath(os.path.join(entry or os.curdir, "goalcheck"))
        if folder == here:
            continue
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            candidate = os.path.join(folder, "_yamlread" + suffix)
            if os.path.isfile(candidate):
                spec = importlib.util.spec_from_file_location(f"{__package__}._yamlread", candidate)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                sys.modules[spec.name] = module
                return module
    return None


def _pyyaml_extension() -> str | None:
    """Where PyYAML's compiled extension (yaml._yaml) is, found without importing PyYAML."""
    import importlib.machinery
    import importlib.util

    try:
        spec = importlib.util.find_spec("yaml")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            candidate = os.path.join(folder, "_yaml" + suffix)
            if os.path.isfile(candidate):
                return candidate
    return None


_compiled = _compiled_reader()


def reader() -> str:
    """Which reader runs, as `goalcheck --version` says it."""
    if _compiled is None:
        return "pure-Python YAML reader"
    return f"compiled YAML reader, libyaml {_compiled.libyaml_version()}"


def read_document(text: str) -> Document:
    """Parse one YAML document; raise YamlProblem on the first fatal problem.

    Duplicate keys are not fatal: they are collected in ``problems`` so that
    every duplicate in a file is reported at once.
    """
    if _compiled is not None:
        return Document(*_compiled.read(text, MAX_DEPTH, MAX_EVENTS, MAX_ALIAS_EXPANSION, MAX_ALIAS_CHARACTERS))
    return read_document_python(text)


def read_document_python(text: str) -> Document:
    """The pure-Python reader (see read_document).

    This loop is the hot path of an audit: the current collection lives in local variables, scalars are
    resolved inline, and sizes are counted only for anchored nodes.
    """
    doc = Document(None)
    where = doc.where
    raw = doc.raw
    problems = doc.problems
    anchors: dict[str, tuple[object, int]] = {}
    expanded = 0  # nodes added by aliases so far
    expanded_chars = 0  # characters added by aliases so far (at most, counted by their source)
    alias_characters = max(MAX_ALIAS_CHARACTERS, len(text))
    count = 0  # events so far
    yaml, ev, loader = _pyyaml()
    get_event = loader(text).get_event
    stack: list[tuple] = []
    # the collection being filled, None at the top of the document
    container = parts = key_mark = merges = anchor = container_mark = None
    is_map = False
    key = _NOKEY
    first_count = first_expanded = first_chars = 0
    ScalarEvent, AliasEvent = ev.ScalarEvent, ev.AliasEvent
    MappingStartEvent, SequenceStartEvent = ev.MappingStartEvent, ev.SequenceStartEvent
    MappingEndEvent, SequenceEndEvent = ev.MappingEndEvent, ev.SequenceEndEvent
    DocumentStartEvent = ev.DocumentStartEvent
    special = _SPECIAL
    number_start = _NUMBER_START
    maybe_typed = _MAYBE_TYPED
    int_match, float_match = _INT.match, _FLOAT.match
    allowed_tags = _ALLOWED_TAGS
    nokey = _NOKEY
    documents = 0
    try:
        while True:
            event = get_event()
            if event is None:
                break
            count += 1
            if count > MAX_EVENTS:
                mark = event.start_mark
                raise _problem("events", mark.line + 1, mark.column + 1)
            cls = event.__class__
            text_as_written = None
            if cls is ScalarEvent:
                value = event.value
                if event.tag is not None:
                    if event.tag not in allowed_tags:
                        raise _tag_problem(event)
                    plain = not event.style and event.tag not in (_STR, "!")
                else:
                    plain = not event.style
                # most plain scalars are text, which their first character says
                if plain and (not value or value[0] in maybe_typed):
                    if value in special:
                        resolved = special[value]
                        if resolved is not None:
                            text_as_written = value
                        value = resolved
                    elif value[0] in number_start and len(value) < 64:  # longer: text, not a number
                        if (value.isdigit() and value.isascii()) or int_match(value):
                            text_as_written = value
                            value = int(value)
                        elif float_match(value):
                            number = float(value)
                            if number - number == 0:  # finite; 1e400 is infinity and stays text, as .inf does
                                text_as_written = value
                                value = number
                if event.anchor is not None:
                    anchors[event.anchor] = (value, 1, event.end_mark.index - event.start_mark.index)
                start = event.start_mark
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                value = container
                start = container_mark
                if merges:
                    _apply_merges(container, parts, merges, where)
                if anchor is not None:
                    # its characters: the source it spans (no value is longer than its source)
                    # and what aliases inside it added
                    anchors[anchor] = (value, (count - first_count) + (expanded - first_expanded),
                                       event.end_mark.index - container_mark.index
                                       + (expanded_chars - first_chars))
                (container, is_map, key, key_mark, parts, merges, anchor, container_mark,
                 first_count, first_expanded, first_chars) = stack.pop()
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                if event.tag is not None and event.tag not in allowed_tags:
                    raise _tag_problem(event)
                mark = event.start_mark
                if len(stack) >= MAX_DEPTH:
                    raise _problem("depth", mark.line + 1, mark.column + 1)
                stack.append((container, is_map, key, key_mark, parts, merges, anchor,
                              container_mark, first_count, first_expanded, first_chars))
                is_map = cls is MappingStartEvent
                container = {} if is_map else []
                parts = {} if is_map else []
                where[id(container)] = (mark, parts)
                key = nokey
                key_mark = merges = None
                anchor = event.anchor
                container_mark = mark
                first_count, first_expanded, first_chars = count, expanded, expanded_chars
                continue
            elif cls is AliasEvent:
                start = event.start_mark
                if event.anchor not in anchors:
                    raise _problem("alias", start.line + 1, start.column + 1, event.anchor)
                value, size, chars = anchors[event.anchor]
                expanded += size
                expanded_chars += chars
                if expanded > MAX_ALIAS_EXPANSION:
                    raise _problem("bomb", start.line + 1, start.column + 1)
                if expanded_chars > alias_characters:
                    raise _problem("characters", start.line + 1, start.column + 1, alias_characters)
            else:
                if cls is DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        mark = event.start_mark
                        raise _problem("document", mark.line + 1, mark.column + 1)
                continue

            if is_map:
                if key is nokey:  # this node is a key
                    if value.__class__ is not str:
                        if text_as_written is None:
                            raise _problem("key", start.line + 1, start.column + 1)
                        value = text_as_written
                    key = value
                    key_mark = start
                    continue
                if key in parts:
                    first = parts[key][0]
                    problems.append(_problem("duplicate", key_mark.line + 1, key_mark.column + 1,
                                             key, first.line + 1, first.column + 1))
                elif key == "<<" and cls is not ScalarEvent:
                    if merges is None:
                        merges = []
                    merges.append(value)
                else:
                    container[key] = value
                    parts[key] = (key_mark, start)
                    if text_as_written is not None:
                        raw[(id(container), key)] = text_as_written
                key = nokey
            elif container is not None:
                if text_as_written is not None:
                    raw[(id(container), len(container))] = text_as_written
                container.append(value)
                parts.append(start)
            else:
                doc.data = value
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise _problem("syntax", (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1,
                       exc.problem or str(exc), exc.context if exc.problem else None) from None
    except yaml.YAMLError as exc:  # reader errors: control characters and the like
        position = getattr(exc, "position", 0) or 0
        before = text.encode("utf-8", "surrogatepass")[:position]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise _problem("reader", line, column, getattr(exc, "reason", None) or str(exc)) from None
    return doc


def _tag_problem(event) -> YamlProblem:
    mark = event.start_mark
    return _problem("tag", mark.line + 1, mark.column + 1, event.tag)


def _apply_merges(container: dict, parts: dict, merges: list, where: dict) -> None:
    """Apply ``<<`` merge keys: merged entries never override explicit ones."""
    for merged in merges:
        sources = merged if isinstance(merged, list) else [merged]
        for source in sources:
            if not isinstance(source, dict):
                mark = where[id(container)][0]
                raise _problem("merge", mark.line + 1, mark.column + 1)
            source_parts = where[id(source)][1]
            for key, value in source.items():
                if key not in container:
                    container[key] = value
                    parts[key] = source_parts[key]
