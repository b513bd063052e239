"""Web archives (WARC, WARC.gz, ARC) as news crawls ship them, read record by record.

Why records and not files: a crawl's WARC holds thousands of pages (Common Crawl's CC-NEWS
files are about 1 GB gzipped), so the file is streamed with ``warcio``'s ``ArchiveIterator``,
one record at a time, and each page's payload is read with the same size cap as an HTML file:
memory stays bounded by one page whatever the size of the archive.

- A ``response`` record with an HTML payload (HTTP status 2xx; ``resource`` records with an
  HTML block, as ``wget --warc-file`` writes for local files, too) goes through the HTML reader
  (``read.html.parse_html``), exactly as a saved ``.html`` page would.
- The record's URL (``WARC-Target-URI``) becomes the document's URL. Its date (``WARC-Date``,
  when the page was fetched) becomes the document's publication date when the page's own
  metadata gives none: a news crawl fetches pages within hours of publication, and the page's
  ``article:published_time`` is the publisher's statement, more exact when present.
- Every other record (``warcinfo``, ``request``, ``metadata``, ``revisit``, non-HTML or
  non-2xx responses) is counted by kind in ``counts`` and skipped: a crawl holds many and they
  are not failures.
- A page that cannot be read (no main text, too large) is a failure of that record alone; a
  file cut short or corrupt ends with one failure saying after which record, and every page
  read before it stays.

A document's ``path`` is ``FILE#N``, N the record's position in the file (1 for the first).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents import settings
from newsevents.errors import DocumentTooLarge, InputError, NewsEventsError
from newsevents.model import Article
from newsevents.read.common import ReadFailure, error_reason, given_published
from newsevents.read.html import parse_html

# payload media types read as HTML pages
HTML_TYPES = ("text/html", "application/xhtml+xml")

# how the first record of a WARC and of an ARC file starts
ARCHIVE_STARTS = (b"WARC/", b"filedesc://")

# the basis recorded when the crawl date stands in for the publication date
WARC_DATE_BASIS = "WARC-Date (when the page was crawled)"


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def _page_kind(record: Any) -> str | None:
    """None when the record is an HTML page to read; else the kind it is counted under."""
    kind = record.rec_type
    if kind == "response":
        if record.http_headers is None:
            media = _media_type(record.rec_headers.get_header("Content-Type"))
            return None if media in HTML_TYPES else f"{kind} ({media or 'no type'})"
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return f"{kind} (HTTP {status or '?'})"
        media = _media_type(record.http_headers.get_header("Content-Type"))
        return None if media in HTML_TYPES else f"{kind} ({media or 'no type'})"
    if kind == "resource":
        media = _media_type(record.rec_headers.get_header("Content-Type"))
        return None if media in HTML_TYPES else f"{kind} ({media or 'no type'})"
    return str(kind)


def _read_payload(record: Any, where: str, limit: int) -> bytes:
    """The record's payload (transfer and content encodings undone), refused above ``limit``.

    A record whose block is already over the limit is refused on its header alone, unread (the
    iterator then skips it in fixed-size reads); the read is capped too, for encoded payloads.
    """
    if record.length is not None and record.length > limit:
        raise DocumentTooLarge(int(record.length), limit, where)
    stream = record.content_stream()
    data = stream.read(limit + 1)
    if len(data) > limit:
        size = len(data)
        while chunk := stream.read(1 << 20):  # measure the rest without keeping it
            size += len(chunk)
        raise DocumentTooLarge(size, limit, where)
    return bytes(data)


def _article(record: Any, payload: bytes, where: str) -> Article:
    article = parse_html(payload, where)
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if uri:
        article.url = uri.strip("<> ")
    if article.published is None:
        crawled = record.rec_headers.get_header("WARC-Date")
        if crawled:
            try:
                article.published = given_published(crawled, WARC_DATE_BASIS, where)
            except NewsEventsError:
                article.warnings.append(f"the record's WARC-Date {crawled!r} is not a date; ignored")
    return article


def read_warc(path: Path, where: str | None = None,
              counts: Counter[str] | None = None) -> Iterator[Article | ReadFailure]:
    """Every HTML page of a web archive as an article (failures yielded); other records counted."""
    from warcio.archiveiterator import ArchiveIterator

    where = where or str(path)
    counts = counts if counts is not None else Counter()
    limit = settings.max_document_bytes() * settings.HTML_PAGE_FACTOR
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield ReadFailure(where, InputError(f"cannot read the file ({exc.strerror or exc})", where))
        return
    problem = _not_an_archive(path)
    if problem:
        stream.close()
        yield ReadFailure(where, InputError(problem, where))
        return
    number = 0
    last: Any = None
    with stream:
        iterator = ArchiveIterator(stream, arc2warc=True)
        records = iter(iterator)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as exc:  # ArchiveLoadFailed, EOFError, zlib.error: a corrupt file
                yield ReadFailure(where, _broken(_said(exc, _size(path) - iterator.offset), number, where))
                return
            number += 1
            last = record
            kind = _page_kind(record)
            if kind is not None:
                counts[f"WARC {kind}"] += 1
                continue
            at = f"{where}#{number}"
            try:
                payload = _read_payload(record, at, limit)
                if _cut_short(record):
                    raise EOFError(f"record {number} ends early")
            except DocumentTooLarge as exc:
                yield ReadFailure(at, exc)
                continue
            except Exception as exc:  # the payload itself is cut short or corrupt
                yield ReadFailure(where, _broken(exc, number - 1, where))
                return
            item: Article | ReadFailure
            try:
                item = _article(record, payload, at)
            except NewsEventsError as exc:
                item = ReadFailure(at, exc)
            except Exception as exc:  # a page that breaks the HTML reader costs that page alone
                item = ReadFailure(at, InputError(f"the page could not be read: {error_reason(exc)}", at))
            yield item
        # warcio's iterator stops quietly inside a truncated record: its block ends early, or
        # the last record's header never completes and the iterator ends before the file does
        if number and _cut_short(last):
            yield ReadFailure(where, _broken(EOFError(f"record {number} ends early"), number - 1, where))
        elif number and iterator.offset < _size(path):
            rest = _size(path) - iterator.offset
            yield ReadFailure(where, _broken(EOFError(f"its last {rest:,} bytes are not a whole record"),
                                             number, where))
    if number == 0:
        yield ReadFailure(where, InputError("no WARC record in the file (empty)", where))


def _not_an_archive(path: Path) -> str | None:
    """Why the file is not a WARC or ARC file by its first bytes (un-gzipped), or None.

    warcio is lenient enough to read lines of plain text as ARC records, so the file's start is
    checked first: a WARC begins with "WARC/" and an ARC with "filedesc://".
    """
    import gzip

    try:
        with path.open("rb") as raw:
            head = raw.read(2)
            raw.seek(0)
            if head == b"\x1f\x8b":
                with gzip.open(raw) as unzipped:
                    head = unzipped.read(len(ARCHIVE_STARTS[1]))
            else:
                head = raw.read(len(ARCHIVE_STARTS[1]))
    except (OSError, EOFError) as exc:
        return f"not a WARC or ARC file: cannot read its start ({error_reason(exc)})"
    if not head.strip():
        return "no WARC record in the file (empty)"
    if not head.lstrip().startswith(ARCHIVE_STARTS):
        return "not a WARC or ARC file (a WARC starts with 'WARC/', an ARC with 'filedesc://')"
    return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _cut_short(record: Any) -> bool:
    """True when the record's block ended before its declared length (a truncated file):
    warcio's reader then simply runs dry, without an error."""
    return bool(getattr(record.raw_stream, "limit", 0))


def _said(exc: Exception, rest: int) -> Exception:
    """The error to report for a record that could not be read: warcio's own reading errors say
    what went wrong; anything else (an AttributeError on a record header cut in the middle of an
    uncompressed file) is warcio tripping on the partial record, said in bytes left."""
    import zlib

    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(exc, ArchiveLoadFailed | EOFError | OSError | zlib.error):
        return exc
    return EOFError(f"its last {rest:,} bytes are not a whole record" if rest > 0 else "a record ends early")


def _broken(exc: BaseException, number: int, where: str) -> InputError:
    """The error for a file that stops making sense after ``number`` good records."""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    if number == 0:
        return InputError(f"not a WARC or ARC file, or corrupt from the start ({detail})", where)
    return InputError(f"the file is cut short or corrupt after record {number} ({detail}); the "
                      "records before it were read", where)
