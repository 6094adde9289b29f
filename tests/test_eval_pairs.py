"""``rasid eval pairs``: the main job on a gold file's day files, scored pair by pair."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT


def rasid_cli(*args):
    """The command line without a --db: eval pairs builds its own database unless given one."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "rasid", *args], capture_output=True, text=True, env=env, timeout=300)


def day_row(url, title, content, source="okaz", when="2015-08-03 10:00:00"):
    return {"source": source, "url": url, "date_extracted": when, "title": title, "author": "", "content": content}


ZINJIBAR = ("سيطرت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي على مدينة زنجبار عاصمة محافظة أبين في جنوب "
            "اليمن بعد معارك مع المتمردين الحوثيين، وفق ما أفادت مصادر عسكرية اليوم الاثنين. وقالت المصادر إن القوات "
            "دخلت زنجبار من محورين بدعم من طيران التحالف.")
WEDDING = "احتفل {a} بزواج نجله {b} بكريمة {c} في قاعة الأفراح بحضور جمع من الأهل والأصدقاء.. تهانينا وألف مبروك."


def test_eval_pairs_runs_the_main_job_on_the_gold_days_and_scores_both_levels(tmp_path):
    data = tmp_path / "saudinewsnet"
    data.mkdir()
    rows = [
        day_row("u1", "قوات هادي تسيطر على زنجبار", ZINJIBAR, "alwatan"),
        day_row("u2", "اليمن.. المقاومة الشعبية تسيطر على زنجبار عاصمة أبين", ZINJIBAR.replace("اليوم الاثنين", "أمس"),
                "almadina"),
        day_row("u3", "أفراح الحربي والعتيبي", WEDDING.format(a="محمد الحربي", b="سعود", c="خالد العتيبي"), "aljazirah"),
        day_row("u4", "أفراح الشهري والقحطاني", WEDDING.format(a="علي الشهري", b="فهد", c="سعد القحطاني"), "aljazirah"),
    ]
    (data / "2015-08-03.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")

    def side(row):
        return {"url": row["url"], "source": row["source"], "date": row["date_extracted"], "title": row["title"]}

    pairs = [(0, 1, "SAME_EVENT"), (2, 3, "DIFFERENT"), (0, 2, "DIFFERENT")]
    gold = tmp_path / "pairs.jsonl"
    gold.write_text("".join(json.dumps({"pair": n, "a": side(rows[a]), "b": side(rows[b]), "label": label, "unsure": False,
                                        "why": ""}, ensure_ascii=False) + "\n" for n, (a, b, label) in enumerate(pairs)),
                    encoding="utf-8")
    result = rasid_cli("eval", "pairs", str(gold), "--data", str(data), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["days"] == ["2015-08-03"] and scores["scored"] == 3
    # The two reports of Zinjibar are one story and one event; the weddings are not a story.
    assert scores["story"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert scores["event"]["tp"] == 1 and scores["event"]["fp"] == 0

    db = tmp_path / "built.db"
    built = rasid_cli("run", str(data / "2015-08-03.json"), "--db", str(db))
    assert built.returncode == 0, built.stderr
    table = rasid_cli("eval", "pairs", str(gold), "--db", str(db))
    assert table.returncode == 0, table.stderr
    assert "story" in table.stdout and "event" in table.stdout


def test_eval_pairs_names_a_bad_gold_line(tmp_path):
    gold = tmp_path / "pairs.jsonl"
    gold.write_text('{"pair": 0, "a": {"url": "x"}}\n', encoding="utf-8")
    result = rasid_cli("eval", "pairs", str(gold))
    assert result.returncode != 0
    assert f"{gold}:1" in result.stderr and "Traceback" not in result.stderr
