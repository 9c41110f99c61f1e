"""How strongly a quotation's main clause says what it says: an obligation ("must"), a
certainty about what comes ("will", a future ending: "convocaremos", a near future: "va
atteindre"), or a possibility
("could", "potremmo", "können"). One outlet's "we could call new strikes" for the others'
"we will call new strikes" changes what was said, as a dropped "not" does. Read per
language from `newsweave.lang.<code>.cues` (MODAL_*); a conditional clause ("if there is
no offer by Monday", "se non arriverà un'offerta") is left out: its verb is no modal."""

from __future__ import annotations

import re
from functools import lru_cache

from newsweave.compare.closed_words import STOPWORDS
from newsweave.lang import data
from newsweave.text.fold import fold

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _lexicon(code: str) -> tuple[dict[str, str], tuple[str, ...], frozenset[str]]:
    """(word or phrase -> "must" | "can" | "will", future endings, conditionals) of `code`."""
    m = data(code, "cues")
    words: dict[str, str] = {}
    for name, mode in (("MODAL_WILL", "will"), ("MODAL_MUST", "must"), ("MODAL_CAN", "can")):
        words.update({fold(w): mode for w in getattr(m, name, ())})
    # endings as written: "será" ends a future, "para" does not
    ends = tuple(e.lower() for e in getattr(m, "MODAL_WILL_ENDINGS", ()))
    return words, ends, frozenset(fold(w) for w in getattr(m, "CONDITIONALS", ()))


@lru_cache(maxsize=32)
def _going_to(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(words of a near future, endings of the infinitive that must follow: "va atteindre",
    "va a llegar", "vai chegar", "going to reach"; "il va à Paris" is no future)."""
    m = data(code, "cues")
    return (
        frozenset(fold(w) for w in getattr(m, "MODAL_GOING_TO", ())),
        tuple(getattr(m, "INFINITIVE_ENDINGS", ())),
    )


def _near_future(raw: list[str], toks: list[str], pairs: list[str], lang: str) -> bool:
    """A near future in one clause (its words as written, folded, and folded pairs): a
    going-to word (or two) then a verb, lower case ("going to Paris" is a trip)."""
    going, infinitive = _going_to(lang)
    if not going:
        return False
    for k, t in [*enumerate(toks), *enumerate(pairs)]:
        nxt = k + len(t.split())
        if t in going and nxt < len(toks) and raw[nxt].islower() and toks[nxt] not in STOPWORDS.get(lang, ()):
            verb = toks[nxt]
            if not infinitive or (len(verb) > 3 and verb.endswith(infinitive)):
                return True
    return False


def _language(text: str, lang: str | None) -> str | None:
    """The language of a quotation: its article's, unless its own short words vote for
    another (an English quotation inside a Spanish report)."""
    if lang and lang not in STOPWORDS:
        return lang  # no stop list to vote with: "o magnitudzie" is no Portuguese
    words = [fold(w) for w in _WORD.findall(text)]
    votes = {code: sum(w in stops for w in words) for code, stops in STOPWORDS.items()}
    best = max(votes, key=lambda code: votes[code], default=None)
    if best is not None and votes[best] > votes.get(lang or "", 0):
        return best
    return lang


def clause_modes(text: str, lang: str | None) -> list[frozenset[str]]:
    """The modal strengths ("must", "can", "will") of each main clause of `text`, in order;
    clauses end at ",;:" and at a coordinator ("durerà settimane e non possiamo escludere":
    a certainty, then a possibility)."""
    lang = _language(text, lang)
    if not lang:
        return []
    words, ends, conditionals = _lexicon(lang)
    out: list[frozenset[str]] = []
    for clause in _clauses(text, lang):
        raw = _WORD.findall(clause)
        written = [w.lower() for w in raw]
        toks = [fold(w) for w in written]
        if not toks:
            continue
        if toks[0] in conditionals:
            out.append(frozenset())  # "if …, we will": the condition's verb tells no strength
            continue
        pairs = [f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
        # a word, or two as one ("have to"), and where it starts
        at = [(k, words[t]) for k, t in [*enumerate(toks), *enumerate(pairs)] if t in words]
        # "could have to", "könnten … müssen" right after it: the obligation is only possible
        after_can = {k + 1 for k, mode in at if mode == "can"}
        hits = [mode for k, mode in at if not (mode == "must" and k in after_can)]
        if "can" not in hits and ends:  # "pourrons" is "can" in the future, no certainty
            # a short word only by an accented ending ("sarà", "será"; not "para", "mare")
            # a capitalised word inside the clause is a name ("Alexandra", "Vera")
            hits += [
                "will"
                for k, w in enumerate(written)
                if w.endswith(ends) and _future(w, ends) and not (k and raw[k][0].isupper())
            ]
        if "can" not in hits and _near_future(raw, toks, pairs, lang):
            hits.append("will")
        out.append(frozenset(hits))
    return out


def modes(text: str, lang: str | None) -> frozenset[str]:
    """The modal strengths the main clauses of `text` use ("must", "can", "will")."""
    return frozenset().union(*clause_modes(text, lang))


@lru_cache(maxsize=32)
def _coordinators(code: str) -> re.Pattern[str]:
    words = "|".join(sorted(getattr(data(code, "closed"), "COORDINATORS", ()) or ("and",)))
    return re.compile(rf"[,;:]\s+|\s+(?:{words})\s+", re.I)


def _clauses(text: str, lang: str) -> list[str]:
    return [c for c in _coordinators(lang).split(text) if c.strip()]


def _future(word: str, ends: tuple[str, ...]) -> bool:
    if len(word) > 5:
        return True
    return len(word) > 3 and any(word.endswith(e) and not e.isascii() for e in ends)


def modal_reason(a: str, b: str, lang_a: str | None, lang_b: str | None) -> str | None:
    """Why two wordings of one utterance differ in strength: one only says it can be
    (a possibility) where the other says it must or will be, and neither says both."""
    ca, cb = clause_modes(a, lang_a), clause_modes(b, lang_b)
    pairs = [(frozenset().union(*ca), frozenset().union(*cb))]
    if len(ca) == len(cb) > 1:  # clause by clause: "could last …, and we cannot" / "durerà … e non possiamo"
        pairs += list(zip(ca, cb, strict=True))
    for ma, mb in pairs:
        for weak, strong in ((ma, mb), (mb, ma)):
            if weak == {"can"} and strong and "can" not in strong:
                told = "an obligation" if "must" in strong else "a certainty"
                return f"modality differs (a possibility vs {told}): '{a}' vs '{b}'"
    return None
