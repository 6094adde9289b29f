"""The one exception readers raise internally; ``read_file`` turns it into an IngestFailure."""

import unicodedata


class Unreadable(Exception):
    """A file or record that cannot become an article; ``problem`` is the line a user reads."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


def require_words(text: str) -> None:
    """Refuse text that holds no word at all: numbers, punctuation, symbols or whitespace
    (non-breaking and zero-width spaces too) are not an article, and stored they would
    only turn up as junk in listings and stories."""
    if any(ch.isalpha() for ch in text):
        return
    if not text.strip() or all(ch.isspace() or unicodedata.category(ch) in ("Cf", "Zs") for ch in text):
        raise Unreadable("no text: only whitespace (spaces, non-breaking or zero-width)")
    visible = [ch for ch in text if not (ch.isspace() or unicodedata.category(ch) == "Cf")]
    if any(ch.isdigit() for ch in visible):
        only_digits = all(ch.isdigit() for ch in visible)
        raise Unreadable("no words: the text holds only numbers" + ("" if only_digits else " and punctuation"))
    raise Unreadable("no words: the text holds only punctuation and symbols")
