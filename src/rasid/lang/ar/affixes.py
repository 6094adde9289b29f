"""Light-stemming affixes for Arabic, in *normalised* spelling (ة→ه, أ→ا, ى→ي).

Light stemming (strip clitics and common inflection, never roots) keeps search precise:
الرئيس and الرئيسُ meet at رييس, المحادثات and محادثات at محادث.
"""

SCRIPT = r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]"

# Longest first; each removed only if the remainder keeps MIN_STEM letters.
PREFIXES = ("وبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل")
SUFFIXES = ("هما", "كما", "تين", "تان", "يين", "ها", "هم", "هن", "كم", "نا", "ات", "ان", "ون", "ين", "يه", "ه", "ي")
MIN_STEM = 3

# Letters that transliterations of foreign names insert or drop at will (أمريكا / أميركا):
# removed inside a word to compare name spellings, never to index ordinary words.
WEAK_LETTERS = "اوي"
