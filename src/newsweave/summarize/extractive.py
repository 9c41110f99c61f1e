"""Cited extractive summary: the event's most important corroborated facts.

Importance mixes independent support (how many separate witnesses state it), centrality
(closeness to what the whole event is about) and lead position (journalists put the main
news first). Facts are picked by maximal marginal relevance so no two items say the same
thing, then put in reading order: by their mean relative position in the articles, which
follows the inverted pyramid and, mostly, chronology. Each item cites the supporting
articles whose sentence says what the item's wording says. Notable single-source facts go to "also reported".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from newsweave.align.lexicon import CITE_SCORE, FIGURE_XLING
from newsweave.align.names import CUES, QUOTE_MARKS
from newsweave.compare.closed_words import (
    ADVERBS,
    COORDINATORS,
    OTHER_FUNCTION_WORDS,
    PREPOSITIONS,
)
from newsweave.lang import alternation, merged
from newsweave.model import (
    MAX_SUMMARY,
    READER_LANG,
    Article,
    Fact,
    FactGroups,
    SummaryItem,
)
from newsweave.summarize.attribution import claim_size
from newsweave.summarize.notes import dissent_note, partial_notes, shift, without_remarks
from newsweave.summarize.stated import quantities
from newsweave.summarize.verify import SPEAKER_NAMED, Check, Unit, Verifier
from newsweave.text.fold import fold, fold_all
from newsweave.text.script import cased, size, word_count
from newsweave.text.sentences import QUOTE_CLOSERS, ends_sentence

MMR_LAMBDA = 0.7
RESTATED = 0.8  # share of a quoting item's words another item holds: it says nothing new
# centred centroids of one event's distinct facts still reach ~0.5 (same actors, same
# talks): only overlap beyond this floor counts as redundancy in MMR
MMR_FLOOR = 0.4
DUPLICATE_COS = 0.7  # two facts this close say the same thing: never both in the summary
ALSO_REPORTED = 5
# Single-source facts only fill places corroborated facts leave empty, THIN_FILL of them
# at most (an event no two witnesses back gets a short summary); every item, MAX_SUMMARY.
THIN_FILL = 8
# ... and among those, one worded in the reader's language goes before one that is not (its
# one witness cannot be checked against a second, so the reader should at least read it)
READER_FILL = 0.1
CITE_COS = 0.4  # centred cosine of a support sentence with the item's wording to be cited
# ... and its pair score at least `CITE_SCORE` (centred cosine + event-weighted word overlap,
# `FactGroups.pair_score`): a sentence merely about the same people and places is not cited
# across languages no words can be compared: the centred cosine alone must be this high
CITE_COS_XLING = 0.45
# ... and a sentence less than half the wording's length (its attribution aside) states
# only a part of it ("Les Verts ont repris l'avantage à la 41e minute." for a sentence on
# the own goal, the equaliser and the penalty; "The mill was built in 1911." for "The
# mill, built in 1911, had been closed for renovation since January."): it is not cited
MIN_LENGTH = 0.5
# A sentence that states a quotation of the wording's neither in its words nor as a variant
# of its quote group is cited only for a close paraphrase (pair score): "Holt also said …
# would 'permanently' close the plant if the fines were partly waived" for Holt's quote
# scores 0.88; another remark of the same speaker's, 0.65-0.72.
PARAPHRASE_SCORE = 0.8
MAX_WORDINGS = 6  # support sentences tried as a fact's summary wording


def _positions(alignment: FactGroups, fact: Fact, sizes: dict[str, int]) -> list[float]:
    sents = alignment.sentences
    return [
        sents[r].index / max(sizes[sents[r].article_id] - 1, 1)
        for r in alignment.support_rows[fact.id]
    ]


def importance(
    alignment: FactGroups,
    articles: Sequence[Article],
    witnesses: dict[str, int] | None = None,
) -> dict[str, tuple[float, float, float]]:
    """Fact id -> (importance, centrality, mean relative position). `witnesses` (fact id ->
    independent sources) defaults to each fact's `independent_sources`."""
    sizes = {a.id: len(a.sentences) for a in articles}
    if not alignment.facts:
        return {}
    event = alignment.vectors.mean(axis=0)
    event /= max(float(np.linalg.norm(event)), 1e-12)
    witnesses = witnesses or {f.id: f.independent_sources for f in alignment.facts}
    top = max(max(witnesses.values()), 1)
    out: dict[str, tuple[float, float, float]] = {}
    for fact in alignment.facts:
        pos = _positions(alignment, fact, sizes)
        centrality = float(alignment.centroids[fact.id] @ event)
        lead = 1.0 - min(pos)
        support = witnesses.get(fact.id, fact.independent_sources) / top
        # how tightly its sentences agree: a loose cluster is a weaker statement of one fact
        vecs = alignment.centred(alignment.vectors[alignment.support_rows[fact.id]])
        mean = vecs.mean(axis=0)
        cohesion = float((vecs @ (mean / max(float(np.linalg.norm(mean)), 1e-12))).mean())
        score = 0.6 * support + 0.1 * centrality + 0.15 * lead + 0.15 * cohesion
        out[fact.id] = (score, centrality, float(np.mean(pos)))
    return out


def _mmr(
    candidates: list[Fact],
    scores: dict[str, float],
    centroids: dict[str, np.ndarray],
    k: int,
    chosen: Sequence[Fact] = (),
    said: dict[str, tuple[bool, frozenset[str]]] | None = None,
) -> list[Fact]:
    """Up to `k` of `candidates` by score, each far from those `chosen` or picked before it:
    no centroid within DUPLICATE_COS, no quotation whose words another item holds (`said`:
    fact id -> the words its item says, `_said`)."""
    picked: list[Fact] = []
    pool = sorted(candidates, key=lambda f: -scores[f.id])
    said = said or {}
    while pool and len(picked) < k:
        best, best_val = None, -np.inf
        for fact in pool:
            others = [*chosen, *picked]
            redundancy = max(
                (float(centroids[fact.id] @ centroids[o.id]) for o in others), default=0.0
            )
            if redundancy >= DUPLICATE_COS or any(_restates(said, fact.id, o.id) for o in others):
                continue
            val = MMR_LAMBDA * scores[fact.id] - (1 - MMR_LAMBDA) * max(redundancy - MMR_FLOOR, 0.0)
            if val > best_val:
                best, best_val = fact, val
        if best is None:
            break
        picked.append(best)
        pool.remove(best)
    return picked


_WORDS = re.compile(r"[^\W_]+")


def _said(text: str) -> tuple[bool, frozenset[str]]:
    """Whether an item quotes, and its words (a speaker named in front, "[Anne Holt:] …",
    left out)."""
    words = frozenset(w.lower() for w in _WORDS.findall(SPEAKER_NAMED.sub("", text)))
    return any(c in QUOTE_MARKS for c in text), words


def _restates(said: dict[str, tuple[bool, frozenset[str]]], a: str, b: str) -> bool:
    """Whether item `a` quotes words item `b` already holds, nearly all of them ("[Kravets:]
    “We have fought until the last day to save this company." beside the whole quotation)."""
    (quotes, wa), (_, wb) = said.get(a, (False, frozenset())), said.get(b, (False, frozenset()))
    return quotes and len(wa) >= 5 and len(wa & wb) >= RESTATED * len(wa)


def _wording_row(alignment: FactGroups, fact: Fact) -> int | None:
    """The support row that is the fact's wording (None if another stage reworded it)."""
    rows = alignment.support_rows[fact.id]
    return next((r for r in rows if alignment.sentences[r].text == fact.text), None)


def _in_reader_lang(alignment: FactGroups, fact: Fact) -> bool:
    """Whether the fact's wording is a sentence in the reader's language."""
    row = _wording_row(alignment, fact)
    return row is not None and bool(alignment.langs) and alignment.langs[row] == READER_LANG


def _same_lang(alignment: FactGroups, i: int, j: int) -> bool:
    langs = alignment.langs
    return not langs or (langs[i] is not None and langs[i] == langs[j])


def _close(alignment: FactGroups, a: int, b: int) -> bool:
    """Whether support row `b` says what row `a`'s wording says (centred cosine, and shared
    wording beyond the event's own names where both are in one language): a fact's looser
    supports back the fact, not this text."""
    if a == b:
        return True
    sents = alignment.sentences
    if size(sents[b].text) < MIN_LENGTH * claim_size(sents[a].text):
        return False
    va, vb = alignment.centred(alignment.vectors[[a, b]])
    if _same_lang(alignment, a, b):
        need = CITE_COS
    else:  # every figure the wording gives, stated alike, stands in for some of the cosine
        need = CITE_COS_XLING - FIGURE_XLING * alignment.states_figures(a, b)
    return float(va @ vb) >= need and alignment.pair_score(a, b) >= CITE_SCORE


def _item(
    fact: Fact,
    alignment: FactGroups,
    verifier: Verifier | None = None,
    odd_rows: dict[int, str | None] | None = None,
    cut: frozenset[int] = frozenset(),
) -> tuple[SummaryItem, int | None]:
    """The fact's wording, citing the supporting articles whose sentence says what that
    wording says. With a `verifier`, each citation must also hold (same polarity, figures,
    quote wording): the wording is then the support sentence most independent sources agree
    with, and the sources that state it differently are named in the text and `differs`.
    Returned with the row it words (None when another stage reworded the fact)."""
    rows = alignment.support_rows[fact.id]
    rep = _wording_row(alignment, fact)
    if verifier is None or rep is None:
        cited = [
            alignment.sentences[r].article_id
            for r in rows
            if rep is None or _close(alignment, rep, r)
        ]
        return SummaryItem(text=fact.text, citations=list(dict.fromkeys(cited)), fact=fact.id), rep
    units = {r: Unit.of(alignment, r) for r in rows}
    # the odd one out of a divergence on this fact may sit in another group ("received
    # 3.2 million euros" against "2.3 million"): it may differ from the wording, never cite
    spots = {r for r, f in (odd_rows or {}).items() if f == fact.id}
    odd = spots - set(units)
    dissent = {**units, **{r: Unit.of(alignment, r) for r in odd}}
    # the original wording first, then the others by closeness to the fact (a few suffice)
    centroid = alignment.centred(alignment.centroids[fact.id])
    others = sorted(
        (r for r in rows if r != rep),
        key=lambda r: -float(alignment.centred(alignment.vectors[r]) @ centroid),
    )
    best: tuple[tuple[int, int], int, list[int], Check] | None = None
    for cand in [rep, *others[: MAX_WORDINGS - 1]]:
        check = verifier.check(units[cand], list(dissent.values()))
        # an outlet whose odd sentence states this otherwise is no witness by another
        # sentence, nor by that one for a wording whose figures the check cannot read (in
        # words it does not parse: "zu zweieinhalb Jahren" / "three years")
        against = {dissent[r].article for r in odd if r not in check.agree}
        if not quantities(units[cand].text, units[cand].lang):
            against |= {units[r].article for r in spots if r in units}
        against -= {units[cand].article}
        agree = [
            r
            for r in check.agree
            if r in units
            and units[r].article not in against
            and _close(alignment, cand, r)
            and (r not in check.loose or alignment.pair_score(cand, r) >= PARAPHRASE_SCORE)
        ]
        groups = len({alignment.groups.get(units[r].article, units[r].article) for r in agree})
        # first no half quotation ('Today we stopped pretending," X said.'), however few
        # state the rest, nor an odd one out; then one two sources state that opens a sentence (not "adding
        # that the government would …"); then as many witnesses as possible, the reader's
        # language worth one (while two still hold it); then a whole sentence over a clause
        # cut from one; then the fact's own
        wording = _shown(alignment, units[cand])
        whole = int(_well_formed(wording))
        reader = int(units[cand].lang == READER_LANG and groups >= 2)
        opens = bool(_OPENS.match(wording)) or not cased(wording)
        quote_whole = int(not _quote_cut(units[cand].text))
        # never the odd wording of a quotation while another wording can stand (a tie
        # of one wire against one outlet: "We believe …" for "We do not believe …")
        even = int(cand not in spots and not any(odd for _, odd in verifier.quote_side(units[cand])))
        ends = int(cand not in cut)  # not the words an excerpt broke off
        key = (ends, quote_whole, even, int(opens and groups >= 2), groups + reader, whole, reader, int(cand == rep))
        if best is None or key > best[0]:
            best = (key, cand, agree, check)
        if (
            cand == rep
            and groups >= 2
            and whole
            and not any(_close(alignment, rep, r) for r, _ in check.differ)
        ):
            break  # the fact's own wording holds for two witnesses and nobody states it otherwise
    assert best is not None
    _, cand, agree, check = best
    agreeing = {units[r].article for r in agree}
    reasons = {}
    for r, why in check.differ:
        # only a sentence that states this item can state it differently; a looser
        # support with another figure is about something else, and merely not cited (the
        # odd one out of a divergence on this fact states it, however loosely aligned)
        if dissent[r].article not in agreeing and (r in spots or _close(alignment, cand, r)):
            reasons.setdefault(dissent[r].article, why)
    # the odd one out of a quotation the wording gives, though its sentence sits in another
    # group ("Het weer was wel een doorslaggevende factor"; the words given to someone else)
    for art, why in verifier.quote_dissent(units[cand]).items():
        if art not in agreeing:
            reasons.setdefault(art, why)
    cited = list(dict.fromkeys(units[r].article for r in rows if r in set(agree)))
    shown = _shown(alignment, units[cand])
    cut = len(units[cand].text) - len(shown)  # a clause's leading "and" left out
    notes = [shift(why, cut) for why in reasons.values()]
    partial: dict[str, set[int]] = {}  # an article leaves out what each agreeing row of it does
    for r in agree:
        ends = set(check.partial.get(r, ()))
        art = units[r].article
        partial[art] = partial[art] & ends if art in partial else ends
    notes += partial_notes(partial, cited, cut, alignment.groups)
    if cand in alignment.clauses and shown.rstrip()[-1:] in (",", ";", ":"):
        # a clause cut at its comma ends as a sentence; one cut inside a quotation shows the
        # words go on ('"We have no evidence that … were accessed …"', not a closed quote)
        close = _left_open(shown)
        shown = shown.rstrip()[:-1] + (f" …{close}" if close else ".")
    text = verifier.named(units[cand], dissent_note(shown, notes))
    return SummaryItem(text=text, citations=cited, fact=fact.id, differs=sorted(reasons)), cand


def _cut_off(alignment: FactGroups, articles: Sequence[Article]) -> frozenset[int]:
    """The rows of sentences an excerpt broke off: the words that end an article without
    ending a sentence (most pages are collected as their first 2,000 characters or so)."""
    ends = {a.id: len(a.text.rstrip()) for a in articles}
    return frozenset(
        r
        for r, x in enumerate(alignment.sentences)
        if x.end >= ends.get(x.article_id, x.end + 1) and not ends_sentence(x.text)
    )


def _odd_rows(alignment: FactGroups, verifier: Verifier) -> dict[int, str | None]:
    """Row -> fact of each sentence a contradicting divergence names as its odd one out
    (read once per event, not once per fact)."""
    return {
        r: verifier.odd[x.article_id, x.text]
        for r, x in enumerate(alignment.sentences)
        if (x.article_id, x.text) in verifier.odd
    }


# a clause cut from its sentence at a coordinating conjunction ("…, and ticket holders
# should get a full refund …"), which is written in lower case
_COORDINATOR = re.compile(rf"^(?:{alternation(COORDINATORS)})\s+(?=\w)")
# ... unless what follows continues a phrase of the sentence rather than starting a clause
# ("pero también a rastrearlos", "and to the bank"): an adverb or a preposition first
_PHRASE_LEADS = ADVERBS | PREPOSITIONS | OTHER_FUNCTION_WORDS


def standalone(text: str) -> str:
    """Clause `text` as a sentence of its own: one that starts with a coordinating
    conjunction ("and ticket holders should …") without it, capitalised (not when an
    adverb or a preposition follows it). Nothing else changes, so it says what its source
    says."""
    m = _COORDINATOR.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    if fold(rest.split(maxsplit=1)[0].strip(",;:")) in _PHRASE_LEADS:
        return text
    return rest[:1].upper() + rest[1:]


def _shown(alignment: FactGroups, u: Unit) -> str:
    """How row `u` reads as a summary item: a clause cut from its sentence on its own
    (`standalone`); any other row as it is (a sentence that starts "and" or "pero" in lower
    case is a line cut off, and stays a fragment)."""
    return standalone(u.text) if u.row in alignment.clauses else u.text


_OPENS = re.compile(r"^[\"“„«‘'(]?[A-ZÀ-ÖØ-Þ0-9]")
# "Dat heeft topman X gezegd.", "That is what the mayor said.": a pronoun standing for the
# sentence before, then a verb; with a speech verb, all it says is who said that
_POINTING = fold_all(merged("cues", "DEMONSTRATIVE_PRONOUNS"))
_VERBS = fold_all(merged("cues", "AUXILIARIES")) | CUES


def _says_who_said_it(text: str) -> bool:
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", text)]
    return len(words) > 2 and words[0] in _POINTING and words[1] in _VERBS and any(w in CUES for w in words[1:])


def _quote_cut(text: str) -> bool:
    """Whether `text` closes a quotation it never opened: a sentence cut out of one ('Today
    we stopped pretending," Vasko said.'). One opened and left open is its first sentence,
    an excerpt that reads on its own."""
    depth = 0
    german = "„" in text  # „…“: the English opener closes
    for k, c in enumerate(text):
        straight_opens = c == '"' and (k == 0 or text[k - 1] in " ([—–-:")
        if c in "«„" or (c == "“" and not german) or (straight_opens and depth == 0):
            depth += 1
        elif c in "»”" or (c == "“" and german) or c == '"':
            if depth == 0:
                return True
            depth -= 1
    return False


_CLOSES = {**QUOTE_CLOSERS, '"': '"'}  # the marks that close each opening one


def _left_open(text: str) -> str | None:
    """The mark that closes a quotation `text` opens and leaves open, or None."""
    opened: list[str] = []
    for k, c in enumerate(text):
        if opened and c in _CLOSES[opened[-1]]:  # first: the German „ is closed by “
            opened.pop()
        elif c in QUOTE_CLOSERS or (c == '"' and (k == 0 or text[k - 1] in " ([—–-:")):
            opened.append(c)
    return _CLOSES[opened[-1]][0] if opened else None


def _well_formed(text: str) -> bool:
    """A whole sentence a reader can take alone: capital start (in a script with case),
    final stop, neither a fragment nor a run-on list nor half a quotation. A speaker named
    in front ("[Anne Holt:] …") is no part."""
    t = SPEAKER_NAMED.sub("", without_remarks(text.strip()))
    opens = _OPENS.match(t) if cased(t) else t.lstrip("\"“„«‘'(「『")[:1].isalnum()
    return bool(opens and ends_sentence(t)) and 8 <= word_count(t) <= 45 and not _quote_cut(t) and not _says_who_said_it(t)


def summarize(
    alignment: FactGroups,
    articles: Sequence[Article],
    *,
    max_items: int = MAX_SUMMARY,
    also_reported: int = ALSO_REPORTED,
    verifier: Verifier | None = None,
    echoed: set[str] | frozenset[str] = frozenset(),
) -> tuple[list[SummaryItem], list[SummaryItem]]:
    """(summary, also_reported): at most `max_items` corroborated facts in reading order
    (single-source ones only in places left empty, `THIN_FILL` at most), and the most
    central single-source facts. With a `verifier` every citation is checked (see
    `newsweave.summarize.verify`; each fact's `confirmed` is set to the articles its
    checked wording cites). Facts in `echoed` (another source states them:
    `align.echoes`) are never listed as reported by one source."""
    odd_rows = _odd_rows(alignment, verifier) if verifier else {}
    cut = _cut_off(alignment, articles)
    worded = {f.id: _item(f, alignment, verifier, odd_rows, cut) for f in alignment.facts}
    items = {fid: item for fid, (item, _) in worded.items()}
    if verifier is not None:  # what the check confirms of each fact's support, for its list
        for f in alignment.facts:
            f.confirmed = items[f.id].citations
    # a fact only the odd one out of a divergence states is that outlet's other version:
    # it is named as such under divergences, never told as a fact here
    minority = {
        f.id for f in alignment.facts if (rows := set(alignment.support_rows[f.id])) and rows <= set(odd_rows)
    }
    # A summary item speaks for the witnesses it cites: a corroborated fact whose wording
    # only one source group actually states ranks as that one witness.
    cited = {
        fid: len({alignment.groups.get(a, a) for a in item.citations})
        for fid, item in items.items()
    }
    info = importance(alignment, articles, cited)
    scores = {fid: v[0] for fid, v in info.items()}
    # nor is a sentence an excerpt broke off ("… over fishing rights in the Gulf of")
    broken = {fid for fid, (_, row) in worded.items() if row in cut}
    told = [f for f in alignment.facts if f.id not in minority and f.id not in broken]
    corroborated = [f for f in told if f.independent_sources >= 2]
    single = [f for f in told if f.independent_sources < 2]
    # redundancy in centred space: raw centroids of one event's facts are all alike
    centred = {f.id: alignment.centred(alignment.centroids[f.id]) for f in alignment.facts}
    # Filled in tiers: facts whose wording two witnesses state, then corroborated facts
    # whose wording one states, then the best single-source facts (a fact split into
    # fragments, or told by one outlet only, still deserves a place left empty); the
    # lower tiers take only well-formed sentences. Single-source facts used here are not
    # repeated under "also reported".
    strong = [f for f in corroborated if cited[f.id] >= 2]
    tiers = [
        strong,
        [f for f in corroborated if f not in strong and _well_formed(items[f.id].text)],
        [f for f in single if _well_formed(items[f.id].text)] or (single if not strong else []),
    ]
    fill = {f.id: scores[f.id] + READER_FILL * _in_reader_lang(alignment, f) for f in single}
    said = {fid: _said(item.text) for fid, item in items.items()}
    picked: list[Fact] = []
    for k, tier in enumerate(tiers):
        limit = max_items if k < 2 else min(max_items, len(picked) + THIN_FILL)
        if len(picked) < limit:
            ranks = scores if k < 2 else fill
            picked += _mmr(tier, ranks, centred, limit - len(picked), chosen=picked, said=said)
    picked.sort(key=lambda f: (info[f.id][2], -scores[f.id]))
    # the dossier opens with what two witnesses state, not a fact only one outlet's lede
    # tells ("A STRICKEN oil tanker ... late on Friday"), which keeps its place in the rest
    first = next((f for f in picked if cited[f.id] >= 2), None)
    if first is not None and picked[0].independent_sources < 2:
        picked.remove(first)
        picked.insert(0, first)
    rest = [f for f in single if f not in picked and f.id not in echoed]
    central = {f.id: info[f.id][1] + 0.2 * (1 - info[f.id][2]) for f in rest}
    # whole sentences first: a clause cut from a longer sentence ("and the document ...
    # remained in a drawer") reads as a stray fragment when it stands alone
    whole = [f for f in rest if _well_formed(items[f.id].text)]
    extra = _mmr(whole, central, centred, also_reported, chosen=picked)
    if len(extra) < also_reported:
        parts = [f for f in rest if f not in whole]
        extra += _mmr(parts, central, centred, also_reported - len(extra), chosen=picked + extra)
    return [items[f.id] for f in picked], [items[f.id] for f in extra]
