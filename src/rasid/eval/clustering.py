"""``rasid eval clustering FILE.jsonl``: story clustering against gold story ids.

Runs the product's own ``StoryClusterer`` over the documents in file order (they carry
no dates, so the time signal is silent) and prints B-cubed precision/recall/F1 and the
adjusted Rand index.  Input: one JSON object a line with ``story_id`` and either
``sentences`` (a list) or ``text``.  A first line that is a (tokenised) URL is dropped by
the clusterer's own feature extraction, as a cleaner would.

How the clusterer's parameters were chosen (honestly: on this data, one half at a time).
Two-fold cross-validation over ECB+ topic halves, A = topics 1-11, B = topics 12-22, each
half clustered on its own; "held-out" below is the half that was NOT used to choose.

1. Join threshold and embedding/TF-IDF weights (earlier round): a grid scored on each
   half; tuned on B the best (threshold 0.25, embedding 0.2 / TF-IDF 0.8) scored 0.846 on
   held-out A; tuned on A (threshold 0.15), 0.738 on held-out B.  0.25 was kept, and is
   kept now: lower thresholds merge SaudiNewsNet into catch-all stories (threshold 0.15
   with the changes below: largest story 979 articles, 26 over 200, against 639 and 9).
2. Specifics weight (names and numbers, rasid.stories.specifics), threshold held at 0.25:
   weights 0.4 / 0.8 / 1.2 scored 0.869 / 0.880 / 0.882 on A and 0.916 / 0.893 / 0.896 on
   B.  0.8 (names weigh as much as all words) was taken, within 0.002 of A's best; B's
   own choice (0.4) scores 0.869 on held-out A.
3. Local reassignment (StoryConfig.split_*), threshold 0.25, specifics 0.8: silhouette
   bar {0.1 .. 0.3} x smallest part {2, 3, 4}; both halves choose bar 0.15 with parts of
   at least 4 (A 0.884, B 0.922), so held-out A = 0.884 and held-out B = 0.922.

Those choices gave B-cubed F1 0.896 on the whole dev file (P 0.913, R 0.879), up from 0.850.

4. Linkage (later round).  Joining by cosine with a story's centroid grew catch-alls on
   SaudiNewsNet: the centroid of many loosely related reports is near every report of their
   kind (a 357-article "story" of unrelated royal-court news).  The TF-IDF signal now reads
   the mean cosine with the members (average linkage), and the threshold was chosen again.
   F1 by threshold on halves A / B:  0.06-0.10: 0.918 / 0.964;  0.12: 0.911 / 0.957;
   0.15: 0.908 / 0.950;  0.20: 0.894 / 0.919;  0.25: 0.884 / 0.868.  Both halves prefer
   0.06-0.10, but on SaudiNewsNet 0.10 gathers 7 stories over 200 articles with unrelated
   members (read: a spy's release beside a Briton freed in error).  0.15 is the lowest
   threshold at which its largest stories and eight sampled at random read as one story
   each (largest: 293 articles of the Yemen war; 9,294 stories in all).  Held-out scores of
   that choice: A 0.908, B 0.950.
5. The specifics signal reads average linkage too: in the product path its names come from
   the Arabic NER, and names every official report shares (the king, the crown prince)
   made centroid joins gather catch-alls (`rasid run` on SaudiNewsNet: 7,162 stories, 9 over
   200 articles, the largest 475; with average linkage 8,900, none over 200, the largest 188).
   ECB+ at threshold 0.15 with it: A 0.904, B 0.942 (0.10: 0.911 / 0.964), kept at 0.15 for
   the reason above.  Whole dev file: see ``rasid eval clustering``.

Where the ceiling is (measured before step 4, nothing adopted from it): clustering the same
similarities offline with average linkage, the cut chosen on the gold itself, reached
B-cubed F1 0.906 (specifics alone 0.912), so no online strategy over these similarities
gets near 0.95; the representation is the limit, not the single pass.  Other knobs moved
F1 by +-0.01 only (specifics weight 1.6, IDF power 1.5, longer leads, 200 terms, lead terms
counted extra, split bar 0.08-0.12).  Word bigrams are the one representation that helps
offline (sklearn TF-IDF with bigrams seen in >= 2 documents: 0.932 at the best cut), but a
stream cannot know which bigrams will recur, and with every bigram kept the online
clusterer fell to 0.875.

How far 0.95 is (measured with the final defaults, nothing adopted from it): the errors are
whole-topic merges (topics 9, 10, 11, 20: the Bush rule and its reversal by Obama, the
Angels' and the Red Sox's offers to one player, Turkmenistan's 2008 and 2013 elections, two
quakes on one island) and a few subtopics cut in two (1, 12, 22). Giving the four merged
topics their gold split, and changing nothing else, scores only 0.947, so the target needs
those merges undone *and* the cuts joined. Neither shows in the similarities. The best
two-way split of a merged story is no clearer than that of a clean one: silhouette 0.09-0.12
on the four merged stories against 0.01-0.25 on the clean ones of 8 or more articles, and
re-weighting a story's terms by how few of its own members use them (a local IDF, to bring
out what tells two happenings apart) gives 0.01-0.05 against -0.04-0.16. Mean similarities
between predicted stories rank true halves (0.33, 0.28, 0.24) among false pairs (0.27, 0.23,
0.22), so no merge bar joins the cuts without merging other topics. The corpus's own dates
do not help either: the publication-date estimator dates 121 of 232 ECB+ documents and 12 of
230 ECB ones, so a time signal could only tell a dated story from an undated one.

SaudiNewsNet (benchmarks/stories.py, no NER run, so Arabic specifics are silent): with
these defaults see the benchmark; after step 4 alone, 9,294 stories, largest 293, 1 over
200 (centroid linkage at 0.25: 11,888 stories, largest 607, 7 over 200, among them the
catch-all above).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rasid.errors import RasidError
from rasid.eval.gold import one_file, read_jsonl
from rasid.model import Article


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items.

    For each item: precision = share of its predicted cluster that shares its gold label;
    recall = share of its gold cluster that shares its predicted cluster.
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels differ in length")
    if not gold:
        return 0.0, 0.0, 0.0
    pair_counts = Counter(zip(gold, predicted))
    gold_sizes = Counter(gold)
    predicted_sizes = Counter(predicted)
    precision = sum(pair_counts[(g, p)] / predicted_sizes[p] for g, p in zip(gold, predicted)) / len(gold)
    recall = sum(pair_counts[(g, p)] / gold_sizes[g] for g, p in zip(gold, predicted)) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _document(row: dict, file: Path, line_no: int) -> tuple[Article, str]:
    text = "\n".join(row["sentences"]) if "sentences" in row else row["text"]
    gold = str(row["story_id"])
    name = str(row.get("doc_name") or f"{file.name}#{line_no}")
    return Article(origin=name, raw_text=text, text=text, id=name), gold


def load_gold(path: Path) -> list[tuple[Article, str]]:
    items = read_jsonl(one_file(path, "JSONL with story_id and sentences or text"), _document,
                       "a gold clustering record")
    if not items:
        raise RasidError(f"{path}: no documents")
    return items


def evaluate(path: Path, config=None) -> dict:
    from sklearn.metrics import adjusted_rand_score

    from rasid.stories.clusterer import StoryClusterer

    items = load_gold(path)
    started = time.perf_counter()
    clusterer = StoryClusterer(config)
    predicted = clusterer.add_many([article for article, _ in items])
    elapsed = time.perf_counter() - started
    gold = [label for _, label in items]
    precision, recall, f1 = bcubed(gold, predicted)
    return {
        "documents": len(items),
        "gold_stories": len(set(gold)),
        "predicted_stories": len(set(predicted)),
        "bcubed_precision": round(precision, 4),
        "bcubed_recall": round(recall, 4),
        "bcubed_f1": round(f1, 4),
        "adjusted_rand_index": round(float(adjusted_rand_score(gold, predicted)), 4),
        "seconds": round(elapsed, 2),
    }


def _run(args) -> int:
    result = evaluate(Path(args.file))
    if args.json:
        print(json.dumps(result))
    else:
        print(f"documents           {result['documents']} ({result['gold_stories']} gold stories, "
              f"{result['predicted_stories']} predicted)")
        print(f"B-cubed precision   {result['bcubed_precision']:.4f}")
        print(f"B-cubed recall      {result['bcubed_recall']:.4f}")
        print(f"B-cubed F1          {result['bcubed_f1']:.4f}")
        print(f"adjusted Rand index {result['adjusted_rand_index']:.4f}", flush=True)
        print(f"time                {result['seconds']:.1f} s", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("clustering", help="story clustering: B-cubed P/R/F1 and ARI against gold story ids")
    parser.add_argument("file", help="JSONL with story_id and sentences (or text), e.g. ../shared/data/ecbplus/dev.jsonl")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=_run)
