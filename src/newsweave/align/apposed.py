"""A name set off after a role by commas, read from the tokens alone ("the spokeswoman of
the airport, Marta Ferrándiz, said"): where the entity model read a place or nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.align.names import FUNCTION, Mention, clean_name

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
