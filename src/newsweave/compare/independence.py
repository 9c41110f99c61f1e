"""Which articles are one witness: wire copies, syndicated reprints and translations.

A fact repeated by five reprints of one Reuters story is still single-source. Articles are
joined (union-find) when

- their texts are near-duplicates: containment of normalised word 4-gram shingles, which
  tolerates excerpts cut at different lengths and a changed word or two;
- one is a translation or close rewrite of the other: most sentences of the shorter one have
  a near-identical embedding in the other, in the same order; where only half of them do,
  the matches must hold a run of consecutive sentences (a translated block with the
  outlet's own additions), as two independent reports of one event also match sentence
  by sentence (the same facts in the usual order, the same quotations) but here and there;
- they carry the same wire credit (`Article.wire`);
- one is flagged `syndicated` and its closest article is a looser near-duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.compare.pairs import close_pairs
from newsweave.model import Article, SourceGroup
from newsweave.text.fold import fold
from newsweave.unionfind import DisjointSets

SHINGLE = 4
DUP_CONTAINMENT = 0.5  # share of the shorter text's shingles found in the other
# Page excerpts of one wire story often start at different places (captions, teasers), so a
# lower share still means a copy when the overlap is long in absolute terms.
DUP_CONTAINMENT_LONG = 0.3
DUP_SHARED_LONG = 40
SYNDICATED_CONTAINMENT = 0.25
ALIGN_COS = 0.7  # a sentence and its translation (USE: 0.6-0.9 for translations)
ALIGN_COS_SAME_LANG = 0.88  # same language: independent paraphrases of one fact reach ~0.85
ALIGN_FRACTION = 0.6  # share of the shorter article's sentences aligned in order
ALIGN_FRACTION_LONG = 0.5  # ... or a long run of aligned sentences:
MIN_ALIGNED_LONG = 6  # this many aligned sentences of the shorter article in a row,
RUN_GAP = 1  # ... but for at most this many unaligned ones between two,
RUN_STEP = 2  # ... their matches in the other at most this many sentences apart a step
SYNDICATED_FRACTION = 0.4
MIN_ALIGNED = 3
# Events with more articles compare only candidate pairs (`candidate_pairs`), not all pairs.
ALL_PAIRS_MAX = 100
POSTING_MAX = 48  # a shingle in more articles pairs each with the next, not with all

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class PairEvidence:
    """How strongly two articles look like copies of one another."""

    containment: float
    aligned: int
    aligned_fraction: float
    shared: int = 0
    run: int = 0  # the longest run of consecutive aligned sentences (`_longest_run`)

    @property
    def duplicate(self) -> bool:
        return self.containment >= DUP_CONTAINMENT or (
            self.containment >= DUP_CONTAINMENT_LONG and self.shared >= DUP_SHARED_LONG
        )

    @property
    def translation(self) -> bool:
        return (self.aligned >= MIN_ALIGNED and self.aligned_fraction >= ALIGN_FRACTION) or (
            self.run >= MIN_ALIGNED_LONG and self.aligned_fraction >= ALIGN_FRACTION_LONG
        )


def _shingles(text: str) -> set[int]:
    words = [fold(w) for w in _WORD.findall(text)]
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def _best_matches(sim: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """For each sentence of the shorter side (rows of `sim` or of its transpose), its best
    match on the other and whether that reaches `threshold`."""
    if sim.shape[0] > sim.shape[1]:
        sim = sim.T
    best = sim.argmax(axis=1)
    return best, sim[np.arange(sim.shape[0]), best] >= threshold


def _aligned_in_order(sim: np.ndarray, threshold: float) -> int:
    """Length of the longest chain of sentence matches (>= threshold) that keeps order."""
    if sim.size == 0:
        return 0
    best, ok = _best_matches(sim, threshold)
    seq = [int(j) for j, good in zip(best, ok, strict=True) if good]
    # longest non-decreasing subsequence (patience sorting)
    tails: list[int] = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] <= x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)


def _longest_run(sim: np.ndarray, threshold: float) -> int:
    """The most aligned sentences (best match >= threshold) of the shorter side in one
    stretch: each at most RUN_GAP + 1 sentences after the one before, its match in the other
    at most RUN_STEP sentences further on per step (a translation may split, merge or drop a
    sentence). A translated block, not facts told in the usual order here and there."""
    if sim.size == 0:
        return 0
    best, ok = _best_matches(sim, threshold)
    longest = run = 0
    last = -1
    for i in np.flatnonzero(ok):
        step = i - last
        if run and step <= RUN_GAP + 1 and 0 <= best[i] - best[last] <= RUN_STEP * step:
            run += 1
        else:
            run = 1
        last = i
        longest = max(longest, run)
    return longest


def _sentence_vectors(
    articles: Sequence[Article], vectors: dict[str, np.ndarray] | None, embedder: object | None
) -> dict[str, np.ndarray]:
    if vectors is not None:
        return vectors
    if embedder is None:
        from newsweave.embed import get_embedder

        embedder = get_embedder()
    texts = [s.text for a in articles for s in a.sentences]
    flat = embedder.encode(texts) if texts else np.zeros((0, 1), dtype=np.float32)  # type: ignore[attr-defined]
    out: dict[str, np.ndarray] = {}
    pos = 0
    for a in articles:
        out[a.id] = flat[pos : pos + len(a.sentences)]
        pos += len(a.sentences)
    return out


def pair_evidence(
    a: Article, b: Article, va: np.ndarray, vb: np.ndarray, sa: set[int], sb: set[int]
) -> PairEvidence:
    """Shingle containment and ordered sentence alignment of two articles."""
    small = min(len(sa), len(sb))
    shared = len(sa & sb)
    containment = shared / small if small >= 5 else 0.0
    aligned, fraction, run = 0, 0.0, 0
    if len(va) and len(vb):
        same_lang = (a.lang or "") == (b.lang or "")
        threshold = ALIGN_COS_SAME_LANG if same_lang else ALIGN_COS
        sim = va @ vb.T
        aligned = _aligned_in_order(sim, threshold)
        fraction = aligned / min(len(va), len(vb))
        run = _longest_run(sim, threshold)
    return PairEvidence(containment, aligned, fraction, shared, run)


def candidate_pairs(
    articles: Sequence[Article], vecs: dict[str, np.ndarray], shingles: list[set[int]]
) -> list[tuple[int, int]]:
    """Article pairs (i < j) that may be copies, for events too big to compare all pairs:
    those sharing a word 4-gram (a 4-gram found in more than POSTING_MAX articles links each
    of them to the next only; union-find joins the rest through their other shared 4-grams)
    and those with a pair of sentences at the translation cosine (`compare.pairs.close_pairs`:
    usearch neighbours past its exact size), so time grows with sentences, not their square."""
    pairs: set[tuple[int, int]] = set()
    postings: dict[int, list[int]] = {}
    for i, sh in enumerate(shingles):
        for h in sh:
            postings.setdefault(h, []).append(i)
    for members in postings.values():
        if len(members) > POSTING_MAX:
            pairs.update(zip(members, members[1:], strict=False))
        elif len(members) > 1:
            pairs.update(
                (a, b) for k, a in enumerate(members) for b in members[k + 1 :]
            )
    owner = np.concatenate(
        [np.full(len(vecs[a.id]), k, dtype=np.int64) for k, a in enumerate(articles)]
    )
    if len(owner):
        flat = np.vstack([vecs[a.id] for a in articles]).astype(np.float32)
        flat /= np.maximum(np.linalg.norm(flat, axis=1, keepdims=True), 1e-12)
        for r, s, _ in close_pairs(flat, ALIGN_COS):
            i, j = int(owner[r]), int(owner[s])
            if i != j:
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def _norm_wire(wire: str | None) -> str | None:
    if not wire:
        return None
    key = re.sub(r"[^a-z]", "", fold(wire))
    return {"agencefrancepresse": "afp", "associatedpress": "ap", "reuter": "reuters"}.get(
        key, key
    ) or None


def source_groups(
    articles: Sequence[Article],
    *,
    vectors: dict[str, np.ndarray] | None = None,
    embedder: object | None = None,
) -> list[SourceGroup]:
    """Partition `articles` into independent witnesses, ids "S1", "S2", ... in article order.

    `vectors` maps article id to its sentence embeddings (rows in `Article.sentences` order);
    they are computed with `embedder` (default: `get_embedder()`) when not given.
    """
    n = len(articles)
    vecs = _sentence_vectors(articles, vectors, embedder)
    shingles = [_shingles(a.text) for a in articles]
    union: DisjointSets[int] = DisjointSets(range(n))
    reasons: dict[tuple[int, int], str] = {}
    evidence: dict[tuple[int, int], PairEvidence] = {}
    if n > ALL_PAIRS_MAX:
        pairs = candidate_pairs(articles, vecs, shingles)
    else:
        pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    for i, j in pairs:
        a, b = articles[i], articles[j]
        ev = pair_evidence(a, b, vecs[a.id], vecs[b.id], shingles[i], shingles[j])
        evidence[i, j] = ev
        if ev.duplicate:
            reasons[i, j] = (
                f"near-duplicate text: {a.id} and {b.id} "
                f"({ev.containment:.0%} of word 4-grams shared)"
            )
        elif ev.translation:
            what = "translation" if a.lang != b.lang else "rewrite"
            reasons[i, j] = (
                f"{what} of one report: {a.id} and {b.id} "
                f"({ev.aligned} sentences aligned in order)"
            )
    wires: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        key = _norm_wire(a.wire)
        if key:
            wires.setdefault(key, []).append(i)
    for key, members in wires.items():
        for j in members[1:]:
            reasons.setdefault((members[0], j), f"same wire credit ({key.upper()})")
    for i, j in reasons:
        union.union(i, j)
    # A syndicated article with no copy found so far joins its closest looser match.
    for i, a in enumerate(articles):
        if not a.syndicated or any(union.find(k) == union.find(i) for k in range(n) if k != i):
            continue
        best, best_score = None, 0.0
        for j in range(n):
            if j == i:
                continue
            ev = evidence.get((min(i, j), max(i, j)))
            if ev is None:  # not a candidate pair: nothing in common
                continue
            score = max(
                ev.containment / SYNDICATED_CONTAINMENT,
                ev.aligned_fraction / SYNDICATED_FRACTION if ev.aligned >= MIN_ALIGNED else 0.0,
            )
            if score >= 1.0 and score > best_score:
                best, best_score = j, score
        if best is not None:
            union.union(i, best)
            reasons[min(i, best), max(i, best)] = (
                f"syndicated copy: {a.id} reprints {articles[best].id}"
            )
    roots: dict[int, list[int]] = {}
    for i in range(n):
        roots.setdefault(union.find(i), []).append(i)
    groups: list[SourceGroup] = []
    for members in sorted(roots.values(), key=lambda m: m[0]):
        inside = set(members)
        why = [r for (i, j), r in sorted(reasons.items()) if i in inside and j in inside]
        groups.append(SourceGroup(f"S{len(groups) + 1}", [articles[i].id for i in members], why))
    return groups


def group_index(groups: Sequence[SourceGroup]) -> dict[str, str]:
    """Article id -> source group id."""
    return {aid: g.id for g in groups for aid in g.articles}
