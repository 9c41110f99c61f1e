"""Named entities of an event: people, organisations and places, with mentions per article.

English and French articles go through spaCy NER (cached, shared with the quote stage).
People are repaired and merged like quote speakers ("Putin" / "Vladimir Putin" /
"Poutine", an ORG-tagged "Helena Marsh" whose surname NER tags elsewhere). Types are
decided by majority over all mentions, so a stray PERSON tag on a river name loses to
its PLACE tags.

Articles in other languages (no model here): known entities from the en/fr articles
are counted by name (and unambiguous surname), and new people are taken only where
the text itself marks them: next to a speech verb or after a role word ("sagte Marsh",
"Finanzminister Jonas Brandt"). Bare capitalised words are not taken: German
capitalises every noun.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from newsweave.align.names import CONNECTORS, PARTICLES, canonical_names, clean_name
from newsweave.align.speakers import for_article
from newsweave.lang import merged
from newsweave.model import Article, Entity
from newsweave.text.fold import fold
from newsweave.text.nlp import parse, parse_many

__all__ = ["extract_entities"]

TYPES = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE"}
TYPES["FAC"] = "PLACE"
_CUT_OFF = CONNECTORS | PARTICLES  # a span ending in one was cut short ("Parliament of")
_LEADING = re.compile(
    rf"^(?:{'|'.join(map(re.escape, sorted(merged('cues', 'DEFINITE_ARTICLES'))))})\s+", re.I
)


@dataclass
class _Hit:
    article: str
    type: str
    name: str


def extract_entities(articles: list[Article]) -> list[Entity]:
    """PERSON / ORG / PLACE entities with mention counts per article id, most mentioned first."""
    parse_many((a.text, a.lang) for a in articles)
    hits: list[_Hit] = []
    others: list[Article] = []
    for a in articles:
        if parse(a.text, a.lang) is None:  # no model for its language
            others.append(a)
            continue
        hits += _model_hits(a)
    known = _merge(hits)
    for a in others:
        hits += _heuristic_hits(a, known)
    return _recount_people(_merge(hits), articles)


def _recount_people(entities: list[Entity], articles: list[Article]) -> list[Entity]:
    """Count each person by name in every article: NER misses many bare surnames."""
    surnames = Counter(e.name.split()[-1] for e in entities if e.type == "PERSON")
    for e in entities:
        if e.type != "PERSON" or len(e.name.split()) < 2:
            continue
        forms = [e.name] + ([e.name.split()[-1]] if surnames[e.name.split()[-1]] == 1 else [])
        pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(f)}(?![\w-])" for f in forms))
        surname = e.name.split()[-1]  # in every form: texts without it have no match
        for a in articles:
            if surname not in a.text:
                continue
            n = len(pattern.findall(a.text))
            if n > e.mentions.get(a.id, 0):
                e.mentions[a.id] = n
    entities.sort(key=lambda e: (-sum(e.mentions.values()), -len(e.mentions), e.name))
    return entities


def _model_hits(article: Article) -> list[_Hit]:
    doc = parse(article.text, article.lang)
    sp = for_article(article)
    people = [m for m in sp.mentions if m.kind == "name" and not m.org and m.name]
    spans = {(sp.toks[m.i].start, sp.toks[m.j].end) for m in people}
    out = [_Hit(article.id, "PERSON", m.name or "") for m in people]
    taken = [(a, b) for a, b in spans]
    for ent in doc.ents if doc is not None else []:
        kind = TYPES.get(ent.label_)
        if kind is None or kind == "PERSON":
            continue
        if any(a < ent.end_char and ent.start_char < b for a, b in taken):
            continue  # repaired into a person ("the Flood Agency Helena Marsh")
        name = _clean(ent.text)
        if name:
            out.append(_Hit(article.id, kind, name))
    return out


def _heuristic_hits(article: Article, known: list[Entity]) -> list[_Hit]:
    sp = for_article(article)
    out = [
        _Hit(article.id, "PERSON", m.name)
        for m in sp.mentions
        if m.kind == "name" and m.name and not m.org and len(m.name.split()) > 1
    ]
    found = {fold(h.name) for h in out}
    for ent in known:
        forms = {ent.name}
        if ent.type == "PERSON" and len(ent.name.split()) > 1:
            forms.add(ent.name.split()[-1])
        count = 0
        for form in forms:
            if (fold(form) in found and form == ent.name) or form not in article.text:
                continue
            pattern = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
            count += len(re.findall(pattern, article.text))
        if count and ent.name.split()[-1] not in {h.name.split()[-1] for h in out}:
            out += [_Hit(article.id, ent.type, ent.name)] * count
    return out


def _clean(text: str) -> str | None:
    text = _LEADING.sub("", re.sub(r"\s+", " ", text).strip(" ,.;:\"'“”«»()"))
    text = re.sub(r"['’]s$", "", text)
    words = text.split()
    if not words or not words[0][:1].isupper() or len(words) > 6:
        return None
    if fold(words[-1]) in _CUT_OFF:
        return None
    if any(c.isdigit() for c in text):
        return None
    return text


def _merge(hits: list[_Hit]) -> list[Entity]:
    people = canonical_names(h.name for h in hits if h.type == "PERSON")
    # a lone surname of one of the event's people tagged ORG or PLACE ("Mbappé") is that
    # person, when the person is mentioned more often than the word is tagged otherwise
    # (the sm models confuse them); not an acronym ("UN" after "Kim Jong Un")
    person_hits = Counter(people.get(h.name, h.name) for h in hits if h.type == "PERSON")
    other_hits = Counter(fold(h.name) for h in hits if h.type != "PERSON")
    surname: dict[str, str | None] = {}
    for full in person_hits:
        if len(full.split()) >= 2:
            key = fold(full.split()[-1])
            if person_hits[full] > other_hits[key]:
                surname[key] = full if surname.get(key, full) == full else None
    keyed: dict[str, list[_Hit]] = defaultdict(list)
    for h in hits:
        lone = h.type != "PERSON" and len(h.name.split()) == 1 and not h.name.isupper()
        if lone and (full := surname.get(fold(h.name))):
            h = _Hit(h.article, "PERSON", full)
        name = people.get(h.name, h.name) if h.type == "PERSON" else h.name
        name = clean_name(name) or name if h.type == "PERSON" else name
        keyed[fold(name)].append(_Hit(h.article, h.type, name))
    out: list[Entity] = []
    for group in keyed.values():
        kind = Counter(h.type for h in group).most_common(1)[0][0]
        if kind == "PERSON" and all(len(h.name.split()) == 1 for h in group):
            continue  # a lone capitalised word no full name explains ("Varne") is too weak
        names = Counter(h.name for h in group if h.type == kind)
        name = max(names, key=lambda n: (names[n], len(n)))
        mentions = Counter(h.article for h in group)
        out.append(Entity(name=name, type=kind, mentions=dict(mentions)))
    out.sort(key=lambda e: (-sum(e.mentions.values()), -len(e.mentions), e.name))
    return out
