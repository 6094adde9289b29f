"""Chinese script and credit words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Chinese writes no spaces between words, so a paragraph split on spaces is one "word" and every
length rule of the cleaner misreads it: ``UNSPACED_LETTERS`` names the script's letters (a regex
character class) and ``LETTERS_PER_WORD`` how many of them a word has on average (modern Chinese
words are one to two characters long; two keeps a 12-character menu label short and a paragraph of
200 characters long). ``FULL_STOPS`` are the marks that end a sentence as "." does.
"""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS: list[str] = []
RELATED_TRIGGERS = ["相关新闻", "相关阅读", "相关报道"]
SOURCE_PREFIXES = ["来源"]
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES: list[str] = []
AGENCIES = {"Xinhua": ["新华社", "新华网"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS: dict[str, int] = {}
WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
DATE_WORDS: list[str] = []

FULL_STOPS = "。"
UNSPACED_LETTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs, extension A, compatibility
LETTERS_PER_WORD = 2
