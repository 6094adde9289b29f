"""The named-entity tagger: shipped model, offsets, scoring, and training from scratch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.cli.main import main
from rasid.entities.ner.spans import bio_spans
from rasid.entities.ner.tagger import MODELS_DIR, NerTagger, tag
from rasid.entities.ner.tokenize import tokens
from rasid.eval.ner import score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ANERCORP_TRAIN = SHARED / "data" / "anercorp" / "train.txt"

SUMMIT = "التقى الرئيس الروسي فلاديمير بوتين بزعيم كوريا الشمالية كيم جونغ أون في موسكو."


def test_tokeniser_splits_punctuation_like_anercorp_but_keeps_numbers():
    assert tokens("قال (الرئيس): «نعم»، 30% وبـ34.3 مليار.") == [
        "قال", "(", "الرئيس", ")", ":", "«", "نعم", "»", "،", "30%", "وبـ34.3", "مليار", "."]
    # Diacritics stay inside their word.
    assert tokens("مُحَمَّدٌ وصل") == ["مُحَمَّدٌ", "وصل"]


def test_bio_spans_reads_ill_formed_tags_like_conlleval():
    assert bio_spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


@pytest.mark.parametrize("engine", ["crf", "neural"])
def test_shipped_model_finds_people_and_places_with_exact_offsets(engine):
    mentions = NerTagger(MODELS_DIR / "ar", engine=engine).tag(SUMMIT)
    for m in mentions:
        assert SUMMIT[m.start:m.end] == m.text
    found = {(m.text, m.type) for m in mentions}
    assert ("فلاديمير بوتين", "PERS") in found
    assert ("موسكو", "LOC") in found
    assert any(m.type == "LOC" and "كوريا" in m.text for m in mentions)
    assert any(m.type == "PERS" and m.text.startswith("كيم") for m in mentions)


def test_offsets_survive_diacritics_newlines_and_leading_space():
    text = "  وصل بوتينُ إلى موسكو\nوقال إن روسيا مستعدة"
    mentions = tag(text)
    assert ("موسكو", "LOC") in {(m.text, m.type) for m in mentions}
    assert all(text[m.start:m.end] == m.text and m.text.strip() == m.text for m in mentions)


def test_tag_many_agrees_with_tag_text_by_text():
    texts = [SUMMIT, "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بغداد.", ""]
    for engine in ("crf", "neural"):
        tagger = NerTagger(MODELS_DIR / "ar", engine=engine)
        assert tagger.tag_many(texts) == [tagger.tag(t) for t in texts]


def test_languages_without_a_model_get_no_mentions():
    # There is no English model yet; the Arabic one must not be applied to English.
    assert tag("Vladimir Putin met Kim Jong Un in Moscow.", "en") == []
    assert tag("بوتين", "xx") == []


def test_score_matches_hand_computed_exact_span_figures():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "B-MISC"]]
    pred = [["B-PERS", "I-PERS", "O", "B-ORG"], ["B-ORG", "O", "O", "B-MISC"]]
    # Gold spans: PERS(0-2), LOC(3), ORG(0-2), MISC(3) = 4.  Predicted: PERS ok, ORG(3) wrong,
    # ORG(0-1) wrong boundary, MISC ok = 4 predicted, 2 correct.
    result = score(gold, pred)
    assert result["overall"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 4}
    assert result["PERS"]["f1"] == 1.0
    assert result["LOC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert result["ORG"]["precision"] == 0.0 and result["ORG"]["support"] == 1
    assert result["MISC"]["recall"] == 1.0


def test_eval_command_prints_json_scores(tmp_path, capsys):
    gold = tmp_path / "gold.txt"
    gold.write_text("التقى O\nبوتين B-PERS\nفي O\nموسكو B-LOC\n. O\n\nوصل O\nكيم B-PERS\n. O\n", encoding="utf-8")
    assert main(["eval", "ner", str(gold), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) >= {"overall", "PERS", "LOC", "ORG", "MISC"}
    assert result["overall"]["support"] == 3
    tagger = NerTagger(MODELS_DIR / "ar")
    # The file's sentences are read in order as one text (the second pass sees them all).
    expected = score([["O", "B-PERS", "O", "B-LOC", "O"], ["O", "B-PERS", "O"]],
                     tagger.tag_sentences([["التقى", "بوتين", "في", "موسكو", "."], ["وصل", "كيم", "."]]))
    assert result["overall"] == expected["overall"]


def test_shipped_model_carries_its_attribution():
    text = (MODELS_DIR / "ar" / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "ANERcorp" in text and "CC BY-SA 4.0" in text


@pytest.mark.skipif(not ANERCORP_TRAIN.exists(), reason="../shared/data/anercorp is absent")
def test_training_on_a_small_slice_gives_a_loadable_model(tmp_path):
    lines = ANERCORP_TRAIN.read_text(encoding="utf-8").split("\n\n")[:150]
    small = tmp_path / "small.txt"
    small.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    assert main(["train", "ner", "--train", str(small), "--out", str(out), "--no-clusters",
                 "--iterations", "15", "--dev-fraction", "0.2"]) == 0
    assert (out / "weights.npz").exists() and (out / "ATTRIBUTION.md").exists()
    # The default model has a second pass that reads the first pass's labels across the text.
    assert (out / "weights_context.npz").exists()
    tagger = NerTagger(out)
    assert tagger.two_pass
    words, gold = [w.split(" ")[0] for w in lines[0].splitlines()], [w.split(" ")[1] for w in lines[0].splitlines()]
    predicted = tagger.tag_words(words)
    assert len(predicted) == len(words)
    # Seen in training, the first sentence's tags are mostly reproduced.
    assert sum(p == g for p, g in zip(predicted, gold)) / len(gold) > 0.8


@pytest.mark.skipif(not ANERCORP_TRAIN.exists(), reason="../shared/data/anercorp is absent")
def test_neural_training_writes_a_model_that_numpy_can_run(tmp_path):
    pytest.importorskip("torch")
    import shutil

    from rasid.entities.ner.neural_train import train_neural

    model = tmp_path / "model"
    shutil.copytree(MODELS_DIR / "ar", model)
    (model / "neural.npz").unlink()
    lines = ANERCORP_TRAIN.read_text(encoding="utf-8").split("\n\n")[:60]
    small = tmp_path / "small.txt"
    small.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    report = train_neural(model, small, dev_fraction=0.0, epochs=1, log=lambda _: None)
    assert report == {}
    tagger = NerTagger(model)
    assert tagger.engine == "neural"
    words = [w.split(" ")[0] for w in lines[0].splitlines()]
    assert len(tagger.tag_words(words)) == len(words)
