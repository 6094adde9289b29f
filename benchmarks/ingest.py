"""Ingest benchmark: all of SaudiNewsNet read, cleaned, stored and indexed into a fresh SQLite file.

    python benchmarks/ingest.py [PATH] [--workers N]

Prints articles per second and peak memory (the largest resident set of this process
and of its worker processes).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from rasid.executor.local import LocalExecutor
from rasid.pipeline.ingest import ingest
from rasid.storage.sqlite import SQLiteStore

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    if not Path(args.path).exists():
        print(f"no data at {args.path}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = SQLiteStore(db)
        start = time.perf_counter()
        with LocalExecutor(args.workers) as executor:
            report = ingest([args.path], store, executor=executor)
        elapsed = time.perf_counter() - start
        again_start = time.perf_counter()
        with LocalExecutor(args.workers) as executor:
            again = ingest([args.path], store, executor=executor)
        again_elapsed = time.perf_counter() - again_start
        stored = store.count_articles()
        store.close()
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"records read:        {report.ingested + report.already_present + len(report.failed)}")
    print(f"articles stored:     {stored} (failed {len(report.failed)}: empty or unreadable records)")
    print(f"ingest time:         {elapsed:.1f} s  ({report.ingested / elapsed:.0f} articles/s)")
    print(f"second ingest:       added {again.ingested}, already present {again.already_present}, {again_elapsed:.1f} s")
    print(f"peak memory:         {peak_self:.0f} MB (main process), {peak_children:.0f} MB (largest worker)")
    print(f"database size:       {size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
