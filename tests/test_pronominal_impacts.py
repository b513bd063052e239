"""A pronominal verb of falling in a compound tense ("deux roquettes se sont abattues sur la
ville"): the auxiliary sits between the pronoun and the verb, and "abattre" alone is a downing.
The rockets fell (an impact typed by the weapon), nothing was shot down, and what fell is no
target (lang/fr/events.yaml "se ... abattre", arguments_settle.PRONOMINAL_DEPS)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


@pytest.mark.parametrize("text", [
    "Deux roquettes se sont abattues jeudi près de l'ambassade américaine à Bagdad, sans faire de victimes.",
    "Plusieurs obus se sont abattus mardi sur le centre de Donetsk.",
])
def test_rockets_that_fell_are_an_impact_not_a_downing(pipe, text: str) -> None:
    article = pipe.process(Article(text=text, id="t", language="fr", published=PUBLISHED))
    events = [e.to_json() for e in article.events]
    assert [e["type"] for e in events] == ["shelling"]
    assert events[0]["targets"] == []


def test_a_downing_still_names_what_was_downed(pipe) -> None:
    text = "La défense aérienne a abattu deux drones russes jeudi au-dessus de Kiev."
    article = pipe.process(Article(text=text, id="t", language="fr", published=PUBLISHED))
    assert [p["name"] for e in article.events for p in e.to_json()["targets"]] == ["Russian drone"]
