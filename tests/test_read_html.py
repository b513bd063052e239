"""HTML reader: trafilatura's main text becomes the document's text; metadata is kept."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.errors import BinaryDocument, EmptyDocument
from newsevents.read.html import NoMainText, parse_html, read_html

BODY_FR = ("<p>Le 12 octobre, une frappe de drone a touché un entrepôt à la périphérie de la ville, "
           "selon les autorités locales qui ne font état d'aucune victime.</p>"
           "<p>Le gouverneur de la région a déclaré que les secours étaient intervenus dans la nuit "
           "et que l'incendie avait été maîtrisé avant l'aube.</p>")
BODY_EN = ("<p>A drone struck a warehouse on the outskirts of the city on 12 October, local officials "
           "said, adding that nobody was hurt in the attack.</p>"
           "<p>The regional governor said firefighters worked through the night and put out the fire "
           "before dawn.</p>")


TITLE = "Frappe sur un entrepôt"


def page(body: str, *, lang: str | None = "fr", head: str = "", title: str = TITLE) -> bytes:
    attr = f' lang="{lang}"' if lang else ""
    return (f"<!doctype html><html{attr}><head><meta charset='utf-8'><title>{title} | Journal</title>{head}"
            "</head><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a> Menu principal</nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            "<footer>Tous droits réservés. Abonnez-vous à notre lettre.</footer></body></html>").encode()


META = ('<meta property="article:published_time" content="2024-10-13T08:15:00+02:00">'
        '<link rel="canonical" href="https://news.example.org/2024/10/13/frappe">')


def test_main_text_and_metadata(tmp_path) -> None:
    path = tmp_path / "a.html"
    path.write_bytes(page(BODY_FR, head=META))
    article = read_html(path)
    assert "une frappe de drone a touché un entrepôt" in article.text
    assert "Menu principal" not in article.text and "droits réservés" not in article.text
    assert article.title == "Frappe sur un entrepôt"
    assert article.url == "https://news.example.org/2024/10/13/frappe"
    assert article.published is not None
    assert article.published.date == date(2024, 10, 13) and not article.published.inferred
    assert article.language == "fr"
    assert article.path == str(path)


def test_offsets_point_into_the_stored_text() -> None:
    article = parse_html(page(BODY_FR), "x.html")
    start = article.text.index("frappe de drone")
    assert article.text[start:start + len("frappe de drone")] == "frappe de drone"
    assert len(article.sha256) == 64


@pytest.mark.parametrize(("lang", "head", "expected"), [
    ("en-GB", "", "en"),
    ("fr-FR", "", "fr"),
    (None, '<meta http-equiv="content-language" content="en">', "en"),
    (None, '<meta property="og:locale" content="fr_FR">', "fr"),
    (None, "", None),  # no hint: detected later from the text
])
def test_language_from_the_page(lang, head, expected) -> None:
    body = BODY_EN if expected == "en" else BODY_FR
    assert parse_html(page(body, lang=lang, head=head), "p.html").language == expected


def test_an_unsupported_page_language_is_a_warning_not_a_failure() -> None:
    article = parse_html(page(BODY_EN, lang="de"), "p.html")
    assert article.language is None
    assert any("'de'" in w for w in article.warnings)


def test_a_page_without_article_text_says_so() -> None:
    html = b"<html><head><title>Live</title></head><body><script>render();</script></body></html>"
    with pytest.raises(NoMainText, match="no article text"):
        parse_html(html, "empty.html")


def test_empty_and_binary_pages_are_refused(tmp_path) -> None:
    with pytest.raises(EmptyDocument):
        parse_html(b"  \n", "blank.html")
    with pytest.raises(BinaryDocument, match="PNG"):
        parse_html(b"\x89PNG\r\n\x1a\n" + bytes(200), "image.html")
