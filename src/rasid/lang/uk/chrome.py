"""Ukrainian date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["теги", "мітки"]
# "До теми" (on the subject): the label of a related box, above and below the text.
RELATED_TRIGGERS = ["до теми", "читайте також", "головні новини", "останні новини"]
SOURCE_PREFIXES = ["джерело"]
BYLINE_PREFIXES = ["автор"]
PHOTO_CREDIT_PREFIXES = ["фото"]
AGENCIES = {"Ukrinform": ["укрінформ"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "січня": 1, "січень": 1, "лютого": 2, "лютий": 2, "березня": 3, "березень": 3, "квітня": 4, "квітень": 4,
    "травня": 5, "травень": 5, "червня": 6, "червень": 6, "липня": 7, "липень": 7, "серпня": 8, "серпень": 8,
    "вересня": 9, "вересень": 9, "жовтня": 10, "жовтень": 10, "листопада": 11, "листопад": 11,
    "грудня": 12, "грудень": 12,
}
WEEKDAYS = ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя"]
DATE_WORDS = ["опубліковано", "оновлено", "року"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
