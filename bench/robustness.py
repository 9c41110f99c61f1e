"""Hostile use, replayed: does anything get lost, duplicated, hung or end in a traceback?

Each case runs `newsweave` commands in child processes on small invented inputs
(bench/synth.py streams and hand-made records; nothing real, nothing leaves 127.0.0.1)
and prints one row: exit codes, messages, articles stored vs expected, duplicates, extra
events against a clean run of the same input, tracebacks, peak RSS, wall time.

    bad-records        601 records, a control character at line 301, an id given as a list,
                       a broken JSON line, a record without text
    concurrent-new     two `ingest` runs started together on a new store
    concurrent-old     the same on a store that already holds articles
    kill-open/mid/end  SIGKILL as the store is being created, half-way, and once every
                       article is stored (the ANN index being saved), then a rerun
    trickle            `inspect` of a server sending one byte every 0.5 s, and a good file
    hostile-upload     a report with a 1 MB "word" through `ingest` (the stream path), then
                       `show` of its event (the dossier build; skipped with --no-dossier)

The hash embedder ("hash-bow", newsweave.embed.hashing) stands in for the model where the case is
not about it; `show` loads the real dossier models.

    .venv/bin/python bench/robustness.py [--n 600] [--no-dossier]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root: bench.synth

RUN_CLI = "import sys; from newsweave.cli.main import cli; cli(sys.argv[1:])"
ENV = {**os.environ, "NEWSWEAVE_EMBEDDER": "hash-bow", "NEWSWEAVE_EMBED_PROCESS": "0"}
GOOD_TEXT = (
    "The Lindqvist Quay ferry resumed service on Tuesday after a week of repairs to its "
    "landing ramp, the harbour office of Osterby said."
)


@dataclass
class Run:
    rc: int
    out: str
    err: str
    rss_mb: float
    wall: float


def _wait(proc: subprocess.Popen[str], start: float) -> Run:
    out, err = proc.communicate()
    rss = getattr(proc, "rss_kb", 0) / 1024  # 0 when poll() reaped it (the killed runs)
    return Run(proc.returncode, out, err, rss, time.monotonic() - start)


class Proc(subprocess.Popen):  # type: ignore[type-arg]
    """Popen that keeps the child's peak RSS (from wait4) when it is reaped."""

    rss_kb = 0

    def _try_wait(self, wait_flags: int) -> tuple[int, int]:
        try:
            pid, status, usage = os.wait4(self.pid, wait_flags)
        except ChildProcessError:
            return (self.pid, 0)
        if pid:
            self.rss_kb = usage.ru_maxrss
        return (pid, status)


def start(*args: str, env: dict[str, str] = ENV) -> tuple[Proc, float]:
    proc = Proc(
        [sys.executable, "-c", RUN_CLI, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return proc, time.monotonic()


def cli(*args: str, timeout: float = 600) -> Run:
    proc, t0 = start(*args)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        return _wait(proc, t0)
    finally:
        timer.cancel()


def write_stream(path: Path, n: int, seed: int) -> list[str]:
    from bench import synth

    records, _ = synth.generate(n, seed)
    path.write_text("\n".join(synth.iter_jsonl(records)) + "\n", encoding="utf-8")
    return [r["id"] for r in records]


def store_rows(db: Path) -> tuple[list[str], Counter[tuple[str, ...]]]:
    """(article ids, events as sets of article ids) read straight from the file."""
    if not db.exists():
        return [], Counter()
    con = sqlite3.connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM articles")]
        pairs = con.execute(
            "SELECT m.event_id, a.id FROM memberships m JOIN articles a ON a.pk = m.article_pk"
        ).fetchall()
    except sqlite3.DatabaseError:
        return [], Counter()
    finally:
        con.close()
    groups: dict[str, list[str]] = {}
    for ev, art in pairs:
        groups.setdefault(ev, []).append(art)
    return ids, Counter(tuple(sorted(g)) for g in groups.values())


def first_in(db: Path, a: Path, b: Path) -> bool:
    """Whether the articles of `a` were stored before those of `b` (lower keys)."""
    con = sqlite3.connect(db)
    try:
        pk = dict(con.execute("SELECT id, pk FROM articles").fetchall())
    finally:
        con.close()

    def lowest(src: Path) -> int:
        ids = [json.loads(line)["id"] for line in src.read_text("utf-8").splitlines() if line]
        return min((pk[i] for i in ids if i in pk), default=1 << 62)

    return lowest(a) < lowest(b)


def stored_count(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=0.05)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return -1


@dataclass
class Row:
    case: str
    exits: list[int]
    messages: list[str] = field(default_factory=list)
    stored: int = 0
    expected: int = 0
    duplicates: int = 0
    extra_events: int | None = None
    tracebacks: int = 0
    rss_mb: float = 0.0
    wall: float = 0.0
    note: str = ""

    def ok(self) -> bool:
        return self.stored == self.expected and not self.duplicates and not self.tracebacks


def _messages(*runs: Run) -> list[str]:
    lines = [ln for r in runs for ln in r.err.splitlines()]
    keep = [ln for ln in lines if ln.startswith(("skipped", "warning", "error", "store busy"))]
    shown = Counter(ln.split(":")[0] if ln.startswith("store busy") else ln[:90] for ln in keep)
    return [f"{k}" + (f" (x{n})" if n > 1 else "") for k, n in shown.items()]


def _row(case: str, db: Path, expected: set[str], clean: Path | None, *runs: Run) -> Row:
    ids, events = store_rows(db)
    extra = None
    if clean is not None:
        extra = len(events) - len(store_rows(clean)[1])
    return Row(
        case=case,
        exits=[r.rc for r in runs],
        messages=_messages(*runs),
        stored=len(set(ids) & expected),
        expected=len(expected),
        duplicates=len(ids) - len(set(ids)),
        extra_events=extra,
        tracebacks=sum("Traceback" in r.err for r in runs),
        rss_mb=max(r.rss_mb for r in runs),
        wall=sum(r.wall for r in runs),
    )


# -- cases --------------------------------------------------------------------------------


def bad_records(tmp: Path, n: int) -> Row:
    from bench import synth

    records, _ = synth.generate(n, seed=11)
    lines = list(synth.iter_jsonl(records))
    half = len(lines) // 2
    poison = {"id": "poison", "text": "<p>Officials said the bridge will close. \u0008</p>"}
    bad = [
        json.dumps(poison),
        json.dumps({"id": ["a", "b"], "text": GOOD_TEXT}),  # an id that is no id
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "empty", "title": "no text"}),
    ]
    src = tmp / "bad.jsonl"
    src.write_text("\n".join([*lines[:half], *bad, *lines[half:]]) + "\n", encoding="utf-8")
    clean = tmp / "bad-clean.db"
    good = tmp / "good.jsonl"
    good.write_text("\n".join([*lines[:half], bad[0], *lines[half:]]) + "\n", "utf-8")
    cli("ingest", str(good), "--db", str(clean))
    db = tmp / "bad.db"
    first = cli("ingest", str(src), "--db", str(db))
    again = cli("ingest", str(src), "--db", str(db))  # a rerun passes the same line
    expected = {r["id"] for r in records} | {"poison"}
    row = _row("bad-records", db, expected, clean, first, again)
    row.note = "rerun: " + again.out.strip()[:60]
    return row


def concurrent(tmp: Path, n: int, existing: bool) -> Row:
    name = "concurrent-old" if existing else "concurrent-new"
    a, b, base = tmp / f"{name}-a.jsonl", tmp / f"{name}-b.jsonl", tmp / f"{name}-0.jsonl"
    expected = set(write_stream(a, n // 2, 21)) | set(write_stream(b, n // 2, 22))
    db, clean = tmp / f"{name}.db", tmp / f"{name}-clean.db"
    if existing:
        expected |= set(write_stream(base, n // 3, 23))
        for target in (db, clean):
            cli("ingest", str(base), "--db", str(target))
    procs = [start("ingest", str(src), "--db", str(db)) for src in (a, b)]
    runs = [_wait(p, t0) for p, t0 in procs]
    # the clean run: one after the other, in the order the writer lock let them in
    order = [a, b] if first_in(db, a, b) else [b, a]
    for src in order:
        cli("ingest", str(src), "--db", str(clean))
    row = _row(name, db, expected, clean, *runs)
    row.wall = max(r.wall for r in runs)
    waited = sum("store busy" in r.err for r in runs)
    row.note = f"{waited} of 2 waited for the lock"
    return row


def killed(tmp: Path, n: int, moment: str) -> Row:
    src = tmp / f"kill-{moment}.jsonl"
    expected = set(write_stream(src, n, 31))
    db, clean = tmp / f"kill-{moment}.db", tmp / "kill-clean.db"
    if not clean.exists():
        cli("ingest", str(src), "--db", str(clean))
    proc, t0 = start("ingest", str(src), "--db", str(db))
    at = -1
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if moment == "open" and db.exists():
            break
        if db.exists():
            at = stored_count(db)
            if (moment == "mid" and at >= n // 2) or (moment == "end" and at >= n):
                break
        time.sleep(0.005)
    finished = proc.poll() is not None
    if not finished:
        os.kill(proc.pid, signal.SIGKILL)
    first = _wait(proc, t0)
    stored_then = max(stored_count(db), 0)
    again = cli("ingest", str(src), "--db", str(db))
    row = _row(f"kill-{moment}", db, expected, clean, again)
    row.exits = [first.rc, again.rc]
    row.note = (
        "finished before the kill"
        if finished
        else f"killed with {stored_then} stored; rerun: {again.out.strip()[:50]}"
    )
    return row


class Trickle(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(240):  # two minutes, at most
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            pass  # the client gave up: what we want

    def log_message(self, *args: object) -> None:
        pass


def trickle(tmp: Path) -> Row:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/slow"
    good = tmp / "after.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    try:
        run = cli("inspect", url, str(good), "--format", "json", "--timeout", "3", timeout=120)
    finally:
        httpd.shutdown()
        httpd.server_close()
    try:
        ids = [a["id"] for a in json.loads(run.out)]
    except ValueError:
        ids = []
    row = Row(
        case="trickle",
        exits=[run.rc],
        messages=_messages(run),
        stored=len(ids),
        expected=1,
        tracebacks=int("Traceback" in run.err),
        rss_mb=run.rss_mb,
        wall=run.wall,
        note="inspect (no store): articles read",
    )
    return row


def hostile_upload(tmp: Path, with_dossier: bool) -> Row:
    word = "x" * 1_000_000
    records = [
        {
            "id": f"ferry-{i}",
            "outlet": f"outlet{i}.example",
            "published": "2031-05-02",
            "title": "Lindqvist Quay ferry back in service",
            "text": f"{GOOD_TEXT} Report number {i} adds that the ramp cost 2.4 million.",
        }
        for i in range(4)
    ]
    records.append({**records[0], "id": "hostile", "text": f"{GOOD_TEXT} {word}."})
    src = tmp / "hostile.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp / "hostile.db"
    first = cli("ingest", str(src), "--db", str(db))
    runs = [first]
    note = "no dossier (--no-dossier)"
    if with_dossier:
        show = cli("show", "hostile", "--db", str(db), "--format", "json", timeout=300)
        runs.append(show)
        note = f"show: exit {show.rc} in {show.wall:.0f} s" + (
            " (killed at 300 s)" if show.rc in (-9, 137) else ""
        )
    row = _row("hostile-upload", db, {r["id"] for r in records}, None, *runs)
    row.note = note
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=600, help="articles per stream")
    ap.add_argument("--no-dossier", action="store_true", help="skip `show` (loads the models)")
    ap.add_argument("--only", help="comma-separated case names")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nw-robust-") as name:
        tmp = Path(name)
        cases = {
            "bad-records": lambda: bad_records(tmp, args.n),
            "concurrent-new": lambda: concurrent(tmp, args.n, existing=False),
            "concurrent-old": lambda: concurrent(tmp, args.n, existing=True),
            "kill-open": lambda: killed(tmp, args.n * 4, "open"),
            "kill-mid": lambda: killed(tmp, args.n * 4, "mid"),
            "kill-end": lambda: killed(tmp, args.n * 4, "end"),
            "trickle": lambda: trickle(tmp),
            "hostile-upload": lambda: hostile_upload(tmp, not args.no_dossier),
        }
        wanted = args.only.split(",") if args.only else list(cases)
        header = (
            f"{'case':<15} {'exit':<8} {'stored':>11} {'dup':>4} {'extra ev':>8} "
            f"{'tb':>3} {'RSS MB':>7} {'wall s':>7}  note / messages"
        )
        print(header)
        print("-" * len(header))
        bad = 0
        for key in wanted:
            row = cases[key]()
            bad += not row.ok()
            extra = "-" if row.extra_events is None else f"{row.extra_events:+d}"
            print(
                f"{row.case:<15} {','.join(map(str, row.exits)):<8} "
                f"{row.stored:>5}/{row.expected:<5} {row.duplicates:>4} {extra:>8} "
                f"{row.tracebacks:>3} {row.rss_mb:>7.0f} {row.wall:>7.1f}  {row.note}"
            )
            for msg in row.messages[:6]:
                print(f"{'':<17}{msg}")
            sys.stdout.flush()
        print(
            f"\n{len(wanted) - bad} of {len(wanted)} rows: nothing lost, no duplicate, no traceback"
        )


if __name__ == "__main__":
    main()
