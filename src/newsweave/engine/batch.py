"""What a batch run takes and returns, shared by the engines (`local`, `ray`)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsweave.engine.stages import CHUNK, WINDOW_DAYS
from newsweave.errors import Problem
from newsweave.model import MAX_SUMMARY, Event

OUTPUTS = ("articles", "sentences", "facts", "events", "dossiers", "events.json")


@dataclass
class BatchOptions:
    chunk: int = CHUNK  # sources per read/annotate/embed batch
    window_days: int = WINDOW_DAYS  # clustering partition width
    max_summary: int = MAX_SUMMARY
    dossiers: bool = True
    cluster_config: Any = None  # cluster.ClusterConfig; None: the stream's defaults
    # Ray only
    address: str | None = None  # join this cluster; None starts a local one
    num_cpus: int | None = None  # CPUs of a local cluster (default: all, at most 4)
    embed_workers: int | None = None  # embedding actors (default: one per GPU, else CPUs // 2)
    tmp_dir: Path | None = None  # where a local cluster keeps its session files


@dataclass
class BatchResult:
    events: list[Event]
    problems: list[Problem]
    articles: int
    dossiers: int
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


def prepare_out(out: Path) -> None:
    """Create `out`, removing only what a previous batch run wrote there."""
    out.mkdir(parents=True, exist_ok=True)
    for name in OUTPUTS:
        target = out / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
