"""One very large page: time and peak memory of ``rasid run`` on it, and what it was told.

    python benchmarks/big_pages.py [--sizes 2,15,19.9,50]

Pages are made from SaudiNewsNet text (one day's articles run together): plain text of each
size, and at 15 MB an HTML page and a JSON record too.  Each runs in a fresh database in
its own process (``rasid run --workers 0``); peak memory is that process's largest resident
set (its read-ahead worker, if any, is a fork and counted separately by the kernel).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAY = ROOT.parent / "shared" / "data" / "saudinewsnet" / "2015-07-21.json"


def _text(size_bytes: int) -> str:
    articles = json.loads(DAY.read_text(encoding="utf-8"))
    corpus = "\n\n".join(r["content"] for r in articles if r.get("content"))
    repeated = corpus * (size_bytes // len(corpus.encode()) + 1)
    return repeated.encode()[:size_bytes].decode("utf-8", "ignore")


def _pages(folder: Path, sizes: list[float]) -> list[Path]:
    pages = []
    for size in sizes:
        path = folder / f"page_{size:g}MB.txt"
        path.write_text(_text(int(size * 1_000_000)), encoding="utf-8")
        pages.append(path)
    text = _text(15_000_000)
    page = folder / "page_15MB.html"
    page.write_text("<html><head><title>صفحة طويلة</title></head><body><article>"
                    + "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
                    + "</article></body></html>", encoding="utf-8")
    record = folder / "record_15MB.json"
    record.write_text(json.dumps([{"url": "http://big.test/1", "title": "طويل", "content": text}], ensure_ascii=False),
                      encoding="utf-8")
    return pages + [page, record]


def _run(page: Path, folder: Path) -> dict:
    db = folder / f"{page.stem}.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "rasid", "run", str(page), "--db", str(db), "--workers", "0"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    told = [line for line in err.splitlines() if line.startswith("rasid:")]
    return {"page": page.name, "mb": round(page.stat().st_size / 1e6, 1), "seconds": round(seconds, 1),
            "peak_mb": round(usage.ru_maxrss / 1024), "exit": os.waitstatus_to_exitcode(status),
            "told": told[0][:160] if told else ""}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2,15,19.9,50", help="plain-text page sizes in MB")
    args = parser.parse_args()
    if not DAY.exists():
        print(f"no data at {DAY}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for page in _pages(folder, [float(s) for s in args.sizes.split(",")]):
            print(json.dumps(_run(page, folder), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
