"""``rasid eval pubdate``: publication-date estimation measured on dated news (SaudiNewsNet).

Each article's own date is hidden; the estimator sees only its text (fetch date as the upper
bound, as a crawler would know it).  SaudiNewsNet's ``date_extracted`` is the crawl time, so an
estimate counts as right when it falls on that day or up to ``--slack`` days before it.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from rasid.errors import RasidError
from rasid.temporal import estimate_publication_date

DEFAULT_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "saudinewsnet"


def register(subparsers) -> None:
    p = subparsers.add_parser("pubdate", help="publication-date estimation on SaudiNewsNet (dates hidden)")
    p.add_argument("--data", type=Path, default=DEFAULT_DIR, help="folder of SaudiNewsNet YYYY-MM-DD.json files")
    p.add_argument("--limit", type=int, default=3000, help="articles to read (spread over all files)")
    p.add_argument("--slack", type=int, default=2, help="days before the crawl date still counted right")
    p.add_argument("--fetch-context", action="store_true",
                   help="also give the crawl date as a story/fetch date (context_dates), as a crawler knows it")
    p.set_defaults(func=run)


def evaluate(articles: list[tuple[date, str]], slack: int, fetch_context: bool = False) -> dict:
    counts: Counter = Counter()
    start = time.perf_counter()
    for crawled, text in articles:
        est = estimate_publication_date(text, "ar", not_after=crawled,
                                        context_dates=[crawled] if fetch_context else None)
        counts["articles"] += 1
        if est is None:
            continue
        counts[f"estimated_{est.granularity}"] += 1
        if est.granularity == "day":
            d = date.fromisoformat(est.date)
            counts["day_right"] += crawled - timedelta(days=slack) <= d <= crawled
            counts["day_exact_crawl_day"] += d == crawled
        elif est.granularity == "weekday":
            window = {(crawled - timedelta(days=k)).weekday() for k in range(slack + 1)}
            counts["weekday_right"] += est.weekday in window
        elif est.granularity == "year":
            counts["year_right"] += int(est.date) in {crawled.year, (crawled - timedelta(days=slack)).year}
        elif est.granularity == "month":
            counts["month_right"] += est.date in {crawled.strftime("%Y-%m"),
                                                  (crawled - timedelta(days=slack)).strftime("%Y-%m")}
    counts["seconds"] = round(time.perf_counter() - start, 1)
    return dict(counts)


def _load(folder: Path, limit: int) -> list[tuple[date, str]]:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise RasidError(f"no SaudiNewsNet files in {folder}")
    per_file = max(1, limit // len(files))
    out = []
    for f in files:
        rows = [r for r in json.loads(f.read_text(encoding="utf-8")) if r.get("content")]
        for r in rows[:per_file]:
            out.append((date.fromisoformat(r["date_extracted"][:10]), r["content"]))
    return out


def run(args) -> int:
    result = evaluate(_load(args.data, args.limit), args.slack, args.fetch_context)
    n = result["articles"]
    day = result.get("estimated_day", 0)
    print(json.dumps(result, ensure_ascii=False))
    print(f"articles {n}; estimated to the day {day} ({day / n:.1%}); right (crawl day or up to "
          f"{args.slack} days before) {result.get('day_right', 0)}/{day} ({result.get('day_right', 0) / max(day, 1):.1%})")
    return 0
