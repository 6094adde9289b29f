"""Catalan date-line and site-chrome words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Without Catalan months El Vallenc's date line «23 Març 2020» under its standfirst read as no date,
so the standfirst (a sentence printed without a full stop, few function words of any table) was
taken for a caption between the headline and the text and dropped (gold/dumps12).
"""

CHROME = {
    "share buttons": ("prefix", 6, "anywhere", ["compartir", "comparteix"]),
    "login prompt": ("prefix", 8, "anywhere", ["inicieu la sessió", "inicia la sessió", "uniu-vos"]),
    "comment form": ("prefix", 20, "anywhere", ["deixa una resposta", "introduïu el vostre comentari"]),
    "see-also link": ("prefix", 25, "anywhere", ["llegir més", "llegeix més"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["etiquetes"]
RELATED_TRIGGERS = ["notícies relacionades", "notícies relacionats", "últimes notícies"]
SOURCE_PREFIXES = ["font"]
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES = ["foto"]
AGENCIES: dict[str, list[str]] = {}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "gener": 1, "febrer": 2, "març": 3, "abril": 4, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
    "setembre": 9, "octubre": 10, "novembre": 11, "desembre": 12,
}
WEEKDAYS = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"]
DATE_WORDS = ["actualitzat", "publicat"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
