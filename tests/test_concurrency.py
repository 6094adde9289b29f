"""Several rasid processes on one database at once: two ingests into a new file, the same file
twice, two runs, a search while a run writes, two runs on one PostgreSQL.  Each ends with
every article stored once, enriched before it is clustered, and no "database is locked"."""

from __future__ import annotations

import fcntl
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, empty_postgres_database, need

from rasid.storage.schema import migrations

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _start(*args, db) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "rasid", *args, "--db", str(db), "--workers", "0"], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(procs: list[subprocess.Popen], timeout: float = 300) -> list[tuple[int, str]]:
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)  # a hang fails here
        results.append((proc.returncode, err))
    for code, err in results:
        assert code == 0, err
        assert "locked" not in err and "Traceback" not in err and "internal error" not in err, err
    return results


@pytest.fixture
def halves(tmp_path, seeds) -> tuple[Path, Path]:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for page in sorted(seeds.glob("*.txt")):
        shutil.copy(page, (first if page.name < "002" else second) / page.name)
    return first, second


def _counts(db) -> tuple[int, int]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone()


def _open_store(path: str, answers) -> None:
    from rasid.storage.sqlite import SQLiteStore
    try:
        SQLiteStore(path).close()
        answers.put("opened")
    except Exception as exc:  # the test reports what a user would have seen
        answers.put(str(exc))


def test_processes_opening_one_new_database_at_once_all_open_it(tmp_path):
    # Each process creates the schema or waits for another's, and switches the file to WAL:
    # the switch and the first look at the schema once failed about once in 150 openings.
    context = multiprocessing.get_context("fork")
    failures = []
    for trial in range(120):
        answers = context.Queue()
        openers = [context.Process(target=_open_store, args=(str(tmp_path / f"{trial}.db"), answers))
                   for _ in range(4)]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join(60)
        failures += [a for a in (answers.get(timeout=5) for _ in openers) if a != "opened"]
    assert failures == []


def test_two_ingests_into_a_new_database_never_race_on_its_schema(tmp_path, halves):
    for trial in range(3):
        db = tmp_path / f"new{trial}.db"
        _finish([_start("ingest", str(halves[0]), db=db), _start("ingest", str(halves[1]), db=db)])
        assert _counts(db) == (5, 5)
        with sqlite3.connect(db) as con:
            # Each migration applied once, not once per process.
            assert con.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == len(migrations("sqlite"))


def test_the_same_files_ingested_twice_at_once_are_stored_once(tmp_path, seeds):
    for trial in range(3):
        db = tmp_path / f"same{trial}.db"
        results = _finish([_start("ingest", str(seeds), db=db) for _ in range(2)], timeout=120)
        assert _counts(db) == (5, 5)
        reports = [err.strip().splitlines()[-1] for _, err in results]
        # Between them: each page ingested once and found present once.
        assert sum(int(r.split("ingested ")[1].split(",")[0]) for r in reports) == 5, reports


def _story_membership(db) -> dict[str, list[str]]:
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT article_id, id FROM document_articles WHERE kind = 'story'").fetchall()
    membership: dict[str, list[str]] = {}
    for article_id, story_id in rows:
        membership.setdefault(article_id, []).append(story_id)
    return membership


def _all_enriched(db) -> bool:
    with sqlite3.connect(db) as con:
        marks = [json.loads(a)["meta"].get("annotated") for (a,) in con.execute("SELECT annotations FROM articles")]
    return all(marks)


def test_two_runs_at_once_cluster_every_article_once_and_only_once_enriched(tmp_path, halves):
    db = tmp_path / "two.db"
    results = _finish([_start("run", str(halves[0]), db=db), _start("run", str(halves[1]), db=db)])
    assert _counts(db) == (5, 5) and _all_enriched(db)
    membership = _story_membership(db)
    assert len(membership) == 5 and all(len(stories) == 1 for stories in membership.values())
    clustered = sum(int(err.split("clustered ")[1].split(" ")[0]) for _, err in results)
    assert clustered == 5  # each article clustered by exactly one of the two runs
    again = _finish([_start("run", str(halves[0]), str(halves[1]), db=db)])[0][1]
    assert "clustered 0 new articles" in again and "enriched 0 articles" in again


def test_only_enriched_articles_are_clustered(tmp_path, seeds):
    """What a second run still enriching its articles leaves for the first run's stories
    stage: those articles wait for the next run, which clusters them once enriched."""
    from rasid.executor.local import LocalExecutor
    from rasid.pipeline.enrich import enrich_stored
    from rasid.pipeline.ingest import ingest
    from rasid.storage.sqlite import SQLiteStore
    from rasid.stories.stage import cluster_stored

    pages = sorted(seeds.glob("*.txt"))
    with SQLiteStore(tmp_path / "r.db") as store:
        ingest(pages[:3], store, executor=LocalExecutor(workers=0))
        enrich_stored(store, LocalExecutor(workers=0))
        ingest(pages[3:], store, executor=LocalExecutor(workers=0))  # stored, not yet enriched
        assert cluster_stored(store)[0] == 3
        enrich_stored(store, LocalExecutor(workers=0))
        assert cluster_stored(store)[0] == 2


def test_a_second_run_waits_for_the_first_and_says_so(tmp_path, seeds):
    db = tmp_path / "wait.db"
    assert subprocess.run([sys.executable, "-m", "rasid", "ingest", str(seeds), "--db", str(db)], env=ENV,
                          capture_output=True).returncode == 0
    with open(str(db) + ".lock", "w") as held:  # as a run in its stages holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        proc = _start("run", str(seeds), db=db)
        # Until it says it waits (however long a busy machine takes to get it there), then a
        # little longer: it must still be waiting, not failing.
        said: list[str] = []

        def read() -> None:
            for line in proc.stderr:
                said.append(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        deadline = time.time() + 120
        while not any("another rasid run" in line for line in said):
            assert time.time() < deadline and proc.poll() is None, said
            time.sleep(0.2)
        time.sleep(1)
        assert proc.poll() is None
    proc.stdout.read()
    assert proc.wait(timeout=300) == 0
    reader.join(timeout=30)
    err = "".join(said)
    assert "locked" not in err and "Traceback" not in err and "internal error" not in err, err
    waiting = [line for line in err.splitlines() if "another rasid run" in line]
    assert len(waiting) == 1 and "waiting for it to finish" in waiting[0]


def test_two_runs_on_one_postgresql_store_every_article_once(postgres_server, halves):
    import psycopg

    url = empty_postgres_database(postgres_server, f"rasid_two_runs_{os.getpid()}")
    # A fresh database: both migrate it at once, then both run their stages in turn.
    results = _finish([_start("run", str(halves[0]), db=url), _start("run", str(halves[1]), db=url),
                       _start("ingest", str(halves[0]), str(halves[1]), db=url)])
    with psycopg.connect(url) as con:
        assert con.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone() == (5, 5)
        linked = con.execute("SELECT article_id, COUNT(*) FROM document_articles WHERE kind = 'story' "
                             "GROUP BY article_id").fetchall()
        assert len(linked) == 5 and all(n == 1 for _, n in linked)
        assert con.execute("SELECT COUNT(*) FROM articles WHERE annotations->'meta'->>'annotated' IS NULL").fetchone()[0] == 0
    clustered = sum(int(err.split("clustered ")[1].split(" ")[0]) for _, err in results[:2])
    assert clustered == 5


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_searches_and_the_web_app_answer_while_a_run_writes(tmp_path):
    """``rasid search`` processes and ``rasid serve``'s API, reading while ``rasid run`` fills a
    new database: every search and every request answers, none says the database is locked.
    One writer serves both readers (a run of 60 real articles is most of this test's time)."""
    import httpx

    day = json.loads(need(SHARED / "data" / "saudinewsnet" / "2015-07-23.json").read_text(encoding="utf-8"))
    pages = tmp_path / "day.json"
    pages.write_text(json.dumps(day[:60], ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "busy.db"
    # A fresh database, stored in six batches; its report (stdout) is not read until it ends.
    writer = subprocess.Popen([sys.executable, "-m", "rasid", "run", str(pages), "--batch-size", "10", "--db", str(db),
                               "--workers", "0"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # rasid serve refuses a database that does not exist yet: it starts once the run has made it.
    deadline = time.time() + 120
    while not db.exists():
        assert time.time() < deadline and writer.poll() is None, writer.stderr.read() if writer.poll() is not None else ""
        time.sleep(0.1)
    server_log = tmp_path / "serve.log"
    port = _free_port()
    with open(server_log, "w") as log:
        server = subprocess.Popen([sys.executable, "-m", "rasid", "serve", "--db", str(db), "--port", str(port),
                                   "--processes", "2"], env=ENV, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/api/v1"
    searches = requests = 0
    try:
        while writer.poll() is None:
            done = subprocess.run([sys.executable, "-m", "rasid", "search", "السعودية", "--db", str(db)], env=ENV,
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0 and "locked" not in done.stderr, done.stderr
            searches += 1
            for path in ("/search?q=السعودية", "/stories", "/articles", "/entities"):
                try:
                    response = httpx.get(base + path, timeout=120)
                except httpx.ConnectError:  # still starting: nothing listens yet
                    assert server.poll() is None and not requests, server_log.read_text()
                    break
                assert response.status_code == 200, (path, response.status_code, response.text[:300])
                requests += 1
        _, err = writer.communicate(timeout=300)
        assert writer.returncode in (0, 1), err  # 1: a few empty records in that day are reported and skipped
        assert "locked" not in err and "Traceback" not in err and "internal error" not in err, err
        assert searches >= 3 and requests >= 8, (searches, requests)
        hits = subprocess.run([sys.executable, "-m", "rasid", "search", "السعودية", "--db", str(db)], env=ENV,
                              capture_output=True, text=True).stdout
        assert hits.strip() and hits != "no matches\n"
        assert len(httpx.get(f"{base}/articles?limit=100", timeout=60).json()["articles"]) > 5
    finally:
        server.terminate()
        server.wait(timeout=30)
    served = server_log.read_text()
    assert "locked" not in served and "Traceback" not in served and "internal error" not in served, served
