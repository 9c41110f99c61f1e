"""Whether a percentage is a change or a level: "shares fell 4%", "cuyas ventas cayeron un
18 %", "a 3% rise" are changes; "40% of revenue", "inflation rose to 3.1%" are levels. A
change and a share are two figures, as are a rise and a fall, however alike their values
(`values.comparable`: contexts that differ); a percentage nothing tells compares with any.
Words per language in `newsweave.lang.<code>.numbers` (TREND_*, FRACTION_OF)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsweave.compare.quantity import UNITS, merged_numbers
from newsweave.lang import data, merged
from newsweave.text.fold import fold

TRENDS = frozenset({"rise", "fall"})  # the contexts a change gets
SHARE = "share"  # ... and a share of something ("40% of revenue")
READINGS = TRENDS | {SHARE}  # none of them says which thing's share or change it is
# the words of a percentage's unit ("per cent", "Prozent", "por ciento"), skipped after it
_UNIT_WORDS = frozenset(w for w, u in UNITS.items() if u == "%") | {"cent", "ciento", "cento"}
_OF = frozenset(merged_numbers("FRACTION_OF")) - {"the"}  # "of", "de", "der": a share of a thing


@lru_cache(maxsize=32)
def _words(lang: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(rise words, fall words, words before a level) of `lang`; of every language if unknown."""
    m = data(lang, "numbers") if lang else None

    def get(name: str) -> frozenset[str]:
        words = getattr(m, name, ()) if m is not None else merged("numbers", name)
        return frozenset(fold(w) for w in words)

    return get("TREND_UP"), get("TREND_DOWN"), get("TREND_TO") if m is not None else frozenset()


def trend(before: Sequence[str], after: Sequence[str], lang: str | None) -> str | None:
    """"rise" or "fall" when a word of change goes with a percentage: the nearest of the
    three words before it (none when "to" comes first: "rose to 3.1%" is a level), else
    one of the two words after its unit ("a 3% rise", "um 4 Prozent gefallen"); "share"
    for a share of something ("40% of the group's revenue"); None when nothing tells."""
    up, down, to = _words(lang)
    for w in reversed([fold(x) for x in before[-3:]]):
        if w in to:
            return None
        if w in up or w in down:
            return "rise" if w in up else "fall"
    rest = [fold(x) for x in after[:4] if fold(x) not in _UNIT_WORDS][:2]
    for w in rest:
        if w in up or w in down:
            return "rise" if w in up else "fall"
    return SHARE if rest[:1] and rest[0] in _OF else None
