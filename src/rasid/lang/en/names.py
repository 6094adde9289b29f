"""English name matching: case and punctuation only; spellings are not folded."""

LETTER_VARIANTS: dict[str, str] = {}
SLIDING_LETTERS = ""
FIXED_VOWEL_LETTERS = ""
TITLES = frozenset({"president", "mr", "mrs", "ms", "dr", "minister", "leader", "general", "king", "prince", "sir"})
CLITICS: tuple[str, ...] = ()
CLITIC_REWRITES: dict[str, str] = {}

# How letters sound, as consonant classes shared with the other scripts' tables (Putin / بوتين,
# Shoigu / شويغو, Vostochny / فوستوتشني).  Two-letter spellings are read first; vowels, h, w and
# y have no class; a soft c (ce, ci, cy) reads as s.
SOUNDS = {
    "sh": "s", "ch": "ts", "kh": "k", "gh": "g", "th": "t", "ph": "f", "dh": "d", "ck": "k", "zh": "s",
    "ce": "s", "ci": "s", "cy": "s",
    "b": "b", "p": "b", "t": "t", "d": "d", "g": "g", "j": "g", "k": "k", "q": "k", "c": "k", "x": "ks",
    "f": "f", "v": "f", "s": "s", "z": "s", "l": "l", "m": "m", "n": "n", "r": "r",
}
SCRIPT = "a-z"
ARTICLE_PREFIXES: tuple[str, ...] = ()
ARTICLE_WORDS = ("the",)

# Nouns before a place's name that the name key leaves out ("the city of Aden" is Aden): none for
# English, whose classifiers follow the name ("Aden city") or come with "of".
PLACE_CLASSIFIERS: tuple[str, ...] = ()
ORG_CONTEXT_WORDS = ("newspaper", "daily", "channel", "agency", "club", "magazine")
HOMOGRAPH_PLACES: dict[str, dict[str, tuple[str, ...]]] = {}
