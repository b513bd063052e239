"""Words right after a participle on an incident's noun are its complements, even when the parser
hangs them on a verb before the noun ("a démenti toute implication dans l'explosion survenue lundi
près d'un dépôt de carburant à Belgorod": "lundi" and the place on "démenti"). Written here from the
pattern; the publication is a Wednesday."""

from __future__ import annotations

from datetime import date

import pytest

CASES = [
    ("Le Kremlin a démenti mardi toute implication dans l'explosion survenue lundi près d'un dépôt de "
     "carburant à Belgorod, qui a fait trois blessés selon le gouverneur.", "Belgorod", date(2023, 10, 16)),
    ("Le ministère a démenti mercredi toute responsabilité dans l'attaque menée lundi contre un convoi "
     "humanitaire près de Kherson, qui a fait deux morts.", "Kherson", date(2023, 10, 16)),
]


@pytest.mark.parametrize(("text", "town", "day"), CASES)
def test_a_date_and_place_after_the_participle_are_the_incidents(analyse, text: str, town: str,
                                                                 day: date) -> None:
    events = analyse(text, "fr", "2023-10-18").events
    assert len(events) == 1
    event = events[0]
    assert event.location is not None and event.location.name == town
    assert event.date is not None and event.date.start == day and not event.date.inferred
