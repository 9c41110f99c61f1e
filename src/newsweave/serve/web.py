"""Server-rendered pages: events, event dossier, article, add articles, job progress.

Every page works without JavaScript; `static/app.js` only polls job progress and
the renderer's `dossier.js` adds conveniences to the dossier sections.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from newsweave import dossiers
from newsweave.render.bidi import unisolate
from newsweave.render.bidi import web_url as safe_url
from newsweave.serve import ingestion
from newsweave.serve.routing import MAX_OFFSET, ctx, read_form
from newsweave.serve.security import DOWNLOAD_CSP
from newsweave.serve.views import Page, article_paragraphs, group_by_day
from newsweave.store.base import EventQuery

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 20
DOWNLOADS = {"html": "text/html", "md": "text/markdown", "json": "application/json"}


def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return ctx(request).templates.TemplateResponse(request, name, context, status_code=status)


def _date_param(value: str | None) -> str | None:
    """A YYYY-MM-DD filter from a form; anything else is ignored rather than an error page."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


@router.get("/")
def events_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    lang: Annotated[str, Query(max_length=16)] = "",
    outlet: Annotated[str, Query(max_length=200)] = "",
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    seen: Annotated[str, Query(max_length=40)] = "",
) -> Response:
    from newsweave.serve import live

    store = ctx(request).store
    # a value that went through a form field may carry the marks bidi.isolate printed
    q, lang, outlet = unisolate(q), unisolate(lang), unisolate(outlet)
    query = EventQuery(
        since=_date_param(since),
        lang=lang.strip() or None,
        outlet=outlet.strip() or None,
        query=q.strip() or None,
        limit=PAGE_SIZE,
        offset=offset,
    )
    events, total = store.list_events(query)
    params = {
        "q": q.strip(),
        "since": query.since or "",
        "lang": lang.strip(),
        "outlet": outlet.strip(),
    }
    languages = sorted({lg for e in events for lg in e.languages})
    outlets = sorted({o for e in events for o in e.outlets})
    visit = live.last_visit(request, seen)
    response = page(
        request,
        "events.html",
        grown=live.grown(events, visit),  # changed since the reader's last visit
        visit=visit,
        groups=group_by_day(events),
        total=total,
        pager=Page(offset, PAGE_SIZE, total, params),
        params=params,
        filtered=any(params.values()),
        languages=languages,
        outlets=outlets,
    )
    return live.remember_visit(response)


def _dossier_or_404(request: Request, event_id: str):
    store = ctx(request).store
    event = store.get_event(event_id)
    dossier = dossiers.current(store, event_id) if event else None
    if event is None or dossier is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return store, event, dossier


@router.get("/events/{event_id}")
def event_page(
    request: Request, event_id: str, since: Annotated[str, Query(max_length=40)] = ""
) -> Response:
    from newsweave.render.view import DossierView
    from newsweave.serve.history import changes_for

    store, event, dossier = _dossier_or_404(request, event_id)
    v = DossierView(dossier)
    changes = changes_for(store, event.id, since)  # since a version/time; default: the last
    return page(request, "event.html", event=event, v=v, changes=changes)


@router.get("/events/{event_id}/dossier.{fmt}")
def download(request: Request, event_id: str, fmt: str) -> Response:
    if fmt not in DOWNLOADS:
        raise HTTPException(404, f"no format {fmt!r}: use html, md or json")
    from newsweave.render import render

    store, event, dossier = _dossier_or_404(request, event_id)
    texts = {a.id: a.text for a in store.event_articles(event_id)} if fmt == "html" else None
    body = render(dossier, fmt, article_texts=texts)
    name = ingestion.slug(event_id, "event")
    return Response(
        body,
        media_type=f"{DOWNLOADS[fmt]}; charset=utf-8",
        headers={
            # attachment: the page is for reading offline, not as part of this site
            "Content-Disposition": f'attachment; filename="dossier-{name}.{fmt}"',
            "Content-Security-Policy": DOWNLOAD_CSP,
        },
    )


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str) -> Response:
    from newsweave.render.view import DossierView

    store = ctx(request).store
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    event_id = store.event_of_article(article_id)
    event = store.get_event(event_id) if event_id else None
    dossier = dossiers.current(store, event_id) if event_id else None
    v = DossierView(dossier) if dossier else None
    anchor_of = v.fact_anchor if v else (lambda fid: f"fact-{fid}")
    paragraphs = article_paragraphs(article, dossier, anchor_of)
    facts = {f.id for p in paragraphs for piece in p for f in piece.facts}
    return page(
        request,
        "article.html",
        article=article,
        event=event,
        paragraphs=paragraphs,
        fact_count=len(facts),
        url=safe_url(article.url),
    )


@router.get("/add")
def add_page(request: Request) -> Response:
    c = ctx(request)
    return page(
        request,
        "add.html",
        needs_token=bool(c.api_token),
        max_mb=round(c.max_upload_bytes / (1024 * 1024), 1),
        extensions=ingestion.UPLOAD_EXTENSIONS,
    )


@router.post("/add")
async def add_submit(request: Request) -> Response:
    c = ctx(request)
    # Host and Origin were checked by security.RequestGuard for every write
    sub = await read_form(request, c, form_token=True)
    job, _ = c.jobs.submit(
        sub.sources, ingestion.run(sub, c.store, c.ingest, c.max_upload_bytes, c.fetch_client)
    )
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str) -> Response:
    c = ctx(request)
    job = c.jobs.snapshot(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r}")
    active = job["status"] in ("queued", "running")
    titles = {}
    if not active:
        for eid in job["events_touched"]:
            event = c.store.get_event(eid)
            titles[eid] = event.title if event else eid
    return page(request, "job.html", job=job, active=active, titles=titles)


@router.get("/static/dossier.{ext}")
def dossier_asset(ext: str) -> Response:
    """The renderer's dossier CSS/JS, shared with the self-contained HTML page."""
    from newsweave.render.html import TEMPLATES_DIR

    if ext not in ("css", "js"):
        raise HTTPException(404, "no such file")
    return FileResponse(
        TEMPLATES_DIR / f"dossier.{ext}",
        media_type="text/css" if ext == "css" else "text/javascript",
    )
