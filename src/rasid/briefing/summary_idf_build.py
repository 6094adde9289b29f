"""Rebuild ``rasid/lang/ar/summary_idf.tsv.gz`` from SaudiNewsNet (``../shared/data/saudinewsnet``).

    python -m rasid.briefing.summary_idf_build ../shared/data/saudinewsnet
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from rasid.briefing.summarize import content_terms
from rasid.lang.ar.summary_idf import DATA

MIN_DOCUMENTS = 3  # rarer terms are typos and one-off names: treated as unseen (maximal idf)


def build(corpus_dir: Path, out: Path = DATA) -> tuple[int, int]:
    frequency: Counter = Counter()
    documents = 0
    for path in sorted(corpus_dir.glob("*.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            content = record.get("content") or ""
            if content.strip():
                documents += 1
                frequency.update(content_terms(content).keys())
    kept = sorted(((t, c) for t, c in frequency.items() if c >= MIN_DOCUMENTS), key=lambda tc: (-tc[1], tc[0]))
    # mtime=0 keeps the file byte-identical across rebuilds of the same corpus.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(f"#documents\t{documents}\n".encode())
        gz.write("".join(f"{t}\t{c}\n" for t, c in kept).encode())
    return documents, len(kept)


if __name__ == "__main__":
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/saudinewsnet")
    print("documents %d, terms kept %d" % build(corpus))
