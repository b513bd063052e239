"""An act named as one of the hypotheses under examination is not reported as having happened
("deux hypothèses sont vérifiées : l'explosion d'une roquette ou l'attaque d'un dépôt", "the theory
of a drone attack"): no incident of its own (qualifiers.supposed, hypothesis nouns of
lang/*/claims.yaml). The killing of a commander told by a noun ("l'élimination d'un commandant",
"the targeted killing of a commander") is an incident. Sentences written here from the general
pattern; publication Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _types(pipe, text: str, language: str) -> list[str]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json()["type"] for e in article.events]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Selon des sources militaires, deux hypothèses sont examinées : l'explosion mardi d'une roquette "
           "tirée depuis Gaza ou une frappe de l'aviation mardi sur un dépôt de munitions à Khan Younès."),
    ("fr", "Les enquêteurs privilégient l'hypothèse d'une frappe de drone mardi sur le dépôt de Kherson."),
    ("en", "Investigators are weighing two theories: a rocket that misfired on Tuesday or an air strike on "
           "Tuesday on a nearby ammunition depot in Khan Younis."),
    ("en", "Police are pursuing the theory of a drone attack on Tuesday on the fuel depot in Kherson."),
])
def test_an_act_named_as_a_hypothesis_is_no_incident(pipe, language: str, text: str) -> None:
    assert _types(pipe, text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "L'armée israélienne a confirmé mardi l'élimination à Gaza d'Ayman Saleh, commandant d'une "
           "brigade du Hamas."),
    ("en", "The army confirmed on Tuesday the targeted killing of a Hamas commander in Gaza City."),
])
def test_the_killing_of_a_commander_is_an_incident(pipe, language: str, text: str) -> None:
    assert _types(pipe, text, language) == ["other"]
