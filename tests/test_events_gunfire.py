"""Gunfire told with a noun ("le tir d'un char sur la tour", "des tirs israéliens") or with the
participle of "ouvrir le feu": an incident typed by its weapon. French data (English "fire" and
"open fire" were already covered); each runs the whole pipeline (published Saturday 2025-11-15)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

GUNFIRE = [
    ("Mardi, deux soldats ont été blessés par le tir d'un char israélien sur une tour "
     "d'observation à Naqoura.", "shelling"),
    ("Mercredi, les soldats avaient volontairement ouvert le feu sur les caméras de la position.",
     "armed_clash"),
]


@pytest.mark.parametrize(("text", "type_"), GUNFIRE)
def test_gunfire_is_an_incident(analyse, text, type_):
    found = events_of(analyse, text, "fr")
    assert [(e.type, e.date.inferred) for e in found] == [(type_, False)]
    assert found[0].date.start in {date(2025, 11, 11), date(2025, 11, 12)}


NOT_GUNFIRE = [
    "Le tir au but a décidé du match samedi.",
    "Le tir à l'arc est un sport olympique.",
]


@pytest.mark.parametrize("text", NOT_GUNFIRE)
def test_other_shots_are_no_incident(analyse, text):
    assert events_of(analyse, text, "fr") == []
