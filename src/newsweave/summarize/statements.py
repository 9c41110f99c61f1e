"""Sentences close enough to be merged into one statement (the timeline's entries), split
into statements whose every cited sentence says what the wording says (`Verifier.check`):
"Kostova said: 'No family will be left without a roof'" is not cited to the outlet that
puts those words in a minister's mouth, nor "killed 23 people" to the one with 32."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsweave.compare.divergence import CONTRADICTING
from newsweave.model import Divergence, Sentence
from newsweave.summarize.verify import Unit, Verifier

# the odd one out of these states something the others contradict: another figure, the
# opposite claim, a quotation inverted, or words given to another speaker
ODD_KINDS = CONTRADICTING | {"speaker"}


def agreeing_statements(verifier: Verifier, sentences: Sequence[Sentence]) -> list[list[int]]:
    """`sentences` (positions) split into statements, each led by its wording: the first
    sentence left, with the sentences that state it alike. A sentence stating the
    wording's quotation only in other words, or only some of its figures, is left for
    a statement of its own."""
    articles = verifier.by_id
    units = [
        Unit(k, s.article_id, s.text, s.lang or articles[s.article_id].lang_at(s.index), s.index)
        for k, s in enumerate(sentences)
    ]
    left = list(range(len(units)))
    out: list[list[int]] = []
    while left:
        check = verifier.check(units[left[0]], [units[k] for k in left])
        held = set(check.agree) - set(check.loose) - set(check.partial)
        part = [left[0], *(k for k in left[1:] if k in held)]
        out.append(part)
        left = [k for k in left if k not in part]
    return out



def odd_wordings(divergences: Sequence[Divergence]) -> Callable[[Sentence], bool]:
    """Whether a sentence is where a divergence's odd one out says its version (the
    inverted quotation, the other figure, the words given to another speaker): the timeline
    words no entry by it, as the summary and the facts do not, for it would state the
    minority version as what happened."""
    spots: set[tuple[str, int]] = set()
    texts: dict[str, list[str]] = {}
    for d in divergences:
        if d.kind not in ODD_KINDS:
            continue
        for v in d.odd_variants():
            if v.sentence is not None:
                spots.add((v.article, v.sentence))
            elif v.text.strip():
                texts.setdefault(v.article, []).append(" ".join(v.text.split()))

    def odd(s: Sentence) -> bool:
        if (s.article_id, s.index) in spots:
            return True
        told = " ".join(s.text.split())
        return any(t in told for t in texts.get(s.article_id, ()))

    return odd
