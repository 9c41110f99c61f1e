"""Shared helpers for the bench scripts: where ../shared is, and how to load its articles.

The real pipeline (`newsweave.ingest`, `newsweave.text`) is used when it is importable; a plain
paragraph + pysbd fallback keeps the benches usable while those stages are being written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newsweave.model import Article, Sentence

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_or_exit(sub: str) -> Path:
    """The folder ../shared/<sub>, or a clean exit (status 0) when it is absent."""
    path = SHARED / sub
    if not path.exists():
        print(f"skip: {path} not found")
        sys.exit(0)
    return path


def _fallback_sentences(article: Article) -> Article:
    import pysbd

    lang = article.lang or "en"
    try:
        seg = pysbd.Segmenter(language=lang, clean=False, char_span=True)
    except ValueError:  # pysbd has no rules for this language
        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    sentences: list[Sentence] = []
    pos = 0
    for p_idx, para in enumerate(p for p in article.text.split("\n") if p.strip()):
        offset = article.text.index(para, pos)
        pos = offset + len(para)
        for span in seg.segment(para):
            text = span.sent.strip()
            if not text:
                continue
            start = offset + para.index(text, span.start) if text in para else offset + span.start
            sentences.append(
                Sentence(article.id, len(sentences), text, start, start + len(text), p_idx, lang)
            )
    article.sentences = sentences
    return article


def load_texts(paths: list[Path]) -> list[Article]:
    """Articles from files, through `newsweave.ingest.load` when it exists."""
    try:
        from newsweave.ingest import load  # type: ignore[attr-defined]
    except ImportError:
        load = None
    if load is not None:
        return load([str(p) for p in paths])
    return [
        _fallback_sentences(Article(id=p.stem, text=p.read_text(encoding="utf-8"), lang="en"))
        for p in paths
    ]


def load_records(records: list[dict[str, Any]]) -> list[Article]:
    """Articles from JSON records (corpus rows without `event_id`)."""
    try:
        from newsweave.ingest import load  # type: ignore[attr-defined]
    except ImportError:
        load = None
    if load is not None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "event.jsonl"
            path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
            return load([str(path)])
    fields = {"id", "text", "title", "outlet", "published", "lang", "url"}
    return [
        _fallback_sentences(Article(**{k: v for k, v in r.items() if k in fields})) for r in records
    ]


def corpus_events() -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """(events.json, {event_id: [article records without event_id]}) of ../shared/corpus."""
    root = shared_or_exit("corpus")
    events = json.loads((root / "events.json").read_text(encoding="utf-8"))
    by_event: dict[str, list[dict[str, Any]]] = {}
    for line in (root / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            by_event.setdefault(rec.pop("event_id"), []).append(rec)
    return events, by_event
