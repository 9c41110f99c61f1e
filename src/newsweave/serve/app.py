"""The FastAPI application: server-rendered web UI (`web.py`) and JSON API (`api.py`).

`create_app` wires the store, the job registry, the templates and the security
middleware; routes reach them through `request.app.state.ctx`.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsweave.serve.ingestion import Ingester, SubmissionError
from newsweave.serve.jobs import JobRegistry
from newsweave.serve.routing import Context, ctx
from newsweave.serve.security import (
    BodyLimit,
    RequestGuard,
    SecurityHeaders,
    default_allowed_hosts,
    error_body,
    wants_html,
)
from newsweave.store.base import Store

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = 16 * 1024 * 1024
TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    413: "Too large",
    415: "Unsupported file type",
    422: "Invalid input",
}


def _templates() -> Jinja2Templates:
    from newsweave.render.bidi import isolate
    from newsweave.render.html import TEMPLATES_DIR

    env = jinja2.Environment(
        # our pages first; the dossier macros and their CSS/JS come from the renderer
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(HERE / "templates"), jinja2.FileSystemLoader(TEMPLATES_DIR)]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=isolate,  # right-to-left text in article strings cannot reorder the line
    )
    env.filters["isolate"] = isolate
    env.filters["q"] = lambda s: quote(str(s), safe="")  # one path segment, "/" included
    return Jinja2Templates(env=env)


def _default_ingester() -> Ingester:
    from newsweave.serve.store_ingest import ingest_articles

    return ingest_articles


def create_app(
    store_url: str | None = None,
    *,
    api_token: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    store: Store | None = None,
    ingester: Ingester | None = None,
    fetch_client: Any = None,
    allowed_hosts: tuple[str, ...] | list[str] | None = None,
    watch: list[str] | None = None,
    watch_config: Any = None,
    notify: str | None = None,
) -> FastAPI:
    """The app over the store at `store_url` (SQLite file or database URL; default newsweave.db).

    `store` and `ingester` replace the real ones (tests); a store passed in is not closed
    by the app. With `api_token`, write endpoints need it (Bearer or X-API-Token).
    `allowed_hosts`: Host header values served (default: the loopback names; "*": any).
    """
    owned = store is None
    if store is None:
        from newsweave.store import open_store

        store = open_store(store_url)
    jobs = JobRegistry()
    context = Context(
        store=store,
        jobs=jobs,
        templates=_templates(),
        ingest=ingester or _default_ingester(),
        api_token=api_token or None,
        max_upload_bytes=max_upload_bytes,
        fetch_client=fetch_client,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from newsweave.serve.live import start_live

        stop_live = start_live(app, store, watch, watch_config, notify)
        yield
        stop_live()
        jobs.shutdown()
        if owned:
            store.close()

    app = FastAPI(
        title="newsweave",
        summary="Cross-checked, cited dossiers of news events: web UI and HTTP API.",
        description=(
            "Read endpoints are open. Write endpoints (`POST /api/articles`) need the API token "
            "when the server has one: `Authorization: Bearer TOKEN` or `X-API-Token: TOKEN`. "
            'Errors are JSON: `{"error": {"status": 404, "message": "..."}}`.'
        ),
        version=_version(),
        lifespan=lifespan,
        docs_url=None,  # serve/docs.py: Swagger UI from a pinned wheel, not a CDN
        redoc_url=None,
    )
    app.state.ctx = context
    from newsweave.serve.live import Hub

    app.state.hub = Hub()  # change records for the live pages (serve.live)
    app.add_middleware(BodyLimit, limit=max_upload_bytes)
    # before the body is read: a foreign Host or a cross-site write is refused first
    app.add_middleware(RequestGuard, allowed=tuple(allowed_hosts or default_allowed_hosts()))
    app.add_middleware(SecurityHeaders)  # outermost: also covers the 413 above
    from newsweave.serve import api, docs, web

    app.include_router(api.router)
    app.include_router(web.router)
    from newsweave.serve import history, live, sources

    app.include_router(history.router)
    app.include_router(live.router)
    app.include_router(sources.router)
    docs.mount(app)
    if context.api_token:
        api.declare_token_auth(app)
    # after the routers: /static/dossier.{css,js} is a route and must win over the mount
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _error_handlers(app)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsweave")
    except PackageNotFoundError:
        return "0"


def _error_handlers(app: FastAPI) -> None:
    def respond(request: Request, status: int, message: str, **extra: Any) -> Response:
        headers = extra.pop("headers", None)
        if wants_html(request.headers, request.url.path):
            return ctx(request).templates.TemplateResponse(
                request,
                "error.html",
                {
                    "status": status,
                    "title": TITLES.get(status, "Error"),
                    "message": message,
                    **extra,
                },
                status_code=status,
                headers=headers,
            )
        return JSONResponse(
            error_body(status, message, **extra), status_code=status, headers=headers
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = (
            exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "error")
        )
        return respond(request, exc.status_code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return respond(request, 422, "invalid request", details=jsonable_encoder(details))

    @app.exception_handler(SubmissionError)
    async def bad_submission(request: Request, exc: SubmissionError) -> Response:
        problems = [{"record": p.record, "reason": p.reason} for p in exc.problems]
        return respond(request, exc.status, exc.message, problems=problems)


__all__ = ["DEFAULT_MAX_UPLOAD", "Context", "create_app", "ctx"]
