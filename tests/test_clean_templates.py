"""Site templates learnt across pages: the same whatever the batch size, and kept between runs."""

from __future__ import annotations

import json

from rasid.clean import TemplateLearner, clean_articles
from rasid.model import Article

FOOTER = "نافذة القراء 635031 جوال"


def _record(i: int) -> dict:
    return {
        "url": f"https://daily.example.sa/news/{i}",
        "title": f"خبر رقم {i}",
        "content": f"عقد المجلس البلدي في اليوم {i} اجتماعه الدوري وناقش عددا من القضايا الخدمية المطروحة.\n"
                   f"وقرر المجلس رفع التوصيات رقم {i} إلى الجهات المختصة للنظر فيها خلال الأسبوع المقبل.\n{FOOTER}",
    }


def _write(path, records) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")


def _texts(rasid, db) -> dict[str, str]:
    exported = json.loads(rasid("export", db=db).stdout)["articles"]
    return {a["url"]: a["text"] for a in exported}


def test_what_is_removed_does_not_depend_on_the_batch_size(rasid, tmp_path):
    """Six pages of one outlet share a footer: with batches of 2 each batch alone has too few
    pages to call it template (the counts used to restart per batch); now both runs agree."""
    pages = tmp_path / "daily.jsonl"
    _write(pages, [_record(i) for i in range(6)])
    small, large = tmp_path / "small.db", tmp_path / "large.db"
    for db, size in ((small, "2"), (large, "100")):
        result = rasid("ingest", str(pages), "--batch-size", size, "--workers", "2", db=db)
        assert result.returncode == 0, result.stderr
    by_small, by_large = _texts(rasid, small), _texts(rasid, large)
    assert by_small == by_large
    assert all(FOOTER not in text and "وقرر المجلس رفع التوصيات" in text for text in by_small.values())
    exported = json.loads(rasid("export", db=small).stdout)["articles"]
    shown = rasid("show", exported[0]["id"], db=small).stdout
    assert f"[repeated on 6 pages of this outlet]  {FOOTER}" in shown


def test_templates_learnt_in_one_run_are_used_in_the_next(rasid, tmp_path):
    """Three pages on Monday (too few to tell), three on Tuesday: Tuesday's pages drop the footer,
    counted over all six, and Monday's stay as they were stored."""
    db = tmp_path / "rasid.db"
    monday, tuesday = tmp_path / "monday.jsonl", tmp_path / "tuesday.jsonl"
    _write(monday, [_record(i) for i in range(3)])
    _write(tuesday, [_record(i) for i in range(3, 6)])
    assert rasid("ingest", str(monday), db=db).returncode == 0
    assert rasid("ingest", str(tuesday), db=db).returncode == 0
    texts = _texts(rasid, db)
    for i in range(3):
        assert FOOTER in texts[f"https://daily.example.sa/news/{i}"]
    for i in range(3, 6):
        assert FOOTER not in texts[f"https://daily.example.sa/news/{i}"]
    # Ingesting Monday again adds nothing and counts nothing twice.
    again = rasid("ingest", str(monday), db=db)
    assert "ingested 0, already present 3" in again.stderr


def test_a_run_cut_short_and_run_again_counts_each_page_once(new_store):
    store = new_store()
    pages = [Article(origin=f"p{i}", raw_text=_record(i)["content"], source_format="json",
                     url=_record(i)["url"], title="t") for i in range(4)]
    for _ in range(2):  # the same window counted twice, as after an interrupted ingest
        learner = TemplateLearner(store)
        list(learner.batches([pages]))
        learner.flush()
    fresh = TemplateLearner(store)
    (batch,) = fresh.batches([[Article(origin="p9", raw_text=_record(9)["content"], source_format="json",
                                       url=_record(9)["url"], title="t")]])
    # 4 pages seen before and this one: 5 reach the outlet threshold; 8 would mean double counting.
    assert batch.templates.reason("daily.example.sa", "نافذه القراء 0 جوال", 4) == "repeated on 5 pages of this outlet"
    (cleaned,) = clean_articles(batch)
    assert FOOTER not in cleaned.text
