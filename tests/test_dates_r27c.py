"""Counts and days from probe articles (round 27, third task).

A toll told in a sentence opened on a word telling another incident ("Separately, ...", "Par
ailleurs, ...") is no toll of the incident told before; a person noun the French model reads as an
adjective of the count ("a tué au moins 23 civils mardi") still names what the count counts."""

from __future__ import annotations

import pytest


def _values(found, unit: str) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(m.value.value for m in found if m.value.unit == unit)


# Published Wednesday 2025-06-11. The toll of the "separately" sentence is none of the strike's.
APART = [
    ("en", "A drone strike hit a fuel depot in the port city of Kosti on Tuesday, officials said. No "
     "casualties were reported.\n\nSeparately, fighting around the town of Babanusa killed 15 civilians, "
     "according to a local medical group."),
    ("en", "Militants attacked a police post near the town of Bannu on Tuesday, police said.\n\nIn a "
     "separate incident, 12 people died when gunmen opened fire on a bus, a local official said."),
    ("fr", "Une frappe de drone a touché mardi un dépôt de carburant dans la ville portuaire de Kosti, selon "
     "les autorités.\n\nPar ailleurs, 15 civils ont péri dans la région de Babanusa, selon un groupe "
     "médical local."),
    ("fr", "Des hommes armés ont attaqué mardi un poste de police près de Bannu, selon la police.\n\nDans "
     "un autre incident, douze personnes sont mortes au nord du pays, selon un responsable local."),
]


@pytest.mark.parametrize(("language", "text"), APART)
def test_a_toll_told_apart_is_no_toll_of_the_incident_before(analyse, language: str, text: str) -> None:
    from helpers import events_of

    found = events_of(analyse, text, language, "2025-06-11")
    first = [e for e in found if e.date and str(e.date.start) == "2025-06-10"]
    assert first and all(not e.fatalities for e in first), [(e.type, e.fatalities) for e in found]


# "civils" read as an adjective of the count, the count hung on the day after it.
MISREAD = [
    ("fr", "Une attaque de miliciens contre un village a tué au moins 23 civils mardi, un bilan provisoire.",
     [23], []),
    ("fr", "Des combats autour de la ville ont tué 15 civils lundi, selon un groupe médical.", [15], []),
    ("fr", "Le bombardement a blessé 40 civils dimanche, selon la protection civile.", [], [40]),
    ("fr", "Les assaillants ont tué huit civils jeudi, a indiqué le maire.", [8], []),
]


@pytest.mark.parametrize(("language", "text", "dead", "injured"), MISREAD)
def test_a_person_noun_read_as_the_counts_adjective_is_counted(numbers, language, text, dead, injured):
    found = numbers(text, language)
    assert (_values(found, "killed"), _values(found, "injured")) == (dead, injured)


# A number written in words of several tokens ("Twenty-one") counts in a coordination's total; a
# French one joined by "et" ("vingt-et-un", one token) is a number.
WORDED = [
    ("en", "Twenty-one hostages and four soldiers were killed in the operation, the army said.",
     25, "killed"),
    ("en", "Thirty-two civilians and five police officers were wounded in the blast on Tuesday.",
     37, "injured"),
    ("en", "Forty-three people and two firefighters were injured in the fire, officials said.",
     45, "injured"),
    ("fr", "Vingt-et-un otages et quatre soldats ont été tués lors de l'opération, selon l'armée.",
     25, "killed"),
    ("fr", "Soixante-et-onze personnes ont été blessées dans l'incendie, selon les pompiers.",
     71, "injured"),
]


@pytest.mark.parametrize(("language", "text", "total", "unit"), WORDED)
def test_a_number_written_in_several_words_joins_the_total(numbers, language, text, total, unit):
    assert total in _values(numbers(text, language), unit)


# A toll stated by its noun after such an opener is an update of the incident before: it stays its own.
UPDATES = [
    ("en", "A drone strike hit a market in the port city of Kosti on Tuesday, officials said.\n\nMeanwhile, "
     "the death toll rose to 15, a hospital source said.", 15),
    ("fr", "Une frappe de drone a touché mardi un marché de la ville portuaire de Kosti, selon les autorités."
     "\n\nPar ailleurs, le bilan s'est alourdi à 15 morts, selon une source hospitalière.", 15),
]


@pytest.mark.parametrize(("language", "text", "dead"), UPDATES)
def test_a_toll_update_after_an_opener_stays_the_incidents(analyse, language: str, text: str, dead) -> None:
    from helpers import events_of

    found = events_of(analyse, text, language, "2025-06-11")
    assert [e.fatalities for e in found if e.type == "drone_strike"] == [dead], \
        [(e.type, e.fatalities) for e in found]
