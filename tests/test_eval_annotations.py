"""``rasid eval annotations``: the shared gold README's metrics, on hand-made articles and end to end."""

from __future__ import annotations

import json

from rasid.eval.annotations import score_article, summarize
from rasid.model import Article, Mention, Quote, TimeRef

TEXT = ("وقال كيم لبوتين إن الزيارة تاريخية. وأكد كيم جونغ أون أن التعاون سيستمر، "
        "فيما قال الكرملين إن الرئيس الروسي سيزور بيونغ يانغ في 15 رمضان 1445 هـ. بسم الله.")


def _article(mentions, quotes=(), timerefs=()) -> Article:
    def mention(text, kind, nth=0):
        at = -1
        for _ in range(nth + 1):
            at = TEXT.index(text, at + 1)
        return Mention(at, at + len(text), text, kind)

    return Article(origin="t", raw_text=TEXT, text=TEXT, mentions=[mention(*m) for m in mentions],
                   quotes=list(quotes), timerefs=list(timerefs))


GOLD = {
    "article": 0, "url": "http://x/1",
    "entities": [
        {"name": "كيم جونغ أون", "type": "PERS", "surfaces": ["كيم جونغ أون", "كيم"]},
        {"name": "فلاديمير بوتين", "type": "PERS", "surfaces": ["بوتين"]},
        {"name": "الكرملين", "type": "ORG", "surfaces": ["الكرملين"]},
        {"name": "بيونغ يانغ", "type": "LOC", "surfaces": ["بيونغ يانغ"]},
    ],
    "quotes": [
        {"speaker": "كيم جونغ أون", "speaker_surface": "كيم", "kind": "indirect", "snippet": "الزيارة تاريخية"},
        {"speaker": "كيم جونغ أون", "speaker_surface": "كيم جونغ أون", "kind": "indirect",
         "snippet": "التعاون سيستمر"},
        {"speaker": "الكرملين", "speaker_surface": "الكرملين", "kind": "indirect",
         "snippet": "الرئيس الروسي سيزور بيونغ يانغ في"},
    ],
    "times": [{"text": "15 رمضان 1445 هـ", "value": "2024-03-25"}],
}


def _score(article):
    tally = score_article(GOLD, article, {"e1": "كيم جونغ أون"})
    return summarize(tally.counts, 1), tally


def test_mentions_are_exact_glued_cut_or_junk_and_a_glued_clitic_is_forgiven():
    result, tally = _score(_article([
        ("كيم لبوتين", "PERS"), ("لبوتين", "PERS", 0), ("كيم جونغ", "PERS"), ("الكرملين", "LOC"),
        ("الله", "ORG"),
    ]))
    assert result["mentions"] == 5
    assert result["mention_precision"] == 0.4  # لبوتين (clitic forgiven) and الكرملين
    assert (result["glued"], result["cut"], result["junk"]) == (0.2, 0.2, 0.2)
    assert result["type_accuracy"] == 0.5  # الكرملين is an organisation, not a place
    assert result["entity_recall"] == 0.5  # بوتين, الكرملين; كيم only inside a glued mention
    assert result["entity_recall_partial"] == 0.75  # كيم shares a word; بيونغ يانغ has no mention
    assert any("glued PERS كيم لبوتين" in e for e in tally.errors)


def test_a_speaker_is_right_by_its_name_or_its_entity_and_unmatched_speakers_count_wrong():
    sentence_one = TEXT.index("الزيارة")
    quotes = [
        Quote(sentence_one, sentence_one + 15, "الزيارة تاريخية", "indirect", speaker="كيم لبوتين"),
        Quote(TEXT.index("التعاون"), TEXT.index("التعاون") + 14, "التعاون سيستمر", "indirect",
              speaker="جونغ", speaker_entity_id="e1"),
        Quote(0, 10, "وقال كيم لبوتين", "indirect", speaker="كيم"),  # no gold quote holds it
    ]
    result, _ = _score(_article([], quotes))
    assert result["quote_found"] == round(2 / 3, 4)
    # "كيم لبوتين" holds the gold surface "كيم"; "جونغ" is right through its entity's name.
    assert result["attributed_quote_recall"] == round(2 / 3, 4)
    assert result["speaker_precision"] == round(2 / 3, 4)


def test_time_values_overlap_the_gold_text_and_hijri_dates_may_be_a_day_off():
    at = TEXT.index("15 رمضان")
    end = at + len("15 رمضان 1445 هـ")
    off_by_one = TimeRef(at, end, TEXT[at:end], "2024-03-26", "day", calendar="hijri")
    elsewhere = TimeRef(0, 4, TEXT[:4], "2024-03-25", "day")
    result, _ = _score(_article([], timerefs=[off_by_one, elsewhere]))
    assert result["time_value_recall"] == 1.0
    assert result["time_value_precision"] == 0.5
    wrong = TimeRef(at, end, TEXT[at:end], "2024-03-28", "day", calendar="hijri")
    assert _score(_article([], timerefs=[wrong]))[0]["time_value_recall"] == 0.0


def test_the_command_runs_the_main_job_on_the_gold_articles(tmp_path):
    import os
    import subprocess
    import sys

    from conftest import ROOT, SHARED, need

    shared_gold = need(SHARED / "data" / "gold" / "articles_dev.jsonl")
    first_two = shared_gold.read_text(encoding="utf-8").splitlines()[:2]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(first_two) + "\n", encoding="utf-8")
    # No --db: the command runs the main job on the two articles into a database of its own.
    result = subprocess.run([sys.executable, "-m", "rasid", "eval", "annotations", str(gold), "--json"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=240,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "rasid.db").exists()
    figures = json.loads(result.stdout)
    expected = [json.loads(line) for line in first_two]
    assert figures["articles"] == 2
    assert figures["gold_entities"] == sum(len(r["entities"]) for r in expected)
    assert 0 < figures["entity_recall"] <= 1 and figures["mentions"] > 0

    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"url": "http://nowhere/1", "entities": []}) + "\n", encoding="utf-8")
    failed = subprocess.run([sys.executable, "-m", "rasid", "eval", "annotations", str(bad)],
                            capture_output=True, text=True, cwd=tmp_path, timeout=240,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert failed.returncode != 0
    assert "in no day file" in failed.stderr and "Traceback" not in failed.stderr


def test_a_value_is_the_stretch_of_days_it_covers_however_written():
    from rasid.eval.annotations import _same_value

    assert _same_value("2011/2013", "2011-01-01/2013-12-31", hijri=False)
    assert _same_value("2015-W30", "2015-07-20/2015-07-26", hijri=False)
    assert _same_value("2015-07", "2015-07-01/2015-07-31", hijri=False)
    assert not _same_value("2015-07", "2015-07-02/2015-07-31", hijri=False)
    assert _same_value("2015-06-17/2015-07-16", "2015-06-18/2015-07-16", hijri=True)
    assert not _same_value("2015-06-17/2015-07-16", "2015-06-18/2015-07-16", hijri=False)
