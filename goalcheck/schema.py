"""The JSON Schema of the goals format, and a fast checker compiled from it.

The schema file is the single source of truth for keys and types. Validating
every goal with jsonschema costs about 170 µs a goal, too slow for a repo of
100,000 goals, so the loader checks each item with predicates compiled here
from that same schema, and asks jsonschema only about a file that fails them:
jsonschema then words every problem, so the messages do not depend on which
path found them. The compiler knows exactly the keywords the schema uses and
refuses any other, so the schema cannot grow a rule the fast path skips.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

Accepts = Callable[[object], bool]

_IGNORED = {"description", "title", "$schema", "$id", "definitions", "default", "examples"}


@lru_cache(maxsize=1)
def schema_text() -> str:
    return (Path(__file__).resolve().parent / "data" / "goals.schema.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(schema_text())


class Shape:
    """A compiled subschema: a predicate, plus the parts the loader walks."""

    __slots__ = ("accepts", "fields", "required", "items", "name", "rest", "tests")

    def __init__(self, accepts: Accepts, fields=None, required=(), items=None, name=None):
        self.accepts = accepts
        self.fields: dict[str, Shape] | None = fields
        self.required: tuple[str, ...] = tuple(required)
        self.items: Shape | None = items
        self.name = name
        self.rest: tuple = ()  # for objects: tests beyond the fields (if/then)
        # for objects: each field's predicate, looked up once per key by the loader
        self.tests: dict[str, Accepts] | None = None


def _is_number(value) -> bool:
    cls = value.__class__
    return cls is int or cls is float


_TYPES: dict[str, Accepts] = {
    "string": lambda v: v.__class__ is str,
    "boolean": lambda v: v.__class__ is bool,
    "number": _is_number,
    "integer": lambda v: v.__class__ is int,
    "array": lambda v: v.__class__ is list,
    "object": lambda v: v.__class__ is dict,
    "null": lambda v: v is None,
}


class _Compiler:
    def __init__(self, root: dict):
        self.root = root
        self.done: dict[str, Shape] = {}
        self.compiling: set[str] = set()  # definitions whose compilation is under way

    def ref(self, ref: str) -> Shape:
        if ref not in self.done:
            if not ref.startswith("#/definitions/"):
                raise NotImplementedError(f"schema $ref {ref!r}")
            name = ref.rsplit("/", 1)[1]
            # Placeholder so recursive refs resolve lazily.
            holder = Shape(lambda v: True, name=name)
            self.done[ref] = holder
            self.compiling.add(ref)
            shape = self.compile(self.root["definitions"][name], name)
            self.compiling.discard(ref)
            holder.accepts, holder.fields = shape.accepts, shape.fields
            holder.required, holder.items = shape.required, shape.items
            holder.rest, holder.tests = shape.rest, shape.tests
        return self.done[ref]

    def test_of(self, shape: Shape) -> Accepts:
        """The shape's predicate itself, saving a call per value; a late-bound call
        while a recursive definition is still being compiled."""
        if any(self.done.get(ref) is shape for ref in self.compiling):
            return lambda v, shape=shape: shape.accepts(v)
        return shape.accepts

    def compile(self, sub: dict, name: str | None = None) -> Shape:
        unknown = set(sub) - _IGNORED - {"$ref", "type", "pattern", "maxLength", "enum", "anyOf", "items",
                                         "properties", "required", "additionalProperties",
                                         "patternProperties", "if", "then"}
        if unknown:
            raise NotImplementedError(f"schema keywords {sorted(unknown)} are not compiled")
        if "$ref" in sub:
            return self.ref(sub["$ref"])
        kind = sub.get("type")
        if kind == "string" and not set(sub) & {"enum", "anyOf", "items", "properties", "if", "required"}:
            return Shape(_text_test(sub.get("pattern"), sub.get("maxLength")), name=name)
        tests: list[Accepts] = []
        fields = items = None
        required: tuple[str, ...] = ()
        if "pattern" in sub:
            match = re.compile(sub["pattern"]).search
            if kind == "string":
                tests.append(lambda v, match=match: v.__class__ is str and match(v) is not None)
                kind = None
            else:
                tests.append(lambda v, match=match: v.__class__ is not str or match(v) is not None)
        if "maxLength" in sub:  # text fields are bounded, so no value can blow up a report
            limit = sub["maxLength"]
            tests.append(lambda v, limit=limit: v.__class__ is not str or len(v) <= limit)
        if kind is not None:
            tests.insert(0, _TYPES[kind])
        if "enum" in sub:
            values = sub["enum"]
            if all(value.__class__ is str for value in values):
                names = frozenset(values)
                tests.append(lambda v, names=names: v.__class__ is str and v in names)
            else:
                allowed = {(value.__class__, value) for value in values}
                tests.append(lambda v, allowed=allowed: v.__class__ in (str, int, float, bool, type(None))
                             and (v.__class__, v) in allowed)
        if "anyOf" in sub:
            options = tuple(self.test_of(self.compile(option)) for option in sub["anyOf"])
            if len(options) == 2:
                tests.append(lambda v, a=options[0], b=options[1]: a(v) or b(v))
            else:
                tests.append(lambda v, options=options: any(o(v) for o in options))
        if "items" in sub:
            items = self.compile(sub["items"])
            each = self.test_of(items)
            if tests and tests[0] is _TYPES["array"]:  # one test where there were two
                tests[0] = lambda v, each=each: v.__class__ is list and all(map(each, v))
            else:
                tests.append(lambda v, each=each: v.__class__ is not list or all(map(each, v)))
        if "properties" in sub:
            fields = {key: self.compile(value) for key, value in sub["properties"].items()}
            required = tuple(sub.get("required", ()))
            closed = sub.get("additionalProperties", True) is False
            if not closed and "additionalProperties" in sub:
                raise NotImplementedError("additionalProperties is compiled only as false")
            if set(sub.get("patternProperties", {})) - {"^x-"}:
                raise NotImplementedError("only the ^x- pattern property is compiled")
            tests.append(lambda v, f=fields, r=required, c=closed: v.__class__ is not dict
                         or _object_ok(v, f, r, c))
        conditions = []
        if "if" in sub:
            condition = self.compile(sub["if"])
            then = self.compile(sub["then"])
            conditions.append(lambda v, c=condition, t=then: not c.accepts(v) or t.accepts(v))
            tests.extend(conditions)
        elif "required" in sub and "properties" not in sub:
            needed = tuple(sub["required"])
            tests.append(lambda v, n=needed: v.__class__ is not dict or all(k in v for k in n))
        if not tests:
            accepts = lambda v: True  # noqa: E731
        elif len(tests) == 1:
            accepts = tests[0]
        elif len(tests) == 2:
            first, second = tests
            accepts = lambda v, a=first, b=second: a(v) and b(v)  # noqa: E731
        else:
            accepts = lambda v, tests=tuple(tests): all(t(v) for t in tests)  # noqa: E731
        shape = Shape(accepts, fields, required, items, name)
        shape.rest = tuple(conditions)
        if fields is not None:
            shape.tests = {key: self.test_of(field) for key, field in fields.items()}
        return shape


def _text_test(pattern: str | None, limit: int | None) -> Accepts:
    """A string's type, length and pattern in one predicate (most fields are text): one
    call per value instead of three; the length first, so no pattern runs on a long text."""
    if pattern is None:
        if limit is None:
            return _TYPES["string"]
        return lambda v: v.__class__ is str and len(v) <= limit
    match = re.compile(pattern).search
    if limit is None:
        return lambda v: v.__class__ is str and match(v) is not None
    return lambda v: v.__class__ is str and len(v) <= limit and match(v) is not None


def _object_ok(value: dict, fields: dict, required: tuple, closed: bool) -> bool:
    for key, item in value.items():
        shape = fields.get(key)
        if shape is None:
            if closed and not key.startswith("x-"):
                return False
        elif not shape.accepts(item):
            return False
    return all(key in value for key in required)


@lru_cache(maxsize=1)
def shapes() -> dict[str, Shape]:
    """The compiled file shape and each item kind's shape, by definition name."""
    root = schema()
    compiler = _Compiler(root)
    out = {"file": compiler.compile({k: v for k, v in root.items() if k != "definitions"})}
    for name in root["definitions"]:
        out[name] = compiler.ref(f"#/definitions/{name}")
    return out


def validation_errors(data: dict):
    """Every schema problem of one file, from jsonschema (the slow path)."""
    import jsonschema  # imported only when a file has a problem

    validator = jsonschema.Draft7Validator(schema())
    return sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
