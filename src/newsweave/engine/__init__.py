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

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsweave.engine.batch import BatchOptions, BatchResult, prepare_out
from newsweave.errors import NewsweaveError

ENGINES = ("local", "ray")


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
