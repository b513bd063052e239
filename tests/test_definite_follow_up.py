"""A definite noun that is the subject of the sentence after an incident ("La frappe a eu lieu à
X", "The attack took place near X") names that incident again: the words its trigger requires
(a weapon, a toll) are in the sentence before, so the follow-up is read and its place refines the
incident's (triggers._told_before). Sentences written here from the general pattern; publication
Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _events(pipe, text: str, language: str) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "town"), [
    ("fr", "Au moins trois civils ont été tués jeudi dans une frappe de missile russe dans l'est de "
           "l'Ukraine. La frappe a eu lieu à Kramatorsk.", "Kramatorsk"),
    ("fr", "Deux soldats ont été blessés mercredi par des tirs de roquette dans le sud du Liban, selon "
           "l'armée. L'attaque s'est produite près de Tyr.", "Tyre"),
    ("fr", "Une frappe de drone a tué cinq personnes vendredi dans le nord du pays. La frappe a touché un "
           "marché de Kaya.", "Kaya"),
])
def test_a_definite_follow_up_places_the_incident_told_before(pipe, language: str, text: str,
                                                              town: str) -> None:
    events = _events(pipe, text, language)
    assert len(events) == 1
    assert (events[0]["location"] or {}).get("name") == town


@pytest.mark.parametrize(("language", "text"), [
    # the noun as a statement's topic is no report of the act: the statement's day is not the act's
    ("en", "On Monday, nine prisoners were exchanged for a mayor, officials said. The ministry on Wednesday "
           "confirmed the swap but denied any other had taken place."),
    # after a blank line the definite noun opens another topic: nothing it requires is there
    ("fr", "Trois civils ont été tués jeudi par un missile à Kharkiv.\n\nLa frappe est devenue un sujet de "
           "débat au Parlement."),
])
def test_no_second_incident_from_a_definite_noun_that_tells_nothing(pipe, language: str, text: str) -> None:
    assert len(_events(pipe, text, language)) == 1
