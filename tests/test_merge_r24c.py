"""Incidents from the lead's round-24 probe articles (third task of 'merge').

1. Ramming at sea in French: "percuter" / "heurter" a vessel with a force in the clause is the
   harassment at sea English tells with "ram" (lang/fr/events.yaml), not a road accident.
"""

from __future__ import annotations

import pytest
from helpers import events_of

RAMMING = [
    ("fr", "Un navire des garde-côtes chinois a percuté lundi matin un bateau des garde-côtes philippins "
     "près de l'atoll de Sabina, a annoncé Manille."),
    ("fr", "Un patrouilleur de la marine vietnamienne a heurté mardi un chalutier de pêche chinois au large "
     "des îles Paracel, a indiqué Pékin."),
    ("en", "A Chinese coast guard ship rammed a Philippine coast guard vessel near Sabina Shoal on Monday "
     "morning, Manila said."),
]
NO_RAMMING = [
    ("fr", "Un camion a percuté lundi un bateau de plaisance stationné sur une remorque à Brest, sans faire "
     "de blessé."),
]


@pytest.mark.parametrize(("language", "text"), RAMMING)
def test_ramming_a_vessel_is_an_incident(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2026-12-09")
    assert [e.type for e in found] == ["other"], [(e.type, e.date) for e in found]


@pytest.mark.parametrize(("language", "text"), NO_RAMMING)
def test_a_road_accident_against_a_boat_is_none(analyse, language: str, text: str) -> None:
    assert not events_of(analyse, text, language, "2026-12-09")
