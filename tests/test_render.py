"""Rendering a hand-made dossier (invented event) as JSON, Markdown and HTML."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsweave import render as rnd
from newsweave.errors import NewsweaveError
from newsweave.model import Citation, Dossier, QuoteGroup
from newsweave.render import html as rhtml
from newsweave.render import markdown as rmd

FIXTURE = Path(__file__).parent / "fixtures" / "render" / "dossier.json"


@pytest.fixture
def dossier() -> Dossier:
    return Dossier.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8")))


class Page(HTMLParser):
    """Collects ids, in-page links and tags of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.attrs_seen: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs_seen.extend(attrs)
        for k, val in attrs:
            if k == "id" and val:
                self.ids.append(val)
            if k == "href" and val:
                self.hrefs.append(val)


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    return p


# --- JSON --------------------------------------------------------------------------


def test_json_is_exactly_to_dict(dossier: Dossier) -> None:
    out = rnd.to_json(dossier)
    assert json.loads(out) == dossier.to_dict()
    assert "Le pont de Veldmark fermé" in out  # ensure_ascii=False
    assert out.startswith('{\n  "schema": "newsweave.dossier/1"')
    assert rnd.render(dossier, "json") == out


def test_render_dispatch(dossier: Dossier) -> None:
    assert rnd.render(dossier, "md") == rmd.render(dossier)
    assert rnd.render(dossier, "html") == rhtml.render(dossier)
    with pytest.raises(NewsweaveError):
        rnd.render(dossier, "pdf")
    assert rnd.format_for("out/x.HTML") == "html"
    assert rnd.format_for("x.md") == "md"
    assert rnd.format_for("x.txt") is None


def test_write_all(dossier: Dossier, tmp_path: Path) -> None:
    paths = rnd.write_all(dossier, tmp_path / "new")
    assert sorted(paths) == ["html", "json", "md"]
    assert json.loads(paths["json"].read_text(encoding="utf-8")) == dossier.to_dict()
    assert paths["html"].read_text(encoding="utf-8").startswith("<!doctype html>")


# --- Markdown ------------------------------------------------------------------------


def test_markdown_has_every_section_and_the_data(dossier: Dossier) -> None:
    md = rmd.render(dossier)
    for heading in (
        "# Veldmark harbour bridge closed after cracks found",
        "## Summary",
        "## Also reported by one source",
        "## Facts",
        "## Quotes",
        "## Divergences",
        "## Coverage",
        "## Timeline",
        "## Entities",
        "## Provenance",
    ):
        assert heading + "\n" in md, heading
    # citations are numbered in provenance order, and the numbers map to outlets
    assert "**Sources:** [1] Northgate Courier · [2] Veldmark Post" in md
    assert "1. The harbour bridge in Veldmark was closed on Monday. [1][2][4][5]" in md
    # facts with support counts and every supporting sentence
    assert "✓ corroborated, 4 independent sources (5 articles)" in md
    assert "  - [4] Le Quotidien du Port: “Le pont du port a été fermé lundi.”" in md
    # quotes: divergent flag, odd one out, diff against the reference wording
    assert "⚠ divergent; odd one out: [5] Radio Ostra (drops the negation)" in md
    assert "[5] Radio Ostra ⚠: “We will ~~not~~ reopen the bridge" in md
    assert "**soon**" in md
    assert "### Mayor Alma Ruiz" in md and "### Piet Drumm" in md
    # divergences, coverage, timeline, entities, provenance
    assert "- **number**: Daily traffic over the bridge: 40,000 vs 14,000 vehicles (fact f3)" in md
    assert "| [1] | Northgate Courier | 4 | f5 | f4 |" in md
    assert "- **2031-04-10** Inspectors report cracks in two pillars. [1]" in md
    assert "| Veldmark | Places | 14 |" in md
    assert "syndicated, wire: Coast Press" in md and "machine-translated" in md
    assert "[1] ~~Share this story on Facebook~~ (share-residue)" in md
    assert "Source group **g2**: [2] Veldmark Post, [3] Coastline Daily" in md


def test_markdown_tables_survive_pipes_and_newlines(dossier: Dossier) -> None:
    dossier.articles[0].title = "Left | right\nsecond line"
    dossier.entities[0].name = "A|B"
    md = rmd.render(dossier)
    assert "Left \\| right second line" in md
    assert "| A\\|B |" in md
    for row in md.splitlines():
        if row.startswith("| [1] | courier-1"):
            assert len(re.split(r"(?<!\\)\|", row)) == 10  # 8 cells between the outer pipes


def test_markdown_of_an_empty_dossier() -> None:
    from newsweave.model import EventInfo

    md = rmd.render(Dossier(event=EventInfo(title="Quiet day", date=None)))
    assert md.startswith("# Quiet day\n")
    assert "_No facts._" in md and "_No quotes._" in md


# --- HTML ------------------------------------------------------------------------------


def test_html_sections_and_citation_links(dossier: Dossier) -> None:
    page = rhtml.render(dossier)
    p = parse(page)
    for sid in (
        "summary",
        "also-reported",
        "facts",
        "coverage",
        "quotes",
        "divergences",
        "timeline",
        "entities",
        "provenance",
    ):
        assert sid in p.ids, sid
    # every in-page link lands somewhere, and ids are unique
    assert len(p.ids) == len(set(p.ids))
    for href in p.hrefs:
        if href.startswith("#"):
            assert href[1:] in p.ids, href
    # each article has a provenance anchor that citations point at, showing the outlet
    assert "art-courier-1" in p.ids
    assert re.search(
        r'<a class="cite" href="#art-quotidien" title="[^"]*"><span class="n">4</span>Le Quotidien du Port</a>',
        page,
    )
    # self-contained: no external resources
    assert "<link" not in page and not re.search(r'src="(?!x)', page)
    assert page.count("<style>") == 1 and page.count("<script>") == 1


def test_html_header_facts_and_coverage(dossier: Dossier) -> None:
    page = rhtml.render(dossier)
    assert "<h1>Veldmark harbour bridge closed after cracks found</h1>" in page
    assert "<b>5</b> articles" in page and "<b>4</b> independent sources" in page
    assert '<span class="chip lang">fr</span>' in page
    # facts expand without JavaScript: <details> holding each supporting sentence
    assert page.count("<details>") == len(dossier.facts)
    assert "<q>Some 14,000 vehicles use the crossing daily.</q>" in page
    assert "⚠ disputed" in page and "4 independent" in page
    # coverage: the unique fact is highlighted, an omission is shown
    assert re.search(
        r'<td class="cov u" data-col="5" title="Northgate Courier only this article f5:', page
    )
    assert re.search(r'<td class="cov o" data-col="4" title="Northgate Courier omits f4:', page)


def test_html_quote_diff_marks_the_differing_words(dossier: Dossier) -> None:
    page = rhtml.render(dossier)
    odd_row = re.search(r'<tr class="odd">.*?</tr>', page, re.S)
    assert odd_row is not None
    row = odd_row.group(0)
    assert "Radio Ostra" in row and "odd one out" in row
    assert re.search(r"<mark[^>]*>soon</mark>", row)
    assert re.search(r'<del class="gone"[^>]*>not</del>', row)
    assert "⚠ divergent wording" in page
    # the courier's wording lacks "completely" compared with the majority wording
    assert re.search(r'<del class="gone"[^>]*>completely</del> safe', page)
    assert "worded differently" in page  # French variant is not word-diffed
    assert "same words" in page


def test_html_provenance(dossier: Dossier) -> None:
    page = rhtml.render(dossier, article_texts={"courier-1": "First paragraph.\nSecond paragraph."})
    assert "<del>Share this story on Facebook</del>" in page
    assert "share-residue" in page
    assert "machine-translated</span>" in page and "syndicated</span>" in page
    assert 'href="https://courier.example/veldmark-bridge"' in page
    assert "<p>First paragraph.</p><p>Second paragraph.</p>" in page
    assert "wire-copy repeats post-7 word for word" in page


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
]


def test_html_escapes_hostile_article_text(dossier: Dossier) -> None:
    script, img, template = HOSTILE
    a = dossier.articles[0]
    a.outlet = img
    a.title = script
    a.url = "javascript:alert(1)"
    a.author = template
    a.removed[0].text = script
    dossier.event.title = template
    dossier.summary[0].text = script
    dossier.facts[0].text = img
    dossier.facts[0].support[0].text = script
    dossier.quotes[0].speaker = img
    dossier.quotes[0].variants[2].text = f"We will {script} reopen {img} soon {template}"
    dossier.quotes[0].reason = script
    dossier.divergences[0].description = img
    dossier.divergences[0].variants[0].text = template
    dossier.timeline[0].text = script
    dossier.entities[0].name = img
    dossier.entities[0].mentions[img] = 2  # an unknown article id
    dossier.summary[1].citations.append(script)
    page = rhtml.render(dossier, article_texts={"courier-1": f"{script}\n{img}\n{template}"})

    assert "<script>alert" not in page
    assert "<img" not in page
    assert "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")  # only escaped
    assert "javascript:" not in page
    assert page.count("<script>") == 1  # ours
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "{{ 7*7 }}" in page  # shown literally, never evaluated
    # the page still parses into the same structure
    p = parse(page)
    assert "img" not in p.tags
    assert all(not k.startswith("on") for k, _ in p.attrs_seen)


def test_html_odd_article_ids_make_unique_anchors(dossier: Dossier) -> None:
    dossier.articles[1].id = "a b"
    dossier.articles[2].id = "a-b"
    page = rhtml.render(dossier)
    p = parse(page)
    assert "art-a-b" in p.ids and "art-a-b-2" in p.ids


def test_html_of_an_empty_dossier() -> None:
    from newsweave.model import EventInfo

    page = rhtml.render(Dossier(event=EventInfo(title="Quiet day", date=None)))
    assert "<h1>Quiet day</h1>" in page and "No facts." in page


def test_templates_never_mark_text_safe() -> None:
    for t in rhtml.TEMPLATES_DIR.glob("*.html"):
        assert "|safe" not in t.read_text().replace(" ", ""), t.name


def test_template_macros_are_reusable(dossier: Dossier) -> None:
    """The web UI imports single macros from dossier_body.html."""
    env = rhtml.environment()
    tmpl = env.from_string('{% import "dossier_body.html" as nw %}{{ nw.quotes(v) }}')
    out = tmpl.render(rhtml.context(dossier))
    assert out.strip().startswith('<section id="quotes">')


def test_quote_group_without_variants_renders() -> None:
    from newsweave.model import EventInfo

    d = Dossier(event=EventInfo(title="t", date=None), quotes=[QuoteGroup("q1", None, [])])
    assert "Unattributed" in rhtml.render(d)
    d.quotes[0].variants.append(Citation("ghost", "Words."))
    assert "ghost" in rhtml.render(d) and "ghost" in rmd.render(d)


def test_reported_speech_is_never_shown_as_the_speakers_words() -> None:
    from newsweave.model import EventInfo, QuoteVariant

    group = QuoteGroup(
        "q1",
        "Lina Okoro",
        [
            QuoteVariant("a", "The harbour bridge will stay closed until March."),
            QuoteVariant("b", "the harbour bridge would stay shut for months", direct=False),
        ],
    )
    d = Dossier(event=EventInfo(title="t", date=None), quotes=[group])
    md = rmd.render(d)
    assert "“The harbour bridge will stay closed until March.”" in md
    (reported,) = [ln for ln in md.splitlines() if "(reported speech)" in ln]
    assert "“" not in reported and "shut" in reported
    page = rhtml.render(d)
    (cell,) = re.findall(r'<td class="wording">(.*?)</td>', page, re.S)[1:]
    assert cell.startswith('<span class="reported">reported speech:</span>')
    assert "“" not in cell


def test_a_facts_odd_one_out_is_marked_beside_its_sentence(dossier: Dossier) -> None:
    # a divergence on f3 names post-7 as its odd one out: the fact lists post-7's sentence
    # (it is about the same thing) but marks that it says otherwise, in both renderings
    number = next(dv for dv in dossier.divergences if dv.fact == "f3")
    number.odd_one_out = "post-7"
    md = rmd.render(dossier)
    flagged = [ln for ln in md.splitlines() if "⚠ says otherwise" in ln]
    assert len(flagged) == 1 and "Veldmark Post" in flagged[0]
    page = rhtml.render(dossier)
    assert page.count('<li class="odd"') == 1
    number.odd_one_out = None
    assert "says otherwise" not in rmd.render(dossier)
