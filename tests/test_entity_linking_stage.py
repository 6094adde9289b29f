"""The linking stage over a real store: a second run links only what is new, and a corpus
linked over two runs has the entities it has when linked in one."""

from __future__ import annotations

import json
import shutil


def _entities(rasid, db) -> dict:
    listed = json.loads(rasid("entities", "--limit", "1000", "--json", db=db).stdout)
    return {e["name"]: (e["type"], e["aliases"]) for e in listed}


def _links(rasid, db) -> dict:
    """Every article's mention and quote-speaker entity ids, as exported."""
    export = json.loads(rasid("export", "--format", "json", db=db).stdout)
    return {a["id"]: ([m["entity_id"] for m in a["mentions"]], [q["speaker_entity_id"] for q in a["quotes"]])
            for a in export["articles"]}


def test_two_runs_link_like_one_and_a_rerun_relinks_nothing(tmp_path, rasid, seeds):
    first_half, second_half = tmp_path / "first", tmp_path / "second"
    first_half.mkdir()
    second_half.mkdir()
    for page in sorted(seeds.glob("*.txt")):
        shutil.copy(page, (first_half if page.name < "002" else second_half) / page.name)

    at_once = tmp_path / "once.db"
    assert rasid("run", str(first_half), str(second_half), db=at_once).returncode == 0
    in_two = tmp_path / "two.db"
    assert rasid("run", str(first_half), db=in_two).returncode == 0
    second = rasid("run", str(second_half), db=in_two)
    assert second.returncode == 0, second.stderr
    assert "(0 articles linked" not in second.stderr

    assert _entities(rasid, in_two) == _entities(rasid, at_once)
    assert _links(rasid, in_two) == _links(rasid, at_once)
    again = rasid("run", str(first_half), str(second_half), db=in_two)
    assert "(0 articles linked or relinked)" in again.stderr
    assert _entities(rasid, in_two) == _entities(rasid, at_once)
