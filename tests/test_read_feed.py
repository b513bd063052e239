"""RSS and Atom feeds: one article per entry with its link, title, date and text."""

from __future__ import annotations

from pathlib import Path

import pytest
from inputs import REPORTS, atom, rss

from newsevents import settings
from newsevents.errors import DocumentTooLarge
from newsevents.model import Article
from newsevents.read.common import ReadFailure
from newsevents.read.feed import html_to_text, read_feed
from newsevents.read.files import count_documents, expand, read_paths


def split(items: list) -> tuple[list[Article], list[ReadFailure]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadFailure)]


def test_rss_entries_with_full_content(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(rss([
        {"title": "Frappe sur un dépôt", "link": "https://news.example.org/a", "guid": "a",
         "pubDate": "Mon, 04 Mar 2024 00:30:00 +0100", "description": "Un résumé court.",
         "content": "<p>" + REPORTS[0][1] + "</p><p>Les secours sont <b>intervenus</b> toute la nuit.</p>"},
        {"title": "Ambassadeur convoqué", "link": "https://news.example.org/b",
         "pubDate": "Tue, 05 Mar 2024 18:00:00 GMT", "description": REPORTS[1][1]},
    ]))
    articles, failures = split(list(read_feed(path)))
    assert failures == []
    first, second = articles
    assert (first.title, first.url, first.language) == (
        "Frappe sur un dépôt", "https://news.example.org/a", "fr")
    # the full content wins over the summary, paragraphs kept apart, inline markup gone
    assert first.text == REPORTS[0][1] + "\n\nLes secours sont intervenus toute la nuit."
    # the day the publisher wrote, not feedparser's UTC day (2024-03-03 23:30 UTC)
    assert first.published is not None and first.published.date.isoformat() == "2024-03-04"
    assert first.published.basis == "feed entry date" and not first.published.inferred
    assert second.text == REPORTS[1][1]  # no content: the description
    assert second.published is not None and second.published.date.isoformat() == "2024-03-05"
    assert [a.path for a in articles] == [f"{path}#1", f"{path}#2"]


def test_atom_entries_with_summary_or_content(tmp_path: Path) -> None:
    path = tmp_path / "news.atom"
    path.write_bytes(atom([
        {"title": "Market shelled", "id": "urn:1", "link": "https://news.example.org/m",
         "updated": "2024-02-11T23:40:00-05:00", "summary": REPORTS[2][1]},
        {"title": "Port struck", "id": "urn:2", "link": "https://news.example.org/p",
         "published": "2024-08-20T06:00:00Z", "updated": "2024-08-21T06:00:00Z",
         "content": f"<div><p>{REPORTS[3][1]}</p></div>"},
    ]))
    articles, failures = split(list(read_feed(path)))
    assert failures == []
    market, port = articles
    assert market.language == port.language == "en"  # the feed's xml:lang
    assert market.text == REPORTS[2][1] and market.url == "https://news.example.org/m"
    assert market.published is not None and market.published.date.isoformat() == "2024-02-11"
    assert port.text == REPORTS[3][1]
    assert port.published is not None and port.published.date.isoformat() == "2024-08-20"  # published wins


def test_an_entry_without_text_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_bytes(rss([{"title": "Titre seul", "link": "https://news.example.org/t"},
                          {"title": "Avec texte", "description": REPORTS[4][1]}]))
    articles, failures = split(list(read_feed(path)))
    assert [a.title for a in articles] == ["Avec texte"]
    assert len(failures) == 1 and failures[0].where == f"{path}#1" and "empty" in failures[0].reason


def test_an_unsupported_feed_language_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_bytes(rss([{"title": "x", "description": REPORTS[0][1]}], language="de-DE"))
    (article,) = list(read_feed(path))
    assert isinstance(article, Article) and article.language is None
    assert any("'de-DE'" in w for w in article.warnings)


@pytest.mark.parametrize(("content", "reason"), [
    (b"<html><body><p>Une page, pas un flux.</p></body></html>", "no entries"),
    (b"<?xml version='1.0'?><catalog><book>x</book></catalog>", "no entries"),
    (b"<rss><channel><title>cut short", "not an RSS or Atom feed"),
    (b"   \n", "empty"),
])
def test_what_is_not_a_feed_is_a_clear_failure(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "f.rss"
    path.write_bytes(content)
    articles, failures = split(list(read_feed(path)))
    assert articles == [] and len(failures) == 1 and reason in failures[0].reason


def test_a_malformed_feed_with_entries_is_read_with_a_warning(tmp_path: Path) -> None:
    data = rss([{"title": "a", "description": REPORTS[0][1]}])
    data = data.replace(b"</channel></rss>", b"<broken></channel>")
    path = tmp_path / "f.rss"
    path.write_bytes(data)
    (article,) = list(read_feed(path))
    assert isinstance(article, Article) and article.text == REPORTS[0][1]
    assert any("not well-formed" in w for w in article.warnings)


def test_a_feed_over_the_size_cap_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "MAX_FEED_BYTES", 1000)
    path = tmp_path / "f.rss"
    path.write_bytes(rss([{"title": str(i), "description": REPORTS[0][1]} for i in range(10)]))
    (failure,) = list(read_feed(path))
    assert isinstance(failure, ReadFailure) and isinstance(failure.error, DocumentTooLarge)


@pytest.mark.parametrize(("fragment", "text"), [
    ("<p>Un.</p><p>Deux.</p>", "Un.\n\nDeux."),
    ("Ligne<br>suivante", "Ligne\nsuivante"),
    ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
    ("texte   sans\tbalise", "texte sans balise"),
    ("<p>L&#8217;armée &amp; la <i>police</i></p>", "L’armée & la police"),
    ("<!-- seulement un commentaire -->", ""),
])
def test_entry_html_becomes_plain_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


def test_feeds_in_directories_and_xml_named_explicitly(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.rss").write_bytes(rss([{"title": "1", "description": REPORTS[0][1]},
                                        {"title": "2", "description": REPORTS[1][1]}]))
    (folder / "b.atom").write_bytes(atom([{"title": "3", "summary": REPORTS[2][1]}]))
    (folder / "sitemap.xml").write_bytes(b"<urlset><url><loc>x</loc></url></urlset>")
    explicit = tmp_path / "feed.xml"
    explicit.write_bytes(rss([{"title": "4", "description": REPORTS[3][1]}]))
    listing = expand([folder, explicit])
    assert listing.skipped == [f"{folder}/sitemap.xml"]  # a directory's .xml is not taken for a feed
    assert count_documents(listing) == 4
    items = list(read_paths([folder, explicit]))
    assert [i.title for i in items if isinstance(i, Article)] == ["1", "2", "3", "4"]
