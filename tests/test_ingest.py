"""Reading every shape of crawl into Articles, with one clear failure line per bad file or record.

Every input is a real file written to tmp_path by the test itself.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from rasid.errors import RasidError
from rasid.ingest import Article, IngestFailure, discover, iter_articles, read_file
from rasid.ingest.dates import to_iso

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

ARABIC = (
    "التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوتشني الفضائية.\n"
    "وقال المتحدث باسم الكرملين إن المحادثات تناولت التعاون العسكري والاقتصادي بين البلدين."
)
ENGLISH_PARAGRAPH = "The leaders met at the Vostochny cosmodrome on Wednesday to discuss military cooperation. " * 6


def read_all(*paths, **kwargs) -> tuple[list[Article], list[IngestFailure]]:
    articles, failures = [], []
    for item in iter_articles([str(p) for p in paths], **kwargs):
        (failures if isinstance(item, IngestFailure) else articles).append(item)
    return articles, failures


def only_failure(path, **kwargs) -> IngestFailure:
    articles, failures = read_all(path, **kwargs)
    assert articles == [] and len(failures) == 1, (articles, failures)
    return failures[0]


def news_html(title="Kim meets Putin", body=ENGLISH_PARAGRAPH, charset="utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2023-09-13T08:00:00Z">'
        '<link rel="canonical" href="https://www.example-news.com/world/kim-putin"></head>'
        "<body><nav>Home | World | Sport</nav><article>"
        f"<h1>{title}</h1><p>{body}</p><p>A second paragraph with more detail on satellites.</p>"
        "</article><footer>Copyright 2023</footer></body></html>"
    )


def warc_record(
    uri: str, body: bytes, content_type="text/html; charset=utf-8", status="200 OK", extra_headers=""
) -> bytes:
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra_headers}"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2023-09-13T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{abs(hash(uri)) % 10**12:012d}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


# --- plain text -------------------------------------------------------------------------


def test_plain_text_page_becomes_one_article_with_absolute_origin(tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text(ARABIC, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    articles, failures = read_all("page.txt")
    assert failures == []
    [article] = articles
    assert article.raw_text == ARABIC
    assert article.origin == str(page)
    assert article.source_format == "text"


def test_file_without_extension_is_read_as_text_and_crlf_becomes_lf(tmp_path):
    page = tmp_path / "crawled_page"
    page.write_bytes(ARABIC.replace("\n", "\r\n").encode("utf-8"))
    [article], failures = read_all(page)
    assert failures == [] and article.raw_text == ARABIC


def test_seed_pages_load_as_text():
    seeds = SHARED / "samples" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"sample input not found at {seeds}")
    articles, failures = read_all(seeds)
    assert failures == []
    assert len(articles) == len([p for p in seeds.iterdir() if not p.name.startswith(".")])
    assert all("بوتين" in a.raw_text for a in articles)


# --- encodings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),  # no BOM: found by where the NULs of ASCII spaces fall
        ("utf-16-be", b""),
        ("cp1256", b""),
    ],
)
def test_arabic_round_trips_from_each_encoding(tmp_path, encoding, prefix):
    page = tmp_path / "page.txt"
    page.write_bytes(prefix + ARABIC.encode(encoding))
    [article], failures = read_all(page)
    assert failures == []
    assert article.raw_text == ARABIC


def test_cp1256_html_with_declared_charset_round_trips(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(news_html(title="قمة بوتين وكيم", body=ARABIC * 3, charset="windows-1256").encode("cp1256"))
    [article], failures = read_all(page)
    assert failures == []
    assert "فلاديمير بوتين" in article.raw_text
    assert article.title == "قمة بوتين وكيم"
    assert article.meta["encoding"] == "cp1256"


def test_damaged_utf8_lands_with_replacement_and_a_note(tmp_path):
    data = ARABIC.encode("utf-8")
    page = tmp_path / "page.txt"
    page.write_bytes(data[:41] + b"\xff" + data[41:])
    [article], failures = read_all(page)
    assert failures == []
    assert "\ufffd" in article.raw_text and "replaced with U+FFFD" in article.meta["ingest_note"]


def test_undecodable_bytes_give_one_clear_line(tmp_path):
    page = tmp_path / "page.txt"
    # Valid UTF-8 lead bytes followed by the wrong continuation, throughout: no encoding fits.
    page.write_bytes(bytes([0xC3, 0x28, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC]) * 200)
    failure = only_failure(page)
    assert failure.origin == str(page)
    assert failure.problem.startswith("undecodable bytes")
    assert "offset 0" in failure.problem


# --- bad input --------------------------------------------------------------------------


def test_png_is_refused_as_binary(tmp_path):
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert only_failure(image).problem == "binary file (PNG image), not text"


def test_random_bytes_with_nuls_are_refused_as_binary(tmp_path):
    blob = tmp_path / "blob"
    blob.write_bytes(bytes(range(256)) * 16)
    failure = only_failure(blob)
    assert failure.problem == "binary file, not text"
    assert str(failure) == f"{blob}: binary file, not text"


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert only_failure(tmp_path / "empty.txt").problem == "empty file"


def test_whitespace_only_file(tmp_path):
    (tmp_path / "blank.txt").write_text("  \n\n \t\n")
    assert "only whitespace" in only_failure(tmp_path / "blank.txt").problem


def test_50mb_page_is_refused_by_size_naming_size_and_limit(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:  # sparse: 50 MB on paper, instant to write
        handle.seek(50_000_000 - 1)
        handle.write(b"x")
    failure = only_failure(huge)
    assert "50.0 MB" in failure.problem and "20.0 MB" in failure.problem and "max_bytes" in failure.problem


def test_gzip_page_over_the_limit_is_refused_after_decompression(tmp_path):
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(b"a" * 5000))
    failure = only_failure(page, max_bytes=1000)
    assert failure.problem == "file decompresses to more than the 1.0 KB limit per page; raise max_bytes to read it"
    [article], _ = read_all(page, max_bytes=10_000)
    assert len(article.raw_text) == 5000


def test_rss_feed_is_refused_not_stored_as_tag_soup(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>')
    assert "XML document" in only_failure(feed).problem


def test_stray_nul_in_utf8_text_is_dropped_not_called_binary(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes((ARABIC * 20).encode() + b"\x00")
    [article], failures = read_all(page)
    assert failures == [] and "\x00" not in article.raw_text and article.meta["ingest_note"] == "NUL bytes removed"


def test_missing_path_is_reported_not_raised(tmp_path):
    failure = only_failure(tmp_path / "nowhere.txt")
    assert failure.problem == "no such file or folder"


def test_unknown_field_in_field_map_is_a_usage_error():
    with pytest.raises(RasidError, match="unknown article field 'body'"):
        iter_articles([], field_map={"body": "text"})


# --- gzip -------------------------------------------------------------------------------


def test_gzip_is_transparent_for_text_json_jsonl_and_html(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ARABIC.encode()))
    (tmp_path / "b.json.gz").write_bytes(gzip.compress(json.dumps([{"content": "نص أول"}]).encode()))
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": "نص ثان"}).encode() + b"\n"))
    (tmp_path / "d.html.gz").write_bytes(gzip.compress(news_html().encode()))
    articles, failures = read_all(tmp_path)
    assert failures == []
    assert [a.source_format for a in articles] == ["text", "json", "jsonl", "html"]
    assert articles[0].raw_text == ARABIC and articles[1].raw_text == "نص أول"
    assert "Vostochny" in articles[3].raw_text


def test_truncated_gzip_jsonl_keeps_earlier_lines_and_names_the_file(tmp_path):
    lines = b"".join(json.dumps({"text": f"خبر رقم {i} " * 20}).encode() + b"\n" for i in range(300))
    packed = gzip.compress(lines)
    cut = tmp_path / "feed.jsonl.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    articles, failures = read_all(cut)
    assert len(failures) == 1
    assert failures[0].origin == str(cut) and "truncated gzip" in failures[0].problem
    assert 0 < len(articles) < 300


def test_truncated_gzip_page_is_one_failure(tmp_path):
    packed = gzip.compress(ARABIC.encode() * 50)
    (tmp_path / "page.txt.gz").write_bytes(packed[:-30])
    assert "truncated gzip" in only_failure(tmp_path / "page.txt.gz").problem


# --- HTML -------------------------------------------------------------------------------


def test_html_keeps_main_text_title_author_and_date(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(news_html(), encoding="utf-8")
    [article], failures = read_all(page)
    assert failures == []
    assert article.source_format == "html"
    assert "Vostochny cosmodrome" in article.raw_text
    assert "Home | World" not in article.raw_text
    assert article.title == "Kim meets Putin"
    assert article.author == "Jane Doe"
    assert article.published == "2023-09-13"
    assert article.url == "https://www.example-news.com/world/kim-putin"
    assert article.outlet == "example-news.com"
    assert article.origin == str(page)


def test_html_date_comes_from_markup_or_url_never_from_body_text(tmp_path):
    body = "The summit of 13 September 2023 was important for both countries and their leaders. " * 5
    page = f"<html><head><title>x</title></head><body><article><p>{body}</p></article></body></html>"
    (tmp_path / "undated.html").write_text(page)
    (tmp_path / "dated.html").write_text(
        page.replace("<head>", '<head><link rel="canonical" href="https://x.example/2023/09/15/story">')
    )
    [dated, undated], _ = read_all(tmp_path)
    assert undated.published is None
    assert dated.published == "2023-09-15"


def test_broken_html_does_not_crash_and_keeps_its_text(tmp_path):
    page = tmp_path / "broken.htm"
    page.write_text("<html><body><div><p>نص قصير جدا <b>بلا إغلاق<table><tr><td>خلية", encoding="utf-8")
    [article], failures = read_all(page)
    assert failures == []
    assert "نص قصير جدا" in article.raw_text


def test_html_without_any_text_is_one_failure(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var x = 1;</script></head><body><img src=a.png></body></html>")
    assert only_failure(page).problem == "no text found in the HTML"


def test_html_without_extension_is_sniffed(tmp_path):
    page = tmp_path / "index"
    page.write_text(news_html(), encoding="utf-8")
    [article], _ = read_all(page)
    assert article.source_format == "html" and article.title == "Kim meets Putin"


# --- WARC -------------------------------------------------------------------------------


def _warc_bytes() -> list[bytes]:
    return [
        warc_record("https://news.example/a", news_html(title="First").encode()),
        warc_record("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n0000", content_type="image/png"),
        warc_record("https://news.example/gone", b"<html><body>Not found</body></html>", status="404 Not Found"),
        warc_record("https://news.example/b", news_html(title="Second", body=ARABIC * 3).encode()),
    ]


@pytest.mark.parametrize("compressed", [False, True])
def test_warc_html_responses_become_articles(tmp_path, compressed):
    records = _warc_bytes()
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if compressed else b"".join(records))
    articles, failures = read_all(path)
    assert failures == []
    assert [a.origin for a in articles] == ["https://news.example/a", "https://news.example/b"]
    assert [a.title for a in articles] == ["First", "Second"]
    assert all(a.fetched == "2023-09-13T10:00:00+00:00" and a.source_format == "warc" for a in articles)
    assert articles[0].url == "https://news.example/a" and articles[0].outlet == "news.example"
    assert "فلاديمير بوتين" in articles[1].raw_text


def test_truncated_warc_gz_reports_the_file_after_the_records_it_read(tmp_path):
    packed = b"".join(gzip.compress(r) for r in _warc_bytes())
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(packed[:-40])
    articles, failures = read_all(path)
    assert [a.title for a in articles] == ["First"]
    assert len(failures) == 1 and "truncated gzip" in failures[0].problem


def test_truncated_plain_warc_reports_the_cut_record(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(_warc_bytes())[:-300])
    articles, failures = read_all(path)
    assert [a.title for a in articles] == ["First"]
    assert len(failures) == 1 and "record 4 (https://news.example/b): cut short" in failures[0].problem


def test_warc_gzip_content_encoding_is_undone(tmp_path):
    body = gzip.compress(news_html(title="Packed", body=ARABIC * 3).encode())
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_record("https://news.example/p", body, extra_headers="Content-Encoding: gzip\r\n"))
    [article], failures = read_all(path)
    assert failures == [] and article.title == "Packed" and "فلاديمير بوتين" in article.raw_text


def test_file_named_warc_that_is_not_warc(tmp_path):
    (tmp_path / "x.warc").write_text("hello")
    assert "not a WARC file" in only_failure(tmp_path / "x.warc").problem


# --- JSON, JSONL, Parquet, CSV ------------------------------------------------------------


def saudinewsnet_like(n: int) -> list[dict]:
    return [
        {
            "source": "aawsat",
            "url": f"http://aawsat.com/home/article/{i}",
            "date_extracted": "2015-07-21 22:35:03",
            "title": f"عنوان {i}",
            "author": "لندن: مراسلنا",
            "content": ARABIC if i != 1 else "",
        }
        for i in range(n)
    ]


def test_json_array_uses_the_default_mapping_and_reports_empty_content(tmp_path):
    path = tmp_path / "2015-07-21.json"
    path.write_text(json.dumps(saudinewsnet_like(3), ensure_ascii=False), encoding="utf-8")
    articles, failures = read_all(path)
    assert [a.origin for a in articles] == ["http://aawsat.com/home/article/0", "http://aawsat.com/home/article/2"]
    first = articles[0]
    assert (first.outlet, first.title, first.author) == ("aawsat", "عنوان 0", "لندن: مراسلنا")
    assert first.published == "2015-07-21T22:35:03" and first.raw_text == ARABIC
    assert first.source_format == "json"
    assert [str(f) for f in failures] == [f"{path}: record 2 (http://aawsat.com/home/article/1): empty text"]


def test_common_field_names_and_fallback_origin(tmp_path):
    path = tmp_path / "feed.json"
    records = [{"headline": "H", "body": "نص", "published_at": "2024-06-19T10:00:00Z", "site": "sana", "id": 7}]
    path.write_text(json.dumps({"articles": records}), encoding="utf-8")
    [article], failures = read_all(path)
    assert failures == []
    assert (article.title, article.raw_text, article.outlet) == ("H", "نص", "sana")
    assert article.published == "2024-06-19T10:00:00+00:00"
    assert article.origin == f"{path}#1" and article.url is None
    assert article.meta["fields"] == {"id": 7}


def test_user_field_map_overrides_the_defaults(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "ignored", "body": "المتن", "site": "spa", "source": "other"}) + "\n")
    [article], _ = read_all(path, field_map={"raw_text": "body", "outlet": "site"})
    assert (article.raw_text, article.outlet) == ("المتن", "spa")
    failure = only_failure(path, field_map={"raw_text": "story"})
    assert "no text field" in failure.problem and "story" in failure.problem


def test_invalid_jsonl_line_is_one_failure_and_the_rest_lands(tmp_path):
    path = tmp_path / "feed.ndjson"
    path.write_text(
        json.dumps({"text": "أول"}) + "\n" + '{"text": "broken\n' + "\n" + json.dumps({"text": "ثالث"}) + "\n",
        encoding="utf-8",
    )
    articles, failures = read_all(path)
    assert [a.raw_text for a in articles] == ["أول", "ثالث"]
    assert [a.origin for a in articles] == [f"{path}#1", f"{path}#4"]
    assert len(failures) == 1
    assert failures[0].origin == str(path) and failures[0].problem.startswith("line 2: invalid JSON")


def test_binary_or_non_json_file_named_jsonl_is_not_one_failure_per_line(tmp_path):
    (tmp_path / "image.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\n".join([b"\x00\x01junk"] * 500))
    (tmp_path / "log.jsonl").write_text("".join(f"2024-01-01 INFO request {i}\n" for i in range(500)))
    articles, failures = read_all(tmp_path)
    assert articles == []
    assert [f.problem for f in failures][0] == "binary file (PNG image), not text"
    assert len(failures) == 1 + 20 + 1 and "giving up" in failures[-1].problem  # 20 bad lines, then one line


def test_json_file_holding_jsonl_is_read_line_by_line(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"text": "أ"}) + "\n" + json.dumps({"text": "ب"}) + "\n")
    articles, failures = read_all(path)
    assert failures == [] and [a.raw_text for a in articles] == ["أ", "ب"]


def test_invalid_json_document_is_one_failure(tmp_path):
    (tmp_path / "bad.json").write_text('[{"text": "a"}, {"text": ')
    assert only_failure(tmp_path / "bad.json").problem.startswith("invalid JSON")


def test_utf16_jsonl_round_trips_arabic(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(("\ufeff" + json.dumps({"text": ARABIC}, ensure_ascii=False) + "\n").encode("utf-16-le"))
    [article], failures = read_all(path)
    assert failures == [] and article.raw_text == ARABIC


def test_parquet_records(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "articles.parquet"
    table = pa.table({"title": ["أ", "ب"], "text": [ARABIC, ""], "url": ["https://x.example/1", None]})
    pq.write_table(table, path)
    articles, failures = read_all(path)
    assert [(a.title, a.origin, a.source_format) for a in articles] == [("أ", "https://x.example/1", "parquet")]
    assert [f.problem for f in failures] == ["record 2: empty text"]


def test_corrupt_parquet_is_one_failure(tmp_path):
    (tmp_path / "bad.parquet").write_bytes(b"PAR1" + b"\x01" * 50)
    assert "not a readable Parquet file" in only_failure(tmp_path / "bad.parquet").problem


def test_csv_rows(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('title,content,date\n"عنوان","نص، مع فاصلة",2015/07/21\n', encoding="utf-8-sig")
    [article], failures = read_all(path)
    assert failures == []
    assert (article.title, article.raw_text, article.published) == ("عنوان", "نص، مع فاصلة", "2015-07-21")


# --- order and the real corpus ----------------------------------------------------------


def test_folders_are_walked_in_a_fixed_order_skipping_hidden_files(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", ".hidden.txt", ".git/x.txt", "c.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rel)
    expected = [tmp_path / rel for rel in ["a/b/c.txt", "a/z.txt", "b.txt", "c.txt"]]
    assert discover([tmp_path]) == expected
    assert [a.raw_text for a in iter_articles([tmp_path])] == ["a/b/c.txt", "a/z.txt", "b.txt", "c.txt"]
    assert discover([tmp_path / "c.txt", tmp_path]) == [tmp_path / "c.txt", *expected[:3]]


def test_read_file_reads_one_file_and_a_bare_path_is_not_split_into_characters(tmp_path):
    (tmp_path / "p.txt").write_text("نص")
    [article] = list(read_file(tmp_path / "p.txt"))
    assert article.raw_text == "نص"
    assert [a.raw_text for a in iter_articles(str(tmp_path / "p.txt"))] == ["نص"]


def test_saudinewsnet_loads_with_no_flags():
    folder = SHARED / "data" / "saudinewsnet"
    if not folder.is_dir():
        pytest.skip(f"SaudiNewsNet not found at {folder}")
    articles, failures = read_all(folder)
    assert len(articles) + len(failures) == 31_030
    assert len(failures) == 354 and all(f.problem.endswith("empty text") for f in failures)
    assert all(a.outlet and a.url and a.published for a in articles)
    assert articles[0].published.startswith("2015-07-2")


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, iso",
    [
        ("2015-07-21 22:35:03", "2015-07-21T22:35:03"),
        ("2023-09-13T08:00:00Z", "2023-09-13T08:00:00+00:00"),
        ("2015/07/21", "2015-07-21"),
        ("Tue, 21 Jul 2015 22:35:03 GMT", "2015-07-21T22:35:03+00:00"),
        (1437517503, "2015-07-21T22:25:03+00:00"),
        (1437517503000, "2015-07-21T22:25:03+00:00"),
        ("2015", "2015"),
        ("yesterday", None),
        ("", None),
    ],
)
def test_dates_are_normalised_to_iso(raw, iso):
    assert to_iso(raw) == iso


PERSIAN_PARAGRAPH = (
    "اصلاح\u200cطلبان رادیکالی که تا دیروز بر آتش تخریب انتخابات می\u200cدمیدند، از آن موضع عقب نشستند "
    "و با صدور بیانیه\u200cای حامیان خود را دعوت به حضور در انتخابات کردند. "
) * 4


def test_html_keeps_the_zero_width_non_joiners_of_persian_words(tmp_path):
    # trafilatura strips U+200C from its text ("اصلاحطلبان"); the page spells the word with it.
    page = tmp_path / "fa.html"
    page.write_text(news_html(title="تحلیل روزنامه اصولگرا از دعوت اصلاح\u200cطلبان", body=PERSIAN_PARAGRAPH),
                    encoding="utf-8")
    [article], failures = read_all(page)
    assert failures == []
    assert "اصلاح\u200cطلبان رادیکالی" in article.raw_text
    assert "بیانیه\u200cای" in article.raw_text
    assert "اصلاحطلبان" not in article.raw_text


def test_joiners_are_restored_only_where_the_page_spells_the_word_one_way():
    from rasid.ingest.html import _restore_joiners

    visible = "می\u200cروند و میروند و بیانیه\u200cای تازه"
    # «میروند» is written both ways on the page: left as trafilatura has it; «بیانیهای» only one way.
    assert _restore_joiners(visible, "میروند بیانیهای") == "میروند بیانیه\u200cای"
    assert _restore_joiners("no joiners here", "میروند") == "میروند"


def test_the_page_spellings_built_once_respell_every_text_read_from_the_page():
    from rasid.ingest.html import _joiner_spellings, _respell

    spellings = _joiner_spellings("اصلاح\u200cطلبان گفتند و بیانیه\u200cای دادند")
    assert spellings == {"اصلاحطلبان": "اصلاح\u200cطلبان", "بیانیهای": "بیانیه\u200cای"}
    # The same table serves trafilatura's text and the line cleaner's: no second pass over the page.
    assert _respell(spellings, "اصلاحطلبان رادیکال") == "اصلاح\u200cطلبان رادیکال"
    assert _respell(spellings, "بیانیهای تازه") == "بیانیه\u200cای تازه"
    assert _joiner_spellings("no joiners here") == {}
    assert _respell({}, "میروند") == "میروند"


def test_block_share_and_restore_inner_flatten_lines_alike():
    from rasid.ingest.html import _flat, _flat_lines

    assert _flat("  two\twords \n here ") == "two words here"
    assert _flat_lines("first  line\n\n  \nsecond\tline ") == ["first line", "second line"]


def test_a_fact_box_trafilatura_drops_inside_the_text_is_put_back_a_teaser_card_is_not():
    from rasid.ingest.html import _restore_inner

    above = "Mannen tjente nærmere fire millioner kroner på de ulovlige operasjonene, som ble utført fra 2017."
    below = "Sjokkerte naboer har fortalt britiske medier at de flere ganger har sett ambulanser ved leiligheten."
    box = [
        "Evnukk:",
        "Evnukk var en mann som var harems- eller palassvokter, og som hadde fått fjernet testiklene.",
        "Hensikten var å svekke seksualfunksjonen og å sørge for at han ikke kunne bli far til barn.",
        "Når testiklene er fjernet, bortfaller produksjonen av testosteron og spermier.",
        "Kilde: Store norske leksikon",
    ]
    cards = ["Annonsørinnhold", "Dumper prisene på syden-turer", "Les også", "Nordmann tatt for hjemme-kastrering"]
    trafilatura_text = f"{above}\n{below}"
    restored = _restore_inner("\n".join([above, *box, below]), trafilatura_text)
    assert restored.split("\n") == [above, *box, below]
    assert _restore_inner("\n".join([above, *cards, below]), trafilatura_text) == trafilatura_text
