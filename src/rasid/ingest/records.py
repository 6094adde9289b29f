"""Multi-record files: JSON (array or object), JSONL/NDJSON, Parquet, CSV/TSV.

Each record becomes an Article or an IngestFailure of its own, so one bad record never
costs the rest of its file.  Records are numbered from 1 in messages and fallback origins
(``path#N``); for JSONL the number is the line number.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from rasid.ingest.decode import binary_kind, decode_bytes
from rasid.ingest.errors import Unreadable
from rasid.ingest.fields import RecordMapper
from rasid.ingest.source import GZIP_ERRORS, gzip_problem, human_size, is_gzip, open_stream, os_problem
from rasid.model import Article, IngestFailure

# A JSON document (unlike JSONL) has to be parsed whole; past this size we ask for JSONL
# instead of risking the machine's memory (Python objects take several times the bytes).
MAX_JSON_DOCUMENT_BYTES = 1_000_000_000
# A file whose first lines are all unparsable is not JSONL at all (a misnamed dump, a log);
# one failure per line of it would bury the real problems of the batch.
_GIVE_UP_AFTER = 20

Item = Article | IngestFailure


def _record_article(
    mapper: RecordMapper, record: Any, origin: str, number: int, label: str, max_bytes: int
) -> Item:
    try:
        article = mapper.article(record, f"{origin}#{number}", label)
    except Unreadable as problem:
        return IngestFailure(origin, problem.problem)
    if len(article.raw_text) > max_bytes:
        size = human_size(len(article.raw_text.encode("utf-8")))
        return IngestFailure(
            origin, f"{label}: text is {size}, over the {human_size(max_bytes)} limit per page; raise max_bytes"
        )
    return article


def _records_of(document: Any, mapper: RecordMapper) -> list[Any]:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        # {"articles": [...]} / {"data": [...]}: a wrapper object holding the real list.
        lists = [v for v in document.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        text_keys = mapper.text_keys
        if len(lists) == 1 and not any(key in document for key in text_keys):
            return lists[0]
        return [document]
    raise Unreadable(f"JSON holds a {type(document).__name__}, not an array or object of articles")


def _json_error(err: json.JSONDecodeError) -> str:
    return f"invalid JSON ({err.msg} at line {err.lineno} column {err.colno})"


def read_json(path: Path, origin: str, mapper: RecordMapper, max_bytes: int) -> Iterator[Item]:
    try:
        size = os.stat(path).st_size
    except OSError as err:
        raise os_problem(err) from None
    if size > MAX_JSON_DOCUMENT_BYTES:
        raise Unreadable(
            f"JSON document is {human_size(size)}; documents over {human_size(MAX_JSON_DOCUMENT_BYTES)} "
            "must be split or converted to JSONL (one record a line)"
        )
    with open_stream(path) as stream:
        try:
            data = stream.read()
        except GZIP_ERRORS as err:
            raise gzip_problem(err) from None
    if not data or data.isspace():
        raise Unreadable("empty file")
    try:
        document = json.loads(data)
    except UnicodeDecodeError:
        try:
            document = json.loads(decode_bytes(data).text)
        except json.JSONDecodeError as err:
            raise Unreadable(_json_error(err)) from None
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":  # a .json file that is really JSONL: one object a line
            yield from _jsonl_items(_lines_of_bytes(data, max_bytes), origin, mapper, max_bytes)
            return
        raise Unreadable(_json_error(err)) from None
    for number, record in enumerate(_records_of(document, mapper), start=1):
        yield _record_article(mapper, record, origin, number, f"record {number}", max_bytes)


def _lines_of_bytes(data: bytes, max_bytes: int) -> Iterator[tuple[int, bytes | str | None]]:
    for number, line in enumerate(data.splitlines(), start=1):
        yield number, (line if len(line) <= max_bytes else None)


def _stream_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Lines of at most max_bytes; a longer line is skipped (read through, not kept) and given as None."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield number, None
            continue
        yield number, line


def _text_stream_lines(stream: io.TextIOBase, max_chars: int) -> Iterator[tuple[int, str | None]]:
    number = 0
    while True:
        line = stream.readline(max_chars + 1)
        if not line:
            return
        number += 1
        if len(line) > max_chars and not line.endswith("\n"):
            while line and not line.endswith("\n"):
                line = stream.readline(1 << 20)
            yield number, None
            continue
        yield number, line


def _parse_line(line: bytes | str) -> Any:
    try:
        return json.loads(line)
    except UnicodeDecodeError:
        assert isinstance(line, bytes)
        return json.loads(decode_bytes(line).text)


def _jsonl_items(
    lines: Iterator[tuple[int, bytes | str | None]], origin: str, mapper: RecordMapper, max_bytes: int
) -> Iterator[Item]:
    last = 0
    parsed_any = False
    unparsed = 0
    try:
        for number, line in lines:
            last = number
            if not parsed_any and unparsed >= _GIVE_UP_AFTER:
                yield IngestFailure(
                    origin, f"line {number}: giving up: none of the first {unparsed} lines is JSON; is this JSONL?"
                )
                return
            label = f"line {number}"
            if line is None:
                limit = human_size(max_bytes)
                yield IngestFailure(origin, f"{label}: longer than the {limit} limit per page; raise max_bytes")
                continue
            if not line.strip():
                continue
            try:
                record = _parse_line(line)
            except json.JSONDecodeError as err:
                unparsed += 1
                yield IngestFailure(origin, f"{label}: invalid JSON ({err.msg} at column {err.colno})")
                continue
            except Unreadable as problem:
                unparsed += 1
                yield IngestFailure(origin, f"{label}: {problem.problem}")
                continue
            parsed_any = True
            yield _record_article(mapper, record, origin, number, label, max_bytes)
    except GZIP_ERRORS as err:
        yield IngestFailure(origin, f"{gzip_problem(err).problem} (after line {last}; the lines before it were read)")
    except UnicodeDecodeError as err:
        yield IngestFailure(origin, f"line {last + 1}: undecodable bytes ({err.reason}); the file stops here")


def _utf16_encoding(head: bytes) -> str | None:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not head.startswith(codecs.BOM_UTF32_LE):
        return "utf-16"
    if len(head) >= 4 and b"\x00" in head[:4]:
        # JSON text starts with ASCII ("{" or "["), so UTF-16 shows as a NUL beside it.
        return "utf-16-le" if head[1] == 0 else "utf-16-be"
    return None


def _refuse_binary(head: bytes) -> None:
    """A binary file named .jsonl/.csv would otherwise fail once per "line"."""
    kind = binary_kind(head[:16])
    if kind:
        raise Unreadable(f"binary file ({kind}), not text")
    if b"\x00" in head and _utf16_encoding(head) is None:
        raise Unreadable("binary file, not text")


def read_jsonl(path: Path, origin: str, mapper: RecordMapper, max_bytes: int) -> Iterator[Item]:
    with open_stream(path) as stream:
        try:
            head = stream.peek(8192)[:8192]
        except GZIP_ERRORS as err:
            raise gzip_problem(err) from None
        if not head:
            raise Unreadable("empty file")
        _refuse_binary(head)
        wide = _utf16_encoding(head)
        if wide:
            text = io.TextIOWrapper(stream, encoding=wide)
            yield from _jsonl_items(_text_stream_lines(text, max_bytes), origin, mapper, max_bytes)
        else:
            yield from _jsonl_items(_stream_lines(stream, max_bytes), origin, mapper, max_bytes)


def read_parquet(path: Path, origin: str, mapper: RecordMapper, max_bytes: int) -> Iterator[Item]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        if is_gzip(path):
            with open_stream(path) as stream:
                source: Any = pa.BufferReader(stream.read())
        else:
            source = str(path)
        parquet = pq.ParquetFile(source)
        batches = parquet.iter_batches(batch_size=1024)
        number = 0
        for batch in batches:
            for record in batch.to_pylist():
                number += 1
                yield _record_article(mapper, record, origin, number, f"record {number}", max_bytes)
    except GZIP_ERRORS as err:
        raise gzip_problem(err) from None
    except pa.ArrowException as err:
        raise Unreadable(f"not a readable Parquet file ({err})") from None


def _stream_encoding(head: bytes) -> str:
    """The encoding of a CSV from its first block, so the rest can stream."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    wide = _utf16_encoding(head)
    if wide:
        return wide
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as err:
        if err.start >= len(head) - 3:  # the block merely cut a character in two
            return "utf-8"
    return decode_bytes(head).encoding


def read_csv(path: Path, origin: str, mapper: RecordMapper, max_bytes: int, delimiter: str) -> Iterator[Item]:
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    with open_stream(path) as stream:
        try:
            head = stream.peek(65536)[:65536]
        except GZIP_ERRORS as err:
            raise gzip_problem(err) from None
        if not head or head.isspace():
            raise Unreadable("empty file")
        _refuse_binary(head)
        encoding = _stream_encoding(head)
        text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        # strict: a quote left open does not swallow the rows after it into one "text".
        rows = csv.DictReader(text, delimiter=delimiter, strict=True)
        number = 0
        try:
            for record in rows:
                number += 1
                label = f"row {number}"
                if None in record:  # more cells than header names
                    record = {k: v for k, v in record.items() if k is not None}
                yield _record_article(mapper, record, origin, number, label, max_bytes)
        except GZIP_ERRORS as err:
            yield IngestFailure(origin, f"{gzip_problem(err).problem} (after row {number})")
        except UnicodeDecodeError as err:
            yield IngestFailure(origin, f"row {number + 1}: undecodable bytes ({err.reason}); the file stops here")
        except csv.Error as err:
            yield IngestFailure(origin, f"row {number + 1}: malformed CSV ({err}); the rows before it were read, "
                                        "the rest of the file was not")
            return
        if number == 0:
            raise Unreadable("no rows: the file holds a header line only" if rows.fieldnames else "empty file")
