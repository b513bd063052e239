"""How armies tell their own strikes: "its forces destroyed a military airfield with Iskander
missiles", "l'armée a détruit un dépôt d'armes" are strikes typed by the weapon used, else a
struck site (the `on_site` of "destroy"/"détruire" in lang/*/events.yaml); a weapon destroyed is
one downed ("destroyed 41 drones", "41 drones ont été détruits": `object_destroyed`), and a fire
or a flood destroying houses is no strike. Sentences written here from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 10, 8))


def _types(pipe, language: str, text: str) -> list[str]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json()["type"] for e in article.events]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Russia's defence ministry said on Wednesday that its forces had destroyed a military airfield in "
           "Kramatorsk with Iskander missiles overnight.", ["missile_strike"]),
    ("fr", "Le ministère russe de la Défense a affirmé mercredi que ses forces avaient détruit un aérodrome "
           "militaire à Kramatorsk avec des missiles Iskander.", ["missile_strike"]),
    ("en", "Israeli jets destroyed a Hezbollah weapons depot in southern Lebanon on Tuesday, the army said.",
     ["air_strike"]),
    ("fr", "L'armée israélienne a détruit mardi un dépôt d'armes du Hezbollah dans le sud du Liban.",
     ["air_strike"]),
    ("en", "A Russian missile destroyed a school in Kharkiv on Tuesday.", ["missile_strike"]),
    ("fr", "Un missile russe a détruit une école à Kharkiv mardi.", ["missile_strike"]),
])
def test_forces_destroying_a_site_strike_it(pipe, language: str, text: str, expected: list[str]) -> None:
    assert _types(pipe, language, text) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Russian air defences destroyed 41 Ukrainian drones over the Belgorod region overnight, the "
           "ministry said."),
    ("fr", "La défense antiaérienne russe a détruit 41 drones ukrainiens au-dessus de la région de Belgorod "
           "dans la nuit."),
    ("fr", "41 drones ukrainiens ont été détruits dans la nuit au-dessus de la région de Belgorod."),
    ("en", "The fire destroyed three houses in the village on Tuesday."),
    ("fr", "L'incendie a détruit trois maisons du village mardi."),
])
def test_weapons_destroyed_and_fires_are_no_strike(pipe, language: str, text: str) -> None:
    assert not [t for t in _types(pipe, language, text) if t.endswith("strike")]
