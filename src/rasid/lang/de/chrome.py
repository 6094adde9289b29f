"""German site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    # "Teilen auf Facebook: 0", "Teilen…": the share row and its counters.
    "share buttons": ("prefix", 6, "anywhere", ["teilen auf", "teilen", "artikel teilen", "drucken"]),
    "follow-us prompt": ("prefix", 10, "anywhere", ["folgen sie uns", "newsletter abonnieren", "jetzt abonnieren"]),
    "comment counter": ("prefix", 3, "edge", ["kommentare", "kommentar"]),
    "copyright notice": ("prefix", 25, "anywhere", ["alle rechte vorbehalten"]),
    "advertisement": ("exact", 2, "anywhere", ["anzeige", "werbung"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["themen", "schlagworte", "schlagwörter"]
RELATED_TRIGGERS = ["mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "lesen sie auch",
                    "auch interessant"]
ARTICLE_END_MARKERS = ["themen", "schlagworte", "mehr zum thema", "das könnte sie auch interessieren",
                       "weitere artikel", "kommentare"]
SOURCE_PREFIXES = ["quelle", "quellen"]
BYLINE_PREFIXES = ["von", "autor", "autorin", "text"]
PHOTO_CREDIT_PREFIXES = ["foto", "bild"]
AGENCIES = {"agencies": ["agenturen"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
WEEKDAYS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
# "19.6.2007 9:40 Uhr", "Stand: 05/08/2019, 5:30", "Veröffentlicht am 3. Mai 2019 um 10:00"
DATE_WORDS = ["uhr", "stand", "veröffentlicht", "veröffentlicht am", "aktualisiert", "aktualisiert am", "am", "um"]

# "19.6.2007": German writers put the day first, wherever the page is.
NUMERIC_DATE_ORDER_BY_COUNTRY = False
