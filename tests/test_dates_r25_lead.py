"""A clock time with no day of its own takes the day of the act told before it, not the day of the
statement that tells the act: "... exploded on Saturday, killing five people, police said on Sunday.
The blast happened at around 9 a.m." -- 9 a.m. is Saturday's, and the blast one incident (it was a
second explosion on Sunday). The day of a reporting verb (claims.yaml `reporting_verbs`, "faire"
only with its particle: "a fait savoir") is the statement's (temporal.resolve.Resolver._time).
"""

from __future__ import annotations

import pytest
from helpers import events_of

CASES = [
    ("en", "A car bomb exploded outside a police station in Kirkuk on Saturday, killing five people, police "
     "said on Sunday. The blast happened at around 9 a.m. near the main gate.", "2025-05-31", "09:00"),
    ("fr", "Une voiture piégée a explosé samedi devant un commissariat de Kirkouk, tuant cinq personnes, a "
     "annoncé dimanche la police. L'explosion s'est produite vers 9 heures près de l'entrée principale.",
     "2025-05-31", "09:00"),
    ("fr", "Des tirs de roquettes ont visé mardi la base aérienne d'Aïn al-Asad, a indiqué mercredi l'armée "
     "américaine. Les roquettes sont tombées vers 22 h 30 à l'intérieur de la base, sans faire de victimes.",
     "2025-06-03", "22:30"),
]


@pytest.mark.parametrize(("language", "text", "day", "clock"), CASES)
def test_a_bare_clock_time_takes_the_acts_day(analyse, language, text, day, clock) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert [(str(e.date.start), e.date.time) for e in found] == [(day, clock)], \
        [(e.type, e.date) for e in found]


def test_the_day_of_a_statement_still_dates_a_clock_when_it_is_the_only_day(analyse) -> None:
    text = ("The army said on Tuesday that a drone struck a fuel depot near Goma. The strike happened at "
            "around 4 a.m.")
    found = events_of(analyse, text, "en", "2025-06-04")
    assert found and found[0].date is not None and found[0].date.time == "04:00", [e.date for e in found]
