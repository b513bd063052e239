"""A text two sides sign is an agreement whatever its name: "a memorandum of understanding", "ont
signé un protocole d'accord" (before, only "agreement", "deal", "treaty", "accord", "traité"
were); a "declaration" is left out (also a statement; and a declaration of principles signed in
Doha, told by an English page, then merged with a French page's report of it, a pair the news-dev
cross-language gold does not list). A declaration that is only a statement is none. Sentences
written here from the general pattern of diplomatic copy."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 4, 5))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Rwanda and Burundi signed a memorandum of understanding in Washington on Friday."),
    ("fr", "Le Rwanda et la RDC ont signé vendredi un protocole d'accord à Washington."),
    ("fr", "Le Soudan et le Tchad ont signé samedi à Doha un mémorandum d'entente."),
])
def test_a_signed_text_is_an_agreement(pipe, language, text):
    events = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).events
    assert [e.type for e in events] == ["agreement"], [(e.type, e.date) for e in events]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The foreign minister condemned the strike in a declaration on Saturday."),
    ("fr", "Dans une déclaration samedi, le ministre a condamné la frappe."),
])
def test_a_declaration_that_is_a_statement_is_no_agreement(pipe, language, text):
    events = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).events
    assert "agreement" not in [e.type for e in events]


@pytest.mark.parametrize(("text", "place"), [
    ("In July, Kinshasa and M23 rebels signed a peace agreement after weeks of talks.", "Kinshasa"),
    ("On Friday, Khartoum and RSF commanders signed a truce agreement after two weeks of talks.", "Khartoum"),
])
def test_names_coordinated_before_the_doers_noun_are_no_place(pipe, text, place):
    """The parser reads "Kinshasa and M23 rebels" as two modifiers of the subject noun: the names
    are the doers' sides (where.py _coordinated_modifier_of_doers), not where they signed."""
    events = pipe.process(Article(text=text, id="t", language="en", published=PUBLISHED)).events
    assert events and all(e.location is None or e.location.name != place for e in events), \
        [(e.type, e.location) for e in events]
