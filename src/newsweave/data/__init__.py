"""Bundled data: the invented sample event used by `newsweave demo`, the README and tests."""

from __future__ import annotations

from pathlib import Path

__all__ = ["sample_dir"]


def sample_dir() -> Path:
    """The folder holding the bundled sample articles (one invented event, seven reports)."""
    return Path(__file__).resolve().parent / "sample"
