"""The batch pipeline at scale: the synthetic stream through `--engine local` and `--engine ray`.

    python bench/scale.py                      # 100,000 articles, both engines
    python bench/scale.py --size 2000          # smaller
    python bench/scale.py --no-dossiers        # clustering only (read, annotate, embed, cluster)

Each engine runs in a fresh process (as `newsweave batch` would); this script samples the
proportional set size (PSS) of that process and all its descendants (Ray's raylet, GCS and
workers included) twice a second and reports the peak, so shared pages are not counted
twice. Prints articles/second, peak memory, seconds per stage and the Ray overhead ratio
(Ray wall time / local wall time). The stream is invented (bench/synth.py); nothing is read
from ../shared.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # bench.synth


def _pss_tree(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            pass
    return total


def measure(cmd: list[str], cwd: Path) -> tuple[dict[str, Any], float, int]:
    """Run `cmd`; return (its JSON result, wall seconds, peak PSS bytes of its process tree)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _pss_tree(proc.pid))
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0 or not out.strip():
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-4000:]}")
    return json.loads(out.strip().splitlines()[-1]), wall, peak


def run_one(args: argparse.Namespace) -> None:
    """Child mode: one engine over one input; prints one JSON line."""
    from newsweave.engine import BatchOptions, run_batch

    opts = BatchOptions(dossiers=not args.no_dossiers, num_cpus=args.num_cpus)
    start = time.perf_counter()
    result = run_batch([args.input], args.out, engine=args.run, options=opts)
    print(
        json.dumps(
            {
                "articles": result.articles,
                "events": len(result.events),
                "dossiers": result.dossiers,
                "problems": len(result.problems),
                "seconds": time.perf_counter() - start,
                "timings": result.timings,
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--size", type=int, default=100_000, help="articles in the synthetic stream")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--engines", default="local,ray")
    ap.add_argument("--num-cpus", type=int, default=None, help="CPUs of the local Ray cluster")
    ap.add_argument("--no-dossiers", action="store_true")
    ap.add_argument("--workdir", type=Path, default=None, help="keep the stream and outputs here")
    ap.add_argument("--run", choices=["local", "ray"], help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        run_one(args)
        return

    from bench import synth

    work = args.workdir or Path(tempfile.mkdtemp(prefix="nw-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    stream = work / f"stream-{args.size}.jsonl"
    t0 = time.perf_counter()
    records, events = synth.generate(args.size, seed=args.seed)
    stream.write_text("\n".join(synth.iter_jsonl(records)) + "\n", encoding="utf-8")
    print(
        f"stream: {len(records)} articles, {len(events)} events, "
        f"{stream.stat().st_size / 2**20:.1f} MiB ({time.perf_counter() - t0:.1f} s to generate)"
    )
    results: dict[str, tuple[dict[str, Any], float, int]] = {}
    for engine in args.engines.split(","):
        cmd = [sys.executable, __file__, "--run", engine, "--input", str(stream)]
        cmd += ["--out", str(work / f"out-{engine}")]
        if args.no_dossiers:
            cmd.append("--no-dossiers")
        if args.num_cpus:
            cmd += ["--num-cpus", str(args.num_cpus)]
        res, wall, peak = measure(cmd, work)
        results[engine] = (res, wall, peak)
        stages = ", ".join(f"{k} {v:.1f}" for k, v in res["timings"].items())
        print(
            f"{engine:>5}: {res['articles']} articles -> {res['events']} events, "
            f"{res['dossiers']} dossiers in {wall:.1f} s = {res['articles'] / wall:.1f} articles/s; "
            f"peak PSS {peak / 2**20:.0f} MiB; stages (s): {stages}"
        )
    if "local" in results and "ray" in results:
        ratio = results["ray"][1] / results["local"][1]
        print(
            f"ray overhead: {ratio:.2f}x the local wall time, "
            f"{results['ray'][2] / max(results['local'][2], 1):.2f}x its peak memory"
        )
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
