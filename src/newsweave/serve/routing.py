"""What every router of the app shares: the request context, the error responses it
documents, query bounds, and the upload form reader (the API and the web form use it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.datastructures import UploadFile

from newsweave.serve import ingestion
from newsweave.serve.ingestion import Ingester
from newsweave.serve.jobs import JobRegistry
from newsweave.serve.security import check_token
from newsweave.store.base import Store

MAX_OFFSET = 2**31 - 1  # beyond any store; also keeps the value inside SQL integer range


@dataclass
class Context:
    """What every route needs; one per app."""

    store: Store
    jobs: JobRegistry
    templates: Jinja2Templates
    ingest: Ingester
    api_token: str | None
    max_upload_bytes: int
    fetch_client: Any = None  # an httpx.Client for URL fetches; tests pass a mock transport


def ctx(request: Request) -> Context:
    return request.app.state.ctx


class ErrorOut(BaseModel):
    error: dict[str, Any]


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such id"},
    422: {"model": ErrorOut, "description": "Malformed query or body"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Missing or wrong API token"},
    413: {"model": ErrorOut, "description": "Body over the upload limit"},
    415: {"model": ErrorOut, "description": "Unsupported content or file type"},
    422: {"model": ErrorOut, "description": "Malformed JSON or invalid records"},
}


async def read_form(request: Request, c: Context, form_token: bool = False) -> ingestion.Submission:
    """Files under any field name plus an optional `urls` field; the web form uses the same."""
    form = await request.form(max_files=ingestion.MAX_FILES, max_fields=20)
    if form_token:
        check_token(request, c.api_token, _str(form.get("token")))
    sub = ingestion.Submission()
    try:
        for key, value in form.multi_items():
            if key == "files" and not isinstance(value, UploadFile):
                raise HTTPException(422, "'files' must be file uploads, not a text field")
            if isinstance(value, UploadFile):
                if not value.filename and not value.size:
                    continue  # an empty file input submits a nameless empty part
                await run_in_threadpool(
                    sub.add_file, value.filename or "upload", value.file, c.max_upload_bytes
                )
        sub.add_urls(_str(form.get("urls")) or "")
    except BaseException:
        sub.cleanup()
        raise
    finally:
        await form.close()
    if sub.empty:
        sub.cleanup()
        raise HTTPException(422, "nothing to add: upload files or give URLs")
    return sub


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None
