"""Actors and targets, round 26 (second task): kinds the lead's probe articles showed, checked with
sentences written for the purpose (Congo, Sahel, Sudan, Somalia, Nigeria, Myanmar), French and
English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _all(article, role):
    return {p["name"] for e in _events(article) for p in e[role]}


# -- a national army named by its acronym is a party ("les FARDC", "the SAF") ---------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Des affrontements entre les FARDC et les ADF ont fait neuf morts lundi près de Beni.", "fr",
     "Congolese army"),
    ("Les FAMa ont bombardé mardi des positions du JNIM près de Léré.", "fr", "Malian army"),
    ("Clashes between the SAF and the RSF killed eleven people in Babanusa on Wednesday.", "en",
     "Sudanese army"),
    ("The Tatmadaw shelled a monastery in Magway region on Friday, killing four monks.", "en",
     "Myanmar army"),
])
def test_national_army_by_acronym_is_a_party(analyse, text, language, actor):
    article = analyse(text, language)
    assert actor in _all(article, "actors") | _all(article, "targets"), (text, _events(article))
