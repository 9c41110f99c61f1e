"""Quotations grouped across articles: the same utterance, one variant per article.

Grouping embeds the quote texts once (multilingual USE), links variants of the same
speaker across articles greedily by similarity (one variant per article, complete
link), then compares the aligned variants' structure with `compare.polarity`
(and the optional NLI model) to find the one that inverts the meaning.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from typing import Any

import numpy as np

from newsweave.align.names import (
    SAY_CUES,
    THAT,
    Mention,
    Role,
    canonical_names,
    match_role,
    same_person,
    signed_name,
    surname,
)
from newsweave.align.quote_marks import QUOTE_CHARS, WORD, n_words
from newsweave.align.speakers import Speakers, for_article
from newsweave.align.stretches import CLAUSE_END, common_stretches, pieces
from newsweave.compare import nli
from newsweave.compare.closed_words import NT_BASES, POSSESSIVE_DETS
from newsweave.compare.modality import modal_reason
from newsweave.compare.polarity import dropped_negation, meaning_differs
from newsweave.compare.ruling import ruled_out_reason
from newsweave.lang import NOUNS_CAPITALISED, all_stop_words, merged
from newsweave.model import Article, Citation, Divergence, Quote, QuoteGroup, QuoteVariant
from newsweave.text.fold import fold

__all__ = ["group_quotes", "quote_divergences"]

# Cosine for two variants of one speaker's utterance: translations score 0.6-0.9, loose
# paraphrases ("We have inspected those bridges" / "We checked these spans") ~0.58, and a
# different sentence of the same speaker rarely above 0.63, which the one-variant-per-
# article rule then keeps apart. An unknown speaker needs more textual evidence.
LINK = 0.55
UNKNOWN_SPEAKER_PENALTY = 0.12
COMPLETE_LINK = 0.45  # every pair inside a group must stay above this
REPORTED_LINK = 0.35  # ... or this, for a named speaker's reported speech (`_floor`)
# Direct variants grouped as one utterance are all compared clause by clause: a dropped
# negation lowers a translation's similarity (0.56 against 0.68-0.77 for the faithful ones).
JUDGE = COMPLETE_LINK
JUDGE_REPORTED = 0.8
# The NLI model scores some loose paraphrases up to 0.93 (e.g. "The city can manage without us,
# and we cannot manage without it" / "Without our help, the city can cope; …"), inversions 0.99.
NLI_STRONG = 0.97
LEXICAL_DENSE_MAX = 25_000_000  # quotes x distinct words for the one-matrix word overlap
# A quote this short (words) is often reported speech of one clause of what another outlet
# quotes in full ("il n'y aurait plus de pont" / "Von der alten Brücke, …, bleibt dann gar
# nichts": 0.15 as wholes, 0.73 clause to quote); it is also compared with each clause of
# the longer quotes, names left out, and counts at CLAUSE_LINK or more (short texts read
# alike more easily than whole quotes).
SHORT_QUOTE = 6
CLAUSE_LINK = 0.7
PIECE_LINK = 0.7  # a sentence of one quote alone as close as this to one of another's ...
PIECE_WORDS = 2  # ... or closer than LINK and sharing this many content words: one utterance


def group_quotes(
    articles: list[Article],
    quotes: list[Quote],
    embedder: Any = None,
    use_nli: bool | None = None,
) -> list[QuoteGroup]:
    """The same utterance across articles, one variant per article, divergent ones flagged.

    Ids "Q1", "Q2"… put divergent groups first, then go by number of articles, most
    first; singletons are kept.
    `use_nli` (default $NEWSWEAVE_NLI=1) adds the NLI model as a second signal.
    """
    if not quotes:
        return []
    by_id = {a.id: a for a in articles}
    order = {a.id: n for n, a in enumerate(articles)}
    speakers = _event_speakers(articles, quotes)
    if embedder is None:
        from newsweave.embed import get_embedder

        embedder = get_embedder()
    leads = [_lead(by_id[q.article_id], q) if q.direct and q.article_id in by_id else "" for q in quotes]
    sims = np.maximum(_piece_sims(quotes, embedder, leads), _lexical(quotes))
    langs = [by_id[q.article_id].lang if q.article_id in by_id else None for q in quotes]
    sims = np.maximum(sims, _clause_sims(quotes, speakers, embedder, langs))
    clusters = _link(quotes, speakers, sims, langs)
    check_nli = nli.nli_enabled(use_nli)
    groups: list[tuple[tuple[int, int, int], QuoteGroup]] = []
    for members in clusters:
        members.sort(
            key=lambda i: (order.get(quotes[i].article_id, len(order)), quotes[i].start or 0)
        )
        variants = [
            QuoteVariant(q.article_id, q.text, q.sentence, direct=q.direct)
            for q in (quotes[i] for i in members)
        ]
        names = Counter(speakers[i] for i in members if speakers[i])
        speaker = names.most_common(1)[0][0] if names else None
        langs = [by_id[q].lang if (q := quotes[i].article_id) in by_id else None for i in members]
        group = QuoteGroup(id="", speaker=speaker, variants=variants)
        if len(members) > 1:
            direct = [quotes[i].direct for i in members]
            texts = common_stretches([v.text for v in variants], embedder)
            _judge(group, langs, check_nli, sims[np.ix_(members, members)], direct, texts)
        first = min(
            (order.get(quotes[i].article_id, len(order)), quotes[i].start or 0) for i in members
        )
        # divergent groups first: the wording outlets disagree on is what a reader checks
        groups.append(((not group.divergent, -len(members), *first), group))
    groups.sort(key=lambda g: g[0])
    out = []
    for n, (_, g) in enumerate(groups, start=1):
        g.id = f"Q{n}"
        out.append(g)
    return out


LEAD_WORDS = 4  # words of a partial quotation's clause before its opening mark, at most
_LEAD_BREAK = re.compile(r"[,;:.!?()\[\]–—](?:\s|$)|\n")


def _lead(article: Article, q: Quote) -> str:
    """The words of a partial quotation's clause before its opening mark, after the
    speech verb and "that" ("sagte, alle Nationalmuseen „können ihre …“", "aseguró que el
    ayuntamiento llevaba "años pidiendo obras"": the subject the quotation leaves out);
    "" when the clause names the speaker or its verb, or runs longer than LEAD_WORDS.
    Names go ("but Orvik and Velmar" „firmly“ is no utterance about Orvik)."""
    if q.start is None or n_words(q.text) > 2 * SHORT_QUOTE:
        return ""
    before = article.text[max(0, q.start - 80) : q.start].rstrip().rstrip(QUOTE_CHARS).rstrip()
    words = _LEAD_BREAK.split(before)[-1].split()
    words = words[max((k + 1 for k, w in enumerate(words) if fold(w) in THAT), default=0) :]
    said = {fold(q.cue or "")} | {fold(w) for w in (q.speaker or "").split()}
    if not 0 < len(words) <= LEAD_WORDS or any(fold(w) in SAY_CUES or fold(w) in said for w in words):
        return ""
    lead = _unnamed(" ".join(words), article.lang)
    return lead if _content(lead) else ""


def _piece_sims(quotes: list[Quote], embedder: Any, leads: list[str]) -> np.ndarray:
    """Cosine of two quotes: of the whole texts, or of their best-matching sentences when
    one is longer ("The bridge is safe and intact along its whole length. Crews
    will stay there overnight" / « est sûr et intact sur toute sa longueur »): outlets quote
    different stretches of one utterance. A partial quotation is also read with its
    clause's lead ("alle Nationalmuseen" „können ihre Nachtsicherheit … überprüfen“)."""
    texts: list[str] = []
    starts: list[int] = []
    for q in quotes:
        starts.append(len(texts))
        parts = pieces(q.text)
        texts += [q.text, *parts] if len(parts) > 1 else [q.text]
    led = [k for k, lead in enumerate(leads) if lead]
    vecs = np.asarray(embedder.encode(texts + [f"{leads[k]} {quotes[k].text}" for k in led]), dtype=np.float32)
    vecs, led_vecs = vecs[: len(texts)], vecs[len(texts) :]
    piece = vecs @ vecs.T
    whole = piece[np.ix_(starts, starts)]
    # two sentences of quotes meet on their own only when they are one sentence: a close
    # match (a translation), or one sharing content words ("every step needed to
    # keep the water of our two towns clean" / "joint steps for the water supply of
    # the two towns"); two remarks of one speaker's are often as close in vector
    # ("We have moved forward a great deal." / "Both sides worked hard on this.": 0.58)
    rows, cols = np.nonzero((piece >= LINK) & (piece < PIECE_LINK))
    words = [_content(t) for t in texts]
    weak = [
        (i, j)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True)
        if len(words[i] & words[j]) < PIECE_WORDS
    ]
    if weak:
        piece[tuple(np.array(weak).T)] = 0.0
    best = np.maximum.reduceat(piece, starts, axis=0)  # quote x piece
    out = np.maximum(whole, np.maximum.reduceat(best, starts, axis=1))  # quote x quote
    if led:
        with_lead = led_vecs @ vecs[starts].T  # a led quote x each quote as it stands
        out[led] = np.maximum(out[led], with_lead)
        out[:, led] = np.maximum(out[:, led], with_lead.T)
    return out


_PARTICLES = frozenset(merged("cues", "NEGATION_PARTICLES"))
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def _unnamed(text: str, lang: str | None = None) -> str:
    """`text` without its names (capitalised words that are no stop word): a short text's
    vector leans on its names, and a shared name is no shared utterance ("We will reopen
    Velmar Bridge" / "Velmar Bridge is our lifeline": 0.68 with names, 0.42 without). Where every
    noun is capitalised they stay ("Die Lage ist nicht unter Kontrolle" is no "Die ist
    nicht unter"). Negators go too: a variant that drops one is still that utterance
    (the judge flags it), and a dropped negation halves a short text's similarity."""
    stop = all_stop_words()
    names = lang not in NOUNS_CAPITALISED

    def keep(m: re.Match[str]) -> str:
        word = m.group()
        if word.lower() in _PARTICLES:
            return ""
        if word.lower().endswith(("n't", "n’t")):
            return NT_BASES.get(word[:-3].lower(), word[:-3])  # "couldn't" -> "could"
        return "" if names and word[0].isupper() and word.lower() not in stop else word

    return " ".join(_TOKEN.sub(keep, text).split())


def _clause_sims(
    quotes: list[Quote],
    speakers: list[str | None],
    embedder: Any,
    langs: list[str | None],
) -> np.ndarray:
    """Similarity of each short quote (SHORT_QUOTE words at most) with the closest clause
    of a longer quote of another article and a compatible speaker, names left out of
    both; 0 below CLAUSE_LINK and for every other pair."""
    n = len(quotes)
    out = np.zeros((n, n), dtype=np.float32)
    size = [n_words(q.text) for q in quotes]
    short = [j for j in range(n) if size[j] <= SHORT_QUOTE]
    partners = {  # long quote -> the short quotes it may render
        k: [
            j
            for j in short
            if quotes[j].article_id != quotes[k].article_id
            and _compatible(speakers[k], speakers[j])
        ]
        for k in range(n)
        if size[k] > SHORT_QUOTE
    }
    parts: list[tuple[int, str]] = []
    for k, partner in partners.items():
        clauses = CLAUSE_END.split(quotes[k].text) if partner else []
        if len(clauses) > 1:
            parts += [(k, u) for c in clauses if n_words(u := _unnamed(c, langs[k])) >= 3]
    wanted = sorted({j for k, _ in parts for j in partners[k]})
    shorts = [(j, t) for j in wanted if n_words(t := _unnamed(quotes[j].text, langs[j])) >= 2]
    if not parts or not shorts:
        return out
    vecs = np.asarray(embedder.encode([t for _, t in parts] + [t for _, t in shorts]))
    cs = vecs[: len(parts)] @ vecs[len(parts) :].T
    column = {j: s for s, (j, _) in enumerate(shorts)}
    for c, (k, _) in enumerate(parts):
        for j in partners[k]:
            s = column.get(j)
            if s is not None and cs[c, s] >= CLAUSE_LINK and cs[c, s] > out[k, j]:
                out[k, j] = out[j, k] = cs[c, s]
    return out


def _content(text: str) -> set[str]:
    return {fold(w) for w in WORD.findall(text) if len(w) > 3}


def _lexical(quotes: list[Quote]) -> np.ndarray:
    """Word-overlap similarity, so that partial quotes ("stupid and baseless") meet their fuller forms."""
    sets = [_content(q.text) for q in quotes]
    n = len(quotes)
    vocab: dict[str, int] = {}
    for words in sets:
        for w in words:
            vocab.setdefault(w, len(vocab))
    if n * len(vocab) <= LEXICAL_DENSE_MAX:  # shared-word counts as one matrix product
        x = np.zeros((n, len(vocab)), dtype=np.float32)
        for i, words in enumerate(sets):
            x[i, [vocab[w] for w in words]] = 1.0
        size = x.sum(axis=1, dtype=np.float64)
        lex = np.zeros((n, n), dtype=np.float32)
        for start in range(0, n, 512):  # row blocks: float64 temporaries stay small
            stop = min(start + 512, n)
            inter = (x[start:stop] @ x.T).astype(np.float64)
            union = size[start:stop, None] + size[None, :] - inter
            both = (size[start:stop, None] > 0) & (size[None, :] > 0)
            with np.errstate(divide="ignore", invalid="ignore"):
                lex[start:stop] = np.where(both, 0.9 * inter / np.where(both, union, 1.0), 0.0)
        np.fill_diagonal(lex, 0.0)
        return lex
    out = np.zeros((n, n), dtype=np.float32)
    for i, j in combinations(range(n), 2):
        a, b = sets[i], sets[j]
        if a and b:
            out[i, j] = out[j, i] = 0.9 * len(a & b) / len(a | b)
    return out


def _event_speakers(articles: list[Article], quotes: list[Quote]) -> list[str | None]:
    """Speakers resolved with roles learned across all articles, then names made canonical.

    A role no article defines ("the Belarusian President" in a text that never names him
    with that title) falls back to the person the article was just talking about.
    """
    contexts = {a.id: for_article(a) for a in articles if any(q.article_id == a.id for q in quotes)}
    roles = [Role(r.cls, r.mods, r.name, -1) for sp in contexts.values() for r in sp.roles]
    for sp in contexts.values():
        sp._history = []
    names: list[str | None] = [q.speaker for q in quotes]
    # In text order per article, so that an unresolved role can fall back on the person
    # the article was just talking about.
    for k in sorted(range(len(quotes)), key=lambda k: (quotes[k].article_id, quotes[k].start or 0)):
        q, pos = quotes[k], quotes[k].start or 0
        sp = contexts.get(q.article_id)
        if sp is None:
            continue
        if names[k] is None and q.speaker_mention:
            m = _mention_by_text(sp, q.speaker_mention, pos)
            if m is not None and m.role is not None and not sp.indefinite(m):
                recent = sp.recent_person(pos)
                # "his lawyer" is someone of the person just named, never that person; nor
                # is "the mayor" a police spokesman just named, whom a role of his own tells
                owned = sp.toks[m.i].fold in POSSESSIVE_DETS or sp.possessive(m.i - 1)
                other = any(r.name == recent and r.cls != m.role.cls for r in roles) and not any(r.name == recent and r.cls == m.role.cls for r in roles)
                # ... nor is "o técnico espanhol" a striker just named when the event knows
                # its coaches: one of them, the one this article named before, or nobody
                held = {r.name for r in roles if r.cls == m.role.cls and r.name}
                named = {h for h in held if _named_before(sp, h, pos)}
                if held and recent not in held:
                    recent = next(iter(named)) if len(named) == 1 else None
                if owned:  # "son homologue": the one holder of that role other than whom it is his
                    mine = recent or sp.recent_person(pos) or ""
                    others = {r.name for r in roles if r.cls == m.role.cls and r.name and not same_person(r.name, mine)}
                    names[k] = others.pop() if len(others) == 1 and mine else None
                else:
                    names[k] = match_role(m.role, roles, pos, recent) or (None if other else recent)
        if names[k]:
            sp.note_speaker(pos, names[k], q.speaker_mention)
    # a quote signed only with a handle ("…”-@DrTedros") in an article that never names
    # the person: the one person of the event the handle names
    people = [n for n in names if n] + [
        m.name for sp in contexts.values() for m in sp.mentions if m.kind == "name" and m.name
    ]
    known = canonical_names(people)
    for k, q in enumerate(quotes):
        if names[k] is None and (q.cue or "").startswith("@"):
            names[k] = signed_name(q.cue[1:], set(known.values()))
    ordered = names
    canon = canonical_names(n for n in ordered if n)
    return [canon.get(n, n) if n else None for n in ordered]


def _named_before(sp: Speakers, name: str, pos: int) -> bool:
    """Whether the article names person `name` (by surname) before char offset `pos`."""
    last = surname(name)
    return bool(last) and any(t.fold == last for t in sp.toks[: sp.tok_index(pos)])


def _mention_by_text(sp: Speakers, text: str, pos: int) -> Mention | None:
    cands = [m for m in sp.mentions if m.kind == "role" and m.text == text]
    before = [m for m in cands if sp.toks[m.i].start <= pos]
    return (before or cands or [None])[-1]


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or same_person(a, b)


def _above_need(sims: np.ndarray, speakers: list[str | None]) -> list[tuple[int, int]]:
    """Pairs i < j whose similarity reaches the link need (LINK, plus the penalty for each
    unknown speaker), found row block by row block with a vectorised mask rather than a
    Python loop over every pair of an event's quotes."""
    unknown = np.array([sp is None for sp in speakers], dtype=np.int64)
    out: list[tuple[int, int]] = []
    n = len(speakers)
    for start in range(0, n, 512):
        stop = min(start + 512, n)
        need = LINK + UNKNOWN_SPEAKER_PENALTY * (unknown[start:stop, None] + unknown[None, :])
        hit = np.asarray(sims[start:stop], dtype=np.float64) >= need
        rows, cols = np.nonzero(hit)
        rows += start
        keep = cols > rows
        out.extend(zip(rows[keep].tolist(), cols[keep].tolist(), strict=True))
    return out


def _floor(quotes: list[Quote], speakers: list[str | None], x: int, y: int, langs: list[str | None]) -> float:
    """How close two members of one group must be: reported speech of a named speaker is
    the outlet's own paraphrase, which reads far from another outlet's ("hij niet
    verwachtte dat het vuur … zou bereiken" / „Wir rechnen damit, dass das Feuer …“: 0.45),
    and so is a named speaker's words in two other languages than English ("Nie wykluczamy
    żadnych środków" / „Wir schließen … nicht aus“: 0.48)."""
    same = speakers[x] is not None and speakers[x] == speakers[y]
    apart = langs[x] != langs[y] and "en" not in (langs[x], langs[y])
    return REPORTED_LINK if same and (apart or not (quotes[x].direct and quotes[y].direct)) else COMPLETE_LINK


def _link(quotes: list[Quote], speakers: list[str | None], sims: np.ndarray, langs: list[str | None] | None = None) -> list[list[int]]:
    """Greedy complete-link grouping, at most one quote per article per group."""
    n = len(quotes)
    langs = langs or [None] * n
    sim = sims.tolist()  # plain floats: numpy scalar indexing dominates these loops otherwise
    # An article quoting the same words twice (headline and body) links once: two copies
    # would tie on every score, and which copy won would depend on float noise.
    seen: set[tuple[str, str]] = set()
    repeats: set[int] = set()
    for i, q in enumerate(quotes):
        key = (q.article_id, " ".join(fold(q.text).split()))
        if key in seen:
            repeats.add(i)
        seen.add(key)
    pairs = []
    for i, j in _above_need(sims, speakers):
        if (
            i in repeats
            or j in repeats
            or quotes[i].article_id == quotes[j].article_id
            or not _compatible(speakers[i], speakers[j])
        ):
            continue
        s = sim[i][j]
        bonus = 0.05 * (quotes[i].direct and quotes[j].direct)
        pairs.append((s + bonus, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))  # ties: earlier quotes first
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if {quotes[k].article_id for k in a} & {quotes[k].article_id for k in b}:
            continue
        if any(
            sim[x][y] < _floor(quotes, speakers, x, y, langs) or not _compatible(speakers[x], speakers[y])
            for x in a
            for y in b
        ):
            continue
        members[gi] = a + b
        for k in b:
            group_of[k] = gi
        del members[gj]
    # An article repeating a grouped utterance (headline + body) is not a new group.
    out: list[list[int]] = []
    absorbed: set[int] = set()
    multi = [m for m in members.values() if len(m) > 1]
    for m in members.values():
        if len(m) == 1:
            i = m[0]
            for g in multi + [x for x in out if len(x) == 1]:
                if any(
                    quotes[k].article_id == quotes[i].article_id and sim[i][k] >= LINK for k in g
                ):
                    absorbed.add(i)
                    break
        if not (len(m) == 1 and (m[0] in absorbed or m[0] in repeats)):
            out.append(m)
    return out


def _judge(
    group: QuoteGroup,
    langs: list[str | None],
    check_nli: bool,
    sims: np.ndarray | None = None,
    direct: list[bool] | None = None,
    stretches: dict[tuple[int, int], tuple[str, str]] | None = None,
) -> None:
    """Flag the group when a variant's structure says something else; name the odd one out.
    `stretches` gives, for a pair quoting different lengths, the words both quote."""
    vs = group.variants
    n = len(vs)
    stretches = stretches or {}

    def texts(i: int, j: int) -> tuple[str, str]:
        return stretches.get((i, j), (vs[i].text, vs[j].text))
    reasons: dict[tuple[int, int], str] = {}

    def aligned(i: int, j: int) -> bool:
        # Reported speech is the outlet's own paraphrase: compare it only when very close.
        need = JUDGE if direct is None or (direct[i] and direct[j]) else JUDGE_REPORTED
        return sims is None or sims[i][j] >= need

    for i, j in combinations(range(n), 2):
        if not aligned(i, j):
            continue
        a, b = texts(i, j)
        r = meaning_differs(a, b, langs[i], langs[j], quoted=True)
        if r is None and (direct is None or (direct[i] and direct[j])):
            # one utterance in two languages: a "not" is translated, never dropped; in any
            # language a quoted "will" or "must" is no "could" (reported speech shifts it)
            r = (
                (dropped_negation(a, b, langs[i], langs[j]) if langs[i] != langs[j] else None)
                or modal_reason(a, b, langs[i], langs[j])
                or ruled_out_reason(a, b, langs[i], langs[j])  # "d'exclure" / "de penser"
            )
        if r:
            reasons[i, j] = r
    if check_nli:
        todo = [
            (i, j)
            for i, j in combinations(range(n), 2)
            if (i, j) not in reasons
            and aligned(i, j)
            and langs[i] in ("en", None)
            and langs[j] in ("en", None)
        ]
        scores = nli.conflict_scores([texts(i, j) for i, j in todo]) or []
        for (i, j), p in zip(todo, scores, strict=False):
            if p >= NLI_STRONG:
                a, b = texts(i, j)
                reasons[i, j] = f"contradiction by NLI (p={p:.2f}): '{a}' vs '{b}'"
    if not reasons:
        return
    group.divergent = True
    group.apart = sorted([vs[i].article, vs[j].article] for i, j in reasons)
    counts = Counter(k for pair in reasons for k in pair)
    odd = None
    if n >= 3:
        top, c = counts.most_common(1)[0]
        # every disagreement involves one variant, read against two others at least (the
        # rest, paraphrases too loose to judge, take no side): that one is odd
        if c >= 2 and all(top in pair for pair in reasons):
            odd = top
        elif len(reasons) == 1:
            pair, why = next(iter(reasons.items()))
            odd = _odd_by_others(vs, langs, pair, texts, why.startswith("modality"))
    if odd is not None:
        pair = next(p for p in reasons if odd in p)
        group.odd_one_out = vs[odd].article
        group.reason = _oriented(reasons[pair], pair[0] == odd)
    else:
        group.reason = next(iter(reasons.values()))


def _odd_by_others(
    vs: list[QuoteVariant],
    langs: list[str | None],
    pair: tuple[int, int],
    texts: Any,
    modal: bool = False,
) -> int | None:
    """Of one divergent pair, the variant the group's other variants read against: each
    other variant (a paraphrase too loose to be judged on its own, "nuevos recortes no
    están garantizados") is read against both; the odd one is the one every such reading
    that takes a side contradicts, None where none does or they disagree. With `modal`
    (the pair differs in strength) a reading's "could" takes a side too ("said a rescue
    could be launched only if …" against „wird gestartet, sobald …“)."""
    sides = set()
    for k in range(len(vs)):
        if k in pair:
            continue
        against = [m for m in pair if _reads_apart(k, m, vs, langs, texts, modal)]
        if len(against) == 1:
            sides.add(against[0])
    return sides.pop() if len(sides) == 1 else None


def _reads_apart(
    k: int, m: int, vs: list[QuoteVariant], langs: list[str | None], texts: Any, modal: bool = False
) -> bool:
    a, b = texts(min(k, m), max(k, m))
    la, lb = langs[min(k, m)], langs[max(k, m)]
    if meaning_differs(a, b, la, lb, quoted=True) or (modal and modal_reason(a, b, la, lb)) or ruled_out_reason(a, b, la, lb):
        return True
    return la != lb and bool(dropped_negation(a, b, la, lb))


def _oriented(reason: str, odd_first: bool) -> str:
    """Reasons read "odd variant vs the others"; swap the quoted pair when needed."""
    if odd_first:
        return reason
    m = re.match(r"^(.*?: )'(.*)' vs '(.*)'$", reason)
    return f"{m.group(1)}'{m.group(3)}' vs '{m.group(2)}'" if m else reason


def quote_divergences(groups: list[QuoteGroup]) -> list[Divergence]:
    """One `Divergence(kind="quote")` per divergent group."""
    out = []
    for g in groups:
        if not g.divergent:
            continue
        who = g.speaker or "an unnamed speaker"
        if g.odd_one_out:
            desc = f"Quote of {who} reads differently in {g.odd_one_out}: {g.reason}"
        else:
            desc = f"Versions of a quote of {who} disagree: {g.reason}"
        out.append(
            Divergence(
                kind="quote",
                description=desc,
                variants=[Citation(v.article, v.text, v.sentence) for v in g.variants],
                odd_one_out=g.odd_one_out,
            )
        )
    return out
