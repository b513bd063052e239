""""The country's airspace" told by a state body named by its nationality alone ("l'armée polonaise
a signalé une violation de l'espace aérien du pays", "the Polish army reported a violation of the
country's airspace") is that body's country: the incursion is placed there and the country is its
target, never its actor (a state whose airspace was entered did not enter it, also when the
incursion noun owns it: arguments_settle). The nationality of what crossed never is ("des drones
russes ont violé l'espace aérien du pays": drones are no state body; `state_body_nouns` in
lang/*/places.yaml). Sentences written here from the pattern."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-09-10"


def _events(analyse, language: str, text: str) -> list[dict]:
    article = analyse(text, language, PUBLISHED)
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "country"), [
    ("fr", "Dans la nuit du 9 au 10 septembre, l'armée polonaise a signalé une violation de l'espace aérien "
           "du pays.", "PL"),
    ("fr", "Le ministère moldave de la Défense a indiqué que six drones avaient pénétré dans l'espace aérien "
           "du pays pendant la nuit.", "MD"),
    ("en", "The Polish army reported a violation of the country's airspace overnight.", "PL"),
])
def test_the_country_of_the_reporting_state_body(analyse, language: str, text: str, country: str) -> None:
    events = _events(analyse, language, text)
    assert len(events) == 1, events
    assert (events[0]["location"] or {}).get("country") == country, events[0]["location"]
    assert events[0]["location"]["precision"] == "country"
    assert country not in {a["country"] for a in events[0]["actors"]}, events[0]["actors"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Des drones russes ont violé l'espace aérien du pays dans la nuit."),
])
def test_the_nationality_of_what_crossed_is_no_place(analyse, language: str, text: str) -> None:
    for event in _events(analyse, language, text):
        assert (event["location"] or {}).get("country") != "RU", event["location"]
