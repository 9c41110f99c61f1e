"""Number divergences: the same figure slot (what is counted, its unit, where a length is
measured from) with different values in sentences that state one fact, or in closely
aligned sentences of different articles ("at least 500 dead" vs "more than 1,300
killed"). Rounding and qualifiers are tolerated and thousand-factor pairs ("12" vs
"12,000") are left alone as likely mis-parses. The odd one out is weighed by source (a
report and its translation are one), with the other articles that state one side."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from newsweave.compare.nouns import pooled
from newsweave.compare.numbers import find_quantities
from newsweave.compare.pairs import close_pairs
from newsweave.compare.quantity import (
    APPROX_LEADS,
    APPROX_WORDS,
    NEGATED,
    NEGATORS,
    PART,
    SPANS,
    TOLLS,
    Quantity,
)
from newsweave.compare.ranks import rank_marks
from newsweave.compare.slots import DURATIONS as _DURATIONS
from newsweave.compare.slots import LONE_COUNT, Slot
from newsweave.compare.slots import MOMENTS as _MOMENTS
from newsweave.compare.slots import slot_name as _slot_name
from newsweave.compare.slots import slot_of as _slot
from newsweave.compare.values import lone as is_lone
from newsweave.compare.values import (
    misparse_pair,
    odd_one_out,
    one_answer,
    one_each,
    parts_list,
    rounded_bound,
    same_figure,
    told_beside,
    updates,
)
from newsweave.compare.votes import vote_tallies
from newsweave.model import Article, Citation, Divergence, FactGroups
from newsweave.text.dates import weekday_names
from newsweave.text.fold import fold
from newsweave.unionfind import DisjointSets

CROSS_FACT_COS = 0.35  # raw cosine for sentences of different facts sharing a tally slot
CROSS_FACT_DURATION_COS = 0.4  # durations are common: closer sentences than for tallies
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Figure:
    """One quantity in one sentence of one article."""

    article: str
    row: int  # index into FactGroups.sentences
    quantity: Quantity



def _fmt(q: Quantity, sentence: str) -> str:
    """A figure as its outlet wrote it, with a bound's qualifier ("Fast 100", "more than
    100"): two outlets may give one value as bounds pointing apart."""
    if q.approx not in (">", ">=", "<", "<="):
        return q.text.strip()
    words = re.findall(r"\S+\s+", sentence[max(0, q.start - 40) : q.start])[-3:]
    first = next((k for k, w in enumerate(words) if w.strip().lower() in APPROX_WORDS or fold(w.strip()) in NEGATED), None)
    if first is None:
        return q.text.strip()
    if first and (words[first - 1].strip().lower() in APPROX_LEADS or fold(words[first - 1].strip()) in NEGATORS):
        first -= 1  # "at least", "au moins", "pas moins de"
    return "".join(words[first:]) + q.text.strip()


def given_figures(div: Divergence, article: str) -> list[str]:
    """The figures a number divergence's description gives `article`, as written there
    ("150 000", "more than 100"); none where it names the article with no figure."""
    _, _, listed = div.description.partition("): ")
    for piece in listed.split("; "):
        figures, sep, who = piece.rpartition(" (")
        if sep and (who.startswith(f"{article})") or who.startswith(f"{article}, ")):
            return [f.strip() for f in figures.split(", ") if f.strip()]
    return []


def _conflict(a: list[Quantity], b: list[Quantity]) -> bool:
    """Two articles' figures for one slot share no value (and are not a thousands slip)."""
    if any(same_figure(x, y) or misparse_pair(x, y) or rounded_bound(x, y) for x in a for y in b):
        return False
    return True


def number_divergences(
    alignment: FactGroups, articles: Sequence[Article], nouns: dict[tuple[str | None, str], str] | None = None
) -> list[Divergence]:
    """Figures that differ for one fact, or across closely aligned sentences.

    Per slot, sentences are linked when they support one fact (any slot) or are closely
    aligned sentences of different articles (tally slots only); each linked component whose
    articles' figures conflict is one divergence. With `nouns` (`compare.nouns.noun_map`),
    a count's noun and its translations are one slot ("412 vuelos" / "214 flights").
    """
    sents = alignment.sentences
    lang = {a.id: a.lang for a in articles}
    codes = [s.lang or lang.get(s.article_id) for s in sents]
    figs: dict[int, list[Quantity]] = {}
    for row, s in enumerate(sents):
        qs = [*find_quantities(s.text, codes[row]), *rank_marks(s.text, codes[row])]
        if qs:
            figs[row] = pooled(qs, codes[row], nouns or {})
    fact_of: dict[int, str] = {}
    for fact in alignment.facts:
        for r in alignment.support_rows[fact.id]:
            fact_of.setdefault(r, fact.id)
    links: dict[Slot, DisjointSets[int]] = {}  # slot -> the rows it links
    # slot -> the article pairs linked directly: only these can disagree (a chain "209
    # billion in assets" ~ "209 billion, 250,000 insured" ~ "250,000 insured" does not make
    # the first and the last two figures for one thing)
    direct: dict[Slot, set[frozenset[str]]] = {}

    def link(slot: Slot, a: int, b: int) -> None:
        sets = links.setdefault(slot, DisjointSets())
        sets.add(a)
        sets.union(a, b)
        direct.setdefault(slot, set()).add(frozenset((sents[a].article_id, sents[b].article_id)))

    slot_memo: dict[tuple[int, bool, bool], set[Slot]] = {}  # a row meets many others

    def slots(row: int, within: bool, lone: bool = False) -> set[Slot]:
        key = (row, within, lone)
        if key not in slot_memo:
            slot_memo[key] = {
                sl for q in figs.get(row, []) if (sl := _slot(q, sents[row].text, within, lone))
            }
        return slot_memo[key]

    def cross_slots(a: int, b: int) -> set[Slot]:
        """Slots two loosely aligned sentences share with the same tally context."""
        out = set()
        for qa in figs.get(a, []):
            for qb in figs.get(b, []):
                sa = _slot(qa, sents[a].text, False)
                if sa and sa == _slot(qb, sents[b].text, False) and qa.context == qb.context:
                    out.add(sa)
        return out

    year = _years(articles)
    dates = {a.id: a.published for a in articles}
    for fact in alignment.facts:
        rows = [r for r in alignment.support_rows[fact.id] if r in figs]
        counts = [q for r in rows for q in figs[r] if q.kind == "count"]
        # lone-count comparison only where noun keys cannot work (nouns differ by language)
        lone = len({q.noun for q in counts}) > 1 and all(
            sum(q.kind == "count" for q in figs[r]) <= 1 for r in rows
        )
        days = {r: _weekdays(sents[r].text, codes[r]) for r in rows}
        two_days = len({d for r in rows for d in days[r]}) > 1
        # a count of an earlier year's event ("cut 800 jobs in 2021") is no count of this one's
        past = {r: _earlier(figs[r], year.get(sents[r].article_id)) for r in rows}
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                for slot in slots(a, True, lone) & slots(b, True, lone):
                    # a fact told over two named days ("lundi vers 18h50" / "9 a.m. on
                    # Tuesday") holds two moments: a clock time is compared on its own day only
                    if (slot[0] != "time" or not two_days or days[a] & days[b]) and (
                        slot[0] != "count" or past[a] == past[b]
                    ):
                        link(slot, a, b)
    rows = [r for r in figs if slots(r, False)]
    pairs = [(rows[i], rows[j], cos) for i, j, cos in close_pairs(alignment.vectors[rows], CROSS_FACT_COS)]
    for a, b, cos in pairs + _continued(rows, alignment, fact_of):
        if sents[a].article_id != sents[b].article_id:
            earlier = any(_earlier(figs[r], year.get(sents[r].article_id)) for r in (a, b))
            for slot in cross_slots(a, b):
                # (a term in custody across facts is as rare as a toll: `slots.custodial`)
                short = slot[0] == "duration" and slot[1] in SPANS
                if (not short or cos >= CROSS_FACT_DURATION_COS) and not (earlier and slot[0] == "count"):
                    link(slot, a, b)
    # the moments, spans and shares each article names: two of them in one article are two things
    # (a scorer's goals "(17e, 104e)"), not a disagreement between outlets
    named: dict[tuple[str, str], list[Quantity]] = {}
    for row, qs in figs.items():
        for q in qs:
            if q.kind in _MOMENTS or q.kind == "percent" or (q.kind == "measure" and q.unit in _DURATIONS):
                if q.previous:
                    continue  # "en niet voor 30 jaar": what was said before, no second span
                named.setdefault((sents[row].article_id, q.kind), []).append(q)
            elif (q.kind == "count" and q.noun) or (q.kind == "money" and not q.previous):
                named.setdefault((sents[row].article_id, q.kind), []).append(q)
    found = []
    for slot, sets in links.items():
        for comp in sets.groups():
            # an event names many sums of one currency (a wage, a demand, a fund): sentences
            # of several facts linked by a loose alignment are read fact by fact first
            facts = {fact_of.get(r) for r in comp} - {None}
            split = [[r for r in comp if fact_of.get(r) == f] for f in sorted(facts)] if slot[0] == "money" else []
            for parts in (split, [sorted(comp)]) if len(split) > 1 else ([sorted(comp)],):
                divs = [
                    div for rows in parts
                    if (div := _slot_divergence(slot, rows, figs, fact_of, named, direct.get(slot, set()), alignment, codes, dates))
                ]  # fmt: skip
                found += divs
                if divs:
                    break  # ... and as one only when no fact disagrees within
    out = _merge_repeats(found)
    # `links` is keyed by sets of slots: sort so every process writes the same dossier
    out += _score_divergences(alignment, articles)
    out.sort(key=lambda d: (d.kind, d.description))
    return out


def _continued(rows: list[int], alignment: FactGroups, fact_of: dict[int, str]) -> list[tuple[int, int, float]]:
    """(row, other row, cosine) for the sentences no other outlet tells whose figure goes on
    the sentence before them ("Das Wasser war … in einen Stollen eingebrochen. Die Kumpel
    saßen in 410 Metern Tiefe fest."), read with that sentence: close to another
    article's sentence telling both at once ("into a gallery 380 metres below ground")."""
    sents, vecs = alignment.sentences, alignment.vectors
    at = {(s.article_id, s.index): r for r, s in enumerate(sents)}
    told = {f.id: {sents[r].article_id for r in alignment.support_rows[f.id]} for f in alignment.facts}
    alone = [
        r for r in rows
        if len(told.get(fact_of.get(r, ""), set())) <= 1 and (sents[r].article_id, sents[r].index - 1) in at
    ]  # fmt: skip
    if not alone:
        return []
    ctx = vecs[alone] + vecs[[at[sents[r].article_id, sents[r].index - 1] for r in alone]]
    ctx = ctx / np.maximum(np.linalg.norm(ctx, axis=1, keepdims=True), 1e-12)
    own = vecs[rows] / np.maximum(np.linalg.norm(vecs[rows], axis=1, keepdims=True), 1e-12)
    sim = ctx @ own.T
    return [
        (a, b, float(sim[i, j]))
        for i, a in enumerate(alone) for j, b in enumerate(rows)
        if sim[i, j] >= CROSS_FACT_COS and sents[a].article_id != sents[b].article_id
    ]  # fmt: skip


def _weekdays(text: str, lang: str | None) -> frozenset[int]:
    """The weekdays a sentence names (0..6)."""
    names = weekday_names(lang)
    return frozenset(names[w] for w in _WORD.findall(fold(text).lower()) if w in names)


def _year(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None


def _years(articles: Sequence[Article]) -> dict[str, int | None]:
    """Each article's year of publication; an undated one's is the year most others have."""
    years = {a.id: _year(a.published) for a in articles}
    known = [y for y in years.values() if y is not None]
    common = max(set(known), key=known.count) if known else None
    return {aid: common if y is None else y for aid, y in years.items()}


def _earlier(figures: list[Quantity], year: int | None) -> bool:
    """A sentence naming a year before its article's ("since 2011, when 1,100 people
    died"): its tallies are another event's, compared within their own fact only (not its
    sums: "took 2.3 million euros in bribes between 2015 and 2019" is this trial's)."""
    return year is not None and any(q.kind == "year" and q.value < year - 1 for q in figures)


def _score_divergences(alignment: FactGroups, articles: Sequence[Article]) -> list[Divergence]:
    """A score one outlet alone gives for a fact that two independent sources or more give
    as another ("beat Dunmore 2-1" / "3-1"), in digits or words ("voted 5-2" / "mit sechs
    zu einer Stimme", `votes.vote_tallies`), in a sentence of the fact or one closely
    aligned with it: the odd one out. Not when another article names that score anywhere:
    it may be another phase of the match (the 3-3 after extra time beside the 4-2 on
    penalties)."""
    texts = {a.id: f"{a.title or ''} {a.text}" for a in articles}
    langs = {a.id: a.lang for a in articles}
    named: dict[str, set[tuple[int, int]]] = {}  # article -> the scores it names, once
    sents = alignment.sentences

    def names(aid: str) -> set[tuple[int, int]]:
        if aid not in named:
            named[aid] = vote_tallies(texts[aid], langs[aid])
        return named[aid]

    told = {r: found.pop() for r, s in enumerate(sents) if len(found := vote_tallies(s.text, s.lang or langs.get(s.article_id))) == 1}
    unit = alignment.vectors / np.maximum(np.linalg.norm(alignment.vectors, axis=1, keepdims=True), 1e-12)
    out = []
    for fact in alignment.facts:
        rows = [r for r in alignment.support_rows[fact.id] if r in told]
        arts = {sents[r].article_id for r in alignment.support_rows[fact.id]}
        # ... and the sentences of other articles closely aligned with the fact's scores
        near = [r for r in told if sents[r].article_id not in arts and rows and float((unit[rows] @ unit[r]).max()) >= CROSS_FACT_COS]
        given: dict[tuple[int, int], list[Citation]] = {}
        for r in rows + near:
            cited = given.setdefault(told[r], [])
            if all(c.article != sents[r].article_id for c in cited):
                cited.append(Citation(sents[r].article_id, sents[r].text, sents[r].index))
        if len(given) != 2:
            continue
        (score, agree), (odd_score, odd) = sorted(given.items(), key=lambda kv: -len(kv[1]))
        independent = {alignment.groups.get(c.article, c.article) for c in agree}
        if len(odd) != 1 or len(independent) < 2 or any(
            odd_score in names(aid) for aid in texts if aid != odd[0].article
        ):
            continue
        out.append(
            Divergence(
                kind="number",
                description=(
                    f"Scores differ: {'-'.join(map(str, odd_score))} ({odd[0].article}); "
                    f"{'-'.join(map(str, score))} ({', '.join(c.article for c in agree)})"
                ),
                variants=[*odd, *agree],
                odd_one_out=odd[0].article,
                fact=fact.id,
            )
        )
    return out


def _given_elsewhere(
    per_article: dict[str, list[tuple[int, Quantity]]],
    named: dict[tuple[str, str], list[Quantity]],
    slot: Slot,
) -> dict[str, list[tuple[int, Quantity]]]:
    """Without the articles that, beside their own figure, give another article's figure
    for the slot's noun (or currency) in another of their sentences ("fracasó al no
    alcanzar la mayoría de 81 votos" in a report giving the 79 votes won elsewhere; "ok.
    6 170 zł miesięcznie" in a report giving the 5 020 zł elsewhere): their figure here
    counts something else."""
    kind, unit, noun = slot
    if slot == LONE_COUNT:
        return per_article
    given = {aid: [q for _, q in items] for aid, items in per_article.items()}

    def elsewhere(aid: str) -> bool:
        own = given[aid]
        other = [
            q for q in named.get((aid, kind), [])
            if (q.unit == unit if kind == "money" else q.noun == noun) and not any(same_figure(q, x) for x in own)
        ]  # fmt: skip
        return any(same_figure(q, v) for q in other for b, vs in given.items() if b != aid for v in vs)

    return {aid: items for aid, items in per_article.items() if not elsewhere(aid)}


def _parts_apart(
    per_article: dict[str, list[tuple[int, Quantity]]], named: dict[tuple[str, str], list[Quantity]]
) -> dict[str, list[tuple[int, Quantity]]]:
    """Without the figures that are the whole of a part some article tells ("Eleven of the
    train's 28 wagons", "Elf van de 28 wagons") where the slot also holds smaller figures:
    "Der Zug mit 28 Wagen" is the train, no count of the wagons that left the track."""
    wholes = {
        float(q.noun.removeprefix("out of "))
        for (_, kind), qs in named.items() if kind == "count"
        for q in qs if q.noun and q.noun.startswith("out of ")
    }  # fmt: skip
    given = [q.value for items in per_article.values() for _, q in items]
    drop = {w for w in wholes if any(v < w for v in given)}
    if not drop:
        return per_article
    kept = {aid: [(r, q) for r, q in items if q.value not in drop] for aid, items in per_article.items()}
    return {aid: items for aid, items in kept.items() if items}


def _slot_divergence(
    slot: Slot,
    rows: list[int],
    figs: dict[int, list[Quantity]],
    fact_of: dict[int, str],
    named: dict[tuple[str, str], list[Quantity]],
    direct: set[frozenset[str]],
    alignment: FactGroups,
    codes: list[str | None],
    dates: dict[str, str | None],
) -> tuple[Divergence, dict[str, str]] | None:
    """The divergence of one linked component of a slot, with each article's figures as
    its description lists them."""
    sents = alignment.sentences
    within = len({fact_of.get(r) for r in rows}) == 1 and fact_of.get(rows[0]) is not None
    per_article: dict[str, list[tuple[int, Quantity]]] = {}
    for r in rows:
        for q in figs[r]:
            if _slot(q, sents[r].text, within, slot == LONE_COUNT) == slot:
                per_article.setdefault(sents[r].article_id, []).append((r, q))
    if slot[0] == "count":
        per_article = {aid: items for aid, items in per_article.items() if not parts_list(items)}
        per_article = told_beside(per_article, figs)
    if slot[0] in ("count", "money"):
        per_article = _given_elsewhere(per_article, named, slot)
    if slot[0] == "count" and slot != LONE_COUNT:
        per_article = _parts_apart(per_article, named)
    if len(per_article) < 2:
        return None
    # terms in custody linked across facts: a trial's several terms ('six years and six
    # months' for the mayor, 'four' for the builder), one per article as moments are
    terms = slot[0] == "duration" and slot[1] not in SPANS and not within
    if slot[0] in _MOMENTS or slot == LONE_COUNT or terms:
        per_article = one_each(per_article)
        if len(per_article) < 2:
            return None
    values = {aid: [q for _, q in items] for aid, items in per_article.items()}
    ids = list(values)
    clashing = [
        (a, b)
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if frozenset((a, b)) in direct and _conflict(values[a], values[b])
    ]
    pairs = [(x, y) for a, b in clashing for x in values[a] for y in values[b]]
    # shares too: "revenue rose 8%, while net profit ..." beside "net profit rose 12%" is
    # no other rise where an article gives both
    if slot[0] in _MOMENTS or slot[0] in ("duration", "percent"):
        kind = "measure" if slot[0] == "duration" else slot[0]
        lists = [qs for (_, k), qs in named.items() if k == kind]

        def together(x: Quantity, y: Quantity) -> bool:
            return any(
                any(same_figure(x, q) for q in qs) and any(same_figure(y, q) for q in qs)
                for qs in lists
            )

        pairs = [(x, y) for x, y in pairs if not together(x, y)]
    if not pairs:
        return None
    per_article.update(_corroborating(slot, rows, per_article, figs, fact_of, alignment, codes))
    values = {aid: [q for _, q in items] for aid, items in per_article.items()}
    facts = [fact_of[r] for r in rows if r in fact_of]
    # ties: the fact of the earliest row (a set's order changes with the hash seed)
    fact = max(dict.fromkeys(facts), key=facts.count) if facts else None
    # a later report's figure no earlier one gives is an update: told as such, and no
    # witness against the earlier reports' odd one out ("circa 230 mila" two days later)
    later = updates(values, dates) if slot[0] not in ("time", "minute") else {}  # a past moment is no toll: "17.24 Uhr" two days later is a dissent
    when = {aid: f", {n} day{'s' if n > 1 else ''} later" for aid, n in later.items()}
    pieces = {aid: f"{', '.join(_fmt(q, sents[r].text) for r, q in items)} ({aid}{when.get(aid, '')})" for aid, items in per_article.items()}
    div = Divergence(
        kind="number",
        description=f"Figures differ ({_slot_name(slot)}): {'; '.join(pieces.values())}",
        variants=[
            Citation(aid, sents[items[0][0]].text, sents[items[0][0]].index)
            for aid, items in per_article.items()
        ],
        odd_one_out=odd_one_out({aid: v for aid, v in values.items() if aid not in later}, alignment.groups),
        fact=fact,
    )
    return div, pieces


def _corroborating(
    slot: Slot,
    rows: list[int],
    per_article: dict[str, list[tuple[int, Quantity]]],
    figs: dict[int, list[Quantity]],
    fact_of: dict[int, str],
    alignment: FactGroups,
    codes: list[str | None],
) -> dict[str, list[tuple[int, Quantity]]]:
    """The other articles that state one side of a divergence: a figure of its slot in a
    sentence of its facts, or closely aligned with one of its sentences ("vers 10h40" where
    one report gives 10.40 and another 10.15), or there a count of a noun of another
    language ("186 passeggeri" where two Portuguese reports give 186 and 184 passageiros;
    an article of the same language naming another noun counts another thing): they tell
    which report is the odd one out."""
    sents, vecs = alignment.sentences, alignment.vectors
    given = [q for items in per_article.values() for _, q in items]
    facts = {fact_of[r] for r in rows if r in fact_of}
    nouns: dict[str | None, set[str | None]] = {}  # language -> the variants' nouns
    for items in per_article.values():
        for r, q in items:
            nouns.setdefault(codes[r], set()).add(q.noun)
    others = [r for r in figs if sents[r].article_id not in per_article]
    if not others:
        return {}
    a, b = (vecs[x] / np.maximum(np.linalg.norm(vecs[x], axis=1, keepdims=True), 1e-12) for x in (others, rows))
    cos = dict(zip(others, (a @ b.T).max(axis=1).tolist(), strict=True))
    out: dict[str, list[tuple[int, Quantity]]] = {}
    # the sentences of the facts first, then the closest (each article cites its best)
    for r in sorted(cos, key=lambda r: (fact_of.get(r) not in facts, -cos[r], r)):
        aid = sents[r].article_id
        in_fact = fact_of.get(r) in facts
        if not in_fact and cos[r] < CROSS_FACT_COS:
            continue
        for q in figs[r]:
            # beyond the facts, what a loose alignment may link, or a figure hardly told of
            # another thing: a clock time to the minute, a count in digits not small
            exact = _slot(q, sents[r].text, True, slot == LONE_COUNT) == slot and (
                in_fact or _slot(q, sents[r].text, False) == slot or (q.kind == "time" and q.value % 60 > 0)
                or (q.kind == "count" and is_lone(q) and slot != LONE_COUNT)
            )  # fmt: skip
            # ... but a remainder ("the other 24") is no count of a whole ("24 personnes"), nor one of it
            rest = _remainder(q.noun) == _remainder(slot[2])
            loose = in_fact and slot[0] == q.kind == "count" and q.noun not in (None, PART) and rest and q.noun in nouns.get(codes[r], {q.noun})
            if (exact or (loose and _one_class(q, given))) and not q.previous and one_answer(q, given):
                out.setdefault(aid, []).append((r, q))
    # an article whose sentences tell both sides tells neither
    return {aid: items[:1] for aid, items in out.items() if all(same_figure(q, items[0][1]) for _, q in items)}


def _remainder(noun: str | None) -> bool:
    """Whether a count's noun is a remainder's ("remaining", "remaining people"; compare.parts)."""
    return f"{noun} ".startswith("remaining ")


def _one_class(q: Quantity, given: list[Quantity]) -> bool:
    """Whether a count counts what the figures it agrees with count: a toll stays a toll
    ("otras dos continúan desaparecidas", the remaining missing, are the missing)."""
    mine = (q.context or "").removeprefix("remaining ") or None
    return all(
        mine == v.context or (mine not in TOLLS and v.context not in TOLLS)
        for v in given if same_figure(q, v)
    )  # fmt: skip


def _merge_repeats(found: list[tuple[Divergence, dict[str, str]]]) -> list[Divergence]:
    """One dissent found in two slots once: a divergence whose figures another one lists
    all, or that names the same odd one out with the same figures in the same sentence
    ("Unos 60 vecinos" / "About 80 residents" as a count of people and as a lone count),
    joins the larger."""
    kept: list[tuple[Divergence, dict[str, str]]] = []
    for div, pieces in sorted(found, key=lambda f: (-len(f[0].variants), f[0].description)):
        odd = {(c.article, c.sentence) for c in div.odd_variants()}
        for n, (big, big_pieces) in enumerate(kept):
            if all(big_pieces.get(aid) == piece for aid, piece in pieces.items()) or (
                odd
                and odd == {(c.article, c.sentence) for c in big.odd_variants()}
                and pieces[div.odd_one_out] == big_pieces[div.odd_one_out]  # the same figures
            ):
                cited = {c.article for c in big.variants}
                added = [c for c in div.variants if c.article not in cited]
                merged = {**big_pieces, **{c.article: pieces[c.article] for c in added}}
                head = big.description.split(": ", 1)[0]
                kept[n] = (replace(big, description=f"{head}: {'; '.join(merged.values())}", variants=[*big.variants, *added]), merged)
                break
        else:
            kept.append((div, pieces))
    return [div for div, _ in kept]
