"""Spanish site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    "share buttons": ("prefix", 6, "anywhere", ["compartir", "copiar enlace", "compartir en"]),
    # "Esta funcionalidad es sólo para registrados" / "Iniciar sesión": a login wall's prompts.
    "login prompt": ("prefix", 10, "anywhere", ["esta funcionalidad es sólo para", "iniciar sesión",
                                                  "suscríbete", "suscribete", "regístrate"]),
    "comment counter": ("prefix", 4, "edge", ["ver comentarios", "comentarios"]),
    "copyright notice": ("prefix", 25, "anywhere", ["todos los derechos reservados"]),
    "advertisement": ("exact", 2, "anywhere", ["publicidad"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["más temas", "temas", "etiquetas"]
RELATED_TRIGGERS = ["noticia relacionada", "noticias relacionadas", "te puede interesar", "lo más leído",
                    "últimas noticias"]
ARTICLE_END_MARKERS = ["más temas", "etiquetas", "noticias relacionadas", "reportar un error"]
SOURCE_PREFIXES = ["fuente"]
BYLINE_PREFIXES = ["por"]
# The role printed on the line under the reporter's name.
BYLINE_ROLES = ["corresponsal", "redactor", "redactora", "periodista", "enviado especial", "enviada especial"]
PHOTO_CREDIT_PREFIXES = ["foto"]
AGENCIES = {"EFE": ["efe", "agencia efe"], "Europa Press": ["europa press"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
# "Actualizado a las 20:56", "Publicado el 02/12/2024"
DATE_WORDS = ["actualizado", "actualizado a las", "publicado", "publicado el", "a las"]

# "02/12/2024": Spanish writers put the day first, wherever the page is.
NUMERIC_DATE_ORDER_BY_COUNTRY = False
