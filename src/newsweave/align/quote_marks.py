"""Quotation marks: where the quoted spans of a text are, paragraph by paragraph.

Every quote style news uses (“…”, "…", «…», »…«, „…“, ‘…’, '…', 「…」), the dialogue
dash ("—Es seguro —dijo la alcaldesa."), closing marks whose opener a broken encoding
lost. Who speaks is `align.quotes`' business; this module only reads the marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsweave.align.names import CUES, Attribution
from newsweave.text.fold import fold
from newsweave.text.script import cased, word_count
from newsweave.text.sentences import straight_quote_closes, straight_quote_opens

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
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def n_words(text: str) -> int:
    """Words in `text`: its `WORD` matches, or `script.word_count` where the script has no
    case (a Chinese quotation is one run of letters, one `WORD` match)."""
    return len(WORD.findall(text)) if cased(text) else word_count(text)


@dataclass
class Span:
    """One quoted stretch: its marks, the words inside, and (once read) who speaks."""

    open: int  # offset of the opening mark (or of the text when the mark is missing)
    close: int  # offset of the closing mark (or paragraph end)
    inner: tuple[int, int]
    parts: list[tuple[int, int]] = field(default_factory=list)
    attribution: Attribution | None = None


def _is_opener(text: str, i: int) -> bool:
    c = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i else " "
    if c == "«" and nxt.isspace():  # French typography: « c'était le chaos »
        rest = text[i + 1 : i + 4].lstrip()
        return bool(rest) and rest[0].isalnum()
    if not nxt or nxt.isspace():
        return False
    if c == "'":
        return straight_quote_opens(text, i)
    if c == "”":
        return prev.isspace() and nxt.isalpha()
    if c == "»":
        return not prev.isalnum() and nxt.isalnum()
    return True


def _is_closer(text: str, j: int, opener: str) -> bool:
    c = text[j]
    nxt = text[j + 1] if j + 1 < len(text) else ""
    if c in "'’":
        return straight_quote_closes(text, j)  # not the apostrophe of "don't", "Russia’s"
    if c == "“" and opener == "“":
        return not nxt.isalnum()  # “…“ used as a closer
    return True


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n+", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def find_spans(text: str, signed: frozenset[int] = frozenset()) -> list[Span]:
    """Outermost quoted spans, paragraph by paragraph. `signed`: offsets of closing marks
    that end a post whose signature the cleaner removed (a closer with a lost opener)."""
    spans: list[Span] = []
    for pa, pb in paragraphs(text):
        i = pa
        lines = _dialogue(text, pa, pb)
        while i < pb:
            if lines and i >= lines[0].open:
                spans.append(line := lines.pop(0))
                i = line.close + 1
                continue
            c = text[i]
            if c not in PAIRS or not _is_opener(text, i):
                if c in "”»" and not (spans and spans[-1].close == i):
                    orphan = _orphan(text, pa, i, i in signed)
                    if orphan is not None:
                        spans.append(orphan)
                i += 1
                continue
            j = i + 1
            while j < pb and not (text[j] in PAIRS[c] and _is_closer(text, j, c)):
                j += 1
            if j >= pb:
                # a curly opener, or a straight one opening its paragraph, runs on to the
                # paragraph end: a quotation of several paragraphs closes in its last
                if (c in STRONG or (c == '"' and i == pa)) and len(WORD.findall(text[i:pb])) >= 3:
                    spans.append(Span(i, pb, (i + 1, pb)))
                    break
                i += 1
                continue
            if c in "'‘" and len(WORD.findall(text[i:j])) > 40:
                i += 1
                continue
            spans.append(Span(i, j, (i + 1, j)))
            i = j + 1
    for s in spans:
        a, b = _trim(text, *s.inner)
        s.inner = (a, b)
        s.parts = [(a, b)]
    return [s for s in spans if s.inner[1] > s.inner[0]]


# A dialogue line (Spanish, Portuguese, Russian, Polish): "—Las compuertas son seguras
# —dijo la alcaldesa." The dash opens the words; a dash before a lower-case word (the
# speech verb) closes them. Polish writes it with an en dash, and goes on in the same
# paragraph: "– Statek nie miał szans – mówił X. – Wciąż jest szansa. – dodał."
# (A translation or a scraper may write the dash as a hyphen, spaced: "- He was lucky - said X.")
_DASH = r"(?:[—–][ \t]?|-[ \t])"
_DIALOGUE = re.compile(rf"[ \t]*{_DASH}(?=[^\W\d_]|[¿¡])")
_NEXT_LINE = re.compile(rf"(?<=[.!?…])[ \t]+{_DASH}(?=[^\W\d_]|[¿¡])")
_DIALOGUE_END = re.compile(rf"[ \t]{_DASH}(?=[^\W\d_])")


_CUE_WORDS = 4  # the speech verb comes first, or after a pronoun or an adverb ("— он тихо сказал")


def _dialogue(text: str, pa: int, pb: int) -> list[Span]:
    """The spoken parts of a paragraph in dialogue style (none if it has none): the words a
    dash opens at the paragraph start or after a sentence end, up to a dash before a cue."""
    lines: list[Span] = []
    m = _DIALOGUE.match(text, pa, pb)
    if m is None and (nxt := _NEXT_LINE.search(text, pa, pb)) is not None:
        m = _DIALOGUE.match(text, nxt.start(), pb)  # narration first: "X ogłosiła żałobę. – To …"
    while m is not None:
        end = _DIALOGUE_END.search(text, m.end(), pb)
        if end is None or not text[end.end() : end.end() + 1].islower():
            break
        # the words after that dash attribute the line ("dijo la alcaldesa", "сказал он"); a
        # dash inside an answer ("Два моих увлечения – фотография и кулинария") is no close
        if not any(fold(w) in CUES for w in WORD.findall(text, end.end(), pb)[:_CUE_WORDS]):
            break
        close = end.start() + next(k for k, ch in enumerate(text[end.start() : end.end()]) if ch in "—–-")
        lines.append(Span(m.end() - 1, close, (m.end(), end.start())))
        nxt = _NEXT_LINE.search(text, end.end(), pb)
        m = _DIALOGUE.match(text, nxt.start(), pb) if nxt else None
    return lines


def _orphan(text: str, pa: int, i: int, signed: bool = False) -> Span | None:
    """A closing mark whose opener was lost (e.g. replaced by an emoji): quote from the
    sentence start. Text must follow it (an attribution), or a signature (`signed`)."""
    after = text[i + 1 : i + 40]
    if not signed and not re.match(r"\s*[,.]?\s*[,–—-]?\s*(?:[^\W\d_]|@\w)", after):
        return None
    start = pa
    for m in re.finditer(r"[.!?]\s+", text[pa:i]):
        start = pa + m.end()
    while start < i and not text[start].isalnum():
        start += 1
    if len(WORD.findall(text[start:i])) < 3 or any(ch in text[start:i] for ch in '“«„"'):
        return None
    return Span(start, i, (start, i))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in QUOTE_CHARS):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:–—-"):
        b -= 1
    return a, b
