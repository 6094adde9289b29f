"""Swedish site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    # "Följ", "Mejla", "Dela", "Spara": the follow, mail, share and save row under the byline.
    "share buttons": ("exact", 3, "anywhere", ["dela", "mejla", "spara", "dela artikeln", "helskärm"]),
    "skip link": ("prefix", 4, "anywhere", ["hoppa till innehåll", "hoppa till huvudinnehåll"]),
    # "Dagens namn: Erland": the name-day line of a Swedish site's header.
    "name-day line": ("prefix", 4, "anywhere", ["dagens namn"]),
    "login prompt": ("prefix", 6, "anywhere", ["logga in", "logga ut", "bli prenumerant"]),
    "advertisement": ("exact", 2, "anywhere", ["annons"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["följ ämnen i artikeln", "ämnen", "taggar"]
RELATED_TRIGGERS = ["mest läst", "läs också", "läs mer", "relaterade artiklar"]
SOURCE_PREFIXES = ["källa"]
BYLINE_PREFIXES = ["av"]
PHOTO_CREDIT_PREFIXES = ["foto", "bild"]
AGENCIES = {"TT": ["tt"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
# "Uppdaterad 15.59 | Publicerad 14.14"
DATE_WORDS = ["uppdaterad", "publicerad", "kl"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
