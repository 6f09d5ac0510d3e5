"""Load, step 3 of 4: each file's data against the goals schema.

The fast path (schema.shapes, compiled from data/goals.schema.json) tests each
item as it coerces scalars back to the text the user wrote (``period: 2027``
is "2027"); only a file it rejects is handed to jsonschema, whose every error
is worded here at the node it is about.
"""

from __future__ import annotations

from ..errors import InputError
from ..messages import TYPE_WORDS, describe, did_you_mean
from ..schema import Shape, shapes, validation_errors
from .read import Read

# top-level key -> (schema definition, what users call one item)
KINDS = {
    "objectives": ("objective", "objective"),
    "departments": ("department", "department"),
    "metrics": ("metric", "metric"),
    "goals": ("goal", "goal"),
    "incentives": ("incentive", "incentive"),
    "journey": ("stage", "journey stage"),
}
SINGULAR = {key: noun for key, (_, noun) in KINDS.items()}


def _coerce(container, key, value, shape: Shape, raw: dict):
    """Give a string field back the text as written (``period: 2027`` is "2027")."""
    text = raw.get((id(container), key))
    if text is not None and shape.accepts(text):
        container[key] = text
        return text
    if value.__class__ is list and shape.items is not None:
        items = shape.items
        for index, element in enumerate(value):
            if not items.accepts(element):
                _coerce(value, index, element, items, raw)
    elif value.__class__ is dict and shape.fields is not None:
        _check_mapping(value, shape, raw)
    return value


def _check_mapping(item: dict, shape: Shape, raw: dict) -> bool:
    """Coerce string fields in place; True when the item fits its shape."""
    tests = shape.tests
    ok = True
    for key, value in item.items():
        test = tests.get(key)
        if test is None:
            if not key.startswith("x-"):
                ok = False
        elif not test(value):
            if not test(_coerce(item, key, value, shape.fields[key], raw)):
                ok = False
    if ok:
        for key in shape.required:
            if key not in item:
                return False
        for test in shape.rest:  # conditions beyond single fields (if/then)
            if not test(item):
                return False
    return ok


def check_file(read: Read, errors: list[InputError]) -> bool:
    """Coerce and check a file; on any problem, let jsonschema word them all."""
    compiled = shapes()
    data, raw = read.data, read.raw
    ok = True
    for key, value in data.items():
        kind = KINDS.get(key)
        if kind is not None and value.__class__ is list:
            shape = compiled[kind[0]]
            for item in value:
                if item.__class__ is not dict or not _check_mapping(item, shape, raw):
                    ok = False
        elif key == "organization" and value.__class__ is dict:
            if not _check_mapping(value, compiled["file"].fields["organization"], raw):
                ok = False
        elif value is not None or key not in KINDS:
            field = compiled["file"].fields.get(key)
            if field is None:
                if not key.startswith("x-"):
                    ok = False
            elif not field.accepts(value):
                ok = False
    if ok:
        return True
    before = len(errors)
    for error in validation_errors(data):
        errors.extend(_explain(error, read))
    return len(errors) == before  # true only if jsonschema disagrees: then trust it


_MISFIT = {"type", "enum", "pattern", "anyOf", "const"}  # the value itself is not of this option


def _explain(error, read: Read) -> list[InputError]:
    """One jsonschema error as input errors located at the offending node."""
    if error.validator == "anyOf" and error.context:
        # When the value has the shape of exactly one option (a mapping where a
        # mapping may go) and is wrong inside it, say what is wrong inside.
        branches: dict = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        fitting = [subs for subs in branches.values()
                   if not any(not sub.relative_path and sub.validator in _MISFIT for sub in subs)]
        if len(fitting) == 1:
            return [problem for sub in fitting[0] for problem in _explain(sub, read)]
    path = list(error.absolute_path)
    what = _what(path, read.data)
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        out = []
        for key in error.instance:
            if key in allowed or key.startswith("x-"):
                continue
            out.append(InputError(read.key_location(path, key),
                                  f"unknown key {key!r} in {what}{did_you_mean(key, allowed, allowed=True)}"))
        return out
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return [InputError(read.location(path), f"{what} is missing required key {k!r}") for k in missing]
    field = next((p for p in reversed(path) if isinstance(p, str)), None)
    label = f"{field!r}" if field else "the file"
    if isinstance(path[-1:] and path[-1], int) and field:
        label = f"each item of {field!r}"
    if error.validator == "type":
        expected = TYPE_WORDS.get(error.validator_value, str(error.validator_value))
    elif field == "version":
        expected = "1 (the only version of the format)"
    else:
        expected = error.schema.get("description") or error.message
    return [InputError(read.location(path),
                       f"{label} in {what} must be {expected}, got {describe(error.instance)}")]


def _what(path: list, data: dict) -> str:
    if len(path) >= 2 and path[0] in SINGULAR and isinstance(path[1], int):
        item = data[path[0]][path[1]]
        noun = SINGULAR[path[0]]
        named = f"{noun} {item['id']!r}" if isinstance(item, dict) and isinstance(item.get("id"), str) \
            else f"{noun} #{path[1] + 1}"
        return f"the inline metric of {named}" if path[2:3] == ["metric"] else named
    if path and path[0] == "organization":
        return "organization"
    return "the file"
