"""HTML pages (files or WARC records) to Articles, with trafilatura doing the extraction.

Every page is also read the way rasid reads a text dump (``rasid.ingest.visible`` gives the
visible text, one block a line; the line cleaner picks the article block and the headline, date
line and byline around it).  That reading is the second extractor: where trafilatura's text is
short for the page (under SHORT_SHARE of the article block the line cleaner finds), the page's
visible text is kept instead and cleaned line by line, every dropped line listed with its reason,
as trafilatura's own ``compare_extraction`` falls back on other algorithms.  It also checks the
metadata: the headline the page prints is the title without the site's name; a byline the page
prints is the author, and an author that is the site's name or its logo is none.
"""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import urlsplit

from rasid.ingest.dates import to_iso
from rasid.ingest.decode import decode_bytes
from rasid.ingest.errors import Unreadable
from rasid.model import Article

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_HTML_START = re.compile(
    r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_XML_START = re.compile(r"^\s*<(\?xml|rss|feed|urlset)\b", re.IGNORECASE)

# trafilatura logs three or four ERROR/WARNING lines for every empty or unparsable page
# ("lxml parsing failed", "empty HTML tree", "discarding data"); the IngestFailure we yield
# already says it in one line, so its own logging would only repeat it as noise.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048]))


def looks_like_other_xml(text: str) -> bool:
    """RSS, Atom, sitemaps: markup that is not a page and would be stored as tag soup."""
    return bool(_XML_START.match(text[:512])) and not looks_like_html(text)


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    if host and host.startswith("www."):
        host = host[4:]
    return host or None


def _order_settled_by_markup(date_line: str | None, line_date: str, markup_date: str) -> bool:
    """The date line is all digits with day and month both 12 or under, read in the order its
    language or country suggests ("05/08/2019" on futurezone.at taken as 5 August), and the markup's
    ISO date is the same day read the other way (2019-05-08): the markup settles the order."""
    from rasid.clean.fields import ambiguous_numeric_date

    if not date_line or not ambiguous_numeric_date(date_line):
        return False
    year, month, day = line_date[:10].split("-")
    return f"{year}-{day}-{month}" == markup_date[:10]


def _extract(html: str, url: str | None) -> tuple[str, Any, str | None]:
    """(text, trafilatura document or None, note)."""
    import trafilatura  # late: importing it costs ~0.2 s and JSON-only runs never need it

    from trafilatura.settings import set_date_params

    # Dates from markup and URL only: htmldate's "extensive" search takes any date written
    # in the body ("the summit of 13 September") as the publication date.  A page without
    # one is left undated, for the date stage to estimate (Article.published_estimated).
    date_params = set_date_params(extensive=False)
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=date_params
        )
    except Exception:  # noqa: BLE001 - trafilatura/lxml raise many types on broken markup
        doc = None
    text = (getattr(doc, "text", None) or "").strip()
    if text:
        return text, doc, None
    # trafilatura finds no main text in short or oddly built pages; their visible text is
    # still better than nothing, and the cleaner downstream strips the chrome.
    try:
        text = trafilatura.html2txt(html).strip()
    except Exception:  # noqa: BLE001
        text = ""
    if doc is None:
        try:
            doc = trafilatura.extract_metadata(html, default_url=url, date_config=date_params, extensive=False)
        except Exception:  # noqa: BLE001
            doc = None
    return text, doc, "no main text found; used the page's whole visible text"


SHORT_SHARE = 0.6  # trafilatura's text under this share of the page's article block is too short
MIN_BLOCK_CHARS = 200  # a block this small is not worth preferring to anything
# trafilatura's text that holds under this share of the article block's lines found another block
# (a sidebar of notices, a list of teasers) however long it is.
MISSED_SHARE = 0.5


def _flat(text: str) -> str:
    """``text`` with every run of white space (line breaks too) made one space: how a line of the
    page is looked for in trafilatura's text, whose spacing and line breaks differ from the page's."""
    return " ".join(text.split())


def _flat_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, each flattened (``_flat``)."""
    return [_flat(line) for line in text.split("\n") if line.strip()]


def _block_share(block: str, text: str) -> float:
    """The share of the article block's characters, line by line, that trafilatura's text holds."""
    flat = _flat(text)
    lines = _flat_lines(block)
    total = sum(len(line) for line in lines)
    if not total:
        return 1.0
    return sum(len(line) for line in lines if line in flat) / total
# A date line printed under the headline is trusted over the markup's date when they disagree
# (markup dates are often UTC: 01:59 on the 25th in Cairo is the 24th there, or a "modified" date).
DATE_LINE_TRUSTED = 0.95
MARKUP_DATE_CONFIDENCE = 0.9
_LOGO = re.compile(r"\b(?:logo|شعار|لوجو|لوغو)\b", re.IGNORECASE)


def _read_visible(html: str, url: str | None) -> Article | None:
    """The page as a full-page text dump, cleaned line by line (None when nothing is visible)."""
    from rasid.clean import clean_article
    from rasid.ingest.visible import visible_text

    try:
        dump = visible_text(html)
    except Exception:  # noqa: BLE001 - a page lxml cannot walk has no second reading
        return None
    if not dump.strip():
        return None
    return clean_article(Article(origin="", raw_text=dump, url=url))


LEAD_MAX_LINES = 2
LEAD_BLOCK_MAX_LINES = 5
LEAD_MIN_WORDS = 8


def _lead_above(page_text: str, text: str) -> list[str]:
    """The paragraphs the line cleaner keeps right above the first one trafilatura's text holds,
    missing from it: all of them when they are LEAD_BLOCK_MAX_LINES or fewer (the cleaner's text
    starts there), else whole sentences only (LEAD_MIN_WORDS words or more, ending a sentence),
    at most LEAD_MAX_LINES of them."""
    from rasid.clean.phrases import ends_sentence

    flat = " ".join(text.split())
    lines = [ln.strip() for ln in page_text.split("\n") if ln.strip()]
    shared = next((i for i, ln in enumerate(lines) if " ".join(ln.split()) in flat), None)
    if not shared:
        return []
    if shared <= LEAD_BLOCK_MAX_LINES:
        # The line cleaner's article starts a few lines above trafilatura's: a box at the head of
        # the text (a fact check's claim and verdict, a lead block), all of it the article's.
        return [ln for ln in lines[:shared] if " ".join(ln.split()) not in flat]
    lead: list[str] = []
    for ln in reversed(lines[max(0, shared - LEAD_MAX_LINES):shared]):
        if len(ln.split()) < LEAD_MIN_WORDS or not ends_sentence(ln) or " ".join(ln.split()) in flat:
            break
        lead.insert(0, ln)
    return lead


INNER_GAP_MAX = 3  # an embedded tweet: its text, its attribution, a caption next to it


FACT_BOX_MAX_LINES = 8
FACT_BOX_SENTENCE_SHARE = 0.6


def _fact_box(run: list[str]) -> bool:
    """A longer run trafilatura drops from inside the article is still the article's when it is
    mostly sentences: a fact box (its label, three sentences of explanation, its source line),
    not a teaser card or an ad, whose lines are headlines and labels."""
    from rasid.clean.phrases import count_words, ends_sentence

    if len(run) > FACT_BOX_MAX_LINES:
        return False
    words = [count_words(ln) for ln in run]
    in_sentences = sum(n for ln, n in zip(run, words) if n >= LEAD_MIN_WORDS and ends_sentence(ln))
    return in_sentences >= FACT_BOX_SENTENCE_SHARE * sum(words)


def _restore_inner(page_text: str, text: str) -> str:
    """Put back the short runs of lines the line cleaner keeps inside the article that trafilatura
    drops (an embedded tweet's text and attribution, a claim box): a run of at most INNER_GAP_MAX
    lines, or a fact box (``_fact_box``), with lines of trafilatura's text on both sides of it,
    inserted after the one above."""
    flat_text = _flat(text)
    lines = _flat_lines(page_text)
    found = [ln in flat_text for ln in lines]
    out = text.split("\n")
    flat_out = [_flat(ln) for ln in out]
    inserts: dict[int, list[str]] = {}
    i = 0
    while i < len(lines):
        if found[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and not found[j]:
            j += 1
        if 0 < i and j < len(lines) and (j - i <= INNER_GAP_MAX or _fact_box(lines[i:j])):
            above = next((k for k, ln in enumerate(flat_out) if lines[i - 1] in ln), None)
            if above is not None:
                inserts.setdefault(above, []).extend(lines[i:j])
        i = j
    if not inserts:
        return text
    merged: list[str] = []
    for k, ln in enumerate(out):
        merged.append(ln)
        merged.extend(inserts.get(k, ()))
    return "\n".join(merged)


# Joiners that are part of a word's spelling: the zero-width non-joiner parts Persian «اصلاح‌طلبان»
# (and Urdu, Kurdish) without a space, the joiner shapes Indic conjuncts and emoji.  trafilatura's
# text cleanup strips both, leaving a misspelt word ("اصلاحطلبان") that no longer matches the page.
_JOINERS = re.compile("[\u200c\u200d]")


def _restore_joiners(visible: str, text: str) -> str:
    """Give back the joiners trafilatura dropped from words the page writes with them: every
    word of ``text`` that is, once its joiners are taken out, a word the page's visible text
    writes with joiners (one way only, and never without them) is replaced by the page's spelling."""
    return _respell(_joiner_spellings(visible), text)


def _respell(fixes: dict[str, str], text: str) -> str:
    """``text`` with each word that is a key of ``fixes`` (``_joiner_spellings``) written the page's way."""
    if not fixes:
        return text
    return re.sub(r"\S+", lambda m: fixes.get(m.group(0), m.group(0)), text)


def _joiner_spellings(visible: str) -> dict[str, str]:
    """The page's spellings with joiners, keyed by the word without them (see ``_restore_joiners``):
    built once a page, for every text read from it."""
    if not _JOINERS.search(visible):
        return {}
    spelt: dict[str, str | None] = {}
    plain: set[str] = set()
    for word in visible.split():
        bare = _JOINERS.sub("", word)
        if bare == word:
            plain.add(word)
        elif spelt.setdefault(bare, word) != word:
            spelt[bare] = None  # two spellings on the page: which one is meant here is not known
    return {bare: word for bare, word in spelt.items() if word is not None and bare not in plain}


def _site_names(sitename: str | None, url: str | None, title: str | None) -> set[str]:
    """Keys of what may be the site's name: trafilatura's site name, the URL's host, and the part
    a " - " or " | " sets off at the end of the <title> ("... - اليوم السابع")."""
    from rasid.clean.fields import split_title_suffix
    from rasid.clean.phrases import line_key

    names = {line_key(sitename)} if sitename else set()
    if host := host_of(url):
        names.add(line_key(host.split(".")[0]))
    if title:
        names.add(line_key(split_title_suffix(title, any_suffix=True)[1] or ""))
    return {n for n in names if n}


def _without_site(title: str | None, names: set[str]) -> str | None:
    """The title with a leading or trailing part naming the site cut off ("المدينة نيوز - X",
    "X - اليوم السابع"): a part that is the site's name, or that names a publication."""
    from rasid.clean.fields import split_title_suffix
    from rasid.clean.phrases import line_key, tables

    if not title:
        return title
    headline, suffix = split_title_suffix(title)
    if suffix is None:
        shorter, tail = split_title_suffix(title, any_suffix=True)
        if tail and line_key(tail) in names:
            headline = shorter
    for sep in (" | ", " - ", " – ", " — ", ": "):
        head, found, rest = headline.partition(sep)
        words = line_key(head).split()
        if found and rest.strip() and 1 <= len(words) <= 4 and (
            line_key(head) in names or any(w in tables().outlet_words for w in words)
        ):
            headline = rest.strip()
            break
    return headline


def _real_author(author: str | None, names: set[str]) -> str | None:
    """trafilatura's author unless it is the site itself, its logo or a publication's name."""
    from rasid.clean.phrases import line_key, tables

    from rasid.clean.fields import author_name

    if not author or _LOGO.search(author) or not (author := author_name(author)):
        return None
    key = line_key(author)
    if not key or key in tables().author_placeholders:
        return None
    if key in names or any(key.startswith(n) or n.startswith(key) for n in names if len(n) >= 4):
        return None
    if any(w in tables().outlet_words for w in key.split()):
        return None
    from rasid.clean.fields import credit_naming_no_one

    if credit_naming_no_one(author):  # "The Associated Press", "HNN Staff": a wire or the newsroom, no person
        return None
    return author


def html_article(
    data: bytes,
    origin: str,
    source_format: str,
    url: str | None = None,
    fetched: str | None = None,
    http_charset: str | None = None,
) -> Article:
    decoded = decode_bytes(data, declared=http_charset or declared_charset(data))
    text, doc, note = _extract(decoded.text, url)
    page_url = url or (getattr(doc, "url", None) or None)
    page = _read_visible(decoded.text, page_url)
    spellings = _joiner_spellings(page.raw_text) if page is not None else {}
    text = _respell(spellings, text)
    if page is not None and len(page.text) >= MIN_BLOCK_CHARS and len(text) < SHORT_SHARE * len(page.text):
        # trafilatura missed most of the article (or found nothing): the page's own lines, cleaned.
        note = (f"trafilatura found {len(text)} characters of the {len(page.text)} in the page's article block; "
                "kept the page's visible text, cleaned line by line")
        text = page.raw_text
    elif page is not None and len(page.text) >= MIN_BLOCK_CHARS and (
            share := _block_share(_respell(spellings, page.text), text)) < MISSED_SHARE:
        # Long enough, but another block: trafilatura took a sidebar (a column of notices) for the article.
        note = (f"trafilatura's text holds {share:.0%} of the page's article block; "
                "kept the page's visible text, cleaned line by line")
        text = page.raw_text
    if not text:
        raise Unreadable("no text found in the HTML")
    standfirst = page.meta.get("standfirst") if page is not None else None
    if standfirst and " ".join(standfirst.split()) not in " ".join(text.split()):
        # trafilatura reads the article element, and the standfirst stands above it, under the headline.
        text = f"{standfirst}\n{text}"
    if page is not None and text is not page.raw_text and (lead := _lead_above(page.text, text)):
        # The lead paragraph a page prints in a block of its own above the article element
        # (a summary div): the line cleaner has it as the article's first sentence.
        text = "\n".join([*lead, text])
    if page is not None and text is not page.raw_text:
        text = _restore_inner(page.text, text)
    sitename = getattr(doc, "sitename", None) or None
    # The <title> as the page has it (trafilatura's title may already be trimmed): the dump's first line.
    page_title = page.raw_text.split("\n", 1)[0] if page is not None else getattr(doc, "title", None)
    names = _site_names(sitename, page_url, page_title)
    meta: dict[str, Any] = {"encoding": decoded.encoding}
    if sitename:
        meta["sitename"] = sitename
    notes = [n for n in (decoded.note, note) if n]
    if notes:
        meta["ingest_note"] = "; ".join(notes)
    # The page's own reading is trusted where it found the headline the page repeats from its
    # <title>: then it knows where the article and its byline are.
    understood = page is not None and page.meta.get("title_from") is not None
    title = page.title if understood else _without_site(getattr(doc, "title", None), names)
    author = _real_author(getattr(doc, "author", None), names)
    if page is not None and page.author and (understood or author is None):
        author = page.author
    published = to_iso(getattr(doc, "date", None))
    if published:
        meta["date_evidence"] = {"source": "html metadata", "confidence": MARKUP_DATE_CONFIDENCE}
    seen = (page.meta.get("date_evidence") or {}) if page is not None else {}
    if page is not None and page.published and (not published or (
            seen.get("confidence", 0) >= DATE_LINE_TRUSTED and page.published != published[:10]
            and not _order_settled_by_markup(page.meta.get("date_line"), page.published, published))):
        published = page.published
        meta["date_evidence"] = seen
        if "date_line" in page.meta:
            meta["date_line"] = page.meta["date_line"]
    return Article(
        origin=origin,
        raw_text=text,
        source_format=source_format,
        url=page_url,
        # The host is a stable outlet key across pages; the site name trafilatura finds
        # varies ("Asharq Al-Awsat" on one page, missing on the next), so it stays in meta.
        outlet=host_of(page_url) or sitename,
        title=title,
        author=author,
        published=published,
        fetched=fetched,
        meta=meta,
    )
