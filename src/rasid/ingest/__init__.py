"""Reading every shape of crawl (text, HTML, WARC, JSON/JSONL/Parquet/CSV, gzip) into Article records.

    from rasid.ingest import iter_articles, discover, read_file
    for item in iter_articles(["crawl/"]):
        if isinstance(item, IngestFailure): print(item)   # "<file>: <problem>", one line
        else: store(item)                                  # an Article

See docs/ingest.md for the formats, the default field mapping and every failure message.
"""

from rasid.ingest.discover import discover
from rasid.ingest.fields import DEFAULT_FIELD_MAP, MAPPABLE_FIELDS
from rasid.ingest.reader import DEFAULT_MAX_BYTES, format_of, iter_articles, read_file
from rasid.model import Article, IngestFailure

__all__ = [
    "DEFAULT_FIELD_MAP",
    "DEFAULT_MAX_BYTES",
    "MAPPABLE_FIELDS",
    "Article",
    "IngestFailure",
    "discover",
    "format_of",
    "iter_articles",
    "read_file",
]
