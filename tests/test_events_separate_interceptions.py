"""Two general kinds of wire copy, sentences written here from the pattern (French and English):

- a sentence opening on "Separately," / "Par ailleurs," tells another incident: its interceptions
  and bare mentions join no incident told before it, nor take that incident's place;
- an interception told with the attack it stopped names the defender as its subject: the defender
  is no actor of the attack; an interception standing alone (a drone shot down) keeps its shooter.
"""

from __future__ import annotations

import pytest


def _events(analyse, text: str, language: str) -> list:
    return analyse(text, language, "2025-02-03").events


SEPARATE = [
    ("en", "Russian glide bombs hit Kharkiv on Sunday, injuring nine people. Moscow did not comment. "
           "Separately, Ukraine's air force said it shot down 36 of 58 drones launched overnight."),
    ("fr", "Des bombes russes ont frappé Kharkiv dimanche, blessant neuf personnes. Moscou n'a pas commenté. "
           "Par ailleurs, l'armée de l'air ukrainienne a indiqué avoir abattu 36 des 58 drones lancés "
           "pendant la nuit."),
]


@pytest.mark.parametrize(("language", "text"), SEPARATE)
def test_a_separate_sentence_tells_another_incident_in_another_scene(analyse, language, text) -> None:
    events = _events(analyse, text, language)
    assert len(events) == 2, [(e.type, e.location and e.location.name) for e in events]
    strike, drones = sorted(events, key=lambda e: e.type != "drone_strike")[::-1]
    assert strike.location is not None and strike.location.name == "Kharkiv"
    assert drones.type == "drone_strike"
    # neither the strike's town nor the capital that "did not comment" is where the drones flew
    assert drones.location is None or drones.location.name not in ("Kharkiv", "Moscow")


WITHOUT_MARKER = ("Des bombes russes ont frappé Kharkiv dimanche. L'armée de l'air ukrainienne a indiqué "
                  "avoir abattu 36 des 58 drones lancés par la Russie pendant la nuit.")


def test_without_the_marker_the_interception_may_join_the_strike_told_before(analyse) -> None:
    """The marker decides, not the distance: the same two sentences without it stay one incident."""
    assert len(_events(analyse, WITHOUT_MARKER, "fr")) == 1


DEFENDED = [
    ("en", "Russia launched 50 drones at Kyiv overnight. Ukraine's air defence shot down 40 of them, "
           "the air force said.", "Ukrainian air defence"),
    ("en", "Israeli air defences intercepted a drone launched from Yemen over Eilat on Friday.",
     "Israeli air defence"),
]


@pytest.mark.parametrize(("language", "text", "defender"), DEFENDED)
def test_the_defender_of_an_interception_is_no_actor_of_the_attack(analyse, language, text, defender) -> None:
    events = _events(analyse, text, language)
    assert events and all(e.type == "drone_strike" for e in events)
    assert all(defender not in [a.name for a in e.actors] for e in events)


def test_an_interception_standing_alone_keeps_its_shooter(analyse) -> None:
    events = _events(analyse, "L'armée algérienne a abattu un drone malien près de la frontière dans la nuit "
                           "du 31 mars au 1er avril.", "fr")
    assert [a.name for e in events for a in e.actors] == ["Algerian army"]
