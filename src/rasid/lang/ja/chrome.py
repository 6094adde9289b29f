"""Japanese date-line words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Japanese dates are written with the year, month and day counters ("2025年1月13日 21時37分"):
``DATE_PATTERNS`` reads them (named groups year, month, day); the counters themselves are date words.
"""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS: list[str] = []
RELATED_TRIGGERS: list[str] = []
SOURCE_PREFIXES = ["出典"]
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES = ["写真"]
AGENCIES = {"Kyodo": ["共同通信"], "Jiji": ["時事通信"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS: dict[str, int] = {}
WEEKDAYS: list[str] = []
DATE_WORDS: list[str] = []
DATE_PATTERNS = [r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
