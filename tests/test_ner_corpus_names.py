"""Self-training on the unlabelled corpus: names learned where the tagger and the span repairs agree,
common words that are no names, and the tagger's noise (rasid.entities.ner.corpus_names)."""

from __future__ import annotations

import gzip
import json

from rasid.entities.ner.corpus_names import CorpusNames, learn


def _day(folder, day, texts):
    records = [{"source": "okaz", "url": f"http://x/{day}/{i}", "date_extracted": f"{day} 10:00:00",
                "title": "t", "content": text} for i, text in enumerate(texts)]
    (folder / f"{day}.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def test_learning_counts_names_and_words_and_leaves_out_excluded_days(tmp_path):
    text = "قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم اليمن."
    _day(tmp_path, "2015-07-21", [text] * 4)
    _day(tmp_path, "2015-07-22", [text] * 3)
    _day(tmp_path, "2015-07-23", ["قال مسؤول في واشنطن إن الاجتماع انتهى."] * 5)
    out = tmp_path / "names.tsv.gz"
    summary = learn(tmp_path, out, exclude_days=["2015-07-23"])
    assert summary["articles"] == 7 and summary["days"] == ["2015-07-21", "2015-07-22"]
    rows = [line.split("\t") for line in gzip.open(out, "rt", encoding="utf-8").read().splitlines()]
    names = {row[-1]: row for row in rows if row[0] == "N"}
    assert "واشنطن" not in names  # its day was left out
    jubeir = names["عادل الجبير"]
    assert jubeir[1] == "PERS" and int(jubeir[4]) == 7  # tagged in all seven articles
    assert json.loads((tmp_path / "names.json").read_text())["articles"] == 7


def test_loading_keeps_agreed_names_and_marks_common_words_and_noise(tmp_path):
    path = tmp_path / "names.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("N\tPERS\t40\t42\t30\t1.000\tعادل الجبير\n")   # tagged nearly wherever it stands
        out.write("N\tORG\t6\t300\t6\t0.900\tالشباب\n")          # a club, or the youth: rarely tagged
        out.write("N\tPERS\t9\t9\t2\t1.000\tزيد عمرو\n")          # too few articles
        out.write("N\tPERS\t10\t10\t8\t0.600\tبكر\n")              # types disagree
        out.write("W\tبجوار\t0\t500\n")
        out.write("W\tالجبير\t41\t45\n")
    corpus = CorpusNames.load(path)
    assert corpus.names == {("عادل", "الجبير"): "PERS"}
    assert corpus.fill == {("عادل", "الجبير"): "PERS"}
    assert corpus.common == frozenset({"بجوار"})
    assert corpus.rare == frozenset({("الشباب",)})
