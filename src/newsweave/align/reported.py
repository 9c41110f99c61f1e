"""Reported speech: "X said (that) …", "according to X, …", "…, X said." inside one
sentence, found with the speech cues of `align.names` (the direct quotations are
`align.quotes`'s)."""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.align.names import (
    COMMA_CLAUSE,
    NOT_SPOKEN,
    SAY_CUES,
    SOURCE_CUES,
    THAT,
    Attribution,
)
from newsweave.align.quote_marks import Span
from newsweave.align.speakers import Speakers
from newsweave.compare.polarity import ANCHORS
from newsweave.lang import NOUNS_CAPITALISED, merged
from newsweave.text.fold import fold, fold_all

# Reported speech without "that" only after verbs that take a clause ("said Russia will …").
# "…, the BBC reported": an outlet relaying the words of the sentence's own subject
REPORT_CUES = fold_all(merged("cues", "REPORT_VERBS"))
BARE_SAY = merged("cues", "BARE_SAY_VERBS")
_LEAD_TIME = fold_all(merged("cues", "SAY_TIME_WORDS"))  # "said Monday that …"
_ADVERBIAL = fold_all(merged("cues", "SAY_ADVERBIAL_OPENERS"))  # "said after meeting …"


@dataclass
class Found:
    """A quotation (direct) or a reported statement found in an article, with its
    attribution; `speaker` and `mention` are filled when it is resolved."""

    start: int
    end: int
    text: str
    direct: bool
    attribution: Attribution
    span: Span | None = None
    speaker: str | None = None
    mention: str | None = None


def relayed(att: Attribution) -> bool:
    """An outlet relaying someone else's words ("…, the BBC reported")."""
    return att.mention is not None and att.mention.org and fold(att.cue or "") in REPORT_CUES


def reported(sp: Speakers, a: int, b: int) -> Found | None:
    """Reported speech in sentence [a, b): "X said (that) …", "according to X, …", "…, X said."."""
    toks = sp.toks
    lo, hi = sp.tok_index(a), sp.tok_index(b)
    if hi - lo < 6:
        return None
    words = [t for t in toks[lo:hi] if t.text[0].isalpha()]
    if sp.lang not in NOUNS_CAPITALISED and sum(t.upper for t in words) > 0.6 * len(words):
        return None  # a headline in title case, not prose (German capitalises every noun)
    # "…, Putin said." / "…, a indiqué le maire, Luc Ferrand."
    for k in range(max(lo, hi - 8), hi):
        if toks[k].text == "," and k - lo >= 4:
            att = sp.attribution_after(toks[k].start, b)
            rest = [t for t in toks[k + 1 : hi] if t.text[0].isalnum()]
            if att.mention is not None and att.cue and fold(att.cue) not in SOURCE_CUES:
                nxt = att.mention.j + 1
                if nxt < hi and toks[nxt].fold in ANCHORS.get(sp.lang or "en", ()):
                    continue  # "His lawyer, Otto Brenn, said Rusk would appeal": Rusk's clause
                if len(rest) <= 7 and not relayed(att):  # "…, the BBC reported": not its words
                    return Found(toks[lo].start, toks[k - 1].end, "", False, att)
    for k in range(lo, min(hi, lo + 25)):
        if not sp.is_cue(k):
            continue
        f = toks[k].fold
        if f in SOURCE_CUES:
            m = sp.mention_after(k + 1)
            if m is None:
                continue
            if k == lo or (k == lo + 1 and toks[lo].text == ","):
                c = m.j + 1
                while c < hi and toks[c].text != ",":
                    c += 1
                if c + 1 < hi:
                    return Found(
                        toks[c + 1].start, toks[hi - 1].end, "", False, Attribution(m, toks[k].text)
                    )
            elif k - 1 > lo and toks[k - 1].text == ",":
                return Found(
                    toks[lo].start, toks[k - 2].end, "", False, Attribution(m, toks[k].text)
                )
            continue
        if f not in SAY_CUES or (k + 1 < hi and toks[k + 1].fold in NOT_SPOKEN):
            continue
        m = sp.subject_before_cue(k, lo)
        if m is None:
            continue
        c = k + 1
        window = toks[c : min(hi, c + 6)]
        that = next((n for n, t in enumerate(window) if _that(t.fold)), None)
        if that is not None and any(t.fold in ANCHORS.get(sp.lang or "en", ()) for t in window[:that]):
            that = None  # "said there was no evidence that …": a clause of the speech's own
        start = None  # where the speech starts inside an elided "qu'il"
        if that is not None:
            c += that
            elided = toks[c].fold not in THAT
            start = toks[c].start + len(_that(toks[c].fold) or "") if elided else None
            c += 1
        elif sp.lang in COMMA_CLAUSE and (comma := _comma_soon(sp, c, hi)) is not None:
            c = comma  # "sagte (am Montag), die Brücke werde …": the comma opens the clause
        elif f not in BARE_SAY or sp.lang not in ("en", None) or not _clause_follows(sp, c, hi):
            continue
        while start is None and c < hi and toks[c].fold in _LEAD_TIME:
            c += 1
        if start is None and c < hi and toks[c].text in ",:":
            c += 1
        if hi - c >= 4 - (start is not None):
            begin = toks[c].start if start is None else start
            return Found(begin, toks[hi - 1].end, "", False, Attribution(m, toks[k].text))
    return None


def _comma_soon(sp: Speakers, c: int, hi: int, within: int = 3) -> int | None:
    """The comma at token c, or after a few words of time or addressee ("am Montag",
    "dem Spiegel") and nothing that ends or quotes, else None."""
    for k in range(c, min(hi, c + within + 1)):
        t = sp.toks[k].text
        if t == ",":
            return k
        if not t[0].isalnum() or sp.is_cue(k):
            return None
    return None


_OBJECT_START = fold_all(merged("cues", "OBJECT_OPENERS"))
_ELIDED_THAT = tuple(w for w in THAT if w.endswith("'"))  # "qu'il", "qu'elle", "qu'on"


def _that(word: str) -> str | None:
    """The complementizer a folded token is or starts with ("que", "qu'" of "qu'il")."""
    if word in THAT:
        return word
    return next((w for w in _ELIDED_THAT if word.startswith(w) and len(word) > len(w)), None)


def _clause_follows(sp: Speakers, c: int, hi: int) -> bool:
    """Whether what follows a bare speech verb can be a clause ("said Russia will …", "said
    38 ambulances were working"), not an object ("added a fourth six minutes later"): one
    opening like an object needs a verb soon after."""
    toks = sp.toks[c : min(hi, c + 16)]
    if toks and toks[0].fold in _ADVERBIAL:
        return False
    if not toks or not (toks[0].fold in _OBJECT_START or toks[0].text[:1].isdigit()):
        return True
    return any(
        t.fold in ANCHORS["en"]  # bare speech verbs are read in English only
        or (len(t.fold) > 4 and t.fold.endswith("ed") and toks[n - 1].text != "-")
        for n, t in enumerate(toks)
    )
