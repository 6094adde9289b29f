"""HTML pages (files or WARC records) to Articles, with trafilatura doing the extraction."""

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
    if not text:
        raise Unreadable("no text found in the HTML")
    page_url = url or (getattr(doc, "url", None) or None)
    sitename = getattr(doc, "sitename", None) or None
    meta: dict[str, Any] = {"encoding": decoded.encoding}
    if sitename:
        meta["sitename"] = sitename
    notes = [n for n in (decoded.note, note) if n]
    if notes:
        meta["ingest_note"] = "; ".join(notes)
    return Article(
        origin=origin,
        raw_text=text,
        source_format=source_format,
        url=page_url,
        # The host is a stable outlet key across pages; the site name trafilatura finds
        # varies ("Asharq Al-Awsat" on one page, missing on the next), so it stays in meta.
        outlet=host_of(page_url) or sitename,
        title=getattr(doc, "title", None) or None,
        author=getattr(doc, "author", None) or None,
        published=to_iso(getattr(doc, "date", None)),
        fetched=fetched,
        meta=meta,
    )
