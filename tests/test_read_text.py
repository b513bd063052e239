"""Plain-text reader: decoding, refusal of non-text, exact text kept, ids from content."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from newsevents import ids
from newsevents.errors import BinaryDocument, DocumentTooLarge, EmptyDocument, EncodingError
from newsevents.read.text import decode_bytes, read_text

FR = "L'armée a frappé un dépôt près de la rivière ; « aucune victime », a déclaré le préfet à l'aube."
EN = "The ministry said “no casualties” were reported after the strike near the river’s bank."


@pytest.mark.parametrize(("data", "codec"), [
    (FR.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + FR.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + FR.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + FR.encode("utf-16-be"), "utf-16"),
    (codecs.BOM_UTF32_LE + FR.encode("utf-32-le"), "utf-32"),
    (FR.encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs in every other byte
    (FR.encode("utf-16-be"), "utf-16-be"),
    (FR.encode("cp1252"), "cp1252"),
    (FR.encode("latin-1"), "cp1252"),
    (EN.encode("cp1252"), "cp1252"),  # curly quotes are 0x93/0x94/0x92 in Windows-1252
    ("Crème brûlée à côté".encode("latin-1"), "cp1252"),  # short: charset-normalizer alone says cp1250
])
def test_decodes_the_text_exactly(data: bytes, codec: str) -> None:
    text, used = decode_bytes(data)
    assert used == codec
    assert text in (FR, EN, "Crème brûlée à côté")


def test_cyrillic_legacy_text_is_not_forced_into_windows_1252() -> None:
    text = "Министерство иностранных дел вызвало посла для вручения ноты протеста."
    decoded, used = decode_bytes(text.encode("cp1251"))
    assert used != "cp1252"
    assert decoded == text


@pytest.mark.parametrize(("head", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "zip"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    (b"\x7fELF\x02\x01\x01", "executable"),
    (b"SQLite format 3\x00\x10\x00", "SQLite"),
])
def test_binary_formats_are_named(head: bytes, kind: str) -> None:
    with pytest.raises(BinaryDocument, match=kind):
        decode_bytes(head + bytes(range(256)) * 4)


def test_nul_bytes_in_otherwise_ascii_data_are_binary_with_offset() -> None:
    data = b"plain words\nmore words " + b"\x00\x01\x02" + b" tail"
    with pytest.raises(BinaryDocument, match=r"NUL byte at offset 23 \(line 2, column 12\)"):
        decode_bytes(data)


@pytest.mark.parametrize("prefix", ["BZh is a word here.", "ID3 tags are metadata.", "RIFF raff."])
def test_text_that_merely_starts_like_a_magic_number_is_text(prefix: str) -> None:
    assert decode_bytes((prefix + " " + FR).encode("utf-8"))[1] == "utf-8"


def test_mostly_utf8_with_a_bad_byte_names_the_byte_and_its_place() -> None:
    data = "Première ligne.\nDeuxième ligne avec ".encode() + b"\xff" + " un octet cassé.".encode()
    with pytest.raises(EncodingError) as info:
        decode_bytes(data)
    message = str(info.value)
    assert "0xff" in message
    bad = data.index(b"\xff")
    assert f"offset {bad}" in message
    assert "line 2" in message


def test_control_characters_mean_binary() -> None:
    data = bytes([7, 8, 27, 1, 2, 3, 4, 5, 6]) * 50 + b"a few words"
    with pytest.raises(BinaryDocument, match="control characters"):
        decode_bytes(data)


def test_read_text_keeps_the_text_as_given(tmp_path) -> None:
    text = "  Titre\r\n\r\nLe 3 mars, une explosion a eu lieu.\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    article = read_text(path)
    assert article.text == text  # BOM dropped, nothing else touched (CRLF, leading spaces)
    assert article.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert article.id == ids.document_id(article.sha256)
    assert article.path == str(path)
    assert article.warnings == []


def test_same_text_in_another_encoding_is_the_same_document(tmp_path) -> None:
    (tmp_path / "u.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "w.txt").write_bytes(FR.encode("cp1252"))
    a, b = read_text(tmp_path / "u.txt"), read_text(tmp_path / "w.txt")
    assert a.sha256 == b.sha256 and a.id == b.id
    assert b.warnings == ["decoded as cp1252 (not UTF-8)"]


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u00a0\n".encode()])
def test_empty_files_are_refused(tmp_path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyDocument, match="empty"):
        read_text(path)


def test_size_limit_comes_from_the_environment(tmp_path, monkeypatch) -> None:
    path = tmp_path / "long.txt"
    path.write_text("mot " * 100, encoding="utf-8")
    monkeypatch.setenv("NEWSEVENTS_MAX_BYTES", "100")
    with pytest.raises(DocumentTooLarge, match="400 bytes is over the 100-byte limit"):
        read_text(path)
    monkeypatch.setenv("NEWSEVENTS_MAX_BYTES", "1000")
    assert read_text(path).text.startswith("mot")
