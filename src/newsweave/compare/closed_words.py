"""Closed-class words the clause reader needs (articles, pronouns, conjunctions, short
stop lists), built from `newsweave.lang.<code>.closed`; everything is folded (lowercase,
no accents). Negation and modality cues come from `newsweave.lang.<code>.cues` (see
`compare.polarity`)."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import Any

from newsweave.lang import data, each, merged
from newsweave.text.fold import fold, fold_all

# The languages the clause reader knows, in the order `polarity.guess_lang` breaks ties.
LANGS = ("en", "fr", "es", "de", "pt", "it", "nl")
_DATA: dict[str, ModuleType] = {
    code: module for code in LANGS if (module := data(code, "closed")) is not None
}


def word_set(words: str) -> frozenset[str]:
    return fold_all(words.split())


def _merged(name: str) -> frozenset[str]:
    """The words list `name` of every language, folded."""
    return fold_all(merged("closed", name))


def _english(name: str) -> dict[str, str]:
    return dict(getattr(_DATA["en"], name, {}))


STOPWORDS = {code: fold_all(m.CLAUSE_STOP_WORDS) for code, m in _DATA.items()}
PRO_DROP = frozenset(code for code, m in _DATA.items() if getattr(m, "PRO_DROP", False))
FIRST_PLURAL = {code: tuple(m.FIRST_PLURAL_ENDINGS) for code, m in _DATA.items() if hasattr(m, "FIRST_PLURAL_ENDINGS")}
ACCENTED = {code: dict(getattr(m, "ACCENTED_WORDS", {})) for code, m in _DATA.items()}


def verb_person(word: str, lang: str) -> str | None:
    """Person of a pro-drop verb form ("podemos" -> 1pl), for subject-less clauses."""
    return "1pl" if word.endswith(FIRST_PLURAL.get(lang, ())) else None

NT_BASES = _english("NT_BASES")
ELISIONS = dict(getattr(_DATA["fr"], "ELISIONS", {}))
EN_CLITICS = _english("CLITICS")
S_IS = fold_all(getattr(_DATA["en"], "S_IS_SUBJECTS", ()))

_PERSONS = ("1pl", "1sg", "2", "3pl", "3sg", "3sgf", "EXPL")  # a later person wins a clash
PRONOUN_GROUPS = {
    fold(w): person
    for person in _PERSONS
    for m in _DATA.values()
    for w in getattr(m, "PRONOUNS", {}).get(person, ())
}
GROUP_KEYS = frozenset(PRONOUN_GROUPS.values()) | {"ANSWER"}
# Subjects whose referent is unclear ("this", "it"): compared only when unambiguous.
WEAK_SUBJECTS = frozenset({"EXPL", "ANSWER"})
SUBJECT_PRONOUNS = _merged("SUBJECT_PRONOUNS")
OBLIQUE_PRONOUNS = _merged("OBLIQUE_PRONOUNS")
POSSESSIVE_DETS = _merged("POSSESSIVES")
ARTICLES = _merged("ARTICLES")
PREPOSITIONS = _merged("PREPOSITIONS")
ADVERBS = _merged("ADVERBS")
_LINKS = {code: fold_all(m.LINKS) for code, m in _DATA.items() if getattr(m, "LINKS", ())}
# a language the clause reader does not know still cuts clauses at its coordinators and
# complementizers (cue data): "Nie było … i nie będzie" is two negated clauses, not one
# with two negations
WEAK = _LINKS | {
    code: links
    for code, m in each("cues")
    if code not in _LINKS
    and (links := fold_all((*getattr(m, "COORDINATORS", ()), *getattr(m, "COMPLEMENTIZERS", ()))))
}
# words that link a clause only right after a comma (German ", bis die Preise sinken";
# "bis zu 30 Prozent", "bis 2030" are no clauses)
COMMA_LINKS = {code: fold_all(getattr(m, "COMMA_LINKS", ())) for code, m in _DATA.items()}
# links of several words ("as long as", "even though"), each as its folded words
LINK_RUNS = {
    code: tuple(tuple(fold(w) for w in link.split()) for link in getattr(m, "MULTIWORD_LINKS", ()))
    for code, m in _DATA.items()
}
STRONG_PUNCT = frozenset(";:.!?…")
CORRECTIVE = _merged("CORRECTIVES")
PSEUDO_CLEFT = _merged("PSEUDO_CLEFTS")
OTHER_FUNCTION_WORDS = _merged("OTHER_FUNCTION_WORDS")
COORDINATORS = _merged("COORDINATORS")
# a noun right after one of these is an adverbial ("Al momento non abbiamo"), no subject
OBLIQUE_LEADS = (PREPOSITIONS | OTHER_FUNCTION_WORDS) - ARTICLES - COORDINATORS - frozenset().union(*_LINKS.values())
VERB_FINAL_RELATIVES = {code: fold_all(getattr(m, "VERB_FINAL_RELATIVES", ())) for code, m in _DATA.items()}
FUNCTION = frozenset().union(
    *_LINKS.values(), ARTICLES, PREPOSITIONS, POSSESSIVE_DETS, OTHER_FUNCTION_WORDS
)
ANSWERS = {**dict.fromkeys(_merged("NO"), False), **dict.fromkeys(_merged("YES"), True)}


def link_length(words: Sequence[str], lang: str) -> int:
    """How many of `words` (folded) open a clause as one link of several words ("as long
    as", "even though"; English ones in every language, as `WEAK` has them), else 0."""
    for run in (*LINK_RUNS.get(lang, ()), *LINK_RUNS["en"]):
        if tuple(words[: len(run)]) == run:
            return len(run)
    return 0


def comma_link(tokens: Sequence[Any], k: int, lang: str) -> bool:
    """Whether token k (polarity tokens) is a COMMA_LINKS word right after a comma."""
    return (
        k > 0
        and tokens[k - 1].text == ","
        and bool(tokens[k].norms)
        and tokens[k].norms[0] in COMMA_LINKS.get(lang, frozenset())
    )


OWN_SUBJECT_PRONOUNS = {
    code: fold_all(getattr(m, "OWN_SUBJECT_PRONOUNS", ())) for code, m in _DATA.items()
}


def after_pronoun(seg: Sequence[Any], i: int, lang: str) -> bool:
    """Whether word i of a segment (polarity tokens) follows a subject pronoun, adverbs
    between them skipped ("it clearly lowers", "aber es senkt eindeutig")."""
    j = i - 1
    while j >= 0 and seg[j].kind == "word" and seg[j].norms[0] in ADVERBS:
        j -= 1
    pronouns = SUBJECT_PRONOUNS | OWN_SUBJECT_PRONOUNS.get(lang, frozenset())
    return j >= 0 and seg[j].kind == "word" and seg[j].norms[-1] in pronouns


def simple_past(seg: Sequence[Any], i: int) -> bool:
    """An English verb in the simple past after its subject ("the mayor closed the port"):
    a word ending in -ed after a noun that follows an article or opens the clause (not
    "the reopened port", where the article comes right before it)."""
    w = seg[i].norms[0]
    if len(w) < 5 or not w.endswith("ed") or i == 0:
        return False
    prev = seg[i - 1]
    if prev.kind != "word" or prev.norms[0] in FUNCTION or prev.norms[0] in ADVERBS:
        return False
    before = seg[i - 2] if i >= 2 else None
    # a link opens the clause too ("because Velmar refused to cut ...")
    return before is None or before.kind == "sep" or (
        before.kind == "word" and before.norms[0] in ARTICLES
    )
