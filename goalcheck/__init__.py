"""goalcheck: a linter for an organisation's goals."""

__version__ = "1.0.0"
