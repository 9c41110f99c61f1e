"""What changed between two versions of an event's dossier (`newsweave.changes/1`).

Pure functions over `Dossier.to_dict()` documents. Facts are matched by their folded text
(fact ids are positions and move between builds), divergences by kind and description,
quote groups by speaker and first wording. "Changed" means the support or the
independent-source count (facts), the outlets involved (divergences) or the wordings
(quotes) differ.
"""

from __future__ import annotations

from typing import Any

from newsweave.text.fold import fold

SCHEMA = "newsweave.changes/1"


def _key(text: str | None) -> str:
    return " ".join(fold(text or "").split())


def _fact(f: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": f["text"],
        "status": f.get("status"),
        "independent_sources": f.get("independent_sources", 1),
        "support": len(f.get("support", [])),
        "articles": sorted({c["article"] for c in f.get("support", [])}),
    }


def _divergence(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": d.get("kind"),
        "description": d.get("description"),
        "articles": sorted({c["article"] for c in d.get("variants", [])}),
    }


def _quote(q: dict[str, Any]) -> dict[str, Any]:
    variants = q.get("variants", [])
    return {
        "speaker": q.get("speaker"),
        "text": variants[0]["text"] if variants else "",
        "direct": bool(variants[0].get("direct", True)) if variants else True,
        "divergent": bool(q.get("divergent")),
        "articles": sorted({c["article"] for c in variants}),
    }


def _diff(
    old: list[dict[str, Any]], new: list[dict[str, Any]], key, shape, changed
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    before = {key(x): shape(x) for x in old}
    added: list[dict[str, Any]] = []
    moved: list[dict[str, Any]] = []
    for x in new:
        now = shape(x)
        was = before.get(key(x))
        if was is None:
            added.append(now)
        elif changed(was, now):
            moved.append({**now, "before": {k: was[k] for k in was if was[k] != now[k]}})
    return added, moved


def changes(
    old: dict[str, Any] | None,
    new: dict[str, Any],
    since: dict[str, Any] | None = None,
    current: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The change record from dossier `old` (None: the event is new) to dossier `new`.
    `since` and `current` describe the two versions (number, time, articles)."""
    old = old or {}
    new_facts, changed_facts = _diff(
        old.get("facts", []),
        new.get("facts", []),
        lambda f: _key(f["text"]),
        _fact,
        lambda a, b: (
            (a["support"], a["independent_sources"], a["status"])
            != (b["support"], b["independent_sources"], b["status"])
        ),
    )
    new_div, changed_div = _diff(
        old.get("divergences", []),
        new.get("divergences", []),
        lambda d: (d.get("kind"), _key(d.get("description"))),
        _divergence,
        lambda a, b: a["articles"] != b["articles"],
    )
    new_quotes, changed_quotes = _diff(
        old.get("quotes", []),
        new.get("quotes", []),
        lambda q: (
            _key(q.get("speaker")),
            _key(q["variants"][0]["text"]) if q.get("variants") else "",
        ),
        _quote,
        lambda a, b: (a["articles"], a["divergent"]) != (b["articles"], b["divergent"]),
    )
    old_outlets = set(old.get("event", {}).get("outlets", []))
    old_articles = {a["id"] for a in old.get("articles", [])}
    event = new.get("event", {})
    record = {
        "schema": SCHEMA,
        "event": event.get("id"),
        "title": event.get("title"),
        "since": since,
        "current": current,
        "new_articles": [a["id"] for a in new.get("articles", []) if a["id"] not in old_articles],
        "new_outlets": [o for o in event.get("outlets", []) if o not in old_outlets],
        "new_facts": new_facts,
        "changed_facts": changed_facts,
        "new_divergences": new_div,
        "changed_divergences": changed_div,
        "new_quotes": new_quotes,
        "changed_quotes": changed_quotes,
    }
    record["empty"] = not any(
        record[k]
        for k in (
            "new_articles",
            "new_outlets",
            "new_facts",
            "changed_facts",
            "new_divergences",
            "changed_divergences",
            "new_quotes",
            "changed_quotes",
        )
    )
    return record
