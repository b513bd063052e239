"""HTML article pages (saved locally): main text and metadata through trafilatura.

The document's text is trafilatura's main-text extraction (title heading, paragraphs; no menus,
footers or reader comments), and every span of every record points into that text, which the
store keeps and ``export --with-text`` exposes. trafilatura returns ``None`` without a reason
when it finds no main text; we turn that into an error that says so.

Publication date: from the page's metadata only (``article:published_time``, JSON-LD, ...); we
switch off htmldate's search through the visible text, because inferring a date from the text is
``read.published``'s job, and it records how it did so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsevents import settings
from newsevents.errors import BinaryDocument, EmptyDocument, InputError, NewsEventsError
from newsevents.model import Article
from newsevents.read.common import given_published, language_code, make_article
from newsevents.read.notices import only_notices
from newsevents.read.text import read_bytes, sniff_binary

# where a page states its language, most specific first
_LANGUAGE_XPATHS = (
    "//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content",
    "//meta[@property='og:locale']/@content",
    "/html/@lang",
    "/html/@xml:lang",
)


class NoMainText(EmptyDocument):
    """An HTML page with no article text (only navigation, scripts or an empty body), or whose
    only text is a notice (cookies, consent, paywall, "enable JavaScript": read/notices.py)."""

    def __init__(self, where: str | None = None, notice: bool = False) -> None:
        InputError.__init__(self, "no article text found in the page (only a cookie, consent, paywall or "
                                  "'enable JavaScript' notice); save the page from a browser that shows "
                                  "the article" if notice else
                                  "no article text found in the page (only navigation, scripts or "
                                  "boilerplate); save the article page itself", where)


def _page_language(tree: Any) -> str | None:
    for xpath in _LANGUAGE_XPATHS:
        try:
            values = tree.xpath(xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
        except Exception:  # lxml raises on odd namespaces; a missing hint is not an error
            continue
        for value in values:
            if str(value).strip():
                return str(value).strip()
    return None


def _link_words(tree: Any) -> set[str]:
    """The words of the page's links, lower-cased."""
    try:
        return set(" ".join(str(t) for t in tree.xpath("//a//text()")).lower().split())
    except Exception:  # lxml raises on odd documents; then no page is judged a list of links
        return set()


def _only_link_words(text: str, linked: set[str]) -> bool:
    """True when every word trafilatura extracted is a link's word: on a page with no article
    (a home page, a menu, a paywall stub) it falls back on the navigation, and a list of links
    is no article text; an article always has words of its own outside its links."""
    return bool(linked) and all(word in linked for word in text.lower().split())


def parse_html(data: bytes, where: str) -> Article:
    """One article from an HTML page's bytes; raises an InputError saying why not."""
    import trafilatura

    if not data.strip():
        raise EmptyDocument(where)
    kind = sniff_binary(data[:settings.SNIFF_BYTES])
    if kind or b"\x00" in data[:settings.SNIFF_BYTES]:
        raise BinaryDocument(where, f"it starts like a {kind}" if kind else "it holds NUL bytes")
    tree = trafilatura.load_html(data)
    if tree is None:
        raise InputError("not an HTML page trafilatura can parse", where)
    hint = _page_language(tree)
    linked = _link_words(tree)  # before the extraction, which prunes the tree
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip() or _only_link_words(text, linked):
        raise NoMainText(where)
    if only_notices(text):
        raise NoMainText(where, notice=True)
    warnings: list[str] = []
    language = None
    if hint:
        try:
            language = language_code(hint, where)
        except NewsEventsError:
            warnings.append(f"the page says its language is {hint!r}, not supported; detected instead")
    published = None
    if getattr(doc, "date", None):
        try:
            published = given_published(doc.date, "page metadata", where)
        except NewsEventsError:
            warnings.append(f"the page's date {doc.date!r} is not a date; ignored")
    return make_article(text, where, url=getattr(doc, "url", None), title=getattr(doc, "title", None),
                        language=language, published=published, warnings=warnings)


def read_html(path: Path, where: str | None = None) -> Article:
    """One article from a local ``.html``/``.htm`` file."""
    where = where or str(path)
    limit = settings.max_document_bytes() * settings.HTML_PAGE_FACTOR
    return parse_html(read_bytes(path, where, limit), where)
