"""Whom words are said to: the one told ("told Newsweek", "a déclaré à l'AFP", "contou o
pescador ao Jornal X") is never the speaker."""

from __future__ import annotations

from newsweave.align.mentions import MentionIndex
from newsweave.align.names import ADDRESS_VERBS, ADDRESSEE_MARKERS, DETERMINERS, Mention
from newsweave.ingest.outlets import wire_name
from newsweave.lang import BARE_DATIVE


def addressed(sp: MentionIndex, m: Mention) -> bool:
    """Whether mention `m` is the one words are said to: after a verb of telling
    ("told Newsweek", "told the BBC") or an addressee marker after a speech verb
    ("a déclaré à l'AFP", "dijo a la agencia")."""
    j = m.i - 1
    if j >= 0 and sp.is_cue(j) and sp.lang in BARE_DATIVE and m.kind == "name" and wire_name(m.text):
        return True  # "– … – powiedział PAP": a news agency told, in the dative
    while j >= 0:
        told = j > 0 and (sp.is_cue(j - 1) or sp.toks[j - 1].fold in ADDRESS_VERBS or _subject_told(sp, j))
        if sp.toks[j].fold in ADDRESSEE_MARKERS and told:
            return True  # checked before skipping it: "disse à" (folded "a") is no article
        if sp.toks[j].fold not in DETERMINERS:
            break
        j -= 1
    return j >= 0 and sp.toks[j].fold in ADDRESS_VERBS


def _subject_told(sp: MentionIndex, j: int) -> bool:
    """A speech verb, then its subject described in one or two words, before the
    addressee marker at j ("contou o pescador ao Jornal de Vilar")."""
    k = j - 1
    while k >= j - 2 and k > 0 and sp.toks[k].text.isalpha() and sp.toks[k].text.islower() and sp.toks[k].fold not in DETERMINERS and not sp.is_cue(k):
        k -= 1
    return k < j - 1 and sp.toks[k].fold in DETERMINERS and k > 0 and sp.is_cue(k - 1)
