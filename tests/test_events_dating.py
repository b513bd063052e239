"""Which date an incident takes when a sentence states several: the one the parse hangs from the
trigger, never the day a statement was made. Sentences written from general patterns of news
wire copy, French and English; each runs the whole pipeline (`analyse`, published 2025-11-15)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

# a statement dated in the sentence, the incident dated in its own clause
OWN_CLAUSE = [
    ("fr", "L'Iran a promis mardi de riposter à une frappe aérienne qui a détruit son consulat à Damas "
           "le 10 novembre.", "air_strike"),
    ("en", "Iran on Tuesday vowed to respond to an airstrike that destroyed its consulate in Damascus "
           "on November 10.", "air_strike"),
]


@pytest.mark.parametrize(("language", "text", "type_"), OWN_CLAUSE)
def test_date_hung_from_the_trigger_beats_a_nearer_one(analyse, language, text, type_):
    found = [e for e in events_of(analyse, text, language) if e.type == type_]
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 10), False)]


# the day an announcement was made dates no incident of the next sentence
ANNOUNCED = [
    ("fr", "L'armée a annoncé lundi avoir visé des cibles lors d'une opération dimanche près de Gao. "
           "Une vingtaine de personnes ont été tuées dans des frappes de drones."),
    ("en", "The army said on Monday it had targeted militants during an operation on Sunday near Gao. "
           "About twenty people were killed in the drone strikes."),
]


@pytest.mark.parametrize(("language", "text"), ANNOUNCED)
def test_scene_date_is_not_the_announcement_day(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "drone_strike"]
    assert [e.date.start for e in found] == [date(2025, 11, 9)]  # Sunday, not Monday the 10th


# a lead that dates the strikes with a bare noun and types them two sentences later
LEAD = [
    ("fr", "Des frappes ont touché, lundi 10 novembre, un quartier huppé de Damas. "
           "Un correspondant a confirmé que le bâtiment avait été rasé. "
           "Le ministère a condamné les frappes, qui ont tué huit personnes. "
           "Selon l'ambassadeur, l'annexe a été visée par six missiles tirés par des avions."),
    ("en", "Strikes hit an upscale district of Damascus on Monday, November 10. "
           "A correspondent confirmed that the building had been razed. "
           "The ministry condemned the strikes, which killed eight people. "
           "The ambassador said the annex was hit by six missiles fired by jets."),
]


@pytest.mark.parametrize(("language", "text"), LEAD)
def test_lead_mention_and_typed_strike_are_one_incident(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type.endswith("strike")]
    assert len(found) == 1
    assert (found[0].date.start, found[0].date.inferred) == (date(2025, 11, 10), False)
