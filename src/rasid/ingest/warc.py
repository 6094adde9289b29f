"""WARC archives: each HTML response (or resource) record becomes an article.

Records that are not HTML (images, scripts, robots.txt), requests, metadata and revisits
are skipped silently: they are not articles and not errors.  Responses with a non-2xx
HTTP status are skipped too: a 404 page or a redirect has no article in it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from rasid.ingest.dates import to_iso
from rasid.ingest.errors import Unreadable, require_words
from rasid.ingest.html import html_article
from rasid.ingest.source import GZIP_ERRORS, gzip_problem, human_size, is_gzip, os_problem
from rasid.model import Article, IngestFailure

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html_page(record) -> bool:  # noqa: ANN001 - fastwarc's record type
    from fastwarc.warc import WarcRecordType

    if record.record_type == WarcRecordType.response:
        status = record.http_headers.status_code if record.http_headers is not None else None
        if status is None or not 200 <= status < 300:
            return False
        content_type = record.http_content_type or ""
    else:
        content_type = (record.headers.get("Content-Type") or "").split(";")[0].strip()
    return content_type.lower() in _HTML_TYPES


class _GuardedStream:
    """Ends the stream quietly at a gzip error and remembers it.

    fastwarc reads ahead in large blocks, so an EOFError raised inside it would also throw
    away the complete records in the block before the damage.  Ending the stream instead
    lets those records through; the record in progress at the cut is withheld (see below).
    """

    def __init__(self, raw: BinaryIO):
        self._raw = raw
        self.error: Exception | None = None

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            # read1: a plain read() loops over chunks and loses them all when the last fails.
            return self._raw.read1(size)
        except GZIP_ERRORS as err:
            self.error = err
            return b""

    def __getattr__(self, name: str):  # tell(), readable() and the rest as the file has them
        return getattr(self._raw, name)


def read_warc(path: Path, origin: str, max_bytes: int) -> Iterator[Article | IngestFailure]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    compressed = is_gzip(path)
    try:
        # fastwarc's own gzip reader stops quietly at a truncated member; Python's gzip
        # raises EOFError, so a cut-off download is reported instead of silently shortened.
        raw = gzip.open(path, "rb") if compressed else open(path, "rb")
    except OSError as err:
        raise os_problem(err) from None
    with raw:
        try:
            head = raw.peek(5)[:5]
        except GZIP_ERRORS as err:
            raise gzip_problem(err) from None
        if not head:
            raise Unreadable("empty file")
        if not head.startswith(b"WARC/"):
            raise Unreadable("not a WARC file (it does not start with 'WARC/')")
        stream = _GuardedStream(raw)
        records = ArchiveIterator(
            stream,
            record_types=WarcRecordType.response | WarcRecordType.resource,
            parse_http=True,
            auto_decode="all",  # undo chunked transfer and gzip/deflate/brotli content encoding
            stream_detect=False,
        )
        # One item of look-ahead: when the stream turns out to be cut, the last record read
        # is the one the cut went through, and it is reported instead of stored half-read.
        pending: tuple[int, Article | IngestFailure] | None = None
        number = produced = 0
        try:
            for record in records:
                number += 1
                item = _record_item(record, number, origin, max_bytes)
                if item is None:
                    continue
                produced += 1
                if pending is not None:
                    yield pending[1]
                pending = (number, item)
        except OSError as err:
            if pending is not None:
                yield pending[1]
            yield IngestFailure(origin, f"not a readable WARC file after record {number} ({err})")
            return
        if stream.error is not None:
            problem = gzip_problem(stream.error).problem
            if pending is not None:
                problem += f"; record {pending[0]} and any after it are lost"
            yield IngestFailure(origin, problem)
        elif pending is not None:
            yield pending[1]
        elif number == 0:
            yield IngestFailure(origin, "no pages: no readable response or resource record after the WARC header "
                                        "(a damaged file, or only requests and metadata)")
        elif produced == 0:
            yield IngestFailure(origin, f"no pages: none of its {number} response records is an HTML or text page")


def _record_item(record, number: int, origin: str, max_bytes: int) -> Article | IngestFailure | None:  # noqa: ANN001
    if not _is_html_page(record):
        return None
    uri = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>") or None
    label = f"record {number}" + (f" ({uri})" if uri else "")
    body = record.reader.read(max_bytes + 1)
    if len(body) > max_bytes:
        limit = human_size(max_bytes)
        return IngestFailure(origin, f"{label}: page is over the {limit} limit per page; raise max_bytes")
    http = record.http_headers
    encoded = http is not None and (http.get("Transfer-Encoding") or http.get("Content-Encoding"))
    if not encoded and len(body) < record.content_length:
        # Decoding chunked/gzip bodies changes their length, so only plain bodies are checked.
        return IngestFailure(
            origin, f"{label}: cut short ({len(body)} of {record.content_length} bytes); the file looks truncated"
        )
    try:
        article = html_article(
            body,
            origin=uri or f"{origin}#{number}",
            source_format="warc",
            url=uri,
            fetched=to_iso(record.headers.get("WARC-Date")),
            http_charset=record.http_charset,
        )
        require_words(article.raw_text)
        return article
    except Unreadable as problem:
        return IngestFailure(origin, f"{label}: {problem.problem}")
