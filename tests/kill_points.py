"""Kill ``rasid run`` at every write point of every stage, rerun it, and compare the database
with a clean run's.  Used by tests/test_crash_safety.py; run alone it prints a JSON report:

    python tests/kill_points.py --db sqlite --out DIR PATH...
    python tests/kill_points.py --db postgresql://... --out DIR PATH...

A trial starts from a snapshot of the database as a clean run had it when the stage began,
runs ``rasid run`` with ``RASID_FAULT`` naming the point (the process SIGKILLs itself there),
then runs ``rasid run`` again and fingerprints the result.  Points: each named write point
(rasid.pipeline.faults.POINTS), and before each commit of the stages that store batch by
batch (``trials`` says why that covers every write).

Each trial's runs are children forked from this process once it has run the job itself, so
the models are loaded once, not twice per trial; the children are real processes killed for
real, ``--jobs`` of them at once (each on its own database).  A kill that leaves the database
exactly as an earlier trial's kill did is not rerun a second time (see ``main``).
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

    def state(self, name: str) -> tuple[str, str]:
        """(digest of every row of every table, integrity) of the database as the next process
        to open it will find it, read from a copy of its files, so that the next run still
        finds them as the killed one left them (a WAL with uncommitted frames, a stale -shm)."""
        import shutil
        import sqlite3

        copy = self.folder / "inspected.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        for suffix in ("", "-wal"):  # without its -shm the copy rebuilds the WAL index, as after a reboot
            if Path(self.url(name) + suffix).exists():
                shutil.copyfile(self.url(name) + suffix, f"{copy}{suffix}")
        with sqlite3.connect(copy) as db:
            tables = [name for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
            # rowid too (where a table has one): rows equal but stored in another order could be
            # read back in another order.
            rows = {table: sorted(map(repr, _rows_with_rowid(db, table))) for table in tables}
            rows["sqlite_master"] = sorted(map(repr, db.execute("SELECT * FROM sqlite_master")))
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        db.close()
        return _digest(rows), integrity

    def drop(self, name: str) -> None:
        """A trial's database once it has been read (its logs stay)."""
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(self.url(name) + suffix).unlink(missing_ok=True)

    def drop_all(self) -> None:
        pass  # the test's tmp_path goes with the files


def _rows_with_rowid(db, table: str):
    import sqlite3

    try:
        return db.execute(f'SELECT rowid, * FROM "{table}"').fetchall()
    except sqlite3.OperationalError:  # a WITHOUT ROWID table (FTS5 keeps some)
        return db.execute(f'SELECT * FROM "{table}"').fetchall()


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

    def state(self, name: str) -> tuple[str, str]:
        """(digest of every row of every table and every sequence's position, integrity)."""
        import psycopg

        rows: dict[str, list[str]] = {}
        with psycopg.connect(self.url(name)) as db:
            tables = [t for (t,) in db.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")]
            for table in tables:
                rows[table] = sorted(map(repr, db.execute(f'SELECT * FROM "{table}"')))
            for (sequence,) in db.execute(
                    "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'").fetchall():
                rows[f"sequence {sequence}"] = [repr(db.execute(f'SELECT last_value, is_called FROM "{sequence}"').fetchone())]
        return _digest(rows), self.integrity(name)

    def drop(self, name: str) -> None:
        self.admin.execute(f"DROP DATABASE IF EXISTS {self.prefix}_{name} WITH (FORCE)")

    def drop_all(self) -> None:
        """The snapshots and trials, so the server's data folder does not grow with every test."""
        for (database,) in self.admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                              (f"{self.prefix}\\_%",)).fetchall():
            self.admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


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
def _start_child(url: str, paths: list[str], fault: str | None, log: Path, batch_size: int | None) -> int:
    """``rasid run`` in a forked child; returns its pid."""
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

            batch = ["--batch-size", str(batch_size)] if batch_size else []
            code = main(["run", "--db", url, "--workers", "0", *batch, *paths])
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    return pid


def _exit_status(status: int) -> int:
    """A child's exit status (-9 when it killed itself)."""
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


class Children:
    """Up to ``jobs`` runs at once, each a real process of its own on its own database; what
    one run finds depends on nothing another does, so the order they end in changes nothing."""

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self.queue: list[tuple[object, object]] = []  # (key, start: () -> pid)
        self.running: dict[int, tuple[object, float]] = {}

    def add(self, key, start, first: bool = False) -> None:
        self.queue.insert(0, (key, start)) if first else self.queue.append((key, start))

    def finished(self):
        """Yields (key, exit status, seconds) as runs end, starting queued ones meanwhile
        (a caller may add more while iterating)."""
        while self.queue or self.running:
            while self.queue and len(self.running) < self.jobs:
                key, start = self.queue.pop(0)
                self.running[start()] = (key, time.perf_counter())
            pid, status = os.wait()
            key, began = self.running.pop(pid)
            yield key, _exit_status(status), time.perf_counter() - began


def staged_clean_run(databases, paths: list[str], batch_size: int | None = None) -> dict[str, dict[str, int]]:
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
                    ingest(paths, store, executor=LocalExecutor(workers=0),
                           **({"batch_size": batch_size} if batch_size else {}))
                else:
                    run_stages(StageContext(store, LocalExecutor(workers=0), _no_progress, batch_size=batch_size),
                               only={stage})
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
    parser.add_argument("--batch-size", type=int, help="rasid run's --batch-size (default: its own)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="runs at once (default: 2)")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.db == "sqlite":
        databases = SQLiteDatabases(out)
    else:
        databases = PostgresDatabases(args.db, f"kill{os.getpid()}")
    started = time.perf_counter()
    children = Children(args.jobs)
    # The clean run is a child of its own, started before this process loads any model, while
    # this process runs the job stage by stage (the snapshots the trials start from).
    reference_url = databases.copy(None, "clean")
    clean_pid = _start_child(reference_url, args.paths, None, out / "clean.log", args.batch_size)
    hits = staged_clean_run(databases, args.paths, args.batch_size)
    staged = fingerprint(databases.url("staged"))
    staged_seconds = time.perf_counter() - started
    clean_code = _exit_status(os.waitpid(clean_pid, 0)[1])
    reference = fingerprint(reference_url)
    report = {"clean_exit": clean_code, "reference": reference, "staged_equal": staged == reference,
              "commits": {stage: reached.get("store.before_commit", 0) for stage, reached in hits.items()},
              "reached": hits, "trials": [], "reruns": 0, "jobs": children.jobs,
              "staged_seconds": round(staged_seconds, 1),
              "clean_seconds": round(time.perf_counter() - started, 1)}
    planned = trials(hits)
    if args.only:
        planned = [t for t in planned if t[1] in args.only.split(",")]

    def kill(i: int, stage: str, fault: str):
        def start() -> int:
            url = databases.copy(f"before_{stage}", f"trial{i}")
            return _start_child(url, args.paths, fault, out / f"trial{i}.killed.log", args.batch_size)
        return start

    def rerun(i: int):
        return lambda: _start_child(databases.url(f"trial{i}"), args.paths, None, out / f"trial{i}.rerun.log",
                                    args.batch_size)

    # What a rerun does depends only on the database it finds (the input and the code are the
    # same every time): a trial that leaves the database exactly as an earlier one did, row for
    # row, table for table, is not rerun again; it shares that rerun's result.  (A kill inside
    # a stage's one transaction leaves the stage's snapshot, so most of them share one rerun.)
    report["trials"] = [{"stage": stage, "fault": fault} for stage, fault in planned]
    for i, (stage, fault) in enumerate(planned):
        children.add(("killed", i), kill(i, stage, fault))
    rerun_of: dict[str, int] = {}  # the state a kill left -> the trial whose rerun is tried from it
    outcomes: dict[int, dict] = {}
    for (kind, i), status, seconds in children.finished():
        trial = report["trials"][i]
        if kind == "killed":
            trial["state"], trial["killed_integrity"] = databases.state(f"trial{i}")
            trial.update(killed=status == -9, killed_status=status, killed_seconds=round(seconds, 1))
            if trial["state"] not in rerun_of:
                rerun_of[trial["state"]] = i
                children.add(("rerun", i), rerun(i), first=True)
            else:
                databases.drop(f"trial{i}")
        else:
            got = fingerprint(databases.url(f"trial{i}"))
            outcomes[i] = {"rerun_exit": status, "equal": got == reference, "integrity": databases.integrity(f"trial{i}"),
                           "differs": sorted(k for k in reference if got.get(k) != reference[k]), "rerun_of": i,
                           "rerun_seconds": round(seconds, 1)}
            report["reruns"] += 1
            databases.drop(f"trial{i}")
    for i, trial in enumerate(report["trials"]):
        owner = rerun_of[trial.pop("state")]
        trial.update(outcomes[owner], **({} if owner == i else {"rerun_seconds": 0.0}))
    databases.drop_all()
    report["seconds"] = round(time.perf_counter() - started, 1)
    json.dump(report, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
