"""French site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    "share buttons": ("prefix", 6, "anywhere", ["partager cet article", "partager", "copier le lien"]),
    "login prompt": ("prefix", 6, "anywhere", ["se connecter", "mon compte", "s'abonner", "abonnez-vous"]),
    "copyright notice": ("prefix", 25, "anywhere", ["tous droits réservés"]),
    "advertisement": ("exact", 2, "anywhere", ["publicité"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["mots-clés", "sujets"]
RELATED_TRIGGERS = ["à lire aussi", "lire aussi", "sur le même sujet", "les plus lus", "à la une"]
ARTICLE_END_MARKERS = ["partager cet article", "sur le même sujet", "les plus lus"]
SOURCE_PREFIXES = ["source"]
BYLINE_PREFIXES = ["par"]
# The role printed on the line under the reporter's name.
BYLINE_ROLES = ["correspondant", "correspondante", "envoyé spécial", "envoyée spéciale", "journaliste", "rédacteur", "rédactrice"]
PHOTO_CREDIT_PREFIXES = ["photo"]
AGENCIES = {"AFP": ["afp"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
# "Publié le 30/04/2024 - 16:00", "Mis à jour le 1 mai 2024 à 10:00"
DATE_WORDS = ["publié le", "mis à jour le", "publié", "le", "à"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
