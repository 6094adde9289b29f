"""How the articles of this folder were drawn (not from rasid's output): for each day, the
articles whose ``content`` has 600-3,000 characters, shuffled with a fixed seed, then taken in
turn from each outlet so the day's outlets are spread evenly.

    python gold/articles/draw.py 2015-08-10 12 [--data ../shared/data/saudinewsnet] [--seed 11]

prints one ``{"day", "url", "source"}`` line per drawn article.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1].parent / "shared" / "data" / "saudinewsnet"


def draw(day: str, count: int, data: Path = DATA, seed: int = 11) -> list[dict]:
    records = json.loads((data / f"{day}.json").read_text(encoding="utf-8"))
    fitting = [r for r in records if 600 <= len(r.get("content") or "") <= 3000]
    random.Random(f"{seed}:{day}").shuffle(fitting)
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for record in fitting:
        by_outlet[record["source"]].append(record)
    outlets = sorted(by_outlet)
    random.Random(f"{seed}:{day}:outlets").shuffle(outlets)
    drawn: list[dict] = []
    seen: set[str] = set()
    while len(drawn) < count and any(by_outlet.values()):
        for outlet in outlets:
            if by_outlet[outlet] and len(drawn) < count:
                record = by_outlet[outlet].pop()
                if record["url"] not in seen:
                    seen.add(record["url"])
                    drawn.append({"day": day, "url": record["url"], "source": outlet})
    return drawn


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("day")
    parser.add_argument("count", type=int)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    for item in draw(args.day, args.count, args.data, args.seed):
        print(json.dumps(item, ensure_ascii=False))
