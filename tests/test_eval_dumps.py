"""`rasid eval dumps`: what a user reads off a folder of labelled full-page dumps, on both paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rasid.eval.dumps import kept_in_text, kept_line_numbers

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"

PAGE = [
    "Councillors reject harbour car park | The Harbour Times",
    "Home", "News", "Politics", "Sport", "Weather", "Opinion", "Jobs", "Property", "Puzzles",
    "Storm warning issued for the west coast on Friday",
    "Hospital waiting lists fall for a third month",
    "Rail strike called off after late talks",
    "Councillors reject harbour car park",
    "By Jane Walsh",
    "08/11/2023 | 20:26 PM",
    "Councillors have rejected a plan to build a new car park beside the harbour after residents objected to it.",
    "The council said the site would have held three hundred cars and was meant to ease traffic in the town.",
    "Residents told the meeting that the car park would block the view of the bay and bring more traffic.",
    "Tags:", "Harbour", "Council",
    "About us", "Contact us", "Privacy policy", "© 2023 The Harbour Times. All rights reserved.",
]
LABELS = "T" + "C" * 12 + "MMM" + "BBB" + "C" * 7


def _folder(tmp_path: Path, author: str | None = "Jane Walsh") -> Path:
    (tmp_path / "harbour.txt").write_text("\n".join(PAGE), encoding="utf-8")
    meta = {"harbour": {"url": "https://www.harbourtimes.co.uk/news/car-park-1", "title": "Councillors reject harbour car park",
                        "author": author, "date": ["2023-11-08"], "split": "held-out"}}
    labels = {"harbour": {str(i + 1): label for i, label in enumerate(LABELS)}}
    (tmp_path / "labels.json").write_text(json.dumps({"labels": labels, "meta": meta}), encoding="utf-8")
    return tmp_path


def _eval(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "rasid", "eval", "dumps", *args], capture_output=True, text=True,
                          env=env, timeout=240)


def test_the_figures_a_user_reads_for_a_labelled_page(tmp_path):
    run = _eval(str(_folder(tmp_path)), "--json")
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)["summary"]
    assert (summary["body_lines"], summary["body_lost"]) == (3, 0)
    assert (summary["chrome_lines"], summary["chrome_kept"]) == (19, 0)
    assert (summary["title_right"], summary["author_right"], summary["date_right"]) == (1, 1, 1)
    assert summary["date_wrong_confident"] == 0
    text = _eval(str(tmp_path)).stdout
    assert "body lines lost 0 of 3" in text and "title right 1 of 1" in text


def test_a_wrong_label_shows_as_a_wrong_byline_and_a_missing_folder_as_one_line(tmp_path):
    summary = json.loads(_eval(str(_folder(tmp_path, author="Someone Else")), "--json").stdout)["summary"]
    assert summary["author_right"] == 0
    missing = _eval(str(tmp_path / "nowhere"))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert "labels.json" in missing.stderr


def test_a_line_kept_without_its_lifted_dateline_counts_as_kept_on_both_paths():
    lines = ["NEW YORK - Woody Allen's memoir, dropped by its publisher, has found a new home.", "Menu"]
    text = "Woody Allen's memoir, dropped by its publisher, has found a new home."
    assert kept_line_numbers("\n".join(lines), text) == {1}
    assert kept_in_text(lines, text) == {1}
    assert kept_in_text(lines, "Menu was not") == set()


def test_every_line_of_the_held_out_dumps_is_labelled_and_the_sets_are_apart():
    """gold/dumps to gold/dumps12 (each measured blind once, or to be): every
    non-blank line carries one label, every page its metadata, and no page is in two sets, nor among
    the shared development pages."""
    shared = json.loads((GOLD / "dumps" / "shared-meta.json").read_text(encoding="utf-8"))
    seen = {info["url"]: ["shared"] for info in shared["meta"].values()}
    for folder in ("dumps", "dumps2", "dumps3", "dumps4", "dumps5", "dumps6", "dumps7", "dumps8", "dumps9", "dumps10", "dumps11", "dumps12"):
        data = json.loads((GOLD / folder / "labels.json").read_text(encoding="utf-8"))
        for page, labels in data["labels"].items():
            lines = (GOLD / folder / f"{page}.txt").read_text(encoding="utf-8").split("\n")
            numbered = {str(i + 1) for i, line in enumerate(lines) if line.strip()}
            assert set(labels) == numbered, (folder, page)
            assert set(labels.values()) <= set("BCMT") and labels["1"] == "T"
            info = data["meta"][page]
            assert info["title"] and info["date"] and info["source"]["repo"]
            seen.setdefault(info["url"], []).append(folder)
    assert len([url for url, sets in seen.items() if sets == ["shared"]]) == 7
    assert all(len(folders) == 1 for folders in seen.values()), [u for u, f in seen.items() if len(f) > 1]
    assert sum(folders == ["dumps2"] for folders in seen.values()) == 11
    assert sum(folders == ["dumps3"] for folders in seen.values()) == 10
    assert sum(folders == ["dumps4"] for folders in seen.values()) == 10
    assert sum(folders == ["dumps5"] for folders in seen.values()) == 10
    assert sum(folders == ["dumps6"] for folders in seen.values()) == 10
    assert sum(folders == ["dumps7"] for folders in seen.values()) == 3
    assert sum(folders == ["dumps8"] for folders in seen.values()) == 10
    assert sum(folders == ["dumps9"] for folders in seen.values()) == 10
    assert sum(folders == ["dumps10"] for folders in seen.values()) == 10
    assert sum(folders == ["dumps11"] for folders in seen.values()) == 10
    assert sum(folders == ["dumps12"] for folders in seen.values()) == 10
