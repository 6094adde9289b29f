"""Draw candidate article pairs for labelling, by the protocol of ../shared/data/gold/README.md.

    python gold/pairs/draw.py ../shared/data/saudinewsnet/2015-08-10.json ../shared/data/saudinewsnet/2015-08-11.json \
        --seed 10 > gold/pairs/candidates.jsonl

TF-IDF over the title and first 1,200 characters of every non-empty article of the days
given, each article's 5 nearest neighbours (cosine), then a random sample of those pairs
stratified by cosine (bins 0.12-0.2: 40, 0.2-0.3: 50, 0.3-0.42: 50, 0.42-0.6: 40,
0.6-0.9: 16, >= 0.9: 4).  Nothing here reads rasid's clustering: the pairs are drawn from
the text alone, and labelled by reading title and lead.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.neighbors import NearestNeighbors

BINS = ((0.12, 0.2, 40), (0.2, 0.3, 50), (0.3, 0.42, 50), (0.42, 0.6, 40), (0.6, 0.9, 16), (0.9, 1.01, 4))
NEIGHBOURS = 5
LEAD_CHARS = 1200


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("days", nargs="+", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every bin's count")
    args = parser.parse_args()
    rows = []
    for path in args.days:
        for row in json.loads(path.read_text(encoding="utf-8")):
            if (row.get("content") or "").strip() and row.get("url"):
                rows.append(row)
    texts = [f"{r.get('title') or ''}\n{r['content'][:LEAD_CHARS]}" for r in rows]
    matrix = TfidfVectorizer(sublinear_tf=True, min_df=2, token_pattern=r"(?u)\b\w\w+\b").fit_transform(texts)
    index = NearestNeighbors(n_neighbors=NEIGHBOURS + 1, metric="cosine").fit(matrix)
    distances, neighbours = index.kneighbors(matrix)
    pairs: dict[tuple[int, int], float] = {}
    for i in range(len(rows)):
        for distance, j in zip(distances[i], neighbours[i]):
            if j != i and rows[i]["url"] != rows[j]["url"]:
                pairs[(min(i, j), max(i, j))] = round(1.0 - float(distance), 4)
    rng = random.Random(args.seed)
    drawn = []
    for low, high, count in BINS:
        inside = sorted(p for p, c in pairs.items() if low <= c < high)
        drawn.extend(rng.sample(inside, min(len(inside), round(count * args.scale))))
    rng.shuffle(drawn)

    def side(row):
        return {"url": row["url"], "source": row["source"], "date": row["date_extracted"], "title": row.get("title") or ""}

    for number, (i, j) in enumerate(drawn):
        print(json.dumps({"pair": number, "a": side(rows[i]), "b": side(rows[j]), "cosine": pairs[(i, j)]},
                         ensure_ascii=False))
    print(f"{len(rows)} articles, {len(pairs)} neighbour pairs, {len(drawn)} drawn", file=sys.stderr)


if __name__ == "__main__":
    main()
