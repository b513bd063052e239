"""The country a ship's flag names is no target of the attack on the ship ("a Liberian-flagged
ship", "un cargo battant pavillon libérien": ``flag_words`` in lang/<code>/arguments.yaml,
arguments_settle.flag_states). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(("language", "text", "flag"), [
    ("en", "The Houthi rebels claimed an attack on a Greek-flagged tanker in the Red Sea on Monday.",
     "Greece"),
    ("en", "Hours later the rebels claimed a different attack on a different Liberian-flagged ship.",
     "Liberia"),
    ("fr", "Les Houthis ont attaqué lundi un cargo battant pavillon libérien en mer Rouge, selon l'armée "
           "américaine.", "Liberia"),
])
def test_the_flag_state_is_no_target(analyse, language: str, text: str, flag: str) -> None:
    article = analyse(text, language=language)
    assert flag in [m.value.name for m in article.mentions if m.kind == "party"]
    assert article.events
    assert all(flag not in [p.name for p in e.targets] for e in article.events), \
        [(e.type, [p.name for p in e.targets]) for e in article.events]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Hezbollah a tiré des roquettes et des drones vers Israël tout au long de la guerre "
           "Israël-Hamas, selon l'armée israélienne."),
    ("en", "Hezbollah fired rockets and drones at Israel throughout the Israel-Hamas war, the Israeli "
           "military said."),
])
def test_a_side_of_the_war_in_a_time_phrase_is_no_target(analyse, language: str, text: str) -> None:
    """"tout au long de la guerre Israël-Hamas": a phrase of time hanging from the object (through
    an adverb) names no target (arguments._in_adverbial, prep_parties)."""
    events = events_of(analyse, text, language)
    assert events
    assert all("Hamas" not in [p.name for p in e.targets] for e in events)
    assert any("Israel" in [p.name for p in e.targets] for e in events)
