"""Saved stage state is data: it round-trips the real stage objects, and nothing written into
``stage_state`` (a pickle, a crafted payload) ever runs code; it is refused with one line and
the stage is rebuilt from the stored articles."""

from __future__ import annotations

import json
import pickle
import sqlite3
import struct
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pytest
from scipy import sparse

from rasid.storage import state_codec
from rasid.storage.state_codec import StateRefused, dumps, loads


def _payload(tree: dict | str, blob: bytes = b"") -> bytes:
    """A hand-made payload in the codec's framing, as an attacker would write one."""
    packed = zlib.compress((tree if isinstance(tree, str) else json.dumps(tree)).encode())
    return state_codec.MAGIC + struct.pack("<IQ", state_codec.CODEC_VERSION, len(packed)) + packed + blob


def _tree(root, stage="stories", version=1, arrays=()):
    return {"stage": stage, "version": version, "root": root, "arrays": list(arrays)}


def test_plain_data_numpy_and_sparse_round_trip_exactly():
    matrix = np.arange(12, dtype=np.float32).reshape(3, 4)
    value = {
        "text": "بيونغ يانغ", "n": 2**70, "x": 0.1, "nan": float("nan"), "inf": float("-inf"), "none": None,
        "tuple": (1, "a"), "set": {"b", "a"}, "frozen": frozenset({3}), "bytes": b"\x00\xff",
        "by_pair": {("PERS", "بوتين"): [("بوتين", 3)]}, "counter": Counter({"a": 2}),
        "default": defaultdict(Counter, {"k": Counter({"x": 1})}), "day": date(2023, 9, 13),
        "matrix": matrix, "same": [matrix], "scalar": np.float32(0.5), "empty": np.zeros((0, 512), np.float32),
        "sparse": sparse.csr_matrix(np.eye(3)), "__t": "a key that looks like a tag",
    }
    back = loads(dumps(value, "x"), "x")
    assert back["text"] == "بيونغ يانغ" and back["n"] == 2**70 and back["x"] == 0.1
    assert np.isnan(back["nan"]) and back["inf"] == float("-inf") and back["none"] is None
    assert back["tuple"] == (1, "a") and back["set"] == {"a", "b"} and back["frozen"] == frozenset({3})
    assert back["bytes"] == b"\x00\xff" and back["by_pair"] == {("PERS", "بوتين"): [("بوتين", 3)]}
    assert type(back["counter"]) is Counter and back["counter"]["a"] == 2
    assert type(back["default"]) is defaultdict and back["default"]["new"] == Counter()
    assert back["day"] == date(2023, 9, 13) and back["__t"] == "a key that looks like a tag"
    assert back["matrix"].dtype == np.float32 and np.array_equal(back["matrix"], matrix)
    assert back["same"][0] is back["matrix"]  # one array held twice stays one array
    assert type(back["scalar"]) is np.float32 and back["empty"].shape == (0, 512)
    assert (back["sparse"] != sparse.csr_matrix(np.eye(3))).nnz == 0


def test_the_stages_objects_round_trip_and_resume(tmp_path):
    from rasid.stories.clusterer import StoryClusterer
    from rasid.stories.copies import CopyIndex
    from test_stories import QUAKE_AR, QUAKE_EN, RATES_EN

    clusterer, copies = StoryClusterer(), CopyIndex()
    clusterer.add_many([QUAKE_AR, RATES_EN])
    for article in (QUAKE_AR, RATES_EN):
        copies.add(article)
    resumed = loads(dumps(clusterer, "stories"), "stories")
    assert resumed.add(QUAKE_EN) == clusterer.add(QUAKE_EN)
    assert [s.article_ids for s in resumed.stories] == [s.article_ids for s in clusterer.stories]
    copies_back = loads(dumps(copies, "copies"), "copies")
    assert copies_back.add(QUAKE_EN) == copies.add(QUAKE_EN)
    assert dumps(copies_back, "copies") == dumps(copies, "copies")


def test_a_class_off_the_allow_list_is_not_saved():
    class Gadget:
        pass

    with pytest.raises(TypeError, match="ALLOWED_CLASSES"):
        dumps({"x": Gadget()}, "stories")
    with pytest.raises(TypeError, match="defaultdict"):
        dumps(defaultdict(lambda: 0), "stories")


def test_an_attribute_the_class_gained_takes_its_default():
    from rasid.stories.copies import CopyIndex

    saved = dumps(CopyIndex(), "copies")
    start = len(state_codec.MAGIC) + 12
    tree = json.loads(zlib.decompress(saved[start : start + struct.unpack("<IQ", saved[len(state_codec.MAGIC) : start])[1]]))
    del tree["root"]["s"]["_root"]  # as saved by a rasid before CopyIndex had _root
    old = loads(_payload(tree), "copies")
    assert old._root == {}


ATTACKS = {
    "a class from the data": _tree({"__t": "obj", "c": "os.system", "s": {}}),
    "builtins": _tree({"__t": "obj", "c": "builtins.eval", "s": {}}),
    "subprocess": _tree({"__t": "obj", "c": "subprocess.Popen", "s": {"args": "touch pwned"}}),
    "a defaultdict factory": _tree({"__t": "defaultdict", "f": "os.system", "v": {}}),
    "an object array": _tree({"__t": "nd", "i": 0}, arrays=[["|O", [1], 0, 8]]),
    "a dunder attribute": _tree({"__t": "obj", "c": "rasid.stories.copies.CopyIndex", "s": {"__class__": 1}}),
    "an unknown tag": _tree({"__t": "pickle", "v": "gASV"}),
    "another stage": _tree({}, stage="entities"),
    "another version": _tree({}, version=99),
    "an array past the end": _tree({"__t": "nd", "i": 0}, arrays=[["<f4", [1000], 0, 4000]]),
    "deep nesting": '{"stage": "stories", "version": 1, "arrays": [], "root": ' + "[" * 100_000 + "]" * 100_000 + "}",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_crafted_payloads_are_refused_with_one_line(attack, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StateRefused) as refused:
        loads(_payload(ATTACKS[attack]), "stories", 1)
    assert "\n" not in str(refused.value) and str(refused.value)
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("damage", [b"", b"rasid-state\x00", b"garbage" * 10, b"rasid-state\x00" + struct.pack("<IQ", 7, 0)])
def test_damaged_or_foreign_bytes_are_refused(damage):
    with pytest.raises(StateRefused):
        loads(damage, "stories")


class _Payload:
    """What an attacker pickles: unpickling it calls exec with their code."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return exec, (f"open({str(self.marker)!r}, 'w').write('ran')",)


def _fingerprint(db) -> dict:
    connection = sqlite3.connect(db)
    documents = sorted(connection.execute("SELECT kind, id, data FROM documents").fetchall())
    articles = sorted(connection.execute("SELECT id, published, annotations FROM articles").fetchall())
    return {"documents": documents, "articles": articles}


def test_a_crafted_pickle_in_stage_state_never_runs_and_the_stages_rebuild(tmp_path, rasid, seeds):
    clean = tmp_path / "clean.db"
    assert rasid("run", str(seeds), db=clean).returncode == 0
    attacked = tmp_path / "attacked.db"
    assert rasid("run", str(seeds), db=attacked).returncode == 0
    marker = tmp_path / "pwned"
    evil = pickle.dumps(_Payload(marker))
    from rasid.stories.stage import STATE_VERSION

    # Framed as the current version, so the class itself is what gets it refused.
    crafted = _payload(_tree({"__t": "obj", "c": "subprocess.Popen", "s": {"args": ["touch", str(marker)]}},
                             stage="copies", version=STATE_VERSION))
    with sqlite3.connect(attacked) as db:
        db.execute("UPDATE stage_state SET state = ? WHERE stage IN ('stories', 'entities')", (evil,))
        db.execute("UPDATE stage_state SET state = ? WHERE stage = 'copies'", (crafted,))
    rerun = rasid("run", str(seeds), db=attacked)
    assert rerun.returncode == 0, rerun.stderr
    assert not marker.exists()
    refusals = [line for line in rerun.stderr.splitlines() if "saved state" in line]
    assert any("stories stage not used (saved as a pickle" in line for line in refusals), rerun.stderr
    assert any("copies stage not used (class 'subprocess.Popen'" in line for line in refusals), rerun.stderr
    assert "Traceback" not in rerun.stderr
    # Rebuilt from the stored articles: the same stories, copy groups and entities as a clean run.
    assert _fingerprint(attacked)["documents"] == _fingerprint(clean)["documents"]
    with sqlite3.connect(attacked) as db:
        states = dict(db.execute("SELECT stage, state FROM stage_state").fetchall())
    # Objects in the codec's framing; the enrichment marks each stage built from are plain JSON.
    assert all(bytes(state).startswith(state_codec.MAGIC) for stage, state in states.items() if not stage.endswith(".marks"))
    assert all(json.loads(state) for stage, state in states.items() if stage.endswith(".marks"))
