"""Datelines: the place (and date) the outlet filed from, which is not where the event happened.

"JAKARTA -", "NEW YORK (AP) —", "Moscow:" alone on a line, "[HANOI]",
"Xinhua News Agency, Beijing, December 20." become `Article.dateline` (and a
wire, a date) and leave the body. Only the top of the article is searched:
a dateline is a header, never mid-story.
"""

from __future__ import annotations

import re

from newsweave.ingest import patterns as P
from newsweave.ingest.dates import find_date
from newsweave.ingest.outlets import wire_name
from newsweave.ingest.places import known_place
from newsweave.ingest.state import Work

# Upper-case openers that are labels, not places.
# fmt: off
_NOT_PLACES = {
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "VIDEO", "PHOTOS", "OPINION", "ANALYSIS",
    "EDITORIAL", "URGENT", "NOTE", "EDITOR'S NOTE", "FACT CHECK", "CORRECTION", "READ", "LISTEN", "ALERT",
    "FLASH", "ÚLTIMA HORA", "EILMELDUNG", "ACTUALIZACIÓN", "Q", "A",
}
_NOT_TITLE_PLACES = {"Update", "Breaking", "Watch", "Note", "Opinion", "Analysis", "Correction", "Editor"}
# Headings that end in a colon like "Moscow:" does ("Background:", "Lire aussi :").
_HEADINGS = {
    "background", "context", "summary", "highlights", "key points", "key facts", "timeline", "update", "note",
    "related", "reactions", "analysis", "watch", "listen", "read", "more", "also", "photos", "video", "sources",
    "what we know", "what happened", "what's next", "why it matters", "the details", "in brief", "résumé",
    "contexte", "à lire", "en bref", "hintergrund", "zusammenfassung", "mehr", "antecedentes", "contexto",
    "resumen", "más", "leggi", "riassunto", "tło", "podsumowanie",
}
# fmt: on


# "(Continental Press)", "(Eastlake News Agency)": a name that says it is an agency.
_AGENCY_NAME = re.compile(
    r"(?:[A-Z][\w.&'-]*\s){0,3}(?:Press|News|Agency|Wire|Service|Presse|Agencia|Agenzia|Agência|Agentur)"
)


def _wire_like(text: str) -> bool:
    """Whether a parenthesis after a place names an agency: a known wire ("(AP)", "(apro)",
    "(The Straits Times/ANN)") or a name that says it is one ("(Continental Press)").
    Any other acronym is the subject's: "Human Rights Watch (HRW) said ..."."""
    text = text.strip()
    if _AGENCY_NAME.fullmatch(text):
        return True
    return any(wire_name(part) for part in text.split("/"))


def _credited(m: re.Match[str], par: str) -> bool:
    """Whether the parenthesis of a `DATELINE_WIRE` match credits an agency: a known one, or
    any name between a place and date before it and a dash after it ("VAUDRECOURT, Nov 21
    (CPA) - ..."): "Human Rights Watch (HRW) said" has neither."""
    if _wire_like(m.group(3)):
        return True
    dated = m.group(1) and m.group(2) and find_date(m.group(2), allow_partial=True)
    dash = re.match(r"\)\s*\.?\s*[-–—]", par[m.end(3) :])
    return bool(dated and dash and P.DATELINE_CREDIT.fullmatch(m.group(3).strip()))


def _rest_ok(par: str, end: int, min_words: int = 4) -> bool:
    return len(par[end:].split()) >= min_words


def take_dateline(paragraphs: list[str], w: Work) -> list[str]:
    """Find the first dateline at the top of the body; record it and strip it."""
    if not paragraphs:
        return paragraphs
    for i, par in enumerate(paragraphs[:6]):
        if len(par) > 60:
            continue
        m = P.DATELINE_WIRE_ALONE.match(par)
        if m:  # "Reuters, Istanbul,"
            _record(w, par, m.group(2).strip(), None, m.group(1))
            return paragraphs[:i] + paragraphs[i + 1 :]
        m = P.DATELINE_ALONE.match(par)
        if m:
            place, region = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if place.strip().upper() in _NOT_PLACES or place.strip().lower() in _HEADINGS:
                continue
            place = place.strip() + (f", {region.strip()}" if region else "")
            _record(w, par, place, None, None)
            return paragraphs[:i] + paragraphs[i + 1 :]
    for i, par in enumerate(paragraphs[:2]):
        edited = _inline(par, w, first=(i == 0))
        if edited is not None:
            return paragraphs[:i] + ([edited] if edited else []) + paragraphs[i + 1 :]
    return paragraphs


def _inline(par: str, w: Work, first: bool) -> str | None:
    m = P.DATELINE_AGENCY.match(par)
    if m and find_date(m.group(3), allow_partial=True):
        agency = m.group(1).strip()
        w.set_wire(agency, "wire dateline")
        w.set_outlet(wire_name(agency) or agency, "wire dateline")
        _record(w, m.group(0), f"{m.group(2).strip()}, {m.group(3).strip()}", m.group(3), None)
        return par[m.end() :].strip()
    if not first:
        return None
    m = P.DATELINE_WIRE.match(par)
    if m and _credited(m, par) and (m.group(1) or m.start(3) <= 1) and _rest_ok(par, m.end()):
        place = (m.group(1) or "").strip()
        if place.upper() in _NOT_PLACES:
            return None
        if not place:  # "(CNN) — ...": a wire credit without a place is no dateline
            w.set_wire(m.group(3), "wire credit at the start")
            w.drop(m.group(0), "wire-credit")
            return par[m.end() :].strip()
        date_part = m.group(2)
        dated = find_date(date_part, allow_partial=True) if date_part else None
        if date_part and not dated:
            place = f"{place}, {date_part.strip()}"  # "LUSAIL, Qatar (AFP)": a country, not a date
        label = place + (f", {date_part.strip()}" if dated else "")
        _record(w, m.group(0), label or None, date_part if dated else None, m.group(3))
        return par[m.end() :].strip()
    for pattern in (P.DATELINE_UPPER, P.DATELINE_BRACKET, P.DATELINE_PLACE_DATE, P.DATELINE_UPPER_DAY):
        m = pattern.match(par)
        if not m or not _rest_ok(par, m.end()):
            continue
        if pattern is P.DATELINE_UPPER_DAY and not find_date(m.group(2), allow_partial=True):
            continue  # "PARIS, 13 rue …": no month after the day
        place = m.group(1).strip(" .")
        if place.upper() in _NOT_PLACES or sum(c.isalpha() for c in place) < 2:
            continue
        extra = m.group(2) if pattern not in (P.DATELINE_BRACKET, P.DATELINE_UPPER_DAY) else None
        date_text = extra if pattern is P.DATELINE_PLACE_DATE else None
        if extra and pattern is P.DATELINE_UPPER:
            place = f"{place}, {extra.strip()}"
        _record(w, m.group(0), place, date_text, None)
        return par[m.end() :].strip()
    for pattern in (P.DATELINE_TITLE_DASH, P.DATELINE_TITLE_COLON):
        m = pattern.match(par)
        # "Brexit: ..." opens a sentence about a topic; "Moscow: ..." names a place.
        if pattern is P.DATELINE_TITLE_COLON and m and not known_place(m.group(1)):
            continue
        if m and m.group(1).split()[0] not in _NOT_TITLE_PLACES and _rest_ok(par, m.end(), 6):
            _record(w, m.group(0), m.group(1).strip(), None, None)
            return par[m.end() :].strip()
    return None


def _record(w: Work, text: str, place: str | None, date_text: str | None, wire: str | None) -> None:
    w.drop(text, "dateline")
    if place:
        w.dateline = place
        w.signal(f"dateline {place!r} is where the outlet filed from, not the event's place")
    if wire:
        if not w.wire:
            w.wire_from_dateline = True
        w.set_wire(wire, "dateline credit")
        # With no other outlet named anywhere, the story is the agency's own.
        w.set_outlet(wire_name(wire) or wire.strip(), "dateline credit, no other outlet known")
    if date_text:
        found = find_date(date_text, allow_partial=True)
        if found:
            w.set_published(found[0], f"dateline {text.strip()!r}")
