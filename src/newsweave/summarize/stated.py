"""What each article of an event states in figures, for the citation check
(`summarize.verify`): its digit groups and quantities, how many articles state a figure,
and whether an article gives another value than a figure in a number divergence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsweave.compare.acts import PAIRED, paired
from newsweave.compare.nouns import pooled
from newsweave.compare.numbers import find_quantities
from newsweave.compare.quantity import TOLLS, Quantity
from newsweave.compare.ranks import rank_marks
from newsweave.compare.values import comparable, contradicts, digit_figures, same_figure
from newsweave.model import Article, Divergence


def quantities(text: str, lang: str | None) -> tuple[Quantity, ...]:
    """The figures a citation is checked on: a year only when it is an amount ("2 million");
    ranks of an achievement too ("the first woman ever to win" is not stated by "the
    second athlete to win"), as the number divergences compare them."""
    found = [q for q in find_quantities(text, lang) if q.kind != "year" or q.scaled]
    return tuple(found + rank_marks(text, lang))


NEAR = 1.5  # a measure this close to another is told of the same thing, read otherwise


class StatedFigures:
    """The figures of one event's articles, read once per article."""

    def __init__(
        self,
        articles: Sequence[Article],
        divergences: Sequence[Divergence] = (),
        nouns: dict[tuple[str | None, str], str] | None = None,  # `compare.nouns.event_nouns`
    ):
        self.by_id = {a.id: a for a in articles}
        self.nouns = nouns or {}
        self._digits: dict[str, set[str]] = {}
        self._qty: dict[str, tuple[Quantity, ...]] = {}
        self._count: dict[tuple[object, ...], int] = {}  # figure -> articles stating it
        self._acts: dict[str, set[tuple[int, str]]] = {}  # acts of pairs each article tells
        # each number divergence's figures by article ("1,500 jobs" / "15,000 jobs")
        self._divergent = [
            {v.article: self._read(v.text, self.by_id[v.article].lang_at(v.sentence)) for v in d.variants}
            for d in divergences
            if d.kind == "number" and all(v.article in self.by_id for v in d.variants)
        ]

    def _read(self, text: str, lang: str | None) -> list[Quantity]:
        return pooled(quantities(text, lang), lang, self.nouns)  # nouns keyed across languages

    def digits(self, aid: str) -> set[str]:
        """The digit figures of article `aid`, its title included (`digit_figures`)."""
        if aid not in self._digits:
            a = self.by_id.get(aid)
            self._digits[aid] = digit_figures(f"{a.title or ''} {a.text}" if a else "")
        return self._digits[aid]

    def article_figures(self, aid: str) -> tuple[Quantity, ...]:
        """The figures of every sentence of article `aid`."""
        if aid not in self._qty:
            a = self.by_id.get(aid)
            self._qty[aid] = (
                tuple(q for s in a.sentences for q in self._read(s.text, s.lang or a.lang))
                if a
                else ()
            )
        return self._qty[aid]

    def states(self, aid: str, figures: Sequence[Quantity]) -> bool:
        """Whether article `aid` states one of `figures` anywhere: the same value, and for a
        figure in words also the same kind ("eight weeks" does not state "eight minutes";
        digits are checked by the reader, and by `figure_reason`, as written)."""
        return any(
            same_figure(x, y) and (bool(digit_figures(x.text)) or comparable(x, y))
            for x in figures
            for y in self.article_figures(aid)
        )

    def count(self, q: Quantity) -> int:
        """How many of the event's articles state figure `q` (same value, same kind)."""
        key = (q.value, q.kind, q.unit, q.context, q.noun, q.approx)
        if key not in self._count:
            self._count[key] = sum(
                any(comparable(q, z) and same_figure(q, z) for z in self.article_figures(aid))
                for aid in self.by_id
            )
        return self._count[key]

    def apart_in_time(self, aid: str, x: Quantity, dates: Mapping[str, Any]) -> bool:
        """Whether article `aid` is dated after every other article stating figure `x`, or
        before every one: its other figure may be a toll since updated ("a day later: 56");
        not where an outlet of its own day gives `x` (a slip, no update)."""
        mine = dates.get(aid)
        others = [dates.get(o) for o in self.by_id if o != aid and self.states(o, [x])]
        if mine is None or not others or None in others:
            return False
        return all(d < mine for d in others) or all(d > mine for d in others)

    def act_against(self, aid: str, text: str, lang: str | None) -> bool:
        """Whether article `aid` tells, in some sentence, the other act of a pair
        (`compare.acts.PAIRED`) that `text` tells, and nowhere the act `text` tells ("the
        guard was slightly injured" / an article saying "Der Mann blieb unverletzt"):
        none of its sentences witnesses `text` then."""
        mine = {(k, m) for k, m in enumerate(paired(text, lang)) if m and PAIRED[k].state}
        if not mine:
            return False
        if aid not in self._acts:
            a = self.by_id.get(aid)
            told = (paired(s.text, s.lang or a.lang) for s in a.sentences) if a else ()
            self._acts[aid] = {(k, m) for marks in told for k, m in enumerate(marks) if m}
        return any(
            (k, m) not in self._acts[aid] and any(k2 == k for k2, _ in self._acts[aid]) for k, m in mine
        )

    def other_toll(self, aid: str, x: Quantity) -> bool:
        """Whether article `aid` gives another toll of the kind `x` counts ("the death toll
        has risen to four" where `x` is three dead): a sentence of it that leaves `x` out is
        then no witness for it (one that states `x` anywhere is asked no further)."""
        if x.kind != "count" or x.context not in TOLLS:
            return False
        return any(y.kind == "count" and y.context == x.context and not same_figure(x, y) for y in self.article_figures(aid))

    def other_measure(self, aid: str, x: Quantity) -> bool:
        """Whether article `aid` gives a measure in `x`'s unit that cannot be `x` ("un peu
        plus de trois minutes" where `x` is about two and a half): a sentence of it that
        leaves `x` out is then no witness for it (nor, maybe, against: no divergence)."""
        if x.kind != "measure" or x.unit is None or x.value <= 0:
            return False
        return any(
            y.kind == "measure" and y.unit == x.unit and contradicts(x, y)
            and 0 < y.value and max(x.value, y.value) / min(x.value, y.value) <= NEAR  # not "ten hours" of another deed
            for y in self.article_figures(aid)
        )  # fmt: skip

    def gives_other(self, aid: str, x: Quantity, told: Sequence[Quantity] = ()) -> bool:
        """Whether article `aid` gives another count, measure or sum than `x` in a number
        divergence where another article gives `x` ("1,500 jobs" / "15,000 jobs", "48
        heures pour quitter le pays" / "72 hours to leave", "300 Tonnen" / "30 tonnes"): a
        sentence of it that leaves the figure out, or gives another one beside it, is then
        no witness for `x`. (A time may be another moment's; a value the wording itself
        gives, `told`, is another source's, "police said 20,000, organisers 100,000".)"""
        if x.kind not in ("count", "measure", "money"):
            return False
        for figs in self._divergent:
            mine = figs.get(aid, ())
            if not mine or any(same_figure(x, y) for y in mine):
                continue
            if any(same_figure(y, q) for y in mine if comparable(x, y) for q in told if q.kind == y.kind):
                continue  # (of its figures, those that count what `x` counts)
            others = [y for k, q in figs.items() if k != aid for y in q]
            if any(comparable(x, y) for y in mine) and any(
                comparable(x, y) and same_figure(x, y) for y in others
            ):
                return True
        return False
