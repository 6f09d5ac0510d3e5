"""Load, step 2 of 4: one goals file into plain data, behind its guards.

The bytes are capped before they are read (size, line length), decoded as
UTF-8 and parsed by yamlread.py, which keeps where every node was written.
Every problem is an ``InputError`` at file:line:column.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .. import model as m
from ..errors import InputError
from ..messages import cannot_read
from ..yamlread import YamlProblem, read_document

MAX_LINE_BYTES = 1 << 20  # a longer line is refused before parsing
MAX_FILE_BYTES = 64 << 20  # a larger file is refused by its size, before it is read (100,000 goals: 33 MB)


@dataclass
class Read:
    """One file read: its data, the reader's location table, and the scalars' text as written."""

    name: str
    data: dict
    table: dict
    raw: dict

    def location(self, path: list) -> m.Location:
        """Where the node at ``path`` (keys and indexes from the top) starts; the file's top for the root."""
        if not path:
            mark = self.table[id(self.data)][0]
            return m.Location(self.name, mark.line + 1, mark.column + 1)
        parent = _node(self.data, path[:-1])
        entry = self.table.get(id(parent))
        mark = None
        if entry is not None:
            parts = entry[1]
            if isinstance(parts, dict):
                pair = parts.get(path[-1])
                mark = pair[1] if pair else entry[0]
            elif isinstance(path[-1], int) and path[-1] < len(parts):
                mark = parts[path[-1]]
            else:
                mark = entry[0]
        if mark is None:
            return m.Location(self.name, 1, 1)
        return m.Location(self.name, mark.line + 1, mark.column + 1)

    def key_location(self, path: list, key: str) -> m.Location:
        """Where ``key`` itself is written in the mapping at ``path`` (else where the mapping is)."""
        entry = self.table.get(id(_node(self.data, path)))
        if entry is None or key not in entry[1]:
            return self.location(path)
        mark = entry[1][key][0]
        return m.Location(self.name, mark.line + 1, mark.column + 1)


def _node(data, path):
    for part in path:
        data = data[part]
    return data


def first_long_line(data: bytes) -> int | None:
    """The number of the first line longer than MAX_LINE_BYTES, or None.

    Such a line holds a whole aligned block of half that length with no newline
    in it, so only those blocks are searched (at C speed), never line by line.
    """
    block = MAX_LINE_BYTES // 2
    for start in range(0, len(data) - block + 1, block):
        if data.find(b"\n", start, start + block) == -1:
            line_start = data.rfind(b"\n", 0, start) + 1
            line_end = data.find(b"\n", start + block)
            if (len(data) if line_end == -1 else line_end) - line_start > MAX_LINE_BYTES:
                return data.count(b"\n", 0, line_start) + 1
    return None


class Unreadable(Exception):
    """A file that is not read: why, in words for the user."""


def read_capped(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, or Unreadable saying why not.

    The size is taken from the open file (``fstat``) before anything is read, and
    the read stops past the cap should the file grow meanwhile; opening does not
    wait for a writer, so a pipe put in a file's place is refused, not waited on.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise Unreadable(cannot_read(exc)) from None
    with os.fdopen(handle, "rb") as file:
        try:
            info = os.fstat(handle)
            if not stat.S_ISREG(info.st_mode):
                raise Unreadable("not a file or a folder")
            if info.st_size > MAX_FILE_BYTES:
                raise Unreadable(_too_large(info.st_size))
            data = file.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise Unreadable(cannot_read(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise Unreadable(_too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return (f"the file is larger than {MAX_FILE_BYTES >> 20} MiB ({size:,} bytes); "
            "split it into several files")


def read_file(path: Path, name: str, errors: list[InputError]) -> Read | None:
    """One goals file as plain data with its locations, or None with its problems in ``errors``
    (an empty file: None, no problem)."""
    try:
        data = read_capped(path)
    except Unreadable as problem:
        errors.append(InputError(m.Location(name, 1, 1), str(problem)))
        return None
    long_line = first_long_line(data)
    if long_line is not None:
        errors.append(InputError(m.Location(name, long_line, MAX_LINE_BYTES + 1),
                                 f"line is longer than {MAX_LINE_BYTES:,} bytes"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        errors.append(InputError(m.Location(name, line, column),
                                 f"not UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded"))
        return None
    try:
        doc = read_document(text)
    except YamlProblem as problem:
        errors.append(InputError(m.Location(name, problem.line, problem.column), problem.message))
        return None
    for problem in doc.problems:
        errors.append(InputError(m.Location(name, problem.line, problem.column), problem.message))
    if doc.data is None:
        return None  # an empty file holds nothing
    if doc.data.__class__ is not dict:
        what = "a list" if isinstance(doc.data, list) else "a single value"
        errors.append(InputError(m.Location(name, 1, 1),
                                 f"a goals file must be a mapping of keys (organization, goals, ...), not {what}"))
        return None
    return Read(name, doc.data, doc.where, doc.raw)
