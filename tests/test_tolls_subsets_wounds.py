"""Tolls of round 8, French and English: a subset that the parser coordinates with the next count
("34 morts, dont deux enfants, et 117 blessés") is no part of that count, and the injured are read
from the complement of a wound noun ("la blessure de douze autres", "the wounding of twelve
others") as the dead are from a death noun; a person noun of several words ("deux casques
bleus") counts people as the object of a casualty verb; a feared toll ("100 people feared dead")
is unknown."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, fatalities, injured) of the one incident
TOLLS = [
    ("fr", "Dimanche, une frappe de missiles sur le centre de Soumy a fait 34 morts, dont deux enfants, "
           "et 117 blessés.", 34, 117),
    ("fr", "Lundi, un bombardement sur Kherson a fait neuf morts, dont trois femmes, et 21 blessés.", 9, 21),
    ("fr", "Mardi, une frappe sur Gaza a tué quatre soldats et deux civils.", 6, None),
    ("fr", "Mardi, les médias ont rapporté la mort de sept personnes et la blessure de douze autres "
           "à la suite d'une attaque à la roquette sur Haïfa.", 7, 12),
    ("en", "On Sunday, a missile strike on Sumy left 34 dead, including two children, and 117 injured.",
     34, 117),
    ("en", "On Monday, shelling of Kherson left nine dead, among them three women, and 21 wounded.", 9, 21),
    ("en", "On Tuesday, local media reported the deaths of seven people and the wounding of twelve "
           "others in a rocket attack on Haifa.", 7, 12),
    # a person noun of several words as the object of a casualty verb
    ("fr", "Jeudi, un tir israélien a blessé deux casques bleus près de Naqoura, dans le sud du Liban.",
     None, 2),
    ("fr", "Jeudi, des tirs ont blessé trois soldats de la paix dans le sud du Liban.", None, 3),
    ("en", "On Thursday, an Israeli strike wounded two security guards near Tyre in southern Lebanon.",
     None, 2),
    # a feared toll is no count (hedge_words)
    ("en", "More than 100 people are feared to have been killed in Tuesday's airstrike by the army on "
           "a village in Sagaing.", None, None),
    ("en", "Five people feared dead after a drone strike on Kharkiv on Tuesday", None, None),
    ("fr", "Mardi, une centaine de personnes, craint-on, ont été tuées dans une frappe aérienne de "
           "l'armée sur un village de Sagaing.", None, None),
    ("en", "On Tuesday, 12 people were killed in an airstrike by the army on a village in Sagaing.",
     12, None),
]


@pytest.mark.parametrize(("language", "text", "fatalities", "injured"), TOLLS)
def test_incident_toll(analyse, language, text, fatalities, injured):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.fatalities, e.injured) for e in events]
    assert (events[0].fatalities, events[0].injured) == (fatalities, injured)
