"""Where reports of one event disagree: figures, claims and quotes.

- **number**: the same figure slot (what is counted, its unit) carries different values in
  sentences that state one fact, or in closely aligned sentences of different articles
  ("at least 500 dead" vs "more than 1,300 killed"). Rounding and qualifiers are tolerated
  and thousand-factor pairs ("12" vs "12,000") are left alone as likely mis-parses.
- **claim**: aligned sentences of different source groups whose structure says opposite
  things (`compare.polarity.meaning_differs`: a negation flip, swapped roles). To stay quiet
  on noise, a variant must disagree with every other independent source of its fact and
  those sources must agree among themselves, so a lone dissenter is the odd one out.
- **detail**: lists that fill one slot with different items ("cheap oil and loans" /
  "gas and oil supplies"; see `detail_divergences`).
- **quote**: passed through from `align.quotes.quote_divergences`.

Facts involved get status "disputed" (`mark_disputed`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.align.facts import FactAlignment
from newsweave.compare.numbers import Quantity, find_quantities, misparse_pair, same_figure
from newsweave.lang import all_stop_words, each
from newsweave.model import Article, Citation, Divergence, Fact, Sentence

CROSS_FACT_COS = 0.35  # raw cosine for sentences of different facts sharing a tally slot
CLAIM_COS = 0.6  # raw cosine for a cross-fact claim pair (full structural check)
CLAIM_COS_LEXICAL = 0.45  # looser pairs: only the strict same-wording negation test
# Count slots worth comparing across facts: tolls and tallies outlets update and disagree on.
_TALLIES = {
    "dead",
    "injured",
    "missing",
    "evacuated",
    "buildings",
    "troops",
    "firefighters",
    "cases",
}
_AFTERSHOCK = re.compile(
    r"aftershock|r[ée]plique|r[ée]plica|nachbeben|second (?:quake|tremor)", re.I
)

MeaningCheck = Callable[[str, str, str | None, str | None], str | None]
# Up to this many rows, pairs come from one exact (n, n) product; beyond, from each row's
# NEIGHBOURS nearest rows (usearch HNSW), so memory and time grow with n, not n * n.
EXACT_PAIRS = 2000
NEIGHBOURS = 32


def close_pairs(vecs: np.ndarray, min_cos: float) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for the pairs of rows i < j with cosine >= `min_cos`, closest first."""
    n = len(vecs)
    if n < 2:
        return []
    if n <= EXACT_PAIRS:
        sim = vecs @ vecs.T
        ii, jj = np.nonzero(np.triu(sim >= min_cos, k=1))
        found = {(int(i), int(j)): float(sim[i, j]) for i, j in zip(ii, jj, strict=True)}
    else:
        from newsweave.embed.ann import AnnIndex

        index = AnnIndex(vecs.shape[1])
        index.add(np.arange(n), vecs)
        found = {}
        for start in range(0, n, 1024):
            hits = index.search(vecs[start : start + 1024], NEIGHBOURS + 1)
            for i, row in enumerate(hits, start=start):
                for j, _ in row:
                    a, b = min(i, int(j)), max(i, int(j))
                    if a != b and (a, b) not in found:
                        cos = float(vecs[a] @ vecs[b])  # exact, not the bf16 estimate
                        if cos >= min_cos:
                            found[a, b] = cos
    return sorted(((i, j, c) for (i, j), c in found.items()), key=lambda t: (-t[2], t[0], t[1]))


@dataclass(frozen=True)
class Figure:
    """One quantity in one sentence of one article."""

    article: str
    row: int  # index into FactAlignment.sentences
    quantity: Quantity


Slot = tuple[str, str | None, str | None]
_DURATIONS = {"h", "min", "d", "yr", "s"}


LONE_COUNT: Slot = ("count", None, "*")


def _slot(q: Quantity, sentence: str, within_fact: bool, lone: bool = False) -> Slot | None:
    """What a figure measures, or None when it is not comparable. Across facts only
    tallies, magnitudes, money and physical measures count; clock times, durations, years
    and bare counts need the stronger alignment of one fact."""
    if q.kind == "magnitude":
        after = sentence[q.end : q.end + 40]
        return ("magnitude", "M", "aftershock" if _AFTERSHOCK.search(after) else "main")
    if q.kind == "count":
        # Keyed by the counted noun ("1,200 residents" / "1 200 habitants"); across facts
        # only tallies count, and `_comparable` also wants the same tally context.
        if q.noun is None or (not within_fact and q.context not in _TALLIES):
            return None
        if within_fact and lone and q.text[:1].isdigit() and q.value >= 20:
            # "3,000 commuters" / "3 000 navetteurs" / "5.000 Pendler": nouns do not match
            # across languages, but one fact whose sentences carry one count each compares
            return LONE_COUNT
        return ("count", None, q.noun)
    if q.kind == "measure" and q.unit in _DURATIONS:
        return ("duration", q.unit, q.context) if within_fact else None
    if q.kind in {"money", "percent", "measure"}:
        return (q.kind, q.unit, q.context)
    if q.kind in {"time", "year", "minute"} and within_fact:
        return (q.kind, q.unit, None)
    return None


def _fmt(q: Quantity) -> str:
    return q.text.strip()


def _odd_one_out(values: dict[str, list[Quantity]]) -> str | None:
    """The one article whose figures match nobody's while all others agree."""
    if len(values) < 3:
        return None
    ids = list(values)

    def agree(a: str, b: str) -> bool:
        return any(same_figure(x, y) for x in values[a] for y in values[b])

    for odd in ids:
        rest = [i for i in ids if i != odd]
        if all(not agree(odd, r) for r in rest) and all(agree(rest[0], r) for r in rest[1:]):
            return odd
    return None


def _conflict(a: list[Quantity], b: list[Quantity]) -> bool:
    """Two articles' figures for one slot share no value (and are not a thousands slip)."""
    if any(same_figure(x, y) or misparse_pair(x, y) for x in a for y in b):
        return False
    return True


def _slot_name(slot: Slot) -> str:
    kind, unit, context = slot
    if kind == "magnitude":
        return "magnitude of the aftershock" if context == "aftershock" else "magnitude"
    if slot == LONE_COUNT:
        return "count"
    if kind == "count":
        return (
            f"number {context}"
            if context in {"dead", "injured", "missing"}
            else f"number of {context}"
        )
    if kind == "money":
        return f"amount ({unit})"
    return {"percent": "percentage", "measure": f"measure ({unit})", "time": "time",
            "year": "year", "duration": f"duration ({unit})",
            "minute": "minute of the match"}.get(kind, kind)  # fmt: skip


def number_divergences(alignment: FactAlignment, articles: Sequence[Article]) -> list[Divergence]:
    """Figures that differ for one fact, or across closely aligned sentences.

    Per slot, sentences are linked when they support one fact (any slot) or are closely
    aligned sentences of different articles (tally slots only); each linked component whose
    articles' figures conflict is one divergence.
    """
    sents = alignment.sentences
    lang = {a.id: a.lang for a in articles}
    figs: dict[int, list[Quantity]] = {}
    for row, s in enumerate(sents):
        qs = find_quantities(s.text, s.lang or lang.get(s.article_id))
        if qs:
            figs[row] = qs
    fact_of: dict[int, str] = {}
    for fact in alignment.facts:
        for r in alignment.support_rows[fact.id]:
            fact_of.setdefault(r, fact.id)
    # slot -> union-find over the rows holding a figure of that slot
    links: dict[Slot, dict[int, int]] = {}

    def find(parent: dict[int, int], r: int) -> int:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    def link(slot: Slot, a: int, b: int) -> None:
        parent = links.setdefault(slot, {})
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        parent[find(parent, b)] = find(parent, a)

    def slots(row: int, within: bool, lone: bool = False) -> set[Slot]:
        return {sl for q in figs.get(row, []) if (sl := _slot(q, sents[row].text, within, lone))}

    def cross_slots(a: int, b: int) -> set[Slot]:
        """Slots two loosely aligned sentences share with the same tally context."""
        out = set()
        for qa in figs.get(a, []):
            for qb in figs.get(b, []):
                sa = _slot(qa, sents[a].text, False)
                if sa and sa == _slot(qb, sents[b].text, False) and qa.context == qb.context:
                    out.add(sa)
        return out

    for fact in alignment.facts:
        rows = [r for r in alignment.support_rows[fact.id] if r in figs]
        counts = [q for r in rows for q in figs[r] if q.kind == "count"]
        # lone-count comparison only where noun keys cannot work (nouns differ by language)
        lone = len({q.noun for q in counts}) > 1 and all(
            sum(q.kind == "count" for q in figs[r]) <= 1 for r in rows
        )
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                for slot in slots(a, True, lone) & slots(b, True, lone):
                    link(slot, a, b)
    rows = [r for r in figs if slots(r, False)]
    for i, j, _ in close_pairs(alignment.vectors[rows], CROSS_FACT_COS):
        a, b = rows[i], rows[j]
        if sents[a].article_id != sents[b].article_id:
            for slot in cross_slots(a, b):
                link(slot, a, b)
    out: list[Divergence] = []
    for slot, parent in links.items():
        comps: dict[int, list[int]] = {}
        for r in parent:
            comps.setdefault(find(parent, r), []).append(r)
        for comp in comps.values():
            div = _slot_divergence(slot, sorted(comp), sents, figs, fact_of)
            if div is not None:
                out.append(div)
    # `links` is keyed by sets of slots: sort so every process writes the same dossier
    out.sort(key=lambda d: (d.kind, d.description))
    return out


def _slot_divergence(
    slot: Slot,
    rows: list[int],
    sents: list[Sentence],
    figs: dict[int, list[Quantity]],
    fact_of: dict[int, str],
) -> Divergence | None:
    within = len({fact_of.get(r) for r in rows}) == 1 and fact_of.get(rows[0]) is not None
    per_article: dict[str, list[tuple[int, Quantity]]] = {}
    for r in rows:
        for q in figs[r]:
            if _slot(q, sents[r].text, within, slot == LONE_COUNT) == slot:
                per_article.setdefault(sents[r].article_id, []).append((r, q))
    if len(per_article) < 2:
        return None
    values = {aid: [q for _, q in items] for aid, items in per_article.items()}
    if (slot[0] in {"time", "year", "minute"} or slot == LONE_COUNT) and any(
        len(v) > 1 for v in values.values()
    ):
        return None  # several dates in one sentence: which one is the fact's is a guess
    ids = list(values)
    if not any(_conflict(values[a], values[b]) for i, a in enumerate(ids) for b in ids[i + 1 :]):
        return None
    facts = [fact_of[r] for r in rows if r in fact_of]
    fact = max(set(facts), key=facts.count) if facts else None
    listing = "; ".join(
        f"{', '.join(_fmt(q) for _, q in items)} ({aid})" for aid, items in per_article.items()
    )
    return Divergence(
        kind="number",
        description=f"Figures differ ({_slot_name(slot)}): {listing}",
        variants=[
            Citation(aid, sents[items[0][0]].text, sents[items[0][0]].index)
            for aid, items in per_article.items()
        ],
        odd_one_out=_odd_one_out(values),
        fact=fact,
    )


# Negators as written (lower case, accents kept): newsweave.lang.<code>.cues.NEGATION_TOKENS.
_NEGATORS = frozenset(w for _, m in each("cues") for w in getattr(m, "NEGATION_TOKENS", ()))
# spaCy's stop words of every language (newsweave.lang.all_stop_words); lower case, accents kept.
_STOP = all_stop_words()
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”»]?\s+")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’]t\b)?")  # keeps "don't", splits "qu'aucun", "n'a"


def negation_flip(a: str, b: str) -> str | None:
    """Same-wording statements where exactly one side is negated ("Brandt ruled out a levy"
    / "Neither the minister nor the governor ruled out a levy"): a fallback for what the
    subject-keyed structural check misses when the two name the actor differently.
    Compared sentence by sentence, so an extra sentence on one side does not count."""
    for part_a in _SENT_SPLIT.split(a):
        for part_b in _SENT_SPLIT.split(b):
            reason = _negation_flip_one(part_a, part_b)
            if reason:
                return reason
    return None


def _negation_flip_one(a: str, b: str) -> str | None:
    ta = [w.lower() for w in _TOKEN.findall(a)]
    tb = [w.lower() for w in _TOKEN.findall(b)]
    neg_a = any(w in _NEGATORS or w.endswith("n't") for w in ta)
    neg_b = any(w in _NEGATORS or w.endswith("n't") for w in tb)
    if neg_a == neg_b:
        return None
    ca = {w for w in ta if w not in _STOP and w not in _NEGATORS and len(w) > 2}
    cb = {w for w in tb if w not in _STOP and w not in _NEGATORS and len(w) > 2}
    shared = ca & cb
    # the shared wording must be the core of the shorter statement
    if len(shared) < 4 or len(shared) < 0.45 * min(len(ca), len(cb)):
        return None
    negated, plain = (a, b) if neg_a else (b, a)
    tokens = ta if neg_a else tb
    # ... and the negation must bear on it: a shared word right after the negator
    # ("nor the governor ruled out"), not on an aside ("even though it was not part")
    if not any(
        (w in _NEGATORS or w.endswith("n't")) and shared & set(tokens[k + 1 : k + 4])
        for k, w in enumerate(tokens)
    ):
        return None
    return f"negation flipped: '{negated}' vs '{plain}'"


def _default_meaning_check() -> MeaningCheck:
    try:
        from newsweave.compare.polarity import meaning_differs
    except ImportError:  # the polarity stage is optional for this module
        meaning_differs = None

    def check(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
        reason = meaning_differs(a, b, lang_a, lang_b) if meaning_differs else None
        if reason is None and lang_a == lang_b:
            reason = negation_flip(a, b)
        return reason

    return check


def claim_divergences(
    alignment: FactAlignment,
    articles: Sequence[Article],
    groups: dict[str, str],
    *,
    meaning_check: MeaningCheck | None = None,
) -> list[Divergence]:
    """Aligned statements where one independent source says the opposite of the others."""
    check = meaning_check or _default_meaning_check()
    sents = alignment.sentences
    lang = {a.id: a.lang for a in articles}
    out: list[Divergence] = []

    def lang_of(s: Sentence) -> str | None:
        return s.lang or lang.get(s.article_id)

    row_of = {id(s): i for i, s in enumerate(sents)}

    def differs(a: Sentence, b: Sentence) -> str | None:
        if "?" in a.text or "?" in b.text:
            return None  # "Can we ...? No!": question and answer defeat polarity reading
        cos = float(alignment.vectors[row_of[id(a)]] @ alignment.vectors[row_of[id(b)]])
        if cos >= CLAIM_COS:
            reason = check(a.text, b.text, lang_of(a), lang_of(b))
        elif lang_of(a) == lang_of(b):
            # loosely aligned: only the strict same-wording test, never a structural guess
            reason = negation_flip(a.text, b.text)
        else:
            return None
        # Figures are the number check's job; here only structure-borne meaning counts.
        return None if reason is None or reason.startswith("different number") else reason

    covered: set[frozenset[int]] = set()
    for fact in alignment.facts:
        # clustered sentences only: a sentence credited by centroid proximity alone is
        # too loosely aligned to call its difference a contradiction
        members = set(alignment.members.get(fact.id, []))
        rows = [r for r in alignment.support_rows[fact.id] if r in members]
        by_group: dict[str, int] = {}
        for r in rows:
            by_group.setdefault(groups.get(sents[r].article_id, sents[r].article_id), r)
        reps = list(by_group.values())
        if len(reps) < 2:
            continue
        found = _lone_dissenter(reps, sents, differs)
        if found is None:
            continue
        odd, reason = found
        covered.add(frozenset(reps))
        out.append(
            Divergence(
                kind="claim",
                description=f"One report contradicts the others ({reason})",
                variants=[
                    Citation(sents[r].article_id, sents[r].text, sents[r].index) for r in reps
                ],
                odd_one_out=sents[odd].article_id if len(reps) >= 3 else None,
                fact=fact.id,
            )
        )
    out.extend(_cross_fact_claims(alignment, groups, differs, covered))
    return out


def _lone_dissenter(
    reps: list[int], sents: list[Sentence], differs: Callable[[Sentence, Sentence], str | None]
) -> tuple[int, str] | None:
    """(row, reason) of the one variant that differs from the others while they agree.

    It must differ from at least half of the other variants in its own language (there
    must be one): cross-language pairs are too often misread by lexicon checks to count
    either way."""
    if len(reps) == 2:
        reason = differs(sents[reps[0]], sents[reps[1]])
        return (reps[1], reason) if reason and reason.startswith("negation") else None
    cache: dict[tuple[int, int], str | None] = {}

    def d(a: int, b: int) -> str | None:
        key = (min(a, b), max(a, b))
        if key not in cache:
            cache[key] = differs(sents[key[0]], sents[key[1]])
        return cache[key]

    found: list[tuple[int, str]] = []
    for odd in reps:
        rest = [r for r in reps if r != odd]
        reasons = [d(odd, r) for r in rest]
        same_lang = [
            reason for r, reason in zip(rest, reasons, strict=True)
            if sents[r].lang == sents[odd].lang
        ]  # fmt: skip
        # most same-language peers (facts can hold a loosely aligned intruder) ...
        if not same_lang or sum(map(bool, same_lang)) < max(1, len(same_lang) / 2):
            continue
        # ... while the others, read in one language, agree among themselves
        if any(
            d(a, b)
            for i, a in enumerate(rest)
            for b in rest[i + 1 :]
            if sents[a].lang == sents[b].lang
        ):
            continue
        found.append((odd, str(next(r for r in same_lang if r))))
    if len(found) == 1:
        return found[0]
    # Two voices flipping against each other: the dissenter is the one negated statement
    # among all variants, whatever their language; otherwise nobody can tell.
    negated = {r: _has_negator(sents[r].text) for r in reps}
    lone = [(r, why) for r, why in found if sum(v == negated[r] for v in negated.values()) == 1]
    return lone[0] if len(lone) == 1 else None


def _has_negator(text: str) -> bool:
    return any(w.lower() in _NEGATORS or w.lower().endswith("n't") for w in _TOKEN.findall(text))


def _cross_fact_claims(
    alignment: FactAlignment,
    groups: dict[str, str],
    differs: Callable[[Sentence, Sentence], str | None],
    covered: set[frozenset[int]],
) -> list[Divergence]:
    """A sentence of one fact that negates an aligned sentence of another fact.

    Closely aligned pairs (>= CLAIM_COS) go through the full check; looser ones
    (>= CLAIM_COS_LEXICAL) only through the same-language wording test, which is strict
    on its own. The negating sentence must contradict the other fact's sentences in its
    language (at least half of them), not just one of them.
    """
    sents = alignment.sentences
    fact_of = {r: f.id for f in alignment.facts for r in alignment.support_rows[f.id]}
    rows = sorted(fact_of)
    if len(rows) < 2:
        return []
    out: list[Divergence] = []
    flagged: set[str] = set()
    for i, j, _ in close_pairs(alignment.vectors[rows], CLAIM_COS_LEXICAL):
        ri, rj = rows[i], rows[j]
        if fact_of[ri] == fact_of[rj] or fact_of[ri] in flagged or fact_of[rj] in flagged:
            continue
        gi = groups.get(sents[ri].article_id, sents[ri].article_id)
        gj = groups.get(sents[rj].article_id, sents[rj].article_id)
        if gi == gj or frozenset((ri, rj)) in covered:
            continue
        reason = differs(sents[ri], sents[rj])
        if not reason or not reason.startswith("negation"):
            continue
        # the smaller fact is the dissenting one
        small, big = sorted((ri, rj), key=lambda r: len(alignment.support_rows[fact_of[r]]))
        big_rows = alignment.support_rows[fact_of[big]]
        peers = [r for r in big_rows if r != big and sents[r].lang == sents[small].lang]
        if peers and sum(bool(differs(sents[small], sents[r])) for r in peers) < len(peers) / 2:
            continue
        flagged.update({fact_of[ri], fact_of[rj]})
        variants = [sents[small]] + [sents[r] for r in big_rows]
        n_groups = len({groups.get(sents[r].article_id, sents[r].article_id) for r in big_rows})
        out.append(
            Divergence(
                kind="claim",
                description=f"One report contradicts the others ({reason})",
                variants=[Citation(s.article_id, s.text, s.index) for s in variants],
                odd_one_out=sents[small].article_id if n_groups >= 2 else None,
                fact=fact_of[big],
            )
        )
    return out


# --- detail lists ------------------------------------------------------------------
# "cheap oil and loans" / "gas and oil supplies" / "oil and gas at a discount": the same
# list slot (the lists share an item) filled with different items. Only common nouns
# (lower-case words) make items: names in a list ("Russia and Belarus") are the event's
# actors, not a detail outlets disagree on.
_CONJ = frozenset("and or et ou y o und oder e i".split())
_LIST_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[,;]", re.UNICODE)
DETAIL_COS = 0.35  # raw cosine for two sentences to be compared for their lists


@dataclass(frozen=True)
class DetailList:
    items: frozenset[str]  # stemmed items
    text: str  # the list as written


# manner adverbs ("confidently and effectively") describe how, not which details
_ADVERB_ENDINGS = ("ly", "mente")


def _item(word: str) -> str | None:
    w = word.lower()
    if not word.islower() or w in _STOP or w in _NEGATORS or len(w) < 3:
        return None
    if w.endswith(_ADVERB_ENDINGS) and len(w) > 5:
        return None
    return w[:6]


def detail_lists(text: str) -> list[DetailList]:
    """The coordinated lists of common nouns in a sentence ("oil, gas and loans")."""
    toks = [(m.group(), m.start(), m.end()) for m in _LIST_WORD.finditer(text)]
    out = []
    for k, (w, _, _) in enumerate(toks):
        if w.lower() not in _CONJ or k == 0 or k + 1 >= len(toks):
            continue
        right = next(
            ((t, e) for t, _, e in toks[k + 1 : k + 4] if t not in ",;" and t.lower() not in _STOP),
            None,
        )
        if right is None or _item(right[0]) is None or _item(toks[k - 1][0]) is None:
            continue
        items = [_item(right[0]), _item(toks[k - 1][0])]
        start = toks[k - 1][1]
        j = k - 2
        while j >= 1 and toks[j][0] == "," and _item(toks[j - 1][0]):  # "oil, gas and ..."
            items.append(_item(toks[j - 1][0]))
            start = toks[j - 1][1]
            j -= 2
        out.append(DetailList(frozenset(i for i in items if i), text[start : right[1]]))
    return [d for d in out if len(d.items) >= 2]


def detail_divergences(alignment: FactAlignment, articles: Sequence[Article]) -> list[Divergence]:
    """Lists that fill one slot with different items in different articles (same
    language: words are compared). Rows are paired only through a shared item (an
    inverted index), so the cost follows the lists, not all pairs of sentences."""
    sents = alignment.sentences
    lists: dict[int, list[DetailList]] = {}
    by_item: dict[tuple[str | None, str], list[int]] = {}
    for row, s in enumerate(sents):
        found = detail_lists(s.text)
        if found:
            lists[row] = found
            lang = alignment.langs[row] if alignment.langs else s.lang
            for d in found:
                for it in d.items:
                    by_item.setdefault((lang, it), []).append(row)
    parent: dict[tuple[int, int], tuple[int, int]] = {}  # (row, list no.) union-find

    def find(x: tuple[int, int]) -> tuple[int, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    differing: set[tuple[int, int]] = set()
    seen: set[tuple[int, int]] = set()
    for rows in by_item.values():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if (a, b) in seen or sents[a].article_id == sents[b].article_id:
                    continue
                seen.add((a, b))
                if float(alignment.vectors[a] @ alignment.vectors[b]) < DETAIL_COS:
                    continue
                for x, la in enumerate(lists[a]):
                    for y, lb in enumerate(lists[b]):
                        if la.items & lb.items:
                            parent[find((a, x))] = find((b, y))
                            if la.items != lb.items:
                                differing.add((a, b))
    comps: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for node in list(parent):
        comps.setdefault(find(node), []).append(node)
    out = []
    for nodes in comps.values():
        rows = {r for r, _ in nodes}
        if not any(a in rows and b in rows for a, b in differing):
            continue
        per_article: dict[str, tuple[int, DetailList]] = {}
        for r, x in sorted(nodes):
            per_article.setdefault(sents[r].article_id, (r, lists[r][x]))
        if len(per_article) < 2:
            continue
        sets = {aid: d.items for aid, (_, d) in per_article.items()}
        odd = None
        if len(sets) >= 3:
            for aid, items in sets.items():
                rest = [v for k, v in sets.items() if k != aid]
                if all(v == rest[0] for v in rest) and items != rest[0]:
                    odd = aid
        listing = "; ".join(f"{d.text} ({aid})" for aid, (_, d) in per_article.items())
        out.append(
            Divergence(
                kind="detail",
                description=f"Details differ: {listing}",
                variants=[
                    Citation(aid, sents[r].text, sents[r].index)
                    for aid, (r, _) in per_article.items()
                ],
                odd_one_out=odd,
            )
        )
    out.sort(key=lambda d: d.description)
    return out


def find_divergences(
    alignment: FactAlignment,
    articles: Sequence[Article],
    groups: dict[str, str],
    *,
    quote_divergences: Sequence[Divergence] = (),
    meaning_check: MeaningCheck | None = None,
) -> list[Divergence]:
    """All divergences of one event: numbers, claims, detail lists, then quotes (passed
    through)."""
    out = number_divergences(alignment, articles)
    out += claim_divergences(alignment, articles, groups, meaning_check=meaning_check)
    out += detail_divergences(alignment, articles)
    out += list(quote_divergences)
    return out


def mark_disputed(facts: Sequence[Fact], divergences: Sequence[Divergence]) -> None:
    """Set status "disputed" on the facts a divergence names."""
    disputed = {d.fact for d in divergences if d.fact}
    for fact in facts:
        if fact.id in disputed:
            fact.status = "disputed"
