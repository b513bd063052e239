"""A town's own name after a preposition of place is a place even when the NER tags it an
organisation or a person ("in Eilat" tagged ORG by the small English model, "à Khan Younès" a
person): above where.PLACED_ALTERNATE_POP inhabitants it needs no other evidence in the document.
Sentences written here from the general pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 9, 24))


@pytest.mark.parametrize(("language", "text", "town"), [
    ("en", "A drone crashed into a building in Eilat on Wednesday, wounding 22 people.", "Eilat"),
    ("fr", "L'aviation israélienne a bombardé mercredi des positions à Khan Younès.", "Khān Yūnis"),
])
def test_a_mislabelled_town_after_a_place_preposition_places_the_act(pipe, language: str, text: str,
                                                                      town: str) -> None:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    assert [(e.to_json()["location"] or {}).get("name") for e in article.events] == [town]


@pytest.mark.parametrize(("text", "town"), [
    ("A Houthi drone slammed into Eilat on Wednesday, wounding 22 people.", "Eilat"),
    ("A Russian drone smashed into an apartment block in Odesa on Wednesday.", "Odesa"),
])
def test_a_weapon_slamming_into_a_place_is_an_impact_there(pipe, text: str, town: str) -> None:
    article = pipe.process(Article(text=text, id="t", language="en", published=PUBLISHED))
    assert [(e.to_json()["type"], (e.to_json()["location"] or {}).get("name")) for e in article.events] \
        == [("drone_strike", town)]


def test_a_car_slamming_into_a_crowd_is_no_strike(pipe) -> None:
    text = "A car slammed into a crowd in Berlin on Wednesday."
    article = pipe.process(Article(text=text, id="t", language="en", published=PUBLISHED))
    assert [e.to_json()["type"] for e in article.events] == []


def test_a_city_district_far_from_the_document_s_places_is_no_other_city_s(pipe) -> None:
    """Kherson's "Dniprovskyi district" is not Kyiv's (where.DISTRICT_KM): the minibus struck there
    is the Kherson strike told again, with its wounded."""
    text = ("A Russian drone strike killed three civilians in Kherson in southern Ukraine on Friday, the "
            "governor said. A drone targeted a minibus in the Dniprovskyi district. Two other people were "
            "wounded.")
    article = pipe.process(Article(text=text, id="t", language="en", published=Published(date(2025, 11, 15))))
    events = [e.to_json() for e in article.events]
    assert [(e["type"], (e["location"] or {}).get("name"), e["injured"]) for e in events] \
        == [("drone_strike", "Kherson", 2)]
