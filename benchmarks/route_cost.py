"""What one request of each of benchmarks/serve.py's routes costs the server, in CPU ms.

    python benchmarks/route_cost.py DB [--n 60] [--warm-views] [--profile ROUTE]

Drives the ASGI app in this process (no sockets, no client), one request at a time, on a copy of
DB: first ``--n`` different story, entity and article pages, searches and their API twins as a
first reader finds them (cold), then the same requests again (the answers kept).  CPU time is
this process's (every thread), so it is what the request costs a core whatever else the machine
runs: on a shared machine wall times say more about the neighbours than about rasid.
``--warm-views`` first builds every stored view (``Workspace.refresh_views``), as a server whose
views were built ahead would find them.  ``--profile ROUTE`` prints cProfile's top functions
of that route's cold requests.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from serve import QUERIES, ROUTES  # noqa: E402


async def call(app, path: str, cookie: str = "") -> tuple[int, int]:
    """One GET through the ASGI app: (status, body bytes)."""
    raw_path, _, query = path.partition("?")
    headers = [(b"host", b"bench")] + ([(b"cookie", cookie.encode())] if cookie else [])
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": urllib.parse.unquote(raw_path), "raw_path": raw_path.encode(), "query_string": query.encode(),
             "headers": headers, "client": ("127.0.0.1", 1), "server": ("bench", 80), "root_path": ""}
    answer = {"status": 0, "bytes": 0}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        elif message["type"] == "http.response.body":
            answer["bytes"] += len(message.get("body", b""))

    await app(scope, receive, send)
    return answer["status"], answer["bytes"]


def paths_for(route: str, pick: dict[str, list[str]]) -> list[str]:
    kind = route.split()[0]
    api = route.endswith("api")
    if kind == "search":
        return [(f"/api/v1/search?q=" if api else "/search?q=") + urllib.parse.quote(q) for q in pick["query"]]
    plural = {"story": "stories", "entity": "entities", "article": "articles"}[kind]
    return [(f"/api/v1/{plural}/" if api else f"/{kind}/") + urllib.parse.quote(v, safe="") for v in pick[kind]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--n", type=int, default=60, help="different requests per route")
    parser.add_argument("--warm-views", action="store_true", help="build every stored view first")
    parser.add_argument("--profile", choices=ROUTES, help="cProfile this route's cold requests")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    from rasid.service.workspace import Workspace
    from rasid.settings import Settings
    from rasid.web.app import create_app

    folder = Path(tempfile.mkdtemp(prefix="rasid-route-cost-"))
    db = folder / "copy.db"
    shutil.copyfile(args.db, db)
    settings = Settings.load(flags={"db": str(db), "token": "t", "workers": 0}, environ={})
    if args.warm_views:
        started = time.process_time()
        with Workspace(settings) as ws:
            print(ws.refresh_views(), f"({time.process_time() - started:.1f} s CPU)", file=sys.stderr)
    rng = random.Random(args.seed)
    with Workspace(settings) as ws:
        stories = [s.id for s in ws.stories("size", limit=300)]
        entities = [e.id for e, _ in ws.entities(limit=1000)]
        articles = [a.id for a in ws.articles(limit=10_000).articles]
    pick = {"story": rng.sample(stories, min(args.n, len(stories))),
            "entity": rng.sample(entities, min(args.n, len(entities))),
            "article": rng.sample(articles, min(args.n, len(articles))),
            "query": QUERIES[: args.n]}
    app = create_app(settings)
    rows = []
    if args.profile:
        # cProfile sees one thread: the handlers run in this one while profiling.
        import fastapi.dependencies.utils
        import fastapi.routing

        async def inline(func, *a, **kw):
            return func(*a, **kw)

        fastapi.routing.run_in_threadpool = fastapi.dependencies.utils.run_in_threadpool = inline

    async def run() -> None:
        async with app.router.lifespan_context(app):
            for phase in ("cold", "again"):
                for route in ROUTES:
                    costs = []
                    profile = cProfile.Profile() if (args.profile == route and phase == "cold") else None
                    for path in paths_for(route, pick):
                        started = time.process_time()
                        if profile:
                            profile.enable()
                        status, size = await call(app, path)
                        if profile:
                            profile.disable()
                        costs.append((time.process_time() - started) * 1000)
                        if status != 200:
                            print(f"  {path}: HTTP {status}", file=sys.stderr)
                    rows.append((phase, route, costs))
                    if profile:
                        out = io.StringIO()
                        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(35)
                        print(out.getvalue(), file=sys.stderr)

    asyncio.run(run())
    print(f"{'phase':<7}{'route':<14}{'n':>5}{'mean ms':>9}{'p50':>7}{'p95':>7}{'max':>7}")
    for phase, route, costs in rows:
        ordered = sorted(costs)
        print(f"{phase:<7}{route:<14}{len(costs):>5}{statistics.mean(costs):>9.2f}{ordered[len(ordered) // 2]:>7.2f}"
              f"{ordered[int(0.95 * (len(ordered) - 1))]:>7.2f}{ordered[-1]:>7.1f}")
    for phase in ("cold", "again"):
        every = [c for p, _, costs in rows if p == phase for c in costs]
        print(f"{phase:<7}{'all':<14}{len(every):>5}{statistics.mean(every):>9.2f}")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
