"""Bulgarian byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Actualno (gold/dumps12) credits its editor as «Редактор:» / «Елин Димитров»; trafilatura gives
the author as «Редактор Елин Димитров», the label glued to the name.
"""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["етикети"]
RELATED_TRIGGERS: list[str] = []
SOURCE_PREFIXES = ["източник"]
BYLINE_PREFIXES = ["редактор", "автор"]
BYLINE_LABELS = ["редактор", "автор"]
PHOTO_CREDIT_PREFIXES = ["снимка"]
AGENCIES = {"BTA": ["БТА"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
    "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
}
WEEKDAYS = ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"]
DATE_WORDS: list[str] = []

NUMERIC_DATE_ORDER_BY_COUNTRY = False
