"""Round 7 of the incidents: dates of incidents told in the sentence after "<N> days after an
incident", fronted participles of political acts ("Convoqué mercredi, l'ambassadeur ..."), and
one act told for several places. Sentences written from general patterns of wire copy, French
and English; each runs the whole pipeline (`analyse`, published Saturday 2025-11-15: "lundi" is the
10th, "mercredi" the 12th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

# "<N> jours après un incident" with no incident told after it in its sentence: the next
# sentence tells it (an act with its weapon), N days before the sentence's date
DAYS_AFTER_NEXT = [
    ("fr", "Le ministère a convoqué lundi l'ambassadeur de Chine, trois jours après un incident en mer. "
           "Les garde-côtes accusent les navires chinois d'avoir tiré sur leurs bateaux au canon à eau."),
    ("en", "The ministry summoned the Chinese ambassador on Monday, three days after an incident at sea. "
           "Chinese coast guard ships fired water cannon at Philippine boats escorting a supply mission."),
]


@pytest.mark.parametrize(("language", "text"), DAYS_AFTER_NEXT)
def test_days_after_an_incident_dates_the_act_the_next_sentence_tells(analyse, language, text):
    found = {e.type: e for e in events_of(analyse, text, language)}
    assert found["diplomatic_protest"].date.start == date(2025, 11, 10)
    assert (found["other"].date.start, found["other"].date.inferred) == (date(2025, 11, 7), False)


# "<N> jours après que ..." is a clause: it tells its own act, not the one of the next sentence,
# which is the main act told again ("la frappe") and keeps its date
DAYS_AFTER_CLAUSE = [
    ("fr", "L'armée a bombardé samedi des dépôts au Yémen, un jour après que le drone du groupe a tué "
           "un homme à Tel-Aviv. Les rebelles ont affirmé que la frappe visait des dépôts de carburant."),
    ("en", "The army struck fuel depots in Yemen with missiles on Saturday, a day after the group's drone "
           "killed a man in Tel Aviv. The rebels said the strike targeted fuel depots."),
]


@pytest.mark.parametrize(("language", "text"), DAYS_AFTER_CLAUSE)
def test_days_after_a_clause_dates_nothing_in_the_next_sentence(analyse, language, text):
    dates = {e.date.start for e in events_of(analyse, text, language) if e.type != "drone_strike"}
    assert date(2025, 11, 14) not in dates


# a fronted participle has no subject: the envoy it needs is the main clause's subject, and the
# date hung from it is the summons', not the incursion's it follows
FRONTED_PARTICIPLE = [
    ("fr", "Convoqué mercredi après une incursion de drones, l'ambassadeur russe a quitté le ministère "
           "sans un mot."),
    ("en", "Summoned on Wednesday after a drone incursion, the Russian ambassador left the ministry "
           "without a word."),
]


@pytest.mark.parametrize(("language", "text"), FRONTED_PARTICIPLE)
def test_a_fronted_participle_summons_its_subject(analyse, language, text):
    found = {e.type: e for e in events_of(analyse, text, language)}
    assert found["diplomatic_protest"].date.start == date(2025, 11, 12)
    assert found["drone_strike"].date.start != date(2025, 11, 12)
