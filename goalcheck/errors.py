"""Input errors: what stops an audit, each at a place in the user's files.

Kept apart from the loader so the command line can catch them without
importing the YAML machinery at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Location


@dataclass(frozen=True, order=True)
class InputError:
    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class InputErrors(Exception):
    """The input cannot be audited; ``errors`` lists every problem found."""

    def __init__(self, errors: list[InputError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))
