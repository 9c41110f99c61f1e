"""Datelines: the place (and date) the outlet filed from, which is not where the event happened.

"JAKARTA -", "NEW YORK (AP) —", "Moscow:" alone on a line, "[HANOI]",
"Xinhua News Agency, Beijing, March 7.", "PORTO, Portugal (MPA) —",
"Oporto, 5 nov. (Heraldo Ibérico) —", "CASTEL MIRTO (Cosenza) —", "BADAJOZ." become
`Article.dateline` (and a wire, a date) and leave the body. Only the top of the
article is searched: a dateline is a header, never mid-story.
"""

from __future__ import annotations

import re

from newsweave.ingest import patterns as P
from newsweave.ingest.dates import find_date
from newsweave.ingest.outlets import wire_name
from newsweave.ingest.places import known_place
from newsweave.ingest.state import Work
from newsweave.text.dates import MONTHS, WEEKDAY_PATTERN

# Upper-case openers that are labels, not places.
# fmt: off
_NOT_PLACES = {
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "VIDEO", "PHOTOS", "OPINION", "ANALYSIS",
    "EDITORIAL", "URGENT", "NOTE", "EDITOR'S NOTE", "FACT CHECK", "CORRECTION", "READ", "LISTEN", "ALERT",
    "FLASH", "ÚLTIMA HORA", "EILMELDUNG", "ACTUALIZACIÓN", "Q", "A", "SPONSORED", "COMMENTARY", "REVIEW",
    "INTERVIEW", "OBITUARY", "OPINIÓN", "ANÁLISIS", "ENTREVISTA", "MEINUNG", "KOMMENTAR", "INTERVISTA",
    "COMMENTO", "ÉDITO", "ÉDITORIAL", "CHRONIQUE", "TRIBUNE", "ENQUÊTE", "REPORTAGE", "OPINIA", "KOMENTARZ",
    # kickers a bare upper-case opener may be ("VIDÉO Les images …"): `_bare_place`
    "VIDÉO", "VÍDEO", "RÉCIT", "DÉCRYPTAGE", "TÉMOIGNAGE", "ÉCLAIRAGE", "RÉACTIONS", "CRÓNICA", "ZDJĘCIA",
    "ANÁLISE", "OPINIÃO", "ÜBERBLICK",
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

_WEEKDAY = re.compile(rf"(?:{WEEKDAY_PATTERN})", re.I)  # "Sunday, May 4": a date, no place


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
    (CPA) - ...", "Oporto, 5 nov. (Heraldo Ibérico) — ..."): "Human Rights Watch (HRW) said"
    has neither."""
    if _wire_like(m.group(4)):
        return True
    dated = m.group(1) and m.group(2) and _dated(m.group(2))
    dash = re.match(r"\)\s*\.?\s*[-–—]", par[m.end(4) :])
    return bool(dated and dash and P.DATELINE_CREDIT.fullmatch(m.group(4).strip()))


_ACRONYM = re.compile(r"[A-Z]{2,6}|[a-z]{2,5}")  # "(MPA)", "(ena)": an agency's short name
_NEW_SENTENCE = re.compile(r"\)\s*\.?\s*[-–—]+\s*[\"“«„\d" + P.UPPER + "]")


def _bracketed(m: re.Match[str], par: str) -> bool:
    """A place, a bracket, a dash and a new sentence: a dateline whatever the bracket holds, an
    agency ("PORTO, Portugal (MPA) — Brazilian …", "Legnica (PAI) – Koncern …") or the
    place's region ("CASTEL MIRTO (Cosenza) — La scossa …"), where the place is one: in
    capitals, a known place or country, or a single word or places joined by a slash.
    "Human Rights Watch (HRW) - the group said" names an organisation, and its acronym."""
    place, credit = (m.group(1) or "").strip(), m.group(4).strip()
    if not place or not _NEW_SENTENCE.match(par, m.end(4)):
        return False
    if not (P.DATELINE_CREDIT.fullmatch(credit) or _ACRONYM.fullmatch(credit)):
        return False
    upper = place == place.upper()
    known = any(known_place(x) for x in (*place.split("/"), m.group(2) or "", m.group(3) or ""))
    if _ACRONYM.fullmatch(credit) and not (upper or known):
        if credit[0].casefold() == place[0].casefold():
            return False  # "Greenpeace (GP) –", "Northvale Rights Council (NRC) –": its own name
    return upper or known or len(place.split()) == 1 or "/" in place


def _is_credit(text: str) -> bool:
    """A bracket after a place that names who sent the story, not the place's region."""
    text = text.strip()
    return _wire_like(text) or (bool(_ACRONYM.fullmatch(text)) and not known_place(text))


_SHORT_DATE = re.compile(
    r"(?:(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?|([^\W\d_]{3,10})\.?\s+(\d{1,2}))(?:,?\s+(?:de\s+)?(\d{4}))?"
)


def _dated(text: str | None) -> str | None:
    """The date of a dateline, ISO or "--MM-DD": what `find_date` reads ("Nov 21", "13 novembre")
    and the month abbreviations datelines print in lower case ("5 nov.", "4 nov", "15 oct",
    "8 out", "5 de nov.", "3 paź. 2025"): a day and the first letters of one month's name, maybe a year."""
    if not text:
        return None
    found = find_date(text, allow_partial=True)
    if found:
        return found[0]
    m = _SHORT_DATE.fullmatch(text.strip())
    if not m:
        return None
    day, word = int(m.group(1) or m.group(4)), (m.group(2) or m.group(3)).casefold()
    months = {month for name, month in MONTHS.items() if name.startswith(word)}  # every language's
    if len(months) != 1 or not 1 <= day <= 31:
        return None
    return f"{m.group(5) or '-'}-{months.pop():02d}-{day:02d}"


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
        m = P.DATELINE_DAY_ALONE.match(par)
        if m and _dated(m.group(2)) and m.group(1).strip(" .").upper() not in _NOT_PLACES and not _WEEKDAY.fullmatch(m.group(1).strip(" .")):
            credit = m.group(3) and m.group(3).strip()
            wire = credit if credit and (_wire_like(credit) or P.DATELINE_CREDIT.fullmatch(credit)) else None
            _record(w, par, f"{m.group(1).strip(' .')}, {m.group(2).strip()}", m.group(2), wire)
            return paragraphs[:i] + paragraphs[i + 1 :]
        m = P.DATELINE_ALONE.match(par)
        if m:
            place, region = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if place.strip().upper() in _NOT_PLACES or place.strip().lower() in _HEADINGS:
                continue
            place = place.strip() + (f", {region.strip()}" if region else "")
            _record(w, par, place, None, None)
            return paragraphs[:i] + paragraphs[i + 1 :]
    for i, par in enumerate(paragraphs[:3]):
        # the dateline opens the first paragraph of prose; short lines a rule left above it
        # ("dal nostro inviato MARCO GIORDANO", "Von ena | 08.10.2025") do not hide it
        first = not any(_prose(x) for x in paragraphs[:i])
        if i == 2 and not first:
            break
        edited = _inline(par, w, first=first)
        if edited is not None:
            return paragraphs[:i] + ([edited] if edited else []) + paragraphs[i + 1 :]
    return paragraphs


def _prose(par: str) -> bool:
    """Eight words or more ("Compartir: Facebook | X | WhatsApp | Correo" has five)."""
    return sum(any(c.isalpha() for c in x) for x in par.split()) >= 8


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
    edited = _credit_first(par, w)
    if edited is not None:
        return edited
    m = P.DATELINE_WIRE.match(par)
    if m and (m.group(1) or m.start(4) <= 1) and _rest_ok(par, m.end()):
        edited = _wire_dateline(m, par, w)
        if edited is not None:
            return edited
    for pattern in (
        P.DATELINE_UPPER,
        P.DATELINE_BRACKET,
        P.DATELINE_PLACE_DATE,
        P.DATELINE_UPPER_DAY,
        P.DATELINE_PLACE_DAY,
        P.DATELINE_STOP,
    ):
        m = pattern.match(par)
        if not m or not _rest_ok(par, m.end()):
            continue
        if pattern in (P.DATELINE_UPPER_DAY, P.DATELINE_PLACE_DAY) and not _dated(m.group(2)):
            continue  # "PARIS, 13 rue …": no month after the day
        place = m.group(1).strip(" .")
        if place.upper() in _NOT_PLACES or sum(c.isalpha() for c in place) < 2:
            continue
        if pattern is P.DATELINE_STOP and not _stop_place(place):
            continue
        extra = m.group(2) if pattern in (P.DATELINE_UPPER, P.DATELINE_PLACE_DATE, P.DATELINE_PLACE_DAY) else None
        date_text = extra if pattern is not P.DATELINE_UPPER or _dated(extra) else None
        if extra and pattern is not P.DATELINE_PLACE_DATE:
            place = f"{place}, {extra.strip()}"
        _record(w, m.group(0), place, date_text, None)
        return par[m.end() :].strip()
    m = P.DATELINE_UPPER_BARE.match(par)
    # the story's first word in title case ("Dès"), not one more in capitals
    story = par[m.end() + 1 : m.end() + 2].islower() if m else False
    if m and story and _bare_place(m.group(1)) and _rest_ok(par, m.end(), 6):
        _record(w, m.group(0), m.group(1), None, None)
        return par[m.end() :].strip()
    for pattern in (P.DATELINE_TITLE_DASH, P.DATELINE_TITLE_COLON, P.DATELINE_TITLE_REGION):
        m = pattern.match(par)
        # "Brexit: ..." opens a sentence about a topic; "Moscow: ..." names a place, and
        # "Badajoz, Espanha — ..." a place in a country
        if m and pattern is P.DATELINE_TITLE_COLON and not known_place(m.group(1)):
            continue
        if m and pattern is P.DATELINE_TITLE_REGION and not (known_place(m.group(2)) or known_place(m.group(1))):
            continue
        if m and m.group(1).split()[0] not in _NOT_TITLE_PLACES and _rest_ok(par, m.end(), 6):
            label = m.group(1).strip() + (f", {m.group(2).strip()}" if pattern is P.DATELINE_TITLE_REGION else "")
            _record(w, m.group(0), label, None, None)
            return par[m.end() :].strip()
    return None


def _credit_first(par: str, w: Work) -> str | None:
    """An agency's credit before its dateline: "(PLN) TRENTO, 4 GIU - Il consiglio …". A place and
    a date must follow the bracket ("(Reuters) Analysts said …" is `_wire_dateline`'s)."""
    m = P.DATELINE_LEAD_CREDIT.match(par)
    credit = m.group(1).strip() if m else ""
    if not m or not (_wire_like(credit) or _ACRONYM.fullmatch(credit) or P.DATELINE_CREDIT.fullmatch(credit)):
        return None
    rest = par[m.end() :]
    for pattern in (P.DATELINE_UPPER_DAY, P.DATELINE_PLACE_DAY, P.DATELINE_PLACE_DATE):
        d = pattern.match(rest)
        place = d.group(1).strip(" .") if d else ""
        if d and place.upper() not in _NOT_PLACES and _dated(d.group(2)) and _rest_ok(rest, d.end()):
            _record(w, par[: m.end() + d.end()], f"{place}, {d.group(2).strip()}", d.group(2), credit)
            return rest[d.end() :].strip()
    return None


def _wire_dateline(m: re.Match[str], par: str, w: Work) -> str | None:
    """A `DATELINE_WIRE` match: a place, maybe a date or region, a bracket ("NEW YORK (AP) —")."""
    place = (m.group(1) or "").strip()
    if place.upper() in _NOT_PLACES:
        return None
    bracket = P.PLACE_REGION.search(place)  # "Teruel (Aragón)": the region goes after the date
    if bracket:
        place = place[: bracket.start()] + place[bracket.end() :]
    credit = m.group(4).strip()
    if _credited(m, par):
        wire: str | None = credit
    elif _bracketed(m, par):
        wire = credit if _is_credit(credit) else None
    else:
        return None
    if not place:  # "(CNN) — ...": a wire credit without a place is no dateline
        w.set_wire(credit, "wire credit at the start")
        w.drop(m.group(0), "wire-credit")
        return par[m.end() :].strip()
    date_part = m.group(2)
    dated = _dated(date_part) if date_part else None
    if date_part and not dated:
        place = f"{place}, {date_part.strip()}"  # "LUSAIL, Qatar (AFP)": a country, not a date
    label = place + (f", {date_part.strip()}" if dated else "")
    for region in (bracket and bracket.group(1), m.group(3), None if wire else credit):  # "Badajoz (Espagne) (AIP)"
        if region:
            label += f" ({region.strip()})"
    _record(w, m.group(0), label or None, date_part if dated else None, wire)
    return par[m.end() :].strip()


def _bare_place(place: str) -> bool:
    """A place in capitals with nothing after it but the story ("NÎMES Dès …"): a known place, or
    a word with a letter no acronym has ("NASA Administrator", "UEFA President" open sentences)."""
    if place in _NOT_PLACES:
        return False
    return known_place(place) or any(c.isalpha() and not c.isascii() for c in place)


def _stop_place(place: str) -> bool:
    """A place before a full stop that opens the story ("BADAJOZ. La que …", "Warschau. Nach …"):
    a word in capitals ("U.S. Army" is an abbreviation), a known place, or places joined by a
    slash ("Roosendaal/Sint-Niklaas. Ein …")."""
    if place == place.upper():
        return "." not in place and bool(re.search(rf"[{P.UPPER}]{{3}}", place))
    return "/" in place or known_place(place)


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
    iso = _dated(date_text)
    if iso:
        w.set_published(iso, f"dateline {text.strip()!r}")
