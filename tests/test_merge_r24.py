"""Round 24 of the incidents (written from general patterns, published Friday 2025-05-09).

(1) A crowd told in a relative clause is the riot's actor: "des manifestants, qui ont attaqué
plusieurs ambassades à Kinshasa, ont été dispersés" is a riot by the protesters as much as the main
clause "des manifestants ont attaqué ..." (events_riots.antecedent, crowd_antecedent).
(2) An attack noun the passive of a verb of attribution lays on someone ("L'attaque a été attribuée
aux ADF", "The attack was blamed on ...") names the incident told before, as the active form does
(round 23): it joins that incident and gives it its actor (arguments_accused.attributed).
"""

from __future__ import annotations

import pytest
from helpers import events_of

PUBLISHED = "2025-05-09"

# (language, text): a riot whose actor is the crowd the relative pronoun stands for
RELATIVE_CROWDS = [
    ("fr", "Mercredi, des manifestants, qui ont attaqué plusieurs ambassades à Kinshasa, ont été "
     "dispersés par la police."),
    ("fr", "La police a dispersé mardi à Lomé des manifestants, qui ont saccagé le siège du parti au "
     "pouvoir."),
    ("fr", "Jeudi à Bamako, des centaines de manifestants, qui ont pris d'assaut l'ambassade de France, "
     "ont été repoussés par les forces de l'ordre."),
    ("en", "On Wednesday, protesters, who attacked several embassies in Kinshasa, were dispersed by police."),
    ("en", "On Thursday in Dhaka, hundreds of protesters who stormed the Indian embassy were "
     "pushed back by police."),
]


@pytest.mark.parametrize(("language", "text"), RELATIVE_CROWDS)
def test_a_crowd_in_a_relative_clause_rioted(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    riots = [e for e in found if (e.plover or {}).get("mode") == "riot"]
    assert [e.type for e in riots] == ["protest"], [(e.type, e.plover) for e in found]
    assert "protesters" in [p.name for p in riots[0].actors]
    assert not [e for e in found if e.type == "armed_clash"]


# (language, text, the incident's type, its day, its actor): one incident
PASSIVE_ATTRIBUTIONS = [
    ("fr", "Une attaque contre un village du territoire de Beni a fait au moins vingt morts samedi, selon "
     "les autorités locales. L'attaque a été attribuée aux Forces démocratiques alliées (ADF).",
     None, "2025-05-03", "Allied Democratic Forces"),
    ("fr", "Un kamikaze s'est fait exploser lundi dans un marché de Maiduguri, tuant huit personnes. "
     "L'attentat a été attribué au groupe Boko Haram.", "explosion", "2025-05-05", "Boko Haram"),
    ("fr", "Une bombe a explosé mardi près d'un convoi de la police à Quetta, tuant quatre policiers. "
     "L'attentat a été imputé à des séparatistes baloutches.", "explosion", "2025-05-06", "separatists"),
    ("en", "An attack on a village in Beni territory killed at least twenty people on Saturday, local "
     "authorities said. The attack was blamed on the Allied Democratic Forces (ADF), an armed group.",
     None, "2025-05-03", "Allied Democratic Forces"),
    ("en", "A roadside bomb exploded on Tuesday near a police convoy in Quetta, killing four officers. "
     "The attack was attributed to Baloch separatists.", "explosion", "2025-05-06", "separatists"),
    ("en", "A car bomb exploded on Monday outside a market in Mogadishu, killing nine people. The bombing "
     "has been blamed on al-Shabaab.", "explosion", "2025-05-05", "al-Shabaab"),
]


@pytest.mark.parametrize(("language", "text", "kind", "day", "actor"), PASSIVE_ATTRIBUTIONS)
def test_the_passively_attributed_attack_is_the_incident_told_before(
        analyse, language: str, text: str, kind: str | None, day: str, actor: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert len(found) == 1, [(e.type, e.date) for e in found]
    event = found[0]
    assert kind is None or event.type == kind
    assert event.date is not None and event.date.start.isoformat() == day
    assert actor in [p.name for p in event.actors], [p.name for p in event.actors]
