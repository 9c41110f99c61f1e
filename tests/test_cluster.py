"""Event clustering on invented multilingual reports (real embedder; the model is local).

The fixtures: a dam failure told in four languages, two summits of the same two leaders
months apart, and two earthquakes in the same country a year apart. Every name, place and
number is made up.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from newsweave.cluster import (
    ClusterConfig,
    Features,
    MemberInfo,
    OnlineClusterer,
    cluster_articles,
    extract,
)
from newsweave.cluster.evaluate import bcubed
from newsweave.model import Article

# (event, id, lang, published, title, text)
REPORTS = [
    # a dam fails at Lake Orvel, Maravia: five reports in four languages
    ("dam", "dam-en1", "en", "2031-04-07", "Dam at Lake Orvel collapses, 34 dead",
     "The Orvel dam in Maravia gave way on Monday night, flooding the villages of Brenfeld "
     "and Ostry. At least 34 people died and 1,200 were evacuated, governor Ilsa Tarnow said."),
    ("dam", "dam-fr", "fr", "2031-04-07", "Rupture du barrage du lac Orvel: 34 morts",
     "Le barrage d'Orvel, en Maravie, a cédé lundi soir, inondant les villages de Brenfeld "
     "et d'Ostry. Au moins 34 personnes sont mortes et 1 200 ont été évacuées, selon la "
     "gouverneure Ilsa Tarnow."),
    ("dam", "dam-es", "es", "2031-04-08", None,
     "La presa de Orvel, en Maravia, se rompió el lunes por la noche e inundó los pueblos de "
     "Brenfeld y Ostry. Al menos 34 personas murieron y 1.200 fueron evacuadas, dijo la "
     "gobernadora Ilsa Tarnow."),
    ("dam", "dam-de", "de", None, "Dammbruch am Orvel-See: 34 Tote",
     "Der Orvel-Staudamm in Maravien ist am Montagabend gebrochen und hat die Dörfer "
     "Brenfeld und Ostry überflutet. Mindestens 34 Menschen starben, 1200 wurden "
     "evakuiert, sagte Gouverneurin Ilsa Tarnow."),
    ("dam", "dam-en2", "en", "2031-04-08", "Rescuers search flooded Brenfeld after Orvel dam burst",
     "Rescue teams searched flooded homes in Brenfeld on Tuesday, a day after the Orvel dam "
     "burst. Governor Ilsa Tarnow raised the toll to 34 and asked for army help."),
    # two summits of the same leaders, Kasimir Vell (Maravia) and Odile Ranst (Estoria)
    ("summit1", "s1-en1", "en", "2031-05-12", "Vell and Ranst sign pipeline deal in Port Lune",
     "President Kasimir Vell of Maravia and Chancellor Odile Ranst of Estoria signed a joint "
     "statement in Port Lune on Monday, agreeing to build a 540 km gas pipeline."),
    ("summit1", "s1-fr", "fr", "2031-05-12", None,
     "Le président maravien Kasimir Vell et la chancelière estorienne Odile Ranst ont signé "
     "lundi à Port Lune une déclaration commune pour construire un gazoduc de 540 km."),
    ("summit1", "s1-en2", "en", None, "Port Lune summit: what the pipeline deal means",
     "The 540 km pipeline agreed by Kasimir Vell and Odile Ranst at their first summit in "
     "Port Lune will carry gas from Maravia to Estoria from 2034."),
    ("summit2", "s2-en1", "en", "2031-11-20", "Vell-Ranst summit in Tessaly ends without deal",
     "The second summit between President Kasimir Vell and Chancellor Odile Ranst ended "
     "abruptly in Tessaly on Thursday without an agreement on fishing rights."),
    ("summit2", "s2-es", "es", "2031-11-20", None,
     "La segunda cumbre entre el presidente Kasimir Vell y la canciller Odile Ranst terminó "
     "de forma abrupta el jueves en Tessaly sin acuerdo sobre los derechos de pesca."),
    ("summit2", "s2-de", "de", None, "Gipfel in Tessaly gescheitert",
     "Der zweite Gipfel von Präsident Kasimir Vell und Kanzlerin Odile Ranst in Tessaly ist "
     "am Donnerstag ohne Einigung über die Fischereirechte zu Ende gegangen."),
    # two earthquakes in Maravia
    ("quake1", "q1-en", "en", "2031-02-02", "Magnitude 6.1 quake hits Karsk",
     "A magnitude 6.1 earthquake struck near Karsk in northern Maravia on Sunday, killing "
     "12 people and damaging the old fortress, the Maravian seismic agency said."),
    ("quake1", "q1-fr", "fr", None, None,
     "Un séisme de magnitude 6,1 a frappé dimanche près de Karsk, dans le nord de la "
     "Maravie, faisant 12 morts et endommageant la vieille forteresse."),
    ("quake1", "q1-de", "de", "2031-02-03", None,
     "Ein Erdbeben der Stärke 6,1 hat am Sonntag die Gegend um Karsk im Norden Maraviens "
     "erschüttert; 12 Menschen starben, die alte Festung wurde beschädigt."),
    ("quake2", "q2-en", "en", "2032-03-15", "Quake of magnitude 5.4 shakes Dolm",
     "A magnitude 5.4 earthquake shook the port city of Dolm in southern Maravia on "
     "Monday, injuring 40 people and cutting power to the harbour, the seismic agency said."),
    ("quake2", "q2-es", "es", None, None,
     "Un terremoto de magnitud 5,4 sacudió el lunes la ciudad portuaria de Dolm, en el sur "
     "de Maravia, hirió a 40 personas y dejó sin luz el puerto."),
    ("quake2", "q2-fr", "fr", "2032-03-15", None,
     "Un séisme de magnitude 5,4 a secoué lundi la ville portuaire de Dolm, dans le sud de "
     "la Maravie, blessant 40 personnes et privant le port d'électricité."),
]  # fmt: skip


def _articles() -> tuple[list[Article], dict[str, str]]:
    arts = [
        Article(id=i, text=text, title=title, lang=lang, published=pub, outlet=f"{i}.example")
        for _, i, lang, pub, title, text in REPORTS
    ]
    return arts, {i: ev for ev, i, *_ in REPORTS}


def _groups(events: list) -> set[frozenset[str]]:  # type: ignore[type-arg]
    return {frozenset(e.articles) for e in events}


def _gold_groups(gold: dict[str, str]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for a, ev in gold.items():
        by.setdefault(ev, set()).add(a)
    return {frozenset(v) for v in by.values()}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_batch_clustering_joins_languages_and_keeps_confusables_apart(seed: int) -> None:
    arts, gold = _articles()
    random.Random(seed).shuffle(arts)
    events = cluster_articles(arts)
    assert sorted(a for e in events for a in e.articles) == sorted(gold)  # each exactly once
    assert _groups(events) == _gold_groups(gold)


def test_event_fields() -> None:
    arts, _ = _articles()
    events = cluster_articles(arts)
    dam = next(e for e in events if "dam-en1" in e.articles)
    assert dam.date == "2031-04-07" and dam.first_date == "2031-04-07"
    assert dam.last_date == "2031-04-08"
    assert set(dam.languages) == {"en", "fr", "es", "de"}
    assert dam.independent_sources == 5 and dam.id.startswith("ev-")
    assert "Orvel" in dam.title


def test_online_order_keeps_dated_confusables_apart() -> None:
    # the incremental path (no finishing pass, input order): the second summit arrives while
    # only the first exists, and its date alone must keep it out
    arts, gold = _articles()
    arts.sort(key=lambda a: (a.published or "9999", a.id))
    events = cluster_articles(arts, order="input", refine=False)
    p, r, f = bcubed({a: e.id for e in events for a in e.articles}, gold)
    assert p == 1.0 and f >= 0.8
    summit2 = next(e for e in events if "s2-en1" in e.articles)
    assert "s1-en1" not in summit2.articles


# -- merging, on controlled vectors --------------------------------------------------------


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def _art(i: str, text: str, published: str = "2031-06-01") -> Article:
    return Article(id=i, text=text, published=published)


def _background(n: int) -> list[Features]:
    """Features of other stories, so that idf sees the flood's names as rare (as in a store)."""
    return [
        Features(lead="", names=frozenset({f"k{i}", f"m{i % 7}"}), numbers=frozenset(),
                 years=frozenset(), date=None, dated=False)
        for i in range(n)
    ]  # fmt: skip


def test_bridging_article_merges_two_events_and_the_older_id_survives() -> None:
    dim = 8
    u = _unit(np.eye(dim)[0])
    # two reports of one flood whose vectors are far apart (say, two languages the model
    # aligns poorly): each starts an event; a third close to both then joins them up
    w = _unit(np.eye(dim)[0] * 0.2 + np.eye(dim)[1])  # cos(u, w) ~ 0.2
    c = OnlineClusterer(dim, ClusterConfig())
    a1 = _art("a1", "Flood in Orvel: Ilsa Tarnow orders Brenfeld evacuated, 340 homes lost.")
    a2 = _art("a2", "Crue à Orvel : Ilsa Tarnow fait évacuer Brenfeld et le pont de Dolvan.")
    bridge = _art(
        "b",
        "Flood in Orvel: Ilsa Tarnow closes the Dolvan bridge as Brenfeld is evacuated; "
        "340 homes lost.",
    )
    infos = [MemberInfo(id=a.id) for a in (a1, a2, bridge)]
    feats = [extract(a) for a in (a1, a2, bridge)]
    c.observe(feats + _background(300))
    first = c.add_batch([1], feats[:1], u[None, :], infos[:1], observed=True)
    second = c.add_batch([2], feats[1:2], w[None, :], infos[1:2], observed=True)
    assert first[0].created and second[0].created and first[0].event != second[0].event
    out = c.add_batch([3], feats[2:], _unit(u + w)[None, :], infos[2:], observed=True)
    assert out[0].merged == [second[0].event]  # the younger event was absorbed
    assert out[0].event == first[0].event  # the older id survives
    assert c.resolve(second[0].event) == first[0].event
    assert len(c.events) == 1 and sorted(c.events[first[0].event].members) == [1, 2, 3]


def test_distant_dates_block_a_merge() -> None:
    dim = 8
    u = _unit(np.eye(dim)[0])
    c = OnlineClusterer(dim, ClusterConfig())
    arts = [
        _art("x1", "Kasimir Vell meets Odile Ranst in Port Lune.", "2031-05-12"),
        _art("x2", "Kasimir Vell meets Odile Ranst in Port Lune.", "2031-11-20"),
    ]
    feats = [extract(a) for a in arts]
    out = c.add_batch([1, 2], feats, np.stack([u, u]), [MemberInfo(id=a.id) for a in arts])
    assert out[1].created  # same words, same vector, six months apart: another event
