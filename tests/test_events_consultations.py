"""Meetings and calls of the news (consultations): a council that met, a telephone call, an envoy
who discussed a matter with officials. Sentences written from general patterns of diplomatic
news, French and English; each runs the whole pipeline (`analyse`, published Saturday 2025-11-15)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

CONSULTATIONS = [
    ("fr", "Le Conseil de sécurité nationale s'est réuni lundi soir à Téhéran.", date(2025, 11, 10)),
    ("fr", "L'émissaire américain a discuté jeudi de la situation dans le sud avec des "
           "responsables libanais.",
     date(2025, 11, 13)),
    ("en", "The Supreme National Security Council met late on Monday in Tehran.", date(2025, 11, 10)),
    ("en", "Later on Tuesday, the president held a telephone call with his Syrian counterpart.",
     date(2025, 11, 11)),
    ("en", "The US envoy discussed the situation in the south with senior Lebanese officials on Thursday.",
     date(2025, 11, 13)),
]


@pytest.mark.parametrize(("language", "text", "day"), CONSULTATIONS)
def test_meeting_or_call_is_a_consultation(analyse, language, text, day):
    found = [e for e in events_of(analyse, text, language) if e.type == "consultation"]
    assert [(e.date.start, e.date.inferred) for e in found] == [(day, False)]


NOT_CONSULTATIONS = [
    ("fr", "Les manifestants se sont réunis mardi devant la mairie."),
    ("en", "The committee met its targets last year."),
]


@pytest.mark.parametrize(("language", "text"), NOT_CONSULTATIONS)
def test_other_gatherings_are_no_consultation(analyse, language, text):
    assert "consultation" not in {e.type for e in events_of(analyse, text, language)}


# round 6: meeting the wounded or the bereaved is a visit; a meeting told as the scene of a strike
# ("the hall where leaders were meeting") is no consultation of its own
VISITS_AND_SCENES = [
    ("en", "The minister, who met with the injured at the hospital on Tuesday, praised the doctors.", []),
    ("en", "The foreign minister met the families of the victims on Tuesday.", []),
    ("fr", "Le ministre a rencontré les blessés à l'hôpital mardi.", []),
    ("fr", "Le ministre a rencontré mardi les familles des victimes.", []),
    ("en", "A jet dropped a bomb directly onto the hall where community leaders were meeting.",
     ["air_strike"]),
    ("en", "The president met with his French counterpart on Tuesday.", ["consultation"]),
    ("fr", "Le président a rencontré mardi son homologue français.", ["consultation"]),
]


@pytest.mark.parametrize(("language", "text", "types"), VISITS_AND_SCENES)
def test_visits_and_scenes_are_no_consultations(analyse, language, text, types):
    assert sorted(e.type for e in events_of(analyse, text, language)) == types
