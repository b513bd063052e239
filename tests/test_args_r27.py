"""Actors and targets, round 27: kinds seen in articles written for the purpose (Israel-Iran,
Cambodia-Thailand, Balochistan, Sahel, Yemen, Ethiopia), checked with sentences of their own, French
and English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _all(article, role):
    return {p["name"] for e in _events(article) for p in e[role]}


# -- the subject of a verb of answering did the act its complement names ("responded with strikes");
# the act it answers ("responded to the attack") stays the other side's -----------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Thailand responded with air strikes on Cambodian positions on Thursday.", "en", "Thailand"),
    ("The Houthis retaliated with drone strikes on the port of Eilat on Sunday.", "en", "Houthis"),
    ("Pakistan responded with artillery shelling of Afghan border posts on Monday.", "en", "Pakistan"),
    ("La Thaïlande a riposté par des frappes aériennes sur des positions cambodgiennes jeudi.", "fr",
     "Thailand"),
    ("L'Iran a riposté par des tirs de missiles sur Haïfa dans la nuit de samedi.", "fr", "Iran"),
    ("Le Pakistan a répliqué par des frappes de drones contre des camps du BLA mardi.", "fr", "Pakistan"),
])
def test_answering_subject_does_the_answer(analyse, text, language, actor):
    article = analyse(text, language)
    assert actor in _all(article, "actors"), (text, _events(article))


@pytest.mark.parametrize(("text", "language", "not_actor"), [
    ("Israel responded to the missile attack on Tel Aviv on Sunday.", "en", "Israel"),
    ("Le Cambodge a riposté à l'attaque au drone contre Siem Reap dimanche.", "fr", "Cambodia"),
])
def test_answered_act_is_not_the_answerer(analyse, text, language, not_actor):
    assert not_actor not in _all(analyse(text, language), "actors"), text
