"""JSON API under /api. Reads are open; `POST /api/articles` needs the token when one is set.

`POST /api/articles` answers synchronously (200, the finished job) for a JSON body of at
most SYNC_MAX_RECORDS records, and with 202 and a job to poll otherwise (file uploads,
bigger batches). `?wait=true|false` overrides the choice.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from newsweave import dossiers
from newsweave.model import EVENTS_SCHEMA
from newsweave.serve import ingestion
from newsweave.serve.routing import ERRORS, MAX_OFFSET, WRITE_ERRORS, Context, ctx, read_form
from newsweave.serve.security import check_token
from newsweave.store.base import EventQuery

router = APIRouter(prefix="/api", tags=["api"])

SYNC_MAX_RECORDS = 10
MAX_LIMIT = 200


class ProblemOut(BaseModel):
    record: str
    reason: str
    kept: bool = False  # read with a warning (the article went in), not skipped


class JobOut(BaseModel):
    """An ingest job. `done`/`total` count sources while reading, articles while ingesting."""

    id: str
    status: str  # queued | running | done | failed
    phase: str  # queued | reading | ingesting | done
    done: int
    total: int
    sources: list[str]
    problems: list[ProblemOut]
    added: list[str]
    duplicates: list[str]
    events_touched: list[str]
    article_events: dict[str, str]
    error: str | None
    created: str
    finished: str | None


ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def _date(value: str | None, name: str) -> str | None:
    """A YYYY-MM-DD query value, checked strictly: `0` or a timestamp is not a date."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise HTTPException(422, f"{name}: not a date (YYYY-MM-DD): {value!r}") from exc


def _date_query(description: str) -> Any:
    return Query(pattern=ISO_DATE, description=description, json_schema_extra={"format": "date"})


@router.get("/events", summary="List events, newest first", responses=ERRORS)
def list_events(
    request: Request,
    since: Annotated[str | None, _date_query("events whose last date is on or after")] = None,
    until: Annotated[str | None, _date_query("events whose first date is on or before")] = None,
    lang: Annotated[str | None, Query(max_length=16, description="language code, e.g. en")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    q: Annotated[str | None, Query(max_length=500, description="full-text search")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """`newsweave.events/1`: `{schema, total, limit, offset, events: [Event]}`."""
    query = EventQuery(
        since=_date(since, "since"),
        until=_date(until, "until"),
        lang=lang or None,
        outlet=outlet or None,
        query=(q or "").strip() or None,
        limit=limit,
        offset=offset,
    )
    events, total = ctx(request).store.list_events(query)
    return {
        "schema": EVENTS_SCHEMA,
        "total": total,
        "limit": limit,
        "offset": offset,
        "events": [e.to_dict() for e in events],
    }


@router.get("/events/{event_id}", summary="One event", responses=ERRORS)
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    event = ctx(request).store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return event.to_dict()


@router.get(
    "/events/{event_id}/dossier",
    summary="The event's dossier (newsweave.dossier/1, exactly Dossier.to_dict())",
    responses=ERRORS,
)
def get_dossier(request: Request, event_id: str) -> JSONResponse:
    dossier = dossiers.current(ctx(request).store, event_id)
    if dossier is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return JSONResponse(dossier.to_dict())


@router.get(
    "/articles/{article_id:path}", summary="One article, with the id of its event", responses=ERRORS
)
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    store = ctx(request).store
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return {**article.to_dict(), "event": store.event_of_article(article_id)}


@router.get(
    "/jobs/{job_id}", summary="Progress of an ingest job", response_model=JobOut, responses=ERRORS
)
def get_job(request: Request, job_id: str) -> dict[str, Any]:
    job = ctx(request).jobs.snapshot(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r}")
    return job


_RECORD = {
    "type": "object",
    "required": ["text"],
    "properties": {
        **{k: {"type": ["string", "null"]} for k in ingestion.RECORD_FIELDS},
        "text": {"type": "string", "pattern": "\\S", "description": "the article text"},
    },
}
_POST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"oneOf": [_RECORD, {"type": "array", "items": _RECORD, "minItems": 1}]},
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "files named *.txt .md .html .json .jsonl .xml "
                            "(others are reported as problems of the job)",
                        },
                        "urls": {"type": "string", "description": "http(s) URLs, one per line"},
                    },
                    # something to add: a file, or a URL line
                    "anyOf": [
                        {"required": ["files"], "properties": {"files": {"minItems": 1}}},
                        {"required": ["urls"], "properties": {"urls": {"pattern": "\\S"}}},
                    ],
                },
            },
        },
    }
}


@router.post(
    "/articles",
    summary="Add articles (JSON records, file upload or URLs)",
    status_code=202,
    response_model=JobOut,
    responses={200: {"model": JobOut, "description": "Ingested (synchronous)"}, **WRITE_ERRORS},
    openapi_extra=_POST_BODY,
)
async def post_articles(
    request: Request,
    wait: Annotated[
        bool | None,
        Query(
            description="wait for the ingest to finish; default: only for JSON bodies of at most "
            f"{SYNC_MAX_RECORDS} records"
        ),
    ] = None,
) -> JSONResponse:
    c = ctx(request)
    check_token(request, c.api_token)
    sub = await read_submission(request, c)
    sync = (
        wait
        if wait is not None
        else (not sub.files and not sub.urls and len(sub.articles) <= SYNC_MAX_RECORDS)
    )
    job, future = c.jobs.submit(
        sub.sources, ingestion.run(sub, c.store, c.ingest, c.max_upload_bytes, c.fetch_client)
    )
    if not sync:
        return JSONResponse(
            c.jobs.snapshot(job.id), status_code=202, headers={"Location": f"/api/jobs/{job.id}"}
        )
    await asyncio.wrap_future(future)
    snap = c.jobs.snapshot(job.id)
    status = 500 if snap and snap["status"] == "failed" else 200
    return JSONResponse(snap, status_code=status)


async def read_submission(request: Request, c: Context) -> ingestion.Submission:
    """Parse a JSON or multipart body into a Submission (422/413/415 on bad input)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        return await read_form(request, c)
    # no empty or text/plain: those a page on another site can send without asking
    if ctype == "application/json" or ctype.endswith("+json"):
        raw = await request.body()
        try:
            payload = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HTTPException(422, f"body is not valid JSON: {exc}") from exc
        articles, problems = await run_in_threadpool(ingestion.parse_records, payload)
        sub = ingestion.Submission()
        sub.articles, sub.refused = articles, problems
        return sub
    raise HTTPException(415, "send application/json records or a multipart/form-data upload")


TOKEN_SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer"},
    "apiToken": {"type": "apiKey", "in": "header", "name": "X-API-Token"},
}


def declare_token_auth(app: Any) -> None:
    """Say in the OpenAPI document that writes need the token (either header will do)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = build()
        doc.setdefault("components", {})["securitySchemes"] = TOKEN_SCHEMES
        for path in doc.get("paths", {}).values():
            for method, op in path.items():
                if method.upper() in ("POST", "PUT", "PATCH", "DELETE"):
                    op["security"] = [{name: []} for name in TOKEN_SCHEMES]
        app.openapi_schema = doc
        return doc

    app.openapi = openapi
