"""``rasid eval summarize`` on a slice of EASC (skipped when ../shared is absent)."""

import json
from pathlib import Path

import pytest

from rasid.cli.main import main

EASC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "easc" / "dev.jsonl"


@pytest.fixture
def easc_slice(tmp_path):
    if not EASC.is_file():
        pytest.skip(f"EASC data not found at {EASC} (../shared is absent)")
    path = tmp_path / "easc3.jsonl"
    path.write_text("".join(EASC.read_text(encoding="utf-8").splitlines(keepends=True)[:3]), encoding="utf-8")
    return path


def test_eval_reports_rouge_for_rasid_lead_and_lexrank(easc_slice, capsys):
    assert main(["eval", "summarize", str(easc_slice), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 3 and result["references"] == 15
    assert 20 < result["budget_words"] < 400
    assert set(result["scores"]) == {"rasid", "lead", "lexrank"}
    for scores in result["scores"].values():
        assert set(scores) == {"rouge1", "rouge2", "rougeL"}
        assert all(0 < v <= 100 for v in scores.values())
        assert scores["rouge2"] <= scores["rouge1"]


def test_eval_table_names_every_system(easc_slice, capsys):
    assert main(["eval", "summarize", str(easc_slice), "--words", "60", "--textrank"]) == 0
    out = capsys.readouterr().out
    assert "budget 60 words" in out
    for name in ("rasid", "lead", "lexrank", "textrank"):
        assert name in out


def test_missing_file_is_a_one_line_error(tmp_path, capsys):
    assert main(["eval", "summarize", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
