"""``rasid eval pairs GOLD.jsonl``: stories and events against hand-labelled article pairs.

Gold (``../shared/data/gold/pairs_dev.jsonl``, ``gold/pairs/*.jsonl``): one pair of real
SaudiNewsNet articles a line, matched by ``url``, labelled SAME_EVENT, SAME_STORY or
DIFFERENT by reading them.  The main job runs on the day files the pairs come from (each
article's ``date``, the SaudiNewsNet ``date_extracted``, names its day file) into a fresh
database, or ``--db`` reads one already built.  Pairwise over the labelled pairs whose two
articles are both stored:

- story level: positive = SAME_EVENT or SAME_STORY; predicted = both in one story;
- event level: positive = SAME_EVENT; predicted = both under one event of their story.

``--errors`` lists the pairs the system gets wrong, for reading (development gold only:
reading the errors of held-out pairs would tune on them).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from rasid.errors import RasidError
from rasid.eval.gold import one_file, read_jsonl

LABELS = ("SAME_EVENT", "SAME_STORY", "DIFFERENT")
STORY_POSITIVE = frozenset({"SAME_EVENT", "SAME_STORY"})
EVENT_POSITIVE = frozenset({"SAME_EVENT"})


def _pair(row: dict, file: Path, line_no: int) -> dict:
    urls = (row["a"]["url"], row["b"]["url"])
    if row.get("label") not in LABELS or not all(urls):
        raise ValueError(f"label must be one of {', '.join(LABELS)}, urls non-empty")
    return row


def load_pairs(path: str | Path) -> list[dict]:
    files = one_file(path, "pairs jsonl: one {a, b, label} object a line")
    pairs = read_jsonl(files, _pair, "a pair")
    if not pairs:
        raise RasidError(f"{path}: no pairs")
    return pairs


def day_files(pairs: list[dict], data: Path) -> list[Path]:
    """The SaudiNewsNet day files holding the pairs' articles."""
    days = sorted({side["date"][:10] for pair in pairs for side in (pair["a"], pair["b"]) if side.get("date")})
    files = [data / f"{day}.json" for day in days]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise RasidError(f"day files not found: {', '.join(missing)} (give the folder with --data)")
    return files


def default_data(gold: Path) -> Path:
    """``saudinewsnet/`` beside the gold's folder (../shared/data/gold -> ../shared/data), else ../shared's."""
    beside = gold.resolve().parent.parent / "saudinewsnet"
    return beside if beside.is_dir() else Path("../shared/data/saudinewsnet")


def build(files: list[Path], db: str) -> None:
    """Run the main job (ingest, then every stage) on ``files`` into ``db``."""
    from rasid.cli.common import progress
    from rasid.executor.base import make_executor
    from rasid.pipeline.ingest import ingest
    from rasid.pipeline.stages import StageContext, run_stages
    from rasid.storage.base import open_store

    with open_store(db) as store, make_executor("local", None) as executor:
        report = ingest(files, store, executor=executor)
        print(report.summary(), file=sys.stderr)
        for summary in run_stages(StageContext(store, executor, progress)):
            print(summary, file=sys.stderr)


def predictions(db: str) -> tuple[dict[str, list[str]], dict[str, str], dict[str, set[int]]]:
    """(url -> article ids, article id -> story id, article id -> the events it is under)."""
    from rasid.storage.base import open_store

    by_url: dict[str, list[str]] = defaultdict(list)
    story_of: dict[str, str] = {}
    events_of: dict[str, set[int]] = defaultdict(set)
    with open_store(db) as store:
        for article in store.iter_articles():
            if article.url:
                by_url[article.url].append(article.id)
        event_number = 0
        for doc in store.iter_documents("story"):
            for article_id in doc.article_ids:
                story_of[article_id] = doc.id
            for event in doc.data.get("events", ()):
                for article_id in event["article_ids"]:
                    events_of[article_id].add(event_number)
                event_number += 1
    return by_url, story_of, events_of


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def score(pairs: list[dict], by_url, story_of, events_of) -> dict:
    counts = {level: [0, 0, 0] for level in ("story", "event")}
    errors = []
    found = 0
    for pair in pairs:
        a_ids, b_ids = by_url.get(pair["a"]["url"]), by_url.get(pair["b"]["url"])
        if not a_ids or not b_ids:
            continue
        found += 1
        a, b = a_ids[0], b_ids[0]
        same_story = story_of.get(a) is not None and story_of.get(a) == story_of.get(b)
        same_event = same_story and bool(events_of.get(a, set()) & events_of.get(b, set()))
        for level, gold_positive, predicted in (("story", STORY_POSITIVE, same_story), ("event", EVENT_POSITIVE, same_event)):
            positive = pair["label"] in gold_positive
            tally = counts[level]
            if positive and predicted:
                tally[0] += 1
            elif predicted:
                tally[1] += 1
            elif positive:
                tally[2] += 1
            if positive != predicted:
                errors.append({"pair": pair.get("pair"), "level": level, "label": pair["label"],
                               "predicted": predicted, "a": pair["a"]["title"], "b": pair["b"]["title"]})
    return {"pairs": len(pairs), "scored": found,
            "story": _prf(*counts["story"]), "event": _prf(*counts["event"]), "errors": errors}


def evaluate(gold: str | Path, db: str | None = None, data: str | Path | None = None) -> dict:
    gold = Path(gold)
    pairs = load_pairs(gold)
    if db is None:
        files = day_files(pairs, Path(data) if data else default_data(gold))
        with tempfile.TemporaryDirectory(prefix="rasid-eval-pairs-") as folder:
            db = str(Path(folder) / "pairs.db")
            build(files, db)
            result = score(pairs, *predictions(db))
        result["days"] = [f.stem for f in files]
        return result
    if not Path(db).exists() and "://" not in db:
        raise RasidError(f"{db}: no such database")
    return score(pairs, *predictions(db))


def register(subparsers) -> None:
    about = "pair precision/recall/F1 of stories and events against hand-labelled SaudiNewsNet pairs"
    parser = subparsers.add_parser("pairs", help=about, description=about)
    parser.add_argument("path", help="pairs jsonl (e.g. ../shared/data/gold/pairs_dev.jsonl)")
    parser.add_argument("--db", default=None, help="score this database instead of running the main job afresh")
    parser.add_argument("--data", default=None, help="folder of SaudiNewsNet day files (default: beside the gold)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--errors", action="store_true", help="also list the pairs scored wrong")
    parser.set_defaults(func=run)


def run(args) -> int:
    result = evaluate(args.path, args.db, args.data)
    if not args.errors:
        result.pop("errors")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{result['scored']} of {result['pairs']} pairs scored (both articles stored)")
    print(f"{'level':<8}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}")
    for level in ("story", "event"):
        m = result[level]
        print(f"{level:<8}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['tp']:>5}{m['fp']:>5}{m['fn']:>5}")
    for error in result.get("errors", ()):
        kind = "joined" if error["predicted"] else "missed"
        print(f"  {error['level']:<6}{kind:<7}{error['label']:<11}#{error['pair']}: {error['a']}  |  {error['b']}")
    return 0
