"""Following feeds: how long from an item's appearance on a feed to its event's updated
dossier, and what share of a CPU the watcher takes.

A child process serves FEEDS invented feeds (bench/synth.py; nothing real) spread over
HOSTS loopback addresses (127.0.0.2, 127.0.0.3, ...: the watcher's per-host politeness
applies per address, as it would per site). Each feed has ITEMS items: the first half is
there from the start (the backlog, ingested before measuring), the rest appear one by one
at random times over DURATION seconds. The watcher (the `newsweave watch` loop, in this
process) polls every INTERVAL seconds with conditional GETs, ingests new items through the
stream ingest and rebuilds the dossiers of the events they joined, keeping versions.
For each new item the delay is: the built time of the first dossier version that lists it,
minus the time it appeared on its feed.

    .venv/bin/python bench/watch.py [--feeds 200] [--items 50] [--duration 120]
                                    [--interval 10] [--hosts 20] [--embedder hash|model]
                                    [--dossier light|real]

--embedder hash (default) clusters with the "hash-bow" embedder (the model on 2 shared cores
would measure the model, not the watcher); --dossier light (default) builds a dossier of
the event's articles without the NLP stages (facts, quotes) for the same reason: the
figure is the watcher's own latency. --dossier real runs the full dossier build.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root: bench.synth


def feed_xml(name: str, items: list[dict[str, Any]]) -> bytes:
    out = [
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(name)}</title>"
    ]
    for r in items[-50:]:
        body = "".join(f"<p>{escape(p)}</p>" for p in r["text"].split("\n\n"))
        out.append(
            f"<item><guid>{r['id']}</guid><title>{escape(r['title'] or '')}</title>"
            f"<link>{escape(r['url'])}</link><pubDate>{r['published']}</pubDate>"
            f"<content:encoded>{escape(body)}</content:encoded></item>"
        )
    out.append("</channel></rss>")
    return "".join(out).encode("utf-8")


def serve(
    feeds: list[list[dict[str, Any]]], hosts: list[str], port: int, ready: Any, clock: Any
) -> None:
    """Child: feed f is served at http://HOST/f.xml with the items whose time has come."""
    full = [0]

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            pass

        def do_GET(self) -> None:
            try:
                f = int(self.path.strip("/").split(".")[0])
                items = feeds[f]
            except (ValueError, IndexError):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            since = time.time() - clock.value
            visible = [r for r in items if r["offset"] < 0 or r["offset"] <= since]
            etag = f'"{f}-{len(visible)}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            body = feed_xml(f"Invented feed {f}", visible)
            full[0] += 1
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", formatdate(usegmt=True))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    servers = [ThreadingHTTPServer((h, port), Handler) for h in hosts]
    for s in servers:
        s.daemon_threads = True
        threading.Thread(target=s.serve_forever, daemon=True).start()
    ready.set()
    while True:
        time.sleep(3600)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--duration", type=float, default=120.0)
    ap.add_argument("--interval", type=float, default=10.0)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--embedder", choices=["hash", "model"], default="hash")
    ap.add_argument("--dossier", choices=["light", "real"], default="light")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    from bench import synth
    from newsweave.embed.hashing import HashEmbedder
    from newsweave.model import ArticleInfo, Dossier, EventInfo
    from newsweave.store import open_store
    from newsweave.store.schema import articles, dossier_versions
    from newsweave.stream import Ingestor
    from newsweave.watch.watcher import WatchConfig, Watcher

    if args.dossier == "light":
        import newsweave.dossiers as on_demand

        def light(arts: list[Any], event_id: str | None = None) -> Dossier:
            outlets = list(dict.fromkeys(a.outlet for a in arts if a.outlet))
            return Dossier(
                event=EventInfo(title=arts[0].title or "", date=None, outlets=outlets, id=event_id),
                articles=[
                    ArticleInfo(a.id, a.outlet, a.title, a.published, a.lang, False, False)
                    for a in arts
                ],
            )

        on_demand.build_dossier = light

    rng = random.Random(args.seed)
    records, _ = synth.generate(args.feeds * args.items, args.seed)
    feeds: list[list[dict[str, Any]]] = [[] for _ in range(args.feeds)]
    for i, r in enumerate(records):
        feeds[i % args.feeds].append(r)
    backlog = args.items // 2
    offsets: dict[str, float] = {}  # new item -> seconds after the clock starts
    for items in feeds:
        for j, r in enumerate(items):
            r["offset"] = -1.0 if j < backlog else rng.uniform(0, args.duration)
            if j >= backlog:
                offsets[r["id"]] = r["offset"]
    hosts = [f"127.0.0.{2 + h}" for h in range(args.hosts)]
    port = 18000 + rng.randrange(1000)
    ctx = mp.get_context("fork")
    ready = ctx.Event()
    clock = ctx.Value("d", float("inf"))  # set when the backlog is in: new items start then
    child = ctx.Process(target=serve, args=(feeds, hosts, port, ready, clock), daemon=True)
    child.start()
    ready.wait(30)
    urls = [f"http://{hosts[f % args.hosts]}:{port}/{f}.xml" for f in range(args.feeds)]

    tmp = Path(tempfile.mkdtemp(prefix="nw-watch-"))
    store = open_store(str(tmp / "watch.db"))
    embedder = HashEmbedder() if args.embedder == "hash" else None
    config = WatchConfig(interval=args.interval, per_host=2, min_delay=0.05, workers=8)
    with Ingestor(store, embedder) as ing:
        watcher = Watcher(store, urls, lambda arts: ing.add(arts), config)
        b0 = time.time()
        first = watcher.poll_once(force=True)
        backlog_s = time.time() - b0
        print(
            f"backlog: {len(first.added)} articles from {args.feeds} feeds in {backlog_s:.1f} s "
            f"({len(first.events)} events, dossiers rebuilt)",
            file=sys.stderr,
        )
        t0 = clock.value = time.time()
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        w0 = time.time()
        rounds = []
        end = t0 + args.duration + 2 * args.interval
        while time.time() < end:
            rounds.append(watcher.poll_once())
            watcher.stop.wait(max(0.05, min(watcher.next_due(), end) - time.time()))
        wall = time.time() - w0
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        watcher.close()
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    child.terminate()

    import datetime as dt

    from sqlalchemy import select

    seen: dict[str, float] = {}
    with store.engine.connect() as conn:
        for built, data in conn.execute(
            select(dossier_versions.c.built, dossier_versions.c.data).order_by(
                dossier_versions.c.built
            )
        ):
            t = dt.datetime.fromisoformat(built).timestamp()
            for a in json.loads(data)["articles"]:
                seen.setdefault(a["id"], t)
        stored = set(conn.execute(select(articles.c.id)).scalars())
    store.close()
    # an item dropped as a duplicate (synth's syndicated copies) joins no dossier
    new = {i: t0 + off for i, off in offsets.items() if i in stored}
    delays = [seen[i] - t for i, t in new.items() if i in seen]
    missing = [i for i in new if i not in seen]
    polled = sum(r.polled for r in rounds)
    phases = {k: sum(r.seconds.get(k, 0.0) for r in rounds) for k in ("poll", "ingest", "dossiers")}
    busy = [r for r in rounds if r.polled]
    not_modified = sum(r.not_modified for r in rounds)
    delays.sort()
    p95 = delays[min(len(delays) - 1, int(0.95 * len(delays)))] if delays else float("nan")
    print(
        f"feeds {args.feeds} x items {args.items} ({args.feeds * backlog} backlog, "
        f"{len(new)} arriving over {args.duration:g} s), interval {args.interval:g} s, "
        f"{args.hosts} hosts, embedder {args.embedder}, dossier {args.dossier}"
    )
    print(
        f"delay appearance -> updated dossier: median {statistics.median(delays):.2f} s, "
        f"p95 {p95:.2f} s, max {delays[-1]:.2f} s; {len(missing)} stored item(s) never reached a dossier; "
        f"{len(offsets) - len(new)} new item(s) were duplicates"
    )
    print(
        f"watcher CPU: {cpu:.1f} s over {wall:.1f} s = {100 * cpu / wall:.1f} % of one core; "
        f"{polled} polls, {not_modified} answered 304"
    )
    print(
        f"{len(busy)} rounds: "
        + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items())
        + f" in all; longest round {max((sum(r.seconds.values()) for r in busy), default=0):.1f} s"
    )
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
