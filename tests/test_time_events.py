"""The clock time of an incident reaches its date (`Event.date.time`), in French and English:
a time in the incident's sentence, or in a later sentence that restates the same incident on the
same day. Sentences written for the patterns; the whole pipeline runs (`analyse`)."""

from __future__ import annotations

import pytest
from helpers import events_of

# (text, language, event type, "YYYY-MM-DD", "HH:MM"); publication Saturday 15 November 2025
TIMED = [
    ("Le 12 novembre, un missile a frappé vers 10 heures un immeuble de Kharkiv.", "fr",
     "missile_strike", "2025-11-12", "10:00"),
    ("Mardi, une frappe aérienne a visé le dépôt de Sumy à 15h40.", "fr", "air_strike", "2025-11-11",
     "15:40"),
    ("Le 13 novembre vers 4 h du matin, des drones ont frappé le port d'Odessa.", "fr", "drone_strike",
     "2025-11-13", "04:00"),
    # the hour is given in a second sentence about the same strike
    ("Le 12 novembre, une frappe de drone a touché une mosquée près de Goma. "
     "Selon les secouristes, la frappe de drone a eu lieu vers 4h ce jour-là.", "fr", "drone_strike",
     "2025-11-12", "04:00"),
    ("On November 12, a missile hit an apartment block in Kharkiv at about 10 a.m.", "en", "missile_strike",
     "2025-11-12", "10:00"),
    ("On Tuesday, an air strike hit the depot in Sumy at 3:40 pm.", "en", "air_strike", "2025-11-11",
     "15:40"),
    ("On November 12, a drone strike hit a mosque near Goma. "
     "Rescuers said the drone strike took place at 4 a.m. that day.", "en", "drone_strike", "2025-11-12",
     "04:00"),
]


@pytest.mark.parametrize(("text", "language", "type_", "day", "clock"), TIMED)
def test_clock_time_reaches_the_event(analyse, text: str, language: str, type_: str, day: str,  # type: ignore[no-untyped-def]
                                      clock: str) -> None:
    events = [e for e in events_of(analyse, text, language) if e.type == type_]
    assert events, [e.type for e in events_of(analyse, text, language)]
    assert events[0].date is not None
    assert events[0].date.start.isoformat() == day
    assert events[0].date.time == clock


def test_a_clock_time_of_another_day_stays_there(analyse) -> None:  # type: ignore[no-untyped-def]
    text = ("Le 12 novembre, une frappe de drone a touché une mosquée près de Goma. "
            "Le 13 novembre vers 9 heures, une frappe de drone a visé le marché de Bukavu.")
    events = sorted((e for e in events_of(analyse, text, "fr") if e.type == "drone_strike"),
                    key=lambda e: e.date.start)
    assert [(e.date.start.isoformat(), e.date.time) for e in events] == [
        ("2025-11-12", None), ("2025-11-13", "09:00")]
