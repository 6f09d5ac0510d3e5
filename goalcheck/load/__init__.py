"""The load step: the goals files to a Model, or every problem with them at once.

Four jobs, a module each, in the order they run:

- ``discover``: which files are the goals files (links and loops guarded);
- ``read``: one file to plain data with a location for every node (size and
  line caps, UTF-8, the YAML reader);
- ``validate``: the data against the goals schema, problems worded at their node;
- ``build``: the model's records, ids claimed across files;

and ``waivers``, which reads the waivers written in each file as it is read,
whether or not the rest of the file fits the schema.

Every problem becomes an ``InputError`` with a location; they are collected
over all files and raised together, so a user fixes a repo in one round.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

from .. import model as m
from ..errors import InputError, InputErrors
from .build import Builder
from .discover import discover, file_name, root_name
from . import waivers
from .read import MAX_FILE_BYTES, MAX_LINE_BYTES, Read, Unreadable, read_capped, read_file
from .validate import KINDS, check_file

__all__ = ["load", "InputError", "InputErrors", "KINDS", "MAX_FILE_BYTES", "MAX_LINE_BYTES", "Read",
           "Unreadable", "read_capped"]


def load(path: str | os.PathLike, names: str | os.PathLike | None = None, selection=None) -> m.Model:
    """Read a goals file or repo into a Model, or raise InputErrors listing every problem.

    File names are relative to ``names`` when given (the path root, see
    paths.py), else to the audited folder; ``selection`` picks the goals files
    in folders (see discover).
    """
    root = Path(path)
    names = Path(names) if names is not None else None
    base, files, errors = discover(root, names, selection)
    builder = Builder()
    reads: list[Read] = []
    written: list[m.Waiver] = []
    collecting = gc.isenabled()
    gc.disable()  # the reader allocates millions of objects that all live on
    try:
        for file in files:
            read = read_file(file, file_name(file, base, names), errors)
            if read is None:
                continue
            if check_file(read, errors):
                reads.append(read)
            written += waivers.read_file(read, errors)  # a bad waiver is reported with the schema's problems
        for read in reads:  # the files that passed: duplicate ids are reported in the same round
            builder.add_file(read)
    finally:
        if collecting:
            gc.enable()
    errors.extend(builder.errors)
    if not errors:
        departments = {department.id for department in builder.items["departments"]}
        model = builder.model(str(path), root_name(root, base, names), waivers.resolve(written, departments))
        if model is not None:
            return model
        errors.extend(builder.errors)
    raise InputErrors(errors)
