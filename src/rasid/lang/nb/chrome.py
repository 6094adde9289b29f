"""Norwegian (Bokmål) site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome``
(read its docstring)."""

CHROME = {
    "share buttons": ("prefix", 4, "anywhere", ["del artikkel", "del artikkelen", "kopier lenke"]),
    # "Vis mer": the button under a folded fact box or summary.
    "fold button": ("exact", 2, "anywhere", ["vis mer", "vis mindre", "lukk"]),
    # "Annonsørinnhold": the label over an advertiser's story card inside the text.
    "advertisement": ("exact", 2, "anywhere", ["annonse", "annonsørinnhold"]),
    "ad notice": ("prefix", 8, "anywhere", ["hvorfor ser du denne annonsen"]),
    "login prompt": ("prefix", 6, "anywhere", ["logg inn", "logg ut", "bli abonnent"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["mer om", "emner"]
RELATED_TRIGGERS = ["les også", "mest lest", "relaterte artikler"]
SOURCE_PREFIXES = ["kilde"]
BYLINE_PREFIXES = ["av"]
PHOTO_CREDIT_PREFIXES = ["foto"]
AGENCIES = {"NTB": ["ntb"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "desember": 12,
}
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
# "Publisert torsdag 09. mai 2024 - 13:26", "Sist oppdatert ..."
DATE_WORDS = ["publisert", "sist oppdatert", "oppdatert", "kl"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
