"""Quotations: extract and attribute them per article (grouping across articles is
`align.quote_groups`).

Extraction is a hand-written scanner rather than textacy's `direct_quotations`: it
covers every quote style news uses (“…”, "…", «…», »…«, „…“, ‘…’, '…', 「…」, and the
dialogue dash: "—Es seguro —dijo la alcaldesa."), quotes
interrupted by attribution (inside with dashes or commas, or between two quoted
parts), orphan closing marks left by broken encodings, and reported speech in
en/fr/es/de/pt/it, with no extra dependency and no parser (NER only, cached).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newsweave.align.apposition import role_name
from newsweave.align.names import (
    AGENT_MARKERS,
    CONNECTORS,
    COORD,
    PRONOUNS,
    TOPIC_LEADS,
    Attribution,
    Mention,
    clean_name,
)
from newsweave.align.posts import handle_after, signed_by, signed_posts
from newsweave.align.quote_marks import QUOTE_CHARS, WORD, Span, find_spans, n_words
from newsweave.align.quote_marks import paragraphs as paragraph_spans
from newsweave.align.reported import Found, relayed, reported
from newsweave.align.speakers import Speakers, for_article
from newsweave.lang import NOUNS_CAPITALISED, merged
from newsweave.model import Article, Quote
from newsweave.text.fold import fold
from newsweave.text.script import CLAUSE_MARKS, unspaced
from newsweave.text.sentences import ends_sentence

__all__ = ["extract_quotes", "find_spans"]

DOUBLE_QUOTES = '"“”„‟«»‹›「」『』'
MAX_TITLE_WORDS = 6  # a quoted title of a work is short ("The One I Love")
_MAKERS = (CONNECTORS - COORD) | AGENT_MARKERS  # "«…» di X", "“…” by X": its maker


def _cut_incise(sp: Speakers, s: Span) -> None:
    """Remove an attribution inside the quote: “We agreed – explained X – to continue …”."""
    a, b = s.inner
    inner = sp.text[a:b]
    for m in re.finditer(r"(\s[–—-]\s|,\s)(.{3,90}?)(\s[–—-]\s|,\s)", inner):
        mid_a, mid_b = a + m.start(2), a + m.end(2)
        lo, hi = sp.tok_index(mid_a), sp.tok_index(mid_b)
        if hi - lo > 9 or not any(sp.is_cue(k) for k in range(lo, hi)):
            continue
        att = sp.attribution_after(mid_a, mid_b)
        if att.mention is None or att.mention.kind == "relative":
            continue  # "No one who serves, and no one who tells its story, will …": no incise
        s.parts = [(a, a + m.start()), (a + m.end(), b)]
        s.attribution = att
        return


def _merge_interrupted(sp: Speakers, spans: list[Span]) -> list[Span]:
    """Join "We will rebuild," Reiner said, "and we will do it fast …" into one quote."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None:
            gap = sp.text[prev.close + 1 : s.open]
            prev_text = sp.text[prev.open : prev.close]
            first = sp.text[s.inner[0] : s.inner[0] + 1]
            joins = "\n" not in gap and not re.search(r"[.!?]", gap) and gap.rstrip().endswith(",")
            continues = prev_text.rstrip().endswith(",") or first.islower()
            if joins and continues and len(WORD.findall(gap)) <= 10:
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


# --- extraction --------------------------------------------------------------


def extract_quotes(article: Article) -> list[Quote]:
    """Direct and reported quotations of one cleaned article, attributed to speakers."""
    text = article.text
    if not text.strip():
        return []
    sp = for_article(article)
    signed = signed_posts(article)
    spans = find_spans(text, frozenset(signed))
    for s in spans:
        _cut_incise(sp, s)
    spans = _merge_interrupted(sp, spans)
    sentences = _sentences(article)
    paragraphs = paragraph_spans(text)
    found: list[Found] = []
    for idx, s in enumerate(spans):
        att = _attribute(
            sp,
            s,
            signed,
            spans[idx - 1] if idx else None,
            spans[idx + 1] if idx + 1 < len(spans) else None,
            sentences,
            paragraphs,
        )
        found.append(Found(s.inner[0], s.inner[1], _span_text(text, s.parts), True, att, s))
    _carry_over(text, found)
    for a, b in sentences:
        inside = [f for f in found if f.direct and a <= f.start < b]
        if any(n_words(f.text) >= 5 for f in inside):
            continue
        rep = reported(sp, a, b)
        if rep is not None and any(
            f.start <= rep.end
            and rep.start <= f.end
            and f.end - f.start >= 0.8 * (rep.end - rep.start)
            for f in inside
        ):
            rep = None  # '"…", afirmou o prefeito': the quotation itself, found already
        if rep is not None:
            rep.text = re.sub(
                r"\s+",
                " ",
                "".join(ch for ch in text[rep.start : rep.end] if ch not in DOUBLE_QUOTES),
            ).strip(" ,.;:")
            if n_words(rep.text) >= 4:
                found.append(rep)
    found.sort(key=lambda f: f.start)
    return _resolve(article, sp, found, paragraphs, sentences)


def _carry_over(text: str, found: list[Found]) -> None:
    """A quotation that runs on into the next paragraph leaves its first paragraph
    unclosed and opens the next one again ('“We will rebuild. / “It will take years,” she
    said.'): the unattributed first part takes the attribution of the part that follows."""
    for k in range(len(found) - 2, -1, -1):  # last first: a chain passes it on
        f, g = found[k], found[k + 1]
        s, t = f.span, g.span
        if s is None or t is None or f.attribution.mention or f.attribution.cue:
            continue
        closed = s.close < len(text) and text[s.close] in QUOTE_CHARS
        gap = text[s.close + (1 if closed else 0) : t.open]
        if not closed and "\n" in gap and not gap.strip():
            f.attribution = g.attribution


def _attribute(
    sp: Speakers,
    s: Span,
    signed: dict[int, str],
    prev: Span | None,
    nxt: Span | None,
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
) -> Attribution:
    if s.attribution is not None and s.attribution.mention is not None:
        return s.attribution
    handle = signed.get(s.close) or handle_after(sp.text, s.close)
    if handle:
        return signed_by(sp, handle)
    pa, pb = _enclosing(paragraphs, s.open)
    after_end = min(nxt.open if nxt else pb, pb)
    att = sp.attribution_after(s.close + 1, after_end)
    if nxt is not None and after_end == nxt.open and _leads_on(sp.text, s, after_end):
        att = Attribution(None, None)
    relays = relayed(att)
    ended = ends_sentence(sp.text[s.inner[0] : s.inner[1]])
    own = ended and _own_statement(sp, s, att, sentences)
    found_after = att.cue is not None and att.mention is not None and not relays and not own
    if found_after and not ended and not _next_sentence(sp, s, att):
        return att
    sa, _ = _enclosing(sentences, s.open)
    before_start = max(prev.close + 1 if prev else pa, pa)
    if sa > before_start and not (prev and sa < prev.close):
        before_start = sa
    before = sp.attribution_before(before_start, s.open)
    if before.mention is not None and before.mention.kind == "role" and (named := role_name(sp, before.mention, s.open)):
        before = Attribution(named, before.cue, before.bare)  # "Il capo della stazione …, Davide Ronchetti, …:"
    if own or (ended and before.cue is not None):
        # '… and added: "…." The prefect spoke' / '… Tom Reed said the road …': the next
        # sentence speaks of its own
        return before
    if found_after and not _next_sentence(sp, s, att):
        return att
    if before.mention is None and att.cue is not None and att.mention is not None and not relays:
        return att  # '"I will go quietly." He said …' with nobody named before it
    if before.mention is not None and not (relays and before.mention.org):
        # "She called for “urgent action”, the BBC reported": the outlet relays her words
        return before
    return att if att.cue else before


def _own_statement(sp: Speakers, s: Span, att: Attribution, sentences: list[tuple[int, int]]) -> bool:
    """Whether the speaker named after a quotation that ends its sentence opens a statement
    of their own ('"…alone." Police chief Tom Reed said the road would stay closed'): the
    reported speech of the next sentence, not the quotation's attribution ('"…alone."
    Reed said.'). The quotation is then left to what comes before it (the caller asks only
    of a quotation that ends its sentence)."""
    m = att.mention
    if m is None or att.cue is None:
        return False
    a, b = _enclosing(sentences, sp.toks[m.i].start)
    rep = reported(sp, max(a, s.close + 1), b)
    return rep is not None and rep.attribution.mention is not None and rep.attribution.mention.i == m.i


def _next_sentence(sp: Speakers, s: Span, att: Attribution) -> bool:
    """A pronoun opening the sentence after a quotation that ends its own ('…: "I will
    go quietly." He said he would appeal'): its speech is another statement, which names
    the speaker only where nobody is named before the quotation."""
    m = att.mention
    return (
        m is not None
        and m.kind == "pronoun"
        and sp.toks[m.i].text[:1].isupper()
        and ends_sentence(sp.text[s.inner[0] : s.inner[1]])
    )


def _leads_on(text: str, s: Span, nxt_open: int) -> bool:
    """Whether the words between quote `s` and the next one open a new clause, whose
    speaker and cue introduce the next quote: after a coordinator ("… a 'very costly
    delay' and Holt promising 'real progress'") or after a quote that ends its sentence
    ("… flood again." Varga pledged to fix a "very old problem")."""
    between = text[s.close + 1 : nxt_open].strip(" \"'“”«»„‘’")
    words = between.split()
    if len(words) < 2 or re.search(r"[.!?…]", between):
        return False  # "… again." Varga said. "…": the words end their own sentence
    ended = ends_sentence(text[s.inner[0] : s.inner[1]])
    return ended or fold(words[0]) in COORD



# Chinese and Japanese put terms, titles and labels in quotation marks as often as words
# (「ファイルの場所を開く」をクリック): where no speaker is read, a quotation is someone's words
# when it ends a sentence inside its marks, opens after a colon, or a quotative particle
# follows its closing mark, or a speech verb its clause
_QUOTATIVES = merged("cues", "QUOTATIVES")
_PARTICLES = tuple(merged("cues", "QUOTATIVE_PARTICLES"))


def _said(text: str, f: Found) -> bool:
    """Whether quotation `f` (Chinese or Japanese) reads as someone's words (see above)."""
    if re.search(r"[。！？!?…]\s*$", f.text) or re.search(r"[：:]\s*$", text[: f.start - 1]):
        return True
    rest = text[f.end + 1 : f.end + 40]
    if rest.startswith(_PARTICLES):
        return True
    clause = CLAUSE_MARKS.split(rest.lstrip("，,、 "))[0]
    return any(w in clause for w in _QUOTATIVES)


def _enclosing(ranges: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    k = bisect_right([a for a, _ in ranges], pos) - 1
    return ranges[k] if k >= 0 else (0, pos)


def _resolve(
    article: Article,
    sp: Speakers,
    found: list[Found],
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
) -> list[Quote]:
    quotes: list[Quote] = []
    starts = [s.start for s in article.sentences]
    last: Found | None = None
    for f in found:
        if f.direct and f.span is not None and (_title(sp.text, f.span, sp.lang) or _work(sp.text, f.span)):
            continue  # a book, a film, a song: no one's words, and no speaker to remember
        m = f.attribution.mention
        if (
            m is None
            and f.direct
            and f.attribution.cue is None
            and (
                last is None
                or not _inherits(sp.text, f, last, _enclosing(paragraphs, f.start), paragraphs)
            )
            and _opens_sentence(sp.text, f)
        ):
            # "X announced on Twitter the closure. “For now …”": the previous
            # sentence of the paragraph introduces the speaker (not of a quote inside a
            # sentence with a subject of its own: "Residents cherish the “…” plan")
            m = _previous_sentence_speaker(sp, f, sentences, paragraphs)
        if m is None and f.direct and f.attribution.cue in (None, ":"):
            m = _colon_opener(sp, f, sentences)  # 'Paola Ferrante descartó el pago: "…"'
        if m is None and f.direct and f.attribution.cue is None:
            m = _topic_opener(sp, f, sentences)  # "Pour la présidente du syndicat, X, « … »"
        if m is None and f.attribution.bare:
            # "…", added.  /  «…», agregó: a cue without subject refers back like a pronoun;
            # not "according to a statement" or "the agency warned": another source spoke
            m = Mention("pronoun", -1, -1, "")
        f.speaker, f.mention = sp.resolve(m, f.start)
        f.mention = f.mention or None
        para = _enclosing(paragraphs, f.start)
        if (
            m is None
            and last is not None
            and (last.speaker or last.mention)
            and _inherits(sp.text, f, last, para, paragraphs)
            and (
                f.attribution.bare
                or (f.attribution.cue is None and _goes_on(sp.text, f, last, sentences))
            )
        ):
            f.speaker, f.mention = last.speaker, last.mention
        if f.speaker or f.mention:
            sp.note_speaker(f.start, f.speaker, f.mention)
        words = n_words(f.text)
        unattributed = f.speaker is None and f.mention is None
        if unattributed and (
            words < 4
            or (f.attribution.cue is None and _heading(sp.text, f, para))
            or (f.direct and unspaced(f.text) and not _said(sp.text, f))
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


def _colon_opener(sp: Speakers, f: Found, sentences: list[tuple[int, int]]) -> Mention | None:
    """The person opening the sentence of a quotation that follows a colon, with no speech
    verb before it ("Paola Ferrante descartó el pago: "No pagaremos …"", "The mayor had a
    warning for the council: "…""): the quotation is the words of the sentence's subject."""
    if not sp.text[max(0, f.start - 4) : f.start].rstrip(QUOTE_CHARS + " \u00a0").endswith(":"):
        return None
    k = bisect_right([a for a, _ in sentences], f.start) - 1
    if k < 0:
        return None
    opener = next((m for p, m in sp.subject_mentions() if sentences[k][0] <= p < f.start), None)
    if opener is None:  # no NER mention: a capitalised name opening the sentence
        i = sp.tok_index(sentences[k][0])
        opener = sp.heuristic_name(i) if i < len(sp.toks) and sp.toks[i].start < f.start else None
    if opener is not None and opener.kind == "role":
        opener = role_name(sp, opener, f.start) or opener  # not whoever last held a like role
    return opener if opener is not None and (opener.j > opener.i or opener.kind == "role") else None


def _topic_opener(sp: Speakers, f: Found, sentences: list[tuple[int, int]]) -> Mention | None:
    """The person whose view a sentence opens on when the quotation follows that phrase
    ("Pour la présidente du syndicat, Marta Kellenberg, « … »", "For the mayor, "…""):
    the quotation is that view, in that person's words."""
    k = bisect_right([a for a, _ in sentences], f.start) - 1
    if k < 0 or not sp.text[max(0, f.start - 4) : f.start].rstrip(QUOTE_CHARS + " \u00a0").endswith(","):
        return None
    i = sp.tok_index(sentences[k][0])
    if i + 1 >= len(sp.toks) or sp.toks[i].fold not in TOPIC_LEADS:
        return None
    m = sp.mention_after(i + 1)
    if m is None or m.kind not in ("name", "role") or m.org:
        return None
    run = sp.toks[m.j + 1 : m.j + 5]
    if m.kind == "role" and "".join(t.text for t in run[::3]) == ",," and all(t.text.istitle() for t in run[1:3]):
        # "Pour la directrice de l'agence, Adriana Velt, « … »" (a name the entity model missed)
        text = sp.text[run[1].start : run[2].end]
        m = Mention("name", m.j + 2, m.j + 3, text, name=name) if (name := clean_name(text)) else m
    between = sp.text[sp.toks[m.j].end : f.start].strip(QUOTE_CHARS + " \u00a0")  # "," or ", the mayor,"
    apposed = between[:1] == "," and between[-1:] == "," and len(between.split()) <= 8
    return m if between == "," or apposed else None


def _previous_sentence_speaker(
    sp: Speakers, f: Found, sentences: list[tuple[int, int]], paragraphs: list[tuple[int, int]]
) -> Mention | None:
    k = bisect_right([a for a, _ in sentences], f.start) - 1
    if k <= 0:
        return None
    pa, _ = _enclosing(paragraphs, f.start)
    a, b = sentences[k - 1]
    return sp.sentence_speaker(a, b) if a >= pa else None


def _inherits(
    text: str, f: Found, last: Found, para: tuple[int, int], paragraphs: list[tuple[int, int]]
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
        and ends_sentence(text[para[0] : para[1]])
    )


_CLAUSE_START = re.compile(r"(?:^|[.!?…][\"'”»’)]*)\s*$")  # a quote opening a sentence


def _opens_sentence(text: str, f: Found) -> bool:
    """Whether quote `f` opens its sentence (or its line)."""
    if f.span is None:
        return False
    return bool(_CLAUSE_START.search(text[text.rfind("\n", 0, f.span.open) + 1 : f.span.open]))


def _goes_on(text: str, f: Found, last: Found, sentences: list[tuple[int, int]]) -> bool:
    """Whether a quote without a cue goes on in the previous speaker's voice: it opens a
    sentence, or shares one with that speaker's quote ("X said it was a “huge step” and
    “nearly done”"), or its sentence's subject is a pronoun ("He also voiced concern
    about “…”"). Not one inside another sentence ("left without attending the « signing
    ceremony »", "stayed vague: « … »"): that sentence has its own subject."""
    if f.span is None:
        return False
    if _opens_sentence(text, f):
        return True
    sa, _ = _enclosing(sentences, f.span.open)
    if sa <= last.start:
        return True
    first = WORD.match(text[sa : f.span.open].strip(" \t\"'“”«»„‘’"))
    return first is not None and fold(first.group()) in PRONOUNS


def _title(text: str, s: Span, lang: str | None) -> bool:
    """A quoted title ("in his book “Musicophilia”", "“The One I Love”"): a few words,
    every long one capitalised, nothing closing it as speech (“Amazing,” Davis said), save
    the comma of a list of titles, and nothing announcing it as words ("the caption:
    “Welcome Jose”"). Not in languages that capitalise every noun."""
    inner = text[s.open + 1 : s.close]  # with what closes it: `Span.inner` drops a comma
    words = WORD.findall(inner)
    if not 1 <= len(words) <= MAX_TITLE_WORDS or lang in NOUNS_CAPITALISED:
        return False
    listed = re.match(r",?\s*[\"“«„]", text[s.close + 1 : s.close + 4]) is not None
    if text[: s.open].rstrip().endswith(":"):
        return False
    if re.search(r"[,.;:!?…]\W*$", inner) and not listed:
        return False  # closed as speech, unless a list of titles goes on ("“X,” “Y,” …")
    return all(w[0].isupper() for w in words if len(w) > 3) and any(w[0].isupper() for w in words)


def _work(text: str, s: Span) -> bool:
    """A quoted work before its maker's name («Veduta del porto» di Anna Rossi, „Bildnis
    einer Frau“ von Otto Kern, "View of the harbour" by X): a few words opening with a
    capital, nothing closing them as speech, in any language."""
    inner = text[s.open + 1 : s.close]
    words = WORD.findall(inner)
    if not 1 <= len(words) <= 2 * MAX_TITLE_WORDS or not words[0][:1].isupper() or re.search(r"[,.;:!?…]\W*$", inner):
        return False
    m = re.match(r"\s+(\S+)\s+(\w+)", text[s.close + 1 : s.close + 60])
    return m is not None and fold(m.group(1)) in _MAKERS and m.group(2)[:1].isupper()


def _heading(text: str, f: Found, para: tuple[int, int]) -> bool:
    """A quoted line standing alone without final punctuation is a heading, not speech."""
    if f.span is None:
        return False
    line = text[para[0] : para[1]].strip()
    outside = (text[para[0] : f.span.open] + text[f.span.close + 1 : para[1]]).strip(" \t\"'“”«»„")
    return not outside and not ends_sentence(line)
