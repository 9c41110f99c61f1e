"""Structural meaning comparison of two short statements (quote variants, claims).

Sentence embeddings score "Russia can do without us" and "Russia cannot go anywhere
without us" as paraphrases, so inversions need structure. Each statement is cut into
clauses; each clause gets a subject key (a pronoun group such as "1pl" for we/us/nous/
wir, or a folded noun such as "russia") and a polarity (negation count parity, with
negative concord for ne...pas / no...nada). Two statements differ in meaning when a
subject they share has opposite polarity, when the same predicate has its roles
swapped ("A can do without B" / "B can do without A"), or when both carry numbers
the other lacks. Pure Python and lexicon-driven so it is cheap enough for many pairs
and works for en/fr/es/de/pt/it without models.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from newsweave.compare import _lexicon as lx

__all__ = ["Clause", "clauses", "meaning_differs", "numbers"]

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<punct>[;:.!?…,()\[\]–—]|\s-\s)"
)


@dataclass
class Token:
    text: str
    start: int
    end: int
    kind: str  # "word" | "num" | "punct"
    norms: list[str] = field(default_factory=list)


@dataclass
class Clause:
    """One clause: subject key (None if unknown), polarity (True = affirmative), span."""

    text: str
    subject: str | None
    subject_text: str | None
    positive: bool
    objects: set[str] = field(default_factory=set)
    content: set[str] = field(default_factory=set)


def fold(word: str) -> str:
    """Lowercase, accent-free form used for lexicon look-ups and subject keys."""
    word = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in word if not unicodedata.combining(c))


def _norms(word: str, lang: str) -> list[str]:
    """Expand contractions and elisions into plain words ("can't" -> can, not)."""
    w = fold(word)
    if w == "cannot":
        return ["can", "not"]
    if w.endswith("n't"):
        base = w[:-3]
        return [lx.NT_BASES.get(base, base), "not"]
    if "'" in w:
        head, _, rest = w.partition("'")
        if head in lx.ELISIONS and rest:
            return [lx.ELISIONS[head], rest]
        if rest in lx.EN_CLITICS:
            if rest == "s" and head not in lx.S_IS:
                return [head]  # possessive ("Russia's")
            return [head, lx.EN_CLITICS[rest]]
        return [head]
    return [w]


def tokenize(text: str, lang: str | None = None) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        tok = Token(m.group().strip(), m.start(), m.end(), kind)
        tok.norms = _norms(tok.text, lang or "en") if kind == "word" else [tok.text]
        tokens.append(tok)
    return tokens


def guess_lang(tokens: list[Token]) -> str:
    """Cheap stop-word vote among the languages the lexicons know."""
    words = [n for t in tokens if t.kind == "word" for n in t.norms]
    best, score = "en", 0
    for lang, stops in lx.STOPWORDS.items():
        s = sum(w in stops for w in words)
        if s > score:
            best, score = lang, s
    return best


# --- clauses -----------------------------------------------------------------


def _split(tokens: list[Token], lang: str) -> list[list[list[Token]]]:
    """Strong parts (; : . ! ?) made of weak segments (commas, conjunctions, "that")."""
    weak_words = lx.WEAK.get(lang, set()) | lx.WEAK["en"]
    parts: list[list[list[Token]]] = [[[]]]
    for tok in tokens:
        if tok.kind == "punct" and tok.text in lx.STRONG_PUNCT:
            parts.append([[]])
        elif (tok.kind == "punct" and tok.text not in "()[]") or (
            tok.kind == "word" and tok.norms[0] in weak_words
        ):
            parts[-1].append([])
        elif tok.text not in "()[]":
            parts[-1][-1].append(tok)
    return [[seg for seg in part if seg] for part in parts if any(part)]


def _words(seg: list[Token]) -> list[str]:
    return [n for t in seg for n in t.norms]


def _anchor(seg: list[Token], lang: str) -> int | None:
    """Index of the first predicate-ish token: modal/auxiliary, negation, or verb after a pronoun."""
    anchors = lx.ANCHORS.get(lang, set()) | lx.NEGATIONS.get(lang, set())
    subj_pron = lx.SUBJECT_PRONOUNS
    for i, tok in enumerate(seg):
        if tok.kind != "word":
            continue
        if any(n in anchors for n in tok.norms) or tok.norms[-1] == "not":
            return i
        if i > 0 and seg[i - 1].norms[-1] in subj_pron and tok.norms[0] not in lx.ADVERBS:
            return i
    return None


def _merge(part: list[list[Token]], lang: str) -> list[list[Token]]:
    """Glue segments without a predicate to a neighbour ("Without our help, | Russia can cope")."""
    out: list[list[Token]] = []
    pending: list[Token] = []
    for seg in part:
        if _anchor(seg, lang) is None:
            if out:
                out[-1] = out[-1] + seg
            else:
                pending += seg
            continue
        out.append(pending + seg)
        pending = []
    if pending:
        out.append(pending)
    return out


def _subject(seg: list[Token], anchor: int | None, lang: str) -> Token | None:
    """Nominal just before the predicate (skipping adverbs), else the first one after it."""
    if anchor is None:
        return None
    oblique = lx.OBLIQUE_PRONOUNS
    for tok in reversed(seg[:anchor]):
        n = tok.norms[-1]
        if tok.kind != "word" or n in lx.ADVERBS or n in lx.NEG_PREFIX_WORDS:
            continue
        if n in oblique or n in lx.FUNCTION:
            break
        return tok
    for i, tok in enumerate(seg[anchor + 1 :], start=anchor + 1):
        n = tok.norms[0]
        if tok.kind != "word" or n in lx.ADVERBS:
            continue
        prev = seg[i - 1].norms[0] if i > anchor + 1 else ""
        if n in lx.SUBJECT_PRONOUNS or tok.text[:1].isupper() or prev in lx.ARTICLES:
            return tok
        if n not in lx.ARTICLES:
            break
    if lang in lx.PRO_DROP:
        for tok in seg[anchor : anchor + 3]:
            key = lx.verb_person(tok.norms[0], lang)
            if key:
                return Token(tok.text, tok.start, tok.end, "word", [key])
    return None


def subject_key(word: str) -> str:
    """Pronoun group ("1pl", "3pl", "EXPL"...) or the folded noun without plural/possessive."""
    w = fold(word)
    if w in lx.PRONOUN_GROUPS:
        return lx.PRONOUN_GROUPS[w]
    return w


def _negations(words: list[str], lang: str) -> int:
    """Negation count with negative concord: ne...pas / no...nada / não...nada count once."""
    negs = lx.NEGATIONS.get(lang, set()) | lx.NEGATIONS["en"] | lx.MORPH_NEG
    skip = set()
    for i, w in enumerate(words[:-1]):
        if (w, words[i + 1]) in lx.NOT_NEGATING:
            skip.add(i)
    hits = [i for i, w in enumerate(words) if w in negs and i not in skip]
    concord_heads = lx.CONCORD_HEADS.get(lang)
    if concord_heads:
        heads = [i for i in hits if words[i] in concord_heads]
        if heads:
            return len(heads)
    return len(hits)


def clauses(text: str, lang: str | None = None) -> list[Clause]:
    """The clauses of `text` with subject key and polarity."""
    tokens = tokenize(text, lang)
    lang = lang if lang in lx.STOPWORDS else guess_lang(tokens)
    out: list[Clause] = []
    for part in _split(tokens, lang):
        words = _words([t for seg in part for t in seg])
        if words and all(w in lx.ANSWERS for w in words):
            out.append(
                Clause(_span(text, part[0] + part[-1]), "ANSWER", words[0], lx.ANSWERS[words[0]])
            )
            continue
        for seg in _merge(part, lang):
            anchor = _anchor(seg, lang)
            subj = _subject(seg, anchor, lang)
            key = subject_key(subj.norms[-1]) if subj else None
            words = _words(seg)
            content = {subject_key(w) for w in words if _is_content(w)}
            out.append(
                Clause(
                    text=_span(text, seg),
                    subject=key,
                    subject_text=subj.text if subj else None,
                    positive=_negations(words, lang) % 2 == 0,
                    objects=_objects(seg) - ({key} if key else set()),
                    content=content - ({key} if key else set()),
                )
            )
    return out


def _is_content(w: str) -> bool:
    return not (
        w in lx.FUNCTION or w in lx.ADVERBS or w in lx.ALL_ANCHORS or w in lx.ALL_NEGATIONS
    )


def _objects(seg: list[Token]) -> set[str]:
    """Keys of nominals governed by a preposition ("without Russia" -> russia)."""
    out: set[str] = set()
    for i, tok in enumerate(seg[:-1]):
        if tok.norms[-1] not in lx.PREPOSITIONS:
            continue
        for nxt in seg[i + 1 : i + 4]:
            n = nxt.norms[0]
            if n in lx.ARTICLES or n in lx.POSSESSIVE_DETS or nxt.kind != "word":
                continue
            out.add(subject_key(n))
            break
    return out


def _span(text: str, seg: list[Token]) -> str:
    return text[seg[0].start : seg[-1].end].strip() if seg else ""


# --- numbers -----------------------------------------------------------------


def numbers(text: str, lang: str | None = None) -> list[tuple[float, str]]:
    """Numbers with their surface form; digits and number words, with scale words applied."""
    tokens = tokenize(text, lang)
    lang = lang if lang in lx.STOPWORDS else guess_lang(tokens)
    out: list[tuple[float, str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        value = _number_value(tok, lang)
        if value is None:
            i += 1
            continue
        surface_end = tok.end
        if i + 1 < len(tokens) and tokens[i + 1].norms[0] in lx.SCALES.get(lang, lx.SCALES["en"]):
            value *= lx.SCALES.get(lang, lx.SCALES["en"])[tokens[i + 1].norms[0]]
            surface_end = tokens[i + 1].end
            i += 1
        out.append((value, text[tok.start : surface_end]))
        i += 1
    return out


def _number_value(tok: Token, lang: str) -> float | None:
    if tok.kind == "word":
        return lx.NUMBER_WORDS.get(tok.norms[0])
    if tok.kind != "num":
        return None
    raw = re.sub(r"[\u00a0\u202f ]", "", tok.text)
    decimal = "," if lang in lx.DECIMAL_COMMA else "."
    thousands = "." if decimal == "," else ","
    # "3,500" is thousands in English but 3.5 elsewhere; a lone separator before 3 digits
    # in a decimal-comma language is still read as decimal.
    raw = raw.replace(thousands, "") if re.search(rf"\{thousands}\d{{3}}(\D|$)", raw) else raw
    raw = raw.replace(decimal, ".")
    try:
        return float(raw)
    except ValueError:
        return None


def _same_number(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


# --- comparison --------------------------------------------------------------


def keys_match(a: str, b: str) -> bool:
    """Same subject across spellings/languages: Russia ~ Russie ~ Rusia ~ Russland."""
    if a == b:
        return True
    if a in lx.GROUP_KEYS or b in lx.GROUP_KEYS:
        return False
    if len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]:
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _by_subject(cls: list[Clause]) -> dict[str, list[Clause]]:
    out: dict[str, list[Clause]] = {}
    for c in cls:
        if c.subject is not None:
            out.setdefault(c.subject, []).append(c)
    return out


def _polarity_reason(ca: list[Clause], cb: list[Clause]) -> str | None:
    sa, sb = _by_subject(ca), _by_subject(cb)
    for key_a, la in sa.items():
        key_b = next((k for k in sb if keys_match(key_a, k)), None)
        if key_b is None:
            continue
        lb = sb[key_b]
        pa, pb = [c.positive for c in la], [c.positive for c in lb]
        if len(set(pa)) == 1 and len(set(pb)) == 1:
            if pa[0] == pb[0]:
                continue
            x, y = la[0], lb[0]
        elif key_a not in lx.WEAK_SUBJECTS and len(pa) == len(pb) and sorted(pa) != sorted(pb):
            x = next(c for c in la if pa.count(c.positive) > pb.count(c.positive))
            y = next(c for c in lb if c.positive != x.positive)
        else:
            continue
        who = x.subject_text or key_a
        if key_a == "ANSWER":
            return f"answer flipped: '{x.text}' vs '{y.text}'"
        return f"negation flipped for '{who}': '{x.text}' vs '{y.text}'"
    return None


def _swap_reason(ca: list[Clause], cb: list[Clause]) -> str | None:
    subj_a = {c.subject for c in ca if c.subject and c.subject not in lx.WEAK_SUBJECTS}
    subj_b = {c.subject for c in cb if c.subject and c.subject not in lx.WEAK_SUBJECTS}
    for x in ca:
        for y in cb:
            if not x.subject or not y.subject or x.positive != y.positive:
                continue
            if x.subject in lx.WEAK_SUBJECTS or y.subject in lx.WEAK_SUBJECTS:
                continue
            if keys_match(x.subject, y.subject):
                continue
            if any(keys_match(x.subject, s) for s in subj_b) or any(
                keys_match(y.subject, s) for s in subj_a
            ):
                continue
            crossed = any(keys_match(x.subject, o) for o in y.objects) and any(
                keys_match(y.subject, o) for o in x.objects
            )
            shared = (x.content - x.objects) & (y.content - y.objects)
            if crossed and shared:
                return f"roles swapped: '{x.text}' vs '{y.text}'"
    return None


def _number_reason(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    na, nb = numbers(a, lang_a), numbers(b, lang_b)
    only_a = [s for v, s in na if not any(_same_number(v, w) for w, _ in nb)]
    only_b = [s for v, s in nb if not any(_same_number(v, w) for w, _ in na)]
    if only_a and only_b:
        return f"different number: '{only_a[0]}' vs '{only_b[0]}'"
    return None


def meaning_differs(
    a: str, b: str, lang_a: str | None = None, lang_b: str | None = None
) -> str | None:
    """A short reason when `a` and `b` differ in structure-borne meaning, else None.

    Checks, in order: a subject whose polarity flips, a predicate with swapped roles,
    and numbers on both sides that the other side lacks. Extra clauses on one side
    (a longer variant) are not a difference.
    """
    ca, cb = clauses(a, lang_a), clauses(b, lang_b)
    return (
        _polarity_reason(ca, cb)
        or _swap_reason(ca, cb)
        or _number_reason(a, b, lang_a, lang_b)
    )
