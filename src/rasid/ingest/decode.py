"""Bytes to text: the encodings Arabic crawls actually arrive in, and telling text from binary.

Order of tries, cheapest and most certain first:
  1. known binary signatures (PNG, PDF, ZIP...)   -> "binary file (PNG image), not text"
  2. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32)
  3. NUL bytes: BOM-less UTF-16 if the NULs all sit on one parity, else binary
  4. strict UTF-8 (the fast path: almost every modern crawl)
  5. an encoding the page declares (HTML <meta charset>, HTTP header), if it decodes
  6. UTF-8 with a little damage (a truncated crawl, one bad byte): replaced with U+FFFD
  7. charset-normalizer for legacy code pages (windows-1256, ISO-8859-6, cp1252...)
  8. otherwise: "undecodable bytes ..." naming the first bad byte and its offset
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from rasid.ingest.errors import Unreadable

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE mark begins with the UTF-16 LE mark.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SAMPLE = 64 * 1024
# Control characters other than tab/newline/CR/form feed/escape: a real page has almost none.
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset((0x0B, 0x0E, 0x0F)) | frozenset(range(0x10, 0x1B)) | frozenset(
    range(0x1C, 0x20)
)
_CONTROL_TABLE = {c: None for c in _CONTROL}
# Damaged UTF-8 is accepted when bad sequences are at most this share of the non-ASCII
# characters.  Chosen so that one truncated character in a page passes, while a legacy
# code page read as UTF-8 (where almost every non-ASCII byte is invalid) never does.
_MAX_UTF8_DAMAGE = 0.02
_MULTIBYTE_CODECS = frozenset(
    ("shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950",
     "euc_kr", "cp949", "johab", "hz")
)


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when something was repaired, for Article.meta


def binary_kind(head: bytes) -> str | None:
    """The name of a binary format whose signature starts ``head``, if any."""
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            return name
    return None


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(_CONTROL_TABLE))) / len(sample)


def _looks_binary(text: str) -> bool:
    return _control_share(text) > 0.01


def _bom_decode(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            name = "utf-16" if encoding == "utf-16" else encoding
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise Unreadable(
                    f"undecodable bytes: starts with a {name} byte-order mark but byte {err.start} is not valid {name}"
                ) from None
            return Decoded(text.lstrip("\ufeff"), name)
    return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """BOM-less UTF-16: ASCII spaces, digits and newlines put a NUL on every other byte.

    In Arabic UTF-16 the letters' high byte is 0x06, not 0, so only the ASCII share of the
    text leaves NULs; but they still all fall on the same parity, which random binary
    data does not do.
    """
    sample = data[:_SAMPLE]
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    total = zeros_even + zeros_odd
    if total == 0:
        return None
    if zeros_odd >= 0.95 * total:
        encoding = "utf-16-le"
    elif zeros_even >= 0.95 * total:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if _looks_binary(text):
        return None
    return Decoded(text, encoding)


def _damaged_utf8(data: bytes) -> Decoded | None:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ch > "\x7f") - bad
    if bad == 0 or non_ascii <= 0 or bad > _MAX_UTF8_DAMAGE * non_ascii:
        return None
    note = f"{bad} undecodable UTF-8 sequence(s) replaced with U+FFFD"
    return Decoded(text, "utf-8", note)


def _plausible_prose(text: str) -> bool:
    """Single-byte code pages decode any bytes at all, and charset-normalizer accepts some
    pure noise (e.g. "Ă(â(ˇđ(ŚĽ" as cp1250).  Prose in any language written with spaces has
    a steady share of whitespace and letters; noise does not."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    spaces = sum(1 for ch in sample if ch.isspace())
    letters = sum(1 for ch in sample if ch.isalpha())
    return spaces >= 0.04 * len(sample) and letters >= 0.5 * len(sample)


def _legacy(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # imported late: only legacy pages pay for it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    name = codecs.lookup(best.encoding).name
    # CJK multi-byte code pages validate their own byte structure and CJK prose has no spaces,
    # so the prose test applies only to single-byte code pages.
    if name not in _MULTIBYTE_CODECS and not _plausible_prose(text):
        return None
    return Decoded(text, name)


def _try_declared(data: bytes, declared: str | None) -> Decoded | None:
    if not declared:
        return None
    try:
        name = codecs.lookup(declared.strip().strip("\"'")).name
        return Decoded(data.decode(name), name)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a page's bytes, or raise Unreadable with the reason a user should see."""
    kind = binary_kind(data[:16])
    if kind:
        raise Unreadable(f"binary file ({kind}), not text")

    decoded = _bom_decode(data)
    if decoded is None and b"\x00" in data[:_SAMPLE]:
        decoded = _utf16_without_bom(data)
        if decoded is None:
            # A stray NUL in otherwise clean UTF-8 happens in scraped text; anything else is binary.
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise Unreadable("binary file, not text") from None
            if text.count("\x00") > 0.001 * len(text):
                raise Unreadable("binary file, not text")
            decoded = Decoded(text.replace("\x00", ""), "utf-8", "NUL bytes removed")
    if decoded is None:
        try:
            decoded = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError as err:
            first_bad = err.start
            decoded = _try_declared(data, declared) or _damaged_utf8(data) or _legacy(data)
            if decoded is None:
                raise Unreadable(
                    f"undecodable bytes: not UTF-8 (byte 0x{data[first_bad]:02x} at offset {first_bad}) "
                    "and no other encoding fits"
                ) from None
    if _looks_binary(decoded.text):
        raise Unreadable("binary file, not text")
    return decoded
