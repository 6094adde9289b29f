"""Dutch site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    # A paywalled site's appeals under the text ("Als abonnee lees je ook alle plusartikels.",
    # "Nog geen abonnee? …", "Opzeggen wanneer je wilt", "Lees nu voordelig ›").
    "subscription appeal": ("prefix", 25, "anywhere", [
        "als abonnee lees je", "als abonnee krijg je", "nog geen abonnee", "word abonnee", "neem een abonnement",
        "opzeggen wanneer je wilt", "je kan elke maand opzeggen", "lees nu voordelig", "lees voor maar", "proef nu",
        "ontdek je voordeel", "altijd mee met het nieuws",
    ]),
    "login prompt": ("prefix", 4, "anywhere", ["inloggen", "registreer je", "log in"]),
    "share buttons": ("prefix", 4, "anywhere", ["deel dit artikel", "delen"]),
    "advertisement": ("exact", 2, "anywhere", ["advertentie"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["lees meer over", "tags"]
RELATED_TRIGGERS = ["lees ook", "meest gelezen", "meest recent", "aangeboden door onze partners"]
ARTICLE_END_MARKERS = ["lees meer over"]
SOURCE_PREFIXES = ["bron"]
BYLINE_PREFIXES = ["door"]
PHOTO_CREDIT_PREFIXES = ["foto"]
AGENCIES = {"Belga": ["belga"], "ANP": ["anp"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DATE_WORDS = ["gepubliceerd", "bijgewerkt", "om", "u"]

# "02/02/2025": Dutch writers put the day first, wherever the page is.
NUMERIC_DATE_ORDER_BY_COUNTRY = False
