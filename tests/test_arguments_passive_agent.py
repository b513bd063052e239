"""The "par X" complement of a passive attack verb is its agent even when the parser labels it a
plain oblique ("ont été tués ... par les FSR": obl:mod). Sentences written here from the pattern."""

from __future__ import annotations

import pytest

CASES = [
    ("Au moins 40 civils ont été tués samedi dans le bombardement d'un marché d'El-Fasher, capitale du "
     "Darfour-Nord, par les Forces de soutien rapide (FSR), a affirmé dimanche un comité local.",
     "Rapid Support Forces"),
    ("Plusieurs maisons ont été détruites mardi à Goma lors d'un bombardement, par les rebelles du M23, "
     "selon la police.", "M23"),
]


@pytest.mark.parametrize(("text", "agent"), CASES)
def test_a_par_complement_of_a_passive_attack_verb_is_its_agent(analyse, text: str, agent: str) -> None:
    events = analyse(text, "fr", "2025-06-02").events
    assert events
    actors = [[a.name for a in e.actors] for e in events]
    assert any(agent in name for names in actors for name in names), actors


def test_a_par_complement_that_names_no_party_gives_no_actor(analyse) -> None:
    text = "Trois civils ont été tués lundi par une frappe de drone à Kherson, selon le gouverneur."
    events = analyse(text, "fr", "2025-06-02").events
    assert events and all(not e.actors for e in events)
