"""Whom a pronoun (or a speech verb with no subject) stands for, beyond the latest speaker:
the person its own sentence opens with, an unnamed subject before it, and someone else
named in between ("Skeptisch bleibt Viktor Seles, Chefvolkswirt der Ostrelbank. „…“,
sagte er": not the minister quoted a paragraph before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.align.apposition import after_preposition
from newsweave.align.names import (
    DETERMINERS,
    FUNCTION,
    ORG_WORDS,
    QUOTE_MARKS,
    Mention,
    adjective_compound,
    same_person,
)
from newsweave.compare.closed_words import PREPOSITIONS

if TYPE_CHECKING:
    from newsweave.align.speakers import Speakers


def sentence_person(sp: Speakers, m: Mention) -> Mention | None:
    """The first person named in the sentence of pronoun `m` before it, as a subject
    (not after a preposition: "talks with the Danish leader X"), a person to the
    entity model where the article's language has one, with no quotation between them
    (a name inside a quotation is not who says it)."""
    if m.i < 0:
        return None
    k = sp._sentence_start(m.i)
    pronoun_at = sp.toks[m.i].start
    starting = (x for t in range(k, m.i) for x in sp._by_start.get(t, []))
    for x in starting:
        if x.j >= m.i or x.kind != "name" or x.org or not x.name:
            continue
        if sp._name_words and not any(sp.toks[t].fold in sp._name_words for t in range(x.i, x.j + 1)):
            continue  # not a person to the entity model ("the northern Sierra Nevada")
        if after_preposition(sp, x):
            continue
        between = sp.text[sp.toks[x.j].end : pronoun_at]
        if any(ch in QUOTE_MARKS for ch in between):
            continue
        return x
    return None


def unnamed_speaker_before(sp: Speakers, m: Mention) -> bool:
    """Pronoun `m` follows, in its own sentence, a speech verb whose subject is someone
    unnamed the sentence opens with ("The whistleblower, a protégé of X, claimed that
    he …"): "he" is that person, not someone named earlier."""
    if m.i < 0:
        return False
    k = sp._sentence_start(m.i)
    if k + 1 >= m.i or sp.toks[k].fold not in DETERMINERS or any(x.name for x in sp._by_start.get(k, [])):
        return False  # (a role with its name: "Der regionale Umweltminister X …")
    head = sp.toks[k + 1].text  # "The Bush-era whistleblower"
    if not (head[:1].islower() or adjective_compound(head)):
        return False
    return any(sp.is_cue(c) and sp.subject_before_cue(c, k) is None for c in range(k + 2, m.i))


def named_between(sp: Speakers, m: Mention, since: int, pos: int, antecedent: str | None) -> str | None:
    """Someone else named after the antecedent found at char offset `since`, in a sentence
    of the pronoun's own paragraph before the pronoun's sentence (`m` at char `pos`; a
    subjectless speech verb when m.i < 0): "De 71-jarige Maria Dorsal uit Valcorno werd
    gewekt. „…“, zei ze" is not the president quoted before. That person's name where the
    words name one person only, as a subject (not "… met Mayor Y"), and no unknown name;
    "" (nobody: better no speaker than a wrong one) where they name someone else; None
    where they name nobody else, or the antecedent again."""
    end = sp._sentence_start(m.i if m.i >= 0 else min(sp.tok_index(pos), len(sp.toks) - 1))
    para = sp.text.rfind("\n", 0, sp.toks[end].start if end < len(sp.toks) else pos) + 1
    lo = sp.tok_index(max(para, since + 1))
    while lo < end and not sp.sent_start_tok(lo):
        lo += 1  # the antecedent's own sentence is not in between
    if lo >= end:
        return None
    names: list[Mention] = []
    strangers = 0
    covered: set[int] = set()
    inside = False  # within a quotation: a name there is not someone present
    for k in range(lo, end):
        if sp.toks[k].text in QUOTE_MARKS:
            inside = not inside
            continue
        if inside:
            continue
        for x in sp._by_start.get(k, []):
            covered.update(range(x.i, x.j + 1))
            if x.kind == "name" and not x.org and x.name and x.j < end:
                names.append(x)
        if k not in covered and k + 1 < end and _unknown_name(sp, k):
            strangers += 1
            covered.update((k, k + 1))
    people = {sp.expand(x.name or "") for x in names}
    if not people and not strangers:
        return None
    if antecedent and any(same_person(p, antecedent) for p in people):
        return None
    if len(people) == 1 and not strangers and not any(after_preposition(sp, x) for x in names):
        return people.pop()
    return ""


def _unknown_name(sp: Speakers, k: int) -> bool:
    """Tokens k, k+1 read as a person's first and last name no mention covers ("Maria
    Dorsal" after "De 71-jarige", "Viktor Seles" after "Skeptisch bleibt"): two name
    words, no organisation's, not after an article or a preposition ("A União Europeia",
    "em Porto Lenz": a body, a place)."""
    before = sp.toks[k - 1].fold if k else ""
    return (
        before not in FUNCTION
        and before not in PREPOSITIONS
        and sp._name_like(k, k + 1)
        and sp._name_word(k)
        and sp._name_word(k + 1)
        and not any(sp.toks[x].fold in ORG_WORDS for x in (k, k + 1))
        and not (k + 2 < len(sp.toks) and sp.toks[k + 2].fold in ORG_WORDS)
    )
