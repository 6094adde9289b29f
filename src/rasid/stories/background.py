"""Background document frequencies per language, shipped with the package.

A TF-IDF built only from the stream knows nothing on its first articles: with five
articles every term's IDF is nearly the same.  Each language may ship a table of how
many news articles of a background corpus contain each term (``rasid.lang.<code>.background``);
a term then counts the background documents of its own script's language only, so a
language without a table (or a term of another script) keeps the plain stream IDF.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasid.lang import SUPPORTED, tables


class Background:
    def __init__(self) -> None:
        self._tables: list[tuple[re.Pattern[str], int, dict[str, int]]] = []
        for code in SUPPORTED:
            module = tables(code, "background")
            affixes = tables(code, "affixes")
            if module is None or affixes is None:
                continue
            path = resources.files(f"rasid.lang.{code}").joinpath(module.DOCUMENT_FREQUENCY_FILE)
            documents, frequencies = _read(path.read_bytes())
            self._tables.append((re.compile(affixes.SCRIPT), documents, frequencies))

    def lookup(self, term: str) -> tuple[int, int]:
        """(background documents, background document frequency) for the term's language."""
        return self._lookup(term)

    @lru_cache(maxsize=300_000)  # noqa: B019 - one process-wide instance, terms repeat endlessly
    def _lookup(self, term: str) -> tuple[int, int]:
        for script, documents, frequencies in self._tables:
            if script.match(term):
                return documents, frequencies.get(term, 0)
        return 0, 0


def _read(data: bytes) -> tuple[int, dict[str, int]]:
    documents = 0
    frequencies: dict[str, int] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        key, _, value = line.partition("\t")
        if key == "#documents":
            documents = int(value)
        elif key:
            frequencies[key] = int(value)
    return documents, frequencies


@lru_cache(maxsize=1)
def background() -> Background:
    return Background()


def build_table(json_files: list[Path], out: Path, max_words: int = 600, min_df: int = 3) -> tuple[int, int]:
    """Count, per stem, the articles containing it in SaudiNewsNet-style JSON files."""
    import json

    from rasid.stories.terms import terms_of
    from rasid.text.normalize import normalize, words

    frequencies: Counter[str] = Counter()
    documents = 0
    for path in json_files:
        for row in json.loads(path.read_text(encoding="utf-8")):
            if not (row.get("content") or "").strip():
                continue
            documents += 1
            frequencies.update(terms_of(words(normalize(row["content"]))[:max_words]).keys())
    kept = sorted(((t, c) for t, c in frequencies.items() if c >= min_df and not t.isascii()), key=lambda x: (-x[1], x[0]))
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        handle.write(f"#documents\t{documents}\n")
        for term, count in kept:
            handle.write(f"{term}\t{count}\n")
    return documents, len(kept)


if __name__ == "__main__":  # python -m rasid.stories.background ../shared/data/saudinewsnet OUT.tsv.gz
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    print(build_table(sorted(source.glob("*.json")), target))
