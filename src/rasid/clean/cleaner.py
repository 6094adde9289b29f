"""Clean one page: keep the article's prose, drop site chrome, lift title/byline/dateline/credits.

How a line is judged (a careful reader's order):
1. Chrome phrases that are chrome wherever they stand (comment forms, follow-us prompts,
   licence notices, see-also links) go first.
2. The article body spans from the first to the last line of *prose* (8+ words ending a
   sentence, or 15+ words).  Lines above and below it are the page's head and foot: there
   short lines are labels, tickers, bylines, date and credit lines, or the headline.
3. Between the first and last prose line a short line is kept - it is the article's own
   subheading ("تعليق أمريكي على الزيارة") - unless a phrase table or cross-page
   repetition marks it as template.  Subheadings stay in the text (they carry the
   article's structure and read as its words) and are listed in meta["subheadings"] as
   offsets, so stages that want sentences only can skip them.
Every dropped piece is kept in Article.removed with a human-readable reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from rasid.clean import fields
from rasid.clean.boilerplate import BoilerplateStats, outlet_of
from rasid.clean.phrases import (
    agency_name,
    chrome_reason,
    ends_sentence,
    glued_prefix_words,
    is_related_trigger,
    line_key,
    long_line_notice,
    tag_list_start,
)
from rasid.model import Article, RemovedLine
from rasid.text.langid import detect_language

PROSE_MIN_WORDS = 8
PROSE_LONG_WORDS = 15
SUBHEADING_MAX_WORDS = 12
KEY_FULL_WORDS = 16  # lines up to this long are keyed whole (headline repeats, template lines)
KEY_HEAD_WORDS = 12
KEY_MAX_WORDS = 25
_STRIP = " \t\r\f\v\u00a0\u200b\u200e\u200f\ufeff\u2028\u2029"
# A line that is only an address: e-mail, link, or social handle with an optional label
# ("t:@Sahfan_Press", "تويتر: @x").
_ADDRESS = re.compile(r"^(?:[^\s:]{1,12}\s*:\s*)?(?:\S+@\S+\.\w+|https?://\S+|www\.\S+|@\w{2,})$")
_WORD_CHAR = re.compile(r"\w")


@dataclass(slots=True)
class _Line:
    no: int  # 1-based line number in raw_text
    start: int  # offsets of the stripped line in raw_text
    end: int
    text: str
    n_words: int
    key: str
    terminal: bool
    keep: bool = True
    reason: str | None = None

    @property
    def words(self) -> int:
        """Word count for the phrase rules: punctuation tokens ("// انتهى //") do not count."""
        return self.key.count(" ") + 1 if self.key and self.n_words <= KEY_FULL_WORDS else self.n_words

    @property
    def prose(self) -> bool:
        return self.n_words >= PROSE_LONG_WORDS or (self.n_words >= PROSE_MIN_WORDS and self.terminal)

    def drop(self, reason: str) -> None:
        self.keep = False
        self.reason = reason


@dataclass(slots=True)
class _Found:
    """Metadata gathered while reading the lines."""

    title: str | None = None
    title_line: _Line | None = None
    author: str | None = None
    dateline: str | None = None
    date_line: str | None = None
    date_iso: str | None = None
    credits: list[str] = field(default_factory=list)
    byline_outlet: str | None = None

    def take(self, attribution: fields.Attribution) -> None:
        self.byline_outlet = self.byline_outlet or attribution.outlet_tag
        self.author = self.author or attribution.author
        self.dateline = self.dateline or attribution.dateline
        self.credits.extend(attribution.credits)


def _key(text: str, n_words: int) -> str:
    """Chrome rules look at a line's first words, and none takes a line of more than
    KEY_MAX_WORDS words by its key, so long lines are keyed on their head or not at all:
    normalising whole paragraphs was most of the step's time."""
    if n_words <= KEY_FULL_WORDS:
        return line_key(text)
    if n_words <= KEY_MAX_WORDS:
        return line_key(" ".join(text.split(None, KEY_HEAD_WORDS)[:KEY_HEAD_WORDS]))
    return ""


def split_lines(raw: str) -> list[_Line]:
    """The page's non-blank lines with their features (the step splits once for counting and cleaning)."""
    lines: list[_Line] = []
    pos = 0
    for no, piece in enumerate(raw.split("\n"), start=1):
        left = len(piece) - len(piece.lstrip(_STRIP))
        text = piece.strip(_STRIP)
        if text:
            start = pos + left
            # Exact counts matter for short lines only; a long paragraph's spaces are enough.
            n_words = len(text.split()) if len(text) < 240 else text.count(" ") + 1
            key = _key(text, n_words)
            lines.append(_Line(no, start, start + len(text), text, n_words, key, ends_sentence(text)))
        pos += len(piece) + 1
    return lines


def clean_article(article: Article, boilerplate: BoilerplateStats | None = None, lines: list[_Line] | None = None) -> Article:
    """Fill ``text``, ``title``, ``author``, ``dateline``, ``credits``, ``removed`` and
    ``meta['date_line']``/``meta['subheadings']`` from ``article.raw_text``."""
    raw = article.raw_text or ""
    article.removed = []  # cleaning again starts from the page, not from the last audit
    if lines is None:
        lines = split_lines(raw)
    if article.language is None:
        article.language = detect_language(_language_sample(raw, lines))
    found = _Found()
    outlet = outlet_of(article)
    trusted_title = article.source_format != "text"

    for line in lines:
        _cut_glued_prefix(line, article.removed)
        _judge_anywhere(line)
    prose = [i for i, ln in enumerate(lines) if ln.keep and ln.prose]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    tags = boilerplate.outlet_tags(outlet) if boilerplate else {}

    in_related_block = False
    for i, line in enumerate(lines):
        if not line.keep:
            # A trigger a phrase rule already took ("اقرأ أيضاً" as a see-also label) still
            # opens the block of headlines below it.
            in_related_block = (in_related_block and line.reason == "related headlines block") or (
                bool(line.key) and is_related_trigger(line.key)
            )
            continue
        if in_related_block and not line.prose:
            line.drop("related headlines block")
            continue
        in_related_block = False
        if line.key and is_related_trigger(line.key) and not line.prose:
            line.drop("related headlines block")
            in_related_block = True
            continue
        at_edge = i < first or i > last
        if at_edge:
            _judge_edge(line, found, tags)
        # Repetition only speaks at the edges: a subheading an outlet reuses mid-body
        # ("أداء القطاعات" in every market report) is still that article's structure.
        if at_edge and line.keep and boilerplate is not None and line.key:
            if reason := boilerplate.reason(outlet, line.key, line.n_words):
                line.drop(reason)

    if not trusted_title and article.title is None:
        _lift_title(lines[:first] if prose else lines[:1], found)
    title = article.title or found.title
    body = [ln for ln in lines if ln.keep]
    if title and prose:
        body = _drop_repeated_title(body, lines[first], title)
    pieces = _first_paragraph(body, found, article.removed, tags) if body else []
    if pieces:
        _cut_tag_list(pieces, article.removed)

    _assemble(article, body, pieces, lines, found, title)
    return article


def _cut_glued_prefix(line: _Line, removed: list[RemovedLine]) -> None:
    n = glued_prefix_words(line.text)
    if not n:
        return
    rest = line.text.split(None, n)[n]
    removed.append(RemovedLine(line.no, line.text[: len(line.text) - len(rest)].rstrip(), "slider buttons glued to the line"))
    line.start = line.end - len(rest)
    line.text = rest
    line.n_words -= n
    line.key = _key(rest, line.n_words)


def _language_sample(raw: str, lines: list[_Line]) -> str:
    """The longest line, cut to 400 characters: the page's chrome (an English theme notice
    on top of an Arabic page) does not sway it, and CLD2 is as sure from 400 characters as
    from 4,000 at a fraction of the cost (the step must clean SaudiNewsNet in seconds)."""
    longest = max((ln.text for ln in lines), key=len, default="")
    return longest[:400] if len(longest) >= 100 else raw[:400]


def _judge_anywhere(line: _Line) -> None:
    if not _WORD_CHAR.search(line.text):
        line.drop("separator (no words)")
    elif _ADDRESS.match(line.text):
        line.drop("contact address or link")
    elif line.key and (reason := chrome_reason(line.key, line.words, at_edge=False)):
        line.drop(reason)
    elif not line.key and (reason := long_line_notice(line.text, line.n_words)):
        line.drop(reason)


def _judge_edge(line: _Line, found: _Found, tags: Mapping[str, int]) -> None:
    """A line above the first or below the last paragraph of prose.

    Short unexplained lines below the body are kept: on real pages they are as often a
    poem's verses or a results list as they are furniture."""
    if reason := chrome_reason(line.key, line.words, at_edge=True):
        line.drop(reason)
        return
    if line.n_words <= 16 and (dated := fields.read_date_line(line.text)) is not None:
        iso, extra = dated
        found.date_line = found.date_line or line.text
        found.date_iso = found.date_iso or iso
        found.take(extra)
        line.drop("date line, lifted to meta['date_line']")
        return
    if line.prose:
        return
    if credited := fields.read_source_line(line.text):
        found.credits.extend(credited)
        line.drop("source credit, lifted to Article.credits")
        return
    if agency := agency_name(line.text):
        found.credits.append(agency)
        line.drop("agency credit, lifted to Article.credits")
        return
    if line.n_words <= 5 and (service := fields.read_service_credit(line.text)):
        found.credits.append(service)
        line.drop("syndication credit, lifted to Article.credits")
        return
    if line.n_words <= 8 and (attribution := fields.read_attribution(line.text, tags)) is not None:
        found.take(attribution)
        if attribution.author or attribution.dateline:
            line.drop("byline, lifted to Article.author/dateline/credits")
        else:
            line.drop("credit line, lifted to Article.credits")
        return


def _lift_title(head: list[_Line], found: _Found) -> None:
    """The headline of a plain-text page: the line the first paragraph repeats as its
    prefix, else the longest headline-shaped line above the body.  Short lines above it
    are navigation; those between it and the body that are still unexplained stay."""
    candidates = [ln for ln in head if ln.keep]
    if not candidates:
        return
    chosen = None
    for ln in candidates:
        if 3 <= ln.n_words <= 30 and not ln.terminal:
            if chosen is None or ln.n_words > chosen.n_words:
                chosen = ln
    if chosen is None:
        return
    for ln in candidates:
        if ln is chosen:
            break
        if ln.n_words <= 4:
            ln.drop("navigation or section label above the headline")
    headline, suffix = fields.split_title_suffix(chosen.text)
    found.title, found.title_line = headline, chosen
    chosen.drop("headline, lifted to Article.title" + (f" (site suffix '{suffix}' dropped)" if suffix else ""))


def _drop_repeated_title(body: list[_Line], first_prose: _Line, title: str) -> list[_Line]:
    """Drop a line above the body that only repeats the headline (pages print it twice).
    Further down an equal line is the text's own (a poem's first verse is its title)."""
    head = [ln for ln in body if ln.start < first_prose.start and ln.key]
    if not head:
        return body
    title_key = line_key(title)
    kept = []
    for ln in body:
        if ln.start < first_prose.start and ln.key and ln.key == title_key:
            ln.drop("headline repeated in the text")
            continue
        kept.append(ln)
    return kept


def _first_paragraph(
    body: list[_Line], found: _Found, removed: list[RemovedLine], tags: Mapping[str, int]
) -> list[tuple[_Line, int]]:
    """Where each kept line starts once a repeated headline, a photo caption and a glued
    byline or dateline are cut from the front of the first paragraph (offsets into raw_text)."""
    starts = [(ln, ln.start) for ln in body]
    first, start = starts[0]
    text = first.text
    for headline in (found.title_line.text if found.title_line else None, found.title):
        if headline and text.startswith(headline) and len(text) > len(headline) + 20:
            cut = len(headline)
            removed.append(RemovedLine(first.no, text[:cut], "headline repeated at the start of the first paragraph"))
            text = text[cut:]
            break
    if caption := fields.split_caption(text.lstrip()):
        lead = len(text) - len(text.lstrip())
        caption_text, credit, offset = caption
        removed.append(RemovedLine(first.no, caption_text, "photo caption (ends with its agency credit)"))
        found.credits.append(agency_name(credit) or credit)
        text = text[lead + offset:]
    text = text.lstrip()
    if glued := fields.split_byline_prefix(text, tags):
        attribution, offset = glued
        removed.append(RemovedLine(first.no, text[:offset].rstrip(), "byline at the start of the first paragraph"))
        found.take(attribution)
        text = text[offset:]
    elif credited := fields.split_leading_credit(text):
        agency, offset = credited
        removed.append(RemovedLine(first.no, text[:offset].rstrip(), "agency credit, lifted to Article.credits"))
        found.credits.append(agency_name(agency) or agency)
        text = text[offset:]
    elif dated := fields.split_dateline(text):
        city, agency, offset = dated
        removed.append(RemovedLine(first.no, text[:offset].rstrip(), "dateline, lifted to Article.dateline"))
        found.dateline = found.dateline or city
        if agency:
            found.credits.append(agency_name(agency) or agency)
        text = text[offset:]
    starts[0] = (first, first.end - len(text))
    return starts


def _cut_tag_list(pieces: list[tuple[_Line, int]], removed: list[RemovedLine]) -> None:
    """A tag list the page glued after the last sentence goes (the paragraph stays)."""
    last, start = pieces[-1]
    cut = tag_list_start(last.text)
    if cut is None or last.start + cut <= start:
        return
    removed.append(RemovedLine(last.no, last.text[cut:].strip(), "tag list glued to the last paragraph"))
    last.end = last.start + len(last.text[:cut].rstrip())


def _assemble(article: Article, body: list[_Line], pieces: list[tuple[_Line, int]], lines: list[_Line],
              found: _Found, title: str | None) -> None:
    raw = article.raw_text or ""
    parts: list[str] = []
    subheadings: list[list[int]] = []
    offset = 0
    for ln, start in pieces:
        piece = raw[start:ln.end]
        if parts:
            offset += 1  # the "\n" joiner
        if not ln.prose and not ln.terminal and ln.n_words <= SUBHEADING_MAX_WORDS:
            subheadings.append([offset, offset + len(piece)])
        parts.append(piece)
        offset += len(piece)
    article.text = "\n".join(parts)
    article.removed.extend(RemovedLine(ln.no, ln.text, ln.reason or "") for ln in lines if not ln.keep)
    article.removed.sort(key=lambda r: r.line_no)
    if article.title is None and title:
        article.title = title
    article.author = article.author or found.author
    article.dateline = article.dateline or found.dateline
    article.credits = _unique(article.credits + found.credits)
    if found.date_line:
        article.meta["date_line"] = found.date_line
        if article.published is None and found.date_iso:
            article.published = found.date_iso
    if subheadings:
        article.meta["subheadings"] = subheadings
    if found.byline_outlet:
        article.meta["byline_outlet"] = found.byline_outlet


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = line_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out
