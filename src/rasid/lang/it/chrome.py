"""Italian site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    "share buttons": ("prefix", 6, "anywhere", ["condividi", "leggi e commenta"]),
    # "I tuoi preferiti" / "Salva questo articolo e leggilo quando vuoi": the bookmark widget.
    "bookmark widget": ("prefix", 20, "anywhere", ["i tuoi preferiti", "salva questo articolo",
                                                     "hai salvato un nuovo articolo", "trovi tutti gli articoli salvati"]),
    "login prompt": ("prefix", 8, "anywhere", ["accedi", "registrati", "non hai un account", "abbonati"]),
    "copyright notice": ("prefix", 25, "anywhere", ["riproduzione riservata", "tutti i diritti riservati"]),
    "advertisement": ("exact", 2, "anywhere", ["pubblicità"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["argomenti", "tag"]
RELATED_TRIGGERS = ["leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti"]
ARTICLE_END_MARKERS = ["leggi e commenta", "partecipa alla discussione", "articoli correlati"]
SOURCE_PREFIXES = ["fonte"]
# "di Viviana Mazza"; the byline's role under it ("DALLA NOSTRA CORRISPONDENTE") is no name.
BYLINE_PREFIXES = ["di"]
# The role printed on the line under the reporter's name.
BYLINE_ROLES = ["corrispondente", "inviato", "inviata", "giornalista"]
PHOTO_CREDIT_PREFIXES = ["foto"]
AGENCIES = {"ANSA": ["ansa"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
WEEKDAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
# "5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)", "Pubblicato il 5 gennaio 2025"
DATE_WORDS = ["modifica il", "aggiornato il", "pubblicato il", "aggiornato", "pubblicato", "ore"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
