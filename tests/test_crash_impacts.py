"""What crashes into a place is the verb's subject itself ("a drone crashed into an apartment block",
"un drone s'est écrasé jeudi sur un immeuble"): a drone or a missile that crashes struck the place,
a plane or a helicopter that crashes had an accident (`crash: true` triggers, typed by a munition
and never by a platform of data/event_types.yaml `crash_platforms` nor by a modifier). French
tells it with the pronominal verb only ("l'armée a écrasé la rébellion" is no fall).
Sentences written here from the pattern."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-12"


def _events(analyse, language: str, text: str) -> list[dict]:
    article = analyse(text, language, PUBLISHED)
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "kind", "place"), [
    ("fr", "Un drone s'est écrasé jeudi sur un immeuble d'habitation de Galati, dans l'est de la Roumanie, "
           "blessant deux personnes.", "drone_strike", "Gala"),
    ("fr", "Deux drones russes se sont écrasés sur des immeubles de Chisinau.", "drone_strike", "Chi"),
    ("fr", "Un missile s'est écrasé contre un entrepôt de Lviv mercredi.", "missile_strike", "Lviv"),
    ("en", "A drone crashed into an apartment block in Galati on Thursday, injuring two people.",
     "drone_strike", "Gala"),
])
def test_a_munition_that_crashes_into_a_place_struck_it(analyse, language: str, text: str, kind: str,
                                                       place: str) -> None:
    events = _events(analyse, language, text)
    assert [e["type"] for e in events] == [kind], events
    assert (events[0]["location"] or {}).get("name", "").startswith(place), events[0]["location"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Un avion de tourisme s'est écrasé jeudi sur une maison près de Lyon."),
    ("fr", "Un hélicoptère militaire s'est écrasé jeudi contre une colline près de Lviv."),
    ("fr", "L'armée a écrasé jeudi la rébellion sur tout le territoire avec des chars."),
    ("fr", "Le camion s'est écrasé sur le mur de l'usine."),
    ("en", "A military helicopter crashed into a field near Lviv on Thursday."),
    ("en", "A small plane crashed into a house in Texas on Thursday, killing two people."),
])
def test_a_platform_or_a_vehicle_that_crashes_is_no_strike(analyse, language: str, text: str) -> None:
    assert _events(analyse, language, text) == []
