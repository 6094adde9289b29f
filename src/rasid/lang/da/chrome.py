"""Danish site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    # "Del artiklen Del", "Gem på læseliste": the share and bookmark row under the standfirst.
    "share buttons": ("prefix", 6, "anywhere", ["del artiklen", "gem på læseliste"]),
    "login prompt": ("prefix", 8, "anywhere", ["log ind", "log ud", "køb abonnement", "du er ikke logget ind"]),
    "advertisement": ("exact", 2, "anywhere", ["annonce"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["emner", "artiklens emner"]
RELATED_TRIGGERS = ["læs også", "relaterede artikler", "mest læste"]
SOURCE_PREFIXES = ["kilde"]
BYLINE_PREFIXES = ["af"]
PHOTO_CREDIT_PREFIXES = ["foto"]
AGENCIES = {"Ritzau": ["ritzau"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
# "02/02/2025 KL. 09:00" (klokken: o'clock), "Opdateret 3. februar 2025"
DATE_WORDS = ["kl", "klokken", "opdateret", "publiceret"]

# "02/02/2025": Danish writers put the day first, wherever the page is.
NUMERIC_DATE_ORDER_BY_COUNTRY = False
