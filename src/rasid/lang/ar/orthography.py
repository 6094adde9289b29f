"""Arabic letter variants folded together for matching (never for display)."""

# Harakat, shadda, sukun, dagger alef, Quranic marks: carry no identity for matching.
DIACRITICS = "".join(chr(c) for c in list(range(0x064B, 0x0660)) + [0x0670] + list(range(0x06D6, 0x06EE)))
TATWEEL = "\u0640"

# Writers and outlets alternate freely between these; search and de-duplication must not care.
LETTER_FOLDS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك", "ڪ": "ك",
    "ھ": "ه", "ۀ": "ه",
}

DIGITS = "٠١٢٣٤٥٦٧٨٩"  # Arabic-Indic
EXTENDED_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # Persian/Urdu forms seen in Gulf pages
