"""Sentence openers of one article: the mentions that open a sentence (after its article,
a title, a live blog's time stamp or a scene-setting phrase), candidate antecedents for a
pronoun or a bare speech verb."""

from __future__ import annotations

from newsweave.align.mentions import MentionIndex
from newsweave.align.names import (
    DETERMINERS,
    FUNCTION,
    PLACE_PREPOSITIONS,
    QUOTE_MARKS,
    SCENE_OPENERS,
    TITLES,
    TOPIC_LEADS,
    Mention,
    role_class,
)
from newsweave.lang import NOUNS_CAPITALISED
from newsweave.text.nlp import model_name


def opening_mentions(ix: MentionIndex) -> list[tuple[int, Mention]]:
    """Mentions of a person that open a sentence: candidate antecedents for he/she."""
    out = []
    for m in ix.mentions:
        if m.kind in ("name", "role") and not m.org:
            k = m.i
            while k > 0 and not ix.sent_start_tok(k):
                if ix.toks[k - 1].fold in DETERMINERS or ix.toks[k - 1].fold in TITLES:
                    k -= 1  # "The minister …", "Mr Macron …"
                elif k > 1 and ix.toks[k - 1].text == "." and ix.toks[k - 2].fold in TITLES:
                    k -= 2  # "Rep. Ann Holt"
                elif role_class(ix.toks[k - 1].text, ix.lang) is not None:
                    k = _role_start(ix, k - 1)  # "Regional health councillor Paola Ferrante …"
                    break
                elif ix.toks[k - 1].fold not in FUNCTION | PLACE_PREPOSITIONS and (
                    role := next((x for x in ix._by_end.get(k - 1, []) if x.kind == "role" and x.i < k - 1), None)
                ):  # "…, le directeur technique X a tenu …"; not "o presidente da Câmara no | Rio Grande"
                    k = role.i
                else:
                    break
            # "Volgens (kunstrechercheur) Pieter Claessens, …", "Pour le professeur X, …": the
            # sentence gives his view (past an article and a noun of no role list)
            lead = k
            while lead > 1 and k - lead < 2 and ix.toks[lead - 1].text.islower() and (
                ix.toks[lead - 1].fold in DETERMINERS or ix.toks[lead - 1].fold not in FUNCTION | TOPIC_LEADS
            ):
                lead -= 1
            topic = m.kind == "name" and lead > 0 and ix.sent_start_tok(lead - 1) and ix.toks[lead - 1].fold in TOPIC_LEADS
            if ix.sent_start_tok(k) or _after_stamp(ix, k) or topic or (m.kind == "name" and _after_scene(ix, k)):
                out.append((ix.toks[m.i].start, m))
    return out + _unlisted_openers(ix)


def _unlisted_openers(ix: MentionIndex) -> list[tuple[int, Mention]]:
    """Names of two words or more that open a sentence where no entity model listed them
    (most languages have none here): "Matthias Brenner von der Universität hält …", "Der
    Chemiker Matthias Brenner …" (`heuristic_name` drops the noun after an article),
    "Volgens kunstrechercheur Pieter Claessens, …", "De burgemeester van X, Ewa Domańska, …"."""
    taken = {k for m in ix.mentions for k in range(m.i, m.j + 1)}
    out = []
    starts = [k for k in range(len(ix.toks) - 1) if ix.sent_start_tok(k)]
    # "Ao final da tarde, o chefe da Proteção Civil, Fabrizio Lonardi, …": after the scene
    starts += [e for k in starts if (e := _scene_end(ix, k)) is not None and e < len(ix.toks) - 1]
    for k in starts:
        at = k + 1 if ix.toks[k].fold in DETERMINERS | TOPIC_LEADS else k
        at += ix.toks[k].fold in TOPIC_LEADS and ix.toks[at].text.islower()  # "Volgens kunstrechercheur X"
        # "De burgemeester van Giżycko, Ewa Domańska, …" (Dutch "de" is no listed article),
        # "Para o presidente da Câmara de Comércio … no Rio Grande do Sul, Henrique Tedesco, …"
        role = next((r for r in (at, at + 1) if r < len(ix.toks) and role_class(ix.toks[r].text, ix.lang)), None)
        if role is not None:
            at = next((c + 1 for c in range(role + 1, min(role + ROLE_SPAN, len(ix.toks) - 1)) if ix.toks[c].text == ","), at)
        # "Epidemiolog prof. X", "Prof. X": past a title and its stop, and a noun before it
        title = next((t for t in (at, at + 1) if t + 2 < len(ix.toks) and ix.toks[t].fold in TITLES and ix.toks[t + 1].text == "."), None)
        at = at if title is None else title + 2
        m = ix.heuristic_name(at)
        if m is None and at == k + 1 and ix.lang not in NOUNS_CAPITALISED:
            # a noun of no role list first ("A constitucionalista Inês X …"); not in German, which
            # capitalises nouns ("Der weiße Polizist X" names no "Polizist X")
            t = at
            while t < min(at + 3, len(ix.toks) - 1) and (ix.toks[t].text == "-" or (ix.toks[t].text.islower() and ix.toks[t].fold not in FUNCTION)):
                t += 1
            m = ix.heuristic_name(t) if t > at else None
        if m is None and model_name(ix.lang) is None and (c := _subject_comma(ix, k)) is not None:
            # no NER: "Der Verteidiger, der Anwalt Marco Tessaro, hat …", a name apposed to the subject
            t = c + 1
            while t < min(c + 4, len(ix.toks) - 1) and (ix.toks[t].fold in DETERMINERS or role_class(ix.toks[t].text, ix.lang) or (ix.toks[t].text.islower() and ix.toks[t].fold not in FUNCTION)):
                t += 1
            m, at = ix.heuristic_name(t), c + 1
        if m is None or m.j == m.i or not ix._name_like(m.i, m.j):
            continue
        nxt = ix.toks[m.j + 2] if m.j + 2 < len(ix.toks) and ix.toks[m.j + 1].text == "," else None
        role_first = at > k and ix.toks[at - 1].text == "," and nxt is not None  # listed or not
        if taken & set(range(m.i, m.j + 1)) and not role_first:
            continue
        # a person described, not "União Europeia anunciou", "Het Openbaar Ministerie heeft":
        # a noun or a role before ("Der Chemiker X"), a view given, or an apposition after
        # ("Tiago Fernandes, engenheiro de 41 anos,", "X, 58,")
        apposed = nxt is not None and (nxt.text.isdigit() or (nxt.text.islower() and nxt.fold not in FUNCTION) or _role_apposed(ix, m.j + 2))
        titled = title is not None and m.i == at  # "Epidemiolog prof. X zwrócił uwagę"
        if apposed or role_first or titled or ix.toks[k].fold in TOPIC_LEADS or (ix.toks[k].fold in DETERMINERS and m.i > at):
            out.append((ix.toks[m.i].start, m))
    return out


def _subject_comma(ix: MentionIndex, k: int) -> int | None:
    """The comma closing a sentence's opening noun phrase (from token k, a determiner
    first, no speech verb), where an apposed name may follow."""
    if ix.toks[k].fold not in DETERMINERS:
        return None
    for c in range(k + 1, min(k + ROLE_SPAN, len(ix.toks) - 1)):
        if ix.toks[c].text == ",":
            return c
        if ix.toks[c].text in ".;:!?" or ix.is_cue(c) or ix.sent_start_tok(c):
            return None
    return None


def _role_apposed(ix: MentionIndex, k: int) -> bool:
    """A role word in the apposition that starts at token k, before its closing comma
    ("Halina X, Poland's environment minister, visited …")."""
    for t in range(k, min(k + ROLE_WORDS + 3, len(ix.toks))):
        if ix.toks[t].text in ",.;:" or ix.toks[t].text in QUOTE_MARKS:
            return False
        if role_class(ix.toks[t].text, ix.lang) is not None:
            return True
    return False


ROLE_WORDS = 3  # words of a role phrase before its role word ("Regional health councillor")
ROLE_SPAN = 14  # tokens of a role phrase after its role word, up to the comma before the name


def _role_start(ix: MentionIndex, k: int) -> int:
    """Where the role phrase ending in role word `k` starts: at the sentence's start or
    after a comma when no more than ROLE_WORDS words come before it there, else at `k`."""
    for j in range(k, max(k - ROLE_WORDS, 0) - 1, -1):
        if ix.sent_start_tok(j):
            return j
        if not ix.toks[j - 1].text.isalpha():
            return j if ix.toks[j - 1].text == "," else k  # after a scene: ", la Première ministre X"
    return k


def _after_stamp(ix: MentionIndex, k: int) -> bool:
    """Token k opens a live blog's entry after its time stamp ("10:05 - La ministra")."""
    t = ix.toks[k - 4 : k]
    return len(t) == 4 and t[3].text in "-–—" and t[1].text in ":." and ix.sent_start_tok(k - 4)


def _after_scene(ix: MentionIndex, k: int) -> bool:
    """Token k follows the comma that closes a sentence's opening scene-setting phrase
    ("At a hearing last month, Rep. Ann Holt pushed …"): where the subject stands."""
    if k < 2 or ix.toks[k - 1].text != ",":
        return False
    t = k - 2
    while t > 0 and k - t < SCENE_WORDS and not ix.sent_start_tok(t):
        t -= 1
    return _scene_end(ix, t) == k


SCENE_WORDS = 16  # tokens of a scene-setting phrase at most


def _scene_end(ix: MentionIndex, k: int) -> int | None:
    """The token after the comma closing the scene-setting phrase that opens the sentence
    at token k ("At a hearing last month, …", "Ao final da tarde, …"), or None."""
    if not ix.sent_start_tok(k) or ix.toks[k].fold not in SCENE_OPENERS:
        return None
    for t in range(k + 1, min(k + SCENE_WORDS, len(ix.toks))):
        if ix.toks[t].text == ",":
            return t + 1
        if ix.toks[t].text in ";:" or ix.toks[t].text in QUOTE_MARKS or ix.sent_start_tok(t):
            return None
    return None
