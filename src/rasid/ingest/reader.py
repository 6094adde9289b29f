"""Choosing a reader per file and keeping every problem to one line per file or record."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from rasid.ingest.decode import binary_kind, decode_bytes
from rasid.ingest.discover import discover
from rasid.ingest.errors import Unreadable, require_words
from rasid.ingest.fields import RecordMapper, resolve_field_map
from rasid.ingest.html import html_article, looks_like_html, looks_like_other_xml
from rasid.ingest.records import read_csv, read_json, read_jsonl, read_parquet
from rasid.ingest.source import GZIP_ERRORS, gzip_problem, open_stream, read_limited
from rasid.ingest.warc import read_warc
from rasid.model import Article, IngestFailure

log = logging.getLogger("rasid")

DEFAULT_MAX_BYTES = 20_000_000  # one page; a news article is rarely over 1 MB even as HTML
# Text kept of one page.  Analysis costs grow with the text (a 2 MB page of text took a
# minute and 700 MB to enrich and cluster; 15 MB would take many minutes and gigabytes),
# and no article is that long: the longest of SaudiNewsNet's 31,030 is 33,687 characters.
MAX_TEXT_CHARS = 200_000

_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".warc": "warc",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
    ".tsv": "tsv",
}

Item = Article | IngestFailure


def format_of(path: Path) -> str | None:
    """The format named by the file's suffix, looking past a final .gz; None when unknown."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _BY_SUFFIX.get(os.path.splitext(name)[1])


def _sniff(path: Path) -> str:
    """Format of a file whose name does not say: by its first bytes."""
    with open_stream(path) as stream:
        try:
            head = stream.read(8)
        except GZIP_ERRORS as err:
            raise gzip_problem(err) from None
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"PAR1"):
        return "parquet"
    return "page"  # text or HTML, told apart after decoding


_TITLE_OPEN = re.compile(rb"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(rb"</title\s*>", re.IGNORECASE)


def _html_page(data: bytes, origin: str) -> Article:
    # An unclosed <title> swallows the whole page: to an HTML parser everything after it is
    # title text, tags and all.  Close it where its text ends before reading the page.
    note = None
    opened = _TITLE_OPEN.search(data)
    if opened is not None and not _TITLE_CLOSE.search(data, opened.end()):
        end = data.find(b"<", opened.end())
        end = len(data) if end < 0 else end
        data = data[:end] + b"</title>" + data[end:]
        note = "its <title> is never closed; read as if closed after the title text"
    try:
        article = html_article(data, origin=origin, source_format="html")
    except Unreadable:
        if note:
            raise Unreadable("no text found in the HTML (and its <title> is never closed)") from None
        raise
    if note:
        article.meta["ingest_note"] = "; ".join(n for n in (article.meta.get("ingest_note"), note) if n)
        log.warning("%s: %s", origin, note)
    require_words(article.raw_text)
    return article


def _read_page(path: Path, origin: str, fmt: str, max_bytes: int) -> Article:
    data = read_limited(path, max_bytes)
    if not data:
        raise Unreadable("empty file")
    if fmt == "html":
        return _html_page(data, origin)
    kind = binary_kind(data[:16])
    if kind:
        raise Unreadable(f"binary file ({kind}), not text")
    decoded = decode_bytes(data)
    text = decoded.text
    if looks_like_other_xml(text):  # a feed saved as .txt is no more an article than a .xml one
        raise Unreadable("XML document (feed or sitemap), not an article page; convert it to JSONL")
    if fmt == "page" and looks_like_html(text):
        return _html_page(data, origin)
    if not text.strip():
        raise Unreadable("no text: the file holds only whitespace")
    require_words(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict = {"encoding": decoded.encoding}
    if decoded.note:
        meta["ingest_note"] = decoded.note
    return Article(origin=origin, raw_text=text, source_format="text", meta=meta)


def _read(path: Path, origin: str, mapper_for: Callable[[str], RecordMapper], max_bytes: int) -> Iterator[Item]:
    if not path.exists():
        raise Unreadable("no such file or folder")
    if not path.is_file():
        raise Unreadable("not a regular file")
    fmt = format_of(path) or _sniff(path)
    if fmt in ("text", "html", "page"):
        yield _read_page(path, origin, fmt, max_bytes)
    elif fmt == "warc":
        yield from read_warc(path, origin, max_bytes)
    elif fmt == "json":
        yield from read_json(path, origin, mapper_for("json"), max_bytes)
    elif fmt == "jsonl":
        yield from read_jsonl(path, origin, mapper_for("jsonl"), max_bytes)
    elif fmt == "parquet":
        yield from read_parquet(path, origin, mapper_for("parquet"), max_bytes)
    else:
        yield from read_csv(path, origin, mapper_for(fmt), max_bytes, "\t" if fmt == "tsv" else ",")


def origin_of(path: Path) -> str:
    """A file's origin: its absolute path, with bytes that are not UTF-8 (a file name from
    another system's encoding) written as ``\\xNN``, so it can be stored and printed."""
    origin = os.path.abspath(path)
    try:
        origin.encode("utf-8")
    except UnicodeEncodeError:
        origin = os.fsencode(origin).decode("utf-8", "backslashreplace")
    return origin


def _bounded(article: Article, origin: str) -> Article:
    """A page past MAX_TEXT_CHARS cut at the last paragraph (or word) break before it, and said."""
    text = article.raw_text
    if len(text) <= MAX_TEXT_CHARS:
        return article
    cut = max(text.rfind("\n", MAX_TEXT_CHARS // 2, MAX_TEXT_CHARS), text.rfind(" ", MAX_TEXT_CHARS - 1000, MAX_TEXT_CHARS))
    cut = cut if cut > 0 else MAX_TEXT_CHARS
    article.raw_text = text[:cut]
    note = (f"text cut to its first {cut:,} of {len(text):,} characters: longer than any article, and analysing "
            "it all would take minutes and gigabytes; split it to read the rest")
    article.meta["ingest_note"] = "; ".join(n for n in (article.meta.get("ingest_note"), note) if n)
    where = origin if article.origin == origin else f"{origin}: {article.origin}"
    log.warning("%s: %s", where, note)
    return article


def _file_items(path: Path, field_map: dict[str, tuple[str, ...]], max_bytes: int) -> Iterator[Item]:
    origin = origin_of(path)
    mappers: dict[str, RecordMapper] = {}

    def mapper_for(fmt: str) -> RecordMapper:
        return mappers.setdefault(fmt, RecordMapper(field_map, fmt))

    try:
        for item in _read(path, origin, mapper_for, max_bytes):
            yield _bounded(item, origin) if isinstance(item, Article) else item
    except Unreadable as problem:
        yield IngestFailure(origin, problem.problem)
    except MemoryError:
        yield IngestFailure(origin, "out of memory while reading; split the file or lower max_bytes")
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as err:  # noqa: BLE001 - the contract: bad input never stops a batch.
        # BaseException, not Exception: a panic inside a Rust extension (fastwarc) arrives
        # as pyo3's PanicException, which derives from BaseException.
        yield IngestFailure(origin, f"could not read ({type(err).__name__}: {err})")


def read_file(
    path: str | Path, field_map: Mapping[str, str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Articles (and failures) from one file; for a progress bar per file over ``discover``."""
    return _file_items(Path(path), resolve_field_map(field_map), max_bytes)


def iter_articles(
    paths: Iterable[str | Path], field_map: Mapping[str, str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    skip: Iterable[str] = (),
) -> Iterator[Item]:
    """Every article in the given files and folders, in a deterministic order.

    Yields an Article per page or record, or an IngestFailure (one line: origin + problem)
    for each file or record that cannot be read.  ``skip``: files never to read (the
    database being written, its journal and lock).  Never raises for bad input; an unknown
    field name in ``field_map`` raises RasidError at once, before anything is read.
    """
    resolved = resolve_field_map(field_map)
    problems: list[IngestFailure] = []
    files = discover(paths, problems=problems, skip=skip)

    def items() -> Iterator[Item]:
        yield from problems  # folders that could not be walked, said before the files are read
        for path in files:
            yield from _file_items(path, resolved, max_bytes)

    return items()
