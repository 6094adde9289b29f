"""Minimal English inflection stripping: plural and possessive only, to stay precise."""

SCRIPT = r"[A-Za-z]"
PREFIXES: tuple[str, ...] = ()
SUFFIXES = ("'s", "ies", "es", "s")
MIN_STEM = 3
WEAK_LETTERS = ""
