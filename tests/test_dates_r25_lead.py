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


# "would" + infinitive under a reporting verb is the future of reported speech: the yearless date
# is the coming one (never a year back), and a political act planned for it is no incident yet;
# "would have" + participle is past (time.yaml `future_in_past_auxiliaries`)
PLANNED = [
    "The Taliban spokesman said on X that both delegations would meet again in Istanbul on Oct. 25 to "
    "discuss a monitoring mechanism.",
    "The foreign ministry said the two ministers would hold talks in Geneva on November 3.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_a_meeting_reported_as_to_come_is_no_incident(analyse, text: str) -> None:
    assert not events_of(analyse, text, "en", "2025-10-19"), [(e.type, e.date) for e in
                                                             events_of(analyse, text, "en", "2025-10-19")]


def test_the_reported_future_takes_a_day_just_past_publication(analyse) -> None:
    text = "He said the two delegations would meet in Doha on October 25."
    found = events_of(analyse, text, "en", "2025-10-30")
    assert [str(e.date.start) for e in found] == ["2025-10-25"], [(e.type, e.date) for e in found]


# "a week later" counts from the last date told before it in its paragraph, a month too ("In June
# 2024, the carrier was hit ... and sank a week later": 8 June to 7 July 2024, not a week after a
# day told earlier in the text); a "since" landmark ("since August 2023") is none
SHIFTS = [
    ("en", "On March 6, 2024, a missile struck a bulk carrier. In June 2024, the coal carrier was hit by a "
     "drone boat and sank a week later.", "a week later", ("2024-06-08", "2024-07-07")),
    ("fr", "Le 6 mars 2024, un missile a frappé un vraquier. En juin 2024, le charbonnier a été touché "
     "par un "
     "drone naval et a coulé une semaine plus tard.", "une semaine plus tard", ("2024-06-08", "2024-07-07")),
    ("en", "The militia has fought the army since August 2023. Two days earlier, its fighters had attacked "
     "a camp.", "Two days earlier", ("2025-01-13", "2025-01-13")),
]


@pytest.mark.parametrize(("language", "text", "words", "interval"), SHIFTS)
def test_a_shift_counts_from_the_last_date_told(language, text, words, interval) -> None:
    from datetime import date

    from newsevents.temporal import find_times

    found = {v.text: (str(v.start), str(v.end)) for v in find_times(text, language, date(2025, 1, 15))}
    assert found.get(words) == interval, found
