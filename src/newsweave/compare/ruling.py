"""Words that rule a thing out ("rule out", "exclure", "ausschließen", "wykluczyć") negate
it without a negation word: "Nothing allows us to rule out that others knew" says they
may have, "Nothing suggests that others knew" that they did not, with as many negations
("rien ne permet d'exclure" / "rien ne permet de penser"). Read per language from
`newsweave.lang.<code>.cues`: RULE_OUT_WORDS (word forms), RULE_OUT_PHRASES ("uit te
sluiten") and RULE_OUT_SPLIT (a verb's forms and the particle that makes it rule out:
"schließen … aus", "sluiten … uit", "ruled it out"). Used on quotations only, where two
outlets render one utterance: in narration "excluded from the party" is no negation."""

from __future__ import annotations

import re
from functools import lru_cache

from newsweave.compare.closed_words import PRONOUN_GROUPS
from newsweave.compare.polarity import sentence_negations
from newsweave.lang import data
from newsweave.text.fold import fold

_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[,.;:!?–—«»“”\"„]")


@lru_cache(maxsize=32)
def _lexicon(code: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], tuple[tuple[frozenset[str], str], ...], frozenset[str]]:
    m = data(code, "cues")
    words = frozenset(fold(w) for w in getattr(m, "RULE_OUT_WORDS", ()))
    phrases = tuple(tuple(fold(p).split()) for p in getattr(m, "RULE_OUT_PHRASES", ()))
    split = tuple((frozenset(fold(v) for v in verbs), fold(particle)) for verbs, particle in getattr(m, "RULE_OUT_SPLIT", ()))
    objects = frozenset(PRONOUN_GROUPS) | {fold(w) for w in getattr(m, "RULE_OUT_OBJECTS", ())}
    return words, phrases, split, objects


def rulings(text: str, lang: str | None) -> int:
    """How many times `text` rules something out."""
    words, phrases, split, objects = _lexicon(lang or "en")
    n = 0
    for clause in _CLAUSE_END.split(text):
        toks = [fold(w) for w in _WORD.findall(clause)]
        n += sum(w in words for w in toks)
        n += sum(tuple(toks[k : k + len(p)]) == p for p in phrases for k in range(len(toks)))
        for verbs, particle in split:
            for k, w in enumerate(toks):
                if w in verbs and particle in toks[k + 1 :]:
                    at = toks.index(particle, k + 1)
                    # "rule out", "ruled it out", "ruling anything out"; a verb-final
                    # particle closes its clause
                    between = toks[k + 1 : at]
                    n += int(all(w in objects for w in between) and len(between) <= 1 or at == len(toks) - 1)
                    break
    return n


def ruled_out_reason(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    """Why two wordings of one utterance differ, when one rules a thing out once more than
    the other and both carry as many negations: one says it may be, the other that it is
    not ("Nothing allows us to rule out …" / "Nothing suggests …"; "there will be none" /
    "we do not rule it out")."""
    na = sum(n for _, n in sentence_negations(a, lang_a or "en"))
    nb = sum(n for _, n in sentence_negations(b, lang_b or "en"))
    ra, rb = rulings(a, lang_a), rulings(b, lang_b)
    if na != nb or not (ra - rb) % 2:
        return None
    # the side ruling out more has more clauses: the ruling may be in a clause the other
    # leaves out ("We can rule out a votive deposit: there are no offerings …" / "There are no offerings …")
    ca, cb = (sum(bool(_WORD.search(c)) for c in _CLAUSE_END.split(t)) for t in (a, b))
    if (ra > rb and ca > cb) or (rb > ra and cb > ca):
        return None
    return f"negation count differs (a thing ruled out): '{a}' vs '{b}'"
