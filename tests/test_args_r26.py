"""Actors and targets, round 26: patterns of wire copy written for the purpose (stories the
development set lacks: Sahel, Haiti, Myanmar, Sudan, Congo, Red Sea), French and English where
the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _names(parties):
    return [p["name"] for p in parties]


def _all(article, role):
    return {name for e in _events(article) for name in _names(e[role])}


# -- the agent of a nominal act: "fire by X" with no participle between ---------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Mortar fire by the rebel M23 killed three civilians near Goma on Monday.", "en", "M23"),
    ("Shelling by the Rapid Support Forces killed seven people in Omdurman on Tuesday, medics said.",
     "en", "Rapid Support Forces"),
    ("A drone attack by the Houthis damaged a tanker in the Red Sea on Thursday.", "en", "Houthis"),
    ("Des frappes par l'armée birmane ont tué neuf villageois mercredi dans la région de Sagaing.",
     "fr", "Myanmar army"),
])
def test_agent_of_an_attack_noun_is_its_actor(analyse, text, language, actor):
    assert actor in _all(analyse(text, language), "actors"), text
