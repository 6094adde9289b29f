"""A damaged or unusable database gives one line naming it, the problem and what to do; it is
never a traceback and changes nothing: a corrupted file, a newer schema, a read-only file,
a full disk (a size-limited file, and a tiny tmpfs where this machine may mount one)."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, empty_postgres_database, need, without_file_permission_override

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
COMMANDS = [("search", "بوتين"), ("stories",), ("export", "--format", "jsonl"), ("run", "{seeds}"), ("ingest", "{seeds}")]


def _rasid(*args, db, seeds=None, preexec=None) -> subprocess.CompletedProcess:
    args = [a.format(seeds=seeds) for a in args]
    return subprocess.run([sys.executable, "-m", "rasid", *args, "--db", str(db), "--workers", "0"] if args[0] in ("run", "ingest")
                          else [sys.executable, "-m", "rasid", *args, "--db", str(db)],
                          env=ENV, capture_output=True, text=True, timeout=240, preexec_fn=preexec)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def made_once(tmp_path_factory) -> Path:
    from conftest import seeds_run_database

    return seeds_run_database(tmp_path_factory.mktemp("made"))


@pytest.fixture
def database(tmp_path, made_once) -> Path:
    """A copy of a database ``rasid run`` made of the seeds, to damage."""
    db = tmp_path / "rasid.db"
    shutil.copy(made_once, db)
    return db


def _one_line_each(db: Path, seeds: Path, *needles: str, preexec=None, commands=COMMANDS) -> None:
    before = _digest(db)
    for command in commands:
        done = _rasid(*command, db=db, seeds=seeds, preexec=preexec)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 2, (command, done.returncode, done.stderr)
        assert len(lines) == 1 and "Traceback" not in done.stderr, (command, lines)
        assert lines[0].startswith(f"rasid: {db}: ") and all(n in lines[0] for n in needles), (command, lines)
        assert _digest(db) == before, command  # nothing changed


def test_a_corrupted_header_is_named_and_left_alone(database, seeds):
    with open(database, "r+b") as handle:
        handle.write(b"this is no longer a database file" * 3)
    _one_line_each(database, seeds, "not a rasid database", "restore it from a backup")


def test_corrupted_pages_are_named_and_left_alone(database, seeds):
    size = database.stat().st_size
    with open(database, "r+b") as handle:
        for offset in range(4096, size, 8192):  # every other page after the schema page
            handle.seek(offset)
            handle.write(os.urandom(4096))
    _one_line_each(database, seeds, "damaged", "restore it from a backup")


def test_a_database_from_a_newer_rasid_is_refused_untouched(database, seeds):
    db = sqlite3.connect(database)
    with db:
        db.execute("INSERT INTO schema_version VALUES (99)")
    db.close()  # checkpointed into the file before its digest is taken
    _one_line_each(database, seeds, "newer rasid", "schema version 99", "upgrade rasid")


def test_another_programs_database_is_refused_untouched(tmp_path, seeds):
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    with db:
        db.execute("CREATE TABLE invoices (id INTEGER, total REAL)")
    db.close()
    _one_line_each(other, seeds, "not a rasid database", "holds other tables")
    with sqlite3.connect(other) as db:
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["invoices"]


def test_a_read_only_database_can_be_searched_and_is_never_written(database, seeds):
    database.chmod(0o444)
    search = _rasid("search", "بوتين", db=database, preexec=without_file_permission_override)
    assert search.returncode == 0 and search.stdout.strip() and not search.stderr, search.stderr
    _one_line_each(database, seeds, "read-only", "make it writable", preexec=without_file_permission_override,
                   commands=[("run", "{seeds}"), ("ingest", "{seeds}")])


def _limit_file_size(limit: int):
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def _assert_full_disk_is_one_line_and_a_rerun_completes(db: Path, seeds: Path, day: Path, preexec, *needles) -> None:
    assert _rasid("ingest", "{seeds}", db=db, seeds=seeds).returncode == 0
    done = _rasid("ingest", str(day), db=db, preexec=preexec)
    lines = [line for line in done.stderr.splitlines() if "skipped" not in line]  # the day's own empty records
    assert done.returncode == 2 and len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith(f"rasid: {db}: ") and all(n in lines[0] for n in needles), lines
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= 5  # what was stored before is intact
    con.close()  # (a tmpfs with an open file cannot be unmounted)


@pytest.fixture
def day() -> Path:
    return need(SHARED / "data" / "saudinewsnet" / "2015-07-23.json")


def test_a_size_limited_file_is_one_line_and_the_rerun_carries_on(tmp_path, seeds, day):
    db = tmp_path / "rasid.db"
    _assert_full_disk_is_one_line_and_a_rerun_completes(db, seeds, day, _limit_file_size(600_000), "rolled back")
    rerun = _rasid("ingest", str(day), db=db)
    assert rerun.returncode == 1 and "ingested 1302" in rerun.stderr  # 16 of its records are empty


def test_a_full_tmpfs_is_one_line_saying_the_disk_is_full(tmp_path, seeds, day):
    mount = tmp_path / "tiny"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        _assert_full_disk_is_one_line_and_a_rerun_completes(mount / "rasid.db", seeds, day, None, "disk is full",
                                                            "Free some space")
        moved = tmp_path / "moved.db"
        src, dst = sqlite3.connect(mount / "rasid.db"), sqlite3.connect(moved)
        src.backup(dst)
        src.close()
        dst.close()
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, check=True)
    rerun = _rasid("ingest", str(day), db=moved)  # with room again, it carries on
    assert "ingested 1302" in rerun.stderr, rerun.stderr
    shutil.rmtree(mount, ignore_errors=True)


def test_a_postgresql_database_from_a_newer_rasid_is_refused_untouched(postgres_server, seeds):
    import psycopg

    url = empty_postgres_database(postgres_server, f"rasid_newer_{os.getpid()}")
    assert _rasid("ingest", "{seeds}", db=url, seeds=seeds).returncode == 0
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("INSERT INTO schema_version VALUES (99)")
    for command in (("search", "بوتين"), ("run", "{seeds}")):
        done = _rasid(*command, db=url, seeds=seeds)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 2 and len(lines) == 1 and "newer rasid" in lines[0], done.stderr
    with psycopg.connect(url) as con:
        assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 5
        assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 99
