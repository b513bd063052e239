"""A small town named after its kind ("the village of Sotk", "le village de Sotk") is a place,
however small (where_parts.settled_town): the bare-name scan needs a population floor because a
capitalised word may be a common word, but here the syntax says it is a settlement. Sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "town"), [
    ("en", "Armenia said Azerbaijani troops opened fire on the village of Sotk on Tuesday.", "Sotk"),
    ("en", "Armenia's Foreign Ministry summoned Azerbaijan's ambassador after Azerbaijani troops opened "
           "fire on the village of Sotk, wounding two civilians, the ministry said.", "Sotk"),
    ("fr", "Des soldats azerbaïdjanais ont ouvert le feu mardi sur le village de Sotk, blessant deux "
           "civils, a indiqué Erevan.", "Sotk"),
])
def test_a_village_named_after_its_kind(analyse, language: str, text: str, town: str) -> None:
    article = analyse(text, language=language)
    assert town in [m.value.name for m in article.mentions if m.kind == "place"]
    clashes = [e for e in article.events if e.type == "armed_clash"]
    assert clashes and clashes[0].location is not None and clashes[0].location.name == town



def test_an_alternate_spelling_of_several_words_after_its_kind_is_the_town(pipe) -> None:
    # the model tags the name a person; GeoNames knows it as an alternate of "Bent Jbaïl"
    from datetime import date

    from newsevents.model import Article, Published

    text = ("An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed one person "
            "on Wednesday, Lebanon's health ministry said.")
    article = pipe.process(Article(text=text, id="t", language="en", published=Published(date(2026, 4, 22))))
    places = [e.location for e in article.events if e.location is not None]
    assert places and places[0].country == "LB" and places[0].precision == "city"


@pytest.mark.parametrize(("language", "text", "country"), [
    # after a preposition of place, a small town the model tagged a person is a (weak) place of a
    # country the document is about, not a party
    ("fr", "Un civil a été tué mercredi par une frappe de drone israélienne qui a visé une voiture à Bint "
           "Jbeil, dans le sud du Liban.", "LB"),
])
def test_a_small_town_after_a_place_preposition_is_a_place(analyse, language: str, text: str,
                                                           country: str) -> None:
    article = analyse(text, language=language)
    towns = [m.value for m in article.mentions if m.kind == "place" and m.value.precision == "city"]
    assert towns and towns[0].country == country
    assert not any("Jbeil" in (p.value.name or "") for p in article.mentions if p.kind == "party")
