"""Schedulers for the batch pipeline's stage functions (`engine.stages`).

`run_batch(inputs, out, engine="local")` reads, cleans, annotates and embeds the inputs,
clusters them into events and builds one dossier per event, writing to `out`:

    articles/ sentences/ facts/ events/   Parquet tables (one or more part files each)
    events.json                           the event list (schema newsweave.events/1)
    dossiers/<event id>.json              one dossier per event (schema newsweave.dossier/1)

"local" runs the stages in this process; "ray" runs the same functions as Ray Data
stages (optional extra `newsweave[ray]`), on a local cluster or one given by `address`.
Both give the same events and dossiers for the same inputs and options.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsweave.engine.stages import CHUNK, WINDOW_DAYS
from newsweave.errors import NewsweaveError, Problem
from newsweave.model import Event

ENGINES = ("local", "ray")
OUTPUTS = ("articles", "sentences", "facts", "events", "dossiers", "events.json")


@dataclass
class BatchOptions:
    chunk: int = CHUNK  # sources per read/annotate/embed batch
    window_days: int = WINDOW_DAYS  # clustering partition width
    max_summary: int = 8
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


def run_batch(
    inputs: Sequence[str | Path],
    out: str | Path,
    engine: str = "local",
    options: BatchOptions | None = None,
) -> BatchResult:
    """Run the whole pipeline over `inputs` with the given engine; see the module doc."""
    opts = options or BatchOptions()
    out = Path(out)
    if engine == "local":
        from newsweave.engine.local import run
    elif engine == "ray":
        from newsweave.engine.ray_engine import run
    else:
        raise NewsweaveError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    prepare_out(out)
    return run(list(inputs), out, opts)


def read_table(out: str | Path, name: str) -> Any:
    """One output table as a pyarrow Table (all its part files; empty with its schema if none)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsweave.engine.stages import schemas

    folder = Path(out) / name
    parts = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
    schema = schemas()[name]
    if not parts:
        return schema.empty_table()
    return pa.concat_tables([pq.read_table(p, schema=schema) for p in parts])


__all__ = ["ENGINES", "BatchOptions", "BatchResult", "read_table", "run_batch"]
