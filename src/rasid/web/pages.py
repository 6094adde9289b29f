"""The web workspace: server-rendered pages over the service layer, Arabic first.

Each page asks the workspace one question and hands the view to a template; the templates only
lay it out.  The assets (stylesheet, one small script, the fonts) are read from the package once,
at import, and served from memory: no request path is ever joined to a file-system path.
"""

from __future__ import annotations

import re
from importlib import resources
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from rasid import __version__
from rasid.errors import NotFound, RasidError
from rasid.web import render
from rasid.web.labels import LANGUAGES, counted, labels_for
from rasid.web.security import TOKEN_COOKIE, presented_token, token_matches

UI_COOKIE = "ui"
PAGE = 30

_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".ttf": "font/ttf",
          ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml"}


def _load_assets() -> dict[str, tuple[bytes, str]]:
    assets: dict[str, tuple[bytes, str]] = {}

    def walk(folder, prefix: str) -> None:
        for entry in folder.iterdir():
            if entry.is_dir():
                walk(entry, f"{prefix}{entry.name}/")
            else:
                suffix = "." + entry.name.rsplit(".", 1)[-1]
                if suffix in _TYPES:
                    assets[prefix + entry.name] = (entry.read_bytes(), _TYPES[suffix])

    walk(resources.files("rasid.web") / "static", "")
    return assets


ASSETS = _load_assets()


def _finalize(value):
    # Every {{ value }} of page text loses its bidi controls before autoescape escapes it.
    if isinstance(value, Markup):
        return value
    return render.inert(value)


templates = Environment(loader=PackageLoader("rasid.web", "templates"), autoescape=select_autoescape(default=True),
                        finalize=_finalize, trim_blocks=True, lstrip_blocks=True)


class LoginRequired(Exception):
    def __init__(self, next_path: str):
        self.next_path = next_path


def ui_language(request: Request) -> str:
    wanted = request.cookies.get(UI_COOKIE, "ar")
    return wanted if wanted in LANGUAGES else "ar"


def require_reader(request: Request) -> None:
    settings = request.app.state.settings
    if settings.protect_reads and not token_matches(presented_token(request), request.app.state.token):
        raise LoginRequired(here_of(request))


def here_of(request: Request) -> str:
    """The request's own same-site path and query (where a language switch or a login comes back to)."""
    return local_path(request.url.path + (f"?{request.url.query}" if request.url.query else ""))


def local_path(value: str | None) -> str:
    """A same-site path to go back to; anything else (another site, a scheme) becomes "/"."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value or render.BIDI_CONTROLS.search(value):
        return "/"
    if any(ord(c) < 0x20 for c in value):
        return "/"
    return value


def article_href(article_id: str, start: int | None = None, end: int | None = None) -> str:
    href = f"/article/{quote(article_id, safe='')}"
    if start is not None and end is not None:
        href += f"?hl={start}-{end}#cited"
    return href


def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(page_html(template, ui_language(request), request.url.path, here_of(request), **context),
                        status_code=status)


def page_html(template: str, lang: str, path: str, here: str, **context) -> str:
    """A page in the interface language ``lang``: all it shows of its request is its path (the
    menu marks the section, the language switch comes back to ``here``)."""
    labels = labels_for(lang)
    return templates.get_template(template).render(
        lang=lang, dir="rtl" if lang == "ar" else "ltr", L=labels, version=__version__,
        fwd="←" if lang == "ar" else "→", path=path, here=here,
        day=lambda v: render.human_day(v, lang), span=lambda a, b: render.day_span(a, b, lang),
        count=lambda n, noun: counted(n, noun, lang),
        article_href=article_href, href=render.safe_href, seg=render.path_segment, text_dir=text_dir, grouped=grouped,
        **context)


def _built_ahead(request: Request, what: str, key: str) -> HTMLResponse | None:
    """The page kept with the view (``rasid.web.ahead``), for a request it answers exactly: the
    view's own id, no query."""
    if request.url.query:
        return None
    kept = workspace(request).stored_page(what, key, ui_language(request))
    return HTMLResponse(kept) if kept is not None else None


def grouped(citations, articles) -> list[tuple[str, tuple, int]]:
    """Citations by source: (source, its first citation, how many), most first, so five articles
    of one outlet read as one chip."""
    by_source: dict[str, list] = {}
    for citation in citations:
        article = articles.get(citation[0])
        by_source.setdefault(article.source if article else citation[0][:8], []).append(citation)
    return sorted(((source, found[0], len(found)) for source, found in by_source.items()), key=lambda g: (-g[2], g[0]))


def text_dir(language: str | None) -> str:
    return "ltr" if language and language not in ("ar", "fa", "ur", "he") else "rtl"


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return page(request, "error.html", status=status, status_code=status, message=message)


router = APIRouter(include_in_schema=False)
reader = [Depends(require_reader)]


def workspace(request: Request):
    return request.app.state.workspace


@router.get("/static/{name:path}")
def static(name: str) -> Response:
    found = ASSETS.get(name)
    if found is None:
        raise NotFound(f"no such file: {name}")
    content, media_type = found
    return Response(content, media_type=media_type, headers={"Cache-Control": "public, max-age=86400"})


@router.get("/favicon.ico")
def favicon() -> Response:
    content, media_type = ASSETS["icon.svg"]
    return Response(content, media_type=media_type, headers={"Cache-Control": "public, max-age=86400"})


@router.get("/ui/{lang}")
def switch_language(lang: str, next: str = "/") -> Response:
    response = RedirectResponse(local_path(next), status_code=303)
    if lang in LANGUAGES:
        response.set_cookie(UI_COOKIE, lang, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/"):
    return page(request, "login.html", next=local_path(next), failed=False)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request):
    form = await request.form(max_fields=10, max_files=0)
    token = str(form.get("token") or "")
    target = local_path(str(form.get("next") or "/"))
    if not token_matches(token, request.app.state.token):
        return page(request, "login.html", status=401, next=target, failed=True)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", max_age=30 * 86400)
    return response


@router.get("/", response_class=HTMLResponse, dependencies=reader)
def home(request: Request):
    return page(request, "home.html", overview=workspace(request).overview(limit=8))


@router.get("/stories", response_class=HTMLResponse, dependencies=reader)
def stories(request: Request, sort: str = "size", page_number: int = 1):
    sort = sort if sort in ("size", "recent", "growth") else "size"
    page_number = max(1, min(page_number, 100_000))
    found = workspace(request).stories(sort, limit=PAGE + 1, offset=(page_number - 1) * PAGE)
    return page(request, "stories.html", stories=found[:PAGE], sort=sort, page_number=page_number,
                more=len(found) > PAGE)


@router.get("/story/{story_id}", response_class=HTMLResponse, dependencies=reader)
def story(request: Request, story_id: str):
    if (kept := _built_ahead(request, "story", story_id)) is not None:
        return kept
    return HTMLResponse(story_html(workspace(request).story(story_id), ui_language(request), request.url.path))


def story_html(view, lang: str, path: str) -> str:
    labels = labels_for(lang)
    chart = render.time_chart([(p.day, p.series, p.count) for p in view.per_day], lang, labels, labels["coverage_chart"],
                              compact=True)
    titles = {a.id: a for a in view.articles}
    originals = [a for a in view.articles if a.id not in view.copies]
    copies_of: dict[str, list] = {}
    for copy_id, of in view.copies.items():
        if copy_id in titles:
            copies_of.setdefault(of.original_id, []).append((titles[copy_id], of.relation))
    return page_html("story.html", lang, path, local_path(path), view=view, story=view.story, briefing=view.briefing,
                     chart=chart, articles=titles, originals=originals, copies_of=copies_of)


_SPAN = re.compile(r"^(\d{1,9})-(\d{1,9})$")


@router.get("/article/{article_id}", response_class=HTMLResponse, dependencies=reader)
def article(request: Request, article_id: str, hl: str | None = None):
    if (kept := _built_ahead(request, "article", article_id)) is not None:
        return kept
    view = workspace(request).article(article_id)
    cited = None
    if hl and (match := _SPAN.match(hl)):
        start, end = int(match[1]), int(match[2])
        if 0 <= start < end <= len(view.article.text):
            cited = (start, end)
    return HTMLResponse(article_html(view, ui_language(request), request.url.path, here_of(request), cited))


def article_html(view, lang: str, path: str, here: str | None = None, cited: tuple[int, int] | None = None) -> str:
    labels = labels_for(lang)
    body = render.layered_html(view.article.text, render.article_layers(view, labels, lang, cited))
    return page_html("article.html", lang, path, here or local_path(path), view=view, article=view.article, body=body,
                     cited=cited, cited_text=view.article.text[cited[0]:cited[1]] if cited else None,
                     controls=render.count_controls(view.article.text) + render.count_controls(view.article.title),
                     original=render.safe_href(view.article.url))


@router.get("/articles", response_class=HTMLResponse, dependencies=reader)
def articles(request: Request, outlet: str = "", language: str = "", date_from: str = "", date_to: str = "",
             story: str = "", entity: str = "", cursor: str = ""):
    ws = workspace(request)
    found = ws.articles(outlet or None, language or None, date_from or None, date_to or None, story or None,
                        entity or None, cursor or None, limit=50)
    scope = None
    if story:
        scope = ws.story_record(story).title
    elif entity:
        scope = ws.entity_record(entity).name
    params = {"outlet": outlet, "language": language, "date_from": date_from, "date_to": date_to, "story": story,
              "entity": entity}
    next_href = ("/articles?" + urlencode({**{k: v for k, v in params.items() if v}, "cursor": found.next_cursor})
                 if found.next_cursor else None)
    return page(request, "articles.html", page_of=found, scope=scope, next_href=next_href, **params)


@router.get("/entity/{entity_id}", response_class=HTMLResponse, dependencies=reader)
def entity(request: Request, entity_id: str):
    if (kept := _built_ahead(request, "entity", entity_id)) is not None:
        return kept
    return HTMLResponse(entity_html(workspace(request).entity(entity_id), ui_language(request), request.url.path))


def entity_html(view, lang: str, path: str) -> str:
    labels = labels_for(lang)
    chart = render.count_chart(view.per_day, lang, labels, labels["mentions_over_time"], series=view.entity.name)
    aliases = sorted(view.entity.aliases.items(), key=lambda item: -item[1])
    return page_html("entity.html", lang, path, local_path(path), view=view, entity=view.entity, chart=chart,
                     aliases=aliases)


@router.get("/entities", response_class=HTMLResponse, dependencies=reader)
def entities(request: Request, type: str | None = None, page_number: int = 1):
    type = type if type in ("PERS", "LOC", "ORG", "MISC") else None
    page_number = max(1, min(page_number, 100_000))
    found = workspace(request).entities(type=type, limit=PAGE * 2 + 1, offset=(page_number - 1) * PAGE * 2)
    return page(request, "entities.html", entities=found[: PAGE * 2], type=type, page_number=page_number,
                more=len(found) > PAGE * 2)


@router.get("/search", response_class=HTMLResponse, dependencies=reader)
def search(request: Request, q: str = "", outlet: str = "", language: str = "", date_from: str = "",
           date_to: str = ""):
    lang = ui_language(request)
    labels = labels_for(lang)
    error = None
    results = None
    q = q[:500]
    if q.strip():
        try:
            results = workspace(request).search(q, outlet or None, language or None, date_from or None,
                                                date_to or None, limit=50)
        except RasidError as exc:
            error = str(exc)
    chart = (render.count_chart(results.by_day, lang, labels, labels["by_day"], series=q, compact=True)
             if results and results.by_day else None)

    def with_filter(**changes) -> str:
        params = {"q": q, "outlet": outlet, "language": language, "date_from": date_from, "date_to": date_to}
        params.update(changes)
        return "/search?" + urlencode({k: v for k, v in params.items() if v})

    return page(request, "search.html", q=q, outlet=outlet, language=language, date_from=date_from,
                date_to=date_to, results=results, chart=chart, error=error, with_filter=with_filter)


@router.get("/ingest", response_class=HTMLResponse, dependencies=reader)
def ingest_form(request: Request):
    return page(request, "ingest.html", jobs=request.app.state.jobs.all()[:10], failed=None,
                limit_mb=request.app.state.settings.upload_limit_mb)


@router.post("/ingest", response_class=HTMLResponse)
async def ingest(request: Request):
    from rasid.web.api import uploaded_files

    jobs = request.app.state.jobs
    try:
        form = await request.form(max_files=1000, max_fields=20)
    except Exception:  # noqa: BLE001 - a malformed form is the sender's problem: say so
        return page(request, "ingest.html", status=400, jobs=jobs.all()[:10],
                    limit_mb=request.app.state.settings.upload_limit_mb, failed="the form could not be read")
    token = str(form.get("token") or "") or presented_token(request)
    if not token_matches(token, request.app.state.token):
        await form.close()
        labels = labels_for(ui_language(request))
        return page(request, "ingest.html", status=401, jobs=jobs.all()[:10], limit_mb=request.app.state.settings.upload_limit_mb,
                    failed=labels["token_hint"])
    try:
        job = jobs.submit_files(await uploaded_files(form))
    except RasidError as exc:
        return page(request, "ingest.html", status=400, jobs=jobs.all()[:10], limit_mb=request.app.state.settings.upload_limit_mb,
                    failed=str(exc))
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse, dependencies=reader)
def job(request: Request, job_id: str):
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise NotFound(f"no job with id {job_id!r}")
    added = workspace(request).articles_by_id(found.article_ids[:200]) if found.state == "done" else []
    return page(request, "job.html", job=found, added=added, phases=JOB_PHASES, phase_key=job_phase)


# A job's phase, in the words of the page's language (the job reports it in English).
JOB_PHASES = ("waiting", "starting", "reading", "enriching", "finished")


def job_phase(phase: str) -> str:
    return "enriching" if phase.startswith("entities") else phase


@router.get("/api/v1/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """The OpenAPI description as a page of its own (Swagger UI would load its script from a CDN)."""
    schema = request.app.openapi()
    routes = []
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            params = [{"name": p["name"], "where": p["in"], "required": p.get("required", False),
                       "type": _type_name(p.get("schema", {})), "description": p.get("description", "")}
                      for p in operation.get("parameters", [])]
            routes.append({"method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                           "params": params, "writes": method.lower() != "get"})
    return page(request, "api_docs.html", routes=routes, title=schema["info"]["title"],
                description=schema["info"].get("description", ""))


def _type_name(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    if "anyOf" in schema:
        return " | ".join(_type_name(s) for s in schema["anyOf"] if s.get("type") != "null")
    return schema.get("type", "")
