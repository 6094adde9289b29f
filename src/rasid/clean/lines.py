"""A page's lines and what a reader sees in each at a glance: length, sentence shape,
function words, digits and clock times, and whether it belongs to a run of list items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasid.clean.phrases import agency_name, count_words, ends_sentence, full_stops, line_key, unspaced
from rasid.lang import all_tables

PROSE_MIN_WORDS = 8  # a sentence of at least this many words, ending in a full stop, is prose
LONG_WORDS = 25  # a line this long with a comma is prose without a full stop (some outlets end paragraphs bare)
KEY_FULL_WORDS = 16  # lines up to this long are keyed whole (headline repeats, template lines)
KEY_HEAD_WORDS = 12
KEY_MAX_WORDS = 25
KEY_MAX_CHARS = 150
LIST_MIN_LINES = 4  # this many non-sentence lines in a row, most of them headline-sized, are a list
_STRIP = " \t\r\f\v\u00a0\u200b\u200e\u200f\ufeff\u2028\u2029"


@lru_cache(maxsize=1)
def _inner_script_stop() -> re.Pattern | None:
    """A script's own full stop ("。", "।") inside the line, text after it: unlike ".", it is
    never an abbreviation's or a number's, so no capital letter need follow."""
    stops = full_stops()[1:]
    return re.compile(f"[{re.escape(stops)}]" + r"""["”»’')\]]*\s*["“«(（]?\w""") if stops else None


@lru_cache(maxsize=1)
def _space_stop() -> re.Pattern | None:
    """A space between two letters of a script that ends its sentences with a space, not a mark
    (Thai: ``SPACE_ENDS_SENTENCE`` in its table): there, as a comma or an inner full stop does in
    other scripts, it parts the clauses of a paragraph."""
    classes = "".join(table.UNSPACED_LETTERS for table in all_tables("chrome")
                      if getattr(table, "SPACE_ENDS_SENTENCE", False))
    return re.compile(f"[{classes}]\\s+[{classes}]") if classes else None


@lru_cache(maxsize=1)
def _full_stop() -> re.Pattern:
    """A full stop that is not an ellipsis ("..." and "…" end a cut-off teaser); "?" and "!" end
    headlines as often as sentences, so they do not make a line running text."""
    return re.compile(r"(?<![.…])[" + re.escape(full_stops()) + r"""](?:["”»’')\]]*)$""")

# A full stop inside the line, a word before it and a capitalised word after it: a sentence ends there.
# A quotation closed after its comma or full stop, then the speaker ("…jeshi hili,” amesema Magomi"):
# reported speech, which a paragraph ends with and a headline of this length does not.
_QUOTE_THEN_SPEAKER = re.compile(r"[,.،]\s*[\"”»]\s+[^\W\d_]")
QUOTED_PROSE_WORDS = 15
_INNER_FULL_STOP = re.compile(r"(?<=\w\w)(?<![.…])\.\s+[\"«“(]?[^\W\d_a-zа-яё]")
_TRAILING_CREDIT = re.compile(r"\s*(?:[-–—]+\s*(?P<agency>[^\W\d_][^()\-–—]{0,25})|\((?P<agency2>[^()]{1,25})\))\s*$")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_DIGIT_TOKEN = re.compile(r"\d")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Every language's stop words, keyed the way lines are (jusText's evidence: running text is
    dense with them, menus, tags and headlines are not)."""
    words: set[str] = set()
    for table in all_tables("stopwords"):
        words.update(k for k in map(line_key, table.STOPWORDS) if k and " " not in k)
    return frozenset(words)


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in raw_text
    start: int  # offsets of the stripped line in raw_text
    end: int
    text: str
    n_words: int
    key: str
    terminal: bool
    keep: bool = True
    reason: str | None = None
    in_list: bool = False  # part of a run of menu items or headlines
    repeats: int = 1  # how often the page carries this line
    template: str | None = None  # why the site's other pages say this line is template

    @property
    def words(self) -> int:
        """Word count for the phrase rules: punctuation tokens ("// انتهى //") do not count."""
        return self.key.count(" ") + 1 if self.key and self.n_words <= KEY_FULL_WORDS else self.n_words

    @property
    def full_stop(self) -> bool:
        """Ends with a full stop, once a wire credit after it is set aside ("... August 11-21. — AFP",
        "... الأسبوع المقبل. (أ ف ب)")."""
        end = self.text[-40:]
        credit = _TRAILING_CREDIT.search(end)
        if credit and agency_name(credit["agency"] or credit["agency2"]):
            end = end[: credit.start()]
        return bool(_full_stop().search(end.rstrip()[-12:]))

    @property
    def sentence(self) -> bool:
        """Reads as running text: a full sentence, or a paragraph of clauses too long to be a
        headline (headlines chain their parts with ".." and ":", not commas)."""
        if self.n_words >= PROSE_MIN_WORDS and self.full_stop:
            return True
        if self.n_words >= QUOTED_PROSE_WORDS and _QUOTE_THEN_SPEAKER.search(self.text):
            return True
        # A long line of two sentences or more is a paragraph whatever its last mark ("... в
        # браке. Да и кто бы не гордился такой красавицей-женой!"): headlines are one sentence.
        return self.n_words >= LONG_WORDS and ("،" in self.text or ", " in self.text
                                               or bool(_INNER_FULL_STOP.search(self.text))
                                               or bool(_inner_script_stop() and _inner_script_stop().search(self.text))
                                               or bool(_space_stop() and _space_stop().search(self.text)))

    @property
    def prose(self) -> bool:
        return self.sentence and not self.in_list

    @property
    def paragraph(self) -> bool:
        """The looser test an article's own page is read with (a feed's or a scraper's body field,
        where nothing around the text competes with it): 8+ words ending a sentence, or 15+ words."""
        return self.n_words >= 15 or (self.n_words >= PROSE_MIN_WORDS and self.terminal)

    @property
    def function_share(self) -> float:
        """Share of the line's (first) words that are function words."""
        words = (self.key or line_key(" ".join(self.text.split()[:KEY_HEAD_WORDS]))).split()
        if not words:
            return 0.0
        table = function_words()
        return sum(w in table for w in words) / len(words)

    @property
    def clock(self) -> bool:
        return bool(_CLOCK.search(self.text))

    @property
    def digit_share(self) -> float:
        tokens = self.text.split()
        return sum(bool(_DIGIT_TOKEN.search(t)) for t in tokens) / len(tokens) if tokens else 0.0

    def drop(self, reason: str) -> None:
        self.keep = False
        self.reason = reason


def _key(text: str, n_words: int) -> str:
    """Chrome rules look at a line's first words, and none takes a line of more than
    KEY_MAX_WORDS words by its key, so long lines are keyed on their head or not at all:
    normalising whole paragraphs was most of the step's time."""
    if n_words <= KEY_FULL_WORDS:
        return line_key(text)
    if n_words <= KEY_MAX_WORDS:
        return line_key(" ".join(text.split(None, KEY_HEAD_WORDS)[:KEY_HEAD_WORDS]))
    # Text without spaces between words has no head of words to key on, and what the limit
    # guards is the time spent normalising: as many letters as 25 spaced words have are keyed
    # whole (a Chinese headline and its subtitle run to 50 letters).
    if len(text) <= KEY_MAX_CHARS and unspaced(text):
        return line_key(text)
    return ""


def rekey(line: Line) -> None:
    line.key = _key(line.text, line.n_words)


def split_lines(raw: str) -> list[Line]:
    """The page's non-blank lines with their features (the step splits once for counting and cleaning)."""
    lines: list[Line] = []
    pos = 0
    for no, piece in enumerate(raw.split("\n"), start=1):
        left = len(piece) - len(piece.lstrip(_STRIP))
        text = piece.strip(_STRIP)
        if text:
            start = pos + left
            # Exact counts matter for short lines only; a long paragraph's spaces are enough,
            # unless its script writes no spaces between words.
            n_words = count_words(text) if len(text) < 240 or unspaced(text) else text.count(" ") + 1
            key = _key(text, n_words)
            lines.append(Line(no, start, start + len(text), text, n_words, key, ends_sentence(text)))
        pos += len(piece) + 1
    return lines


FULL_PAGE_MENU = 30  # menu labels: the dev dumps carry 17 to 103, SaudiNewsNet bodies (poems, lists of names) up to 48
FULL_PAGE_REPEATS = 10  # lines the page prints twice: dumps 14 to 114 (menus in header and footer), bodies 0 to 38
FULL_PAGE_LISTED_DATES = 5  # date lines inside lists (related headlines with their dates)
# A small site's menu (The Intercept: 27 labels) is enough when the page repeats many lines: of all
# 31,030 SaudiNewsNet bodies none repeats 20 lines with 20 menu-like ones (at most 14 with 15).
FULL_PAGE_MANY_REPEATS = 20
FULL_PAGE_SMALL_MENU = 20


def is_full_page(lines: list[Line]) -> bool:
    """Does the text carry the site around the article (a crawl's full-page dump), rather than
    the article alone?  A site shows in lines it prints twice (the same menu in header and
    footer) together with menu labels (short list items of content words only, no digits: not a
    poem's verses nor a list of ID numbers) or lists of headlines with their dates; each alone is
    what poems, recipes and lists of names do too.  ``mark_lists`` must have run."""
    if sum(1 for ln in lines if ln.keep and ln.repeats > 1) < FULL_PAGE_REPEATS:
        return False
    menu = sum(1 for ln in lines if ln.keep and ln.in_list and ln.n_words <= 3 and not ln.digit_share
               and ln.function_share == 0)
    if menu >= FULL_PAGE_MENU:
        return True
    if menu >= FULL_PAGE_SMALL_MENU and sum(1 for ln in lines if ln.keep and ln.repeats > 1) >= FULL_PAGE_MANY_REPEATS:
        return True
    from rasid.clean.fields import read_date_line

    listed_dates = 0
    for ln in lines:
        if ln.keep and ln.in_list and ln.n_words <= 8 and ln.digit_share and read_date_line(ln.text):
            listed_dates += 1
            if listed_dates >= FULL_PAGE_LISTED_DATES:
                return True
    return False


def mark_lists(lines: list[Line]) -> None:
    """Flag runs of menu items and headline lists, and count lines the page repeats.

    A run is a stretch of lines none of which is running text; it is a list when it has
    LIST_MIN_LINES lines or more and at least three of them are items (menu labels or
    headlines, not single tokens such as counters and times between them)."""
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.key:
            counts[ln.key] = counts.get(ln.key, 0) + 1
    for ln in lines:
        if ln.key:
            ln.repeats = counts[ln.key]
    run: list[Line] = []

    def close() -> None:
        items = sum(1 for ln in run if ln.n_words >= 2 and not ln.clock)
        if len(run) >= LIST_MIN_LINES and items >= 3:
            for ln in run:
                ln.in_list = True
        run.clear()

    for ln in lines:
        if ln.sentence:
            close()
        else:
            run.append(ln)
    close()
