"""Cross-page repetition: short lines that recur on many pages of one outlet are its template.

Counts are over *distinct bodies*: syndicated copies and re-crawls of one report carry the
same lines and must not make them look like a template (SaudiNewsNet alone has 707 groups
of identical bodies).  Only short lines without sentence-final punctuation are counted, so
wire copy repeated across outlets (long, punctuated sentences) is never a candidate.
"""

from __future__ import annotations

import hashlib
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


def fingerprint(text: str) -> str:
    """A stable id of a body (its longest line: copies that differ in their furniture share it);
    stable across processes and runs, as the counts are kept in the database."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _longest(raw_text: str) -> str:
    return max((ln.strip() for ln in raw_text.splitlines()), key=len, default="")


def _template_reason(pages_of_outlet: int, corpus_pages: int, corpus_outlets: int, n_words: int) -> str | None:
    if pages_of_outlet >= OUTLET_MIN_PAGES:
        return f"repeated on {pages_of_outlet} pages of this outlet"
    if corpus_pages >= CORPUS_MIN_PAGES and n_words <= CORPUS_MAX_WORDS and corpus_outlets >= CORPUS_MIN_OUTLETS:
        return f"repeated on {corpus_pages} pages from {corpus_outlets}+ outlets"
    return None


def _tags_from_partners(partners: dict[str, set[str]]) -> dict[str, int]:
    counts = {part: len(others) for part, others in partners.items()}
    top = max(counts.values(), default=0)
    # The tag rides beside nearly every name and city; a reporter beside a few cities.
    floor = max(TAG_MIN_PARTNERS, top // 2)
    return {part: n for part, n in counts.items() if n >= floor}


@dataclass
class OutletCounts:
    """What the pages of one outlet taught: how many distinct bodies carry each short line, and
    which byline parts were seen beside which (to find the outlet's own tag)."""

    lines: Counter = field(default_factory=Counter)  # template key -> pages
    partners: dict = field(default_factory=lambda: defaultdict(set))  # part -> other parts seen beside it


@dataclass
class Templates:
    """A snapshot of the verdicts for some outlets, small enough to ship with a batch to a worker:
    the lines that are template (with their page counts) and the outlets' byline tags."""

    outlet_lines: dict = field(default_factory=dict)  # (outlet, key) -> pages, for template lines only
    corpus_lines: dict = field(default_factory=dict)  # key -> (pages, outlets), for template lines only
    tags: dict = field(default_factory=dict)  # outlet -> {part: partners}

    def reason(self, outlet: str | None, key: str, n_words: int) -> str | None:
        """Why this line is template, or None."""
        if n_words > MAX_WORDS or is_list_marker(key):
            return None
        key = template_key(key)
        pages = self.outlet_lines.get((outlet, key), 0) if outlet is not None else 0
        corpus_pages, corpus_outlets = self.corpus_lines.get(key, (0, 0))
        return _template_reason(pages, corpus_pages, corpus_outlets, n_words)

    def outlet_tags(self, outlet: str | None) -> dict[str, int]:
        return self.tags.get(outlet, {}) if outlet is not None else {}


@dataclass
class BoilerplateStats:
    """Counts of short lines per outlet and corpus-wide, over distinct bodies."""

    outlets: dict = field(default_factory=dict)  # outlet -> OutletCounts
    corpus: Counter = field(default_factory=Counter)  # key -> pages
    corpus_outlets: dict = field(default_factory=lambda: defaultdict(set))  # key -> outlets seen (capped)
    seen: set = field(default_factory=set)  # fingerprints of the bodies counted
    _tags: dict = field(default_factory=dict)

    def counts(self, outlet: str) -> OutletCounts:
        found = self.outlets.get(outlet)
        if found is None:
            found = self.outlets[outlet] = OutletCounts()
        return found

    def observe(
        self,
        article: Article,
        lines: list[tuple[str, str]] | None = None,
        longest: str | None = None,
        first_line: str | None = None,
    ) -> bool:
        """Count one page; False when its body was counted before (a copy, a re-crawl).
        ``lines``/``longest`` let the step pass what it already split (candidate (text, key)
        pairs and the longest line) instead of splitting twice."""
        raw = article.raw_text or ""
        print_ = fingerprint(longest if longest is not None else _longest(raw))
        if print_ in self.seen:
            return False
        self.seen.add(print_)
        outlet = outlet_of(article)
        if lines is None:
            lines = candidate_lines(raw)
            first_line = next((ln.strip() for ln in raw.splitlines() if ln.strip()), None)
        mine = self.counts(outlet) if outlet is not None else None
        for key in {template_key(k) for _, k in lines}:
            self.corpus[key] += 1
            if len(self.corpus_outlets[key]) < CORPUS_MIN_OUTLETS:
                self.corpus_outlets[key].add(outlet)
            if mine is not None:
                mine.lines[key] += 1
        if mine is not None:
            head = [t for t, _ in lines[:_HEAD_LINES]]
            if first_line and (prefix := glued_byline(first_line)):
                head.append(prefix)
            self._observe_byline_parts(outlet, mine, head)
        return True

    def _observe_byline_parts(self, outlet: str, mine: OutletCounts, head: list[str]) -> None:
        for text in head:
            if not any(s in text for s in _SEPARATORS) or len(text.split()) > 10:
                continue
            # A part with no letters ("2" in "2 - تطبيق ...", a numbered list) is never the outlet's tag.
            parts = [line_key(p) for p in _split_parts(text)]
            parts = [p for p in parts if p and any(c.isalpha() for c in p)]
            for part in parts:
                bucket = mine.partners[part]
                if len(bucket) < _PARTNER_CAP:
                    bucket.update(p for p in parts if p != part)
        self._tags.pop(outlet, None)

    def outlet_tags(self, outlet: str | None) -> dict[str, int]:
        """Byline parts that may be the outlet's own name ("عين اليوم" in "X – عين اليوم"),
        with how many different parts each was seen beside (a roving reporter qualifies too;
        the byline reader keeps the most-partnered part as the tag)."""
        if outlet is None or outlet not in self.outlets:
            return {}
        if outlet not in self._tags:
            self._tags[outlet] = _tags_from_partners(self.outlets[outlet].partners)
        return self._tags[outlet]

    def reason(self, outlet: str | None, key: str, n_words: int) -> str | None:
        """Why this line is template, or None."""
        if n_words > MAX_WORDS or is_list_marker(key):
            return None
        key = template_key(key)
        pages = self.outlets[outlet].lines.get(key, 0) if outlet in self.outlets else 0
        return _template_reason(pages, self.corpus.get(key, 0), len(self.corpus_outlets.get(key, ())), n_words)

    def snapshot(self, outlets: set[str | None]) -> Templates:
        """The verdicts for pages of these outlets, as they stand now."""
        snap = Templates()
        for outlet in outlets:
            if outlet is None or outlet not in self.outlets:
                continue
            for key, pages in self.outlets[outlet].lines.items():
                if pages >= OUTLET_MIN_PAGES:
                    snap.outlet_lines[(outlet, key)] = pages
            if tags := self.outlet_tags(outlet):
                snap.tags[outlet] = tags
        for key, pages in self.corpus.items():
            if pages >= CORPUS_MIN_PAGES and len(self.corpus_outlets.get(key, ())) >= CORPUS_MIN_OUTLETS:
                snap.corpus_lines[key] = (pages, len(self.corpus_outlets[key]))
        return snap


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
