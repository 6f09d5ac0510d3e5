"""Input errors: what stops an audit, each at a place in the user's files.

Kept apart from the loader so the command line can catch them without
importing the YAML machinery at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Location
from .untrusted import break_log_commands, safe_text


@dataclass(frozen=True, order=True)
class InputError:
    location: Location
    message: str

    def __str__(self) -> str:
        """``file:line:column: message`` as one line safe on a terminal and in a CI log
        (the file name and the message quote what a pull request wrote)."""
        return break_log_commands(f"{self.location}: {safe_text(self.message, 'log')}")


class InputErrors(Exception):
    """The input cannot be audited; ``errors`` lists every problem found."""

    def __init__(self, errors: list[InputError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))
