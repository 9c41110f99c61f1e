"""Incremental event clustering: each article joins its best-scoring event or starts one.

Candidates come from an ANN index of article vectors (plus the not-yet-indexed
articles of the current batch, compared exactly). Each candidate event is scored as

    content + evidence - time penalty - density

- content: cosine to the event centroid and to its closest member (title + lead embeddings);
- evidence: idf-weighted overlap of the article's capitalised names and its numbers
  (magnitudes, scores, tolls) with the event's profiles (how many members mention each);
  a grown event asks for some of it (`evidence_floor`), so a centroid blurred by look-alike
  stories cannot pull in every story of its kind;
- time: a penalty growing with the distance between the article's date and the event's
  span (a smaller one when an undated article names a year after the event);
- density: how close the article is to events that are surely not its own (no shared
  names, or another time). Where many events are told alike (a day of match reports),
  content must rise above that background.

Names, numbers and time keep confusable events apart (two summits of the same leaders,
two earthquakes in one country): their embeddings are nearly as close as one event's.
Events merge when an article bridges two that fit each other, or when an event grown by a
batch now scores as one with a neighbour (`merge_close`); the older id survives and the
other redirects. `refine()` is the batch command's finishing pass: merge and reassign with
everything seen, allowing a little slack where the best match stands out (a ratio test).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from newsweave.cluster.features import Features
from newsweave.cluster.state import ClusterConfig, EventState, MemberInfo
from newsweave.embed.ann import AnnIndex, VectorIndex


@dataclass(slots=True)
class _Weights:
    names: list[tuple[str, float]]
    names_norm: float
    numbers: list[tuple[str, float]]
    numbers_norm: float


@dataclass(slots=True)
class Assignment:
    """Where one article went."""

    key: int
    event: str
    created: bool
    score: float
    merged: list[str] = field(default_factory=list)  # events merged into `event` because of it


@dataclass(slots=True)
class _Item:
    key: int
    features: Features
    vec: np.ndarray
    info: MemberInfo


class OnlineClusterer:
    """Assigns articles to events one batch at a time; never re-clusters what it has seen.

    `keep_articles=True` keeps each article's features and vector in memory so that
    `refine()` can revisit earlier decisions (the batch command's finishing step).
    """

    def __init__(
        self,
        dim: int,
        config: ClusterConfig | None = None,
        ann: VectorIndex | None = None,
        keep_articles: bool = False,
    ) -> None:
        self.dim = dim
        self.config = config or ClusterConfig()
        self.ann: VectorIndex = ann if ann is not None else AnnIndex(dim)
        self.events: dict[str, EventState] = {}
        self.redirects: dict[str, str] = {}  # merged event id -> surviving id
        self.event_of: dict[int, str] = {}  # article key -> event id at assignment time
        self.df_names: Counter[str] = Counter()
        self.df_numbers: Counter[str] = Counter()
        self.n_articles = 0
        self._seq = 0
        self.keep_articles = keep_articles
        self.articles: dict[int, _Item] = {}

    # -- state -----------------------------------------------------------------------

    def resolve(self, event_id: str) -> str:
        """The surviving id of an event (follows merges, compressing the path)."""
        root = event_id
        while root in self.redirects:
            root = self.redirects[root]
        while event_id != root:
            nxt = self.redirects[event_id]
            self.redirects[event_id] = root
            event_id = nxt
        return root

    def restore(
        self,
        events: Iterable[EventState],
        redirects: dict[str, str],
        event_of: dict[int, str],
    ) -> None:
        """Take in state a store saved: all of it on opening, or later what another writer
        stored (its events replace our copies, the events its merges absorbed leave). The
        ANN index is loaded or rebuilt by the caller."""
        for old in redirects:
            if old in self.events:
                self._forget(old)
        self.redirects.update(redirects)
        self.event_of.update(event_of)
        for ev in events:
            if ev.id in self.events:
                self._forget(ev.id)
            self._remember(ev)

    def _remember(self, ev: EventState) -> None:
        ev._norm = float(np.linalg.norm(ev.vec_sum))
        self.events[ev.id] = ev
        self._seq = max(self._seq, ev.seq + 1)
        self.df_names.update(ev.names)
        self.df_numbers.update(ev.numbers)
        self.n_articles += ev.size

    def _forget(self, event_id: str) -> None:
        ev = self.events.pop(event_id)
        self.df_names.subtract(ev.names)
        self.df_numbers.subtract(ev.numbers)
        self.n_articles -= ev.size

    def observe(self, features: Iterable[Features]) -> None:
        """Count names and numbers for their idf. Counting a whole batch (or a whole file) before
        assigning it makes the weights of the first articles meaningful: a name shared by many
        events looks common from the start instead of rare."""
        for f in features:
            self.n_articles += 1
            self.df_names.update(f.names)
            self.df_numbers.update(f.numbers)

    def unobserve(self, features: Iterable[Features]) -> None:
        """Take back `observe` for articles that will not be added after all (duplicates,
        an ingest that failed before their batch)."""
        for f in features:
            self.n_articles -= 1
            self.df_names.subtract(f.names)
            self.df_numbers.subtract(f.numbers)

    def _idf(self, df: int) -> float:
        return math.log((self.n_articles + 1) / (df + 1)) + 1.0

    def _profile_norms(self, ev: EventState) -> tuple[float, float]:
        if ev._profile_norms is None:
            size = max(ev.size, 1)
            idf, dfn, dfm = self._idf, self.df_names, self.df_numbers
            n1 = math.sqrt(sum((c / size * idf(dfn[k])) ** 2 for k, c in ev.names.items()))
            n2 = math.sqrt(sum((c / size * idf(dfm[k])) ** 2 for k, c in ev.numbers.items()))
            ev._profile_norms = (n1, n2)
        return ev._profile_norms

    # -- scoring -----------------------------------------------------------------------

    def _unshared(self, evidence: float, size: int) -> float:
        """A grown event has names its reports share; a report that shares none of them
        pays for it. Without this, an event that absorbed two look-alike stories (same
        template, other names) has a blurred centroid that pulls in every story of the kind."""
        cfg = self.config
        need = cfg.evidence_floor * min(1.0, (size - 1) / cfg.evidence_ramp)
        return max(0.0, need - evidence)

    def weights(self, f: Features) -> _Weights:
        """An article's idf-weighted keys, computed once and reused for every candidate."""
        idf, dfn, dfm = self._idf, self.df_names, self.df_numbers
        names = [(k, idf(dfn[k])) for k in f.names]
        numbers = [(k, idf(dfm[k])) for k in f.numbers]
        return _Weights(
            names,
            math.sqrt(sum(w * w for _, w in names)),
            numbers,
            math.sqrt(sum(w * w for _, w in numbers)),
        )

    def _overlap(
        self,
        keys: list[tuple[str, float]],
        key_norm: float,
        counts: Counter[str],
        size: int,
        norm: float,
    ) -> float:
        """Cosine between an article's idf-weighted keys and an event's profile, shrunk by how
        much they share: one common number shared by two short texts is weak evidence."""
        if not keys or norm <= 0.0:
            return 0.0
        dot = 0.0
        shared = 0.0
        for k, w in keys:
            c = counts.get(k)
            if c:
                dot += w * w * c
                shared += w * c
        if not dot:
            return 0.0
        shared /= size
        return dot / size / (key_norm * norm) * shared / (shared + self.config.shrink)

    def _time_penalty(
        self, date: tuple[int, int] | None, years: frozenset[int], ev: EventState
    ) -> float:
        cfg = self.config
        span = ev.span
        if span is None:
            return 0.0
        if date is not None:
            gap = max(0, date[0] - span[1], span[0] - date[1]) - cfg.day_tolerance
            return min(cfg.max_time_penalty, gap / cfg.day_scale) if gap > 0 else 0.0
        # no date: a year mentioned after the event's last date cannot be about it
        last_year = _year(span[1])
        if any(y > last_year for y in years):
            return cfg.year_penalty
        return 0.0

    def density(self, member_sims: Iterable[float]) -> float:
        """How much of the content similarity is background (see ClusterConfig.density_*)."""
        cfg = self.config
        ranked = sorted(member_sims, reverse=True)
        if len(ranked) < cfg.density_rank:
            return 0.0
        return cfg.w_density * max(0.0, ranked[cfg.density_rank - 1] - cfg.density_floor)

    def parts(
        self,
        f: Features,
        vec: np.ndarray,
        ev: EventState,
        member_sim: float,
        weights: _Weights | None = None,
    ) -> tuple[float, float, float]:
        """(content, evidence, penalty) of an article for an event: embedding similarity,
        shared names and numbers, and the time penalty."""
        cfg = self.config
        cent = float(vec @ ev.vec_sum) / max(ev.centroid_norm, 1e-12)
        content = cfg.w_centroid * cent + cfg.w_member * member_sim
        time_penalty = self._time_penalty(f.date, f.years, ev)
        if self._hopeless(content, time_penalty, cfg.threshold):
            return content, 0.0, time_penalty + self._unshared(0.0, ev.size)
        w = weights or self.weights(f)
        n_norm, m_norm = self._profile_norms(ev)
        names = self._overlap(w.names, w.names_norm, ev.names, ev.size, n_norm)
        numbers = self._overlap(w.numbers, w.numbers_norm, ev.numbers, ev.size, m_norm)
        evidence = cfg.w_names * names + cfg.w_numbers * numbers
        return content, evidence, time_penalty + self._unshared(evidence, ev.size)

    def _hopeless(self, content: float, time_penalty: float, threshold: float) -> bool:
        """Whether a candidate from another time cannot matter whatever names it shares: it
        is background for the density either way, and even full evidence leaves it below
        anything a decision looks at (the threshold less the slack and margin). Skipping its
        name overlap is most of the work at scale, where look-alikes from other weeks abound."""
        cfg = self.config
        floor = threshold - cfg.attach_slack - cfg.attach_margin
        return time_penalty >= 1.0 and content + cfg.w_names + cfg.w_numbers - time_penalty < floor

    def event_parts(self, a: EventState, b: EventState) -> tuple[float, float, float]:
        """`parts` between two events, `b` taking the article's place."""
        cfg = self.config
        cos = float(a.vec_sum @ b.vec_sum) / max(a.centroid_norm * b.centroid_norm, 1e-12)
        content = (cfg.w_centroid + cfg.w_member) * cos
        span_b = b.span
        time_penalty = self._time_penalty(span_b, frozenset(), a) if span_b else 0.0
        if self._hopeless(content, time_penalty, cfg.merge_threshold):
            return content, 0.0, time_penalty
        na, ma = self._profile_norms(a)
        nb, mb = self._profile_norms(b)
        names = _profile_cos(
            a.names, b.names, a.size, b.size, na, nb, self.df_names, self._idf, cfg.shrink
        )
        numbers = _profile_cos(
            a.numbers, b.numbers, a.size, b.size, ma, mb, self.df_numbers, self._idf, cfg.shrink
        )
        return content, cfg.w_names * names + cfg.w_numbers * numbers, time_penalty

    def score(
        self, f: Features, vec: np.ndarray, ev: EventState, member_sim: float, density: float = 0.0
    ) -> float:
        content, evidence, penalty = self.parts(f, vec, ev, member_sim)
        return content + evidence - penalty - density

    def event_score(self, a: EventState, b: EventState) -> float:
        """How much two events look like one: the article score with `b` as a pseudo-article."""
        content, evidence, penalty = self.event_parts(a, b)
        return content + evidence - penalty

    def rank(
        self, parts: dict[str, tuple[float, float, float]], sims: dict[str, float]
    ) -> tuple[list[tuple[float, str]], float]:
        """(scores best first, density) of candidate events given their `parts` and closest
        member similarities. The density is measured on look-alikes only: candidates that
        share no names or numbers. Fragments of one event share them, so they do not raise
        the bar for each other; different events told with the same words do."""
        cfg = self.config
        strongest = max((p[1] for p in parts.values()), default=0.0)
        level = max(cfg.density_evidence, cfg.density_relative * strongest)
        # ... and candidates from another time: certainly other events, however close
        background = [sims[e] for e, p in parts.items() if p[1] < level or p[2] >= 1.0]
        density = self.density(background)
        scored = sorted(
            ((c + ev - pen - density, e) for e, (c, ev, pen) in parts.items()),
            reverse=True,
        )
        return scored, density

    # -- assignment ----------------------------------------------------------------------

    def add_batch(
        self,
        keys: Sequence[int],
        features: Sequence[Features],
        vectors: np.ndarray,
        infos: Sequence[MemberInfo],
        observed: bool = False,
    ) -> list[Assignment]:
        """Assign a batch of articles, in order; later ones see the earlier ones' events.

        `observed=True`: their names and numbers were already counted with `observe`.
        """
        cfg = self.config
        if not observed:
            self.observe(features)
        vectors = np.asarray(vectors, dtype=np.float32)
        hits = self.ann.search(vectors, cfg.k)
        # the batch is not in the index yet: compare its members with each other exactly
        inner = vectors @ vectors.T if len(keys) > 1 else None
        out: list[Assignment] = []
        for i, (key, f, vec, info) in enumerate(zip(keys, features, vectors, infos, strict=True)):
            best_member: dict[str, float] = {}
            for hit_key, sim in hits[i]:
                if sim < cfg.min_member_sim:
                    break
                ev_id = self.resolve(self.event_of[hit_key])
                if sim > best_member.get(ev_id, -1.0):
                    best_member[ev_id] = sim
            if inner is not None:
                for j in range(i):
                    sim = float(inner[i, j])
                    if sim >= cfg.min_member_sim:
                        ev_id = self.resolve(out[j].event)
                        if sim > best_member.get(ev_id, -1.0):
                            best_member[ev_id] = sim
            out.append(self._assign(key, f, vec, info, best_member))
        self.ann.add(np.asarray(keys, dtype=np.uint64), vectors)
        return out

    def _assign(
        self,
        key: int,
        f: Features,
        vec: np.ndarray,
        info: MemberInfo,
        candidates: dict[str, float],
    ) -> Assignment:
        cfg = self.config
        if len(candidates) > cfg.max_candidates:  # the rest would not win
            top = sorted(candidates.items(), key=lambda kv: kv[1], reverse=True)
            candidates = dict(top[: cfg.max_candidates])
        w = self.weights(f)
        scored, density = self.rank(
            {e: self.parts(f, vec, self.events[e], sim, w) for e, sim in candidates.items()},
            candidates,
        )
        if not scored or scored[0][0] < cfg.threshold:
            ev = self._new_event(info.id)
            ev.add(key, f, vec, info, 1.0)
            self.event_of[key] = ev.id
            if self.keep_articles:
                self.articles[key] = _Item(key, f, vec, info)
            return Assignment(key, ev.id, True, scored[0][0] if scored else 0.0)
        best_score, best_id = scored[0]
        ev = self.events[best_id]
        ev.add(key, f, vec, info, float(vec @ ev.vec_sum) / max(ev.centroid_norm, 1e-12))
        self.event_of[key] = best_id
        if self.keep_articles:
            self.articles[key] = _Item(key, f, vec, info)
        merged: list[str] = []
        # a bridge: the article fits a second event as well, and the two events fit each other
        for other_score, other_id in scored[1:3]:
            if (
                other_score < cfg.threshold + cfg.merge_margin
                or best_score < cfg.threshold + cfg.merge_margin
            ):
                break
            survivor = self.resolve(best_id)
            other_id = self.resolve(other_id)
            if other_id == survivor:
                continue
            pair = self.event_score(self.events[survivor], self.events[other_id])
            if pair - density >= cfg.merge_threshold:
                merged.append(self.merge(survivor, other_id)[1])
        return Assignment(key, self.resolve(best_id), False, best_score, merged)

    def _new_event(self, seed: str) -> EventState:
        digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()
        ev_id = f"ev-{digest[:12]}"
        n = 1
        while ev_id in self.events or ev_id in self.redirects:  # the same seed twice: rare
            ev_id = f"ev-{digest[:12]}-{n}"
            n += 1
        ev = EventState(id=ev_id, seq=self._seq, dim=self.dim)
        self._seq += 1
        self.events[ev_id] = ev
        return ev

    def merge(self, a_id: str, b_id: str) -> tuple[str, str]:
        """Merge two events; the older keeps its id. Returns (survivor, absorbed)."""
        a, b = self.events[a_id], self.events[b_id]
        if b.seq < a.seq:
            a, b = b, a
        a.absorb(b)
        del self.events[b.id]
        self.redirects[b.id] = a.id
        return a.id, b.id

    def merge_close(self, event_ids: Iterable[str]) -> list[tuple[str, str]]:
        """Incremental merging: each of these events (grown by the last batch) absorbs, or is
        absorbed by, a neighbouring event when the two now score as one. Only the strict
        threshold applies here, never the finishing pass's slack. Returns (absorbed, survivor)
        pairs; the survivor may itself be absorbed by a later pair."""
        cfg = self.config
        ids = [e for e in dict.fromkeys(self.resolve(e) for e in event_ids) if e in self.events]
        if not ids:
            return []
        hits = self.ann.search(np.stack([self.events[e].centroid() for e in ids]), cfg.k)
        merged: list[tuple[str, str]] = []
        for ev_id, neighbours in zip(ids, hits, strict=True):
            ev_id = self.resolve(ev_id)
            cands: dict[str, float] = {}
            for key, sim in neighbours:
                if sim < cfg.min_member_sim:
                    break
                other = self.resolve(self.event_of[key])
                if other != ev_id and sim > cands.get(other, -1.0):
                    cands[other] = sim
            if len(cands) > cfg.max_candidates:
                top = sorted(cands.items(), key=lambda kv: kv[1], reverse=True)
                cands = dict(top[: cfg.max_candidates])
            ev = self.events[ev_id]
            parts = {o: self.event_parts(ev, self.events[o]) for o in cands}
            scored, _ = self.rank(parts, cands)
            # and never on content alone: look-alike stories (one template, other names)
            # are close in content; reports of one event share names
            scored = [(sc, o) for sc, o in scored if parts[o][1] >= cfg.merge_evidence]
            if scored and scored[0][0] >= cfg.merge_threshold:
                survivor, absorbed = self.merge(ev_id, scored[0][1])
                merged.append((absorbed, survivor))
        return merged

    # -- finishing pass (batch mode) ------------------------------------------------------

    def refine(self, rounds: int = 2) -> None:
        """Revisit earlier decisions with everything seen: merge events that score as one,
        then move each article to the event it now fits best. Needs keep_articles=True."""
        if not self.keep_articles:
            raise ValueError("refine() needs an OnlineClusterer(keep_articles=True)")
        for _ in range(rounds):
            moved = self._merge_pass() + self._reassign_pass()
            if not moved:
                break

    def _neighbour_events(self, vec: np.ndarray, exclude: str | None = None) -> dict[str, float]:
        out: dict[str, float] = {}
        for hit_key, sim in self.ann.search(vec[None, :], self.config.k)[0]:
            if sim < self.config.min_member_sim:
                break
            ev_id = self.resolve(self.event_of[hit_key])
            if ev_id != exclude and sim > out.get(ev_id, -1.0):
                out[ev_id] = sim
        return out

    def _merge_pass(self) -> int:
        merged = 0
        for ev_id in sorted(self.events, key=lambda e: self.events[e].seq):
            if ev_id not in self.events:
                continue
            ev = self.events[ev_id]
            cands = self._neighbour_events(ev.centroid(), exclude=ev_id)
            scored, _ = self.rank({o: self.event_parts(ev, self.events[o]) for o in cands}, cands)
            if self._accept(scored, self.config.merge_threshold):
                self.merge(ev_id, scored[0][1])
                merged += 1
        return merged

    def _accept(self, scored: list[tuple[float, str]], threshold: float) -> bool:
        """Whether the best of `scored` (sorted, best first) passes `threshold`, or passes it
        less the slack while standing out from the runner-up (a ratio test, as in matching).
        Only the finishing pass uses the slack: by then both of two confusable events exist,
        so a lone report of one of them has a close runner-up and gets no slack."""
        if not scored:
            return False
        best = scored[0][0]
        if best >= threshold:
            return True
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        cfg = self.config
        return best >= threshold - cfg.attach_slack and best - runner_up >= cfg.attach_margin

    def _reassign_pass(self) -> int:
        cfg = self.config
        moved = 0
        for key in sorted(self.articles):
            item = self.articles[key]
            own_id = self.resolve(self.event_of[key])
            own = self.events[own_id]
            # score the article against its own event without itself
            own.remove(key, item.features, item.vec, item.info)
            neighbours = self._neighbour_events(item.vec, exclude=own_id)
            own_sim = max(
                (float(item.vec @ self.articles[m].vec) for m in own.members), default=0.0
            )
            f, vec = item.features, item.vec
            w = self.weights(f)
            parts = {e: self.parts(f, vec, self.events[e], sim, w) for e, sim in neighbours.items()}
            if own.size:
                parts[own_id] = self.parts(f, vec, own, own_sim, w)
                neighbours[own_id] = own_sim
            ranked, _ = self.rank(parts, neighbours)
            scored = [(sc, e) for sc, e in ranked if e != own_id]
            # alone: staying costs what starting an event costs
            best_score = next((sc for sc, e in ranked if e == own_id), cfg.threshold)
            best_id = own_id
            if scored and (
                scored[0][0] > best_score or (not own.size and self._accept(scored, cfg.threshold))
            ):
                best_score, best_id = scored[0]
            target = self.events[best_id] if best_id != own_id else own
            target.add(key, item.features, item.vec, item.info, 0.0)
            if best_id != own_id:
                self.event_of[key] = best_id
                moved += 1
                if own.size == 0:
                    del self.events[own_id]
                    self.redirects[own_id] = best_id
        return moved


def _year(ordinal: int) -> int:
    import datetime as dt

    return dt.date.fromordinal(ordinal).year


def _profile_cos(
    a: Counter[str],
    b: Counter[str],
    size_a: int,
    size_b: int,
    norm_a: float,
    norm_b: float,
    df: Counter[str],
    idf: Callable[[int], float],
    shrink: float,
) -> float:
    """`OnlineClusterer._overlap` between two event profiles."""
    if norm_a <= 0 or norm_b <= 0:
        return 0.0
    if len(b) < len(a):
        a, b, size_a, size_b = b, a, size_b, size_a
    dot = 0.0
    shared = 0.0
    for k, c in a.items():
        other = b.get(k)
        if other:
            w = idf(df[k])
            pa, pb = c / size_a, other / size_b
            dot += pa * pb * w * w
            shared += w * min(pa, pb)
    if not dot:
        return 0.0
    return dot / (norm_a * norm_b) * shared / (shared + shrink)
