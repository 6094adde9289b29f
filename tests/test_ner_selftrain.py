"""Sentence-level self-training of the NER CRF: marginals, the choice of confident sentences, training."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from rasid.cli.main import main
from rasid.entities.ner.crf import CrfWeights, marginals
from rasid.entities.ner.selftrain import MIN_WORDS, select
from rasid.entities.ner.tagger import MODELS_DIR, NerTagger

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ANERCORP_TRAIN = SHARED / "data" / "anercorp" / "train.txt"


def test_marginals_equal_brute_force_sums_over_all_taggings():
    rng = np.random.default_rng(3)
    labels, n = 3, 5
    emissions = rng.normal(size=(n, labels)).astype(np.float32)
    transitions = rng.normal(size=(labels, labels)).astype(np.float32)
    expected = np.zeros((n, labels))
    for path in itertools.product(range(labels), repeat=n):
        score = sum(emissions[t, path[t]] for t in range(n))
        score += sum(transitions[path[t - 1], path[t]] for t in range(1, n))
        for t in range(n):
            expected[t, path[t]] += np.exp(score)
    expected /= expected[0].sum()
    got = marginals(emissions, transitions)
    assert np.allclose(got, expected, atol=1e-6)
    assert np.allclose(got.sum(axis=1), 1.0)
    # With one sure tagging, its labels are the Viterbi path.
    viterbi = CrfWeights(["a", "b", "c"], [], np.zeros((0, 3)), transitions).viterbi(emissions * 20)
    assert list(marginals(emissions * 20, transitions).argmax(axis=1)) == viterbi


def _sentences(count: int, skip: int = 0) -> list[list[tuple[str, str]]]:
    blocks = ANERCORP_TRAIN.read_text(encoding="utf-8").split("\n\n")[skip:skip + count]
    return [[tuple(line.split(" ")[:2]) for line in block.splitlines() if line.strip()] for block in blocks]


def _day_file(folder: Path, day: str, sentences: list[list[tuple[str, str]]]) -> None:
    # Ten sentences to an article, each ending in a full stop so the tagger splits them back.
    texts = []
    for k in range(0, len(sentences), 10):
        texts.append("\n".join(" ".join(w for w, _ in s) for s in sentences[k:k + 10]))
    folder.mkdir(exist_ok=True)
    (folder / f"{day}.json").write_text(json.dumps([{"content": t} for t in texts], ensure_ascii=False),
                                        encoding="utf-8")


@pytest.mark.skipif(not ANERCORP_TRAIN.exists(), reason="../shared/data/anercorp is absent")
def test_select_keeps_confident_tagged_sentences_and_never_reads_excluded_days(tmp_path):
    folder = tmp_path / "snn"
    used, held = _sentences(200), _sentences(200, skip=200)
    _day_file(folder, "2015-07-21", used)
    _day_file(folder, "2015-07-22", held)
    held_text = {" ".join(w for w, _ in s) for s in held}
    chosen = select(MODELS_DIR / "ar", folder, 30, 0.9, exclude_days=["2015-07-22"], log=lambda _: None)
    assert 0 < len(chosen) <= 30
    tagger = NerTagger(MODELS_DIR / "ar", engine="crf")
    for words, tags in chosen:
        assert " ".join(words) not in held_text
        assert len(words) >= MIN_WORDS and len(tags) == len(words)
        assert any(t.startswith("B-") for t in tags)
        # The labels are the first pass's own best tagging of the sentence.
        infos, extras = tagger.features.parts(words)
        scores = tagger._scorer.emissions(words, infos, extras)[:, tagger._scorer.passes[0]]
        assert tags == [tagger.crf.labels[j] for j in tagger.crf.viterbi(scores)]
    # No tagging is that sure: nothing is kept.
    assert select(MODELS_DIR / "ar", folder, 30, 1.01, log=lambda _: None) == []


@pytest.mark.skipif(not ANERCORP_TRAIN.exists(), reason="../shared/data/anercorp is absent")
def test_training_with_self_training_adds_unlabelled_sentences(tmp_path, capsys):
    lines = ANERCORP_TRAIN.read_text(encoding="utf-8").split("\n\n")[:150]
    small = tmp_path / "small.txt"
    small.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "snn"
    _day_file(folder, "2015-07-21", _sentences(100, skip=300))
    out = tmp_path / "model"
    assert main(["train", "ner", "--train", str(small), "--out", str(out), "--no-clusters", "--iterations", "15",
                 "--dev-fraction", "0.2", "--context-window", "0", "--unlabelled", str(folder),
                 "--self-train", "10", "--self-train-threshold", "0.5"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert 0 < summary["self_train_sentences"] <= 10
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["config"]["self_train"] == 10 and meta["self_train_sentences"] == summary["self_train_sentences"]
    assert "SaudiNewsNet sentences labelled by" in (out / "ATTRIBUTION.md").read_text(encoding="utf-8")
    # The held-out gold days are always left out, whatever is passed.
    assert "2015-07-31" in meta["config"]["self_train_exclude_days"]
    assert NerTagger(out).tag_words(["زار", "محمد", "الرياض", "."])


def test_a_reused_teacher_is_refused_outside_screening(tmp_path, capsys):
    small = tmp_path / "small.txt"
    small.write_text("محمد B-PERS\nفي O\nالرياض B-LOC\n", encoding="utf-8")
    assert main(["train", "ner", "--train", str(small), "--out", str(tmp_path / "m"), "--no-clusters",
                 "--unlabelled", str(tmp_path), "--self-train", "5", "--self-train-teacher", str(tmp_path)]) != 0
    assert "--no-refit" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()
