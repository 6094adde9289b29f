"""Polish site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    "advertisement": ("exact", 2, "anywhere", ["reklama"]),
    "login prompt": ("prefix", 6, "anywhere", ["zaloguj", "zaloguj się", "wyloguj"]),
    "copyright line": ("contains", 12, "anywhere", ["wszystkie prawa zastrzeżone", "licencja na publikację"]),
    # "Pozostało jeszcze 89% artykułu": a paywall's count of the text still locked.
    "paywall notice": ("prefix", 8, "anywhere", ["pozostało jeszcze", "kup subskrypcję", "subskrybuj"]),
    "share buttons": ("exact", 3, "anywhere", ["udostępnij", "skopiuj link"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["tematy", "tagi"]
# "Czytaj więcej": the label of a box of another story (section, headline, teaser) inside the text.
RELATED_TRIGGERS = ["czytaj więcej", "czytaj także", "czytaj też", "zobacz także", "najczęściej czytane"]
SOURCE_PREFIXES = ["źródło"]
BYLINE_PREFIXES = ["autor"]
PHOTO_CREDIT_PREFIXES = ["foto", "fot"]
AGENCIES = {"PAP": ["pap"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "stycznia": 1, "styczeń": 1, "lutego": 2, "luty": 2, "marca": 3, "marzec": 3, "kwietnia": 4, "kwiecień": 4,
    "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6, "lipca": 7, "lipiec": 7, "sierpnia": 8, "sierpień": 8,
    "września": 9, "wrzesień": 9, "października": 10, "październik": 10, "listopada": 11, "listopad": 11,
    "grudnia": 12, "grudzień": 12,
}
WEEKDAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
# "Publikacja: 02.02.2025 21:52", "Aktualizacja: ..."
DATE_WORDS = ["publikacja", "aktualizacja"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
