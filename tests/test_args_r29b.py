"""Actors and targets, round 29 (second task), in pattern sentences written for the purpose.

1. Who shoots crafts down is no actor of the act the crafts made ("Lithuania shoots down Russian
   drones over its territory" over "drones that entered Lithuanian airspace during a Russian
   attack"): the subject of a downing verb is a defender (arguments_settle.interceptors); the
   launcher stays the actor, and an incident's actor is never also its target
   (arguments_unique.apart_sides).
2. A party fired on ("opened fire on demonstrators", "a ouvert le feu sur des manifestants") is a
   target only, even when a headline's clash named it a side ("soldiers clash with demonstrators"):
   people or things named on both sides are what was fired on (arguments_unique.apart_sides).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-09-12"


def _sides(events) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [p.name for p in e.actors], [p.name for p in e.targets]) for e in events]


# (text, language, the defending state): the headline's downer joins the incursion it ended
DOWNERS = [
    ("Lithuania shoots down Russian drones over its territory\n\n"
     "VILNIUS, Sept 12 (Reuters) - Lithuanian and allied jets shot down several drones that entered "
     "Lithuanian airspace overnight during a Russian attack on western Ukraine, the government said "
     "on Friday.", "en", "Lithuania"),
    ("Lithuania shoots down Russian drones over its territory\n\n"
     "VILNIUS, Sept 12 (Reuters) - Lithuanian and allied jets downed several drones that crossed into "
     "Lithuanian airspace overnight during a Russian attack, the prime minister said on Friday.",
     "en", "Lithuania"),
    ("La Lettonie abat des drones russes au-dessus de son territoire\n\n"
     "RIGA, 12 septembre (AFP) - Des avions lettons et alliés ont abattu dans la nuit plusieurs drones "
     "qui avaient pénétré dans l'espace aérien letton lors d'une attaque russe contre l'Ukraine, a "
     "annoncé vendredi le gouvernement.", "fr", "Latvia"),
]


@pytest.mark.parametrize(("text", "lang", "state"), DOWNERS)
def test_who_downs_the_crafts_is_not_also_their_target(analyse, text, lang, state):
    events = analyse(text, lang, PUBLISHED).events
    assert events, "the incident is lost"
    for e in events:
        actors, targets = {p.name for p in e.actors}, {p.name for p in e.targets}
        assert not actors & targets, _sides(events)
    # the incursion's doer is the launcher, never the state whose jets downed the crafts
    struck = [e for e in events if e.type in ("drone_strike", "air_strike")]
    assert all(state not in [p.name for p in e.actors] for e in struck), _sides(events)


# (text, language, who was fired on): a clash in the headline, the firing in the body
FIRED_ON = [
    ("Togo: three killed as soldiers clash with demonstrators\n\n"
     "LOME, June 27 (Reuters) - Three people were killed on Thursday when soldiers opened fire on "
     "demonstrators in Lome, a rights group said.", "en", "protesters"),
    ("Cameroun : quatre morts dans des affrontements entre la police et des manifestants\n\n"
     "DOUALA, 27 octobre (AFP) - Quatre personnes ont été tuées lundi à Douala lorsque la police a "
     "ouvert le feu sur des manifestants, a indiqué une ONG locale.", "fr", "protesters"),
]


@pytest.mark.parametrize(("text", "lang", "victims"), FIRED_ON)
def test_who_is_fired_on_is_a_target_only(analyse, text, lang, victims):
    events = analyse(text, lang, PUBLISHED).events
    hit = [e for e in events if victims in [p.name for p in e.targets]]
    assert hit, _sides(events)
    assert all(victims not in [p.name for p in e.actors] for e in hit), _sides(events)
