"""Roles and places across a headline, an agent's home and a place inside a time entity.

- A role read across a line break is another sentence's: the parser runs a headline into the
  paragraph below it, and the headline's words became the body verb's subject
  (arguments.same_line).
- The place inside the agent of the act ("lancé par les Houthis du Yémen") is where the attackers
  come from, not the scene (arguments_places._acting_subject).
- A time entity run over a name ("in Kyiv overnight" tagged TIME whole) still yields the place
  (where.find_spots, ``time_labels`` in places.yaml).
Sentences written for these tests (fr and en)."""

from __future__ import annotations

import pytest
from helpers import events_of

SUMMONS = [
    ("en", "Lithuania summons Belarusian envoy\n\nLithuania summoned the Belarusian charge d'affaires on "
           "Friday after balloons from Belarus crossed into its airspace, the foreign ministry said.",
     "Lithuania", "Belarus", "Vilnius"),
    ("en", "Azerbaijan summons Russian envoy over drone strike on embassy in Kyiv\n\nAzerbaijan's Foreign "
           "Ministry summoned Russia's ambassador on Friday after a drone damaged the Azerbaijani embassy "
           "in Kyiv overnight, the ministry said.", "Azerbaijan", "Russia", "Baku"),
    ("fr", "L'ambassadeur de Russie convoqué après une frappe sur l'ambassade de Pologne à Kiev\n\n"
           "Varsovie a convoqué vendredi l'ambassadeur de Russie après qu'un missile a endommagé jeudi "
           "l'ambassade de Pologne à Kiev, a annoncé le ministère polonais des Affaires étrangères.",
     "Poland", "Russia", "Warsaw"),
]


@pytest.mark.parametrize(("language", "text", "summoner", "summoned", "seat"), SUMMONS)
def test_headline_words_are_not_the_body_verbs_subject(analyse, language: str, text: str,
                                                        summoner: str, summoned: str, seat: str) -> None:
    protests = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert protests
    for e in protests:
        actors = [p.name for p in e.actors]
        assert summoner in actors, actors
        assert summoned not in actors and not any(summoned in a for a in actors), actors
        assert e.location is not None and e.location.name == seat


AGENT_HOMES = [
    ("fr", "Un drone lancé par les Houthis du Yémen a frappé dimanche un immeuble à Eilat, dans le sud "
           "d'Israël, blessant trois personnes.", "Eilat"),
    ("en", "A drone launched by the Houthis of Yemen struck a building in Eilat in southern Israel on "
           "Sunday, wounding three people.", "Eilat"),
]


@pytest.mark.parametrize(("language", "text", "scene"), AGENT_HOMES)
def test_the_agents_home_is_not_the_scene(analyse, language: str, text: str, scene: str) -> None:
    strikes = [e for e in events_of(analyse, text, language) if e.type == "drone_strike"]
    assert strikes and all(e.location is not None and e.location.name == scene for e in strikes), \
        [(e.type, e.location and e.location.name) for e in strikes]


@pytest.mark.parametrize(("text", "place"), [
    ("A drone damaged a building in Kyiv overnight, the ministry said.", "Kyiv"),
    ("A drone hit a fuel depot in Novorossiysk overnight, the regional governor said.", "Novorossiysk"),
])
def test_a_place_inside_a_time_entity(analyse, text: str, place: str) -> None:
    article = analyse(text, language="en")
    assert place in [m.value.name for m in article.mentions if m.kind == "place"]
    assert "overnight" in [m.text for m in article.mentions if m.kind == "time"]


def test_the_headline_subject_is_not_the_body_verbs_object(analyse) -> None:
    text = ("Gunmen kidnap 30 villagers in Nigeria's Zamfara state\n\nGunmen kidnapped 30 people, mostly "
            "women and children, in an overnight raid on a village in Zamfara state in northwest Nigeria, "
            "police said on Wednesday.")
    events = events_of(analyse, text, "en")
    assert events
    assert all("gunmen" not in [p.name for p in e.targets] for e in events), \
        [(e.type, [p.name for p in e.targets]) for e in events]
    assert any("gunmen" in [p.name for p in e.actors] for e in events)
