"""What a YAML reader says about a text, in a form two readers' answers can be compared
in: the data (types included), the location of every key, value and item, the text as
written, the problems, or the one fatal problem. Used by tests/test_readers.py and by
conftest's shadow reader, which holds the pure-Python reader to the compiled one on every
document the suite reads."""

from __future__ import annotations

from goalcheck import yamlread


def describe(doc) -> tuple:
    """A document, with containers named by their path, not their id."""
    paths: dict[int, tuple] = {}
    where, raw = {}, {}

    def mark(m):
        return (m.line, m.column)

    def walk(node, path):
        if isinstance(node, (dict, list)):
            if id(node) in paths:  # an alias: the same object again
                return ("same as", paths[id(node)])
            paths[id(node)] = path
            container_mark, parts = doc.where[id(node)]
            if isinstance(node, dict):
                where[path] = (mark(container_mark), {k: (mark(a), mark(b)) for k, (a, b) in parts.items()})
                return ("map", [(k, walk(v, path + (k,))) for k, v in node.items()])
            where[path] = (mark(container_mark), [mark(m) for m in parts])
            return ("seq", [walk(v, path + (i,)) for i, v in enumerate(node)])
        return (type(node).__name__, node)

    data = walk(doc.data, ())
    for (ident, key), text_as_written in doc.raw.items():
        if ident in paths:  # containers dropped as duplicates' values are nobody's
            raw[(paths[ident], key)] = text_as_written
    problems = [(p.message, p.line, p.column) for p in doc.problems]
    return ("document", data, where, raw, problems)


def problem(error: yamlread.YamlProblem) -> tuple:
    return ("problem", error.message, error.line, error.column)


def outcome(read, text: str) -> tuple:
    """All a reader says about ``text``."""
    try:
        doc = read(text)
    except yamlread.YamlProblem as error:
        return problem(error)
    return describe(doc)
