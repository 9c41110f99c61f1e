"""The figure checks of the citation checker (`verify.Verifier`): whether an article can be
cited for a wording's figures, is a dissent ("45 million euros (one outlet: 54 million)"),
or states them only in part."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsweave.compare import values
from newsweave.compare.edits import first_full_name
from newsweave.compare.figures import given_figures
from newsweave.compare.nouns import pooled
from newsweave.compare.quantity import SPANS, Quantity, no_claim, spelled_one, tallies
from newsweave.compare.shares import ORDINAL_LANGS, halvings_met
from newsweave.compare.values import (
    comparable,
    contradicts,
    digit_figures,
    implies,
    same_figure,
    same_origin,
)
from newsweave.summarize.stated import StatedFigures, quantities
from newsweave.text.fold import fold

if TYPE_CHECKING:
    from newsweave.model import Divergence
    from newsweave.summarize.verify import Unit

NOT_STATED = "figure not stated"  # neither agrees nor dissents: just not cited
PARTIAL = "partial:"  # agrees, but leaves out the figures ending at these offsets


def _one_thing(q: Quantity) -> bool:
    """A share, an amount or a measure other than a moment's span: two values clash."""
    return q.kind in ("percent", "money") or (q.kind == "measure" and q.unit not in SPANS)


Spot = tuple[str, int]  # (article, sentence)


def odd_figures(divergences: Sequence[Divergence]) -> dict[Spot, list[str]]:
    """Each odd one out's sentence in a number divergence -> the figures it gives there."""
    return {
        (v.article, v.sentence): given_figures(d, v.article)
        for d in divergences
        if d.kind == "number"
        for v in d.odd_variants()
        if v.sentence is not None
    }


def figure_sides(divergences: Sequence[Divergence]) -> dict[Spot, dict[Spot, bool]]:
    """Each sentence of a number divergence with an odd one out (or between two outlets,
    neither odd) -> the sentences on its other side (-> whether that one is the odd one):
    the one outlet giving "four bidders" against "five" is no witness of the five, though
    its count's noun, in another language, was not paired with theirs."""
    out: dict[Spot, dict[Spot, bool]] = {}
    for d in divergences:
        spots = [(v.article, v.sentence, v.article == d.odd_one_out) for v in d.variants if v.sentence is not None]
        if d.kind != "number" or (d.odd_one_out is None and len({a for a, _, _ in spots}) != 2):
            continue
        for art, n, odd in spots:
            # two outlets and no odd one ("14 (a); 24 (b)"): neither witnesses the other
            apart = [(o, m, other) for o, m, other in spots if (other != odd if d.odd_one_out else o != art)]
            out.setdefault((art, n), {}).update(((o, m), other) for o, m, other in apart)
    return out


class FigureChecks:
    """`Verifier`'s figure checks; it sets what they read (the figures each article states,
    the nouns pooled across languages, each article's reference date)."""

    stated: StatedFigures
    nouns: dict[tuple[str | None, str], str]
    _refs: dict
    _dated: set[str]
    sides: dict[Spot, dict[Spot, bool]]  # `figure_sides` of the event's divergences
    odd_given: dict[Spot, list[str]]  # `odd_figures` of the event's divergences

    def figure_reason(self, a: Unit, b: Unit) -> str | None:
        """Why `b`'s article cannot be cited for the figures of `a`, or None (`_figures`);
        never where a number divergence holds the two on its two sides: the odd one out
        is named with its figure there, though its sentence reads as another count's
        ("retiraram de casa 3.400 pessoas" / "il s'agit de 4 300 personnes")."""
        reason = self._figures(a, b)
        odd = self.sides.get((a.article, a.index), {}).get((b.article, b.index))
        if odd and (reason is None or reason == NOT_STATED or reason.startswith(PARTIAL)):
            return self._odd_side(a, b)
        if odd is not None and (reason is None or reason.startswith(PARTIAL)):
            return NOT_STATED
        return reason

    def _figures(self, a: Unit, b: Unit) -> str | None:
        """Why `b`'s article cannot be cited for the figures of `a`, or None. A different figure
        in `b`'s sentence is a dissent ("number: ..."); one without it holds where its article
        states it elsewhere, one with figures of other kinds only (goals' minutes) never."""
        qa = pooled(quantities(a.text, a.lang), a.lang, self.nouns)
        da = digit_figures(a.text)
        if not qa and not da:
            return None
        db = digit_figures(b.text)
        ta, tb = tallies(a.text), tallies(b.text)
        if ta and tb and not ta & tb:
            # another score ("led 3-1 at half-time" / "5 a 3 nos pênaltis"), though one of
            # its figures is the same: not this one; maybe another moment, so no dissent
            return NOT_STATED
        qb = pooled(quantities(b.text, b.lang), b.lang, self.nouns)
        qa, qb = halvings_met(qa, qb)  # "halved the deficit": a share only against a share
        if any(x.value == y.value and {x.approx, y.approx} in ({">", "<"}, {">=", "<"}, {">", "<="}) for x in qa for y in qb):
            return NOT_STATED  # "nearly 100" / "plus de 100": one number, bounds apart
        pairs: list[tuple[Quantity, Quantity]] = []
        in_words = False  # the sentence states every figure of `a`, some in words
        if qa:
            pairs = [(x, y) for x in qa for y in qb if comparable(x, y)]
            pairs += values.lone_counts(qa, qb, a.lang, b.lang)  # "1 200 emplois" / "12,000 jobs"
            clash = [  # no dissent: a figure `a` gives itself, a thousands slip ("8.000" as 8)
                (x, y) for x, y in pairs if contradicts(x, y) and same_origin(a.text, x, b.text, y)
                and not any(same_figure(v, y) for v in qa) and not values.misparse_pair(x, y)
            ]
            # an ordinal states no count ("the first player to score" / "the one Old
            # Trafford has seen"): a rank is stated by a rank only
            stated = any(  # ... nor "three children" a count of people (`counts_apart`)
                same_figure(x, y) and (x.kind == "rank") == (y.kind == "rank")
                and not (a.lang == b.lang and values.counts_apart(x, y))
                for x in qa
                for y in qb
            )
            # every figure stated, some in words ("trois cents" for "300"); figures in
            # digits are checked as written (below)
            in_words = any(not digit_figures(y.text) for y in qb) and all(
                any(same_figure(x, y) for y in qb if comparable(x, y)) for x in qa if not no_claim(x)
            )  # a toll of nobody ("no one was injured") disputes, no outlet need state it
            agrees = stated or any(implies(y, x) for x, y in pairs)
            # a count that clashes with the one count of its kind the other gives is a
            # dissent, though another figure agrees ("five of the seven" / "seis de los
            # siete"); a magnitude or a time may be another agency's or moment's, a sum
            # another thing's ("$31 a share, a 38% premium" / "$4.2bn, a 38% premium")
            clean = [
                (x, y)
                for x, y in clash
                if x.kind in ("count", "rank")  # "the second such accident" / "the third such"
                and [p for p, _ in pairs].count(x) == 1
                and [q for _, q in pairs].count(y) == 1
            ]
            if clean and agrees:
                return self._dissent_unless_most(a, b, *clean[0])
            if agrees and (one := values.one_apart(qa, qb)):  # "23rd and 67th" / "23. und 76."
                return self._dissent_unless_most(a, b, *one)
            if agrees and (one := values.share_apart(qa, qb)):  # "84% ... 91%" / "74 % ... 91 %"
                return self._dissent_unless_most(a, b, *one)
            if agrees and any(_one_thing(x) and values.unanswered(x, y, qa, qb) for x, y in clash):
                return NOT_STATED  # "environ 8 %" / "alrededor del 18%", a count agreeing
            if agrees:
                # agrees; one stated in other words ("at least 639" for "more than 600") is
                # cited only where the article states the figure the reader checks: its digits
                # (below) or its value ("more than nine minutes" is not "more than eight");
                # not where it gives another time ("gegen 5 Uhr" for "around 3 a.m.": no
                # dissent either, the time may be another moment's)
                if (not stated and not da and not self.stated.states(b.article, qa)) or any(x.kind == "time" and not any(same_figure(x, y) for y in qb) for x, _ in clash):
                    return NOT_STATED
                # ... and a figure of `a` its article leaves out is named as given by
                # fewer outlets ("400 pompiers" for "400 firefighters battled for 15 hours")
                # (an ordinal count is read in some languages only: the others' silence on
                # it tells nothing, "die erste Erhöhung")
                left_out = [
                    values.figure_end(a.text, x, noun=True)
                    for x in qa
                    if not no_claim(x) and not (x.ordinal and b.lang not in ORDINAL_LANGS)
                    and not spelled_one(x)  # others write "um", "un": an article
                    and not any(same_figure(x, y) or implies(y, x) for y in qb if comparable(x, y))
                    and not any(same_figure(x, y) and x.kind == y.kind for y in qb)
                    and not self.stated.states(b.article, [x])
                ]
                if self._gives_other(b, qa, clash):  # its article gives another value ("1,500 jobs"), or its sentence ("86.000" / "68 000")
                    return NOT_STATED
                if left_out and not (da and not da & self.stated.digits(b.article)):
                    return PARTIAL + ",".join(map(str, left_out))
            elif not clash and any(
                digit_figures(x.text) & db for x in qa if not any(comparable(x, y) for y in qb)
            ):
                # `b` writes the figure in a form not parsed ("à la 52e et ..."); one it
                # parses as another value shares digits by chance ("19h50" / "19H55")
                pass
            elif len(clash) < len(pairs) or len(pairs) > 1:
                # several figures of one kind on a side ("the 18th, 28th and 38th minute";
                # "31 km from Tarsk, at a depth of 12 km": which answers which is unknown),
                # figures that can both be true ("more than 1,300" / "at least 500"), or
                # distances from other places: no dissent, only not cited
                return NOT_STATED
            elif clash:
                x, y = clash[0]
                if self.stated.count(y) > self.stated.count(x):
                    # most outlets give the other figure ("7.8" of a 7.8 quake, beside
                    # AFAD's 7.4): "one outlet: 7.8" would tell the reader the opposite
                    return NOT_STATED
                if x.kind == "minute" and not _same_lead(a.text, b.text):
                    return NOT_STATED  # another player's minute ("Lund struck in the 86th")
                return self._dissent(a, b, x, y)
            elif not self.stated.states(b.article, qa) or self._gives_other(b, qa):
                return NOT_STATED  # ... or states one of them and another value of the next
        # "1.200 millones" states "1.2 billion": the same value under another scale word
        # (exactly: "$1.8 billion" is no "$1.75 billion", though within rounding); "15
        # miles" states "24 km", rounded
        rescaled = {
            d
            for x in qa
            for y in qb
            if comparable(x, y)
            and (
                (x.scaled and y.scaled and math.isclose(x.value, y.value))
                or ((x.converted or y.converted) and same_figure(x, y))
            )
            for d in digit_figures(x.text)
        }
        if da - rescaled and not (da & self.stated.digits(b.article)) and not in_words:
            return NOT_STATED
        # figures of its own, none of these nor of their kind: another moment or count
        return NOT_STATED if da and db and not da & db and not pairs else None

    def _gives_other(self, b: Unit, qa: list[Quantity], clash: Sequence[tuple[Quantity, Quantity]] = ()) -> bool:
        """Whether `b`'s article gives another value for a figure of `qa` it does not state
        ("2,1 miljoen" where the wording says "€1.2m", though it gives the wording's 1624)."""
        return any(
            self.stated.gives_other(b.article, x, qa) or self.stated.other_toll(b.article, x) or self.stated.other_measure(b.article, x)
            or (x.kind == "count" and any(x is c for c, _ in clash))
            for x in qa
            if not no_claim(x) and not self.stated.states(b.article, [x])
        )

    def _odd_side(self, a: Unit, b: Unit) -> str:
        """`b` the odd one out of a number divergence `a` is in: a dissent naming its one
        figure the divergence gives it that clashes with one of `a`'s of its kind and unit
        (`_dissent`; not the fine beside a prison term), of its noun too where several do
        (nouns of two languages may be unpaired: "Käufer" / "buyers"), else only not cited."""
        qa, qb = (pooled(quantities(u.text, u.lang), u.lang, self.nouns) for u in (a, b))
        given = [fold(f) for f in self.odd_given.get((b.article, b.index), [])]
        clash = [
            (x, y) for x in qa for y in qb
            if x.kind == y.kind and x.unit == y.unit
            and (any(f.endswith(fold(y.text.strip())) for f in given) if given else True)
            and _apart(x, y, bool(given))
            and not any(same_figure(x, z) for z in qb) and not any(same_figure(y, z) for z in qa)
        ]  # fmt: skip
        if len(clash) > 1:  # "1,200 flights … 180,000 passengers" / "1.400 Flüge"
            clash = [(x, y) for x, y in clash if not (x.noun and y.noun and x.noun != y.noun)]
        return self._dissent(a, b, *clash[0]) if len(clash) == 1 else NOT_STATED

    def _dissent_unless_most(self, a: Unit, b: Unit, x: Quantity, y: Quantity) -> str:
        """A dissent, unless most outlets give `b`'s value `y`: not cited then."""
        return NOT_STATED if self.stated.count(y) > self.stated.count(x) else self._dissent(a, b, x, y)

    def _dissent(self, a: Unit, b: Unit, x: Quantity, y: Quantity) -> str:
        """The reason naming `b`'s figure `y` after `a`'s `x` ("45 million euros (one outlet:
        54 million)"), its day where the reports are of two days (a toll since updated); none
        where `b`'s article states `x` too (the new record of 41.6 beside the old 40.9)."""
        told = pooled(self.stated.article_figures(b.article), b.lang, self.nouns)  # "votos": votes
        if any(comparable(x, z) and same_figure(x, z) and z.context == x.context for z in told):
            return NOT_STATED  # ... not a turnout of 52% for "52% of the vote": a swap, a dissent
        ra, rb = self._refs.get(a.article), self._refs.get(b.article)
        day = f"|{(rb - ra).days}|{rb.day} {rb:%B}" if ra and rb and ra != rb and {a.article, b.article} <= self._dated and self.stated.apart_in_time(b.article, x, self._refs) else ""  # undated: no "a day earlier"
        return f"number:{values.figure_end(a.text, x)}:{values.shown(y, a.lang == b.lang, x, a.lang)}{day}"


def _apart(x: Quantity, y: Quantity, found: bool) -> bool:
    """Whether two figures cannot both be true; for a divergence's own figure (`found`)
    two rough values apart are, as it found ("some 180,000" / "quelque 150 000"), though
    no bound is met ("more than 8 minutes" holds for "9 minutes and 29 seconds")."""
    if found and x.approx not in values.BOUNDS and y.approx not in values.BOUNDS:
        return not same_figure(x, y)
    return contradicts(x, y)


def _same_lead(a: str, b: str) -> bool:
    """Whether `b` names the first full name `a` gives (its subject, mostly: "Tomas Reyes
    put Harlow ahead in the 34th minute"); true when `a` gives none."""
    lead = first_full_name(a)
    return lead is None or lead in fold(b)
