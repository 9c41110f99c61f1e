"""The Ray engine: the stage functions of `engine.stages` as Ray Data operators.

    from_items(chunks) ─ map(read) ─ map(annotate) ─ map_batches(Embed actors) ─ materialize
      ─ flat_map(explode) ─ materialize ─┬ select(key, window, …) ─ groupby(window).map_groups(cluster)
                                         │        ─▶ driver: merge windows, assign event ids
                                         └ map_batches(attach event) ─┬ groupby(event).map_groups(dossier)
                                                                      ├ map_batches(articles table)
                                                                      └ map_batches(sentences table)

Two shuffles: articles to their time window, then articles to their event. The merge of
window-edge events runs on the driver over event summaries only (no article text).

Without an address a local cluster starts: loopback only, no dashboard, session files
under ./tmp (or `tmp_dir`), a modest CPU count; it is shut down afterwards. With an
address (or RAY_ADDRESS) the job joins that cluster; the output folder must then be one
every node can write to (a shared file system), since workers write dossiers directly.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsweave import settings
from newsweave.cluster import windows
from newsweave.engine import stages as st
from newsweave.engine.batch import BatchOptions, BatchResult
from newsweave.errors import NewsweaveError

EMBED_MEMORY = 512 * 2**20  # per embedding actor (multilingual USE: ~300 MB resident)
PART_ROWS = 100_000  # rows per Parquet part file (Ray writes one per block otherwise)
SOCKET_ROOM = 45  # Ray appends ~60 chars to its temp dir for unix sockets (limit: 107)


def _import_ray() -> Any:
    # usearch's extension, loaded first, breaks Ray's C++ core (std::regex_error, then abort
    # at ray.init): refuse with a message instead of letting the process die
    if "usearch" in sys.modules and "ray._raylet" not in sys.modules:
        raise NewsweaveError(
            "the Ray engine must start in a process that has not loaded usearch yet: "
            "run `newsweave batch --engine ray`, or import ray before newsweave.cluster"
        )
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:  # optional dependency
        raise NewsweaveError(
            "the Ray engine needs the ray extra: pip install 'newsweave[ray]'"
        ) from exc
    return ray


def _session_dir(tmp_dir: Path | None) -> Path:
    base = Path(tmp_dir) if tmp_dir else Path.cwd() / "tmp"
    base.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix="ray-", dir=base)).resolve()
    if len(str(path)) > SOCKET_ROOM:  # unix socket paths would be too long under it
        shutil.rmtree(path)
        path = Path(tempfile.mkdtemp(prefix="nw-ray-")).resolve()
    return path


def default_cpus() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


@contextlib.contextmanager
def ray_session(
    address: str | None = None, num_cpus: int | None = None, tmp_dir: Path | None = None
) -> Iterator[Any]:
    """A Ray runtime for the block: the one already initialised, the cluster at `address`
    (or $RAY_ADDRESS), or a private local cluster that is shut down and removed after."""
    ray = _import_ray()
    if ray.is_initialized():
        yield ray
        return
    env = settings.exported()
    address = address or os.environ.get("RAY_ADDRESS") or None
    if address:
        # a remote cluster does not see our environment: send the newsweave settings along
        ray.init(
            address=address,
            runtime_env={"env_vars": env} if env else None,
            log_to_driver=False,
            logging_level=logging.ERROR,
        )
        session = None
    else:
        session = _session_dir(tmp_dir)
        # the C++ core logs notices to stderr; only errors should reach the user
        os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "error")
        ray.init(
            num_cpus=num_cpus or default_cpus(),
            include_dashboard=False,
            _node_ip_address="127.0.0.1",
            _temp_dir=str(session),
            log_to_driver=False,
            logging_level=logging.ERROR,
        )
    try:
        _quiet_data()
        yield ray
    finally:
        ray.shutdown()
        if session is not None:
            shutil.rmtree(session, ignore_errors=True)


def _quiet_data() -> None:
    """Stages never print: no progress bars, no per-execution banners."""
    from ray.data import DataContext

    ctx = DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    ctx.enable_auto_log_stats = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)


# --- operators (module level: Ray pickles them by reference) ----------------------------------


def _read(row: dict[str, Any]) -> dict[str, Any]:
    chunk = st.read_chunk(pickle.loads(row["data"]))
    return {"chunk": row["chunk"], "data": pickle.dumps(chunk, protocol=5)}


def _annotate(row: dict[str, Any]) -> dict[str, Any]:
    chunk = st.annotate_chunk(pickle.loads(row["data"]))
    return {"chunk": row["chunk"], "data": pickle.dumps(chunk, protocol=5)}


class _Embed:
    """An embedding actor: the model loads once per actor, then serves chunk after chunk."""

    def __init__(self) -> None:
        from newsweave.embed import get_embedder

        self.embedder = get_embedder()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        data = [
            pickle.dumps(st.embed_chunk(pickle.loads(blob), self.embedder), protocol=5)
            for blob in batch["data"]
        ]
        return {"chunk": list(batch["chunk"]), "data": data}


def _summary(row: dict[str, Any]) -> dict[str, Any]:
    """What the driver needs of a chunk: its problems and its publication dates."""
    chunk = pickle.loads(row["data"])
    return {"summary": pickle.dumps((chunk.problems, st.published_dates(chunk)), protocol=5)}


def _explode(row: dict[str, Any], days: int, references: list[str]) -> list[dict[str, Any]]:
    chunk = pickle.loads(row["data"])
    return [r.as_dict() for r in st.explode_chunk(chunk, days, references)]


def _cluster_group(table: Any, config: Any) -> dict[str, list[Any]]:
    rows = table.to_pylist()
    window = int(rows[0]["window"])
    result = windows.cluster_window(window, rows, config)
    return {"window": [window], "result": [pickle.dumps(result, protocol=5)]}


def _is_dated(row: dict[str, Any]) -> bool:
    return int(row["window"]) != windows.UNDATED


def _is_undated(row: dict[str, Any]) -> bool:
    return int(row["window"]) == windows.UNDATED


_ASSIGNMENTS: dict[str, dict[int, tuple[str, int]]] = {}  # per worker process, by object id


def _assignment(ref: list[Any]) -> dict[int, tuple[str, int]]:
    # the mapping is broadcast once through the object store; each worker process
    # deserialises it once, not once per batch
    import ray

    key = ref[0].hex()
    if key not in _ASSIGNMENTS:
        _ASSIGNMENTS.clear()
        _ASSIGNMENTS[key] = ray.get(ref[0])
    return _ASSIGNMENTS[key]


def _attach(table: Any, ref: list[Any]) -> Any:
    import pyarrow as pa

    assignment = _assignment(ref)
    keys = table.column("key").to_pylist()
    events = [assignment[k][0] for k in keys]
    ranks = [assignment[k][1] for k in keys]
    return table.append_column("event", pa.array(events, pa.string())).append_column(
        "rank", pa.array(ranks, pa.int64())
    )


def _dossiers(table: Any, out: str, max_summary: int) -> Any:
    import pyarrow as pa

    from newsweave.embed import get_embedder

    # Ray gives each task a core of its own: NER here, not in a child competing for the
    # cores the other tasks hold (unless the user set it)
    settings.set_default("ner_process", "0")
    rows = table.to_pylist()
    event_id = rows[0]["event"]
    dossier = st.dossier_for_event(event_id, rows, get_embedder(), max_summary)
    st.write_json(st.dossier_path(Path(out), event_id), dossier.to_dict())
    return pa.Table.from_pylist(st.fact_rows(event_id, dossier), schema=st.schemas()["facts"])


def _articles_table(table: Any) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist(st.article_rows(table.to_pylist()), schema=st.schemas()["articles"])


def _sentences_table(table: Any) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist(
        st.sentence_table_rows(table.to_pylist()), schema=st.schemas()["sentences"]
    )


# --- the job ------------------------------------------------------------------------------------


def run(inputs: list[str], out: Path, opts: BatchOptions) -> BatchResult:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    with ray_session(opts.address, opts.num_cpus, opts.tmp_dir) as ray:
        timings["ray start"] = time.perf_counter() - t0
        result = _run(ray, inputs, out.resolve(), opts, timings)
        t0 = time.perf_counter()
    timings["ray stop"] = time.perf_counter() - t0
    result.timings = timings
    return result


def _resources(ray: Any, opts: BatchOptions) -> tuple[int, int, int]:
    """(CPUs, GPUs, embedding actors) of the cluster we run on."""
    res = ray.cluster_resources()
    cpus = max(1, int(res.get("CPU", 1)))
    gpus = int(res.get("GPU", 0))
    actors = opts.embed_workers or (gpus if gpus else max(1, cpus // 2))
    return cpus, gpus, actors


def _run(
    ray: Any, inputs: list[str], out: Path, opts: BatchOptions, timings: dict[str, float]
) -> BatchResult:
    t0 = time.perf_counter()
    chunks, problems = st.plan(inputs, opts.chunk)
    _, gpus, actors = _resources(ray, opts)
    if not chunks:
        for name in ("articles", "sentences", "facts"):
            st.write_part(out, name, [])
        st.write_events(out, [])
        return BatchResult(events=[], problems=problems, articles=0, dossiers=0)
    items = [{"chunk": c.index, "data": pickle.dumps(c, protocol=5)} for c in chunks]
    ds = ray.data.from_items(items, override_num_blocks=len(items))
    ds = ds.map(_read).map(_annotate)  # Ray fuses the two into one task per chunk
    # GPU-aware: with GPUs, one actor per GPU (the embedder picks the device it is given).
    # The memory reservation is what the model needs; it also keeps Ray from fusing the
    # read/annotate tasks into the (fewer) actors.
    device: dict[str, Any] = {"num_gpus": 1, "num_cpus": 1} if gpus else {"num_cpus": 1}
    ds = ds.map_batches(
        _Embed,
        batch_size=1,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=actors),
        memory=EMBED_MEMORY,
        **device,
    )
    chunk_ds = ds.materialize()
    dates: set[str] = set()
    for row in chunk_ds.map(_summary).take_all():
        chunk_problems, chunk_dates = pickle.loads(row["summary"])
        problems.extend(chunk_problems)
        dates |= chunk_dates
    rows_ds = chunk_ds.flat_map(
        _explode, fn_kwargs={"days": opts.window_days, "references": sorted(dates)}
    ).materialize()
    timings["read+annotate+embed"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    pairs = [(r["id"], int(r["key"])) for r in rows_ds.select_columns(["id", "key"]).take_all()]
    if not pairs:  # nothing readable: empty outputs, as the local engine writes them
        for name in ("articles", "sentences", "facts"):
            st.write_part(out, name, [])
        st.write_events(out, [])
        return BatchResult(events=[], problems=problems, articles=0, dossiers=0)
    drop, dup = st.duplicate_keys(pairs)
    problems.extend(dup)
    if drop:
        rows_ds = rows_ds.filter(lambda r: int(r["key"]) not in drop).materialize()
    key_to_id = {k: i for i, k in pairs if k not in drop}
    dated_ds = rows_ds.filter(_is_dated)
    win_ds = (
        dated_ds.select_columns(["key", "window", "day", "cluster", "vector"])
        .flat_map(windows.cluster_rows, fn_kwargs={"days": opts.window_days})
        .groupby("window")
        .map_groups(
            _cluster_group, batch_format="pyarrow", fn_kwargs={"config": opts.cluster_config}
        )
    )
    results = [pickle.loads(r["result"]) for r in win_ds.take_all()]
    # undated articles are placed on the driver, against every dated article (see stages)
    undated = rows_ds.filter(_is_undated).select_columns(["key", "cluster", "vector"]).take_all()
    dated: tuple[Any, Any] = ([], None)
    if undated:
        dated = windows.dated_vectors(dated_ds.select_columns(["key", "window", "vector"]).take_all())
    t1 = time.perf_counter()
    events, assignment = windows.cluster_events(results, dated, undated, key_to_id, opts.cluster_config)
    timings["cluster"] = time.perf_counter() - t0
    timings["cluster: driver merge"] = time.perf_counter() - t1  # serial, part of cluster

    t0 = time.perf_counter()
    ref = [ray.put(assignment)]
    ev_ds = rows_ds.map_batches(_attach, batch_format="pyarrow", fn_kwargs={"ref": ref})
    if opts.dossiers:
        (
            ev_ds.select_columns(["event", "rank", "article"])
            .groupby("event")
            .map_groups(
                _dossiers,
                batch_format="pyarrow",
                fn_kwargs={"out": str(out), "max_summary": opts.max_summary},
            )
            .write_parquet(str(out / "facts"), min_rows_per_file=PART_ROWS)
        )
    else:
        st.write_part(out, "facts", [])
    timings["dossiers"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    for name, fn in (("articles", _articles_table), ("sentences", _sentences_table)):
        ev_ds.map_batches(fn, batch_format="pyarrow").write_parquet(
            str(out / name), min_rows_per_file=PART_ROWS
        )
    st.write_events(out, events)
    timings["write"] = time.perf_counter() - t0
    return BatchResult(
        events=events,
        problems=sorted(problems, key=lambda p: (p.record, p.reason)),
        articles=len(key_to_id),
        dossiers=len(events) if opts.dossiers else 0,
    )


__all__ = ["default_cpus", "ray_session", "run"]
