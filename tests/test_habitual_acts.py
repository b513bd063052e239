"""An act told as a habit of the war ("the city is shelled almost daily", "chaque nuit") is no
incident of its own (qualifiers.habitual, `habitual_words` in lang/*/events.yaml), while the one-off
act beside it still is. Sentences written here from the general pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _events(pipe, text: str, language: str) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The city, retaken by Ukraine in November 2022, is shelled almost daily from the Russian-held "
           "left bank of the river."),
    ("en", "Russian forces regularly shell the town."),
    ("en", "Drones attack the region every night."),
    ("en", "Russia's daily attacks on Kharkiv have killed hundreds."),
    ("fr", "La ville est bombardée quasi quotidiennement depuis la rive gauche du fleuve."),
    ("fr", "Kharkiv a régulièrement été la cible d'attaques."),
    ("fr", "Les drones russes frappent chaque nuit les villes ukrainiennes."),
    ("fr", "Les forces russes bombardent régulièrement la ville."),
])
def test_an_act_told_as_a_habit_is_no_incident(pipe, language: str, text: str) -> None:
    assert _events(pipe, text, language) == []


@pytest.mark.parametrize(("language", "text", "type_"), [
    ("en", "The town is shelled almost daily. On Wednesday, Russian shelling killed three civilians in "
           "Kherson.", "shelling"),
    ("fr", "La ville est bombardée presque tous les jours. Mardi, une frappe russe a tué trois civils à "
           "Kherson.", "air_strike"),
    ("en", "Russian shelling killed three civilians in Kherson on Wednesday, the governor said.", "shelling"),
])
def test_the_one_off_act_beside_a_habit_is_still_an_incident(pipe, language: str, text: str,
                                                            type_: str) -> None:
    events = _events(pipe, text, language)
    assert [e["type"] for e in events] == [type_]
    assert events[0]["fatalities"] == 3 and events[0]["location"]["name"] == "Kherson"
