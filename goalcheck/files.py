"""Writing files the way a careful tool does: whole or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path


CHUNK = 1 << 20  # characters per write


def write_text(stream, text: str) -> None:
    """Write ``text`` to a text stream a slice at a time: writing a report of 140 MB in
    one call has the stream encode all of it at once, another 140 MB at the peak."""
    for start in range(0, len(text), CHUNK):
        stream.write(text[start:start + CHUNK])


def write_atomically(path: str, text: str) -> None:
    """Write the whole text or nothing: a temporary file beside it, then a rename.

    The new file gets the permissions an ordinary write would give it (the
    existing file's, else those the umask allows), not mkstemp's private 0600.
    A symlink is followed, and a device or pipe is written to, never replaced.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()  # write the file the link points to; keep the link
    if target.exists() and not target.is_file():
        # a device, a pipe (/dev/null, /dev/stdout): renaming over it would replace it
        with open(target, "w", encoding="utf-8", newline="") as out:
            write_text(out, text)
        return
    folder = target.parent if str(target.parent) else Path(".")
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile  # only a run that writes a file pays for it (and for random, which it imports)

    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            write_text(out, text)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
