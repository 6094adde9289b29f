"""A mistyped gold file gets one line naming the file, the line and what is wrong, from every eval command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

# A well-formed record of each command's gold, then a line a user broke by hand.
GOOD = {
    "pairs": '{"a": {"url": "https://a"}, "b": {"url": "https://b"}, "label": "SAME_STORY"}',
    "annotations": '{"url": "https://a", "entities": [], "quotes": [], "times": []}',
    "clustering": '{"story_id": "1", "text": "One article."}',
    "summarize": '{"id": "1", "article": "One article.", "summaries": ["One."]}',
}
KIND = {"pairs": "a pair", "annotations": "a gold article record", "clustering": "a gold clustering record",
        "summarize": "an EASC record"}


@pytest.mark.parametrize("command", sorted(GOOD))
@pytest.mark.parametrize("broken", ['{"a": 1', '{"id": "2"}'])
def test_a_broken_gold_line_is_named_in_one_line(tmp_path, command, broken):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(GOOD[command] + "\n\n" + broken + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "rasid", "eval", command, str(gold)], capture_output=True,
                            text=True, timeout=120, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert f"{gold}:3: not {KIND[command]} (" in line
