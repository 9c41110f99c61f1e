"""The person around a phrase that names no speaker: the body a person works for ("Arvid
Tollen vom Seismologischen Institut warnte"), a role's complement set off by commas
("Tomas Reyl, director of the X Agency, which owns it, said"), the name opening a
sentence before an apposed role where no NER names it ("Tomas Reyl, directeur van het
agentschap, keek vooruit:"), or one a sentence introduces before a colon, the name a role
opening one introduces (`role_name`).
`align.speakers` asks these when the mention next to a cue is an organisation or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.align.mentions import best_mention
from newsweave.align.names import (
    AGENT_MARKERS,
    CONNECTORS,
    COORD,
    DETERMINERS,
    FUNCTION,
    INDEFINITE,
    PARTICLES,
    PLACE_PREPOSITIONS,
    RELATIVES,
    SERVES,
    SOURCE_CUES,
    TITLES,
    Mention,
    Role,
    clean_name,
    role_class,
)
from newsweave.compare.closed_words import PREPOSITIONS
from newsweave.lang import each
from newsweave.text.sentences import ends_with_title

if TYPE_CHECKING:
    from newsweave.align.speakers import Speakers

_WITH_ARTICLES = frozenset(code for code, m in each("cues") if getattr(m, "DEFINITE_ARTICLES", ()))
INSERT_TOKENS = 12  # how far back a comma-delimited insert may open
LIST_TOKENS = 10  # tokens of a role's list of portfolios ("of Agriculture, Fishing, Water and …")


def past_portfolios(sp: Speakers, k: int) -> int:
    """The comma closing the list of capitalised portfolios that the comma at token k opens
    ("the consejera of Agriculture, Fishing, Water and Rural Development, Rocío X"), else
    k; not a list of people ("the family's lawyers, Ben X and Tony Y, said")."""
    if any(c.kind == "name" and not c.org for c in sp._by_start.get(k + 1, [])):
        return k
    coordinated = False
    for t in range(k + 1, min(k + LIST_TOKENS, len(sp.toks))):
        tok = sp.toks[t]
        if tok.text == "," and coordinated:
            return t
        coordinated = coordinated or tok.fold in COORD
        if not (tok.upper or tok.text == "," or tok.fold in COORD):
            return k
    return k


def _person(m: Mention | None) -> Mention | None:
    return m if m is not None and m.kind == "name" and not m.org else None


def insert_open(sp: Speakers, j: int, lo: int, width: int = INSERT_TOKENS) -> int:
    """Where the comma-delimited insert ending at token j opens: the token before its first
    word (a comma when there is one), not before `lo`, at most `width` tokens back."""
    k = j
    while k >= lo and sp.toks[k].text not in ",;:" and not sp.is_stop(k) and j - k < width:
        k -= 1
    return k


def before_insert(sp: Speakers, j: int, lo: int) -> Mention | None:
    """The person named before the comma opening the insert that ends at token j."""
    k = insert_open(sp, j, lo)
    return _person(sp.mention_before(k - 1)) if k > lo and sp.toks[k].text == "," else None


def affiliated(sp: Speakers, j: int, lo: int) -> Mention | None:
    """The person before the body a capitalised run ending at token j names ("Arvid
    Tollen z Instytutu ostrzegł", "… of the Institute said"): no speaker, the body."""
    k = j
    while k >= lo and sp.toks[k].text[:1].isupper():
        k -= 1
    if k >= lo and sp.toks[k].fold in PARTICLES and j - k == 1:
        # "Jan de Vries", "Ursula von Leyen": a particle inside a name; after a whole
        # name, its town ("Burgemeester Heiner X van Gronau zei")
        before = sp.heuristic_name(k - 1, forward=False) if k - 1 >= lo else None
        return before if before is not None and before.j > before.i else None
    while k >= lo and sp.toks[k].fold in DETERMINERS:
        k -= 1
    if k == j or k - 1 < lo or sp.toks[k].fold not in SERVES:
        return None
    return _person(sp.mention_before(k - 1))


def opening_name(sp: Speakers, lo: int, hi: int) -> Mention | None:
    """Where no NER runs: a name of two words or more opening the span [lo, hi), set off
    by a comma ("Tomas Reyl, directeur van …, keek al vooruit:")."""
    m = sp.heuristic_name(lo)
    if m is None or m.j == m.i or m.j + 1 >= hi or sp.toks[m.j + 1].text != ",":
        return None
    return m


def introduced_name(sp: Speakers, lo: int, hi: int) -> Mention | None:
    """Where no NER runs: the last name of two words or more in a sentence that a colon
    closes before a quotation, not after a preposition ("Tra gli italiani a bordo c'è
    anche Giorgio Ferraris, pensionato di Savona, raggiunto al telefono:")."""
    found = None
    for k in range(lo, hi):
        m = sp.heuristic_name(k)
        if m is not None and m.j > m.i and m.j < hi and not after_preposition(sp, m) and (found is None or m.i > found.j):
            found = m
    return found


def role_then_name(sp: Speakers, k: int, width: int = 6) -> Mention | None:
    """A name shortly after a role word from token k, with the role's words between ("—
    заявила генеральный директор больницы Клер Остерман"): where no article marks the
    subject after a speech verb, the role's holder speaks."""
    bare = sp.lang not in _WITH_ARTICLES  # a noun of no role list, too ("asesor ds. rolnictwa X")
    for i in range(k, min(k + width, len(sp.toks))):
        if sp.toks[i].text in ".;:!?" or sp.is_cue(i):
            return None
        if role_class(sp.toks[i].text, sp.lang) is None and not (bare and i == k and sp.toks[i].text.islower()):
            continue
        for j in range(i + 1, min(i + 6, len(sp.toks))):
            short = j + 1 < len(sp.toks) and len(sp.toks[j - 1].text) <= 3 and sp.toks[j + 1].text.islower()
            titled = sp.toks[j].text == "." and (short or ends_with_title(sp.text[sp.toks[j - 1].start : sp.toks[j].end]))
            if (sp.toks[j].text in ",.;:!?" and not titled) or sp.is_cue(j):
                return None  # a title's stop goes on ("rzecznik prokuratury prok. Daniel Wróbel")
            m = sp.heuristic_name(j)
            if m is not None and m.j > m.i:
                # "le porte-parole de Karsel Mining": whom a spokesperson serves never speaks
                served = (role_class(sp.toks[i].text, sp.lang) or ("", ""))[0] == "spokes" and sp.toks[m.i - 1].fold in _OF
                return _apposed_after_place(sp, m) or (None if served else m)
        return None
    return None


_OF = CONNECTORS - COORD  # "of" in every language: "di", "de", "von" …


def _apposed_after_place(sp: Speakers, m: Mention) -> Mention | None:
    """The name set off by a comma after a role's "of"-complement: "la sindaca di Castel
    Mirto, Rosaria Gallo, …" names the mayor, not the town."""
    if m.i < 1 or sp.toks[m.i - 1].fold not in _OF or m.j + 2 >= len(sp.toks) or sp.toks[m.j + 1].text != ",":
        return None
    named = sp.heuristic_name(m.j + 2)
    if named is None:  # "…de Karsel Mining, l'exploitant de la mine, Andrej Solin": a description first
        end = next((k for k in range(m.j + 2, min(m.j + 9, len(sp.toks))) if sp.toks[k].text in ",.;:"), None)
        words = sp.toks[m.j + 2 : end] if end is not None else []
        described = bool(words) and all(t.text.islower() or t.fold[:2] in ("l'", "d'") for t in words)
        named = sp.heuristic_name(end + 1) if described and end is not None and sp.toks[end].text == "," else None
    return named if named is not None and named.j > named.i else None


def ranked_name(sp: Speakers, k: int, j: int) -> Mention | None:
    """The name ending at token j after a rank of no list that the comma at token k opens
    ("O comandante do CLA, coronel-aviador Jorge X, afirmou"), as a mention from k + 1."""
    h = sp.heuristic_name(j, forward=False)
    if h is None or h.i <= k + 1 or not sp._name_like(h.i, h.j):
        return None
    ranked = all(t.text == "-" or (t.text.islower() and t.fold not in FUNCTION) for t in sp.toks[k + 1 : h.i])
    return Mention("name", k + 1, h.j, h.text, name=h.name) if ranked else None


def relative_subject(sp: Speakers, k: int) -> Mention | None:
    """The surname opening a sentence before ", who" at token k ("Ferreira, who had
    called the offer "an insult," said"), where no NER names it: a name if the article
    writes that word capitalised inside a sentence too ("a measure Ferreira described")."""
    if k < 1 or sp.toks[k].fold not in RELATIVES or sp.toks[k - 1].text != ",":
        return None
    h = k - 2
    if h < 0 or not sp.toks[h].upper or not sp.sent_start_tok(h):
        return None
    word = sp.toks[h].text
    if sp.toks[h].fold in FUNCTION or role_class(word, sp.lang) is not None:
        return None
    if not any(t.text == word and i != h and not sp.sent_start_tok(i) for i, t in enumerate(sp.toks)):
        return None
    # the NER may file a lone surname as a place ("Ferreira"): ", who" tells a person
    name = clean_name(word)
    return Mention("name", h, h, name, name=name) if name else None


def role_name(sp: Speakers, role: Mention, stop: int) -> Mention | None:
    """The person a role opening a sentence introduces, named right after it ("Il ministro
    degli Esteri orlenzano Pavel Dunai ha rivendicato …") or apposed between commas ("Il
    capo della stazione del Soccorso alpino della Val Serena, Davide Ronchetti, …")."""
    for k in range(role.j + 1, min(role.j + 14, len(sp.toks))):
        if sp.toks[k].start >= stop or sp.toks[k].text in ".;:!?" or sp.is_cue(k):
            break  # "The minister told Anna Holt:": the one told
        if k > role.j + 1 and sp.toks[k - 1].text != ",":
            continue  # "El mandatario de Estados Unidos": no name of the role's holder
        m = next((m for m in sp.mentions if m.kind == "name" and not m.org and m.i == k), None)
        m = m or sp.heuristic_name(k)
        if m is not None and m.j > m.i:
            return m
    return None


def unnamed_subject(sp: Speakers, m: Mention) -> Mention | None:
    """The unnamed person a sentence opens with ("Un propietario de una taberna en Nas, que
    …, dijo"), when the name `m` before the speech verb is a place in that description: an
    indefinite mention, who says the next bare "dijo" too (not the person named before)."""
    s = sp._sentence_start(m.i)
    if sp.toks[s].fold not in INDEFINITE or s + 1 >= m.i or not sp.toks[s + 1].text.islower():
        return None
    text = sp.text[sp.toks[s].start : sp.toks[s + 1].end]
    return Mention("role", s, s + 1, text, role=Role("person", frozenset(), "", sp.toks[s].start))


def after_preposition(sp: Speakers, x: Mention) -> bool:
    """Whether mention `x` (with its titles, roles and determiners) follows a
    preposition: an object ("to Omar's office", "with the leader X"), no subject. Not
    an agent ("a survey by X") nor a source ("according to X")."""
    k = x.i - 1
    while k >= 0 and (
        sp.toks[k].fold in DETERMINERS
        or sp.toks[k].fold in TITLES
        or role_class(sp.toks[k].text, sp.lang) is not None
        or (
            sp.toks[k].text[:1].isupper()
            and sp.toks[k].fold not in sp._name_words  # another person's name
            and not sp.sent_start_tok(k)
        )
    ):
        k -= 1
    if k == x.i - 1 >= 0 and sp.toks[k].fold in PLACE_PREPOSITIONS:
        return True  # "un propietario de una taberna en Nas, que …, dijo": a place
    if k > 0 and sp.toks[k].fold in COORD:  # "of Ivo Brandt and Dana Kell"
        prev = best_mention(sp._by_end.get(k - 1, []))
        return prev is not None and prev.kind == "name" and after_preposition(sp, prev)
    if k < 0 or sp.toks[k].fold not in PREPOSITIONS or sp.toks[k].fold in AGENT_MARKERS:
        return False  # "a survey by X": X is the words' author
    if k > 0 and role_class(sp.toks[k - 1].text, sp.lang) is not None:
        return False  # "Orvia's ambassador to Tarsk Ilse Berg": the role's holder
    return not (k > 0 and sp.toks[k - 1].fold in SOURCE_CUES)  # "according to X"

