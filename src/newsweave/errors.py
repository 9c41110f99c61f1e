"""Errors a user can cause, and the report of a skipped record.

User errors never surface as tracebacks: the CLI prints `Problem.line()`
for each skipped record and exits non-zero.
"""

from __future__ import annotations

from dataclasses import dataclass


class NewsweaveError(Exception):
    """Base class for errors whose message is meant for the user."""


class InputError(NewsweaveError):
    """One record (file, line, URL) could not be read; the batch goes on."""

    def __init__(self, record: str, reason: str):
        super().__init__(f"{record}: {reason}")
        self.record = record
        self.reason = reason


@dataclass
class Problem:
    """A skipped record (or, with `kept`, one read with a warning): which one, and why."""

    record: str
    reason: str
    kept: bool = False  # read anyway, but not as it was (bytes replaced): a warning

    def line(self) -> str:
        return f"{'warning' if self.kept else 'skipped'} {self.record}: {self.reason}"
