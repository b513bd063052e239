"""RSS and Atom feeds saved as files: one article per entry, through ``feedparser``.

Each entry gives its link (the document's URL), its title, its date and its text: the full
content (``content:encoded``, Atom ``content``) when the feed carries it, else the summary
(``description``). Entry HTML becomes plain text with its paragraphs kept apart, so that spans
point into a readable text, as for an HTML page. feedparser has already removed scripts and
styles from it.

Why the date is read from the entry's own string: feedparser converts every date to UTC, so an
entry published at 00:30 in Paris (``+0100``) would be dated the day before; the day the
publisher wrote is the one the text's "hier" and "aujourd'hui" refer to. feedparser's UTC date
is the fallback for formats we do not parse.

A feed is parsed whole (feedparser has no streaming mode), so a feed file is refused above
``settings.MAX_FEED_BYTES``; its entries are then handed on one at a time. A malformed feed is
read leniently when feedparser still finds entries (each carries a warning), and fails with the
parser's reason when it finds none. A document's ``path`` is ``FILE#N``, N the entry's position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from newsevents import settings
from newsevents.errors import EmptyDocument, InputError, NewsEventsError
from newsevents.model import Article
from newsevents.read.common import ReadFailure, error_reason, given_published, language_code, make_article
from newsevents.read.text import read_bytes

# elements after which a line break (or a paragraph break) separates the text
_PARAGRAPHS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "ul",
                         "ol", "table", "tr", "pre", "figure", "figcaption", "section", "article"})
_LINE_BREAKS = frozenset({"br"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
# an entry's opening tag, to count entries for a progress bar without parsing the feed
_ENTRY_TAG = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(?:item|entry)[\s>/]")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by a blank line, spaces collapsed."""
    from lxml import html as lxml_html

    if "<" not in fragment:
        root_text = fragment
    else:
        try:
            root = lxml_html.fragment_fromstring(fragment, create_parent="div")
        except Exception:  # lxml refuses some fragments (e.g. only a comment): keep them as text
            root_text = fragment
        else:
            for element in root.iter():
                tag = element.tag if isinstance(element.tag, str) else ""
                if tag in _PARAGRAPHS:
                    element.tail = "\n\n" + (element.tail or "")
                elif tag in _LINE_BREAKS:
                    element.tail = "\n" + (element.tail or "")
            root_text = root.text_content()
    lines = [_SPACES.sub(" ", line).strip() for line in root_text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _entry_text(entry: Any) -> str:
    """The entry's fullest text: its content, else its summary (HTML turned into text)."""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        text = html_to_text(value) if "html" in (part.get("type") or "html") else value.strip()
        if text:
            return text
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    return html_to_text(summary) if "html" in (detail.get("type") or "html") else summary.strip()


def _entry_day(entry: Any) -> date | None:
    """The publication (else update) day as the publisher wrote it, else feedparser's UTC day."""
    for key in ("published", "updated", "created"):
        raw = (entry.get(key) or "").strip()
        if not raw:
            continue
        for parse in (parsedate_to_datetime, lambda v: datetime.fromisoformat(v.replace("Z", "+00:00"))):
            try:
                return parse(raw).date()
            except (TypeError, ValueError, IndexError):
                continue
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_language(entry: Any, feed_language: str | None) -> str | None:
    for part in entry.get("content") or []:
        if part.get("language"):
            return str(part["language"])
    detail = entry.get("summary_detail") or {}
    return detail.get("language") or feed_language


def _article(entry: Any, where: str, feed_language: str | None, warnings: list[str]) -> Article:
    text = _entry_text(entry)
    if not text:
        raise EmptyDocument(where)
    notes = list(warnings)
    language = None
    hint = _entry_language(entry, feed_language)
    if hint:
        try:
            language = language_code(hint, where)
        except NewsEventsError:
            notes.append(f"the feed says its language is {hint!r}, not supported; detected instead")
    day = _entry_day(entry)
    return make_article(text, where, url=entry.get("link"), title=entry.get("title"),
                        language=language, warnings=notes,
                        published=given_published(day, "feed entry date", where) if day else None)


def read_feed(path: Path, where: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every entry of an RSS or Atom feed file as an article; a failure for each that gives none."""
    import feedparser

    where = where or str(path)
    try:
        data = read_bytes(path, where, settings.MAX_FEED_BYTES)
    except NewsEventsError as exc:
        yield ReadFailure(where, exc)
        return
    if not data.strip():
        yield ReadFailure(where, EmptyDocument(where))
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries:
        reason = (f"not an RSS or Atom feed ({error_reason(problem)})" if problem is not None
                  else "the feed has no entries")
        yield ReadFailure(where, InputError(reason, where))
        return
    warnings = ([f"the feed is not well-formed ({error_reason(problem)}); its entries were read leniently"]
                if problem is not None else [])
    feed_language = (parsed.get("feed") or {}).get("language")
    for number, entry in enumerate(entries, start=1):
        at = f"{where}#{number}"
        item: Article | ReadFailure
        try:
            item = _article(entry, at, feed_language, warnings)
        except NewsEventsError as exc:
            item = ReadFailure(at, exc)
        yield item


def count_entries(path: Path) -> int:
    """Entries of a feed file, counted by their opening tags (for a progress bar's total)."""
    try:
        if path.stat().st_size > settings.MAX_FEED_BYTES:
            return 1
        return max(len(_ENTRY_TAG.findall(path.read_bytes())), 1)
    except OSError:
        return 1
