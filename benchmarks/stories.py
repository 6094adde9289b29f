"""Benchmark: de-duplicate and cluster all of SaudiNewsNet in date order, a day at a time.

    PYTHONPATH=src python benchmarks/stories.py [--data ../shared/data/saudinewsnet] [--show 15] [--limit N]

Uses two cores: a worker process prepares the next day's features (rasid.stories.prefetch).
Prints wall time, peak memory (ru_maxrss of both processes), time per thousand articles along the stream
(flat means no global recomputation), copy groups, story count and size distribution,
and a random sample of multi-article stories to read by eye.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.model import Article  # noqa: E402
from rasid.stories.clusterer import StoryClusterer  # noqa: E402
from rasid.stories.copies import CopyIndex  # noqa: E402
from rasid.stories.prefetch import prepared  # noqa: E402


def load(data: Path, limit: int | None) -> list[Article]:
    articles: list[Article] = []
    for path in sorted(data.glob("*.json")):
        for i, row in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            if not (row.get("content") or "").strip():
                continue
            articles.append(
                Article(
                    origin=f"{path.name}#{i}",
                    id=f"{path.stem}#{i}",
                    raw_text=row["content"],
                    text=row["content"],
                    url=row.get("url"),
                    outlet=row.get("source"),
                    title=row.get("title") or None,
                    published=(row.get("date_extracted") or "")[:10] or None,
                    language="ar",
                )
            )
    articles.sort(key=lambda a: a.published or "")  # stable: file order within a day
    return articles[:limit] if limit else articles


def identical_body_recall(articles: list[Article], groups, min_chars: int = 100) -> tuple[int, int, int]:
    """How many groups of identical bodies (whitespace folded) the copy groups hold whole.

    With ``min_chars`` 100 the groups are the shared README's "707 groups of identical bodies
    (1,460 articles)"; the 16 shorter ones are stubs ("بلاتر", "تعليقات ()").  Returns
    (groups, articles in them, groups found whole inside one copy group).
    """
    bodies: dict[str, list[str]] = {}
    for article in articles:
        body = " ".join(article.text.split())
        if len(body) >= min_chars:
            bodies.setdefault(body, []).append(article.id)
    identical = [ids for ids in bodies.values() if len(ids) > 1]
    group_of = {article_id: g.id for g in groups for article_id in g.members}
    whole = sum(1 for ids in identical if ids[0] in group_of and len({group_of.get(i) for i in ids}) == 1)
    return len(identical), sum(len(ids) for ids in identical), whole


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "saudinewsnet"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--show", type=int, default=10, help="stories to print for reading")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    started = time.perf_counter()
    articles = load(Path(args.data), args.limit)
    load_s = time.perf_counter() - started
    print(f"loaded {len(articles)} articles in {load_s:.1f} s")

    clusterer = StoryClusterer()
    copies = CopyIndex()
    by_day: dict[str, list[Article]] = {}
    for article in articles:
        by_day.setdefault(article.published or "", []).append(article)

    work_started = time.perf_counter()
    done = 0
    checkpoints: list[tuple[int, float]] = []
    t0 = time.perf_counter()
    days = prepared(list(by_day.values()), clusterer.config)
    for batch, features in days:
        day = batch[0].published or ""
        for a, f in zip(batch, features):
            copies.add_tokens(f.article_id, f.tokens, a.published, bool(a.credits))
            f.tokens = []  # the copy index keeps its shingles; the clusterer needs no tokens
        clusterer.add_features(features)
        elapsed = time.perf_counter() - t0
        done += len(batch)
        checkpoints.append((done, elapsed))
        print(f"  {day}: {len(batch):5d} articles  {1000 * elapsed / len(batch):6.1f} s per 1000  "
              f"stories touched {len(clusterer.touched):5d}  peak {peak_mb():6.0f} MB", flush=True)
        t0 = time.perf_counter()  # the next day's wait for its read-ahead counts towards it
    cluster_s = time.perf_counter() - work_started

    t0 = time.perf_counter()
    stories = clusterer.stories
    groups = copies.groups()
    read_s = time.perf_counter() - t0
    total_s = time.perf_counter() - started

    sizes = Counter(len(s.article_ids) for s in stories)
    buckets = {"1": 0, "2-3": 0, "4-10": 0, "11-50": 0, "51-200": 0, ">200": 0}
    for size, count in sizes.items():
        key = ("1" if size == 1 else "2-3" if size <= 3 else "4-10" if size <= 10 else "11-50" if size <= 50
               else "51-200" if size <= 200 else ">200")
        buckets[key] += count
    labels = Counter(label for g in groups for label in g.members.values())
    events = sum(len(s.events) for s in stories)
    print()
    print(f"articles            {len(articles)}")
    print(f"total time          {total_s:.1f} s (load {load_s:.1f}, dedup+cluster {cluster_s:.1f}, "
          f"events+groups on read {read_s:.1f})")
    print(f"per 1000 articles   {1000 * cluster_s / len(articles):.2f} s")
    print(f"peak memory         {peak_mb():.0f} MB main process + {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB "
          f"read-ahead worker (ru_maxrss)")
    print(f"stories             {len(stories)}  (multi-article {sum(1 for s in stories if len(s.article_ids) > 1)}, "
          f"largest {max(sizes)})  events {events}")
    print(f"story sizes         {buckets}")
    print(f"copy groups         {len(groups)} covering {sum(len(g.members) for g in groups)} articles: {dict(labels)}")

    identical, identical_articles, whole = identical_body_recall(articles, groups)
    print(f"identical bodies    {identical} groups ({identical_articles} articles; whitespace folded, >= 100 chars): "
          f"{whole} found whole in one copy group")

    print("largest stories:")
    for story in sorted(stories, key=lambda s: -len(s.article_ids))[:6]:
        print(f"   {len(story.article_ids):4d} articles {len(story.events):3d} events "
              f"{story.date_start}..{story.date_end}  {story.title[:90]}")
    rng = random.Random(args.seed)
    titles = {a.id: (a.outlet, a.published, a.title or a.text[:80]) for a in articles}
    multi = [s for s in stories if 3 <= len(s.article_ids) <= 60]
    for story in rng.sample(multi, min(args.show, len(multi))):
        print(f"\n== story {story.id}: {len(story.article_ids)} articles, {len(story.events)} events, "
              f"{story.date_start}..{story.date_end}: {story.title[:90]}")
        for article_id in story.article_ids[:8]:
            outlet, day, title = titles[article_id]
            print(f"   {day} {outlet:14s} {title[:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
