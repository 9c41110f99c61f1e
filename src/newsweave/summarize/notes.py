"""What a summary sentence says of its sources, in its own text: the outlets that state it
differently ("45 million euros (one outlet: 54 million)", "(One outlet quotes this
differently.)") and the figures only some cited outlets give ("for 15 hours (one outlet)").
Reasons come from `summarize.verify`; offsets are into the wording's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.align.quote_marks import find_spans
from newsweave.summarize.verify import GIVEN_TO, QUOTE_REASON, QUOTE_REVERSED
from newsweave.text.numbers import number_word


def dissent_note(text: str, reasons: Sequence[str]) -> str:
    """`text` with its dissenters named (one reason per dissenting article) where the
    reason places them: a differing figure right after the figure it differs from ("45
    million euros (one outlet: 54 million)"), a figure fewer of the cited outlets give
    likewise, with how many give it ("for 15 hours (one outlet)"), a differing detail list
    before the final stop ("… grain and fuel deliveries (one outlet: fuel and credit)."), a
    differing quote or claim as a closing remark."""
    figures: dict[int, dict[str, int]] = {}
    only: dict[int, str] = {}
    quoted = flipped = other = 0
    given: dict[str, int] = {}  # the person outlets give the quotation to -> how many
    for reason in reasons:
        if reason.startswith(("number:", "detail:")):
            _, end, fig = reason.split(":", 2)
            at = figures.setdefault(int(end), {})
            at[fig] = at.get(fig, 0) + 1
        elif reason.startswith("only:"):  # a figure only `n` of the cited outlets give
            _, end, n = reason.split(":", 2)
            only[int(end)] = n
        elif reason == QUOTE_REASON:
            quoted += 1
        elif reason == QUOTE_REVERSED:
            flipped += 1
        elif reason.startswith(GIVEN_TO):
            name = reason[len(GIVEN_TO) :]
            given[name] = given.get(name, 0) + 1
        else:
            other += 1
    out = text
    # from the back, so that earlier offsets stay valid
    for end in sorted(set(figures) | set(only), reverse=True):
        parts = [_named(fig, n) for fig, n in figures.get(end, {}).items()]
        if end in only:  # a figure only some of the cited outlets give: "15 hours (one outlet)"
            parts.insert(0, _givers(only[end]))
        at = _after_quote(out, _after_brackets(out, end))
        out = f"{out[:at]} ({'; '.join(parts)}){out[at:]}"
    for n, verb, how in ((flipped, "quotes", "with the opposite meaning"), (quoted, "quotes", "differently"), (other, "reports", "differently")):
        if n:
            who = f"{_outlets(n).capitalize()} {verb if n == 1 else verb[:-1]}"
            out = f"{out.rstrip()} ({who} this {how}.)"
    for name, n in given.items():
        out = f"{out.rstrip()} ({_outlets(n).capitalize()} {'gives' if n == 1 else 'give'} these words to {name or 'someone else'}.)"
    return out


_REMARKS = re.compile(r"(?:\s\((?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|\d+) outlets? [^()]*\.\))+$")


def without_remarks(text: str) -> str:
    """`text` without the closing remarks `dissent_note` adds ("(One outlet quotes this
    differently.)"): how the sentence reads in its own words."""
    return _REMARKS.sub("", text)


def _named(fig: str, n: int) -> str:
    """ "one outlet: 54 million", or with how many days apart the reports are ("one outlet,
    a day earlier: Fifteen": a toll since updated, maybe; days in words, so that the note
    adds no figure to the sentence), the date past ten days ("one outlet, 5 October")."""
    fig, _, day = fig.partition("|")
    apart, _, date = day.partition("|")
    return f"{_outlets(n)}{', ' + _days_apart(int(apart), date) if day else ''}: {fig}"


def _days_apart(days: int, date: str) -> str:
    n = number_word(abs(days), "en") if abs(days) != 1 else "a"
    if not n or not date:
        return date
    return f"{n} day{'s' if abs(days) > 1 else ''} {'later' if days > 0 else 'earlier'}"


def _after_brackets(text: str, end: int) -> int:
    """`end`, or past the bracket that closes around it ("(17e, 104e)"): a note inside
    the brackets would read as a part of them."""
    opened = text.rfind("(", 0, end)
    if opened < 0 or text.rfind(")", 0, end) > opened:
        return end
    close = text.find(")", end)
    return end if close < 0 else close + 1


def _after_quote(text: str, end: int) -> int:
    """`end`, or past the mark that closes a quotation around it (`find_spans`): a note
    inside a quotation would read as the speaker's words."""
    return next((q.close + 1 for q in find_spans(text) if q.open < end <= q.close), end)


def _givers(told: str) -> str:
    """ "two outlets", or with the sources they are where fewer ("two outlets, one source":
    a wire and its copy are one witness)."""
    n, _, sources = told.partition("|")
    if not sources:
        return _outlets(int(n))
    witnesses = "one source" if sources == "1" else f"{number_word(int(sources), 'en') or sources} sources"
    return f"{_outlets(int(n))}, {witnesses}"


def _outlets(n: int) -> str:
    return "one outlet" if n == 1 else f"{number_word(n, 'en') or n} outlets"  # "two outlets": no figure


def shift(reason: str, cut: int) -> str:
    """A dissent reason whose offset into the wording moves back by `cut` characters."""
    kind, sep, rest = reason.partition(":")
    end, sep2, fig = rest.partition(":")
    if kind not in ("number", "detail", "only") or not sep2:
        return reason
    return f"{kind}:{max(int(end) - cut, 0)}:{fig}"


def partial_notes(partial: dict[str, set[int]], cited: list[str], cut: int, source_of: dict[str, str]) -> list[str]:
    """For each figure of the wording some cited outlets leave out (`partial`: cited article
    -> where the figures it leaves out end), a note of how few give it ("for 15 hours (one
    outlet)"), and of how few sources where those are fewer (`source_of`: article -> its
    source group; "(two outlets, one source)")."""
    out = []
    for end in sorted({e for ends in partial.values() for e in ends}):
        givers = [a for a in cited if end not in partial.get(a, ())]
        if givers and len(givers) < len(cited):
            sources = len({source_of.get(a, a) for a in givers})
            out.append(f"only:{end - cut}:{len(givers)}" + (f"|{sources}" if sources < len(givers) else ""))
    return out
