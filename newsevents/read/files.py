"""Paths in, articles out: dispatch by extension, recursive directories, failures as values.

Directories are walked in sorted order (so ids, progress and summaries are the same on every
machine), symlinked directories are not followed (no loops), and hidden files and folders
(``.git``, ``.DS_Store``) are skipped. Files with other extensions inside a directory are
listed as skipped, never silently dropped; a file named explicitly must have a reader.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsevents import settings
from newsevents.errors import InputError, NewsEventsError, UnsupportedFormat
from newsevents.model import Article, Published
from newsevents.read.common import ReadFailure, apply_defaults
from newsevents.read.feed import count_entries, read_feed
from newsevents.read.html import read_html
from newsevents.read.jsonl import open_lines, read_jsonl
from newsevents.read.text import looks_like_html, read_text
from newsevents.read.warc import read_warc


@dataclass(slots=True)
class Listing:
    """What a list of paths expands to: files to read (path, as named), failures, skipped files.

    ``records_skipped`` fills in while the files are read: records of web archives that are not
    pages (requests, metadata, images...), counted by kind.
    """

    files: list[tuple[Path, str]] = field(default_factory=list)
    failures: list[ReadFailure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    records_skipped: Counter[str] = field(default_factory=Counter)


def file_kind(path: Path, explicit: bool = True) -> str | None:
    """"text", "html", "jsonl", "warc" or "feed" by the file's extension (".warc.gz" included);
    None when no reader takes it. ``explicit``: the file was named, not found in a directory."""
    name = path.name.lower()
    kinds = (("warc", settings.WARC_EXTENSIONS), ("jsonl", settings.JSONL_EXTENSIONS),
             ("html", settings.HTML_EXTENSIONS), ("text", settings.TEXT_EXTENSIONS),
             ("feed", settings.FEED_EXTENSIONS + (settings.FEED_EXPLICIT_EXTENSIONS if explicit else ())))
    for kind, extensions in kinds:
        if name.endswith(extensions):
            return kind
    return None


def _walk(root: Path, shown: str) -> list[tuple[Path, str]]:
    """Every non-hidden file below ``root``, sorted by path, as the user would write the path."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                file = Path(dirpath) / name
                found.append((file.relative_to(root).parts, file))
    return [(file, os.path.join(shown, *parts)) for parts, file in sorted(found)]


def expand(paths: Iterable[str | Path]) -> Listing:
    """The files named by paths and directories, with a failure for each path that does not exist."""
    listing = Listing()
    for given in paths:
        shown = str(given)
        path = Path(given).expanduser()
        if path.is_dir():
            for file, where in _walk(path, shown):
                if file_kind(file, explicit=False) is not None:
                    listing.files.append((file, where))
                else:
                    listing.skipped.append(where)
        elif path.is_file():
            listing.files.append((path, shown))
        elif path.exists():
            listing.failures.append(ReadFailure(shown, InputError("not a regular file or directory", shown)))
        else:
            listing.failures.append(ReadFailure(shown, InputError("no such file or directory", shown)))
    return listing


def read_file(path: Path, where: str | None = None,
              counts: Counter[str] | None = None) -> Iterator[Article | ReadFailure]:
    """The articles of one file, chosen by its extension; failures are yielded, not raised.
    ``counts`` receives the records of a web archive skipped as not pages, by kind."""
    where = where or str(path)
    kind = file_kind(path)
    if kind == "jsonl":
        yield from read_jsonl(path, where)
        return
    if kind == "warc":
        yield from read_warc(path, where, counts)
        return
    if kind == "feed":
        yield from read_feed(path, where)
        return
    try:
        if kind == "text" and _html_inside(path):
            article = read_html(path, where)
            article.warnings.append("an HTML page in a text file: read as a web page")
            yield article
        elif kind == "text":
            yield read_text(path, where)
        elif kind == "html":
            yield read_html(path, where)
        else:
            raise UnsupportedFormat(path.suffix.lower(), where)
    except NewsEventsError as exc:
        yield ReadFailure(where, exc)


def _html_inside(path: Path) -> bool:
    """Whether a text file holds a web page (read.text.looks_like_html); an unreadable file is
    left to read_text, which says why."""
    try:
        with path.open("rb") as stream:
            return looks_like_html(stream.read(settings.SNIFF_BYTES))
    except OSError:
        return False


def read_listing(listing: Listing, *, published: Published | None = None,
                 language: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every article of an expanded listing, with the caller's defaults applied."""
    yield from listing.failures
    for path, where in listing.files:
        for item in read_file(path, where, listing.records_skipped):
            if isinstance(item, Article):
                try:
                    apply_defaults(item, published, language)
                except NewsEventsError as exc:
                    item = ReadFailure(where, exc)
            yield item


def read_paths(paths: Iterable[str | Path], *, published: Published | None = None,
               language: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every article below the given paths (files or directories), failures included."""
    yield from read_listing(expand(paths), published=published, language=language)


def count_documents(listing: Listing) -> int | None:
    """How many documents a listing holds (JSONL lines, feed entries counted), for a progress
    bar's total; None when it holds a web archive, which only a full read could count."""
    total = len(listing.failures)
    for path, _ in listing.files:
        kind = file_kind(path)
        if kind == "warc":
            return None
        if kind == "jsonl":
            total += _count_lines(path)
        elif kind == "feed":
            total += count_entries(path)
        else:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    """Newlines counted in fixed-size chunks: bounded memory whatever the line lengths."""
    lines, last = 0, b"\n"
    try:
        with open_lines(path) as stream:
            while chunk := stream.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except (OSError, EOFError, zlib.error):  # the read says why
        return max(lines, 1)
    return max(lines + (last != b"\n"), 1)
