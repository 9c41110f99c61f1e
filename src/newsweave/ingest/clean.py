"""`clean(article)`: the cleaning stage, in order.

1. normalise the text; take a collection prefix (" date 2023-02-06 ") off the top;
2. per-paragraph rules (`lines.py`): furniture, notices, bylines, captions...;
3. the headline: the record's, an "Original title:", or a short first line; its repeats go;
4. repeated tag lines, section labels above the story, the dateline;
5. repeated paragraphs and sentences; trailing author and wire credits;
6. outlet and syndication from everything seen.

Every removal is in `provenance.removed` with its reason; what was learnt is in
`provenance.signals`. The article comes back with `provenance.cleaned` set, and
cleaning it again returns it unchanged.
"""

from __future__ import annotations

import dataclasses
import re

from newsweave.ingest import patterns as P
from newsweave.ingest.datelines import take_dateline
from newsweave.ingest.dates import date_in_url, find_date
from newsweave.ingest.dedup import (
    drop_duplicates,
    drop_headline_repeats,
    drop_lead_labels,
    drop_tag_lines,
)
from newsweave.ingest.lines import apply_rules, headline_like
from newsweave.ingest.normalize import normalize_text, split_paragraphs
from newsweave.ingest.outlets import (
    initials_of,
    normalize_outlet,
    outlet_from_url,
    same_outlet,
    wire_name,
)
from newsweave.ingest.state import Work
from newsweave.lang import merged
from newsweave.model import Article, Provenance

_ORG_WORDS = merged("cues", "CREDIT_ORG_WORDS")


def clean(article: Article) -> Article:
    """Return a cleaned copy of `article` (see the module docstring for the steps)."""
    if article.provenance.cleaned:
        return article
    w = Work(
        paragraphs=[],
        title=_clean_title(article.title),
        outlet=normalize_outlet(article.outlet),
        author=article.author,
        published=article.published,
        dateline=article.dateline,
        wire=article.wire,
        original_title=article.provenance.original_title,
        machine_translated=article.machine_translated,
        syndicated=article.syndicated,
        removed=list(article.provenance.removed),
        signals=list(article.provenance.signals),
    )
    text = _collection_prefix(normalize_text(article.text), w)
    paragraphs = apply_rules(split_paragraphs(text), w)
    agency_at_edge = (w.agency_line[1] if w.agency_line else -1) in (0, len(paragraphs))
    paragraphs = _headline(paragraphs, w)
    paragraphs = drop_tag_lines(paragraphs, w)
    paragraphs = drop_lead_labels(paragraphs, w)
    paragraphs = take_dateline(paragraphs, w)
    _agency_credit(w, agency_at_edge)
    paragraphs = drop_duplicates(paragraphs, w)
    paragraphs = _trailing_credits(paragraphs, w)
    _finish(article, w)
    return dataclasses.replace(
        article,
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        title=w.title,
        outlet=w.outlet,
        author=w.author,
        published=w.published,
        dateline=w.dateline,
        wire=w.wire,
        machine_translated=w.machine_translated,
        syndicated=w.syndicated,
        paragraph_langs=[],
        sentences=[],
        provenance=Provenance(
            signals=w.signals,
            removed=w.removed,
            original_title=w.original_title,
            cleaned=True,
            partial_date=None if w.published else w.partial_date,
            posts=w.posts,
            post_handles=w.post_handles,
        ),
    )


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"\s+", " ", normalize_text(title)).strip()
    return title or None


def _collection_prefix(text: str, w: Work) -> str:
    """A leading " date 2023-02-06 " is collection metadata, not prose: published if complete."""
    m = P.COLLECTION_PREFIX.match(text)
    if not m:
        return text
    w.drop(m.group(0), "collection-metadata")
    if len(m.group(1)) == 10:
        w.set_published(m.group(1), "collection metadata")
    return text[m.end() :]


def _headline(paragraphs: list[str], w: Work) -> list[str]:
    if not w.title and w.original_title:
        w.title = w.original_title
        w.signal("title taken from the 'Original title:' line")
    if not w.title and len(paragraphs) > 1:
        first = paragraphs[0]
        # A short first line that is not a finished sentence is the headline (text and Markdown
        # files); one of two words and a sign is a section's label ("Operations & Safety").
        if headline_like(first) and sum(any(c.isalpha() for c in x) for x in first.split()) >= 3 and first[-1] not in ":-–—":
            w.title = first
            w.signal("first short line taken as the headline")
            paragraphs = paragraphs[1:]
    return drop_headline_repeats(paragraphs, w)


def _trailing_credits(paragraphs: list[str], w: Work) -> list[str]:
    """Credits at the very end: "(John Doe)", "(Reporting by ...)", "— Reuters"."""
    if not paragraphs:
        return paragraphs
    last = paragraphs[-1]
    for _ in range(2):  # "... (Reporting by X; Editing by Y) — Reuters" carries two
        m = P.REPORTING_CREDIT.search(last)
        if m:
            w.set_author(re.split(r"\s+(?:and|und|et|y)\s+|,", m.group(1))[0], "reporting credit")
            w.drop(m.group(0), "author-credit")
            last = last[: m.start()].rstrip()
            continue
        m = P.TRAILING_AUTHOR.search(last)
        if m and _person_not_org(m.group(1)):
            w.set_author(m.group(1), "trailing credit in parentheses")
            w.drop(m.group(0), "author-credit")
            last = last[: m.start()].rstrip()
            continue
        m = P.DESK_SLUG.match(last) if len(paragraphs) > 1 else None
        if m:
            _closing_credit(m.group(1), w)
            w.drop(last, "wire-credit")
            paragraphs, last = paragraphs[:-1], paragraphs[-2]
            continue
        m = P.WIRE_TAIL.search(last)
        if m and len(last) > len(m.group(0)):
            w.set_wire(m.group(1) or m.group(0).strip(" ()"), "wire credit at the end")
            w.drop(m.group(0), "wire-credit")
            last = last[: m.start()].rstrip()
            continue
        m = _own_wire_tail(last, w)
        if m and (len(last) > len(m.group(0)) or len(paragraphs) > 1):
            # the dateline's agency credited again closing the story, in its last paragraph
            # or on a line of its own ("… a-t-elle dit.\n\n(XNA)"): the agency's text
            _closing_credit(m.group(1), w)
            w.drop(m.group(0), "wire-credit")
            last = last[: m.start()].rstrip()
            if not last:
                paragraphs, last = paragraphs[:-1], paragraphs[-2]
            continue
        break
    return paragraphs[:-1] + ([last] if last else [])


def _closing_credit(name: str | None, w: Work) -> None:
    """A credit closing the story that names the dateline's agency confirms the story is the
    agency's: a reprint by another outlet is syndicated (`_finish`), as with a credit line."""
    if name and w.wire and w.wire.casefold() == name.casefold():
        w.wire_from_dateline = False
        w.signal(f"closing credit names the dateline's agency {name}")


def _agency_credit(w: Work, at_edge: bool) -> None:
    """An unknown agency's credit line ("Source: XNA", lines.agency_line) is the story's wire
    when it opens or closes the story or names the dateline's agency; a credit line, not the
    dateline alone, then stands behind the wire."""
    if not w.agency_line:
        return
    name = w.agency_line[0]
    if w.wire and w.wire.casefold() == name.casefold():
        w.wire_from_dateline = False
        w.signal(f"credit line names the dateline's agency {name}")
    elif at_edge and not w.wire:
        w.set_wire(name, "credit line closing or opening the story")
    else:
        w.signal(f"credit line names {name}: not taken as the wire (inside the story, or another wire)")


def _own_wire_tail(text: str, w: Work) -> re.Match[str] | None:
    """"… ha detto il sindaco. (PLN)": the credit of the dateline's agency closing the story, one no list
    of wires knows."""
    return re.search(rf"\s*\(({re.escape(w.wire)})\)\s*$", text) if w.wire else None


def _person_not_org(name: str) -> bool:
    if wire_name(name):
        return False
    return not any(word.lower().strip(".") in _ORG_WORDS for word in name.split())


def _finish(article: Article, w: Work) -> None:
    if not w.outlet and article.url:
        w.set_outlet(outlet_from_url(article.url), "host name of the URL")
    if not w.published and article.url:
        w.set_published(date_in_url(article.url), "date in the URL")
    if w.wire and w.outlet and not same_outlet(w.wire, w.outlet) and not w.syndicated:
        if not wire_name(w.wire) and initials_of(w.wire, w.outlet):
            # "(NRF)" on nordrhein-funk.de, "Source: HDN" on harbourdaily-news.com: the outlet's own
            w.signal(f"credit {w.wire} spells the outlet's initials ({w.outlet}): not syndicated")
        elif w.wire_from_dateline:
            # A dateline credit alone is no proof of a copy: "(HRW)" or a local desk's initials
            # look the same. Only a credit line or a syndication notice sets the flag.
            w.signal(f"wire {w.wire} named only in the dateline: not marked syndicated")
        else:
            w.syndicated = True
            w.signal(f"wire {w.wire} credited by another outlet ({w.outlet}): syndicated")
    if w.published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", w.published):
        found = find_date(w.published)
        w.published = found[0] if found else None
