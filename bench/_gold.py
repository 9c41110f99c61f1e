"""Matching a dossier against a hand annotation (gold.json / events.json event)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from newsweave.model import Dossier, Fact

TEXT_SIM = 0.5  # a dossier fact "talks about" a gold fact when some support sentence is this close


def support_f1(pred: set[str], gold: set[str]) -> float:
    hit = len(pred & gold)
    if not hit:
        return 0.0
    p, r = hit / len(pred), hit / len(gold)
    return 2 * p * r / (p + r)


@dataclass
class FactMatch:
    gold_id: str
    fact: Fact | None  # best dossier fact among the text-similar ones
    f1: float  # its support F1
    oracle_f1: float  # best support F1 over all dossier facts, whatever their text
    sim: float


def match_facts(
    dossier: Dossier, key_facts: list[dict[str, Any]], embedder: Any
) -> list[FactMatch]:
    """For each gold fact, the dossier fact with the best support F1 among those whose
    text (any supporting sentence) has cosine >= TEXT_SIM with the gold wording."""
    gold_vecs = embedder.encode([k["fact"] for k in key_facts])
    fact_vecs = [embedder.encode([c.text for c in f.support] + [f.text]) for f in dossier.facts]
    out = []
    for k, g in zip(key_facts, gold_vecs, strict=True):
        gold = set(k["support"])
        best: tuple[float, float, Fact | None] = (0.0, 0.0, None)
        oracle = 0.0
        for f, vecs in zip(dossier.facts, fact_vecs, strict=True):
            f1 = support_f1({c.article for c in f.support}, gold)
            oracle = max(oracle, f1)
            sim = float(np.max(vecs @ g))
            if sim >= TEXT_SIM and (f1, sim) > best[:2]:
                best = (f1, sim, f)
        out.append(FactMatch(k["id"], best[2], best[0], oracle, best[1]))
    return out


def summary_coverage(
    dossier: Dossier, key_facts: list[dict[str, Any]], top: int, embedder: Any
) -> tuple[list[str], dict[str, str], list[str]]:
    """(top gold fact ids, {covered gold id: summary fact id}, gold ids whose covering item
    cites an article outside the gold support). An item covers a gold fact when its text
    has cosine >= TEXT_SIM with the gold wording and its fact's support F1 with the gold support
    is >= 0.5 (the best such item by the sum of both)."""
    ranked = sorted(key_facts, key=lambda k: -len(k["support"]))[:top]
    facts = {f.id: f for f in dossier.facts}
    if not dossier.summary:
        return [k["id"] for k in ranked], {}, []
    item_vecs = embedder.encode([s.text for s in dossier.summary])
    covered: dict[str, str] = {}
    bad = []
    for k in ranked:
        g = embedder.encode([k["fact"]])[0]
        sims = item_vecs @ g
        gold = set(k["support"])
        best, hit = 0.0, None
        for item, sim in zip(dossier.summary, sims, strict=True):
            fact = facts.get(item.fact or "")
            f1 = support_f1({c.article for c in fact.support}, gold) if fact else 0.0
            if sim >= TEXT_SIM and f1 >= 0.5 and sim + f1 > best:
                best, hit = float(sim + f1), item
        if hit is not None:
            covered[k["id"]] = hit.fact or "?"
            if not set(hit.citations) <= set(k["support"]):
                bad.append(k["id"])
    return [k["id"] for k in ranked], covered, bad


def divergence_found(dossier: Dossier, gold_articles: list[str]) -> bool:
    """A gold divergence is found when one of ours shares >= 2 of its articles (or all,
    when it names fewer) and at least half of our divergence's articles are among them
    (a big quote group touching everything does not count as finding everything)."""
    gold = set(gold_articles)
    need = min(2, len(gold))
    for d in dossier.divergences:
        ours = {v.article for v in d.variants}
        if len(ours & gold) >= need and len(ours & gold) >= len(ours) / 2:
            return True
    return False


def quote_found(dossier: Dossier, speaker: str, articles: list[str]) -> bool:
    """A gold quote group is found when one of ours names the speaker's surname and shares
    >= half of its articles (at least one)."""
    surname = speaker.split("(")[0].split(",")[0].strip().split()[-1].lower()
    gold = set(articles)
    for q in dossier.quotes:
        if q.speaker and surname in q.speaker.lower():
            if len({v.article for v in q.variants} & gold) >= max(1, len(gold) / 2):
                return True
    return False
