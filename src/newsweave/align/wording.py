"""Quote wording: outlets that quote the same words of one speaker, in one language, but
word them differently ("No decision will be taken on this plan" / "… taken this plan").

Two direct quotations of one utterance are aligned word by word, case, accents,
punctuation and spelling variants (-ize / -ise) aside. Words one outlet adds, drops or
changes *inside* the stretch both quote are a wording difference; a longer or shorter
stretch is not (outlets cut a quote at different places), nor are elisions ("…") and
editorial insertions ("[the North]"). Whether the meaning changes is judged elsewhere
(`compare.polarity`, in `quote_groups`): a wording difference alone never flags a quote
as divergent, it is listed as a divergence of kind "wording".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from newsweave.model import Article, Citation, Divergence, Quote, QuoteGroup
from newsweave.text.fold import fold, spelled_alike

__all__ = ["wording_difference", "wording_divergences", "words"]

MIN_SHARED = 5  # words both versions quote alike around the difference
MAX_CHANGED = 4  # more changed words: another stretch or a paraphrase, not a variant wording
SPELLING_MIN = 6  # shorter words differ by more than spelling when they differ at all
_WORD = re.compile(r"\w+")
_GAP = re.compile(r"\.\.\.|…|\[")


@lru_cache(maxsize=4096)  # each quotation is compared with every other of its group
def _tokens(text: str) -> tuple[tuple[str, str], ...]:
    """(folded, original) words of `text`."""
    return tuple((fold(m.group()), m.group()) for m in _WORD.finditer(text))


def words(text: str) -> list[str]:
    """The words of `text`, folded (case and accents aside)."""
    return [w for w, _ in _tokens(text)]


def _spelling(a: list[str], b: list[str]) -> bool:
    """Word for word the same but for spelling ("denuclearization" / "denuclearisation"),
    or the same letters cut into words otherwise ("COVID-19" / "#COVID19", "e-mail")."""
    if "".join(a) == "".join(b):
        return True
    return len(a) == len(b) and all(
        x == y or (min(len(x), len(y)) >= SPELLING_MIN and x[:4] == y[:4] and spelled_alike(x, y))
        for x, y in zip(a, b, strict=True)
    )


def wording_difference(a: str, b: str) -> tuple[str, str] | None:
    """Where quotes `a` and `b` word the stretch they both quote differently, as the two
    wordings of the first difference with a word of context each side; None when they
    agree, overlap too little to tell, or differ too much to be one stretch."""
    if _GAP.search(a) or _GAP.search(b):
        return None
    ta, tb = _tokens(a), _tokens(b)
    wa, wb = [w for w, _ in ta], [w for w, _ in tb]
    ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    while ops and ops[0][0] != "equal":  # one outlet starts the quote earlier
        ops.pop(0)
    while ops and ops[-1][0] != "equal":  # or stops it later
        ops.pop()
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    diffs = [
        (i1, i2, j1, j2)
        for tag, i1, i2, j1, j2 in ops
        if tag != "equal" and not _spelling(wa[i1:i2], wb[j1:j2])
    ]
    changed = sum(max(i2 - i1, j2 - j1) for i1, i2, j1, j2 in diffs)
    if not diffs or shared < MIN_SHARED or changed > MAX_CHANGED:
        return None
    i1, i2, j1, j2 = diffs[0]

    def window(tokens: tuple[tuple[str, str], ...], s: int, e: int) -> str:
        return " ".join(o for _, o in tokens[max(s - 1, 0) : e + 1])

    return window(ta, i1, i2), window(tb, j1, j2)


def wording_divergences(
    groups: Sequence[QuoteGroup], quotes: Sequence[Quote], articles: Sequence[Article]
) -> list[Divergence]:
    """One `Divergence(kind="wording")` per quote group (not already flagged divergent)
    whose direct quotations in one language (machine translations aside) word the shared
    stretch differently. With three or more such quotations, the one worded unlike all the
    others, which agree among themselves, is the odd one out."""
    # a machine translation's wording is the translator's, not the outlet's quoting
    lang = {a.id: a.lang for a in articles if not a.machine_translated}
    direct = {(q.article_id, q.text) for q in quotes if q.direct}
    return [d for g in groups if not g.divergent for d in _group_wording(g, lang, direct)]


def _group_wording(
    g: QuoteGroup, lang: dict[str, str | None], direct: set[tuple[str, str]]
) -> list[Divergence]:
    by_lang: dict[str, list[Citation]] = {}
    for v in g.variants:
        code = lang.get(v.article)
        if code and (v.article, v.text) in direct:
            by_lang.setdefault(code, []).append(v)
    out = []
    for vs in by_lang.values():
        differ: dict[tuple[int, int], tuple[str, str]] = {}
        agree: set[tuple[int, int]] = set()
        for i, j in combinations(range(len(vs)), 2):
            d = wording_difference(vs[i].text, vs[j].text)
            if d is not None:
                differ[i, j] = d
            elif _shares_enough(vs[i].text, vs[j].text):
                agree.add((i, j))
        if not differ:
            continue
        odd = _odd(len(vs), differ, agree)
        i, j = next(p for p in differ if odd is None or odd in p)
        wi, wj = differ[i, j]
        if odd == j:
            (i, wi), (j, wj) = (j, wj), (i, wi)
        who = g.speaker or "an unnamed speaker"
        involved = sorted({k for pair in differ for k in pair})
        out.append(
            Divergence(
                kind="wording",
                description=(
                    f"Outlets word a quote of {who} differently: '{wi}' ({vs[i].article}) "
                    f"vs '{wj}' ({vs[j].article})"
                ),
                variants=[Citation(vs[k].article, vs[k].text, vs[k].sentence) for k in involved],
                odd_one_out=vs[odd].article if odd is not None else None,
            )
        )
    return out


def _shares_enough(a: str, b: str) -> bool:
    wa, wb = [w for w, _ in _tokens(a)], [w for w, _ in _tokens(b)]
    blocks = SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks()
    return sum(bl.size for bl in blocks) >= MIN_SHARED


def _odd(n: int, differ: dict[tuple[int, int], tuple[str, str]], agree: set) -> int | None:
    """The one variant every difference involves, when all the others agree together."""
    if n < 3:
        return None
    common = set.intersection(*({i, j} for i, j in differ))
    if len(common) != 1:
        return None
    (odd,) = common
    rest = [k for k in range(n) if k != odd]
    together = all((a, b) in agree for a, b in combinations(rest, 2))
    return odd if together and len(differ) == len(rest) else None
