"""Counts and days from probe articles (round 27, second task).

Bodies are the dead and people bearing wounds the injured: "We counted four bodies and 19 people with
gunshot wounds" is 4 dead and 19 injured, never 23 dead; "sept corps" counts the dead in French."""

from __future__ import annotations

import pytest


def _values(found, unit: str) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(m.value.value for m in found if m.value.unit == unit)


BEARING = [
    ("en", "We counted four bodies and 19 people with gunshot wounds, a nurse said.", [4], [19]),
    ("en", "Rescuers pulled out two bodies and nine people with burns from the rubble.", [2], [9]),
    ("en", "Doctors received 14 people suffering from shrapnel wounds on Friday.", [], [14]),
    ("fr", "« Nous avons compté sept corps et 22 personnes blessées par balle », a-t-il dit.", [7], [22]),
    ("fr", "Les secours ont dénombré trois corps et onze personnes souffrant de blessures par balle.",
     [3], [11]),
    ("fr", "L'hôpital a accueilli huit personnes avec des brûlures graves.", [], [8]),
]


@pytest.mark.parametrize(("language", "text", "dead", "injured"), BEARING)
def test_bodies_are_dead_and_people_with_wounds_injured(numbers, language, text, dead, injured):
    found = numbers(text, language)
    assert (_values(found, "killed"), _values(found, "injured")) == (dead, injured)


# A perpetrator's boast flagged unverifiable is no toll of the incident (it stays the claim's); a
# victims' toll flagged so stays the incident's.
BOASTS = [
    ("en", "Militants attacked an army post near the town of Menaka on Tuesday. The group later said it "
     "had killed more than 60 soldiers, a figure that could not be independently verified.", None),
    ("en", "Insurgents stormed a police base in the district on Tuesday and claimed to have killed 45 "
     "officers, a toll that could not be verified.", None),
    ("fr", "Des jihadistes ont attaqué mardi un camp militaire près de Gao. Le groupe a revendiqué "
     "l'attaque et affirmé avoir tué plus de 120 soldats, un bilan impossible à vérifier de source "
     "indépendante.", None),
    ("en", "An air strike on a market in the town killed at least 23 civilians on Tuesday, a toll that "
     "could not be independently verified.", 23),
    ("fr", "Mardi, une frappe aérienne sur un marché de la ville a tué au moins 23 civils, un bilan "
     "impossible à vérifier de source indépendante.", 23),
]


@pytest.mark.parametrize(("language", "text", "dead"), BOASTS)
def test_a_boast_flagged_unverifiable_is_no_toll(analyse, language: str, text: str, dead) -> None:
    from helpers import events_of

    found = events_of(analyse, text, language, "2025-06-12")
    assert found and max((e.fatalities or 0) for e in found) == (dead or 0), \
        [(e.type, e.fatalities) for e in found]


# A toll in a concurrent clause ("as", "alors que") is the toll of the act its verb's subject names,
# not of the main clause's act; the main clause's own toll stays its own.
CONCURRENT = [
    ("en", "Ethiopian drones hit Amhara town as militia clashes kill 9\n\nEthiopian army drones struck the "
     "town of Debre Markos on Tuesday, residents said.", {"drone_strike": None, "armed_clash": 9}),
    ("en", "Sudanese army drones hit rebel convoy as fighting kills 14 in Kordofan\n\nArmy drones struck a "
     "convoy of the Rapid Support Forces near El Obeid on Tuesday, the army said.", {"drone_strike": None}),
    ("fr", "Des drones éthiopiens frappent une ville de l'Amhara alors que des affrontements font 9 morts\n\n"
     "Des drones de l'armée éthiopienne ont frappé mardi la ville de Debre Markos, selon des habitants.",
     {"drone_strike": None, "armed_clash": 9}),
    ("en", "Drone strikes on Sumy kill 6 as peace talks stall\n\nRussian drones struck the city of Sumy on "
     "Tuesday, the regional governor said.", {"drone_strike": 6}),
]


@pytest.mark.parametrize(("language", "text", "tolls"), CONCURRENT)
def test_a_concurrent_clause_toll_is_its_subjects(analyse, language: str, text: str, tolls) -> None:
    from helpers import events_of

    found = {e.type: e.fatalities for e in events_of(analyse, text, language, "2025-06-12")}
    assert {t: found.get(t, "missing") for t in tolls} == tolls, found


# A verb of answering done by its means ("responded on Tuesday with air strikes", "a répondu mardi par
# des frappes") is no statement: its date is the act's, not the day of the sentence before.
# Published Friday 2025-06-13: Monday is 2025-06-09, Tuesday 2025-06-10.
MEANS = [
    ("en", "On Monday, rebels fired three rockets at the city of Haifa, the army said. Israel responded "
     "on Tuesday with air strikes on the port of Salif, killing two workers.", "air_strike", "2025-06-10"),
    ("en", "On Monday, militants attacked a border post near Chaman, officials said. The army replied on "
     "Tuesday with artillery fire on their hideouts, killing six fighters.", None, "2025-06-10"),
    ("fr", "Lundi, les rebelles ont tiré trois roquettes sur la ville de Haïfa, a indiqué l'armée. Israël "
     "a répondu mardi par des frappes aériennes sur le port de Salif, tuant deux ouvriers.", "air_strike",
     "2025-06-10"),
]


@pytest.mark.parametrize(("language", "text", "kind", "day"), MEANS)
def test_a_date_on_a_verb_of_answering_by_means_dates_the_act(analyse, language: str, text: str,
                                                              kind, day: str) -> None:
    from helpers import events_of

    found = [e for e in events_of(analyse, text, language, "2025-06-13") if e.fatalities
             and (kind is None or e.type == kind)]
    assert [str(e.date.start) for e in found] == [day], [(e.type, e.date) for e in found]


# A date told in the words of a response ("in response to ... on Wednesday night", "en réponse à ...
# mercredi soir") dates the act answered, not the answering one. Published Friday 2025-06-13.
RESPONSE = [
    ("en", "The defence ministry said its jets had targeted artillery positions near the border, in "
     "response to rebel attempts to shell army posts in the valley on Wednesday night.", "targeted"),
    ("en", "The army said its drones had struck launch sites in the hills, in retaliation for attempts "
     "by the militants to attack a convoy on Wednesday night.", "struck"),
    ("fr", "Le ministère de la Défense a indiqué que ses avions avaient visé des positions d'artillerie près "
     "de la frontière, en réponse à des tentatives des rebelles de pilonner des postes de l'armée "
     "mercredi soir.", "visé"),
]


@pytest.mark.parametrize(("language", "text", "trigger"), RESPONSE)
def test_a_date_in_the_words_of_a_response_is_the_answered_acts(analyse, language: str, text: str,
                                                                 trigger: str) -> None:
    article = analyse(text, language=language, published="2025-06-13")
    found = [e for e in article.events if article.text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found and all(str(e.date.start) != "2025-06-11" for e in found if e.date), \
        [(e.type, e.date) for e in article.events]
