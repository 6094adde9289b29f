"""Thai script; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Thai writes no spaces between words (a space parts phrases and sentences), so a paragraph split on
spaces is a few long "words" and every length rule of the cleaner misreads it: Prachatai's
paragraphs read as short lines and the page's article block was never found (gold/dumps12).
``UNSPACED_LETTERS`` names the script's letters (a regex character class, its vowel and tone marks
included) and ``LETTERS_PER_WORD`` how many of them a word has on average (about four: «การเมือง»,
politics, is eight, two words' worth; a menu label stays short, a paragraph of 400 letters long).
Thai has no full stop of its own: a sentence or clause ends at a space, so ``FULL_STOPS`` is empty
and ``SPACE_ENDS_SENTENCE`` says a space between Thai letters parts a long line's clauses, as a
comma does elsewhere (Prachatai's paragraphs end bare, none of them read as running text).
"""

CHROME: dict = {
    # «ลงโฆษณากับประชาไท» (advertise with Prachatai): an ad slot's label between two paragraphs. Thai is
    # written unspaced, so the phrase is "advertise with", which a line key cuts in two at «ั».
    "advertisement": ("prefix", 8, "anywhere", ["ลงโฆษณากับ"]),
    # «โอนเงิน พร้อมเพย์ …», «โอนเงิน PayPal …» (transfer money by PromptPay, by PayPal): a donation
    # appeal's payment lines, which trafilatura keeps with Prachatai's article.
    "donation appeal": ("prefix", 20, "anywhere", ["โอนเงิน"]),
    # «ติดตามประชาไทอัพเดท ได้ที่:» (follow Prachatai's updates at:) above its social links.
    "follow-us prompt": ("prefix", 6, "anywhere", ["ติดตาม"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS: list[str] = []
RELATED_TRIGGERS = ["เรื่องที่เกี่ยวข้อง"]  # related stories
SOURCE_PREFIXES: list[str] = []
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES: list[str] = []
AGENCIES: dict[str, list[str]] = {}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS: dict[str, int] = {}
WEEKDAYS: list[str] = []
DATE_WORDS: list[str] = []

FULL_STOPS = ""
SPACE_ENDS_SENTENCE = True
UNSPACED_LETTERS = "\u0e01-\u0e3a\u0e40-\u0e4e"  # Thai consonants, vowels and marks (not its digits or baht sign)
LETTERS_PER_WORD = 4
