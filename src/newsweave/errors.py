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


# Numbered messages for stage contracts (as spaCy's `Errors`): the code stays stable when the
# wording changes, so a user can search for it and a test can check for it.
MESSAGES: dict[str, str] = {
    "E101": "a dossier needs at least one article",
    "E102": (
        "article {article!r} has text but no sentences: annotate it first "
        "(newsweave.text.annotate, or newsweave.ingest.load, which does it)"
    ),
    "E103": "stage {stage!r} needs {layer!r} on the event document; run {provider!r} before it",
    "E104": "the embedder returned {got} vectors for {want} sentences",
    "E105": "unknown dossier stage {name!r}; known: {known}",
    "E106": (
        "NLI checks were asked for ({how}) but the NLI model is not installed: "
        "pip install 'newsweave[nli]', or leave NLI off"
    ),
}


class StageError(NewsweaveError):
    """A stage was given input that lacks what it requires (`code`: a key of MESSAGES)."""

    def __init__(self, code: str, **fields: object) -> None:
        super().__init__(f"[{code}] " + MESSAGES[code].format(**fields))
        self.code = code
