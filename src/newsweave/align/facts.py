"""Group the sentences of one event's articles into facts, across languages.

Sentences are embedded (multilingual USE: a French and an English sentence saying the same
thing land close together) and joined by average-linkage agglomerative clustering, which
does not chain loosely related sentences the way single linkage does. Two clusters holding
sentences of the same article must be clearly closer to merge: an article seldom states one
fact twice, so such a merge usually fuses two neighbouring facts. A sentence that states two
facts is then also credited to the second one when it is close to that fact's centroid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from newsweave.align.blocking import BLOCK_MAX, blocks
from newsweave.align.candidates import in_post, is_content, split_clauses
from newsweave.align.lexicon import (
    CITE_SCORE,
    FIGURE_XLING,
    Lexicon,
    contrast_fillers,
    fillers,
    other_things,
    pair_score,
    pair_scores,
    same_lang,
)
from newsweave.align.restated import fold_restatements
from newsweave.model import READER_LANG, Article, Citation, Fact, Sentence
from newsweave.text.script import word_count
from newsweave.text.sentences import ends_sentence

THRESHOLD = 0.25  # average cosine (after centring, see _center) for one fact
SAME_ARTICLE_MARGIN = 0.2  # extra similarity needed to put two sentences of one article together
SOFT_SUPPORT = 0.65  # centred cosine to a fact's centroid for a sentence to support a second fact
CENTER_WEIGHT = 0.7  # how much of the event mean to remove (tuned on the dev corpus)
CENTER_HALF = 20  # sentences at which half that weight applies
PAIR_MARGIN = 0.15  # extra similarity for two lone sentences to start a fact
MIN_MEMBER = 0.35  # every member's centred cosine to its fact's centroid
# A fact's wording in the reader's language (English) whenever its group has one: readers,
# and any matching against English text, do better with it than with a translation-
# equivalent. The bonus is large: a member in another language is the wording only when
# it is far closer to the group's centre; among English members the other terms decide.
READER_BONUS = 0.5
# A fact's wording: how much its mean pair score with the other witnesses counts beside
# its cosine to the group's centre. The centre alone favours a long sentence that touches
# several of the group's claims; the pair score favours the one stating what the others
# share (their rare words, their figures).
AGREEMENT_WEIGHT = 0.4
TIE_DIGITS = 3  # cosines to a centroid equal to this many digits are a tie (float noise)
MEMBER_SCORE = 0.42  # a member's mean pair score with the other members of its fact
# Same-language pairs: clustering similarity += LEX_WEIGHT * (word overlap - LEX_BASE), so
# sentences sharing only the event's names drift apart and shared rare words pull together.
LEX_WEIGHT = 0.5
LEX_BASE = 0.2
# Lookalikes whose own words name other things (`lexicon.other_things`) are kept apart.
CONTRAST_PENALTY = 1.0

@dataclass
class FactAlignment:
    """Facts plus what later stages need: the candidate sentences, vectors and members."""

    facts: list[Fact]
    sentences: list[Sentence]
    vectors: np.ndarray
    members: dict[str, list[int]] = field(default_factory=dict)  # clustered sentences
    support_rows: dict[str, list[int]] = field(default_factory=dict)  # one per article
    centroids: dict[str, np.ndarray] = field(default_factory=dict)
    offset: np.ndarray | None = None  # the event direction removed before comparing
    lexicon: Lexicon | None = None  # word weights over `sentences`
    langs: list[str | None] = field(default_factory=list)  # language of each sentence
    groups: dict[str, str] = field(default_factory=dict)  # article id -> source group
    clauses: frozenset[int] = frozenset()  # rows cut from a longer sentence (`split_clauses`)

    def pair_score(self, i: int, j: int) -> float:
        """How surely sentences i and j state the same thing: centred cosine plus
        event-weighted word overlap (see `pair_score`)."""
        vecs = self.centred(self.vectors[[i, j]])
        return pair_score(float(vecs[0] @ vecs[1]), self.lexicon, self.langs, i, j)

    def agreement(self, rows: Sequence[int]) -> np.ndarray:
        """Each row's mean `pair_score` with the other `rows` (two or more)."""
        vecs = self.centred(self.vectors[rows])
        if self.lexicon is None:
            lexm, figm, langs = np.zeros((len(rows), len(rows))), None, [None] * len(rows)
        else:
            lexm, figm = self.lexicon.matrix(rows), self.lexicon.figure_matrix(rows)
            langs = [self.langs[r] for r in rows] if self.langs else [None] * len(rows)
        scores = pair_scores(vecs, lexm, langs, figm)
        return (scores.sum(axis=1) - np.diag(scores)) / (len(rows) - 1)

    def states_figures(self, i: int, j: int) -> bool:
        """Whether row j states every figure of row i (`Lexicon.states_figures`)."""
        return self.lexicon is not None and self.lexicon.states_figures(i, j)

    def centred(self, rows: np.ndarray) -> np.ndarray:
        """Unit vectors of `rows` (raw embeddings) with the event direction removed."""
        out = rows if self.offset is None else rows - self.offset
        return out / np.maximum(np.linalg.norm(out, axis=-1, keepdims=True), 1e-12)

    def wording(
        self, fid: str, articles: Mapping[str, Article], avoid: str | None = None
    ) -> str | None:
        """The support sentence that words fact `fid` best (`_representative_score`;
        clustered members before sentences credited by proximity), leaving out article
        `avoid`; None when no other article supports the fact."""
        rows = [m for m in self.support_rows[fid] if self.sentences[m].article_id != avoid]
        if not rows:
            return None
        members = set(self.members[fid])
        centre = self.centred(self.vectors[sorted(members)]).mean(axis=0)
        cos = self.centred(self.vectors[rows]) @ (centre / max(float(np.linalg.norm(centre)), 1e-12))
        if len(rows) > 2:  # two witnesses agree with each other alike
            cos = (1 - AGREEMENT_WEIGHT) * cos + AGREEMENT_WEIGHT * self.agreement(rows)

        def score(k: int) -> float:
            s = self.sentences[rows[k]]
            return _representative_score(s, articles[s.article_id], float(cos[k])) - (
                0.0 if rows[k] in members else 0.1  # credited by proximity only: weaker
            )

        return self.sentences[rows[max(range(len(rows)), key=score)]].text


def prune_intruders(
    clusters: list[list[int]],
    scores: np.ndarray,
    min_score: float = MEMBER_SCORE,
    pair_min: float = CITE_SCORE,
) -> list[list[int]]:
    """Drop members whose mean pair score (`pair_scores`) with the rest of their cluster is
    below `min_score` (worst first): a sentence pulled in by the event's shared names alone
    ("Both Orvik and Velmar have rejected that report.") says nothing its fact says.
    A fact left with two sentences rests on that one pair: it needs `pair_min`, the bar
    for citing one sentence for the other (two remarks of one speaker, or two sentences
    on one topic in two languages, reach the member bar without stating the same thing).
    Dropped sentences stand alone."""
    out: list[list[int]] = []
    for members in clusters:
        members = list(members)
        while len(members) >= 2:
            sub = scores[np.ix_(members, members)]
            mean = (sub.sum(axis=1) - np.diag(sub)) / (len(members) - 1)
            worst = int(mean.argmin())
            if mean[worst] >= min_score:
                break
            out.append([members.pop(worst)])
        if len(members) == 2 and scores[members[0], members[1]] < pair_min:
            out += [[m] for m in members]
            continue
        out.append(sorted(members))
    return out


def _min_loo_cosine(rows: np.ndarray, total: np.ndarray) -> float:
    """Lowest cosine of a member with the centroid of the *other* members."""
    rest = total[None, :] - rows
    norms = np.maximum(np.linalg.norm(rest, axis=1), 1e-12)
    return float(((rows * rest).sum(axis=1) / norms).min())


def average_linkage(
    vecs: np.ndarray,
    owners: Sequence[int],
    threshold: float,
    margin: float,
    pair_margin: float = 0.0,
    min_member: float = -1.0,
    extra: np.ndarray | None = None,
) -> list[list[int]]:
    """Clusters of the rows of `vecs` (unit vectors): merge the closest pair by average
    cosine while it is >= threshold (+ `margin` when both hold a sentence of one owner,
    + `pair_margin` for two lone sentences), and only while every member of the merged
    cluster keeps a cosine >= `min_member` with the centroid of the others (no intruders).
    `extra` (n, n), when given, is added to the pairwise cosines (a lexical evidence term)."""
    n = vecs.shape[0]
    if n == 0:
        return []
    n_owners = max(owners) + 1
    owns = np.zeros((n, n_owners), dtype=bool)
    owns[np.arange(n), owners] = True
    link = (vecs @ vecs.T).astype(np.float64)
    if extra is not None:
        link += extra
    np.fill_diagonal(link, -np.inf)
    sums = vecs.astype(np.float64).copy()
    blocked = np.zeros((n, n), dtype=bool)
    size = np.ones(n)
    active = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]

    def effective(rows: np.ndarray | int) -> np.ndarray:
        if np.ndim(rows) == 0:  # one cluster: the rows sharing one of its (few) owners
            shared = owns[:, owns[rows]].any(axis=1)
        else:
            shared = (owns[rows].astype(np.int32) @ owns.T.astype(np.int32)) > 0
        eff = np.where(shared, link[rows] - margin, link[rows])
        # Two lone sentences need a clearer match than a sentence joining a formed fact:
        # the average over several members is a steadier signal than one cosine.
        lone = (size[rows] == 1)[..., None] & (size == 1)
        eff = np.where(lone, eff - pair_margin, eff)
        eff[..., ~active] = -np.inf
        return np.where(blocked[rows], -np.inf, eff)

    def refresh(k: int) -> None:
        rk = effective(k)
        rk[k] = -np.inf
        best[k], best_val[k] = int(rk.argmax()), rk.max()

    eff = effective(np.arange(n))
    np.fill_diagonal(eff, -np.inf)
    best = eff.argmax(axis=1)
    best_val = eff[np.arange(n), best]
    while True:
        i = int(np.argmax(np.where(active, best_val, -np.inf)))
        if not active[i] or best_val[i] < threshold:
            break
        j = int(best[i])
        a, b = min(i, j), max(i, j)
        total = sums[a] + sums[b]
        if _min_loo_cosine(vecs[members[a] + members[b]], total) < min_member:
            blocked[a, b] = blocked[b, a] = True
            refresh(a)
            refresh(b)
            continue
        # Lance-Williams update for average linkage
        merged = (size[a] * link[a] + size[b] * link[b]) / (size[a] + size[b])
        link[a], link[:, a] = merged, merged
        link[a, a] = -np.inf
        sums[a] = total
        size[a] += size[b]
        owns[a] |= owns[b]
        blocked[a] |= blocked[b]
        blocked[:, a] = blocked[a]
        members[a].extend(members[b])
        active[b] = False
        link[b], link[:, b] = -np.inf, -np.inf
        best_val[b] = -np.inf
        refresh(a)
        col = effective(a)  # symmetric: what row a is to k, k is to a
        col[a] = -np.inf
        stale = active & ((best == a) | (best == b))
        stale[a] = False
        for k in np.flatnonzero(stale):
            refresh(int(k))
        better = active & (col > best_val)
        better[a] = False
        best[better], best_val[better] = a, col[better]
    return [sorted(members[i]) for i in range(n) if active[i]]


def _offset(mat: np.ndarray) -> np.ndarray:
    """The event direction `_center` removes."""
    weight = CENTER_WEIGHT * len(mat) / (len(mat) + CENTER_HALF)
    return weight * mat.mean(axis=0)


def _center(mat: np.ndarray) -> np.ndarray:
    """Remove the event's common direction: every sentence of a report on Putin in Minsk
    is "about Russia and Belarus", and that shared topic inflates raw cosines (~0.5 for
    unrelated statements); what is left after centring is what a sentence says. A handful
    of sentences gives no topic estimate (their mean *is* their shared fact), so the
    weight grows with the number of sentences."""
    out = mat - _offset(mat)[None, :]
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def _representative_score(s: Sentence, article: Article, centrality: float) -> float:
    words = word_count(s.text)
    # what does not end as a sentence reads worse than a sentence: a clause cut from a
    # sentence's head, a heading ("Holt Cleared of Every Charge Today"), a line cut off;
    # a clause that ends its sentence ("but firefighters saved the towers.") reads as one
    fragment = 0.15 if not ends_sentence(s.text) else 0.0
    length_penalty = min(abs(words - 22) / 60.0, 0.25)  # medium-length reads best
    english = READER_BONUS if (s.lang or article.lang) == READER_LANG else 0.0
    human = 0.05 if not article.machine_translated else 0.0
    return centrality + english + human - length_penalty - fragment


def _embed(
    articles: Sequence[Article],
    vectors: dict[str, np.ndarray] | None,
    embedder: object | None,
) -> dict[str, np.ndarray]:
    if vectors is not None:
        return vectors
    if embedder is None:
        from newsweave.embed import get_embedder

        embedder = get_embedder()
    texts = [s.text for a in articles for s in a.sentences]
    flat = embedder.encode(texts)  # type: ignore[attr-defined]
    out, pos = {}, 0
    for a in articles:
        out[a.id] = flat[pos : pos + len(a.sentences)]
        pos += len(a.sentences)
    return out


def _block_facts(
    block: np.ndarray,
    mat: np.ndarray,
    owners: np.ndarray,
    langs: Sequence[str | None],
    lexicon: Lexicon,
    threshold: float,
    margin: float,
    pair_margin: float,
    min_member: float,
    min_score: float | None,
    lex_weight: float,
    soft: float,
    embedder: object | None = None,
    clauses: set[int] | frozenset[int] = frozenset(),
) -> list[tuple[list[int], np.ndarray, list[int]]]:
    """(members, centroid, support rows) of the facts in one block (global row numbers).
    Support: the closest sentence of each article, clustered or (for a sentence that also
    states this fact) close enough to the centroid. Between members of one article about
    equally close (two members always are), a whole sentence goes before a cut-out clause
    (`clauses`, global rows), then the shorter: it states the fact with least else."""
    sub = mat[block]
    sub_langs = [langs[i] for i in block]
    lexm = lexicon.matrix(block.tolist())
    same = same_lang(sub_langs)
    figm = lexicon.figure_matrix(block.tolist())
    extra = (
        np.where(same, lex_weight * (lexm - LEX_BASE), lex_weight * FIGURE_XLING * figm)
        if lex_weight
        else None
    )
    contrast = _contrasts(block, sub, same, lexicon, threshold, extra, embedder)
    _, local_owners = np.unique(owners[block], return_inverse=True)
    if contrast is not None:
        extra = (extra if extra is not None else 0.0) - CONTRAST_PENALTY * contrast
    clusters = average_linkage(
        sub, local_owners.tolist(), threshold, margin, pair_margin, min_member, extra
    )
    scores = pair_scores(sub, lexm, sub_langs, figm)
    if contrast is not None:
        scores = scores - CONTRAST_PENALTY * contrast
    if min_score is not None:
        clusters = prune_intruders(clusters, scores, min_score)
    own = owners[block]
    texts = [lexicon.texts[int(i)] for i in block]
    out = []
    for members in clusters:
        centroid = sub[members].mean(axis=0)
        centroid /= max(float(np.linalg.norm(centroid)), 1e-12)
        cos = sub @ centroid
        rank = {
            m: (round(float(cos[m]), TIE_DIGITS), int(block[m]) not in clauses, -len(texts[m]))
            for m in members
        }
        best: dict[int, int] = {}
        for m in members:  # each article's closest member
            k = int(own[m])
            if k not in best or rank[m] > rank[best[k]]:
                best[k] = m
        if len(members) > 1:
            closest: dict[int, int] = {}  # other articles: their sentence closest to the fact
            for m in np.flatnonzero(cos >= soft):
                k = int(own[m])
                if k not in best and (k not in closest or cos[m] > cos[closest[k]]):
                    closest[k] = int(m)
            for k, m in closest.items():
                if min_score is None or float(scores[m, members].mean()) >= min_score:
                    best[k] = m
        support = [int(block[m]) for _, m in sorted(best.items())]
        out.append(([int(block[m]) for m in members], centroid, support))
    return out


def _contrasts(
    block: np.ndarray,
    sub: np.ndarray,
    same: np.ndarray,
    lexicon: Lexicon,
    threshold: float,
    extra: np.ndarray | None,
    embedder: object | None = None,
) -> np.ndarray | None:
    """(len(block), len(block)) 1.0 where two same-language sentences close enough to join
    are lookalikes with different claims (`contrast_fillers`, fillers apart), else None."""
    link = sub @ sub.T
    if extra is not None:
        link = link + extra
    rows, cols = np.nonzero(np.triu(same & (link >= threshold), 1))
    todo: list[tuple[int, int, str, str]] = []
    seen: dict[tuple[str, str], tuple[str, str] | None] = {}  # reprints repeat sentences
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = int(block[i]), int(block[j])
        key = (lexicon.texts[a], lexicon.texts[b])
        if key not in seen:
            found = contrast_fillers(lexicon.sequences[a], lexicon.sequences[b])
            if found is not None:
                seen[key] = (fillers(key[0], found[0]), fillers(key[1], found[1]))
            else:
                seen[key] = None
        if (pair := seen[key]) is not None:
            todo.append((i, j, *pair))
    if not todo:
        return None
    if embedder is None:
        from newsweave.embed import get_embedder

        embedder = get_embedder()
    apart = other_things([(fa, fb) for *_, fa, fb in todo], embedder)
    out = np.zeros((len(block), len(block)))
    for (i, j, _, _), differ in zip(todo, apart, strict=True):
        if differ:
            out[i, j] = out[j, i] = 1.0
    return out if out.any() else None


def align_facts(
    articles: Sequence[Article],
    *,
    vectors: dict[str, np.ndarray] | None = None,
    embedder: object | None = None,
    groups: dict[str, str] | None = None,
    threshold: float = THRESHOLD,
    margin: float = SAME_ARTICLE_MARGIN,
    soft: float = SOFT_SUPPORT,
    center: bool = True,
    pair_margin: float = PAIR_MARGIN,
    split: bool = True,
    min_member: float = MIN_MEMBER,
    min_score: float | None = MEMBER_SCORE,
    lex_weight: float = LEX_WEIGHT,
    block_max: int = BLOCK_MAX,
) -> FactAlignment:
    """Facts of one event with ids "F1", ... (most independent support first).

    `vectors` maps article id to its sentence embeddings (in `Article.sentences` order);
    `groups` maps article id to its source group (default: every article on its own).
    """
    vecs = _embed(articles, vectors, embedder)
    by_id = {a.id: a for a in articles}
    order = {a.id: k for k, a in enumerate(articles)}
    groups = groups or {a.id: a.id for a in articles}
    sentences: list[Sentence] = []
    rows: list[np.ndarray] = []
    owners: list[int] = []
    pending: list[int] = []  # positions of clause units still to embed
    for k, a in enumerate(articles):
        for s, v in zip(a.sentences, vecs[a.id], strict=True):
            if not is_content(s.text, s.lang or a.lang) or in_post(a, s):
                continue
            parts = split_clauses(s) if split else [s]
            for part in parts:
                if len(parts) > 1:
                    pending.append(len(sentences))
                sentences.append(part)
                rows.append(v)
                owners.append(k)
    if pending:
        if embedder is None:
            from newsweave.embed import get_embedder

            embedder = get_embedder()
        clause_vecs = embedder.encode([sentences[i].text for i in pending])  # type: ignore[attr-defined]
        for i, v in zip(pending, clause_vecs, strict=True):
            rows[i] = v
    if not sentences:
        return FactAlignment([], [], np.zeros((0, 0), dtype=np.float32))
    clause_rows = frozenset(pending)
    raw_mat = np.vstack(rows).astype(np.float32)
    mat = _center(raw_mat) if center else raw_mat
    langs = [s.lang or by_id[s.article_id].lang for s in sentences]
    lexicon = Lexicon(
        [s.text for s in sentences], floor=max(len(articles) + 1, 4.0), owners=owners, langs=langs
    )
    owners_arr = np.asarray(owners)
    cand: list[tuple[list[int], np.ndarray, list[int]]] = []
    for block in blocks(mat, lexicon, langs, threshold, lex_weight, LEX_BASE, block_max):
        cand.extend(
            _block_facts(
                block,
                mat,
                owners_arr,
                langs,
                lexicon,
                threshold,
                margin,
                pair_margin,
                min_member,
                min_score,
                lex_weight,
                soft,
                embedder,
                clause_rows,
            )
        )

    def first_seen(support: list[int]) -> tuple[int, int]:
        return min((order[sentences[m].article_id], sentences[m].index) for m in support)

    def independent(support: list[int]) -> int:
        return len({groups.get(sentences[m].article_id, sentences[m].article_id) for m in support})

    cand = fold_restatements(cand, mat, owners, lexicon, langs)
    cand.sort(key=lambda c: (-independent(c[2]), -len(c[2]), first_seen(c[2])))
    result = FactAlignment(
        [],
        sentences,
        raw_mat,
        offset=_offset(raw_mat) if center else None,
        lexicon=lexicon,
        langs=langs,
        groups=dict(groups),
        clauses=clause_rows,
    )
    for members, centroid, support in cand:
        fid = f"F{len(result.facts) + 1}"
        cos = {m: float(mat[m] @ centroid) for m in support}
        support_sorted = sorted(support, key=lambda m: order[sentences[m].article_id])
        result.members[fid] = members
        result.support_rows[fid] = support_sorted
        n_indep = independent(support)
        lead = 1.0 - min(
            sentences[m].index / max(len(by_id[sentences[m].article_id].sentences), 1)
            for m in support
        )
        result.facts.append(
            Fact(
                id=fid,
                text=result.wording(fid, by_id) or "",
                support=[
                    Citation(sentences[m].article_id, sentences[m].text, sentences[m].index)
                    for m in support_sorted
                ],
                independent_sources=n_indep,
                status="corroborated" if n_indep >= 2 else "single-source",
                source_groups=sorted(
                    {groups.get(sentences[m].article_id, sentences[m].article_id) for m in support}
                ),
                score=round(n_indep + 0.5 * lead + float(np.mean(list(cos.values()))), 4),
            )
        )
        raw_centroid = raw_mat[support].mean(axis=0)
        result.centroids[fid] = raw_centroid / max(float(np.linalg.norm(raw_centroid)), 1e-12)
    return result


def group_facts(
    articles: Sequence[Article],
    *,
    embedder: object | None = None,
    groups: dict[str, str] | None = None,
) -> list[Fact]:
    """The facts of one event (see `align_facts`)."""
    return align_facts(articles, embedder=embedder, groups=groups).facts
