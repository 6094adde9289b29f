"""English name matching: case and punctuation only; spellings are not folded."""

LETTER_VARIANTS: dict[str, str] = {}
SLIDING_LETTERS = ""
FIXED_VOWEL_LETTERS = ""
TITLES = frozenset({"president", "mr", "mrs", "ms", "dr", "minister", "leader", "general", "king", "prince", "sir"})
CLITICS: tuple[str, ...] = ()
CLITIC_REWRITES: dict[str, str] = {}
