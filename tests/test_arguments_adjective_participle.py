"""A participle the French tagger reads as an adjective ("avaient volontairement ouvert le feu":
"ouvert" ADJ with "avaient" aux:tense) is still the verb of its clause: its subject is the
attacker and its "sur" complement the target. English tables check the same roles. Also the
facility nouns of round 8 (surveillance cameras, observation towers)."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, actor word expected among the actors, target name expected among the targets)
ROLES = [
    ("fr", "Mercredi, les soldats israéliens avaient volontairement ouvert le feu sur les caméras "
           "de surveillance de la position.", "Israeli", "surveillance cameras"),
    ("fr", "Le communiqué rapporte que mardi les soldats russes avaient délibérément ouvert le feu "
           "sur une tour de surveillance de la mission.", "Russian", "observation tower"),
    ("en", "On Wednesday, Israeli soldiers had deliberately opened fire on the surveillance cameras "
           "of the position.", "Israeli", "surveillance cameras"),
    ("en", "On Tuesday, Russian troops opened fire on a UN watchtower near the border, the mission said.",
     "Russian", "observation tower"),
]


@pytest.mark.parametrize(("language", "text", "actor", "target"), ROLES)
def test_subject_and_object_of_a_participle_read_as_adjective(analyse, language, text, actor, target):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.actors) for e in events]
    assert any(actor in a.name for a in events[0].actors), events[0].actors
    assert any(target in t.name for t in events[0].targets), events[0].targets


def test_is_verb_accepts_an_adjective_with_a_tense_auxiliary():
    from newsevents.extract.arguments import is_verb
    from newsevents.pipeline import parser

    doc = parser("fr")("Les soldats avaient volontairement ouvert le feu sur la position.")
    ouvert = next(t for t in doc if t.text == "ouvert")
    assert is_verb(ouvert)
    doc = parser("fr")("La situation reste très tendue dans la ville.")
    assert not is_verb(next(t for t in doc if t.text == "tendue"))
