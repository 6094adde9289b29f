"""How many news articles each stemmed Arabic content word occurs in (for sentence weighting).

Built from SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0; 30,676 non-empty articles from 14
Saudi outlets, Jul-Aug 2015) by ``python -m rasid.briefing.summary_idf_build``: terms are
``rasid.briefing.summarize.content_terms`` (normalised, light-stemmed, function words
dropped); terms seen in fewer than 3 articles are left out (they count as unseen: rare).
Only counts are shipped, no text.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("summary_idf.tsv.gz")


@lru_cache(maxsize=1)
def load() -> tuple[int, dict[str, int]]:
    """(number of documents, {term: document frequency})."""
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        documents = int(header[1])
        frequency = {}
        for line in handle:
            term, count = line.rstrip("\n").split("\t")
            frequency[term] = int(count)
    return documents, frequency
