"""Source groups: near-duplicates, syndicated copies, wire credits, translations."""

from __future__ import annotations

import numpy as np

from helpers import make_article
from newsweave.compare.independence import group_index, source_groups


class OrthogonalEmbedder:
    """Every distinct text gets its own axis: no two sentences look alike."""

    name, dim = "orthogonal", 256

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, self.seen.setdefault(t, len(self.seen) % self.dim)] = 1.0
        return out


WIRE = (
    "Storm Berit cut power to 40,000 homes in the Lund valley on Tuesday, the regional grid "
    "operator said. Crews worked through the night to clear fallen trees from the main road. "
    "The weather office expects winds to ease by Thursday morning. Schools in three villages "
    "stayed closed as a precaution. The operator said most homes should have power again by "
    "the weekend."
)


def test_copies_syndication_and_wire_credit() -> None:
    original = make_article("wire", WIRE, outlet="Valley Wire")
    # a reprint with a changed word and a dropped sentence: a near-duplicate
    reprint = make_article(
        "reprint", WIRE.replace("Crews worked", "Teams worked").rsplit(" The operator", 1)[0]
    )
    # a syndicated copy that kept the lead and rewrote the rest: too little overlap for the
    # near-duplicate rule, enough for a reprint flagged as syndicated
    syndicated = make_article(
        "synd",
        WIRE.split(". ")[0] + ". Residents of the upper valley were told to stay indoors, "
        "to keep away from the swollen river banks and to check on elderly neighbours until "
        "the wind drops. Several ferries between the islands were cancelled for the day and "
        "the regional airport reported delays on most morning flights.",
        syndicated=True,
        outlet="Daily Mirror",
    )
    # two different texts credited to the same agency
    agency_a = make_article(
        "agency-a",
        "Rail traffic in the valley resumed after a fallen tree was removed.",
        wire="Nordic Press Agency",
    )
    agency_b = make_article(
        "agency-b",
        "Farmers in the lowlands fear flooding once the snow starts to melt.",
        wire="NORDIC PRESS AGENCY",
    )
    own = make_article(
        "own",
        "Our reporter spent the night with the repair crews near the dam, where the "
        "wind tore the roof off a barn and scattered hay across the road.",
    )
    articles = [original, reprint, syndicated, agency_a, agency_b, own]
    groups = source_groups(articles, embedder=OrthogonalEmbedder())
    index = group_index(groups)
    assert sorted(a for g in groups for a in g.articles) == sorted(a.id for a in articles)
    assert index["wire"] == index["reprint"] == index["synd"]
    assert index["agency-a"] == index["agency-b"] != index["wire"]
    assert len({index["own"], index["wire"], index["agency-a"]}) == 3
    assert [g.id for g in groups] == [f"S{i}" for i in range(1, len(groups) + 1)]
    wire_group = next(g for g in groups if "wire" in g.articles)
    assert any("near-duplicate" in r for r in wire_group.reasons)
    assert any("syndicated" in r for r in wire_group.reasons)
    agency_group = next(g for g in groups if "agency-a" in g.articles)
    assert any("wire credit" in r for r in agency_group.reasons)
    assert next(g for g in groups if "own" in g.articles).reasons == []


def test_translation_of_one_report_is_one_witness() -> None:
    en = make_article("en", WIRE)
    fr = make_article(
        "fr",
        "La tempête Berit a privé d'électricité 40 000 foyers dans la vallée de Lund mardi, "
        "a indiqué le gestionnaire du réseau régional. Les équipes ont travaillé toute la nuit "
        "pour dégager les arbres tombés sur la route principale. Le service météo prévoit une "
        "baisse du vent jeudi matin. Les écoles de trois villages sont restées fermées par "
        "précaution. Selon le gestionnaire, la plupart des foyers devraient retrouver "
        "l'électricité d'ici le week-end.",
        lang="fr",
    )
    other = make_article(
        "other",
        "The county council will debate a new budget for road maintenance next month. "
        "Opposition members want more money for cycle paths. A vote is expected in spring.",
    )
    index = group_index(source_groups([en, fr, other]))
    assert index["en"] == index["fr"] != index["other"]


def _matched_vectors(n: int, matches: dict[int, int], base: int, dim: int = 64) -> np.ndarray:
    """Unit vectors for `n` sentences: sentence i on axis matches[i] (its counterpart's in
    the other article), else on an axis of its own from `base` on."""
    out = np.zeros((n, dim), dtype=np.float32)
    for i in range(n):
        out[i, matches.get(i, base + i)] = 1.0
    return out


def _numbered(aid: str, n: int, lang: str) -> object:
    return make_article(aid, " ".join(f"Sentence {k} of report {aid}." for k in range(n)), lang=lang)


def test_independent_reports_matching_here_and_there_are_not_a_translation() -> None:
    """Two reports of one event in two languages match sentence by sentence on what everyone
    reports (the lead, the toll, the quotation), in the usual order but here and there: half
    of the shorter one matched, never in a stretch. A translation with the outlet's own
    additions matches a block of consecutive sentences (the Spanish paper's own report of a
    strike had been grouped as a translation of the wire story, one witness fewer)."""
    wire = _numbered("wire", 17, "en")
    own = _numbered("own", 12, "es")
    scattered = {0: 0, 1: 1, 4: 3, 6: 12, 8: 14, 11: 16}
    vectors = {"wire": _matched_vectors(17, {}, 0), "own": _matched_vectors(12, scattered, 30)}
    index = group_index(source_groups([wire, own], vectors=vectors))
    assert index["wire"] != index["own"]
    # a translated block (one sentence dropped, one not matched) and six sentences of its own
    block = {0: 0, 1: 1, 2: 2, 3: 3, 5: 6, 6: 7, 7: 8}
    translated = _numbered("translated", 14, "es")
    vectors = {"wire": _matched_vectors(17, {}, 0), "translated": _matched_vectors(14, block, 30)}
    index = group_index(source_groups([wire, translated], vectors=vectors))
    assert index["wire"] == index["translated"]
