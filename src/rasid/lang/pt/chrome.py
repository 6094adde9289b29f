"""Portuguese date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Only what the cleaner needs to read a Portuguese page's own metadata line ("05/10/2018 - Publicado
por: Clarissa Borba - Categoria: Saúde - Tags: sad"): month names, the date words, the byline's
label, and the labels of the parts a CMS prints after it.
"""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["tags", "categoria", "categorias"]
RELATED_TRIGGERS = ["notícias relacionadas", "leia também"]
SOURCE_PREFIXES = ["fonte"]
BYLINE_PREFIXES = ["publicado por", "por", "autor", "texto"]
PHOTO_CREDIT_PREFIXES = ["foto"]
AGENCIES: dict[str, list[str]] = {}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
DATE_WORDS = ["publicado em", "atualizado em", "atualizado"]

# "05/10/2018": Portuguese writers put the day first, wherever the page is.
NUMERIC_DATE_ORDER_BY_COUNTRY = False
