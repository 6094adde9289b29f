"""Cross-page repetition: short lines that recur on many pages of one outlet are its template.

Counts are over *distinct bodies*: syndicated copies and re-crawls of one report carry the
same lines and must not make them look like a template (SaudiNewsNet alone has 707 groups
of identical bodies).  Only short lines without sentence-final punctuation are counted, so
wire copy repeated across outlets (long, punctuated sentences) is never a candidate.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rasid.clean.phrases import ends_sentence, is_list_marker, line_key
from rasid.model import Article

MAX_WORDS = 12  # longer lines read as prose, never as template
OUTLET_MIN_PAGES = 5  # chosen on SaudiNewsNet: column footers recur on 14+ pages, subheads on 1-3
CORPUS_MIN_PAGES = 15
CORPUS_MIN_OUTLETS = 4
CORPUS_MAX_WORDS = 6
TAG_MIN_PARTNERS = 4  # a byline part seen beside this many different names is the outlet's tag
_PARTNER_CAP = 64  # enough to rank an outlet's tag above its busiest reporter
_HEAD_LINES = 3  # bylines sit in the first lines of a page
_SEPARATORS = "-–—ـ"
_COLON = re.compile(r":\s")


def outlet_of(article: Article) -> str | None:
    if article.outlet:
        return article.outlet
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return None  # unknown outlet: only corpus-wide repetition applies


_NUMBER = re.compile(r"\d+")


def template_key(key: str) -> str:
    """Numbers masked: a template line often carries a varying code ("تبدأ بالرمز (115) ...")."""
    return _NUMBER.sub("0", key)


def is_candidate(text: str, n_words: int, terminal: bool) -> bool:
    """Short and unpunctuated enough to be template.  A line ending in ":" introduces what
    follows ("السلام عليكم ... وبعد:"): it is text."""
    return n_words <= MAX_WORDS and not terminal and not text.endswith(":")


def candidate_lines(raw_text: str) -> list[tuple[str, str]]:
    """(stripped line, key) of each candidate line of a page."""
    out = []
    for line in raw_text.splitlines():
        text = line.strip()
        if text and is_candidate(text, len(text.split()), ends_sentence(text)) and (key := line_key(text)):
            out.append((text, key))
    return out


def _fingerprint(raw_text: str) -> int:
    # The longest paragraph identifies a body even when copies differ in their furniture.
    return hash(max((ln.strip() for ln in raw_text.splitlines()), key=len, default=""))


@dataclass
class BoilerplateStats:
    """Counts of short lines per outlet and corpus-wide, over distinct bodies."""

    by_outlet: Counter = field(default_factory=Counter)  # (outlet, key) -> pages
    corpus: Counter = field(default_factory=Counter)  # key -> pages
    outlets: dict = field(default_factory=lambda: defaultdict(set))  # key -> outlets seen
    partners: dict = field(default_factory=lambda: defaultdict(set))  # (outlet, part) -> other parts
    seen: set = field(default_factory=set)
    _tags: dict = field(default_factory=dict)

    def observe(
        self,
        article: Article,
        lines: list[tuple[str, str]] | None = None,
        longest: str | None = None,
        first_line: str | None = None,
    ) -> None:
        """Count one page.  ``lines``/``longest`` let the step pass what it already split
        (candidate (text, key) pairs and the longest line) instead of splitting twice."""
        raw = article.raw_text or ""
        print_ = hash(longest) if longest is not None else _fingerprint(raw)
        if print_ in self.seen:
            return
        self.seen.add(print_)
        outlet = outlet_of(article)
        if lines is None:
            lines = candidate_lines(raw)
            first_line = next((ln.strip() for ln in raw.splitlines() if ln.strip()), None)
        for key in {template_key(k) for _, k in lines}:
            self.corpus[key] += 1
            if len(self.outlets[key]) < CORPUS_MIN_OUTLETS:
                self.outlets[key].add(outlet)
            if outlet is not None:
                self.by_outlet[(outlet, key)] += 1
        if outlet is not None:
            head = [t for t, _ in lines[:_HEAD_LINES]]
            if first_line and (prefix := glued_byline(first_line)):
                head.append(prefix)
            self._observe_byline_parts(outlet, head)

    def _observe_byline_parts(self, outlet: str, head: list[str]) -> None:
        for text in head:
            if not any(s in text for s in _SEPARATORS) or len(text.split()) > 10:
                continue
            parts = [line_key(p) for p in _split_parts(text)]
            parts = [p for p in parts if p]
            for part in parts:
                bucket = self.partners[(outlet, part)]
                if len(bucket) < _PARTNER_CAP:
                    bucket.update(p for p in parts if p != part)
        self._tags.pop(outlet, None)

    def outlet_tags(self, outlet: str | None) -> dict[str, int]:
        """Byline parts that may be the outlet's own name ("عين اليوم" in "X – عين اليوم"),
        with how many different parts each was seen beside (a roving reporter qualifies too;
        the byline reader keeps the most-partnered part as the tag)."""
        if outlet is None:
            return {}
        if outlet not in self._tags:
            counts = {part: len(others) for (o, part), others in self.partners.items() if o == outlet}
            top = max(counts.values(), default=0)
            # The tag rides beside nearly every name and city; a reporter beside a few cities.
            floor = max(TAG_MIN_PARTNERS, top // 2)
            self._tags[outlet] = {part: n for part, n in counts.items() if n >= floor}
        return self._tags[outlet]

    def reason(self, outlet: str | None, key: str, n_words: int) -> str | None:
        """Why this line is template, or None."""
        if n_words > MAX_WORDS or is_list_marker(key):
            return None
        key = template_key(key)
        if outlet is not None:
            pages = self.by_outlet.get((outlet, key), 0)
            if pages >= OUTLET_MIN_PAGES:
                return f"repeated on {pages} pages of this outlet"
        pages = self.corpus.get(key, 0)
        if pages >= CORPUS_MIN_PAGES and n_words <= CORPUS_MAX_WORDS and len(self.outlets[key]) >= CORPUS_MIN_OUTLETS:
            return f"repeated on {pages} pages from {len(self.outlets[key])}+ outlets"
        return None


def glued_byline(first_line: str) -> str | None:
    """The dashed prefix before ": " that some outlets glue to the first sentence
    ("فهد العتيبي- سبق- جدة: ..."), so its parts feed the outlet-tag counts."""
    found = None
    for m in _COLON.finditer(first_line, 0, 120):
        head = first_line[: m.start()]
        if any(s in head for s in _SEPARATORS) and len(head.split()) <= 10:
            found = head
    return found


def _split_parts(text: str) -> list[str]:
    for sep in _SEPARATORS:
        text = text.replace(sep, "\x00")
    return [p.strip() for p in text.split("\x00")]
