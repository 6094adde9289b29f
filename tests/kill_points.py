"""Kill ``rasid run`` at every write point of every stage, rerun it, and compare the database
with a clean run's.  Used by tests/test_crash_safety.py; run alone it prints a JSON report:

    python tests/kill_points.py --db sqlite --out DIR PATH...
    python tests/kill_points.py --db postgresql://... --out DIR PATH...

A trial starts from a snapshot of the database as a clean run had it when the stage began,
runs ``rasid run`` with ``RASID_FAULT`` naming the point (the process SIGKILLs itself there),
then runs ``rasid run`` again and fingerprints the result.  Points: each named write point
(rasid.pipeline.faults.POINTS), and before each commit of the stages that store batch by
batch (``trials`` says why that covers every write).

Each run is a child forked from this process once it has run the job itself, so the models
are loaded once, not twice per trial; the children are real processes killed for real.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.pipeline import faults  # noqa: E402

STAGES = ("ingest", "enrich", "stories", "entities")


# -- databases: a SQLite file or a PostgreSQL database per snapshot and per trial -------------
class SQLiteDatabases:
    def __init__(self, folder: Path):
        self.folder = folder

    def url(self, name: str) -> str:
        return str(self.folder / f"{name}.db")

    def copy(self, source: str | None, name: str) -> str:
        import sqlite3

        target = self.url(name)
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(target + suffix).unlink(missing_ok=True)
        if source is not None:
            with sqlite3.connect(self.url(source)) as src, sqlite3.connect(target) as dst:
                src.backup(dst)
        return target

    def integrity(self, name: str) -> str:
        import sqlite3

        with sqlite3.connect(self.url(name)) as db:
            return db.execute("PRAGMA integrity_check").fetchone()[0]


class PostgresDatabases:
    def __init__(self, admin_url: str, prefix: str):
        import psycopg

        self.admin = psycopg.connect(admin_url, autocommit=True)
        self.base = admin_url.split("?")[0].rsplit("/", 1)[0]
        self.query = ("?" + admin_url.split("?", 1)[1]) if "?" in admin_url else ""
        self.prefix = prefix

    def url(self, name: str) -> str:
        return f"{self.base}/{self.prefix}_{name}{self.query}"

    def copy(self, source: str | None, name: str) -> str:
        target = f"{self.prefix}_{name}"
        self.admin.execute(f"DROP DATABASE IF EXISTS {target} WITH (FORCE)")
        template = f" TEMPLATE {self.prefix}_{source}" if source is not None else ""
        self.admin.execute(f"CREATE DATABASE {target}{template}")
        return self.url(name)

    def integrity(self, name: str) -> str:
        return "ok"  # the server's own WAL recovery; nothing like SQLite's integrity_check to ask


def fingerprint(url: str) -> dict[str, str]:
    """What a user sees of the database: articles (text, metadata, entities, dates, quotes),
    documents (copy groups, stories with their events, entities) and the saved stage state."""
    from rasid.storage.base import open_store
    from rasid.storage.codec import article_as_dict

    parts: dict[str, str] = {}
    with open_store(url) as store:
        articles = sorted((a.id, json.dumps(article_as_dict(a), sort_keys=True, ensure_ascii=False))
                          for a in store.iter_articles())
        parts["articles"] = _digest(articles)
        parts["article_count"] = str(len(articles))
        for kind in ("copy_group", "story", "entity"):
            documents = sorted((d.id, json.dumps(d.data, sort_keys=True, ensure_ascii=False), d.sort_key,
                                sorted(d.article_ids)) for d in store.iter_documents(kind))
            parts[kind] = _digest(documents)
            parts[f"{kind}_count"] = str(len(documents))
        events = sorted(e["id"] for d in store.iter_documents("story") for e in d.data.get("events", []))
        parts["event_count"] = str(len(events))
        parts["quote_count"] = str(sum(len(a.quotes) for a in store.iter_articles()))
        for stage in ("copies", "stories", "entities"):
            state = store.get_state(stage)
            parts[f"state_{stage}"] = hashlib.blake2b(state or b"", digest_size=8).hexdigest()
    return parts


def _digest(rows) -> str:
    return hashlib.blake2b(json.dumps(rows, ensure_ascii=False).encode(), digest_size=16).hexdigest()


# -- runs -----------------------------------------------------------------------------------
def _child_run(url: str, paths: list[str], fault: str | None, log: Path) -> int:
    """``rasid run`` in a forked child; its exit status (-9 when it killed itself)."""
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            faults.reset()
            os.environ.pop(faults.ENV, None)
            if fault:
                os.environ[faults.ENV] = fault
            from rasid.cli.main import main

            code = main(["run", "--db", url, "--workers", "0", *paths])
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def staged_clean_run(databases, paths: list[str]) -> dict[str, dict[str, int]]:
    """The job run stage by stage in this process, a snapshot taken before each stage; returns
    how often each stage reached each point (``store.before_commit``: how many commits it
    made).  Loads every model into this process for the children."""
    from rasid.executor.local import LocalExecutor
    from rasid.pipeline.ingest import ingest
    from rasid.pipeline.stages import StageContext, run_stages
    from rasid.storage.base import open_store

    hits: dict[str, dict[str, int]] = {stage: {} for stage in STAGES}
    current = {"stage": "ingest"}
    original = faults.point

    def counting(name: str) -> None:
        reached = hits[current["stage"]]
        reached[name] = reached.get(name, 0) + 1
        original(name)

    faults.point = counting
    try:
        url = databases.copy(None, "staged")
        for stage in STAGES:
            current["stage"] = stage
            with open_store(url) as store:
                pass  # migrated: the snapshot before ingest is an empty rasid database
            databases.copy("staged", f"before_{stage}")
            with open_store(url) as store:
                if stage == "ingest":
                    ingest(paths, store, executor=LocalExecutor(workers=0))
                else:
                    run_stages(StageContext(store, LocalExecutor(workers=0), _no_progress), only={stage})
    finally:
        faults.point = original
    return hits


class _no_progress:  # noqa: N801 - stands in for the CLI's progress bar factory
    def __init__(self, **_):
        pass

    def update(self, *_):
        pass

    def close(self):
        pass


def trials(hits: dict[str, dict[str, int]]) -> list[tuple[str, str]]:
    """(stage whose snapshot the trial starts from, RASID_FAULT value).

    Every named point each time the clean run reached it.  Inside a stage's last transaction
    the named points already cover "all written, not committed" and ``stage.after`` covers
    "committed"; where a stage commits several times (ingest stores templates and batches,
    enrich batch by batch), a kill before each commit but the first is tried too (before
    the first, nothing of the stage is written: the trial would start from the snapshot)."""
    planned = []
    for stage in STAGES:
        reached = hits.get(stage, {})
        for point in (p for p in faults.POINTS if p.startswith(f"{stage}.")):
            planned += [(stage, f"{point}@{n}" if n > 1 else point) for n in range(1, reached.get(point, 0) + 1)]
        if stage in ("ingest", "enrich"):
            planned += [(stage, f"store.before_commit@{n}") for n in range(2, reached.get("store.before_commit", 0) + 1)]
        if stage != "ingest":
            # From this snapshot the stages before it find nothing to do (and write nothing).
            planned.append((stage, f"stage.after@{STAGES.index(stage)}"))
    return planned


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite", help="sqlite, or an admin postgresql:// URL")
    parser.add_argument("--out", required=True, help="folder for databases and logs")
    parser.add_argument("--only", help="comma-separated RASID_FAULT values to try (default: all)")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.db == "sqlite":
        databases = SQLiteDatabases(out)
    else:
        databases = PostgresDatabases(args.db, f"kill{os.getpid()}")
    started = time.perf_counter()
    reference_url = databases.copy(None, "clean")
    clean_code = _child_run(reference_url, args.paths, None, out / "clean.log")
    reference = fingerprint(reference_url)
    hits = staged_clean_run(databases, args.paths)
    staged = fingerprint(databases.url("staged"))
    report = {"clean_exit": clean_code, "reference": reference, "staged_equal": staged == reference,
              "commits": {stage: reached.get("store.before_commit", 0) for stage, reached in hits.items()},
              "reached": hits, "trials": []}
    planned = trials(hits)
    if args.only:
        planned = [t for t in planned if t[1] in args.only.split(",")]
    for i, (stage, fault) in enumerate(planned):
        name = f"trial{i}"
        url = databases.copy(f"before_{stage}", name)
        killed = _child_run(url, args.paths, fault, out / f"{name}.killed.log")
        rerun = _child_run(url, args.paths, None, out / f"{name}.rerun.log")
        got = fingerprint(url)
        report["trials"].append({
            "stage": stage, "fault": fault, "killed": killed == -9, "killed_status": killed, "rerun_exit": rerun,
            "equal": got == reference, "integrity": databases.integrity(name),
            "differs": sorted(k for k in reference if got.get(k) != reference[k]),
        })
    report["seconds"] = round(time.perf_counter() - started, 1)
    json.dump(report, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
