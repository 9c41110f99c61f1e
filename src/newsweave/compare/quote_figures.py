"""Figures of a quotation's tokens (`compare.polarity.tokenize`): digits and number
words with their scale words applied ("1,2 millones", "three hundred") and spans of time
in days ("two weeks": 14), compared with a float tolerance. What a quotation's clauses say is `compare.polarity`'s."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsweave.compare.quantity import UNITS
from newsweave.text.fold import fold
from newsweave.text.numbers import parse_number, scale_value, word_value

# spans of time in days, so that "two weeks" and "14 días" agree and "due giorni" does not;
# not hours, which tell the clock as often ("à huit heures" / "a las ocho")
_DAYS = {"d": 1.0, "wk": 7.0, "month": 30.4375, "yr": 365.25, "decade": 3652.5}
_SPANS = {fold(w): _DAYS[u] for w, u in UNITS.items() if u in _DAYS and len(w) > 1}


def token_figures(text: str, tokens: Sequence[Any], lang: str) -> list[tuple[float, str]]:
    """Numbers of `text` (its `tokens`, read in `lang`) with their surface form."""
    out: list[tuple[float, str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        value = _number_value(tok, lang)
        if value is None:
            i += 1
            continue
        surface_end = tok.end
        scale = scale_value(tokens[i + 1].norms[0], lang) if i + 1 < len(tokens) else None
        if scale:
            value *= scale
            surface_end = tokens[i + 1].end
            i += 1
        if i + 1 < len(tokens) and (days := _SPANS.get(fold(tokens[i + 1].text))):
            value *= days  # a span of time: its length in days
            surface_end = tokens[i + 1].end
            i += 1
        out.append((value, text[tok.start : surface_end]))
        i += 1
    return out


def _number_value(tok: Any, lang: str) -> float | None:
    if tok.kind == "word":
        value = word_value(tok.norms[0], lang)
        # "one"/"un"/"uno" are pronouns and articles more often than figures
        return float(value) if value is not None and value >= 2 else None
    if tok.kind != "num":
        return None
    parsed = parse_number(tok.text, lang)
    return parsed[0] if parsed else None


def same_number(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def number_reason(na: Sequence[tuple[float, str]], nb: Sequence[tuple[float, str]]) -> str | None:
    """"different number: …" when each of two quotations' figures (`token_figures`) has one
    the other lacks, else None."""
    only_a = [s for v, s in na if not any(same_number(v, w) for w, _ in nb)]
    only_b = [s for v, s in nb if not any(same_number(v, w) for w, _ in na)]
    return f"different number: '{only_a[0]}' vs '{only_b[0]}'" if only_a and only_b else None
