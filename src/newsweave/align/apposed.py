"""A name set off after a role by commas, read from the tokens alone ("the spokeswoman of
the airport, Marta Ferrándiz, said"): where the entity model read a place or nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.align.names import DETERMINERS, FUNCTION, Mention, clean_name, role_class

if TYPE_CHECKING:
    from newsweave.align.mentions import MentionIndex


def apposed_run(sp: MentionIndex, k: int) -> Mention | None:
    """Two or three capitalised words from token k closed by a comma or a stop: the name
    set off after a role ("the spokeswoman of the airport, Marta Ferrándiz, said"), where
    the entity model read a place or nothing."""
    j = k
    while j < len(sp.toks) and j - k < 3 and sp.toks[j].upper and sp.toks[j].text.isalpha() and sp.toks[j].fold not in FUNCTION:
        j += 1
    if j - k < 2 or j >= len(sp.toks) or sp.toks[j].text not in ",.;":
        return None
    text = sp.text[sp.toks[k].start : sp.toks[j - 1].end]
    return Mention("name", k, j - 1, text, name=clean_name(text))


def described_by_role(sp: MentionIndex, j: int) -> bool:
    """Whether the name ending at token j is set off by a person's role after it
    ("Helena Marques Serrão, the mayor of Montalvo, said"): a person's name, though the
    entity model read an organisation (no organisation is "the mayor")."""
    k = j + 1
    if k >= len(sp.toks) or sp.toks[k].text != ",":
        return False
    k += 1 + (k + 1 < len(sp.toks) and sp.toks[k + 1].fold in DETERMINERS)
    return k < len(sp.toks) and sp.toks[k].text.islower() and role_class(sp.toks[k].text, sp.lang) is not None
