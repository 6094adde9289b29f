import json

import pytest

from rasid.eval.clustering import bcubed, evaluate
from rasid.errors import RasidError


def test_bcubed_matches_hand_computation():
    gold = ["a", "a", "a", "b", "b"]
    predicted = [1, 1, 2, 2, 2]
    # Per item (P, R): (1, 2/3) (1, 2/3) (1/3, 1/3) (2/3, 1) (2/3, 1)
    precision, recall, f1 = bcubed(gold, predicted)
    assert precision == pytest.approx(11 / 15)
    assert recall == pytest.approx(11 / 15)
    assert f1 == pytest.approx(11 / 15)


def test_bcubed_one_big_cluster_has_full_recall_half_precision():
    precision, recall, f1 = bcubed(["a", "a", "b", "b"], ["x"] * 4)
    assert (precision, recall) == (pytest.approx(0.5), pytest.approx(1.0))
    assert f1 == pytest.approx(2 / 3)


def test_bcubed_perfect_and_singletons():
    assert bcubed(["a", "a", "b"], [7, 7, 3]) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed(["a", "a", "b"], [1, 2, 3])
    assert precision == 1.0 and recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_evaluate_on_tiny_gold_file(tmp_path):
    quake = [
        "http : / / news . example . com / 2012 / quake",
        "A magnitude 6.8 earthquake struck northern Chile on Tuesday , damaging buildings in Arica .",
        "The Chilean quake shook Arica and Iquique and cut power to thousands .",
    ]
    rows = [
        {"story_id": "quake", "sentences": quake},
        {"story_id": "quake", "sentences": quake[1:] + ["Chile's emergency office said Arica hospitals were evacuated after the earthquake ."]},
        {"story_id": "trade", "sentences": ["The Yankees signed pitcher CC Sabathia to a seven-year contract worth 161 million dollars ."]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = evaluate(path)
    assert result["documents"] == 3 and result["gold_stories"] == 2
    assert result["bcubed_f1"] == 1.0 and result["adjusted_rand_index"] == 1.0


def test_evaluate_rejects_a_file_without_gold(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"sentences": ["x"]}\n', encoding="utf-8")
    with pytest.raises(RasidError):
        evaluate(path)
