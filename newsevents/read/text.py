"""Plain-text articles: bytes -> text, refusing what is not text and saying why.

Decoding order, most certain first: a byte-order mark (UTF-8, UTF-16, UTF-32); known binary
formats by their magic numbers; strict UTF-8; UTF-16 without a BOM (NUL bytes in every other
position); then a legacy single-byte encoding (Windows-1252 first, else charset-normalizer's
guess). A file that is mostly UTF-8 with a few bad bytes is refused with the offset, line and
column of the first bad byte, rather than guessed into mojibake.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from newsevents import settings
from newsevents.errors import BinaryDocument, DocumentTooLarge, EmptyDocument, EncodingError, InputError
from newsevents.model import Article
from newsevents.read.common import make_article

# checked longest first, so UTF-32's BOM wins over UTF-16's (they share a prefix)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

# file signatures of formats people drop by mistake into a folder of articles
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "PDF"), (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"), (0, b"GIF87a", "GIF image"), (0, b"GIF89a", "GIF image"),
    (0, b"PK\x03\x04", "zip archive (or .docx/.odt)"), (0, b"\x1f\x8b", "gzip archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"), (0, b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (0, b"\x7fELF", "executable"), (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (0, b"SQLite format 3\x00", "SQLite database"), (0, b"OggS", "Ogg media file"),
    (0, b"ID3\x03", "MP3 audio"), (0, b"ID3\x04", "MP3 audio"), (4, b"ftyp", "MP4 media file"),
    (0, b"\x00asm", "WebAssembly module"), (0, b"BZh", "bzip2 archive"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# a valid UTF-8 multi-byte sequence: its presence means the file was meant to be UTF-8
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def sniff_binary(head: bytes) -> str | None:
    """The name of a binary format recognised from a file's first bytes, or None."""
    for offset, magic, name in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            if magic == b"BZh" and not head[3:10].startswith(tuple(b"%d1AY&SY" % d for d in range(1, 10))):
                continue
            return name
    return None


# how a saved web page starts, after a UTF-8 byte-order mark and blank space, in lower case
_HTML_STARTS = (b"<!doctype html", b"<html")


def looks_like_html(head: bytes) -> bool:
    """True when a file's first bytes are a web page's: a page saved as ``.txt`` (a browser's
    "save as", a crawler's dump) is read as a page, not stored with its markup as text."""
    return head.removeprefix(codecs.BOM_UTF8).lstrip()[:16].lower().startswith(_HTML_STARTS)


def _position(data: bytes, offset: int) -> str:
    """Where a byte is: its offset, and the line and character column an editor would show."""
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return f"offset {offset:,} (line {line}, column {column})"


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of BOM-less UTF-16 text: NULs in every other byte, as ASCII-range text has."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) > half * 0.3 and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > half * 0.3 and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _decode_with_nuls(data: bytes) -> tuple[str, str]:
    """BOM-less UTF-16 text, else a binary file (reported with its first NUL byte)."""
    codec = _utf16_without_bom(data)
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    raise BinaryDocument(detail=f"NUL byte at {_position(data, data.index(0))}")


def _legacy(data: bytes, bad: UnicodeDecodeError) -> tuple[str, str]:
    """Decode a non-UTF-8 text with a legacy encoding, or explain which byte is wrong."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    where = _position(data, bad.start)
    if _UTF8_MULTIBYTE.search(data):
        raise EncodingError(detail=f"mostly UTF-8, but byte 0x{data[bad.start]:02x} at {where} is not "
                                   "valid UTF-8")
    try:
        text = data.decode(settings.PREFERRED_LEGACY_ENCODING)
        if mess_ratio(text, 1.0) < settings.LEGACY_MAX_MESS:
            return text, settings.PREFERRED_LEGACY_ENCODING
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(detail=f"not UTF-8 (byte 0x{data[bad.start]:02x} at {where}) and no other "
                                   "encoding fits")
    return str(best), best.encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """The text of a file's bytes and the encoding used; raises BinaryDocument or EncodingError."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise EncodingError(detail=f"starts with a {codec} byte-order mark but byte "
                                           f"{_position(data, exc.start)} is invalid") from None
    kind = sniff_binary(data[:settings.SNIFF_BYTES])
    if kind:
        raise BinaryDocument(detail=f"it starts like a {kind}")
    if b"\x00" in data:  # valid UTF-8 may hold NULs, text never does, BOM-less UTF-16 always
        text, codec = _decode_with_nuls(data)
    else:
        try:
            text, codec = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text, codec = _legacy(data, exc)
    controls = len(_CONTROL.findall(text))
    if controls > len(text) * settings.MAX_CONTROL_CHAR_RATIO:
        raise BinaryDocument(detail=f"{controls:,} control characters in {len(text):,}")
    return text, codec


def read_bytes(path: Path, where: str, limit: int) -> bytes:
    """A file's bytes, refusing a file over ``limit`` before reading it (bounded memory)."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise DocumentTooLarge(size, limit, where)
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", where) from None


def read_text(path: Path, where: str | None = None) -> Article:
    """One article from a plain-text file; raises an InputError subclass saying why not."""
    where = where or str(path)
    data = read_bytes(path, where, settings.max_document_bytes())
    if not data.strip():
        raise EmptyDocument(where)
    try:
        text, codec = decode_bytes(data)
    except InputError as exc:
        raise relocate(exc, where) from None
    warnings = [] if codec in ("utf-8", "utf-8-sig") else [f"decoded as {codec} (not UTF-8)"]
    return make_article(text, where, warnings=warnings)


def relocate(exc: InputError, where: str) -> InputError:
    """The same error with its location filled in (decode_bytes does not know the path)."""
    if exc.where is None:
        exc.where = where
        exc.args = (f"{where}: {exc}",)
    return exc
