"""Russian date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Only what the cleaner needs to read a Russian page's own metadata: month names (in the genitive
a date prints them in, "11 октября 2018", and the nominative), the date words around them, and
the labels a byline opens with ("Текст: Лида Буслаева").
"""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["теги", "метки"]
RELATED_TRIGGERS = ["материалы по теме", "читайте также"]
SOURCE_PREFIXES = ["источник"]
BYLINE_PREFIXES = ["текст", "автор", "авторы"]
PHOTO_CREDIT_PREFIXES = ["фото"]
AGENCIES: dict[str, list[str]] = {}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "января": 1, "январь": 1, "февраля": 2, "февраль": 2, "марта": 3, "март": 3, "апреля": 4, "апрель": 4,
    "мая": 5, "май": 5, "июня": 6, "июнь": 6, "июля": 7, "июль": 7, "августа": 8, "август": 8,
    "сентября": 9, "сентябрь": 9, "октября": 10, "октябрь": 10, "ноября": 11, "ноябрь": 11,
    "декабря": 12, "декабрь": 12,
}
WEEKDAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
DATE_WORDS = ["опубликовано", "обновлено", "года", "г", "в", "мск"]
