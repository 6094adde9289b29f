"""Burmese (Myanmar script); same shape as ``rasid.lang.en.chrome`` (read its docstring).

Burmese puts spaces between phrases, not words, so a paragraph split on spaces is a few long
"words" and the cleaner's length rules misread it: BBC Burmese's six paragraphs were all lost
(gold/dumps12). ``UNSPACED_LETTERS`` names the script's letters (a regex character class, its vowel
signs, asat and virama included, its two punctuation marks not) and ``LETTERS_PER_WORD`` how many
of them a word has on average (a syllable is two to four, a word one to three syllables: six).
``FULL_STOPS``: «။» ends a sentence as "." does («၊» is a comma).

The share panel of BBC Burmese pages sits between the date line and the text: «ဒီစာမျက်နှာ Facebook»
(this page on Facebook) and the like, and its notice «ဤပြင်ပလင့်များသည် စာမျက်နှာအသစ်တစ်ခုဖြင့်
ပွင့်ပါမည်။» (these external links open in a new page), a full sentence that opened the article block
there and kept the panel's fourteen lines. Line keys split Burmese words at their vowel signs (the
signs are not word characters to the regular expressions), so the word limits below count those pieces.
"""

CHROME: dict = {
    "share panel notice (external links open in a new page)": ("prefix", 24, "anywhere", ["ဤပြင်ပလင့်များသည်"]),
    "share buttons": ("prefix", 8, "anywhere", ["ဒီစာမျက်နှာ"]),  # "this page" + the network's name
    "share button": ("exact", 12, "anywhere", [
        "ဝေမျှပါ",  # share
        "ဒီလင့်ကို ကူးယူပါ",  # copy this link
        "ဝေမျှခြင်းအကြောင်း",  # about sharing
        "မျှဝေသော စာမျက်နှာကို ပိတ်ရန်",  # close the sharing panel
        "အီးမေးလ်",  # e-mail
    ]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS: list[str] = []
RELATED_TRIGGERS: list[str] = []
SOURCE_PREFIXES: list[str] = []
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES: list[str] = []
AGENCIES: dict[str, list[str]] = {}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS: dict[str, int] = {}
WEEKDAYS: list[str] = []
DATE_WORDS: list[str] = []

FULL_STOPS = "။"
UNSPACED_LETTERS = "\u1000-\u1049\u104c-\u109f"  # Myanmar letters, signs and digits, not «၊» and «။»
LETTERS_PER_WORD = 6
