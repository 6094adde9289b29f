"""``rasid run`` killed (SIGKILL) at every write point of every stage, then run again, ends
with the database a clean run makes: the same articles, stories, events, copy groups,
entities, quotes and saved state.  On the seeds and on a slice of a real SaudiNewsNet day,
on SQLite and on PostgreSQL.  The trials themselves are run by tests/kill_points.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED, need
from rasid.pipeline import faults

HARNESS = Path(__file__).with_name("kill_points.py")


def _kill_everywhere(out: Path, paths: list[Path], db: str = "sqlite", batch_size: int | None = None) -> dict:
    batch = ["--batch-size", str(batch_size)] if batch_size else []
    done = subprocess.run([sys.executable, str(HARNESS), "--db", db, "--out", str(out), *batch, *map(str, paths)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _assert_every_rerun_equals_a_clean_run(report: dict) -> None:
    assert report["staged_equal"]  # the snapshots the trials start from are a clean run's
    trials = report["trials"]
    tried = {t["fault"].partition("@")[0] for t in trials} - {"store.before_commit"}
    # export's own point is tried in test_export; store.after_commit is what each stage's
    # after_batch / stage.after point is; store.before_commit is tried where a stage commits
    # more than once (the real day's enrichment).
    of_run = {p for p in faults.POINTS if not p.startswith(("export.", "store."))}
    assert tried == of_run, f"points never tried: {of_run - tried}"
    not_killed = [t["fault"] for t in trials if not t["killed"]]
    assert not not_killed, f"never reached (the run ended without being killed): {not_killed}"
    wrong = [(t["stage"], t["fault"], t["differs"]) for t in trials if not t["equal"] or t["integrity"] != "ok"]
    assert not wrong, f"reruns that differ from a clean run: {wrong}"
    assert all(t["rerun_exit"] == report["clean_exit"] for t in trials)


def test_killed_anywhere_on_the_seeds_a_rerun_equals_a_clean_run(tmp_path, seeds):
    report = _kill_everywhere(tmp_path, [seeds])
    assert report["reference"]["story_count"] == "1" and report["reference"]["article_count"] == "5"
    _assert_every_rerun_equals_a_clean_run(report)


@pytest.fixture
def real_day_slice(tmp_path) -> Path:
    """Every eighteenth article of one SaudiNewsNet day (73 of 1,318, from all 10 outlets), as a
    JSON file.  With ``--batch-size 40`` it is stored in two batches and enriched in two, so a
    kill between batches is tried in both stages."""
    day = json.loads(need(SHARED / "data" / "saudinewsnet" / "2015-07-23.json").read_text(encoding="utf-8"))
    path = tmp_path / "day.json"
    path.write_text(json.dumps(day[::18], ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.timeout(900)  # 16 trials, two at a time: about 1.5 minutes on a busy machine
def test_killed_anywhere_on_a_real_day_a_rerun_equals_a_clean_run(tmp_path, real_day_slice):
    report = _kill_everywhere(tmp_path / "runs", [real_day_slice], batch_size=40)
    reference = report["reference"]
    assert int(reference["article_count"]) > 70
    # Some stories join several outlets' reports, and some reports are copies of another.
    assert int(reference["story_count"]) < int(reference["article_count"]) and int(reference["copy_group_count"]) >= 1
    assert report["commits"]["enrich"] == 2 and "store.before_commit@2" in {t["fault"] for t in report["trials"]}
    assert "ingest.after_batch@2" in {t["fault"] for t in report["trials"]}
    assert int(reference["entity_count"]) > 300 and int(reference["quote_count"]) > 100
    _assert_every_rerun_equals_a_clean_run(report)


def test_killed_anywhere_on_postgresql_a_rerun_equals_a_clean_run(tmp_path, seeds, postgres_server):
    admin_url, _ = postgres_server
    report = _kill_everywhere(tmp_path, [seeds], db=admin_url)
    assert report["reference"]["story_count"] == "1"
    _assert_every_rerun_equals_a_clean_run(report)
