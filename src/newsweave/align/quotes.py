"""Quotations: extract and attribute them per article, group them across articles.

Extraction is a hand-written scanner rather than textacy's `direct_quotations`: it
covers every quote style news uses (“…”, "…", «…», »…«, „…“, ‘…’, '…', 「…」), quotes
interrupted by attribution (inside with dashes or commas, or between two quoted
parts), orphan closing marks left by broken encodings, and reported speech in
en/fr/es/de/pt/it, with no extra dependency and no parser (NER only, cached).

Grouping embeds the quote texts once (multilingual USE), links variants of the same
speaker across articles greedily by similarity (one variant per article, complete
link), then compares the aligned variants' structure with `compare.polarity`
(and the optional NLI model) to find the one that inverts the meaning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any

import numpy as np

from newsweave.align.mentions import match_role
from newsweave.align.names import (
    SAY_CUES,
    SOURCE_CUES,
    THAT,
    Attribution,
    Mention,
    Role,
    canonical_names,
    same_person,
)
from newsweave.align.speakers import Speakers, for_article
from newsweave.compare import nli
from newsweave.compare.polarity import meaning_differs
from newsweave.lang import each
from newsweave.model import Article, Citation, Divergence, Quote, QuoteGroup
from newsweave.text.fold import fold

__all__ = ["extract_quotes", "group_quotes", "quote_divergences"]

# Opening mark -> the marks that may close it.
PAIRS = {
    "“": '”“"',
    "„": '“”"',
    "«": "»",
    "»": "«",
    "‹": "›",
    "‚": "‘’",
    "「": "」",
    "『": "』",
    '"': '"”',
    "‘": "’",
    "'": "'",
    "”": "”",
}
STRONG = "“„«「『"
QUOTE_CHARS = "\"'“”„‟«»‹›‚‘’「」『』"
DOUBLE_QUOTES = '"“”„‟«»‹›「」『』'
# Reported speech without "that" only after verbs that take a clause ("said Russia will …").
BARE_SAY = frozenset(w for _, m in each("cues") for w in getattr(m, "BARE_SAY_VERBS", ()))
_LEAD_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday on".split()
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TERMINAL = re.compile(r"[.!?…]['\"’”»]*\s*$")

# Cosine for two variants of one speaker's utterance: translations score 0.6-0.9, loose
# paraphrases ("We have tested those aircraft" / "We tested these planes") ~0.58, and a
# different sentence of the same speaker rarely above 0.63, which the one-variant-per-
# article rule then keeps apart. An unknown speaker needs more textual evidence.
LINK = 0.55
UNKNOWN_SPEAKER_PENALTY = 0.12
COMPLETE_LINK = 0.45  # every pair inside a group must stay above this
JUDGE = 0.65  # variants closer than this are aligned enough for a clause-by-clause comparison
JUDGE_REPORTED = 0.8
# The NLI model scores some loose paraphrases up to 0.93 (seeds: "Russia can do without us,
# and we cannot do without them" / "Without our help, Russia can cope; …"), inversions 0.99.
NLI_STRONG = 0.97


@dataclass
class _Span:
    open: int  # offset of the opening mark (or of the text when the mark is missing)
    close: int  # offset of the closing mark (or paragraph end)
    inner: tuple[int, int]
    parts: list[tuple[int, int]] = field(default_factory=list)
    attribution: Attribution | None = None


@dataclass
class _Found:
    start: int
    end: int
    text: str
    direct: bool
    attribution: Attribution
    span: _Span | None = None
    speaker: str | None = None
    mention: str | None = None


# --- direct quotes -----------------------------------------------------------


def _is_opener(text: str, i: int) -> bool:
    c = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i else " "
    if not nxt or nxt.isspace():
        return False
    if c == "'":
        return (prev.isspace() or prev in '([{—–-/:“"«') and (nxt.isalnum())
    if c == "”":
        return prev.isspace() and nxt.isalpha()
    if c == "»":
        return not prev.isalnum() and nxt.isalnum()
    return True


def _is_closer(text: str, j: int, opener: str) -> bool:
    c = text[j]
    prev = text[j - 1] if j else ""
    nxt = text[j + 1] if j + 1 < len(text) else ""
    if c in "'’":
        if prev.isalpha() and nxt.isalpha():
            return False  # apostrophe: don't, Russia’s
        return bool(prev) and not prev.isspace() and not nxt.isalnum()
    if c == "“" and opener == "“":
        return not nxt.isalnum()  # “…“ used as a closer
    return True


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n+", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def find_spans(text: str) -> list[_Span]:
    """Outermost quoted spans, paragraph by paragraph."""
    spans: list[_Span] = []
    for pa, pb in _paragraphs(text):
        i = pa
        while i < pb:
            c = text[i]
            if c not in PAIRS or not _is_opener(text, i):
                if c in "”»" and not (spans and spans[-1].close == i):
                    orphan = _orphan(text, pa, i)
                    if orphan is not None:
                        spans.append(orphan)
                i += 1
                continue
            j = i + 1
            while j < pb and not (text[j] in PAIRS[c] and _is_closer(text, j, c)):
                j += 1
            if j >= pb:
                if c in STRONG and len(_WORD.findall(text[i:pb])) >= 3:
                    spans.append(_Span(i, pb, (i + 1, pb)))
                    break
                i += 1
                continue
            if c in "'‘" and len(_WORD.findall(text[i:j])) > 40:
                i += 1
                continue
            spans.append(_Span(i, j, (i + 1, j)))
            i = j + 1
    for s in spans:
        a, b = _trim(text, *s.inner)
        s.inner = (a, b)
        s.parts = [(a, b)]
    return [s for s in spans if s.inner[1] > s.inner[0]]


def _orphan(text: str, pa: int, i: int) -> _Span | None:
    """A closing mark whose opener was lost (e.g. replaced by an emoji): quote from the sentence start."""
    after = text[i + 1 : i + 40]
    if not re.match(r"\s*[,.]?\s*[,–—-]?\s*[^\W\d_]", after):
        return None
    start = pa
    for m in re.finditer(r"[.!?]\s+", text[pa:i]):
        start = pa + m.end()
    while start < i and not text[start].isalnum():
        start += 1
    if len(_WORD.findall(text[start:i])) < 3 or any(ch in text[start:i] for ch in '“«„"'):
        return None
    return _Span(start, i, (start, i))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in QUOTE_CHARS):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:–—-"):
        b -= 1
    return a, b


def _cut_incise(sp: Speakers, s: _Span) -> None:
    """Remove an attribution inside the quote: “We agreed – explained X – to continue …”."""
    a, b = s.inner
    inner = sp.text[a:b]
    for m in re.finditer(r"(\s[–—-]\s|,\s)(.{3,90}?)(\s[–—-]\s|,\s)", inner):
        mid_a, mid_b = a + m.start(2), a + m.end(2)
        lo, hi = sp.tok_index(mid_a), sp.tok_index(mid_b)
        if hi - lo > 9 or not any(sp.is_cue(k) for k in range(lo, hi)):
            continue
        att = sp.attribution_after(mid_a, mid_b)
        if att.mention is None:
            continue
        s.parts = [(a, a + m.start()), (a + m.end(), b)]
        s.attribution = att
        return


def _merge_interrupted(sp: Speakers, spans: list[_Span]) -> list[_Span]:
    """Join "We will rebuild," Reiner said, "and we will do it fast …" into one quote."""
    out: list[_Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None:
            gap = sp.text[prev.close + 1 : s.open]
            prev_text = sp.text[prev.open : prev.close]
            first = sp.text[s.inner[0] : s.inner[0] + 1]
            joins = "\n" not in gap and not re.search(r"[.!?]", gap) and gap.rstrip().endswith(",")
            continues = prev_text.rstrip().endswith(",") or first.islower()
            if joins and continues and len(_WORD.findall(gap)) <= 10:
                att = sp.attribution_after(prev.close + 1, s.open)
                if att.cue is not None:
                    prev.parts += s.parts
                    prev.close, prev.inner = s.close, (prev.inner[0], s.inner[1])
                    prev.attribution = prev.attribution or att
                    continue
        out.append(s)
    return out


def _span_text(text: str, parts: list[tuple[int, int]]) -> str:
    pieces = [text[a:b].strip().rstrip(",;:–—-").strip() for a, b in parts]
    return re.sub(r"\s+", " ", " ".join(p for p in pieces if p)).strip()


# --- reported speech ---------------------------------------------------------


def _sentences(article: Article) -> list[tuple[int, int]]:
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    out, pos = [], 0
    for m in re.finditer(r"(?<=[.!?])['\"’”»]?\s+|\n+", article.text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(article.text)))
    return [(a, b) for a, b in out if b > a]


def _reported(sp: Speakers, a: int, b: int) -> _Found | None:
    """Reported speech in sentence [a, b): "X said (that) …", "according to X, …", "…, X said."."""
    toks = sp.toks
    lo, hi = sp.tok_index(a), sp.tok_index(b)
    if hi - lo < 6:
        return None
    words = [t for t in toks[lo:hi] if t.text[0].isalpha()]
    if sum(t.upper for t in words) > 0.6 * len(words):
        return None  # a headline in title case, not prose
    # "…, Putin said." / "…, a indiqué le maire, Luc Ferrand."
    for k in range(max(lo, hi - 8), hi):
        if toks[k].text == "," and k - lo >= 4:
            att = sp.attribution_after(toks[k].start, b)
            rest = [t for t in toks[k + 1 : hi] if t.text[0].isalnum()]
            if att.mention is not None and att.cue and fold(att.cue) not in SOURCE_CUES:
                if len(rest) <= 7:
                    return _Found(toks[lo].start, toks[k - 1].end, "", False, att)
    for k in range(lo, min(hi, lo + 25)):
        if not sp.is_cue(k):
            continue
        f = toks[k].fold
        if f in SOURCE_CUES:
            m = sp.mention_after(k + 1)
            if m is None:
                continue
            if k == lo or (k == lo + 1 and toks[lo].text == ","):
                c = m.j + 1
                while c < hi and toks[c].text != ",":
                    c += 1
                if c + 1 < hi:
                    return _Found(
                        toks[c + 1].start, toks[hi - 1].end, "", False, Attribution(m, toks[k].text)
                    )
            elif k - 1 > lo and toks[k - 1].text == ",":
                return _Found(
                    toks[lo].start, toks[k - 2].end, "", False, Attribution(m, toks[k].text)
                )
            continue
        if f not in SAY_CUES:
            continue
        m = sp.subject_before_cue(k, lo)
        if m is None:
            continue
        c = k + 1
        window = toks[c : min(hi, c + 6)]
        that = next((n for n, t in enumerate(window) if t.fold in THAT), None)
        if that is not None:
            c += that + 1
        elif f not in BARE_SAY or sp.lang not in ("en", None):
            continue
        while c < hi and toks[c].fold in _LEAD_TIME:
            c += 1
        if c < hi and toks[c].text in ",:":
            c += 1
        if hi - c >= 4:
            return _Found(toks[c].start, toks[hi - 1].end, "", False, Attribution(m, toks[k].text))
    return None


# --- extraction --------------------------------------------------------------


def extract_quotes(article: Article) -> list[Quote]:
    """Direct and reported quotations of one cleaned article, attributed to speakers."""
    text = article.text
    if not text.strip():
        return []
    sp = for_article(article)
    spans = find_spans(text)
    for s in spans:
        _cut_incise(sp, s)
    spans = _merge_interrupted(sp, spans)
    sentences = _sentences(article)
    paragraphs = _paragraphs(text)
    found: list[_Found] = []
    for idx, s in enumerate(spans):
        att = _attribute(
            sp,
            s,
            spans[idx - 1] if idx else None,
            spans[idx + 1] if idx + 1 < len(spans) else None,
            sentences,
            paragraphs,
        )
        found.append(_Found(s.inner[0], s.inner[1], _span_text(text, s.parts), True, att, s))
    for a, b in sentences:
        inside = [f for f in found if f.direct and a <= f.start < b]
        if any(len(_WORD.findall(f.text)) >= 5 for f in inside):
            continue
        rep = _reported(sp, a, b)
        if rep is not None:
            rep.text = re.sub(
                r"\s+",
                " ",
                "".join(ch for ch in text[rep.start : rep.end] if ch not in DOUBLE_QUOTES),
            ).strip(" ,.;:")
            if len(_WORD.findall(rep.text)) >= 4:
                found.append(rep)
    found.sort(key=lambda f: f.start)
    return _resolve(article, sp, found, paragraphs, sentences)


def _attribute(
    sp: Speakers,
    s: _Span,
    prev: _Span | None,
    nxt: _Span | None,
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
) -> Attribution:
    if s.attribution is not None and s.attribution.mention is not None:
        return s.attribution
    pa, pb = _enclosing(paragraphs, s.open)
    after_end = min(nxt.open if nxt else pb, pb)
    att = sp.attribution_after(s.close + 1, after_end)
    if att.cue is not None and att.mention is not None:
        return att
    sa, _ = _enclosing(sentences, s.open)
    before_start = max(prev.close + 1 if prev else pa, pa)
    if sa > before_start and not (prev and sa < prev.close):
        before_start = sa
    before = sp.attribution_before(before_start, s.open)
    if before.mention is not None:
        return before
    return att if att.cue else before


def _enclosing(ranges: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    k = bisect_right([a for a, _ in ranges], pos) - 1
    return ranges[k] if k >= 0 else (0, pos)


def _resolve(
    article: Article,
    sp: Speakers,
    found: list[_Found],
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
) -> list[Quote]:
    quotes: list[Quote] = []
    starts = [s.start for s in article.sentences]
    last: _Found | None = None
    for f in found:
        m = f.attribution.mention
        if (
            m is None
            and f.direct
            and f.attribution.cue is None
            and (
                last is None
                or not _inherits(sp.text, f, last, _enclosing(paragraphs, f.start), paragraphs)
            )
        ):
            # "X reported on Twitter the collapse. “At this stage …”": the previous
            # sentence of the paragraph introduces the speaker.
            m = _previous_sentence_speaker(sp, f, sentences, paragraphs)
        if m is None and f.attribution.cue not in (None, ":"):
            # "…", added.  /  «…», agregó: a cue without subject refers back like a pronoun
            m = Mention("pronoun", -1, -1, "")
        f.speaker, f.mention = sp.resolve(m, f.start)
        f.mention = f.mention or None
        para = _enclosing(paragraphs, f.start)
        if (
            m is None
            and last is not None
            and (last.speaker or last.mention)
            and _inherits(sp.text, f, last, para, paragraphs)
        ):
            f.speaker, f.mention = last.speaker, last.mention
        if f.speaker or f.mention:
            sp.note_speaker(f.start, f.speaker, f.mention)
        words = len(_WORD.findall(f.text))
        unattributed = f.speaker is None and f.mention is None
        if unattributed and (
            words < 4 or (f.attribution.cue is None and _heading(sp.text, f, para))
        ):
            continue  # scare quotes and quoted headings carry no attribution
        sentence = None
        if starts:
            k = bisect_right(starts, f.start) - 1
            sentence = article.sentences[max(k, 0)].index
        quotes.append(
            Quote(
                article_id=article.id,
                text=f.text,
                speaker=f.speaker,
                cue=f.attribution.cue,
                direct=f.direct,
                sentence=sentence,
                start=f.start,
                end=f.end,
                speaker_mention=f.mention,
            )
        )
        last = f
    return quotes


def _previous_sentence_speaker(
    sp: Speakers, f: _Found, sentences: list[tuple[int, int]], paragraphs: list[tuple[int, int]]
) -> Mention | None:
    k = bisect_right([a for a, _ in sentences], f.start) - 1
    if k <= 0:
        return None
    pa, _ = _enclosing(paragraphs, f.start)
    a, b = sentences[k - 1]
    return sp.sentence_speaker(a, b) if a >= pa else None


def _inherits(
    text: str, f: _Found, last: _Found, para: tuple[int, int], paragraphs: list[tuple[int, int]]
) -> bool:
    """An unattributed quote continues the previous speaker in its paragraph (or right after it)."""
    if para[0] <= last.start < para[1]:
        return True
    k = paragraphs.index(para) if para in paragraphs else -1
    alone = (
        f.direct
        and f.span is not None
        and f.span.open - para[0] <= 2
        and para[1] - f.span.close <= 3
    )
    prev_para = paragraphs[k - 1] if k > 0 else None
    return bool(
        alone
        and prev_para
        and prev_para[0] <= last.start < prev_para[1]
        and _TERMINAL.search(text[para[0] : para[1]])
    )


def _heading(text: str, f: _Found, para: tuple[int, int]) -> bool:
    """A quoted line standing alone without final punctuation is a heading, not speech."""
    if f.span is None:
        return False
    line = text[para[0] : para[1]].strip()
    outside = (text[para[0] : f.span.open] + text[f.span.close + 1 : para[1]]).strip(" \t\"'“”«»„")
    return not outside and not _TERMINAL.search(line)


# --- grouping ----------------------------------------------------------------


def group_quotes(
    articles: list[Article],
    quotes: list[Quote],
    embedder: Any = None,
    use_nli: bool | None = None,
) -> list[QuoteGroup]:
    """The same utterance across articles, one variant per article, divergent ones flagged.

    Ids "Q1", "Q2"… go by number of articles, most first; singletons are kept.
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
    vecs = np.asarray(embedder.encode([q.text for q in quotes]), dtype=np.float32)
    sims = vecs @ vecs.T
    sims = np.maximum(sims, _lexical(quotes))
    clusters = _link(quotes, speakers, sims)
    check_nli = nli.nli_enabled(use_nli)
    groups: list[tuple[tuple[int, int, int], QuoteGroup]] = []
    for members in clusters:
        members.sort(
            key=lambda i: (order.get(quotes[i].article_id, len(order)), quotes[i].start or 0)
        )
        variants = [
            Citation(quotes[i].article_id, quotes[i].text, quotes[i].sentence) for i in members
        ]
        names = Counter(speakers[i] for i in members if speakers[i])
        speaker = names.most_common(1)[0][0] if names else None
        langs = [by_id[q].lang if (q := quotes[i].article_id) in by_id else None for i in members]
        group = QuoteGroup(id="", speaker=speaker, variants=variants)
        if len(members) > 1:
            direct = [quotes[i].direct for i in members]
            _judge(group, langs, check_nli, sims[np.ix_(members, members)], direct)
        first = min(
            (order.get(quotes[i].article_id, len(order)), quotes[i].start or 0) for i in members
        )
        groups.append(((-len(members), *first), group))
    groups.sort(key=lambda g: g[0])
    out = []
    for n, (_, g) in enumerate(groups, start=1):
        g.id = f"Q{n}"
        out.append(g)
    return out


def _content(text: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(text) if len(w) > 3}


def _lexical(quotes: list[Quote]) -> np.ndarray:
    """Word-overlap similarity, so that partial quotes ("stupid and baseless") meet their fuller forms."""
    sets = [_content(q.text) for q in quotes]
    n = len(quotes)
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
            if m is not None and m.role is not None:
                recent = sp.recent_person(pos)
                names[k] = match_role(m.role, roles, pos, recent) or recent
        if names[k]:
            sp.note_speaker(pos, names[k], q.speaker_mention)
    ordered = names
    canon = canonical_names(n for n in ordered if n)
    return [canon.get(n, n) if n else None for n in ordered]


def _mention_by_text(sp: Speakers, text: str, pos: int) -> Mention | None:
    cands = [m for m in sp.mentions if m.kind == "role" and m.text == text]
    before = [m for m in cands if sp.toks[m.i].start <= pos]
    return (before or cands or [None])[-1]


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or same_person(a, b)


def _link(quotes: list[Quote], speakers: list[str | None], sims: np.ndarray) -> list[list[int]]:
    """Greedy complete-link grouping, at most one quote per article per group."""
    n = len(quotes)
    sim = sims.tolist()  # plain floats: numpy scalar indexing dominates these loops otherwise
    pairs = []
    for i, j in combinations(range(n), 2):
        if quotes[i].article_id == quotes[j].article_id or not _compatible(
            speakers[i], speakers[j]
        ):
            continue
        need = LINK + UNKNOWN_SPEAKER_PENALTY * ((speakers[i] is None) + (speakers[j] is None))
        s = sim[i][j]
        if s >= need:
            bonus = 0.05 * (quotes[i].direct and quotes[j].direct)
            pairs.append((s + bonus, i, j))
    pairs.sort(reverse=True)
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
            sim[x][y] < COMPLETE_LINK or not _compatible(speakers[x], speakers[y])
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
        if not (len(m) == 1 and m[0] in absorbed):
            out.append(m)
    return out


def _judge(
    group: QuoteGroup,
    langs: list[str | None],
    check_nli: bool,
    sims: np.ndarray | None = None,
    direct: list[bool] | None = None,
) -> None:
    """Flag the group when a variant's structure says something else; name the odd one out."""
    vs = group.variants
    n = len(vs)
    reasons: dict[tuple[int, int], str] = {}

    def aligned(i: int, j: int) -> bool:
        # Reported speech is the outlet's own paraphrase: compare it only when very close.
        need = JUDGE if direct is None or (direct[i] and direct[j]) else JUDGE_REPORTED
        return sims is None or sims[i][j] >= need

    for i, j in combinations(range(n), 2):
        if not aligned(i, j):
            continue
        r = meaning_differs(vs[i].text, vs[j].text, langs[i], langs[j])
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
        scores = nli.conflict_scores([(vs[i].text, vs[j].text) for i, j in todo]) or []
        for (i, j), p in zip(todo, scores, strict=False):
            if p >= NLI_STRONG:
                reasons[i, j] = (
                    f"contradiction by NLI (p={p:.2f}): '{vs[i].text}' vs '{vs[j].text}'"
                )
    if not reasons:
        return
    group.divergent = True
    counts = Counter(k for pair in reasons for k in pair)
    odd = None
    if n >= 3:
        top, c = counts.most_common(1)[0]
        if c > (n - 1) / 2 and all(top in pair for pair in reasons):
            odd = top
    if odd is not None:
        pair = next(p for p in reasons if odd in p)
        group.odd_one_out = vs[odd].article
        group.reason = _oriented(reasons[pair], pair[0] == odd)
    else:
        group.reason = next(iter(reasons.values()))


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
                variants=[replace(v) for v in g.variants],
                odd_one_out=g.odd_one_out,
            )
        )
    return out
