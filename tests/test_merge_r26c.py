"""Round 26, third task (missed incidents): pattern sentences of kinds the engineers saw this round.

- armed doers destroying a site ("des hommes armés ont fait sauter un pont", "gunmen set fire to a
  police station", "des jihadistes ont incendié le commissariat"): an attack on property, dated and
  placed, is an incident; the same verbs of a crowd stay mob violence (lang/*/events.yaml,
  `armed_doers`), and the same verbs with no armed doer, or only feared, give none; told with a
  killing (coordinated, or in the next sentence) the burning is part of that attack
  (extract/events_coordinated.py, `consequence`);
- a thing of the victims hit with no weapon named, in the sentence after the attack ("Leur véhicule
  a été pris pour cible vers 15 heures", "Their vehicle was targeted at around 3 p.m."): the attack
  told again, so its clock reaches that incident (extract/events_struck.py); alone it is none.
"""

from __future__ import annotations

import pytest
from helpers import events_of

SITES = [
    ("fr", "Pont détruit près de Beni\n\nKINSHASA, 12 mars 2026 (AFP) - Des hommes armés ont fait sauter un "
     "pont sur la route de Beni jeudi, coupant l'accès à la ville, selon les autorités locales."),
    ("fr", "Commissariat incendié\n\nBAMAKO, 12 mars 2026 (AFP) - Des hommes armés ont incendié le "
     "commissariat de Niono mercredi soir, a indiqué la gendarmerie."),
    ("fr", "École incendiée\n\nBAMAKO, 12 mars 2026 (AFP) - Des jihadistes ont mis le feu à une école de "
     "Ménaka mardi, selon des sources locales."),
    ("en", "Bridge destroyed\n\nMOGADISHU, March 12, 2026 (Reuters) - Militants blew up a bridge near Jowhar "
     "on Thursday, cutting the main supply road, local officials said."),
    ("en", "Police station burned\n\nLAGOS, March 12, 2026 (Reuters) - Gunmen set fire to a police station "
     "in Okene on Wednesday night, police said."),
    ("en", "School burned\n\nABUJA, March 12, 2026 (Reuters) - Suspected jihadists torched a primary school "
     "in Gwoza on Tuesday, police said."),
    ("en", "Church burned\n\nABUJA, March 12, 2026 (Reuters) - Gunmen burned down a church in Kajuru "
     "on Sunday, police said."),
    ("en", "Market burned\n\nABUJA, March 12, 2026 (Reuters) - Bandits set ablaze a market in Kajuru on "
     "Sunday, police said."),
    ("fr", "Pylône détruit\n\nBAMAKO, 12 mars 2026 (AFP) - Des jihadistes ont dynamité un pylône électrique "
     "près de Ségou jeudi, selon les autorités."),
    ("fr", "Pont détruit\n\nBAMAKO, 12 mars 2026 (AFP) - Le pont de Sofara a été dynamité par des hommes "
     "armés jeudi, selon les autorités."),
]


@pytest.mark.parametrize(("language", "text"), SITES)
def test_armed_doers_destroying_a_site_is_an_incident(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2026-03-12")
    assert len(found) == 1, [(e.type, e.trigger) for e in found]
    assert found[0].type != "protest" and found[0].date


NONE = [
    ("fr", "Craintes dans la région\n\nPARIS, 12 mars 2026 (AFP) - Le gouvernement craint que des groupes "
     "armés ne fassent sauter les ponts de la région."),
    ("fr", "Menaces\n\nPARIS, 12 mars 2026 (AFP) - Les rebelles menacent d'incendier les villages."),
    ("en", "Fire at a farm\n\nLONDON, March 12, 2026 (Reuters) - A farmer set fire to a barn in Kent on "
     "Tuesday to clear it, officials said."),
]


@pytest.mark.parametrize(("language", "text"), NONE)
def test_no_armed_doer_or_a_fear_is_no_site_attack(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2026-03-12")
    assert not found, [(e.type, e.trigger) for e in found]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Émeutes\n\nOUAGADOUGOU, 12 mars 2026 (AFP) - Des manifestants ont incendié le commissariat de "
     "Koudougou mercredi soir, a indiqué la police."),
    ("en", "Riots\n\nLAGOS, March 12, 2026 (Reuters) - Protesters set fire to a police station in Okene on "
     "Wednesday night, police said."),
    ("fr", "Émeutes\n\nDAKAR, 12 mars 2026 (AFP) - Des manifestants ont manifesté et pillé des magasins à "
     "Ziguinchor dimanche, selon la police."),
])
def test_a_crowd_burning_a_site_stays_mob_violence(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2026-03-12")
    assert [e.type for e in found] == ["protest"], [(e.type, e.trigger) for e in found]


STRUCK = [
    ("fr", "Embuscade près de Niono\n\nBAMAKO, 12 mars 2026 (AFP) - Trois soldats ont été tués dans une "
     "embuscade près de Niono mercredi. Leur véhicule a été pris pour cible vers 15 heures, a précisé "
     "l'armée."),
    ("fr", "Embuscade près de Djibo\n\nOUAGADOUGOU, 12 mars 2026 (AFP) - Deux gendarmes ont été tués mardi "
     "dans une attaque près de Djibo. Leur convoi a été visé vers 10 heures, selon une source sécuritaire."),
    ("en", "Attack near Ayorou\n\nNIAMEY, March 12, 2026 (Reuters) - Four soldiers were killed in an attack "
     "near Ayorou on Tuesday. Their convoy was hit at about 6 a.m., the army said."),
    ("en", "Ambush near Tillaberi\n\nNIAMEY, March 12, 2026 (Reuters) - Three soldiers were killed in an "
     "ambush near Tillaberi on Wednesday. Their vehicle was targeted at around 3 p.m., the army said."),
]


@pytest.mark.parametrize(("language", "text"), STRUCK)
def test_a_possessed_thing_targeted_after_the_attack_gives_it_its_clock(analyse, language: str,
                                                                          text: str) -> None:
    found = events_of(analyse, text, language, "2026-03-12")
    assert len(found) == 1, [(e.type, e.trigger) for e in found]
    assert found[0].date is not None and found[0].date.time is not None, found[0].date


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Sécurité\n\nBAMAKO, 12 mars 2026 (AFP) - Le ministre a tenu une réunion mercredi. Leur véhicule "
     "a été pris pour cible vers 15 heures, a précisé l'armée."),
    ("en", "Security\n\nNIAMEY, March 12, 2026 (Reuters) - The minister held a meeting on Wednesday. Their "
     "vehicle was targeted at around 3 p.m., the army said."),
    ("en", "Ambush near Ayorou\n\nNIAMEY, March 12, 2026 (Reuters) - Four soldiers were killed in an attack "
     "near Ayorou on Tuesday. Their families were targeted in a smear campaign last year, relatives said."),
    ("fr", "Attaque près de Douentza\n\nBAMAKO, 12 mars 2026 (AFP) - Quatre soldats ont été tués lors d'une "
     "attaque près de Douentza mardi. Leurs familles avaient été prises pour cible l'an dernier, selon "
     "leurs proches."),
])
def test_a_possessed_thing_targeted_with_no_attack_before_is_none(analyse, language: str, text: str) -> None:
    """No attack before, or a date of its own ("last year"): no incident of the hit; only the attack
    before, on its own day (Tuesday, 2026-03-10), stays one."""
    found = [e for e in events_of(analyse, text, language, "2026-03-12") if e.type != "consultation"]
    assert all(e.date and e.date.start.isoformat() == "2026-03-10" and e.date.time is None for e in found), \
        [(e.type, e.trigger, e.date) for e in found]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Village attaqué\n\nBAMAKO, 12 mars 2026 (AFP) - Des hommes armés ont incendié des maisons et tué "
     "cinq villageois près de Ségou dimanche, selon des sources locales."),
    ("en", "Village attacked\n\nABUJA, March 12, 2026 (Reuters) - Gunmen killed five villagers and set fire "
     "to houses in Kajuru on Sunday, police said."),
    ("en", "Village attacked\n\nABUJA, March 12, 2026 (Reuters) - Gunmen attacked the village of Kajuru on "
     "Sunday, killing five people. The attackers also torched several houses, police said."),
])
def test_a_burning_told_with_a_killing_is_part_of_that_attack(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2026-03-12")
    assert [e.type for e in found] == ["attack_on_civilians"], [(e.type, e.trigger, e.date) for e in found]
    assert found[0].date is not None and found[0].date.start.isoformat() == "2026-03-08"
