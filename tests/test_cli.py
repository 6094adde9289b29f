"""The command line end to end, on real files and a real SQLite database."""

from __future__ import annotations

import csv
import re
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT


def test_run_on_the_seeds_lists_every_article_and_reingest_adds_nothing(rasid, seeds):
    first = rasid("run", str(seeds))
    assert first.returncode == 0, first.stderr
    assert "ingested 5, already present 0, failed 0" in first.stderr
    table = first.stdout.split("## Articles (5)")[1].split("(~ marks")[0]
    rows = [line for line in table.splitlines() if re.match(r"[0-9a-f]{8}  ", line)]
    assert len(rows) == 5
    assert all(" ar " in row for row in rows)
    assert "## Stories (1)" in first.stdout and "## Timeline" in first.stdout
    assert first.stdout.rstrip().splitlines()[-1].startswith("Open the workspace: rasid serve --db ")
    second = rasid("ingest", str(seeds))
    assert second.returncode == 0
    assert "ingested 0, already present 5, failed 0" in second.stderr


def test_show_gives_clean_text_and_the_removed_lines_with_reasons(rasid, seeds):
    rasid("ingest", str(seeds))
    data = json.loads(rasid("export").stdout)
    article = next(a for a in data["articles"] if a["origin"].endswith("000_3f40048d4173b7d0.txt"))
    shown = rasid("show", article["id"][:10])
    assert shown.returncode == 0, shown.stderr
    assert "زر الذهاب إلى الأعلى" not in shown.stdout.split("removed lines")[0]
    removed_part = shown.stdout.split("removed lines")[1]
    assert "زر الذهاب إلى الأعلى" in removed_part
    assert "وقالت صحيفة نيويورك تايمز نقلاً عن مسؤولين أمريكيين" in shown.stdout


def test_show_unknown_id_is_a_clear_error_without_traceback(rasid, seeds):
    rasid("ingest", str(seeds))
    result = rasid("show", "doesnotexist")
    assert result.returncode == 3
    assert "no article with id" in result.stderr
    assert "Traceback" not in result.stderr


def test_search_finds_spelling_variants_across_the_seeds(rasid, seeds):
    rasid("ingest", str(seeds))
    hits = json.loads(rasid("search", "بيونغيانغ", "--json").stdout)
    assert hits, "the joined spelling must be found"
    assert any("**" in h["snippet"] for h in hits)
    for query in ("أميركا", "أمريكا"):
        found = json.loads(rasid("search", query, "--json").stdout)
        assert len(found) >= 3, query


def test_export_formats_carry_origin_and_schema(rasid, seeds, tmp_path):
    rasid("ingest", str(seeds))
    doc = json.loads(rasid("export", "--format", "json").stdout)
    assert doc["schema"] == "rasid-export" and doc["schema_version"] >= 1
    assert len(doc["articles"]) == 5
    article = doc["articles"][0]
    assert os.path.isabs(article["origin"]) and article["text"]
    for start, end in article["sentences"]:
        assert article["text"][start:end].strip()
    lines = rasid("export", "--format", "jsonl").stdout.splitlines()
    assert sum(json.loads(line)["type"] == "article" for line in lines) == 5
    out = tmp_path / "a.csv"
    assert rasid("export", "--format", "csv", "-o", str(out)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 5 and {"id", "origin", "title", "text"} <= set(rows[0])


def test_bad_inputs_are_reported_one_line_each_and_the_rest_lands(rasid, seeds, tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "good.txt").write_text((seeds / "000_3f40048d4173b7d0.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "broken.jsonl").write_text('{"content": "خبر أول عن القمة في موسكو اليوم", "url": "http://x/1"}\n{not json\n', encoding="utf-8")
    result = rasid("ingest", str(folder))
    assert result.returncode == 1
    assert "ingested 2" in result.stderr and "failed 3" in result.stderr
    for name in ("empty.txt", "image.png", "broken.jsonl"):
        assert name in result.stderr
    assert "Traceback" not in result.stderr


def test_an_ingest_killed_halfway_resumes_without_loss_or_doubles(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    total = 3000
    for i in range(total):
        (folder / f"{i:05d}.txt").write_text(f"خبر رقم {i}\n\nنص الخبر رقم {i} عن اجتماع اللجنة في المدينة {i % 17}.", encoding="utf-8")
    db = tmp_path / "k.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "rasid", "ingest", str(folder), "--db", str(db), "--workers", "0", "--batch-size", "100"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(db) as con:
                stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 500:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored < total, "the kill must land mid-ingest"
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as con:
        count, distinct = con.execute("SELECT COUNT(*), COUNT(DISTINCT origin) FROM articles").fetchone()
        indexed = con.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
    assert count == distinct == indexed == total
