"""Word-level diff of quote variants, for highlighting what an outlet changed.

Each variant is compared with a reference wording (the majority wording, else
the first variant that is not the odd one out). Words are compared case- and
quote-style-insensitively; punctuation is kept in the output but never marked,
so a dropped comma does not light up a whole quote.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from markupsafe import Markup, escape

from newsweave.model import Citation, QuoteGroup

# A word keeps inner apostrophes and hyphens ("don't", "vice-president"); anything
# else that is not a space is a one-character punctuation token.
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})

# Below this word-overlap ratio two wordings are not the same sentence edited
# (another language, a paraphrase) and a word diff would mark everything.
MIN_RATIO = 0.4


@dataclass(frozen=True)
class Token:
    text: str
    space_before: bool
    word: bool


@dataclass(frozen=True)
class Segment:
    """A piece of the variant: "same", "new" (changed/added here) or "gone" (reference words missing here)."""

    kind: str
    text: str
    space_before: bool = True


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    last = 0
    for m in _TOKEN.finditer(text):
        # the pattern matches every non-space character, so any gap is whitespace
        tokens.append(Token(m.group(), m.start() > last, _WORD.match(m.group()) is not None))
        last = m.end()
    return tokens


def _key(word: str) -> str:
    return unicodedata.normalize("NFKC", word).translate(_QUOTES).casefold()


def normalize(text: str) -> str:
    """The comparison form of a wording: words only, case-folded."""
    return " ".join(_key(t.text) for t in tokenize(text) if t.word)


def word_diff(reference: str, variant: str) -> list[Segment] | None:
    """Segments of `variant` against `reference`; None when they are too different to diff."""
    ref = [t for t in tokenize(reference) if t.word]
    tokens = tokenize(variant)
    words = [i for i, t in enumerate(tokens) if t.word]
    matcher = SequenceMatcher(
        None, [_key(t.text) for t in ref], [_key(tokens[i].text) for i in words], autojunk=False
    )
    if ref and words and matcher.ratio() < MIN_RATIO:
        return None
    marked: set[int] = set()  # token indexes of new words
    gone: dict[
        int, list[str]
    ] = {}  # token index (or len(tokens)) -> reference words missing before it
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("replace", "insert"):
            marked.update(words[b0:b1])
        if op == "replace":  # struck-out words go just before their replacement ...
            at = words[b0]
            while at > 0 and not tokens[at].space_before and not tokens[at - 1].word:
                at -= 1  # ... and before punctuation glued to it: "~~x~~ (y", not "(~~x~~y"
            gone.setdefault(at, []).extend(t.text for t in ref[a0:a1])
        elif op == "delete":  # ... or right after the word they followed
            at = words[b0 - 1] + 1 if b0 > 0 else 0
            gone.setdefault(at, []).extend(t.text for t in ref[a0:a1])
    segments: list[Segment] = []
    for i in range(len(tokens) + 1):
        if i in gone:
            segments.append(Segment("gone", " ".join(gone[i]), True))
        if i < len(tokens):
            t = tokens[i]
            space = t.space_before or (i in gone and t.word)  # "~~a~~ b" but "~~a~~, b"
            segments.append(Segment("new" if i in marked else "same", t.text, space))
    return _merge(segments)


def _merge(segments: list[Segment]) -> list[Segment]:
    """Join runs of the same kind so the markup has one <mark> per changed phrase."""
    out: list[Segment] = []
    for s in segments:
        if out and out[-1].kind == s.kind and s.kind != "gone":
            prev = out[-1]
            out[-1] = Segment(
                prev.kind, prev.text + (" " if s.space_before else "") + s.text, prev.space_before
            )
        else:
            out.append(s)
    if out:
        out[0] = Segment(out[0].kind, out[0].text, False)
    return out


def _direct(v: Citation) -> bool:
    # a plain Citation (a group built by hand, before variants said so) reads as quoted
    return getattr(v, "direct", True)


def reference_index(group: QuoteGroup) -> int:
    """The variant the others are compared with: the most common wording among those
    that are not the odd one out (ties: the earliest), else the first such variant. A
    quotation goes before reported speech, which is an outlet's wording of the words."""
    candidates = [i for i, v in enumerate(group.variants) if v.article != group.odd_one_out]
    if not candidates:
        return 0
    quoted = [i for i in candidates if _direct(group.variants[i])]
    candidates = quoted or candidates
    counts = Counter(normalize(group.variants[i].text) for i in candidates)
    best = max(counts.values())
    return next(i for i in candidates if counts[normalize(group.variants[i].text)] == best)


def to_html(segments: list[Segment]) -> Markup:
    """Escape every token, then wrap changes: <mark> for new words, <del> for missing ones."""
    parts: list[str] = []
    for s in segments:
        sep = " " if s.space_before else ""
        text = escape(s.text)
        if s.kind == "new":
            parts.append(f'{sep}<mark title="differs from the reference wording">{text}</mark>')
        elif s.kind == "gone":
            parts.append(f'{sep}<del class="gone" title="missing from this wording">{text}</del>')
        else:
            parts.append(f"{sep}{text}")
    return Markup("".join(parts))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]~|&#!])")


def md_escape(text: str) -> str:
    """Article text as Markdown that shows the text and nothing else: every character that
    could start emphasis, a link, code or a table cell is backslash-escaped, and `<` `>`
    become entities, so no raw HTML passes whatever renderer reads the file."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def to_markdown(segments: list[Segment]) -> str:
    parts: list[str] = []
    for s in segments:
        sep = " " if s.space_before else ""
        text = md_escape(s.text)
        if s.kind == "new":
            parts.append(f"{sep}**{text}**")
        elif s.kind == "gone":
            parts.append(f"{sep}~~{text}~~")
        else:
            parts.append(f"{sep}{text}")
    return "".join(parts)


@dataclass(frozen=True)
class VariantView:
    """One outlet's wording of a quote, with its diff against the reference."""

    citation: Citation  # a QuoteVariant
    segments: list[Segment] | None  # None: the reference itself, or too different to diff
    reference: bool
    odd: bool
    changed: bool  # differs in words from the reference

    @property
    def direct(self) -> bool:
        """Quoted words, not reported speech (the renderers put only these in quotes)."""
        return _direct(self.citation)

    @property
    def too_different(self) -> bool:
        return not self.reference and self.segments is None

    @property
    def html(self) -> Markup:
        if self.segments is None:
            return escape(self.citation.text)
        return to_html(self.segments)

    @property
    def markdown(self) -> str:
        if self.segments is None:
            return md_escape(self.citation.text)
        return to_markdown(self.segments)


def diff_group(group: QuoteGroup) -> list[VariantView]:
    """Every variant of a quote group, diffed against the group's reference wording."""
    if not group.variants:
        return []
    ref_i = reference_index(group)
    ref = group.variants[ref_i]
    views: list[VariantView] = []
    for i, v in enumerate(group.variants):
        odd = group.odd_one_out is not None and v.article == group.odd_one_out
        if i == ref_i:
            views.append(VariantView(v, None, True, odd, False))
            continue
        segments = word_diff(ref.text, v.text)
        changed = segments is None or any(s.kind != "same" for s in segments)
        views.append(VariantView(v, segments, False, odd, changed))
    return views
