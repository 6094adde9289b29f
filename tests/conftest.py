from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "samples" / "seeds"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared data folder beside the repository)")
    return path


@pytest.fixture
def seeds() -> Path:
    return need(SEEDS)


_PRISTINE: dict[tuple, Path] = {}


def _pristine(key: tuple, build) -> Path:
    """A database ``build(folder)`` makes, made once per test session: the modules that start
    from the same seeds database each get a copy instead of running the job again (each run
    loads the models afresh and costs seconds)."""
    if key not in _PRISTINE:
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="rasid-test-pristine-"))
        atexit.register(shutil.rmtree, folder, True)
        _PRISTINE[key] = build(folder)
    return _PRISTINE[key]


def _copy_database(source: Path, target: Path) -> Path:
    import sqlite3

    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)  # one consistent file, whatever the source's WAL still holds
    src.close()
    dst.close()
    return target


def seeds_database(folder: Path, documents: list[dict] | None = None) -> Path:
    """``folder/rasid.db``: what the service layer builds from the seeds and, when given,
    ``documents`` (one JSON file)."""
    import json

    def build(into: Path) -> Path:
        import rasid

        inputs = [SEEDS]
        if documents:
            inputs.append(into / "documents.json")
            inputs[-1].write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
        with rasid.open(str(into / "rasid.db"), workers=0) as ws:
            ws.run(inputs)
        return into / "rasid.db"

    need(SEEDS)
    key = ("service", json.dumps(documents, ensure_ascii=False, sort_keys=True))
    return _copy_database(_pristine(key, build), folder / "rasid.db")


def seeds_run_database(folder: Path) -> Path:
    """``folder/rasid.db``: what ``rasid run`` on the seeds makes, through the real command line."""

    def build(into: Path) -> Path:
        db = into / "rasid.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run([sys.executable, "-m", "rasid", "run", str(SEEDS), "--db", str(db)],
                              capture_output=True, text=True, env=env, timeout=240)
        assert done.returncode == 0, done.stderr
        return db

    need(SEEDS)
    return _copy_database(_pristine(("run",), build), folder / "rasid.db")


@pytest.fixture
def rasid(tmp_path):
    """Run the real command line in a subprocess, the way a user does."""

    def run(*args, db=None, input=None, env=None):
        db = db or tmp_path / "rasid.db"
        full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
        return subprocess.run([sys.executable, "-m", "rasid", *args, "--db", str(db)],
                              capture_output=True, text=True, input=input, env=full_env, timeout=240)

    return run


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the session; RASID_TEST_POSTGRES=URL uses an existing one."""
    if os.environ.get("RASID_TEST_POSTGRES"):
        yield os.environ["RASID_TEST_POSTGRES"], None
        return
    from postgres_server import TemporaryPostgres

    try:
        server = TemporaryPostgres()
        url = server.start()
    except (RuntimeError, subprocess.CalledProcessError, OSError) as exc:
        pytest.skip(f"no PostgreSQL server available: {exc}")
    yield url, server
    server.stop_in_background()


@pytest.fixture(params=["sqlite", "postgres"])
def new_store(request, tmp_path):
    """A factory for empty stores of each backend, so both are held to the same behaviour."""
    opened = []

    def make():
        if request.param == "sqlite":
            from rasid.storage.sqlite import SQLiteStore

            store = SQLiteStore(tmp_path / f"db{len(opened)}.sqlite")
        else:
            import psycopg

            from rasid.storage.postgres import PostgresStore

            admin_url, server = request.getfixturevalue("postgres_server")
            name = f"rasid_test_{os.getpid()}_{abs(hash(request.node.nodeid)) % 10**8}_{len(opened)}"
            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name}")
                admin.execute(f"CREATE DATABASE {name}")
            url = server.url_for(name) if server else admin_url.rsplit("/", 1)[0] + "/" + name
            store = PostgresStore(url)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def without_file_permission_override() -> None:
    """For ``preexec_fn``: as root, drop the capabilities that let root read, list and write
    any file, so the program run sees permissions as any user would (a read-only database,
    an unlistable folder).  Nothing to drop for other users."""
    if os.geteuid() == 0:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, from the bounding set
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def empty_postgres_database(postgres_server, name: str) -> str:
    """The URL of a new, empty database on the test server (dropped first if a run left one)."""
    import psycopg

    admin_url, server = postgres_server
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    return server.url_for(name) if server else admin_url.rsplit("/", 1)[0] + "/" + name
