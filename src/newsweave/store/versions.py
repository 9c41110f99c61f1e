"""Dossier history: every dossier an event has had, numbered from 1 per event.

`record` runs in the transaction that caches a freshly built dossier (`SQLStore._save_dossier`),
so the history and the cache never disagree. A version is kept only when the dossier
differs from the last one (a rebuild with nothing new is not a change).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select

from newsweave.store.schema import dossier_versions


@dataclass
class Version:
    event_id: str
    version: int
    stamp: str
    built: str
    n_articles: int
    dossier: dict[str, Any]  # Dossier.to_dict()

    def summary(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "built": self.built,
            "stamp": self.stamp,
            "articles": self.n_articles,
        }


def record(conn: Connection, event_id: str, stamp: str, built: str, data: dict[str, Any]) -> int:
    """Keep `data` as the event's next version unless it equals the last; the version number."""
    last = conn.execute(
        select(dossier_versions.c.version, dossier_versions.c.data)
        .where(dossier_versions.c.event_id == event_id)
        .order_by(dossier_versions.c.version.desc())
        .limit(1)
    ).first()
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    if last is not None and last.data == text:
        return int(last.version)
    number = (int(last.version) if last else 0) + 1
    conn.execute(
        insert(dossier_versions).values(
            event_id=event_id,
            version=number,
            stamp=stamp,
            built=built,
            n_articles=len(data.get("articles", [])),
            data=text,
        )
    )
    return number


def _version(row: Any) -> Version:
    return Version(
        row.event_id,
        int(row.version),
        row.stamp,
        row.built,
        int(row.n_articles),
        json.loads(row.data),
    )


def versions(conn: Connection, event_id: str, last: int | None = None) -> list[Version]:
    """The event's versions, oldest first (only the `last` few when given)."""
    sel = (
        select(dossier_versions)
        .where(dossier_versions.c.event_id == event_id)
        .order_by(dossier_versions.c.version.desc())
    )
    rows = conn.execute(sel.limit(last) if last else sel).all()
    return [_version(r) for r in reversed(rows)]


def version_at(conn: Connection, event_id: str, since: str) -> Version | None:
    """The version a reader saw: `since` is a version number, or an ISO time (the newest
    version built at or before it). None when the event had no version then."""
    sel = select(dossier_versions).where(dossier_versions.c.event_id == event_id)
    if since.isdigit():
        sel = sel.where(dossier_versions.c.version == int(since))
    else:
        sel = sel.where(dossier_versions.c.built <= since).order_by(
            dossier_versions.c.version.desc()
        )
    row = conn.execute(sel.limit(1)).first()
    return _version(row) if row is not None else None


def latest_numbers(conn: Connection, event_ids: list[str]) -> dict[str, int]:
    if not event_ids:
        return {}
    rows = conn.execute(
        select(dossier_versions.c.event_id, func.max(dossier_versions.c.version))
        .where(dossier_versions.c.event_id.in_(event_ids))
        .group_by(dossier_versions.c.event_id)
    ).all()
    return {r[0]: int(r[1]) for r in rows}
