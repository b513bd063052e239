"""What every reader shares: building an `Article`, failures as values, dates and language codes.

Why failures are values and not exceptions: a reader of a directory or a JSON Lines file meets
many documents, and one bad one must neither abort the others nor vanish. Readers therefore
yield ``Article | ReadFailure``; the caller reports each failure with its reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from newsevents import ids, settings
from newsevents.errors import (
    DocumentTooLarge,
    EmptyDocument,
    MalformedRecord,
    NewsEventsError,
    UnsupportedLanguage,
)
from newsevents.lang import supported_languages
from newsevents.model import Article, Published
from newsevents.read.notices import OnlyANotice, only_notices


@dataclass(slots=True)
class ReadFailure:
    """An input that gave no article, with where it was and why."""

    where: str
    error: NewsEventsError

    @property
    def reason(self) -> str:
        """The error message without the location (which `where` already holds)."""
        return error_reason(self.error, self.where)


def error_reason(error: BaseException, where: str | None = None) -> str:
    """A one-line reason for a failure, without a repeated ``where: `` prefix."""
    text = str(error) if isinstance(error, NewsEventsError) else f"{type(error).__name__}: {error}"
    prefix = getattr(error, "where", None) or where
    if prefix and text.startswith(f"{prefix}: "):
        text = text[len(prefix) + 2:]
    return " ".join(text.split())


def sha256_of(text: str) -> str:
    """The sha256 of a text as UTF-8: what "the same article" means across runs and machines."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_article(
    text: str,
    where: str,
    *,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    language: str | None = None,
    published: Published | None = None,
    warnings: list[str] | None = None,
) -> Article:
    """An `Article` from a decoded text, refusing empty and oversized ones, and those that are
    only a cookie, consent, paywall or "enable JavaScript" notice (read/notices.py).

    The text is kept exactly as given (no stripping): every span of every record points into it.
    """
    if not text.strip():
        raise EmptyDocument(where)
    if only_notices(text):
        raise OnlyANotice(where)
    size = len(text.encode("utf-8"))
    limit = settings.max_document_bytes()
    if size > limit:
        raise DocumentTooLarge(size, limit, where)
    digest = sha256_of(text)
    return Article(
        text=text,
        id=id or ids.document_id(digest),
        path=where,
        url=url or None,
        title=title or None,
        language=language_code(language, where) if language else None,
        published=published,
        sha256=digest,
        warnings=list(warnings or []),
    )


def language_code(value: str, where: str | None = None) -> str:
    """An ISO 639-1 code we support, from "fr", "FR", "fr-FR", "fr_CA"; else UnsupportedLanguage."""
    code = value.strip().replace("_", "-").split("-")[0].lower()
    if code not in supported_languages():
        raise UnsupportedLanguage(code or value, supported_languages())
    return code


def parse_date(value: str, where: str | None = None) -> date:
    """A date from ``YYYY-MM-DD`` or an ISO datetime (``2025-11-14T09:30:00Z``)."""
    raw = value.strip()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        raise MalformedRecord(f"published {value!r} is not a date (expected YYYY-MM-DD or an ISO "
                              "datetime such as 2025-11-14T09:30:00Z)", where) from None


def given_published(value: str | date | None, basis: str, where: str | None = None) -> Published | None:
    """A publication date stated by the input (not inferred), or None."""
    if value is None or value == "":
        return None
    day = value if isinstance(value, date) else parse_date(str(value), where)
    return Published(day, precision="day", inferred=False, basis=basis)


def apply_defaults(article: Article, published: Published | None, language: str | None) -> Article:
    """The caller's options: ``language`` overrides everything, ``published`` fills a gap."""
    if language:
        article.language = language_code(language)
    if article.published is None and published is not None:
        article.published = published
    return article

