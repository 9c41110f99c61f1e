"""The dossier as Markdown, for terminals and tickets.

Citations are "[n]" with n the article's row in the Provenance table (and in
the "Sources" line under the header), so a reader can map them to outlets
without the HTML. Article text is untrusted: every article-supplied string goes through
`line` or `cell`, which put it on one line and escape whatever Markdown or raw HTML it holds.
"""

from __future__ import annotations

import re

from newsweave.model import Citation, Dossier
from newsweave.render.diff import md_escape
from newsweave.render.view import STATUS_LABELS, DossierView

STATUS_ICONS = {"corroborated": "✓", "single-source": "·", "disputed": "⚠"}


def _one_line(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def line(text: object) -> str:
    """Article text for a list item or heading: one line, so the structure survives, and
    escaped, so it shows as text (no raw HTML, links or emphasis of its own)."""
    return md_escape(_one_line(text))


def cell(text: object) -> str:
    """A table cell: like `line`; the escaped pipes cannot split the cell."""
    return line(text)


def label(v: DossierView, article_id: str) -> str:
    """ "[2] Outlet" with the outlet escaped."""
    n = v.number(article_id)
    return f"[{n}] {line(v.outlet(article_id))}" if n else line(v.outlet(article_id))


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    """Cells are given as Markdown already (escape article text with `cell`)."""
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def _variant(
    v: DossierView, c: Citation, markdown: str | None = None, flag: str = "", direct: bool = True
) -> str:
    """One outlet's wording; `markdown` is a diff that escaped its words already. Reported
    speech is the outlet's wording, so it goes without quotation marks."""
    text = _one_line(markdown) if markdown is not None else line(c.text)
    if not direct:
        return f"  - {label(v, c.article)}{flag} (reported speech): {text}"
    return f"  - {label(v, c.article)}{flag}: “{text}”"


def render(d: Dossier) -> str:
    v = DossierView(d)
    ev = d.event
    out: list[str] = [f"# {line(ev.title)}", ""]
    meta = []
    if ev.date:
        meta.append(f"**Date:** {line(ev.date)}")
    if ev.languages:
        meta.append(f"**Languages:** {', '.join(line(lg) for lg in ev.languages)}")
    if ev.outlets:
        meta.append(f"**Outlets:** {', '.join(line(o) for o in ev.outlets)}")
    if meta:
        out += [" · ".join(meta), ""]
    out += [" · ".join(f"{n} {label}" for label, n in v.counts), ""]
    if v.articles:
        out += ["**Sources:** " + " · ".join(label(v, a.id) for a in v.articles), ""]

    out += ["## Summary", ""]
    if d.summary:
        out += [
            f"{i}. {line(s.text)} {v.cite_numbers(s.citations)}" for i, s in enumerate(d.summary, 1)
        ]
    else:
        out.append("_No summary: no fact is stated by enough sources._")
    out.append("")

    if d.also_reported:
        out += ["## Also reported by one source", ""]
        out += [f"- {line(s.text)} {v.cite_numbers(s.citations)}" for s in d.also_reported]
        out.append("")

    out += ["## Facts", ""]
    if not d.facts:
        out += ["_No facts._", ""]
    for f in d.facts:
        arts = v.fact_articles(f)
        icon = STATUS_ICONS.get(f.status, "")
        status = STATUS_LABELS.get(f.status, f.status)
        srcs = (
            f"{f.independent_sources} independent source{'s' if f.independent_sources != 1 else ''}"
        )
        if (verified := v.verified_sources(f)) is not None and verified < f.independent_sources:
            srcs += f", {verified} verified"  # the others' sentences are grouped, not confirmed
        out.append(
            f"- **{f.id}** {line(f.text)} — {icon} {status}, {srcs} ({len(arts)} article{'s' if len(arts) != 1 else ''})"
        )
        odd, unconfirmed = v.fact_odd(f), v.fact_unconfirmed(f)
        out += [
            _variant(v, c, flag=" ⚠ says otherwise" if c.article in odd else " (related, not verified)" if c.article in unconfirmed else "")
            for c in f.support
        ]
    if d.facts:
        out.append("")

    out += ["## Quotes", ""]
    if not d.quotes:
        out += ["_No quotes._", ""]
    for sq in v.quotes_by_speaker:
        out += [f"### {line(sq.speaker) if sq.speaker else 'Unattributed'}", ""]
        for q in sq.quotes:
            g = q.group
            head = f"- **{line(g.id)}**"
            if g.divergent:
                head += " ⚠ divergent"
                if g.odd_one_out:
                    head += f"; odd one out: {label(v, g.odd_one_out)}"
                if g.reason:
                    head += f" ({line(g.reason)})"
            out.append(head)
            for vv in q.variants:
                flag = (
                    " ⚠"
                    if vv.odd
                    else (" (reference)" if vv.reference and len(q.variants) > 1 else "")
                )
                out.append(_variant(v, vv.citation, vv.markdown, flag, vv.direct))
        out.append("")
    if d.quotes:
        out += [
            "_Words in **bold** differ from the reference wording; ~~struck~~ words are missing._",
            "",
        ]

    out += ["## Divergences", ""]
    if not d.divergences:
        out += ["_No divergences found._", ""]
    for dv in d.divergences:
        extra = f" (fact {line(dv.fact)})" if dv.fact else ""
        out.append(f"- **{line(dv.kind)}**: {line(dv.description)}{extra}")
        out += [
            _variant(v, c, flag=" ⚠" if c.article == dv.odd_one_out else "") for c in dv.variants
        ]
    if d.divergences:
        out.append("")

    if v.articles:
        out += ["## Coverage", ""]
        rows = [
            [
                f"[{v.number(r.article.id)}]",
                cell(v.outlet(r.article.id)),
                str(len(r.supports)),
                cell(", ".join(sorted(r.unique)) or "—"),
                cell(", ".join(sorted(r.omitted)) or "—"),
            ]
            for r in v.coverage
        ]
        out += _table(["#", "Outlet", "Facts", "Unique", "Omitted"], rows)
        out.append("")

    if d.timeline:
        out += ["## Timeline", ""]
        out += [
            f"- **{line(t.date)}** {line(t.text)} {v.cite_numbers(t.citations)}" for t in d.timeline
        ]
        out.append("")

    if d.entities:
        out += ["## Entities", ""]
        rows = []
        for heading, ents in v.entities_by_type:
            for e in ents:
                counts = ", ".join(f"{v.outlet(a)} {n}" for a, n in v.mentions(e))
                rows.append([cell(e.name), heading, str(sum(e.mentions.values())), cell(counts)])
        out += _table(["Name", "Type", "Mentions", "By outlet"], rows)
        out.append("")

    if v.articles:
        out += ["## Provenance", ""]
        rows = []
        for a in v.articles:
            flags = [
                f
                for f, on in (
                    ("machine-translated", a.machine_translated),
                    ("syndicated", a.syndicated),
                )
                if on
            ]
            if a.wire:
                flags.append(f"wire: {a.wire}")
            rows.append(
                [
                    f"[{v.number(a.id)}]",
                    cell(a.id),
                    cell(a.outlet or ""),
                    cell(a.title or ""),
                    cell(a.published or ""),
                    cell(a.lang or ""),
                    cell(", ".join(flags)),
                    cell(a.source_group or ""),
                ]
            )
        out += _table(
            ["#", "Article", "Outlet", "Title", "Published", "Lang", "Flags", "Source group"], rows
        )
        out.append("")
        for g in v.shared_groups:
            members = ", ".join(label(v, a) for a in g.articles)
            why = f" — {'; '.join(line(r) for r in g.reasons)}" if g.reasons else ""
            out.append(f"- Source group **{g.id}**: {members}{why}")
        removed = [(a, r) for a in v.articles for r in a.removed]
        if removed:
            out += ["", "Removed from the bodies:", ""]
            out += [
                f"- [{v.number(a.id)}] ~~{line(r.text)}~~ ({line(r.reason)})" for a, r in removed
            ]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
