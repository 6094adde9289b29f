"""Peak memory and time of ``rasid run`` on whole SaudiNewsNet days, in a fresh database.

    python benchmarks/run_memory.py [--days 2015-07-21,2015-07-22,2015-07-23] [--workers N]

The run is the user's: ``rasid run`` with its default workers (one per core) unless told.
Memory is sampled every 0.2 s over the whole process tree (the run and its workers):
``tree_pss_mb`` is the largest sum of their proportional set sizes (shared pages counted
once, split between the processes sharing them), ``largest_rss_mb`` the largest single
process's resident set as the kernel recorded it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAYS = ROOT.parent / "shared" / "data" / "saudinewsnet"


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += _children(p)
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", default="2015-07-21,2015-07-22,2015-07-23")
    parser.add_argument("--workers", type=int, help="rasid run --workers (default: rasid's own)")
    args = parser.parse_args()
    paths = [DAYS / f"{day}.json" for day in args.days.split(",")]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"no data at {missing[0]}", file=sys.stderr)
        return 2
    articles = sum(len(json.loads(p.read_text(encoding="utf-8"))) for p in paths)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rasid.db"
        workers = ["--workers", str(args.workers)] if args.workers is not None else []
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "rasid", "run", *map(str, paths), "--db", str(db), *workers],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        peak = {"pss_kb": 0, "processes": 0}

        def sample() -> None:
            while proc.poll() is None:
                tree = _tree(proc.pid)
                peak["pss_kb"] = max(peak["pss_kb"], sum(map(_pss_kb, tree)))
                peak["processes"] = max(peak["processes"], len(tree))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, err = proc.communicate()
        seconds = time.perf_counter() - started
        sampler.join()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        # Each stage's one-line summary goes to stderr, beside the problems (rasid: ...).
        summary = [line for line in err.splitlines() if line and not line.startswith("rasid:")]
        stories = [line for line in out.splitlines() if line.startswith("## ")]
        print(json.dumps({
            "days": args.days, "input_articles": articles, "exit": proc.returncode, "seconds": round(seconds, 1),
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1), "tree_pss_mb": round(peak["pss_kb"] / 1024),
            "largest_rss_mb": round(usage.ru_maxrss / 1024), "processes": peak["processes"],
            "db_mb": round(db.stat().st_size / 1e6, 1), "report": summary + stories,
            "told": [line[:200] for line in err.splitlines() if line.startswith("rasid:")][:5],
        }, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
