"""Targets of incidents, French and English: what the attack hit, kept as the phrase in the text and
named in English from the target lexicon (lang/<code>/targets.yaml). Whole pipeline (`analyse`);
sentences written from the general patterns of conflict reporting."""

from __future__ import annotations

import pytest
from helpers import events_of


def _target_names(analyse, text: str, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(analyse, text, language) if e.type not in ("diplomatic_protest",)]
    return [p.name.lower() for e in events for p in e.targets]


# (language, text, a word the English name of one target must contain)
TARGETS = [
    ("fr", "Mardi, une frappe russe a touché une zone résidentielle de Kharkiv.", "residential area"),
    ("fr", "Le 3 mai, un missile s'est abattu sur le centre-ville de Dnipro.", "city centre"),
    ("fr", "Une frappe de drone a visé une mosquée d'El Fasher vendredi.", "mosque"),
    ("fr", "Jeudi, des obus ont frappé un camp de déplacés près de Goma.", "displaced"),
    ("fr", "Dimanche, un drone a frappé un hôtel du centre de Kharkiv.", "hotel"),
    ("fr", "Lundi, l'aviation a bombardé l'aérodrome militaire de Koursk.", "airfield"),
    ("fr", "Samedi, un missile a touché une aire de jeux à Kryvy Rih.", "playground"),
    ("fr", "Des frappes ont visé mardi des installations militaires près de Lviv.", "military installations"),
    ("en", "On Tuesday a Russian strike hit a residential area of Kharkiv.", "residential area"),
    ("en", "On 3 May a missile struck the city centre of Dnipro.", "city centre"),
    ("en", "A drone strike hit a mosque in El Fasher on Friday.", "mosque"),
    ("en", "Shells struck a camp for displaced people near Goma on Thursday.", "displaced"),
    ("en", "On Sunday a drone hit a hotel in central Kharkiv.", "hotel"),
    ("en", "On Monday jets bombed a military airfield near Kursk.", "airfield"),
    ("en", "On Saturday a missile hit a playground in Kryvyi Rih.", "playground"),
    ("en", "Air strikes on Tuesday targeted military installations near Lviv.", "military installations"),
]


@pytest.mark.parametrize(("language", "text", "expected"), TARGETS)
def test_target_noun_is_a_named_target(analyse, language, text, expected):
    names = _target_names(analyse, text, language)
    assert any(expected in n for n in names), names


# a town after a facility noun is where the facility stands: it stays the incident's place
SCENES = [
    ("fr", "Dimanche, une frappe russe a touché le centre-ville de Soumy.", "Sumy"),
    ("fr", "Mardi, un missile a frappé l'hôpital de Kharkiv.", "Kharkiv"),
    ("en", "On Sunday a Russian strike hit the city centre of Sumy.", "Sumy"),
]


@pytest.mark.parametrize(("language", "text", "place"), SCENES)
def test_town_of_a_facility_is_the_place(analyse, language, text, place):
    events = [e for e in events_of(analyse, text, language)]
    assert events and all(e.location is not None and e.location.name == place for e in events), \
        [(e.type, e.location) for e in events]
