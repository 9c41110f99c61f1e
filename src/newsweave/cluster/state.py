"""What the clusterer keeps per event and per article, and its settings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from newsweave.cluster.features import Features


@dataclass
class ClusterConfig:
    """Weights and thresholds of the assignment score (calibrated on the synthetic stream and
    the development corpus; see bench/cluster_quality.py)."""

    k: int = 24  # nearest articles asked from the ANN index
    max_candidates: int = 10  # events scored per article (by closest member)
    min_member_sim: float = 0.3  # an event whose closest member is further is no candidate
    w_centroid: float = 0.5
    w_member: float = 0.5
    # density: similarity of the article to its m-th closest event. Where many events look
    # alike (a day of football results, one template per kind), closeness of content says
    # little and names must decide: content counts only above that background level.
    density_rank: int = 3
    density_floor: float = 0.35
    w_density: float = 1.0
    # look-alikes: candidates with less name/number evidence than this, or than this share
    # of the best candidate's
    density_evidence: float = 0.1
    density_relative: float = 0.5
    w_names: float = 0.6
    w_numbers: float = 0.25
    evidence_floor: float = 0.2  # name/number evidence an event of evidence_ramp+1 reports asks
    evidence_ramp: int = 6
    shrink: float = 4.0  # idf mass of shared keys at which name/number overlap counts half
    threshold: float = 0.6  # join the best event at or above this score, else start one
    day_tolerance: int = 3  # reports trail an event by a few days
    day_scale: float = 10.0  # days beyond the tolerance that cost one point of score
    max_time_penalty: float = 2.0
    year_penalty: float = 0.3  # an undated article names a year after the event's dates
    merge_margin: float = 0.1  # a bridging article must clear the threshold by this much for both
    merge_threshold: float = 0.8  # event-to-event score needed to merge
    merge_evidence: float = 0.15  # and name/number evidence, when merging as a stream goes
    # finishing pass only: a lone article (or an event) joins its best event at the threshold
    # less the slack, when that event beats the runner-up by the margin
    attach_slack: float = 0.2
    attach_margin: float = 0.2


@dataclass(slots=True)
class MemberInfo:
    """What an event keeps about each member besides features (for its title and listing)."""

    id: str
    title: str | None = None
    lang: str | None = None
    outlet: str | None = None
    source: str | None = None  # wire name, else outlet: copies of one wire are one source


@dataclass
class EventState:
    """Running aggregates of one event; everything the score needs, nothing per article."""

    id: str
    seq: int  # creation order: the older event's id survives a merge
    dim: int
    size: int = 0
    vec_sum: np.ndarray = field(default=None)  # type: ignore[assignment]
    names: Counter[str] = field(default_factory=Counter)
    numbers: Counter[str] = field(default_factory=Counter)
    years: Counter[int] = field(default_factory=Counter)
    dates: list[tuple[int, int]] = field(default_factory=list)  # members' (first, last) days
    langs: Counter[str] = field(default_factory=Counter)
    outlets: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)
    title: str = ""
    title_sim: float = -1.0
    members: list[int] = field(default_factory=list)
    _norm: float = 0.0
    _span: tuple[int, int] | None = None
    _profile_norms: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        if self.vec_sum is None:
            self.vec_sum = np.zeros(self.dim, dtype=np.float32)

    # -- aggregates ---------------------------------------------------------------

    @property
    def centroid_norm(self) -> float:
        return self._norm

    def centroid(self) -> np.ndarray:
        return self.vec_sum / max(self._norm, 1e-12)

    @property
    def span(self) -> tuple[int, int] | None:
        if self._span is None and self.dates:
            self._span = min(d[0] for d in self.dates), max(d[1] for d in self.dates)
        return self._span

    def day_dates(self) -> list[int]:
        """Members' dates known to the day (month stamps are too coarse to show)."""
        return sorted(lo for lo, hi in self.dates if lo == hi)

    def add(self, key: int, f: Features, vec: np.ndarray, info: MemberInfo, sim: float) -> None:
        self.size += 1
        self.vec_sum += vec
        self._norm = float(np.linalg.norm(self.vec_sum))
        self.names.update(f.names)
        self.numbers.update(f.numbers)
        self.years.update(f.years)
        if f.date is not None:
            self.dates.append(f.date)
            self._span = None
        self._count(info, 1)
        self.members.append(key)
        self._profile_norms = None
        # the most central headline names the event
        if info.title and sim > self.title_sim:
            self.title, self.title_sim = info.title, sim
        elif not self.title:
            self.title = f.lead[:120]

    def remove(self, key: int, f: Features, vec: np.ndarray, info: MemberInfo) -> None:
        self.size -= 1
        self.vec_sum -= vec
        self._norm = float(np.linalg.norm(self.vec_sum))
        for counter, keys in (
            (self.names, f.names),
            (self.numbers, f.numbers),
            (self.years, f.years),
        ):
            for k in keys:
                counter[k] -= 1  # type: ignore[index]
                if counter[k] <= 0:  # type: ignore[index]
                    del counter[k]  # type: ignore[arg-type]
        if f.date is not None and f.date in self.dates:
            self.dates.remove(f.date)
            self._span = None
        self._count(info, -1)
        self.members.remove(key)
        self._profile_norms = None
        if info.title and info.title == self.title:
            self.title_sim = -1.0  # let the next article re-title it

    def _count(self, info: MemberInfo, step: int) -> None:
        for counter, value in (
            (self.langs, info.lang),
            (self.outlets, info.outlet),
            (self.sources, info.source),
        ):
            if value:
                counter[value] += step
                if counter[value] <= 0:
                    del counter[value]

    def absorb(self, other: EventState) -> None:
        self.size += other.size
        self.vec_sum += other.vec_sum
        self._norm = float(np.linalg.norm(self.vec_sum))
        for mine, theirs in (
            (self.names, other.names),
            (self.numbers, other.numbers),
            (self.years, other.years),
            (self.langs, other.langs),
            (self.outlets, other.outlets),
            (self.sources, other.sources),
        ):
            mine.update(theirs)  # type: ignore[arg-type]
        self.dates.extend(other.dates)
        self._span = None
        self.members.extend(other.members)
        self._profile_norms = None
        if other.title_sim > self.title_sim:
            self.title, self.title_sim = other.title, other.title_sim
