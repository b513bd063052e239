"""A side's answer told by a verb coordinated after a verb of response ("Pakistani troops responded
and destroyed several posts") is that answer, another incident than the act it answers, not the
act answered (qualifiers._coordinated_answer). A site ground forces destroyed or hit, weapon
unnamed, is no air strike: a ground assault (`ground_forces` in lang/*/events.yaml,
`ground_site_type` in data/event_types.yaml, events_typing._ground_doer); an army that says it
destroyed a site still struck it. Sentences written here from the general pattern; publication
Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))
SHELLED = ("Four civilians were killed when Indian troops shelled villages along the Line of Control on "
           "Wednesday night, the military said. ")


def _events(pipe, text: str, language: str) -> list[tuple[str, list[str]]]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return sorted((e.to_json()["type"], [a["name"] for a in e.to_json()["actors"]]) for e in article.events)


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("en", "Pakistani troops responded by destroying several Indian posts on Thursday.", "armed_clash"),
    ("en", "Russian soldiers destroyed an ammunition depot near Pokrovsk on Thursday, the ministry said.",
     "armed_clash"),
    ("fr", "Les soldats russes ont détruit jeudi un dépôt de munitions près de Pokrovsk, a affirmé "
     "le ministère.", "armed_clash"),
    # no ground force named: the army's own strike, weapon unnamed
    ("en", "The army said it had destroyed an ammunition depot near Pokrovsk on Thursday.", "air_strike"),
])
def test_a_site_ground_forces_destroyed_is_no_air_strike(pipe, language: str, text: str, kind: str) -> None:
    assert [k for k, _ in _events(pipe, text, language)] == [kind]


@pytest.mark.parametrize("answer", [
    "Pakistani troops responded effectively and destroyed several Indian posts.",
    "Pakistani troops responded by destroying several Indian posts.",
])
def test_the_answer_is_an_incident_of_its_own(pipe, answer: str) -> None:
    events = _events(pipe, SHELLED + answer, "en")
    assert ("shelling", ["Indian troops"]) in events
    assert [k for k, _ in events] == ["armed_clash", "shelling"]
