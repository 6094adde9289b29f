"""One bad file, record or file name never costs the batch.

Each case puts one bad input beside nine good articles and ingests the folder the way a
user does (``rasid ingest``, in-process for speed).  It must end with the nine good
articles stored (ten when the bad one is repairable), one line naming the file (and record)
and the problem, no traceback, and a second ingest adding nothing.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, without_file_permission_override
from rasid.cli.main import main
from rasid.errors import printable

GOOD = 9
TOWNS = ["جدة", "الرياض", "الدمام", "مكة", "المدينة", "تبوك", "أبها", "حائل", "جازان"]


def _good_pages(folder: Path) -> None:
    for i, town in enumerate(TOWNS):
        (folder / f"good{i}.txt").write_text(
            f"افتتاح مشروع جديد في {town}\n\nافتتح أمير المنطقة اليوم مشروعا جديدا للمياه في {town} بتكلفة {i + 3} ملايين ريال، "
            f"وقال إن المشروع سيخدم أكثر من {i + 1}00 ألف نسمة.", encoding="utf-8")


def _good_record(n: int) -> dict:
    return {"url": f"http://news.test/{n}", "title": f"خبر رقم {n}",
            "content": f"أعلنت الهيئة اليوم نتائج المسابقة الوطنية رقم {n} بمشاركة {n + 10} طالبا من مختلف المناطق."}


def _parquet(path: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path)


def _warc_records(records: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    for kind, payload in records:
        head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: http://site.test/page\r\n"
                f"WARC-Record-ID: <urn:uuid:{abs(hash(payload)):032x}>\r\nWARC-Date: 2024-06-17T00:00:00Z\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
        out.write(head + payload + b"\r\n\r\n")
    return out.getvalue()


# name -> (write the bad input into the folder, what its one line must name ("" for none),
# how many articles it adds, and whether rasid repairs it (stored, said, exit 0) or refuses it (exit 1)
def _case(write, names: str, adds: int = 0, repaired: bool = False):
    return write, names, adds, repaired


def _text(name: str, data: bytes | str):
    def write(folder: Path) -> None:
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return write


def _json(name: str, text: str):
    return _text(name, text)


HTML_BODY = "<p>" + "افتتح أمير المنطقة اليوم مشروعا جديدا للمياه بتكلفة ثلاثة ملايين ريال. " * 4 + "</p>"

CASES = {
    # -- pages ---------------------------------------------------------------------------
    "empty file": _case(_text("empty.txt", b""), "empty.txt"),
    "whitespace only": _case(_text("blank.txt", " \n\t\n  "), "blank.txt"),
    "only non-breaking spaces": _case(_text("nbsp.txt", "\u00a0" * 500), "nbsp.txt"),
    "only zero-width characters": _case(_text("zw.txt", "\u200b\u200c\u200d\ufeff" * 50), "zw.txt"),
    "only numbers": _case(_text("numbers.txt", "1234567890\n" * 30), "numbers.txt"),
    "only punctuation": _case(_text("punct.txt", "... !!! --- *** ،،،\n" * 20), "punct.txt"),
    "png image": _case(_text("image.png", b"\x89PNG\r\n\x1a\n" + os.urandom(2000)), "image.png"),
    "random bytes with NULs": _case(_text("noise.txt", bytes(range(256)) * 20), "noise.txt"),
    "zip archive named .txt": _case(_text("archive.txt", b"PK\x03\x04" + os.urandom(500)), "archive.txt"),
    "pdf": _case(_text("report.pdf", b"%PDF-1.4\n" + os.urandom(500)), "report.pdf"),
    "html without text": _case(_text("nothing.html", "<html><head><title></title></head><body><div></div></body></html>"), "nothing.html"),
    "html with an unclosed title": _case(_text("untitled.html", "<html><head><title>افتتاح مشروع" + HTML_BODY + "</body></html>"), "untitled.html", 1, repaired=True),
    "rss feed": _case(_text("feed.txt", '<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>'), "feed.txt"),
    "sitemap": _case(_text("map.xml", '<?xml version="1.0"?><urlset><url><loc>http://a</loc></url></urlset>'), "map.xml"),
    "truncated gzip": _case(_text("cut.txt.gz", gzip.compress(" ".join(f"كلمة{i}" for i in range(3000)).encode())[:400]), "cut.txt.gz"),
    "corrupt gzip": _case(_text("bad.txt.gz", b"\x1f\x8b\x08\x00" + os.urandom(300)), "bad.txt.gz"),
    "gzip bomb over the size limit": _case(_text("bomb.txt.gz", gzip.compress(b"a" * 21_000_000)), "bomb.txt.gz"),
    "page over the size limit": _case(lambda f: os.truncate(_touch(f / "huge.txt"), 20_000_001), "huge.txt"),
    "fifo": _case(lambda f: os.mkfifo(f / "pipe.txt"), "pipe.txt"),
    "broken symlink": _case(lambda f: (f / "gone.txt").symlink_to(f / "missing-target.txt"), "gone.txt"),
    "symlink loop": _case(lambda f: (f / "loop").symlink_to(f), "loop"),
    "symlinked folder": _case(lambda f: _linked_folder(f), "", 1),
    "unlistable folder": _case(lambda f: _unlistable(f), "locked"),
    "file name with a newline": _case(_text("fake\nrasid: skipped nothing.txt", b""), "fake\\nrasid"),
    "file name with an escape sequence": _case(_text("\x1b[2Jclear.txt", b""), "\\x1b[2Jclear.txt"),
    "file name with bidi override": _case(_text("\u202etxt.exe", b""), "\\u202etxt.exe"),
    "non-UTF-8 file name, good page": _case(lambda f: _raw_name(f, b"caf\xe9.txt", "خبر عن افتتاح مقهى جديد في جدة اليوم بحضور عدد من المسؤولين."), "", 1),
    "non-UTF-8 file name, empty page": _case(lambda f: _raw_name(f, b"vide\xe9.txt", ""), "vide\\xe9.txt"),
    "page longer than any article": _case(_text("long.txt", "افتتاح مشروع جديد للمياه في جدة. " * 12_000), "long.txt", 1, repaired=True),
    "undecodable bytes": _case(_text("latin.txt", bytes(range(0x80, 0x100)) * 30), "latin.txt"),
    # -- JSON ----------------------------------------------------------------------------
    "invalid JSON": _case(_json("broken.json", '[{"content": "نص", '), "broken.json"),
    "JSON holding a number": _case(_json("number.json", "42"), "number.json"),
    "JSON content a number": _case(_json("numcontent.json", json.dumps([{"url": "http://n.test/1", "content": 123456789}])), "numcontent.json"),
    "JSON content a float": _case(_json("floatcontent.json", '[{"content": 3.14}]'), "floatcontent.json"),
    "JSON content NaN": _case(_json("nan.json", '[{"content": NaN}]'), "nan.json"),
    "JSON content null": _case(_json("null.json", '[{"content": null, "title": "x"}]'), "null.json"),
    "JSON content an object": _case(_json("obj.json", '[{"content": {"a": 1}}]'), "obj.json"),
    "JSON content digits as text": _case(_json("digits.json", '[{"content": "0123 4567 8910"}]'), "digits.json"),
    "JSON array of strings": _case(_json("strings.json", '["نص"]'), "strings.json"),
    "JSON lone surrogate in content": _case(_json("surrogate.json", json.dumps([{**_good_record(1), "content": "خبر \ud800 عن افتتاح مشروع جديد للمياه في جدة اليوم."}], ensure_ascii=True)), "surrogate.json", 1, repaired=True),
    "JSON lone surrogate in title": _case(_json("surtitle.json", json.dumps([{**_good_record(2), "title": "\udc00عنوان"}], ensure_ascii=True)), "surtitle.json", 1, repaired=True),
    "JSON deep nesting": _case(_json("deep.json", "[" * 100_000 + "]" * 100_000), "deep.json"),
    "JSON huge integer": _case(_json("bigint.json", '[{"content": ' + "9" * 5000 + "}]"), "bigint.json"),
    "JSON with a UTF-8 BOM": _case(_json("bom.json", "\ufeff" + json.dumps([_good_record(3)], ensure_ascii=False)), "", 1),
    "JSON without a text field": _case(_json("notext.json", '[{"headline": "عنوان", "summary": "ملخص"}]'), "notext.json"),
    # -- JSONL ---------------------------------------------------------------------------
    "JSONL bad line among good": _case(_json("mixed.jsonl", "\n".join([json.dumps(_good_record(4)), "{not json", json.dumps(_good_record(5))])), "mixed.jsonl", 2),
    "JSONL lone surrogate line": _case(_json("sur.jsonl", json.dumps({**_good_record(6), "content": "نص \udfff عن مشروع جديد للمياه في الرياض اليوم."}, ensure_ascii=True)), "sur.jsonl", 1, repaired=True),
    "JSONL line a string": _case(_json("str.jsonl", '"just a string"\n'), "str.jsonl"),
    "JSONL binary": _case(_text("bin.jsonl", b"\x00\x01\x02" + os.urandom(3000)), "bin.jsonl"),
    "JSONL empty content": _case(_json("emptyc.jsonl", json.dumps({"url": "http://e.test/1", "content": ""})), "emptyc.jsonl"),
    "JSONL NUL escapes in content": _case(_json("nul.jsonl", json.dumps({**_good_record(7), "content": "خبر\u0000 عن افتتاح\u0000 مشروع جديد للمياه في جدة اليوم."})), "", 1),
    # -- Parquet -------------------------------------------------------------------------
    "Parquet integer content": _case(lambda f: _parquet(f / "ints.parquet", [{"url": "http://p.test/1", "content": 42}]), "ints.parquet"),
    "Parquet null content": _case(lambda f: _parquet(f / "nulls.parquet", [{"url": "http://p.test/2", "content": None, "title": "t"}]), "nulls.parquet"),
    "corrupt Parquet": _case(_text("bad.parquet", b"PAR1" + os.urandom(400) + b"PAR1"), "bad.parquet"),
    # -- CSV -----------------------------------------------------------------------------
    "CSV with an unclosed quote": _case(_text("quote.csv", 'url,content\nhttp://c.test/1,"خبر عن مشروع جديد للمياه في جدة اليوم\nhttp://c.test/2,نص آخر\n'), "quote.csv"),
    "CSV without a text column": _case(_text("cols.csv", "url,headline\nhttp://c.test/3,عنوان\n"), "cols.csv"),
    "CSV header only": _case(_text("header.csv", "url,content\n"), "header.csv"),
    "CSV binary": _case(_text("bin.csv", b"\x00\xff" * 2000), "bin.csv"),
    "CSV numbers as content": _case(_text("nums.csv", "url,content\nhttp://c.test/4,12345\n"), "nums.csv"),
    # -- WARC ----------------------------------------------------------------------------
    "garbage WARC": _case(_text("junk.warc", os.urandom(3000)), "junk.warc"),
    "WARC header then garbage": _case(_text("half.warc", b"WARC/1.0\r\n" + os.urandom(3000)), "half.warc"),
    "WARC with no pages": _case(_text("requests.warc", _warc_records([("request", b"GET / HTTP/1.1\r\nHost: site.test\r\n\r\n")])), "requests.warc"),
    "truncated WARC gzip": _case(_text("cut.warc.gz", gzip.compress(_warc_records([("response", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>" + HTML_BODY.encode() + b"</body></html>")]))[:200]), "cut.warc.gz"),
}


def _touch(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _linked_folder(folder: Path) -> None:
    elsewhere = folder.parent / f"{folder.name}-elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.txt").write_text("خبر في مجلد مربوط عن افتتاح مدرسة جديدة في تبوك بحضور مدير التعليم.", encoding="utf-8")
    (folder / "linked").symlink_to(elsewhere, target_is_directory=True)


def _unlistable(folder: Path) -> None:
    locked = folder / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("نص", encoding="utf-8")
    locked.chmod(0)


def _raw_name(folder: Path, name: bytes, text: str) -> None:
    with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
        handle.write(text.encode("utf-8"))


def _ingest(folder: Path, db: Path, capsys, as_user: bool = False) -> tuple[int, list[str]]:
    if as_user:  # permissions only hold for a process without root's capabilities
        done = subprocess.run([sys.executable, "-m", "rasid", "ingest", "--db", str(db), "--workers", "0", str(folder)],
                              env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, capture_output=True, text=True,
                              preexec_fn=without_file_permission_override, timeout=240)
        return done.returncode, done.stderr.splitlines()
    code = main(["ingest", "--db", str(db), "--workers", "0", str(folder)])
    captured = capsys.readouterr()
    return code, captured.err.splitlines()


def _stored(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as con:
        return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


@pytest.mark.parametrize("case", sorted(CASES))
def test_one_bad_input_costs_nothing_else(case, tmp_path, capsys):
    write, names, adds, repaired = CASES[case]
    folder = tmp_path / "batch"
    folder.mkdir()
    _good_pages(folder)
    write(folder)
    db = tmp_path / "rasid.db"
    as_user = case == "unlistable folder"
    try:
        code, lines = _ingest(folder, db, capsys, as_user)
        again_code, again = _ingest(folder, db, capsys, as_user)
    finally:
        for path in folder.rglob("*"):  # let pytest remove what the case locked
            if path.is_dir() and not path.is_symlink():
                path.chmod(stat.S_IRWXU)
    text = "\n".join(lines)
    assert "Traceback" not in text and "internal error" not in text, text
    assert _stored(db) == GOOD + adds, text
    problems = [line for line in lines if line.startswith("rasid:")]
    if names:
        assert len(problems) == 1, problems
        assert names in problems[0], (names, problems)
        assert code == (0 if repaired else 1)
    else:
        assert code in (0, 1) and len(problems) <= 1, problems
    assert all(printable(line) == line for line in lines), lines  # one line each, nothing raw for the terminal
    assert again_code == code and f"ingested 0, already present {GOOD + adds}" in again[-1], again


def test_an_unclosed_title_gives_the_title_alone_and_the_body_as_text(tmp_path, capsys):
    # The page must read as the page, not as one title swallowing the body's tags.
    page = tmp_path / "untitled.html"
    page.write_text("<html><head><title>افتتاح مشروع" + HTML_BODY + "</body></html>", encoding="utf-8")
    import rasid

    with rasid.open(str(tmp_path / "rasid.db")) as workspace:
        workspace.ingest([str(page)])
        (row,) = workspace.articles().articles
        article = workspace.article(row.id).article
    assert article.title == "افتتاح مشروع"
    assert "<p>" not in article.text and article.text.startswith("افتتح أمير المنطقة")
