"""Sentence openers of one article: the mentions that open a sentence (after its article,
a title, a live blog's time stamp or a scene-setting phrase), candidate antecedents for a
pronoun or a bare speech verb."""

from __future__ import annotations

from newsweave.align.mentions import MentionIndex
from newsweave.align.names import (
    DETERMINERS,
    QUOTE_MARKS,
    SCENE_OPENERS,
    TITLES,
    TOPIC_LEADS,
    Mention,
    role_class,
)


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
                else:
                    break
            topic = m.kind == "name" and k > 0 and ix.sent_start_tok(k - 1) and ix.toks[k - 1].fold in TOPIC_LEADS
            if ix.sent_start_tok(k) or _after_stamp(ix, k) or topic or (m.kind == "name" and _after_scene(ix, k)):
                out.append((ix.toks[m.i].start, m))
    return out


ROLE_WORDS = 3  # words of a role phrase before its role word ("Regional health councillor")


def _role_start(ix: MentionIndex, k: int) -> int:
    """Where the role phrase ending in role word `k` starts: at the sentence's start when
    no more than ROLE_WORDS words come before it there, else at `k`."""
    for j in range(k, max(k - ROLE_WORDS, 0) - 1, -1):
        if ix.sent_start_tok(j):
            return j
        if not ix.toks[j - 1].text.isalpha():
            return k
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
    while t > 0 and k - t < 16 and not ix.sent_start_tok(t):
        if ix.toks[t].text in ",;:" or ix.toks[t].text in QUOTE_MARKS:
            return False
        t -= 1
    return ix.sent_start_tok(t) and ix.toks[t].fold in SCENE_OPENERS
