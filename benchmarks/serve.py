"""Serving benchmark: ``rasid serve`` on all of SaudiNewsNet under 50 concurrent clients.

    python benchmarks/serve.py [--db PATH] [--clients 50] [--seconds 60] [--hold-out 2]

Builds the database once (``rasid run`` on SaudiNewsNet less its last ``--hold-out`` days,
under ``nice``) unless ``--db`` already exists, starts ``rasid serve`` on it, and for
``--seconds`` has ``--clients`` closed-loop clients (each sends its next request when the last
one is answered) ask for the story page, search, the entity page and the article page, and the
API twin of each, over many different stories, names, articles and queries.  It prints
requests/s and p50/p95/p99 latency per route, then does the same while an ingest job of the
held-out days (posted to /api/v1/ingest) runs.  Any answer other than 200 is a failure; the
server's log is searched for "database is locked".

The clients are a small asyncio HTTP/1.1 client with keep-alive (cheaper than a full client
library, so the load generator takes less of the machine it shares with the server).  The
load average of the machine is printed with the results: on a shared machine it says what
else was running.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAUDINEWSNET = ROOT.parent / "shared" / "data" / "saudinewsnet"
TOKEN = "benchmark-token"
ROUTES = ("story page", "story api", "search page", "search api", "entity page", "entity api",
          "article page", "article api")
# Queries an analyst of that summer's Saudi news would type, plus the top names found below.
QUERIES = ["الحج", "اليمن", "الحوثي", "داعش", "النفط", "أسعار النفط", "الهلال", "النصر", "الأهلي", "وزارة الصحة",
           "كورونا", "الملك سلمان", "ولي العهد", "إيران", "الاتفاق النووي", "مجلس الشورى", "التعليم", "الرياض",
           "جدة", "مكة المكرمة", "المدينة المنورة", "العمالة", "الأمطار", "الدفاع المدني", "سوق الأسهم", "البطالة",
           "الإسكان", "رمضان", "عيد الفطر", "المرور", "\"عاصفة الحزم\"", "تفجير", "الإرهاب", "سوريا", "مصر"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(db: Path, hold_out: int) -> list[Path]:
    """The database of all but the last ``hold_out`` days (built once); returns the held-out files."""
    days = sorted(SAUDINEWSNET.glob("*.json"))
    if not days:
        raise SystemExit(f"no SaudiNewsNet at {SAUDINEWSNET}")
    base, new = days[: len(days) - hold_out], days[len(days) - hold_out:]
    if not db.exists():
        print(f"building {db} from {len(base)} days of SaudiNewsNet (once; nice'd)...", file=sys.stderr)
        started = time.time()
        subprocess.run(["nice", "-n", "10", sys.executable, "-m", "rasid", "run", *map(str, base), "--db", str(db)],
                       check=True, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        print(f"built in {time.time() - started:.0f} s", file=sys.stderr)
    return new


def start_server(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-m", "rasid", "serve", "--db", str(db), "--port", str(port),
                                "--token", TOKEN, "--upload-limit-mb", "200"],
                               env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/api/v1/stories?limit=1", timeout=5)
            return process, base
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"rasid serve stopped: {log.read_text()}")
            time.sleep(0.5)
    process.kill()
    raise SystemExit("rasid serve did not start in 2 minutes")


def _get(base: str, path: str):
    with urllib.request.urlopen(base + path, timeout=120) as response:
        return json.loads(response.read())


def targets(base: str, seed: int = 13) -> dict[str, list[str]]:
    """Many different things to ask for, as a day of analysts would: the 300 largest stories,
    the 1,000 most salient names, 2,000 articles drawn from everything, and queries."""
    rng = random.Random(seed)
    stories = [s["id"] for offset in range(0, 300, 100)
               for s in _get(base, f"/api/v1/stories?limit=100&offset={offset}")]
    entities = [e for offset in range(0, 1000, 200) for e in _get(base, f"/api/v1/entities?limit=200&offset={offset}")]
    articles, cursor = [], None
    while True:
        page = _get(base, "/api/v1/articles?limit=200" + (f"&cursor={cursor}" if cursor else ""))
        articles += [a["id"] for a in page["articles"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    queries = QUERIES + [e["name"] for e in entities[:65]]
    return {"story": stories, "entity": [e["id"] for e in entities], "article": rng.sample(articles, min(2000, len(articles))),
            "query": queries}


def request_for(route: str, pick: dict[str, list[str]], rng: random.Random) -> str:
    kind = route.split()[0]
    api = route.endswith("api")
    if kind == "search":
        q = urllib.parse.quote(rng.choice(pick["query"]))
        return f"/api/v1/search?q={q}" if api else f"/search?q={q}"
    value = urllib.parse.quote(rng.choice(pick[kind]), safe="")
    plural = {"story": "stories", "entity": "entities", "article": "articles"}[kind]
    return f"/api/v1/{plural}/{value}" if api else f"/{kind}/{value}"


class Connection:
    """One keep-alive HTTP/1.1 connection: GET, read the status and the body."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str) -> int:
        for attempt in (0, 1):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            try:
                self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\nConnection: keep-alive\r\n\r\n".encode())
                await self.writer.drain()
                return await self._response()
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if attempt:
                    raise
        return 0

    async def _response(self) -> int:
        status_line = await self.reader.readuntil(b"\r\n")
        status = int(status_line.split()[1])
        length, chunked, closing = 0, False, False
        while (line := await self.reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value:
                chunked = True
            elif name == "connection" and value == "close":
                closing = True
        if chunked:
            while (size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)):
                await self.reader.readexactly(size + 2)
            await self.reader.readuntil(b"\r\n")
        else:
            await self.reader.readexactly(length)
        if closing:
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(base: str, pick: dict[str, list[str]], clients: int, seconds: float, seed: int):
    parts = urllib.parse.urlsplit(base)
    latencies: dict[str, list[float]] = defaultdict(list)
    failures: dict[str, list[str]] = defaultdict(list)
    deadline = time.perf_counter() + seconds

    async def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        connection = Connection(parts.hostname, parts.port)
        while time.perf_counter() < deadline:
            route = rng.choice(ROUTES)
            path = request_for(route, pick, rng)
            started = time.perf_counter()
            try:
                status = await asyncio.wait_for(connection.get(path), timeout=60)
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
                connection.close()
                failures[route].append(f"{path}: {type(exc).__name__}")
                continue
            elapsed = time.perf_counter() - started
            latencies[route].append(elapsed)
            if status != 200:
                failures[route].append(f"{path}: HTTP {status}")
        connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    return latencies, failures, time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def report(title: str, latencies, failures, elapsed: float) -> list[dict]:
    print(f"\n{title}")
    print(f"{'route':<14}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'failed':>8}")
    rows = []
    for route in ROUTES:
        values = latencies.get(route, [])
        row = {"route": route, "requests": len(values), "rps": len(values) / elapsed,
               "p50": percentile(values, 50) * 1000, "p95": percentile(values, 95) * 1000,
               "p99": percentile(values, 99) * 1000, "failed": len(failures.get(route, []))}
        rows.append(row)
        print(f"{route:<14}{row['requests']:>9}{row['rps']:>8.1f}{row['p50']:>9.0f}{row['p95']:>9.0f}{row['p99']:>9.0f}"
              f"{row['failed']:>8}")
    total = sum(len(v) for v in latencies.values())
    print(f"{'all':<14}{total:>9}{total / elapsed:>8.1f}")
    for route, problems in failures.items():
        for problem in problems[:3]:
            print(f"  failed: {route}: {problem}")
    return rows


def post_ingest(base: str, files: list[Path]) -> str:
    boundary = "rasid-benchmark-boundary"
    body = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{f.name}\"\r\n"
                    f"Content-Type: application/json\r\n\r\n".encode() + f.read_bytes() + b"\r\n" for f in files)
    body += f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(base + "/api/v1/ingest", data=body, method="POST", headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read())["id"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "rasid-bench-serve.db"))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--hold-out", type=int, default=2, help="last days of SaudiNewsNet kept for the ingest phase")
    parser.add_argument("--no-ingest", action="store_true", help="skip the phase with an ingest running")
    parser.add_argument("--ingest-wait", type=float, default=1800,
                        help="seconds to wait, after the measurements, for the ingest job to finish and report")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    built = Path(args.db)
    held_out = build(built, args.hold_out)
    # Served from a copy: the ingest phase adds the held-out days, and the next run must start
    # from the same database.
    db = built.with_suffix(".run.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(built, db)
    log = db.with_suffix(".serve.log")
    server, base = start_server(db, log)
    results = {"cores": os.cpu_count(), "clients": args.clients, "seconds": args.seconds}
    try:
        pick = targets(base)
        articles = sum(c["count"] for c in _get(base, "/api/v1/counts?by=language"))
        print(f"serving {db} ({articles} articles) at {base}; {len(pick['story'])} stories, "
              f"{len(pick['entity'])} names, {len(pick['article'])} articles, {len(pick['query'])} queries to ask for; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        asyncio.run(load(base, pick, 5, 5, seed=1))  # warm up connections and imports, not the answers
        load_before = os.getloadavg()[0]
        latencies, failures, elapsed = asyncio.run(load(base, pick, args.clients, args.seconds, seed=2))
        results["reads"] = report(f"{args.clients} clients, {elapsed:.0f} s (load average {load_before:.1f} -> "
                                  f"{os.getloadavg()[0]:.1f})", latencies, failures, elapsed)
        if not args.no_ingest and held_out:
            job = post_ingest(base, held_out)
            load_before = os.getloadavg()[0]
            latencies, failures, elapsed = asyncio.run(load(base, pick, args.clients, args.seconds, seed=3))
            status = _get(base, f"/api/v1/jobs/{job}")
            results["during_ingest"] = report(
                f"{args.clients} clients, {elapsed:.0f} s, while ingesting {', '.join(f.name for f in held_out)} "
                f"(job {status['state']}, {status['phase']}: read {status['read']}, added {status['ingested']}; "
                f"load average {load_before:.1f} -> {os.getloadavg()[0]:.1f})", latencies, failures, elapsed)
            deadline = time.time() + args.ingest_wait
            while status["state"] not in ("done", "failed") and time.time() < deadline:
                time.sleep(5)
                status = _get(base, f"/api/v1/jobs/{job}")
            print(f"ingest job {status['state']} ({status['phase']}): added {status['ingested']}, "
                  f"failed {len(status['failed'])}" + (f", error: {status['error']}" if status.get("error") else "")
                  + "".join(f"\n  {line}" for line in status["stages"]))
            results["ingest_job"] = {k: status[k] for k in ("state", "phase", "ingested", "already_present", "stages")}
    finally:
        server.terminate()
        server.wait(timeout=30)
    locked = len(re.findall("database is locked", log.read_text(errors="replace")))
    print(f"'database is locked' in the server log: {locked} times")
    results["database_locked"] = locked
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
