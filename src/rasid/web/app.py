"""``rasid serve``'s application: the REST API, the web pages and their assets, with errors
answered as JSON (API) or as a page (browser), never as a traceback."""

from __future__ import annotations

import json
import logging
import os
import secrets
from contextlib import asynccontextmanager

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException

from rasid import __version__
from rasid.errors import NotFound, RasidError
from rasid.records import from_data, to_data
from rasid.service.jobs import JobManager, RemoteJobs
from rasid.service.workspace import Workspace
from rasid.settings import Settings
from rasid.web.cache import AnswerCache
from rasid.web.security import BodyLimit, SecurityHeaders, TooLarge, Unauthorized

log = logging.getLogger("rasid.serve")
REQUEST_THREADS = 1  # per server process; see lifespan
VIEWS_KEPT = 512  # per server process: a page and its API twin share one view (Workspace.remembered)


def create_app(settings: Settings, workspace: Workspace | None = None, jobs: JobManager | None = None) -> FastAPI:
    """The app over ``settings.db``.  Without a token in the settings, one is made up and kept in
    ``app.state.token`` (``rasid serve`` prints it): writing always needs one."""
    from rasid.web import api, pages

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Handlers are plain functions, run in a thread pool (40 threads by default).  Under load those
        # threads only fight over one interpreter lock, so every answer waits on all the others; answered
        # one at a time per process, the queue moves in order.  benchmarks/serve.py, 50 clients on 2 cores:
        # 40 threads 665 requests/s, p99 365-488 ms; 2 threads 820, p99 217-354; 1 thread 910, p99 198-320.
        anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
        yield
        app.state.jobs.close()
        app.state.workspace.close()

    app = FastAPI(title="rasid", lifespan=lifespan, version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/v1/openapi.json",
                  description="راصد — the REST API of a rasid database. Every citation is an article id and a "
                              "character span [start, end) into that article's clean text.")
    app.state.settings = settings
    app.state.token = settings.token or secrets.token_urlsafe(24)
    app.state.workspace = workspace or Workspace(settings, remember=VIEWS_KEPT)
    app.state.jobs = jobs or JobManager(settings)
    app.include_router(api.router)
    app.include_router(pages.router)


    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def answer(request: Request, status: int, message: str, details=None):
        if is_api(request):
            body = {"error": message} | ({"details": details} if details else {})
            return JSONResponse(body, status_code=status,
                                headers={"WWW-Authenticate": "Bearer"} if status == 401 else None)
        return pages.error_page(request, status, message)

    @app.exception_handler(pages.LoginRequired)
    async def login_required(request: Request, exc: pages.LoginRequired):
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(exc.next_path, safe='/')}", status_code=303)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return answer(request, 404, str(exc))

    @app.exception_handler(Unauthorized)
    async def unauthorized(request: Request, exc: Unauthorized):
        return answer(request, 401, str(exc))

    @app.exception_handler(TooLarge)
    async def too_large(request: Request, exc: TooLarge):
        return answer(request, 413, str(exc))

    @app.exception_handler(RasidError)
    async def bad_request(request: Request, exc: RasidError):
        return answer(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                   for e in exc.errors()]
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        return answer(request, 422, f"{first['where']}: {first['problem']}", details)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404:
            message = f"no such page: {request.url.path}"
        return answer(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("internal error on %s", request.url.path)
        return answer(request, 500, "internal error (the server log has the details)")

    app.add_middleware(SecurityHeaders)
    app.add_middleware(AnswerCache, state=app.state)
    # Outermost: a too-large body is refused before anything reads it.
    app.add_middleware(BodyLimit, limit=settings.upload_limit_mb * 1_000_000)
    return app




STATE_VARIABLE = "RASID_SERVE_STATE"


def worker_app() -> FastAPI:
    """The app in one of ``rasid serve --processes N``'s worker processes: the settings (token
    included) and the address of the main process's job queue come from the environment."""
    state = json.loads(os.environ[STATE_VARIABLE])
    settings = from_data(Settings, state["settings"])
    return create_app(settings, jobs=RemoteJobs(tuple(state["jobs"][0]), bytes.fromhex(state["jobs"][1])))


def worker_state(settings: Settings, jobs_address: tuple[str, int], authkey: bytes) -> str:
    return json.dumps({"settings": to_data(settings), "jobs": [list(jobs_address), authkey.hex()]})
