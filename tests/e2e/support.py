"""Invented fixtures and an in-memory Store for the web tests (no models, no database).

Two invented events (a ferry collision in a made-up harbour town, a tram vote in a
made-up city) plus a hostile article whose every field tries to inject markup.
`FakeStore` implements `newsweave.store.base.Store`; `fake_ingest` is a tiny
stand-in for the stream ingest that clusters by keyword.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsweave.dossier import provenance_row
from newsweave.model import (
    Article,
    ArticleInfo,
    Citation,
    Coverage,
    Divergence,
    Dossier,
    Entity,
    Event,
    EventInfo,
    Fact,
    Provenance,
    QuoteGroup,
    Removed,
    Sentence,
    SourceGroup,
    SummaryItem,
    TimelineEntry,
)
from newsweave.store.base import EventQuery, IngestReport

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def with_sentences(a: Article) -> Article:
    """Fill `sentences` with offsets, paragraph by paragraph, like the text stage does."""
    a.sentences = []
    for pm in re.finditer(r"[^\n]+", a.text):
        para = len({s.paragraph for s in a.sentences})
        for sm in re.finditer(r"[^.!?]+[.!?]*", pm.group()):
            chunk = sm.group()
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if not body:
                continue
            start = pm.start() + sm.start() + lead
            a.sentences.append(
                Sentence(a.id, len(a.sentences), body, start, start + len(body), para, a.lang)
            )
    return a


def sentence_of(a: Article, needle: str) -> int:
    return next(s.index for s in a.sentences if needle in s.text)


def ferry_articles() -> list[Article]:
    arts = [
        Article(
            id="alden-gazette-ferry",
            title="Ferry strikes Port Alden swing bridge, 12 hurt",
            outlet="Alden Gazette",
            published="2031-05-12",
            lang="en",
            url="https://alden-gazette.example/ferry-bridge",
            text=(
                "A passenger ferry struck the Port Alden swing bridge on Monday morning. "
                "Twelve people were hurt, the harbour master said.\n"
                'Harbour master Ilse Brandt said: "The bridge will stay closed until engineers '
                'have checked every bolt." The ferry Morgenlicht was carrying 80 passengers.\n'
                "Traffic was diverted through the old town."
            ),
            provenance=Provenance(
                signals=["share buttons removed"],
                removed=[Removed("Share this story on social media", "share-residue")],
            ),
        ),
        Article(
            id="coastal-wire-ferry",
            title="Port Alden bridge shut after ferry collision",
            outlet="Coastal Wire",
            published="2031-05-12",
            lang="en",
            text=(
                "The Port Alden swing bridge was closed on Monday after a passenger ferry struck it. "
                "Fourteen people were hurt.\n"
                'Ilse Brandt, the harbour master, said: "The bridge will stay shut until engineers '
                'have checked every single bolt."'
            ),
        ),
        Article(
            id="courrier-ferry",
            title="Un ferry heurte le pont tournant de Port Alden",
            outlet="Courrier du Port",
            published="2031-05-13",
            lang="fr",
            machine_translated=False,
            text=(
                "Un ferry de passagers a heurté lundi le pont tournant de Port Alden. "
                "Douze personnes ont été blessées."
            ),
        ),
    ]
    return [with_sentences(a) for a in arts]


def tram_articles() -> list[Article]:
    arts = [
        Article(
            id="lindmark-post-tram",
            title="Lindmark council approves east tram line",
            outlet="Lindmark Post",
            published="2031-05-10",
            lang="en",
            text=(
                "Lindmark city council approved the east tram line on Saturday by 31 votes to 12. "
                "Construction is due to start in autumn."
            ),
        ),
        Article(
            id="valley-news-tram",
            title="Tram line wins council vote in Lindmark",
            outlet="Valley News",
            published="2031-05-10",
            lang="en",
            text=(
                "The council of Lindmark voted for the east tram line on Saturday. "
                "Construction is due to start in autumn, the mayor said."
            ),
        ),
    ]
    return [with_sentences(a) for a in arts]


def hostile_article() -> Article:
    return with_sentences(
        Article(
            id="hostile-1",
            title=f"Harmless title {HOSTILE}",
            outlet=f"Evil Outlet {HOSTILE}",
            published="2031-05-11",
            lang="en",
            author=HOSTILE,
            url="javascript:alert(3)",
            text=f"An injected sentence {HOSTILE} sits here. A second sentence follows.",
            provenance=Provenance(removed=[Removed(HOSTILE, f"reason {HOSTILE}")]),
        )
    )


def _info(a: Article, group: str | None = None) -> ArticleInfo:
    return provenance_row(a, group)  # the dossier's own provenance row


def _cite(a: Article, needle: str) -> Citation:
    i = sentence_of(a, needle)
    return Citation(a.id, a.sentences[i].text, i)


def generic_dossier(event: Event, articles: list[Article]) -> Dossier:
    """A plain dossier: one single-source fact per article (its first sentence)."""
    facts = [
        Fact(
            id=f"f{i}",
            text=a.sentences[0].text if a.sentences else a.text[:80],
            support=[Citation(a.id, a.sentences[0].text if a.sentences else a.text[:80], 0)],
        )
        for i, a in enumerate(articles, 1)
    ]
    return Dossier(
        event=EventInfo(event.title, event.date, event.languages, event.outlets, event.id),
        articles=[_info(a) for a in articles],
        facts=facts,
        summary=[SummaryItem(f.text, [f.support[0].article], f.id) for f in facts],
        coverage={a.id: Coverage() for a in articles},
        timeline=[
            TimelineEntry(a.published or "", a.title or a.id, [a.id])
            for a in articles
            if a.published
        ],
    )


def ferry_dossier(event: Event, arts: list[Article]) -> Dossier:
    gz, cw, cr = arts[:3]
    f1 = Fact(
        "f1",
        "A passenger ferry struck the Port Alden swing bridge on Monday.",
        [
            _cite(gz, "passenger ferry struck"),
            _cite(cw, "was closed on Monday"),
            _cite(cr, "heurté"),
        ],
        independent_sources=3,
        status="corroborated",
        source_groups=["g1", "g2", "g3"],
        score=0.9,
    )
    f2 = Fact(
        "f2",
        "Twelve people were hurt.",
        [_cite(gz, "Twelve people"), _cite(cw, "Fourteen people"), _cite(cr, "Douze")],
        independent_sources=3,
        status="disputed",
        source_groups=["g1", "g2", "g3"],
    )
    f3 = Fact(
        "f3", "Traffic was diverted through the old town.", [_cite(gz, "Traffic was diverted")]
    )
    quote = QuoteGroup(
        "q1",
        "Ilse Brandt",
        [
            Citation(
                gz.id, "The bridge will stay closed until engineers have checked every bolt.", 2
            ),
            Citation(
                cw.id,
                "The bridge will stay shut until engineers have checked every single bolt.",
                2,
            ),
        ],
        divergent=True,
        odd_one_out=cw.id,
        reason="wording differs",
    )
    extra = arts[3:]
    return Dossier(
        event=EventInfo(event.title, event.date, event.languages, event.outlets, event.id),
        articles=[_info(a, f"g{i}") for i, a in enumerate(arts, 1)],
        summary=[
            SummaryItem(f1.text, [gz.id, cw.id, cr.id], "f1"),
            SummaryItem("At least twelve people were hurt.", [gz.id, cr.id], "f2"),
        ],
        also_reported=[SummaryItem(f3.text, [gz.id], "f3")],
        facts=[f1, f2, f3, *generic_dossier(event, extra).facts],
        quotes=[quote],
        divergences=[
            Divergence(
                "number",
                "How many people were hurt: 12 or 14",
                [
                    Citation(gz.id, "Twelve people were hurt", 1),
                    Citation(cw.id, "Fourteen people were hurt.", 1),
                ],
                odd_one_out=cw.id,
                fact="f2",
            )
        ],
        coverage={
            gz.id: Coverage(unique=["f3"]),
            cw.id: Coverage(),
            cr.id: Coverage(omitted=["f3"]),
        },
        timeline=[TimelineEntry("2031-05-12", "The ferry strikes the bridge.", [gz.id, cw.id])],
        entities=[
            Entity("Ilse Brandt", "PERSON", {gz.id: 1, cw.id: 1}),
            Entity("Port Alden", "PLACE", {gz.id: 1, cw.id: 1, cr.id: 1}),
        ],
        source_groups=[SourceGroup(f"g{i}", [a.id]) for i, a in enumerate(arts, 1)],
    )


def _event(eid: str, articles: list[Article]) -> Event:
    dates = sorted(a.published for a in articles if a.published)
    return Event(
        id=eid,
        title=articles[0].title or eid,
        date=dates[0] if dates else None,
        articles=[a.id for a in articles],
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        languages=sorted({a.lang for a in articles if a.lang}),
        outlets=sorted({a.outlet for a in articles if a.outlet}),
        independent_sources=len(articles),
    )


class FakeStore:
    """The Store protocol over dicts; events keep a keyword that routes new articles to them."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.events: dict[str, Event] = {}
        self.keywords: dict[str, str] = {}  # event id -> word that puts an article in it
        self.closed = False

    def put_event(self, eid: str, articles: list[Article], keyword: str) -> Event:
        for a in articles:
            self.articles[a.id] = a
        self.events[eid] = _event(eid, articles)
        self.keywords[eid] = keyword
        return self.events[eid]

    # --- Store protocol ---
    def get_article(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def get_event(self, event_id: str) -> Event | None:
        return self.events.get(event_id)

    def list_events(self, q: EventQuery) -> tuple[list[Event], int]:
        def keep(e: Event) -> bool:
            last = e.last_date or e.date or ""
            if q.since and last < q.since:
                return False
            if q.until and (e.first_date or e.date or "") > q.until:
                return False
            if q.lang and q.lang not in e.languages:
                return False
            if q.outlet and q.outlet not in e.outlets:
                return False
            if q.query:
                hay = " ".join([e.title] + [self.articles[a].text for a in e.articles]).casefold()
                return all(w in hay for w in q.query.casefold().split())
            return True

        found = sorted(
            (e for e in self.events.values() if keep(e)),
            key=lambda e: (e.last_date or e.date or "", e.id),
            reverse=True,
        )
        return found[q.offset : q.offset + q.limit], len(found)

    def event_articles(self, event_id: str) -> list[Article]:
        e = self.events.get(event_id)
        return [self.articles[a] for a in e.articles] if e else []

    def event_of_article(self, article_id: str) -> str | None:
        return next((e.id for e in self.events.values() if article_id in e.articles), None)

    def dossier(self, event_id: str) -> Dossier | None:
        e = self.events.get(event_id)
        if e is None:
            return None
        arts = self.event_articles(event_id)
        return ferry_dossier(e, arts) if event_id == "ev-ferry" else generic_dossier(e, arts)

    def resolve(self, event_id: str) -> str:
        return event_id

    def cached_dossier(
        self, event_id: str, stamp: str | None = None
    ) -> tuple[str | None, Dossier | None]:
        d = self.dossier(event_id)  # always current: the fake's events never change
        return (None, None) if d is None else ("fixed", d)

    def save_dossier(self, event_id: str, stamp: str, d: Dossier) -> None:
        raise AssertionError("the fake store's dossiers are always current")

    def close(self) -> None:
        self.closed = True


def seeded_store(hostile: bool = True) -> FakeStore:
    store = FakeStore()
    store.put_event("ev-ferry", ferry_articles(), "ferry")
    store.put_event("ev-tram", tram_articles(), "tram")
    if hostile:
        store.put_event("ev-hostile", [hostile_article()], "injected")
    return store


def fake_ingest(
    store: FakeStore, articles: list[Article], progress: Callable[[int, int], None]
) -> IngestReport:
    """Cluster by keyword (a new event when none matches), like the stream does by similarity."""
    report = IngestReport()
    for n, a in enumerate(articles, 1):
        if a.id in store.articles:
            report.duplicates.append(a.id)
        else:
            with_sentences(a)
            hay = f"{a.title or ''} {a.text}".casefold()
            eid = next((e for e, k in store.keywords.items() if k in hay), None)
            members = store.event_articles(eid) if eid else []
            eid = eid or f"ev-{a.id}"
            store.put_event(eid, [*members, a], store.keywords.get(eid, a.id))
            report.added.append(a.id)
            if eid not in report.events_touched:
                report.events_touched.append(eid)
        progress(n, len(articles))
    return report
