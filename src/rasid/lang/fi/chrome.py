"""Finnish date-line words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Yle prints its date line «2.9.2020 klo 12.45» ("at 12.45"): with «klo» unknown the line read as
no date, the date line was not lifted, and the standfirst above it was not known as one, so the
HTML path (trafilatura reads the article element, under the standfirst) lost it (gold/dumps12).
"""

CHROME = {
    "share buttons": ("prefix", 6, "anywhere", ["jaa artikkeli"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS: list[str] = []
RELATED_TRIGGERS = ["lue myös", "lisää aiheesta"]
SOURCE_PREFIXES = ["lähde"]
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES = ["kuva"]
AGENCIES = {"STT": ["STT"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
    "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
}
WEEKDAYS = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
# "2.9.2020 klo 12.45", "Päivitetty 2.9.2020 klo 13.10"
DATE_WORDS = ["klo", "päivitetty", "julkaistu"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
