"""Structural meaning comparison of two short statements (quote variants, claims).

Sentence embeddings score "The city can manage without us" and "The city cannot get anywhere without us" as
paraphrases, so inversions need structure. Each statement is cut into clauses; each clause gets a subject
key (a pronoun group such as "1pl" for we/us/nous/wir, or a folded noun such as "russia") and a polarity
(negation count parity, with negative concord for ne...pas / no...nada). Two statements differ in meaning
when a subject they share has opposite polarity, when the same predicate has its roles swapped ("A can do
without B" / "B can do without A"), or when both carry numbers the other lacks. Pure Python, lexicon-driven."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsweave.compare.closed_words import (
    ACCENTED,
    ADVERBS,
    ANSWERS,
    ARTICLES,
    COORDINATORS,
    CORRECTIVE,
    ELISIONS,
    EN_CLITICS,
    FUNCTION,
    GROUP_KEYS,
    NT_BASES,
    OBLIQUE_LEADS,
    OBLIQUE_PRONOUNS,
    POSSESSIVE_DETS,
    PREPOSITIONS,
    PRO_DROP,
    PRONOUN_GROUPS,
    PSEUDO_CLEFT,
    S_IS,
    STOPWORDS,
    STRONG_PUNCT,
    SUBJECT_PRONOUNS,
    VERB_FINAL_RELATIVES,
    WEAK,
    WEAK_SUBJECTS,
    after_pronoun,
    comma_link,
    link_length,
    simple_past,
    verb_person,
    word_set,
)
from newsweave.compare.direction import denials, direction_reason
from newsweave.compare.edits import NEGATING_PAIRS, negating_edit
from newsweave.compare.exceptives import (
    echoing,
    exceptive,
    expletive_negations,
    goes_on,
    lapsed,
    litotes,
    neither_reason,
    partial_reason,
    than_ever,
    unwritten_negations,
)
from newsweave.compare.infinitives import opens_negated_infinitive
from newsweave.compare.quote_figures import number_reason, token_figures
from newsweave.lang import data, each, merged
from newsweave.text.fold import fold, fold_all, spelled_alike

__all__ = ["Clause", "clauses", "meaning_differs", "numbers"]

_WORD = re.compile(r"\w+")
_NUMBER_SIGN = re.compile(r"\b[Nn]o\.(?=\s?\d)")  # "road no. 93": a number sign ("nr "), no negation
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


# --- lexicons ----------------------------------------------------------------
_s = word_set
_CUES = dict(each("cues"))  # negation and modality cues per language: newsweave.lang.<code>.cues
NEGATIONS = {c: _s(" ".join(m.NEGATIONS)) for c, m in _CUES.items() if hasattr(m, "NEGATIONS")}
# ... with English's (a quotation in English inside another language), less the words a language writes otherwise: Portuguese "no corredor" (in the)
READ_NEGATIONS = {c: (n | NEGATIONS["en"]) - _s(" ".join(getattr(_CUES[c], "NOT_NEGATORS", ()))) for c, n in NEGATIONS.items()}
ALL_NEGATIONS = frozenset().union(*NEGATIONS.values())
MORPH_NEG = frozenset().union(*(_s(" ".join(getattr(m, "NEGATIVE_ADJECTIVES", ()))) for m in _CUES.values()))  # "unable" for "not able"
CONCORD_HEADS = {c: _s(" ".join(m.NEGATION_HEADS)) for c, m in _CUES.items() if hasattr(m, "NEGATION_HEADS")}
NOT_NEGATING = {(fold(a), fold(b)) for m in _CUES.values() for a, b in getattr(m, "NOT_NEGATING", ())}
NEG_PREFIX_WORDS = _s("ne")
PARTICLES = {c: _s(" ".join(getattr(m, "NEGATION_PARTICLES", ()))) for c, m in _CUES.items()}  # not "nobody"
_PASSIVE_AUX = fold_all(merged("cues", "PASSIVE_AUXILIARIES"))
_SPEECH = fold_all(merged("cues", "REPORTING_VERBS") | merged("cues", "SAY_VERBS"))
_AGENTS = fold_all(merged("cues", "AGENT_MARKERS"))
CONDITIONALS = frozenset().union(*(_s(" ".join(getattr(m, "CONDITIONALS", ()))) for m in _CUES.values()))

ANCHORS = {code: _s(" ".join(m.AUXILIARIES)) for code, m in _CUES.items() if hasattr(m, "AUXILIARIES")}
ALL_ANCHORS = frozenset().union(*ANCHORS.values())


def _norms(word: str, lang: str) -> list[str]:
    """Expand contractions and elisions into plain words ("can't" -> can, not)."""
    if (plain := ACCENTED.get(lang, {}).get(word.lower())) is not None:
        return [plain]  # "né" (nor), no "ne"
    w = fold(word)
    if w == "cannot":
        return ["can", "not"]
    if w.endswith("n't"):
        base = w[:-3]
        return [NT_BASES.get(base, base), "not"]
    if "'" in w:
        head, _, rest = w.partition("'")
        if head in ELISIONS and rest:
            return [ELISIONS[head], rest]
        if rest in EN_CLITICS:
            if rest == "s" and head not in S_IS:
                return [head]  # possessive ("Russia's")
            return [head, EN_CLITICS[rest]]
        return [head]
    return [w]


def tokenize(text: str, lang: str | None = None) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        tok = Token(m.group().strip(), m.start(), m.end(), (kind := m.lastgroup or "punct"))
        tok.norms = _norms(tok.text, lang or "en") if kind == "word" else [tok.text]
        tok.norms = ["ever"] if than_ever(tokens, tok.norms, lang) else tok.norms  # "más que nunca"
        tokens.append(tok)
    return tokens


def guess_lang(tokens: list[Token]) -> str:
    """Cheap stop-word vote among the languages the lexicons know."""
    words = [n for t in tokens if t.kind == "word" for n in t.norms]
    scores = {lang: sum(w in stops for w in words) for lang, stops in STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)  # the first of the best
    return best if scores[best] else "en"


def _split(tokens: list[Token], lang: str) -> list[list[list[Token]]]:
    """Strong parts (; : . ! ?) made of weak segments (commas, conjunctions, "that")."""
    weak_words = WEAK.get(lang, set()) | WEAK["en"]
    parts: list[list[list[Token]]] = [[[]]]
    skip = 0
    for k, tok in enumerate(tokens):
        if skip:  # the rest of a link of several words ("as long as")
            skip -= 1
        elif tok.kind == "punct" and tok.text in STRONG_PUNCT:
            parts.append([[]])
        elif tok.kind == "punct" and tok.text not in "()[]":
            parts[-1].append([])
        elif n := link_length([t.norms[0] if t.norms else "" for t in tokens[k : k + 4]], lang):
            parts[-1].append([Token(tok.text, tok.start, tok.end, "sep", tok.norms)])
            skip = n - 1
        elif tok.kind == "word" and (tok.norms[0] in weak_words or comma_link(tokens, k, lang)):
            # keep the conjunction as a separator: "not X, but Y" needs to see it
            parts[-1].append([Token(tok.text, tok.start, tok.end, "sep", tok.norms)])
        elif tok.kind == "word" and opens_negated_infinitive(tokens, k, lang) and _anchor(parts[-1][-1], lang) is not None:
            parts[-1].append([tok])  # "We advise passengers | not to come": its own clause
        elif tok.text not in "()[]":
            parts[-1][-1].append(tok)
    return [
        [seg for seg in part if any(t.kind != "sep" for t in seg)]
        for part in parts
        if any(t.kind != "sep" for seg in part for t in seg)
    ]


def _words(seg: list[Token]) -> list[str]:
    return [n for t in seg if t.kind != "sep" for n in t.norms]


def _anchor(seg: list[Token], lang: str) -> int | None:
    """Index of the first predicate-ish token: modal/auxiliary, negation, verb after a pronoun,
    or a verb of a person opening the clause ("Perdimos la etapa")."""
    anchors = ANCHORS.get(lang, set()) | NEGATIONS.get(lang, set())
    for i, tok in enumerate(seg):
        if tok.kind != "word":
            continue
        opens = all(t.kind == "sep" for t in seg[:i])  # "mas pedimos": no subject but its verb
        if any(n in anchors for n in tok.norms) or tok.norms[-1] == "not" or (opens and verb_person(tok.norms[0], lang)):
            return i
        if tok.norms[0] not in ADVERBS and after_pronoun(seg, i, lang):  # "it clearly lowers"
            return i
        if lang == "en" and simple_past(seg, i):
            return i
    return None


def _merge(part: list[list[Token]], lang: str) -> list[list[Token]]:
    """Glue segments without a predicate to a neighbour ("Without our help, | the city can cope")."""
    out: list[list[Token]] = []
    pending: list[Token] = []
    for k, seg in enumerate(part):
        # (after a relative clause, a verb or negation with no subject goes on the clause before)
        anchor = _anchor(seg, lang)
        resumes = k > 1 and part[k - 1][0].norms[0] in VERB_FINAL_RELATIVES.get(lang, ()) and anchor == 0
        if anchor is None or (out and (resumes or _subject_only(out[-1], seg, lang))):
            if out:
                out[-1] = out[-1] + seg
            else:
                pending += seg
            continue
        out.append(seg if unwritten_negations(pending) else pending + seg)  # "Until 2030, …"
        pending = []
    if pending:
        out.append(pending)
    return out


def _subject_only(prev: list[Token], seg: list[Token], lang: str) -> bool:
    """`prev` is a negative pronoun and its complement, no predicate ("Ninguém num hospital
    | ou num lar vai ficar sem água"), and `seg` goes on with a coordinator and their verb."""
    negs = NEGATIONS.get(lang, set())
    subject = prev[0].norms[0] in negs - PARTICLES.get(lang, set()) and _anchor(prev[1:], lang) is None
    return subject and seg[0].norms[0] in COORDINATORS and not any(n in negs for t in seg for n in t.norms)


def _subject(seg: list[Token], anchor: int | None, lang: str) -> Token | None:
    """Nominal just before the predicate (skipping adverbs), else the first one after it."""
    if anchor is None:
        return None
    if all(t.kind == "sep" for t in seg[:anchor]) and (key := verb_person(seg[anchor].norms[0], lang)):  # "Perdimos la etapa"
        return Token(seg[anchor].text, seg[anchor].start, seg[anchor].end, "word", [key])
    oblique = OBLIQUE_PRONOUNS
    for k in range(anchor - 1, -1, -1):
        tok, n = seg[k], seg[k].norms[-1]
        skip = tok.kind != "word" or n in ADVERBS or n in NEG_PREFIX_WORDS
        if tok.kind == "sep" or (not skip and (n in oblique or n in FUNCTION)):
            break
        if not skip and not (k and seg[k - 1].norms[0] in OBLIQUE_LEADS):  # "Al momento non abbiamo": an adverbial
            return tok
    for i, tok in enumerate(seg[anchor + 1 :], start=anchor + 1):
        n = tok.norms[0]
        if tok.kind == "sep":
            break
        if tok.kind != "word" or n in ADVERBS:
            continue
        prev = seg[i - 1].norms[0] if i > anchor + 1 else ""
        if n in SUBJECT_PRONOUNS or tok.text[:1].isupper() or prev in ARTICLES:
            return tok
        if n not in ARTICLES:
            break
    for tok in seg[anchor : anchor + 3] if lang in PRO_DROP else ():
        if key := verb_person(tok.norms[0], lang):
            return Token(tok.text, tok.start, tok.end, "word", [key])
    return None


def subject_key(word: str) -> str:
    """Pronoun group ("1pl", "3pl", "EXPL"...) or the folded noun without plural/possessive."""
    w = fold(word)
    return PRONOUN_GROUPS.get(w, w)


def _negations(words: list[str], lang: str, lapse: bool = False) -> int:
    """Negation count with negative concord: ne...pas / no...nada / não...nada count once."""
    negs = READ_NEGATIONS.get(lang, NEGATIONS["en"]) | MORPH_NEG
    # "not only"; "un premier pas": a step
    skip = {k for i, w in enumerate(words[:-1]) if (w, words[i + 1]) in NOT_NEGATING for k in (i, i + 1)}
    concord_heads = CONCORD_HEADS.get(lang) or ()
    hits = [i for i, w in enumerate(words) if w in negs and i not in skip and not echoing(words, i, concord_heads) and not (lapse and lapsed(words, i, lang))]
    hits = litotes(words, hits + [i for i, w in enumerate(words[:-1]) if (w, words[i + 1]) in NEGATING_PAIRS], lang, concord_heads)
    if concord_heads:
        heads = [i for i in hits if words[i] in concord_heads]
        # without its head, a run of negative words is one negation too ("nadie nos dijo nada")
        return len(heads) if heads else min(len(hits), 1)
    return len(hits)


def clauses(text: str, lang: str | None = None, tokens: list[Token] | None = None, lapse: bool = False) -> list[Clause]:
    """The clauses of `text` with subject key and polarity (`tokens`: its `tokenize`;
    `lapse`: negations of what has lapsed not counted, `compare.exceptives.lapsed`)."""
    tokens = tokenize(text, lang) if tokens is None else tokens
    lang = lang if lang in STOPWORDS or lang in NEGATIONS else guess_lang(tokens)  # Dutch "geen"
    out: list[Clause] = []
    commas = [t.start for t in tokens if t.kind == "punct" and t.text == ","]
    for part in _split(tokens, lang):
        words = _words([t for seg in part for t in seg])
        if words and all(w in ANSWERS for w in words):
            out.append(Clause(_span(text, part[0] + part[-1]), "ANSWER", words[0], ANSWERS[words[0]]))
            continue
        for seg in _merge(part, lang):
            # what follows the clause: "… que d'agir", "… qu'ensemble"
            after = [n for t in tokens if t.start > seg[-1].start for n in t.norms]
            after = after[: next((k for k, w in enumerate(after) if w in ".!?;"), len(after))]
            cut = max((c for c in commas if c < seg[-1].start), default=len(text))
            anchor = _anchor(seg, lang)
            subj = _subject(seg, anchor, lang)
            key = subject_key(subj.norms[-1]) if subj else None
            words = _words(seg)
            if words and words[0] in PSEUDO_CLEFT:
                key = "EXPL"  # "What we asked for was not …": the subject is the clause
            if _hypothetical(seg, subj):
                key = None  # "… if Holt is not found guilty": a hypothesis, no claim
            content = {subject_key(w) for w in words if _is_content(w)}
            tail = [n for t in seg if t.start > cut for n in t.norms]
            out.append(Clause(
                _span(text, seg), key, subj.text if subj else None, _polarity(seg, words, lang, after, tail, lapse),
                objects=_objects(seg) - ({key} if key else set()), content=content - ({key} if key else set()),
            ))
    return out


def _hypothetical(seg: list[Token], subj: Token | None) -> bool:
    """Whether a conditional ("if", "si", "wenn") or "until" opens the clause of `subj`."""
    end = next((k for k, t in enumerate(seg) if subj is not None and t.start == subj.start), len(seg))
    until = unwritten_negations(seg)  # "until it happens": a condition, as "if" is
    return bool(until) or any(t.kind == "sep" and t.norms[0] in CONDITIONALS for t in seg[:end])


def _polarity(seg: list[Token], words: list[str], lang: str, after: Sequence[str] = (), tail: Sequence[str] = (), lapse: bool = False) -> bool:
    """Affirmative unless an odd number of negations; "not X, but Y" (a correction
    asserting Y, where Y has no verb of its own) and an exception ("no choice but", with
    the words `after` the clause: "ne … que"; "…, nothing else", the `tail` after its
    last comma) do not count as one."""
    n = _negations(words, lang, lapse) + unwritten_negations(seg) + denials(words, lang, after)
    first_negation = _first_negation(seg, lang)
    n -= int(bool(n) and any(t.kind == "sep" and t.norms[0] in CORRECTIVE for t in seg[first_negation:]))
    negs = READ_NEGATIONS.get(lang, NEGATIONS["en"])
    every = [w for t in seg for w in t.norms] + list(after)  # separators too: "que", "but"
    first = next((k for k, w in enumerate(every) if w in negs), None)
    if n and first is not None and exceptive(every, first, negs, lang, tail):
        n -= 1  # "no choice but to act", "ne ... que": an exception, not the opposite
    return n % 2 == 0


def _first_negation(seg: list[Token], lang: str) -> int:
    negs = READ_NEGATIONS.get(lang, NEGATIONS["en"])
    for i, t in enumerate(seg):
        nxt = seg[i + 1].norms[0] if i + 1 < len(seg) else ""
        if t.kind != "sep" and any(w in negs and (w, nxt) not in NOT_NEGATING for w in t.norms):
            return i
    return len(seg)


def _is_content(w: str) -> bool:
    # Auxiliaries stay: "can do" is the shared predicate of a role swap.
    return not (w in FUNCTION or w in ADVERBS or w in ALL_NEGATIONS)


def _objects(seg: list[Token]) -> set[str]:
    """Keys of nominals governed by a preposition ("without Russia" -> russia)."""
    out: set[str] = set()
    for i, tok in enumerate(seg[:-1]):
        if tok.norms[-1] not in PREPOSITIONS:
            continue
        for nxt in seg[i + 1 : i + 4]:
            n = nxt.norms[0]
            if n in ARTICLES or n in POSSESSIVE_DETS or nxt.kind != "word":
                continue
            out.add(subject_key(n))
            break
    return out


def _span(text: str, seg: list[Token]) -> str:
    words = [t for t in seg if t.kind != "sep"]
    return text[words[0].start : words[-1].end].strip() if words else ""


# --- numbers -----------------------------------------------------------------


def numbers(text: str, lang: str | None = None, tokens: list[Token] | None = None) -> list[tuple[float, str]]:
    """Numbers with their surface form, scale words applied (`tokens`: `text`'s `tokenize`)."""
    tokens = tokenize(text, lang) if tokens is None else tokens
    lang = lang if lang in STOPWORDS or data(lang or "", "numbers") else guess_lang(tokens)
    return token_figures(text, tokens, lang)


# --- comparison --------------------------------------------------------------


def keys_match(a: str, b: str) -> bool:
    """Same subject across spellings/languages: Russia ~ Russie ~ Rusia ~ Russland."""
    if a == b:
        return True
    if a in GROUP_KEYS or b in GROUP_KEYS:
        return False
    if len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]:
        return True
    return spelled_alike(a, b)


def _by_subject(cls: list[Clause]) -> dict[str, list[Clause]]:
    """Clauses by subject; a bare speech frame ("he said") states nothing to compare."""
    out: dict[str, list[Clause]] = {}
    for c in cls:
        if c.subject is not None and not (c.content and c.content <= _SPEECH):
            out.setdefault(c.subject, []).append(c)
    return out


def _shared(x: Clause, y: Clause) -> bool:
    """Whether two clauses share a word after their subjects, auxiliaries aside (or either has none)."""
    px, py = ({fold(w) for w in _WORD.findall(c.text[c.text.find(c.subject_text or "") :])} & c.content - ALL_ANCHORS for c in (x, y))
    return not (px and py) or any(keys_match(p, q) for p in px for q in py)


def _polarity_reason(ca: list[Clause], cb: list[Clause], same: bool = False) -> str | None:
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
        elif key_a not in WEAK_SUBJECTS and len(pa) == len(pb) and sorted(pa) != sorted(pb):
            # clauses in order: "I have done nothing wrong, and I will (not) go quietly"
            x, y = next((c, d) for c, d in zip(la, lb, strict=True) if c.positive != d.positive)
        else:
            continue
        if same and not _shared(x, y):
            continue  # one language in other words: "stable throughout" / "never in danger"
        if key_a == "ANSWER":
            return f"answer flipped: '{x.text}' vs '{y.text}'"
        return f"negation flipped for '{x.subject_text or key_a}': '{x.text}' vs '{y.text}'"
    return None


@lru_cache(maxsize=16384)
def _passive(text: str) -> bool:
    """A clause with a passive auxiliary and an agent ("was shut by police")."""
    words = {fold(w) for w in _WORD.findall(text)}
    return bool(words & _PASSIVE_AUX and words & _AGENTS)


def _swap_reason(ca: list[Clause], cb: list[Clause]) -> str | None:
    """Subject and object crossed ("Orvik beat Velmar" / "Velmar beat Orvik"); a passive
    with its agent ("The road was shut by police") crosses them without a change."""
    if any(_passive(c.text) for c in (*ca, *cb)):
        return None
    subj_a = {c.subject for c in ca if c.subject and c.subject not in WEAK_SUBJECTS}
    subj_b = {c.subject for c in cb if c.subject and c.subject not in WEAK_SUBJECTS}
    for x in ca:
        for y in cb:
            if not x.subject or not y.subject or x.positive != y.positive:
                continue
            if x.subject in WEAK_SUBJECTS or y.subject in WEAK_SUBJECTS:
                continue
            if keys_match(x.subject, y.subject):
                continue
            if any(keys_match(x.subject, s) for s in subj_b) or any(keys_match(y.subject, s) for s in subj_a):
                continue
            crossed = any(keys_match(x.subject, o) for o in y.objects) and any(keys_match(y.subject, o) for o in x.objects)
            shared = (x.content - x.objects) & (y.content - y.objects)
            if crossed and shared:
                return f"roles swapped: '{x.text}' vs '{y.text}'"
    return None


@lru_cache(maxsize=16384)
def _parsed(text: str, lang: str | None, lapse: bool = False) -> tuple[tuple[Clause, ...], tuple[tuple[float, str], ...]]:
    """`clauses` and `numbers` of one text, memoised: a big event compares each sentence
    with many others, and re-parsing it for every pair was most of the divergence time.
    Callers only read the clauses."""
    tokens = tokenize(text, lang)  # read, never changed, by both
    return tuple(clauses(text, lang, tokens, lapse)), tuple(numbers(text, lang, tokens))


FRAGMENT = 0.6  # words of a quotation against another's: under this, a part of it


def dropped_negation(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    """A short reason when one text negates a clause and the other none ("There can be no
    ceasefire while …" / "Puede haber un alto el fuego aunque …"), or, in a language with no
    clause reader, fewer negations ("no evidence …, but we cannot" / "mamy dowody …, i nie
    możemy"). A quotation cut far shorter (FRAGMENT) differs only when no clause of the
    longer one has its polarity ("It clearly lowers the risk" of "It is no cure, but …");
    one a sentence longer ("… pod kadłubem. Nie przerywamy akcji") only in the rest. Negations
    of what has lapsed differ only if they do counted and not ("is gone" / "gibt es nicht mehr")."""
    reason = _dropped_in(a, b, lang_a, lang_b, False)
    return reason if reason and (_dropped_in(a, b, lang_a, lang_b, True) or goes_on(a, lang_a) != goes_on(b, lang_b)) else None


def _dropped_in(a: str, b: str, lang_a: str | None, lang_b: str | None, lapse: bool) -> str | None:
    if not (reason := _dropped(a, b, lang_a, lang_b, lapse)):
        return None
    sa, sb = (sentence_negations(t, lang or "en") for t, lang in ((a, lang_a), (b, lang_b)))
    k = min(len(sa), len(sb))
    return reason if len(sa) == len(sb) else _dropped(" ".join(p for p, _ in sa[:k]), " ".join(p for p, _ in sb[:k]), lang_a, lang_b, lapse)


def _dropped(a: str, b: str, lang_a: str | None, lang_b: str | None, lapse: bool = False) -> str | None:
    ca, cb = (_parsed(t, lang, lapse)[0] for t, lang in ((a, lang_a), (b, lang_b)))
    (short, n), (long, m) = sorted(((ca, len(a.split())), (cb, len(b.split()))), key=lambda x: x[1])
    if {lang_a, lang_b} - STOPWORDS.keys() - {None} and n >= FRAGMENT * m and len({
        _negations(w := _words(tokenize(t, lang or "en")), lang or "en", lapse) - expletive_negations(w)
        for t, lang in ((a, lang_a), (b, lang_b))
    }) > 1:
        return f"negation count differs: '{a}' vs '{b}'"
    if _negates(ca) == _negates(cb) or (n < FRAGMENT * m and {c.positive for c in short} & {c.positive for c in long}):
        return None
    return f"negation dropped: '{a}' vs '{b}'"


def _negates(clauses: Sequence[Clause]) -> bool:
    return any(not c.positive for c in clauses)


def meaning_differs(a: str, b: str, lang_a: str | None = None, lang_b: str | None = None, quoted: bool = False) -> str | None:
    """A short reason when `a` and `b` differ in structure-borne meaning, else None: a subject
    whose polarity flips, swapped roles, numbers each side lacks, a figure said to go opposite
    ways (`compare.direction`). Extra clauses on one side (a longer variant) are no difference.
    A negation differs only if it does with negations of what has lapsed counted and not; in
    one language, between other words only for two renderings of one quotation (`quoted`)."""
    a, b = _NUMBER_SIGN.sub("nr ", a), _NUMBER_SIGN.sub("nr ", b)
    la = lang_a if lang_a in STOPWORDS or lang_a in NEGATIONS else guess_lang(tokenize(a))  # Polish "Nie mogłem" as Polish
    lb = lang_b if lang_b in STOPWORDS or lang_b in NEGATIONS else guess_lang(tokenize(b))
    reason = _differs(a, b, la, lb, lang_a, lang_b, False, quoted)
    lapsed_only = reason and reason.startswith("negation") and goes_on(a, la) == goes_on(b, lb)  # "still" / "no longer"
    return None if lapsed_only and not _differs(a, b, la, lb, lang_a, lang_b, True, quoted) else reason


def _differs(a: str, b: str, la: str, lb: str, lang_a: str | None, lang_b: str | None, lapse: bool, quoted: bool) -> str | None:
    ca, cb = list(_parsed(a, la, lapse)[0]), list(_parsed(b, lb, lapse)[0])
    return (
        _polarity_reason(ca, cb, la == lb and not quoted)
        or (negating_edit(a, b, la) if la == lb else None)
        or _swap_reason(ca, cb)
        or (_translated_reason(ca, cb) if la != lb else None)
        or (_sentence_reason(a, b, la, lb, lapse) if la != lb else None)
        or number_reason(_parsed(a, lang_a or la)[1], _parsed(b, lang_b or lb)[1])  # "twee" too
        or direction_reason(a, b, la, lb)
        or partial_reason(a, b, la, lb)
        or neither_reason(a, b, la, lb)
    )


@lru_cache(maxsize=16384)
def sentence_negations(text: str, lang: str, lapse: bool = False) -> tuple[tuple[str, int], ...]:
    """(sentence, its negations) for each sentence of a quotation, memoised like `_parsed`."""
    parts = [(p, _words(tokenize(p, lang))) for p in re.split(r"(?<=[.!?])\s+", _NUMBER_SIGN.sub("nr ", text.strip()))]
    return tuple((p, _negations(w, lang, lapse) - expletive_negations(w)) for p, w in parts if w)


def _sentence_reason(a: str, b: str, la: str, lb: str, lapse: bool = False) -> str | None:
    """Across languages clauses may be cut otherwise ("Posso spiegare … e lotterò" is one,
    "I cannot explain …, but I will fight" two), sentences not: of two quotations of as
    many sentences (two or more), a sentence negated in one and not in the other."""
    sa, sb = sentence_negations(a, la, lapse), sentence_negations(b, lb, lapse)
    if len(sa) < 2 or len(sa) != len(sb):
        return None
    for (x, nx), (y, ny) in zip(sa, sb, strict=True):
        if (nx > 0) != (ny > 0):
            return f"negation count differs: '{x}' vs '{y}'"
    return None


def _translated_reason(ca: list[Clause], cb: list[Clause]) -> str | None:
    """Across languages common nouns do not match ("dam" / "barrage"): for the clauses whose
    subject found no partner, compare how many are negative, provided both sides have the
    same number of clauses with a subject. Two one-clause sentences are compared whole, a
    subject found or not ("Bei diesem Deal geht es um …" has none the parser can name),
    unless one is a FRAGMENT of the other (a clause the parser did not cut)."""
    n, m = sorted(len(c[0].text.split()) if c else 0 for c in (ca, cb))
    if len(ca) == len(cb) == 1 and _negates(ca) != _negates(cb) and n >= FRAGMENT * m:
        return f"negation count differs: '{ca[0].text}' vs '{cb[0].text}'"
    xa = [c for c in ca if c.subject and c.subject not in WEAK_SUBJECTS]
    xb = [c for c in cb if c.subject and c.subject not in WEAK_SUBJECTS]
    if len(xa) != len(xb) or sum(c.positive for c in ca) - len(ca) == sum(c.positive for c in cb) - len(cb):
        return None  # as many clauses negated, cut otherwise ("Geen enkele medewerker …, | verliest zijn job")
    # Clauses whose subject found a partner were compared already; pair up the rest.
    paired = lambda x, others: any(keys_match(x.subject or "", y.subject or "") for y in others)  # noqa: E731
    xa, xb = [x for x in xa if not paired(x, xb)], [y for y in xb if not paired(y, xa)]
    if not xa or len(xa) != len(xb):
        return None
    pa, pb = [c.positive for c in xa], [c.positive for c in xb]
    if sorted(pa) == sorted(pb):
        return None
    x = next(c for c in xa if pa.count(c.positive) > pb.count(c.positive))
    y = next(c for c in xb if pb.count(c.positive) > pa.count(c.positive))
    return f"negation count differs: '{x.text}' vs '{y.text}'"
