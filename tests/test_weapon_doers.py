"""A weapon that kills or wounds is an incident typed by that weapon ("Un missile a tué trois
personnes", "Three people were killed by a shell", "the drone that wounded two civilians"): the
casualty verbs are impact triggers typed only by their doer (`by_weapon` in lang/*/events.yaml,
events_typing._typed_by_doer), so a war, a conflict or soldiers killing is not read as a weapon's
act. Sentences written here from the general pattern; publication Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _events(pipe, text: str, language: str) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "kind", "day", "town"), [
    ("fr", "Un missile a tué trois personnes jeudi à Zaporijia.", "missile_strike", "2025-11-13",
     "Zaporizhzhya"),
    ("fr", "Deux civils ont été blessés vendredi par des éclats d'obus à Kherson.", "shelling", "2025-11-14",
     "Kherson"),
    ("fr", "Quatre personnes ont été tuées mercredi par un drone à Odessa.", "drone_strike", "2025-11-12",
     "Odesa"),
    ("en", "A missile killed three people in Zaporizhzhia on Thursday.", "missile_strike", "2025-11-13",
     "Zaporizhzhya"),
    ("en", "Three people were killed by an artillery shell in Kherson on Friday.", "shelling", "2025-11-14",
     "Kherson"),
    ("en", "Drones wounded five people on Wednesday in Odesa, the governor said.", "drone_strike",
     "2025-11-12", "Odesa"),
])
def test_a_weapon_that_kills_or_wounds_is_an_incident(pipe, language: str, text: str, kind: str, day: str,
                                                      town: str) -> None:
    events = _events(pipe, text, language)
    assert [(e["type"], e["date"]["start"], (e["location"] or {}).get("name")) for e in events] \
        == [(kind, day, town)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le conflit a tué des dizaines de milliers de civils depuis 2022."),
    ("fr", "La maladie a tué trois enfants jeudi à Kaya."),
    ("en", "The war has killed tens of thousands of civilians since 2022."),
    ("en", "A fever killed three children in the camp on Thursday."),
])
def test_no_weapon_as_doer_no_incident(pipe, language: str, text: str) -> None:
    assert _events(pipe, text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Un drone kamikaze a blessé deux civils vendredi à Kherson."),
    ("en", "A kamikaze drone wounded two civilians in Kherson on Friday."),
])
def test_a_party_word_inside_a_weapon_name_is_no_actor(pipe, language: str, text: str) -> None:
    events = _events(pipe, text, language)
    assert [e["type"] for e in events] == ["drone_strike"]
    assert all(p["name"] != "suicide bomber" for p in events[0]["actors"])


@pytest.mark.parametrize("text", [
    "Israel said its jets struck a weapons depot in southern Lebanon on Thursday.",
    "The army said its jets hit a rebel base near Kaya on Thursday.",
])
def test_an_army_s_jets_type_a_strike_told_by_the_army(pipe, text: str) -> None:
    assert [e["type"] for e in _events(pipe, text, "en")] == ["air_strike"]
