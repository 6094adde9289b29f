"""The stories stage builds its story records under the chosen executor: in-process, in worker
processes or on Ray, the same stories come out."""

from __future__ import annotations

import json

import pytest


def _stories(rasid, db) -> list:
    stories = json.loads(rasid("export", db=db).stdout)["stories"]
    return sorted((s["id"], s["title"], [tuple(x["supports"][0]) for x in s["summary"]],
                   [e["date"] for e in s["timeline"]], len(s["contradictions"])) for s in stories)


@pytest.mark.parametrize("options", [["--workers", "2"], ["--executor", "ray", "--workers", "2"]])
def test_story_records_are_the_same_wherever_they_are_built(rasid, seeds, tmp_path, options):
    if "ray" in options:
        pytest.importorskip("ray", reason="Ray is optional: pip install 'rasid[ray]'")
    here = tmp_path / "here.db"
    assert rasid("run", str(seeds), "--workers", "0", db=here).returncode == 0
    there = tmp_path / "there.db"
    result = rasid("run", str(seeds), *options, db=there)
    assert result.returncode == 0, result.stderr
    assert _stories(rasid, there) == _stories(rasid, here)
