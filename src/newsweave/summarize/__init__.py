"""Cited extractive summary and timeline of one event."""

from newsweave.summarize.extractive import summarize
from newsweave.summarize.timeline import build_timeline, event_date

__all__ = ["build_timeline", "event_date", "summarize"]
