"""JSON Lines: one article per line, ``{"id", "url", "title", "published", "language", "text"}``.

Only ``text`` is required. A malformed line is reported with its line number and the rest of the
file is read: one bad record never costs the others. The file is streamed a line at a time and
each line is read with a size cap, so a huge file or a runaway line never fills memory.

A record's ``path`` is ``FILE.jsonl#ID`` (or ``#LINE`` when the record has no id), and its
document id is the given id, so the export keeps the ids the user chose.

A ``.jsonl.gz`` file is decompressed as it is read (crawls ship that way); one cut short or
damaged gives its records up to the damage, then one failure that says so.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from newsevents import settings
from newsevents.errors import DocumentTooLarge, EmptyDocument, InputError, MalformedRecord, NewsEventsError
from newsevents.model import Article
from newsevents.read.common import ReadFailure, given_published, make_article

# A line is JSON around the text: with ``ensure_ascii`` (Python's json default) every non-ASCII
# character becomes a 6-byte ``\\uXXXX`` escape, so a line may be up to 6x its text's UTF-8 size.
LINE_FACTOR = 6

# Bytes read at a time while skipping the rest of an oversized line.
_SKIP_CHUNK = 1 << 20

_OPTIONAL_STRINGS = ("url", "title", "language", "published")


def _record(obj: Any, lineno: int, path: str) -> Article:
    """The article of one parsed line; raises MalformedRecord (or another InputError) saying why."""
    at = f"{path}, line {lineno}"
    if not isinstance(obj, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(obj).__name__}", at)
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedRecord('no "text" field (a string) in the object' if text is None
                              else f'"text" must be a string, got {type(text).__name__}', at)
    for key in _OPTIONAL_STRINGS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise MalformedRecord(f'"{key}" must be a string, got {type(obj[key]).__name__}', at)
    given_id = obj.get("id")
    if given_id is not None and (not isinstance(given_id, str | int) or isinstance(given_id, bool)):
        raise MalformedRecord(f'"id" must be a string or an integer, got {type(given_id).__name__}', at)
    doc_id = str(given_id).strip() if given_id is not None and str(given_id).strip() else None
    where = f"{path}#{doc_id or lineno}"
    if not text.strip():
        raise EmptyDocument(f"{where} (line {lineno})")
    return make_article(
        text, where, id=doc_id, url=obj.get("url"), title=obj.get("title"),
        language=obj.get("language") or None,
        published=given_published(obj.get("published"), "given in the input", at),
    )


def _read_line(stream: BinaryIO, limit: int) -> tuple[bytes, int]:
    """The next line (at most ``limit`` bytes kept) and its full size; skips the rest of a long one."""
    line = stream.readline(limit + 1)
    size = len(line)
    if size > limit and not line.endswith(b"\n"):
        while True:
            chunk = stream.readline(_SKIP_CHUNK)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
    return line, size


def _decode(line: bytes, lineno: int, path: str) -> Any:
    at = f"{path}, line {lineno}"
    try:
        raw = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{line[exc.start]:02x} at column {exc.start + 1}"
        raise MalformedRecord(f"not UTF-8 ({bad}); re-save the file as UTF-8", at) from None
    try:
        return json.loads(raw.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"not valid JSON: {exc.msg} (column {exc.colno})", at) from None


def open_lines(path: Path) -> BinaryIO:
    """The file's bytes as a binary stream, decompressed when it is gzipped (``.gz``)."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_jsonl(path: Path, where: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every article of a JSON Lines file, and a failure for each line that gives none."""
    where = where or str(path)
    limit = settings.max_document_bytes() * LINE_FACTOR
    try:
        stream = open_lines(path)
    except OSError as exc:
        yield ReadFailure(where, InputError(f"cannot read the file ({exc.strerror or exc})", where))
        return
    records = 0
    with stream:
        lineno = 0
        while True:
            try:
                line, size = _read_line(stream, limit)
            except (OSError, EOFError, zlib.error):  # a gzip cut short or damaged
                cut = f"the file is cut short or corrupt after line {lineno:,}; fetch or compress it again"
                yield ReadFailure(where, InputError(f"{cut} to read the rest", where))
                return
            if not line:
                break
            lineno += 1
            if not line.strip():
                continue
            records += 1
            at = f"{where}, line {lineno}"
            if size > limit:
                yield ReadFailure(at, DocumentTooLarge(size, limit, at))
                continue
            try:
                yield _record(_decode(line, lineno, where), lineno, where)
            except NewsEventsError as exc:
                yield ReadFailure(getattr(exc, "where", None) or at, exc)
    if records == 0:
        yield ReadFailure(where, EmptyDocument(where))
