"""The REST API under /api/v1: every route one call into the service layer, its answer
encoded by the one record codec.  OpenAPI docs at /api/v1/docs (schema /api/v1/openapi.json)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from rasid.briefing.brief import Briefing
from rasid.errors import NotFound, RasidError
from rasid.model import Event
from rasid.records import encode, to_data
from rasid.service.jobs import Job
from rasid.service.views import (
    ArticlePage, ArticleView, Count, EntityView, QuoteRecord, SearchResults, StorySummary, StoryView,
)
from rasid.web.security import Unauthorized, presented_token, token_matches

Limit = Annotated[int, Query(ge=1, le=200, description="how many to return (1-200)")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
Outlet = Annotated[str | None, Query(max_length=300, description="only this outlet (as the articles name it)")]
Language = Annotated[str | None, Query(max_length=10, description="only this language: ar, en, ...")]
StoryId = Annotated[str | None, Query(max_length=100, description="only this story's (id or a unique prefix)")]
EntityId = Annotated[str | None, Query(max_length=300, description="only this entity's (id, or any spelling of the name)")]


class Data(JSONResponse):
    """Any record or view as the record codec writes it (``rasid.records.encode``); Arabic stays
    readable (no \\u escapes).  Bytes are an answer already encoded (a stored view): sent as they are."""

    def render(self, content: Any) -> bytes:
        return content if isinstance(content, bytes) else encode(content)


def workspace(request: Request):
    return request.app.state.workspace


def require_read(request: Request) -> None:
    settings = request.app.state.settings
    if settings.protect_reads and not token_matches(presented_token(request), request.app.state.token):
        raise Unauthorized("this server needs a token to read: send Authorization: Bearer <token>")


def require_write(request: Request) -> None:
    if not token_matches(presented_token(request), request.app.state.token):
        raise Unauthorized("writing needs the server's token: send Authorization: Bearer <token>")


router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_read)], default_response_class=Data)


@router.get("/articles", response_model=ArticlePage, summary="Articles, newest first, a page at a time")
def articles(request: Request, outlet: Outlet = None, language: Language = None, date_from: Day = None,
             date_to: Day = None, story: StoryId = None, entity: EntityId = None,
             cursor: Annotated[str | None, Query(max_length=200, description="next_cursor of the page before")] = None,
             limit: Limit = 50):
    return Data(workspace(request).articles(outlet, language, date_from, date_to, story, entity, cursor, limit))


@router.get("/articles/{article_id}", response_model=ArticleView,
            summary="One article: clean text, metadata, removed lines with reasons, mentions, dates, quotes, copy group")
def article(request: Request, article_id: str):
    return Data(workspace(request).article_answer(article_id))


@router.get("/search", response_model=SearchResults,
            summary="Ranked search (Arabic spelling variants, light stemming) with snippets and facets")
def search(request: Request, q: Annotated[str, Query(max_length=500, description="words; \"quoted words\" together")],
           outlet: Outlet = None, language: Language = None, date_from: Day = None, date_to: Day = None,
           limit: Limit = 20):
    return Data(workspace(request).search(q, outlet, language, date_from, date_to, limit))


@router.get("/counts", response_model=list[Count], summary="Articles per day or per outlet, of a query or of all")
def counts(request: Request, q: Annotated[str | None, Query(max_length=500, description="words (none: every article)")] = None,
           by: Literal["day", "outlet", "language"] = "day", outlet: Outlet = None, language: Language = None,
           date_from: Day = None, date_to: Day = None):
    return Data(workspace(request).counts(q, by, outlet, language, date_from, date_to))


@router.get("/stories", response_model=list[StorySummary], summary="Stories by size, recency or growth")
def stories(request: Request, sort: Literal["size", "recent", "growth"] = "size", limit: Limit = 20,
            offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0, since: Day = None,
            min_size: Annotated[int, Query(ge=1, le=1_000_000)] = 1):
    return Data(workspace(request).stories(sort, limit, offset, since, min_size))


@router.get("/stories/{story_id}", response_model=StoryView,
            summary="One story with its briefing; every citation is [article_id, start, end]")
def story(request: Request, story_id: str):
    return Data(workspace(request).story_answer(story_id))


@router.get("/stories/{story_id}/briefing", response_model=Briefing,
            summary="A story's briefing: summary, timeline, quotes by speaker, sources, contradictions")
def briefing(request: Request, story_id: str):
    return Data(workspace(request).brief(story_id))


@router.get("/events", response_model=list[Event], summary="Dated happenings, of one story or of the largest")
def events(request: Request, story: StoryId = None, date_from: Day = None, date_to: Day = None,
           limit: Annotated[int, Query(ge=1, le=500)] = 100):
    return Data([view.event for view in workspace(request).events(story, date_from, date_to, limit)])


@router.get("/entities", response_model=list[dict], summary="Entities by salience (or within a story)")
def entities(request: Request, type: Literal["PERS", "LOC", "ORG", "MISC"] | None = None, story: StoryId = None,
             limit: Limit = 50, offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0):
    found = workspace(request).entities(type, story, limit, offset)
    return Data([{**to_data(entity, exclude=("article_ids",)), "articles": n} for entity, n in found])


@router.get("/entities/{entity_id}", response_model=EntityView,
            summary="One entity: aliases, articles over time, co-occurring entities, quotes by and about it")
def entity(request: Request, entity_id: str):
    return Data(workspace(request).entity_answer(entity_id))


@router.get("/quotes", response_model=list[QuoteRecord], summary="Quotes with speakers, each cited by span")
def quotes(request: Request, speaker: Annotated[str | None, Query(max_length=200, description="any spelling of the name")] = None,
           story: StoryId = None, entity: EntityId = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100):
    return Data(workspace(request).quotes(speaker, story, entity, limit))


@router.get("/export", summary="Everything as JSONL, streamed (schema: docs/schema.md)",
            response_class=StreamingResponse)
def export(request: Request):
    lines = workspace(request).export_lines()
    return StreamingResponse(_encoded(lines), media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="rasid-export.jsonl"'})


def _encoded(lines):
    for line in lines:
        yield line.encode("utf-8")


# -- writing -------------------------------------------------------------------------------------
@router.post("/ingest", status_code=202, response_model=Job, dependencies=[Depends(require_write)],
             summary="Ingest uploaded files (multipart, field 'files') or JSON documents, as a background job",
             openapi_extra={"requestBody": {"content": {
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
                 "application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}}})
async def ingest(request: Request):
    jobs = request.app.state.jobs
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        try:
            form = await request.form(max_files=1000, max_fields=100)
        except Exception as exc:  # noqa: BLE001 - python-multipart's errors: a malformed upload
            raise RasidError(f"the upload could not be read as multipart/form-data ({exc})") from None
        job = jobs.submit_files(await uploaded_files(form))
    elif content_type.startswith("application/json"):
        try:
            documents = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise RasidError(f"the body is not valid JSON ({exc})") from None
        job = jobs.submit_documents(documents)
    else:
        raise RasidError("send files as multipart/form-data (field 'files') or documents as application/json")
    return Data(job, status_code=202, headers={"Location": f"/api/v1/jobs/{job.id}"})


async def uploaded_files(form, field: str = "files") -> list[tuple[str, bytes]]:
    """The uploaded files of a parsed form, as (name, content); closes the form."""
    files = []
    for item in form.getlist(field):
        if hasattr(item, "read"):
            files.append((item.filename or "upload", await item.read()))
    await form.close()
    if not files:
        raise RasidError(f"no file in the upload (send them as the form field {field!r})")
    return files


@router.get("/jobs", response_model=list[Job], summary="Recent ingest jobs, newest first")
def jobs(request: Request):
    return Data(request.app.state.jobs.all())


@router.get("/jobs/{job_id}", response_model=Job, summary="One ingest job: progress, then its report")
def job(request: Request, job_id: str):
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise NotFound(f"no job with id {job_id!r}")
    return Data(found)

