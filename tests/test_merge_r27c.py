"""Round 27, third task of `merge` (which incidents exist): kinds checked with pattern sentences of
our own.

- an ambiguous act noun ("strike", "frappe") that a light verb carries out against a site or a
  country ("Israel launched strikes against nuclear facilities in Iran", "a mené des frappes contre
  des dépôts d'armes") is an act of war with none of its context words (`light_act_verbs`,
  `aimed_prepositions` of lang/*/events.yaml, extract/triggers_aimed.py); a strike against a
  reform stays none.
"""

from __future__ import annotations

import pytest
from helpers import event_types

AIMED = [
    ("en", "Israel launched strikes against nuclear facilities in Iran on Friday."),
    ("en", "On Tuesday, Turkey launched strikes against Kurdish positions in northern Syria."),
    ("en", "The coalition carried out fresh strikes against Yemen on Sunday."),
    ("en", "Israel launched strikes on nuclear facilities in Iran on Friday."),
    ("fr", "Israël a lancé vendredi des frappes contre des installations nucléaires en Iran."),
    ("fr", "Mardi, la Turquie a mené des frappes contre des positions kurdes dans le nord de la Syrie."),
    ("fr", "L'aviation a lancé dimanche des frappes contre des dépôts d'armes près de Hodeïda."),
]


@pytest.mark.parametrize(("language", "text"), AIMED)
def test_a_strike_launched_against_a_site_is_an_incident(analyse, language: str, text: str) -> None:
    assert "air_strike" in event_types(analyse, text, language)


LABOUR = [
    ("en", "Unions launched a strike against the pension reform on Friday."),
    ("en", "Dock workers launched strikes against job cuts in Rotterdam on Monday."),
    ("en", "Unions launched a strike on Monday in France."),
]


@pytest.mark.parametrize(("language", "text"), LABOUR)
def test_a_strike_against_a_reform_stays_none(analyse, language: str, text: str) -> None:
    assert not event_types(analyse, text, language)


# - the victims of a killing verb hung below the weekday before them ("ont tué dimanche 12 insurgés,
#   selon l'armée": "insurgés" parsed as a modifier of "dimanche") are its object: a clash
#   (extract/triggers_day.py, read by triggers.victims_of and triggers_aimed).
DAY_HUNG = [
    ("fr", "Les soldats pakistanais ont tué dimanche 12 insurgés, selon l'armée."),
    ("fr", "Des soldats ont tué jeudi 30 combattants dans la province."),
    ("fr", "Des soldats ont tué jeudi 30 combattants, a indiqué l'armée."),
]


@pytest.mark.parametrize(("language", "text"), DAY_HUNG)
def test_victims_hung_below_the_day_are_the_killing_verbs(analyse, language: str, text: str) -> None:
    assert "armed_clash" in event_types(analyse, text, language)


# - a reactor is what armies report striking ("L'armée israélienne annonce avoir frappé dans la nuit
#   le réacteur à eau lourde d'Arak"): a struck site (`struck_objects` of lang/*/events.yaml) and a
#   target (lang/*/targets.yaml), so the act its doer announces is an incident, not only a claim.
REACTOR = [
    ("fr", "L'armée israélienne annonce avoir frappé dans la nuit le réacteur à eau lourde de Khondab."),
    ("fr", "L'armée de l'air annonce avoir frappé mardi soir le réacteur de recherche de Téhéran."),
    ("en", "The army says it hit the reactor near Isfahan overnight."),
]


@pytest.mark.parametrize(("language", "text"), REACTOR)
def test_a_reactor_struck_by_its_announcer_is_an_incident(analyse, language: str, text: str) -> None:
    assert "air_strike" in event_types(analyse, text, language)
