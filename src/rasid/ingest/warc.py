"""WARC archives: each HTML response (or resource) record becomes an article.

Records that are not HTML (images, scripts, robots.txt), requests, metadata and revisits
are skipped silently: they are not articles and not errors.  Responses with a non-2xx
HTTP status are skipped too: a 404 page or a redirect has no article in it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from rasid.ingest.dates import to_iso
from rasid.ingest.errors import Unreadable
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


def read_warc(path: Path, origin: str, max_bytes: int) -> Iterator[Article | IngestFailure]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    compressed = is_gzip(path)
    try:
        # fastwarc's own gzip reader stops quietly at a truncated member; Python's gzip
        # raises EOFError, so a cut-off download is reported instead of silently shortened.
        stream = gzip.open(path, "rb") if compressed else open(path, "rb")
    except OSError as err:
        raise os_problem(err) from None
    number = 0
    with stream:
        try:
            head = stream.peek(5)[:5]
        except GZIP_ERRORS as err:
            raise gzip_problem(err) from None
        if not head:
            raise Unreadable("empty file")
        if not head.startswith(b"WARC/"):
            raise Unreadable("not a WARC file (it does not start with 'WARC/')")
        records = ArchiveIterator(
            stream,
            record_types=WarcRecordType.response | WarcRecordType.resource,
            parse_http=True,
            auto_decode="all",  # undo chunked transfer and gzip/deflate/brotli content encoding
            stream_detect=False,
        )
        try:
            for record in records:
                number += 1
                uri = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>") or None
                label = f"record {number}" + (f" ({uri})" if uri else "")
                if not _is_html_page(record):
                    continue
                body = record.reader.read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield IngestFailure(
                        origin, f"{label}: page is over the {human_size(max_bytes)} limit per page; raise max_bytes"
                    )
                    continue
                try:
                    yield html_article(
                        body,
                        origin=uri or f"{origin}#{number}",
                        source_format="warc",
                        url=uri,
                        fetched=to_iso(record.headers.get("WARC-Date")),
                        http_charset=record.http_charset,
                    )
                except Unreadable as problem:
                    yield IngestFailure(origin, f"{label}: {problem.problem}")
        except GZIP_ERRORS as err:
            yield IngestFailure(origin, f"{gzip_problem(err).problem} (after WARC record {number})")
        except OSError as err:
            yield IngestFailure(origin, f"not a readable WARC file after record {number} ({err})")
