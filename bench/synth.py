"""A synthetic news stream: invented events reported by invented outlets in four languages.

Used by the benchmarks and the tests (not part of the installed package). Every name,
place and number is generated; the templates (bench/synth_text.py) are written for it.
Each event has a kind (earthquake, summit, match, ...), a date, a cast of names and a few
numbers; several outlets report it in en/fr/es/de, some without a date or a title. Some
events get a *twin*: same kind, same country and leader, another place, other numbers,
weeks or months later: the clustering trap of two summits of the same leaders or two
earthquakes in one country. (The hash embedder that used to live here is
newsweave.embed.hashing, registered as "hash-bow".)
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bench.synth_text import TEMPLATES
from newsweave.model import Article

LANGS = ("en", "fr", "es", "de")
LANG_WEIGHTS = (0.55, 0.15, 0.15, 0.15)

_ONSETS = "b br c d dr f g gr k l m n p pr r s st t tr v z".split()
_VOWELS = "a e i o u a e o ia".split()
_CODAS = ["", "", "n", "r", "s", "l", "nd", "rt", "sk"]

# Country names change their ending with the language, as real ones do.
_COUNTRY_ENDINGS = {"en": "ia", "fr": "ie", "es": "ia", "de": "ien"}


# Kind-agnostic details; each event has one "angle" that all its reports carry after the
# lead, as reports of one event share facts beyond its who/where.
ANGLES: dict[str, list[str]] = {
    "en": [
        "Police closed the main bridge into {place} for the night.",
        "The railway line to {place} was suspended until further notice.",
        "Hundreds of volunteers arrived from neighbouring villages.",
        "The local hospital cancelled all planned operations.",
        "Mobile phone networks were down across the region for hours.",
        "The mayor of {place} asked residents to stay indoors.",
        "Fuel prices in the region jumped the next morning.",
        "A curfew was imposed in the old town of {place}.",
        "Television crews from abroad gathered at the airport.",
        "Church bells rang across {place} in the evening.",
    ],
    "fr": [
        "La police a fermé le pont principal de {place} pour la nuit.",
        "La ligne ferroviaire vers {place} a été suspendue jusqu'à nouvel ordre.",
        "Des centaines de bénévoles sont arrivés des villages voisins.",
        "L'hôpital local a annulé toutes les opérations prévues.",
        "Les réseaux de téléphonie mobile ont été coupés pendant des heures.",
        "Le maire de {place} a demandé aux habitants de rester chez eux.",
        "Les prix du carburant ont bondi dans la région le lendemain matin.",
        "Un couvre-feu a été instauré dans la vieille ville de {place}.",
        "Des équipes de télévision étrangères se sont rassemblées à l'aéroport.",
        "Les cloches ont sonné dans tout {place} dans la soirée.",
    ],
    "es": [
        "La policía cerró el puente principal de {place} durante la noche.",
        "La línea de tren a {place} quedó suspendida hasta nuevo aviso.",
        "Cientos de voluntarios llegaron de los pueblos vecinos.",
        "El hospital local canceló todas las operaciones previstas.",
        "Las redes de telefonía móvil cayeron en la región durante horas.",
        "El alcalde de {place} pidió a los vecinos que no salieran de casa.",
        "Los precios del combustible subieron en la región a la mañana siguiente.",
        "Se impuso un toque de queda en el casco antiguo de {place}.",
        "Equipos de televisión extranjeros se reunieron en el aeropuerto.",
        "Las campanas sonaron en todo {place} por la tarde.",
    ],
    "de": [
        "Die Polizei sperrte die Hauptbrücke nach {place} für die Nacht.",
        "Die Bahnstrecke nach {place} wurde bis auf Weiteres eingestellt.",
        "Hunderte Freiwillige kamen aus den Nachbardörfern.",
        "Das örtliche Krankenhaus sagte alle geplanten Operationen ab.",
        "Die Mobilfunknetze fielen in der Region stundenlang aus.",
        "Der Bürgermeister von {place} bat die Bewohner, zu Hause zu bleiben.",
        "Die Treibstoffpreise in der Region stiegen am nächsten Morgen.",
        "In der Altstadt von {place} wurde eine Ausgangssperre verhängt.",
        "Fernsehteams aus dem Ausland versammelten sich am Flughafen.",
        "Am Abend läuteten in ganz {place} die Glocken.",
    ],
}

WITNESS = {
    "en": '"Nobody here has seen anything like it," said {name}, who lives in {place}.',
    "fr": "« Personne ici n'a jamais vu ça », a dit {name}, qui habite à {place}.",
    "es": "«Nadie aquí había visto algo así», dijo {name}, vecino de {place}.",
    "de": "„So etwas hat hier noch niemand erlebt“, sagte {name}, der in {place} wohnt.",
}

_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
}
_ORG_KINDS = {
    "quake": ["Seismic Institute", "Civil Protection Agency"],
    "summit": ["Foreign Ministry", "Trade Council"],
    "match": ["Football Federation", "Cup Committee"],
    "election": ["Electoral Commission", "Election Board"],
    "fire": ["Metals", "Chemicals", "Textiles"],
    "bank": ["Bank", "Savings Bank", "Trust"],
    "verdict": ["District Court", "Justice Ministry"],
    "storm": ["Weather Service", "Meteorological Office"],
}


@dataclass
class SynthEvent:
    id: str
    kind: str
    date: dt.date
    slots: dict[str, str]
    twin_of: str | None = None
    articles: list[str] = field(default_factory=list)


class _Names:
    """Invented, pronounceable names; each is used once per stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def word(self, syllables: int) -> str:
        tries = 0
        while True:
            # a crowded name space (large streams) gets longer words instead of endless retries
            n = syllables + tries // 8
            w = "".join(self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS) for _ in range(n))
            w = (w + self.rng.choice(_CODAS)).capitalize()
            if w not in self.used and len(w) >= 4:
                self.used.add(w)
                return w
            tries += 1

    def person(self) -> str:
        return f"{self.word(2)} {self.word(self.rng.choice((2, 3)))}"


def _numbers(kind: str, rng: random.Random) -> dict[str, str]:
    if kind == "quake":
        n1 = f"{rng.randint(50, 79) / 10:.1f}"
    elif kind == "match":
        a = rng.randint(1, 5)
        n1 = f"{a}-{rng.randint(0, a - 1)}"
    else:
        n1 = str(rng.randint(3, 95))
    return {"n1": n1, "n2": str(rng.randint(12, 9000)), "n3": str(rng.randint(11, 89))}


def _render(template: str, slots: dict[str, str], lang: str) -> str:
    values = dict(slots)
    values["country"] = slots["country"] + _COUNTRY_ENDINGS[lang]
    if lang == "fr":  # French writes decimal commas
        values["n1"] = slots["n1"].replace(".", ",")
    return template.format(**values)


def generate(
    n_articles: int,
    seed: int = 0,
    start: dt.date = dt.date(2021, 1, 1),
    events_per_day: float = 12.0,
    twin_rate: float = 0.15,
    undated_rate: float = 0.2,
    untitled_rate: float = 0.3,
) -> tuple[list[dict[str, Any]], list[SynthEvent]]:
    """(records, events). Records are corpus-shaped dicts with a gold `event_id`, sorted by
    publication day (as a live stream would bring them, undated ones among their peers)."""
    rng = random.Random(seed)
    names = _Names(rng)
    # each country has its leader: they appear together, as a real head of state does
    countries = [(names.word(2), names.person()) for _ in range(max(10, n_articles // 150))]
    outlets = [
        f"{names.word(2).lower()}-{rng.choice(['times', 'post', 'news', 'daily', 'info'])}.example"
        for _ in range(max(20, n_articles // 50))
    ]
    events: list[SynthEvent] = []
    records: list[tuple[int, dict[str, Any]]] = []
    kinds = sorted(TEMPLATES)
    total = 0
    day = 0.0
    while total < n_articles:
        day += rng.expovariate(events_per_day)
        date = start + dt.timedelta(days=int(day))
        twin = rng.random() < twin_rate and events
        if twin:
            base = rng.choice(events[-200:])
            kind = base.kind
            slots = dict(base.slots)
            slots["place"] = names.word(rng.choice((2, 3)))
            slots.update(_numbers(kind, rng))
            if kind in ("match", "verdict", "storm"):
                slots["person"] = names.person()
            # a twin happens weeks to months after its model
            date = base.date + dt.timedelta(days=rng.randint(21, 300))
        else:
            kind = rng.choice(kinds)
            country, leader = rng.choice(countries)
            slots = {
                "place": names.word(rng.choice((2, 3))),
                "country": country,
                "leader": leader,
                "person": names.person(),
                "org": f"{names.word(2)} {rng.choice(_ORG_KINDS[kind])}",
                **_numbers(kind, rng),
            }
        # the wording most reports copy (from a wire story), and the event's angle
        slots["house"] = str(rng.randrange(len(TEMPLATES[kind]["en"]["lead"])))
        slots["angle"] = str(rng.randrange(len(ANGLES["en"])))
        ev = SynthEvent(
            id=f"syn-{len(events):06d}",
            kind=kind,
            date=date,
            slots=slots,
            twin_of=base.id if twin else None,
        )
        events.append(ev)
        size = min(n_articles - total, 1 + int(rng.expovariate(1 / 5.0)))
        for _ in range(size):
            rec = _article(ev, rng, names, outlets, untitled_rate)
            ev.articles.append(rec["id"])
            published = ev.date + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
            if rng.random() >= undated_rate:
                rec["published"] = published.isoformat()
            records.append((published.toordinal(), rec))
        total += size
    records.sort(key=lambda r: r[0])
    return [r for _, r in records], events


def _article(
    ev: SynthEvent,
    rng: random.Random,
    names: _Names,
    outlets: list[str],
    untitled_rate: float,
) -> dict[str, Any]:
    lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
    t = TEMPLATES[ev.kind][lang]
    slots = dict(ev.slots, weekday=_WEEKDAYS[lang][ev.date.weekday()])
    title = _render(rng.choice(t["title"]), slots, lang)
    house = int(slots["house"]) if rng.random() < 0.7 else rng.randrange(len(t["lead"]))
    lead = _render(t["lead"][house], slots, lang)
    lead += " " + _render(ANGLES[lang][int(slots["angle"])], slots, lang)
    details = [_render(d, slots, lang) for d in rng.sample(t["detail"], rng.randint(1, 3))]
    # every outlet talks to its own witness: no two reports are the same text
    witness = WITNESS[lang].format(name=names.person(), place=slots["place"])
    details.insert(rng.randrange(len(details) + 1), witness)
    body = "\n\n".join([lead, *details])
    outlet = rng.choice(outlets)
    art_id = f"s{rng.getrandbits(48):012x}"
    return {
        "id": art_id,
        "event_id": ev.id,
        "url": f"https://{outlet}/{ev.date.year}/{art_id}",
        "outlet": outlet,
        "lang": lang,
        "published": None,
        "title": None if rng.random() < untitled_rate else title,
        "text": body if rng.random() < untitled_rate else f"{title}\n\n{body}",
    }


def articles(n_articles: int, seed: int = 0, **kwargs: Any) -> tuple[list[Article], dict[str, str]]:
    """(articles, gold event id per article id) of a synthetic stream."""
    records, _ = generate(n_articles, seed, **kwargs)
    out = [
        Article(
            id=r["id"],
            text=r["text"],
            title=r["title"],
            outlet=r["outlet"],
            published=r["published"],
            lang=r["lang"],
            url=r["url"],
        )
        for r in records
    ]
    return out, {r["id"]: r["event_id"] for r in records}


def iter_jsonl(records: list[dict[str, Any]], with_labels: bool = False) -> Iterator[str]:
    """JSON lines of the records (without the gold label unless asked)."""
    import json

    for r in records:
        rec = r if with_labels else {k: v for k, v in r.items() if k != "event_id"}
        yield json.dumps(rec, ensure_ascii=False)

