"""NER speed: tokens per second on one core, and the time to tag SaudiNewsNet.

Usage (from the repo root):  PYTHONPATH=src python benchmarks/ner.py [--articles N] [--all]

By default a fixed sample of articles (every k-th) is tagged and the time for the whole corpus is
extrapolated from its token rate (printed as such); ``--all`` tags every article instead.
Pins the process to one core where the OS allows it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rasid.entities.ner.refine import refine_mentions  # noqa: E402
from rasid.entities.ner.tagger import MODELS_DIR, NerTagger, corpus_names, name_book  # noqa: E402
from rasid.entities.ner.tokenize import tokenize  # noqa: E402
from rasid.lang import tables  # noqa: E402

SAUDINEWSNET = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(SAUDINEWSNET))
    parser.add_argument("--articles", type=int, default=2000, help="sample size (default 2000)")
    parser.add_argument("--batch", type=int, default=50, help="articles per tag_many call (1 = tag() each)")
    parser.add_argument("--engine", choices=("crf", "neural"), help="default: the engine rasid tags Arabic with")
    parser.add_argument("--all", action="store_true", help="tag the whole corpus instead of a sample")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    files = sorted(Path(args.data).glob("*.json"))
    if not files:
        print(f"no SaudiNewsNet files in {args.data}", file=sys.stderr)
        return 2
    texts = [a["content"] for f in files for a in json.loads(f.read_text(encoding="utf-8")) if a.get("content")]
    step = 1 if args.all else max(1, len(texts) // args.articles)
    sample = texts[::step]

    started = time.perf_counter()
    # What `rasid run` uses unless configured otherwise: the language table's engine.
    tagger = NerTagger(MODELS_DIR / "ar", engine=args.engine or tables("ar", "ner").ENGINE)
    load_seconds = time.perf_counter() - started

    total_tokens = sum(len(tokenize(t)) for t in texts)
    sample_tokens = 0
    mentions = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    tagged = []
    for i in range(0, len(sample), args.batch):
        batch = tagger.tag_many(sample[i:i + args.batch])
        tagged += batch
        mentions += sum(map(len, batch))
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    # The span repairs `rasid run` applies after the tagger (rasid.entities.ner.refine), timed apart.
    book, corpus = name_book("ar"), corpus_names("ar")
    refine_started = time.process_time()
    for text, found in zip(sample, tagged):
        refine_mentions(text, found, "ar", book, corpus)
    refine_seconds = time.process_time() - refine_started
    sample_tokens = sum(len(tokenize(t)) for t in sample)
    # CPU time is what one core spent; wall time also counts waiting for a core on a busy machine.
    rate = sample_tokens / cpu_seconds
    print(f"model load: {load_seconds:.2f} s")
    print(f"tagged {len(sample)} of {len(texts)} articles, {sample_tokens} tokens, {mentions} mentions: "
          f"{cpu_seconds:.1f} s CPU on one core = {rate:,.0f} tokens/s; wall {seconds:.1f} s = "
          f"{sample_tokens / seconds:,.0f} tokens/s ({tagger.engine} engine, {args.batch} articles per call, caches filling as it goes)")
    print(f"span repairs: {refine_seconds:.1f} s CPU = {sample_tokens / refine_seconds:,.0f} tokens/s; tagger and "
          f"repairs together {sample_tokens / (cpu_seconds + refine_seconds):,.0f} tokens/s on one core")
    if args.all:
        print(f"all of SaudiNewsNet ({total_tokens} tokens): {cpu_seconds:.0f} s CPU, {seconds:.0f} s wall, measured")
    else:
        print(f"all of SaudiNewsNet ({total_tokens} tokens): ~{total_tokens / rate:.0f} s of one core "
              f"(extrapolated from the sample's CPU rate)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
