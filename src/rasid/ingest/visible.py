"""A page's visible text, one block element a line, the page <title> first.

This is what a crawler's innerText, ``lynx -dump`` or a Common Crawl WET record gives: the
article with the whole site around it (menus, tickers, footers).  rasid uses it twice: as the
second extractor for HTML pages where trafilatura finds too little (the line cleaner then
picks the article out of it, and every dropped line stays listed with its reason), and to
turn test-suite HTML pages into labelled dumps (``gold/dumps/``).

    python -m rasid.ingest.visible PAGE.html > PAGE.txt
"""

from __future__ import annotations

import re
import sys

# Elements a browser lays out as blocks: text before and after them is on another line.
BLOCKS = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section
    summary table tbody td tfoot th thead tr ul legend option button""".split()
)
# Never visible: code, styles, embedded objects, form widgets whose text is not shown.
HIDDEN = frozenset("script style noscript template svg math iframe object embed canvas select textarea head".split())
TITLE_MAX = 400
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\ufeff]+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _parse(html: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on broken markup
        return None


def _is_hidden(element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and _DISPLAY_NONE.search(style))


def _follows_link(element) -> bool:
    """A link right after another with only blanks between them: a menu or ticker, where
    each link shows as its own item (the crawlers we mimic render those bars as blocks)."""
    previous = element.getprevious()
    return (previous is not None and isinstance(previous.tag, str) and previous.tag.lower() == "a"
            and not (previous.tail or "").strip())


def visible_lines(html: str) -> list[str]:
    """The page title, then every non-empty line of visible text, in document order."""
    root = _parse(html)
    if root is None:
        return []
    lines: list[str] = []
    title = root.find(".//title")
    # A title of more than TITLE_MAX characters is an unclosed <title> that swallowed the page.
    if title is not None and (text := _SPACE.sub(" ", title.text_content()).strip()) and len(text) <= TITLE_MAX:
        lines.append(text)
    current: list[str] = []

    def flush() -> None:
        if current:
            text = _SPACE.sub(" ", "".join(current)).strip()
            if text:
                lines.append(text)
            current.clear()

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:  # comment or processing instruction: only its tail is text
            if element.tail:
                current.append(element.tail)
            return
        tag = tag.lower()
        if tag in HIDDEN or _is_hidden(element):
            if element.tail:
                current.append(element.tail)
            return
        block = tag in BLOCKS
        if block or tag == "a" and _follows_link(element):
            flush()
        if tag == "br":
            flush()
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
        elif tag in ("td", "th"):
            current.append(" ")
        if element.tail:
            current.append(element.tail)

    body = root.find(".//body")
    walk(body if body is not None else root)
    flush()
    return lines


def visible_text(html: str) -> str:
    return "\n".join(visible_lines(html))


def main(argv: list[str] | None = None) -> int:
    from rasid.ingest.decode import decode_bytes
    from rasid.ingest.html import declared_charset

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    with open(args[0], "rb") as handle:
        data = handle.read()
    print(visible_text(decode_bytes(data, declared=declared_charset(data)).text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
