"""The noun of an act done to a person names its victim by its "de"/"of" complement
("l'assassinat d'Ahmed X, un commandant du groupe", "the assassination of Ahmed X"): the victim
is the target, and neither he nor the group he is described with is the actor
(`patient_nouns` in lang/*/arguments.yaml, arguments_settle.settle_parties). Sentences written
here from the general pattern; publication Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "L'assassinat mardi à Beyrouth d'Ahmed Saleh, un commandant du Hezbollah, a provoqué la colère."),
    ("en", "The assassination of Ahmed Saleh, a Hezbollah commander, in Beirut on Tuesday drew "
           "condemnation."),
])
def test_the_victim_of_a_killing_noun_is_its_target_not_its_actor(pipe, language: str, text: str) -> None:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    events = [e.to_json() for e in article.events]
    assert len(events) == 1
    assert "Ahmed Saleh" in [p["name"] for p in events[0]["targets"]]
    assert not {"Ahmed Saleh", "Hezbollah"} & {p["name"] for p in events[0]["actors"]}
