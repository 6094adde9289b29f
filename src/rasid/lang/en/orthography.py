"""English needs no letter folding beyond case and Unicode compatibility forms."""

DIACRITICS = ""
TATWEEL = ""
LETTER_FOLDS: dict[str, str] = {}
DIGITS = ""
EXTENDED_DIGITS = ""
