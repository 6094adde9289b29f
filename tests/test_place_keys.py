"""The gazetteer keys shipped with the cleaner are the ones its own normaliser makes from
GeoNames today: a changed normaliser with a stale table would stop telling a dateline city
from a reporter's name without any other test noticing."""

from rasid.clean.places import _place_keys, is_place
from rasid.clean.places_build import place_keys


def test_the_shipped_place_keys_are_rebuilt_from_geonames_by_todays_normaliser():
    assert _place_keys() == frozenset(place_keys())


def test_dateline_cities_are_places_and_reporters_are_not():
    assert is_place("تربة") and is_place("الباحة") and is_place("سيول") and is_place("Moscow")
    assert not is_place("حسن عمارة") and not is_place("حاتم النجيمي")


def test_the_shipped_cased_place_names_are_geonames_and_cldr_lower_cased():
    from rasid.clean.places import CASED, read_lines
    from rasid.clean.places_build import cased_places

    assert read_lines(CASED) == frozenset(cased_places())
