"""Round 7 of the incidents: "<N> days after" a clause, fronted participles of political acts
("Convoqué mercredi, l'ambassadeur ..."), a strike named by its target far from where it is told.
Sentences written from general patterns of wire copy, French and English; each runs the whole
pipeline (`analyse`, published Saturday 2025-11-15: "lundi" is the 10th, "mercredi" the 12th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

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


# a bare mention of a strike on a target named by its proper name, and the strike told with its
# weapon paragraphs later on the same named target: one incident, however far apart
NAMED_TARGET_FAR = [
    ("fr", "Le ministère a indiqué que 50 personnes sont mortes dans un bombardement ayant touché "
           "l'hôpital Nasser. Le président a dénoncé un massacre.\n\nLes secours ont travaillé toute "
           "la nuit. Des centaines de blessés ont été évacués. Dans un communiqué, l'armée a affirmé "
           "qu'un groupe armé était responsable du tir de roquette qui a touché l'hôpital Nasser."),
    ("en", "The ministry said 50 people died in a bombardment that hit the Nasser hospital. The "
           "president denounced a massacre.\n\nRescuers worked through the night. Hundreds of wounded "
           "were evacuated. In a statement, the army said an armed group was responsible for the rocket "
           "fire that hit the Nasser hospital."),
]


@pytest.mark.parametrize(("language", "text"), NAMED_TARGET_FAR)
def test_a_bare_strike_joins_the_strike_on_the_same_named_target(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "shelling"]
    assert [e.fatalities for e in found] == [50]


# two named targets: the bare mention names another strike than the rocket fire
NAMED_TARGETS_DIFFER = [
    ("fr", "Le ministère a indiqué que 50 personnes sont mortes dans un bombardement ayant touché "
           "l'hôpital Nasser. Le président a dénoncé un massacre.\n\nLes secours ont travaillé toute "
           "la nuit. Des centaines de blessés ont été évacués. Dans un communiqué, l'armée a affirmé "
           "qu'un groupe armé était responsable du tir de roquette qui a touché l'école Kamal Adwan."),
    ("en", "The ministry said 50 people died in a bombardment that hit the Nasser hospital. The "
           "president denounced a massacre.\n\nRescuers worked through the night. Hundreds of wounded "
           "were evacuated. In a statement, the army said an armed group was responsible for the rocket "
           "fire that hit the Kamal Adwan school."),
]


@pytest.mark.parametrize(("language", "text"), NAMED_TARGETS_DIFFER)
def test_a_bare_strike_on_another_named_target_stays_apart(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "shelling"]
    assert len(found) == 2
