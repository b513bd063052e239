"""Round 8 of the incidents: an act told in a clause of sequence ("after they sank the ship on
Sunday") is an incident of its own; fighting a verb-plus-noun phrase ends ("mettre fin aux
hostilités") is no clash; a series told over a week ("a multiplié les offensives cette semaine") is
a trend, not an incident; a list of examples ("other attacks include ...") names none.
Sentences written from general patterns of wire copy, French and English; each runs the whole
pipeline (`analyse`, published Saturday 2025-11-15: "dimanche" is the 9th, "mardi" the 11th)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from helpers import events_of
from spacy.tokens import Doc

from newsevents.extract import qualifiers as q
from newsevents.extract.triggers import find, lexicon
from newsevents.pipeline import parser

# the act of the clause of sequence keeps its own date; the main clause's act is another incident
SEQUENCE_CLAUSE = [
    ("en", "The rebels released a video showing a cargo ship being attacked, after they scuttled a "
           "tanker on Sunday.",
     date(2025, 11, 9)),
    ("en", "Militants stormed a police station in the north, before gunmen attacked a convoy on Tuesday.",
     date(2025, 11, 11)),
    ("fr", "Les rebelles ont diffusé une vidéo montrant l'attaque d'un cargo, après que des hommes armés "
           "ont attaqué un convoi dimanche.",
     date(2025, 11, 9)),
]


@pytest.mark.parametrize(("language", "text", "day"), SEQUENCE_CLAUSE)
def test_an_act_told_after_another_is_an_incident_of_its_own(analyse, language, text, day):
    found = events_of(analyse, text, language)
    assert len(found) == 2, [(e.type, e.date) for e in found]
    assert sum(1 for e in found if e.date is not None and e.date.start == day) == 1


# without a clause of sequence, the two mentions of one sentence stay one incident
ONE_ACT = [
    ("en", "The rebels released a video showing a cargo ship being attacked and scuttled on Sunday."),
    ("fr", "Les rebelles ont attaqué un convoi dimanche, et l'attaque a fait trois morts."),
]


@pytest.mark.parametrize(("language", "text"), ONE_ACT)
def test_without_a_clause_of_sequence_one_sentence_tells_one_act(analyse, language, text):
    clashes = ("armed_clash", "attack_on_civilians")
    found = [e for e in events_of(analyse, text, language) if e.type in clashes]
    assert len(found) == 1, [(e.type, e.date) for e in found]


# fighting named as what a verb-plus-noun phrase ends: the qualifier reads the verb's object
ENDED_PHRASES = [
    ("fr", "Les deux parties sont parvenues à une entente pour mettre fin aux hostilités.", "hostilités",
     True),
    ("fr", "Les deux camps ont promis de mettre un terme aux hostilités dans la région.", "hostilités", True),
    ("en", "Both sides agreed to put an end to the hostilities.", "hostilities", True),
    ("fr", "Les hostilités ont repris mardi près de la frontière.", "hostilités", False),
    ("fr", "L'armée a mis fin à sa mission et les hostilités ont repris.", "hostilités", False),
    ("en", "The hostilities resumed on Tuesday near the border.", "hostilities", False),
]


@dataclass
class _Words:
    """The stage context the qualifiers read: the parse and the language's word lists."""

    doc: Doc
    language: str

    def words(self, key: str) -> frozenset[str]:
        return lexicon(self.language).words(key)


@pytest.mark.parametrize(("language", "text", "word", "ended"), ENDED_PHRASES)
def test_fighting_a_light_verb_phrase_ends(language, text, word, ended):
    doc = parser(language)(text)
    trig = next(t for t in find(doc, language).triggers if doc[t.span.start:t.span.end].text == word)
    assert q.ended(_Words(doc, language), trig) is ended


# the same through the whole pipeline: a truce or a wish, no clash
ENDED_BY_A_PHRASE = [
    ("fr", "Le médiateur a annoncé mardi un accord entre les deux pays, qui se sont engagés à mettre "
           "fin aux hostilités."),
    ("fr", "Les deux camps ont promis de mettre un terme aux combats dans la région."),
    ("en", "The mediator announced on Tuesday a deal under which the two countries pledged to put an "
           "end to the hostilities."),
]


@pytest.mark.parametrize(("language", "text"), ENDED_BY_A_PHRASE)
def test_fighting_a_phrase_ends_is_no_clash(analyse, language, text):
    assert "armed_clash" not in {e.type for e in events_of(analyse, text, language)}


# the fighting itself stays a clash when nothing ends it
FIGHTING_TOLD = [
    ("fr", "De violents combats ont opposé mardi l'armée aux rebelles près de la frontière."),
    ("en", "Heavy fighting between the army and rebels broke out near the border on Tuesday."),
]


@pytest.mark.parametrize(("language", "text"), FIGHTING_TOLD)
def test_fighting_told_is_a_clash(analyse, language, text):
    assert "armed_clash" in {e.type for e in events_of(analyse, text, language)}


# a series over a week or more is a trend; one strike dated to the day stays an incident
SERIES_OVER_A_WEEK = [
    ("fr", "Cette semaine, le groupe armé a multiplié les attaques contre l'armée dans le nord du pays."),
    ("en", "Attacks on army posts in the north have intensified this month, officials said."),
]


@pytest.mark.parametrize(("language", "text"), SERIES_OVER_A_WEEK)
def test_a_series_over_a_week_is_no_incident(analyse, language, text):
    assert events_of(analyse, text, language) == []


DAY_OF_A_SERIES = [
    ("fr", "Mardi, le groupe armé a attaqué un poste de l'armée dans le nord du pays, tuant deux soldats."),
    ("en", "On Tuesday, militants attacked an army post in the north, killing two soldiers."),
]


@pytest.mark.parametrize(("language", "text"), DAY_OF_A_SERIES)
def test_an_attack_of_a_day_stays_an_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.date.start for e in found] == [date(2025, 11, 11)]


# a list of examples names no incident of its own
LIST_OF_EXAMPLES = [
    ("en", "Other rebel attacks include the seizure of a cargo ship."),
    ("en", "Other Taliban attacks include the storming of a police station."),
]


@pytest.mark.parametrize(("language", "text"), LIST_OF_EXAMPLES)
def test_a_list_of_examples_is_no_incident(analyse, language, text):
    assert [e for e in events_of(analyse, text, language) if e.type == "armed_clash"] == []


# the date of the main clause is its act's, not the act of the clause of sequence below it
MAIN_CLAUSE_DATE = [
    ("en", "The army carried out strikes on rebel camps in the north on Tuesday, two days after rebels "
           "attacked a border post.", "air_strike", "armed_clash"),
]


@pytest.mark.parametrize(("language", "text", "main", "earlier"), MAIN_CLAUSE_DATE)
def test_the_main_clause_date_is_its_act(analyse, language, text, main, earlier):
    found = {e.type: e.date.start for e in events_of(analyse, text, language)}
    assert found == {main: date(2025, 11, 11), earlier: date(2025, 11, 9)}


# with no act of its own in the main clause (a toll), its date is the strike's below it
TOLL_AFTER_STRIKE = [
    ("fr", "Mardi, 11 personnes ont été blessées après que des missiles ont frappé un hôtel de la ville."),
    ("en", "On Tuesday, 11 people were injured after missiles hit a hotel in the city."),
]


@pytest.mark.parametrize(("language", "text"), TOLL_AFTER_STRIKE)
def test_a_toll_dates_the_strike_told_after_it(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.start) for e in found] == [("missile_strike", date(2025, 11, 11))]


# "since <act>": the act is a landmark (undated, it is not news) and what is counted since it a tally
SINCE_A_LANDMARK = [
    ("en", "There have been over 30 attacks on border posts since the army carried out strikes on rebel "
           "camps, officials said."),
    ("fr", "Plus de 30 attaques contre des postes frontières ont été recensées depuis que l'armée a mené "
           "des frappes contre les camps rebelles."),
]


@pytest.mark.parametrize(("language", "text"), SINCE_A_LANDMARK)
def test_a_landmark_and_a_tally_since_it_are_no_news(analyse, language, text):
    assert events_of(analyse, text, language) == []


# dated, the landmark is an incident of its own
SINCE_A_DATED_LANDMARK = [
    ("en", "There have been over 30 attacks on border posts since the army carried out strikes on rebel "
           "camps on Tuesday, officials said."),
]


@pytest.mark.parametrize(("language", "text"), SINCE_A_DATED_LANDMARK)
def test_a_dated_landmark_stays_an_incident(analyse, language, text):
    assert [e.date.start for e in events_of(analyse, text, language)] == [date(2025, 11, 11)]


# what fell or hit is the noun the relative clause is about: its weapon types the impact
RELATIVE_ANTECEDENT = [
    ("en", "Officials showed a missile whose debris fell on a house on Tuesday.", "missile_strike",
     "missile"),
    ("en", "Officials showed the drone that had crashed into a school on Tuesday.", "drone_strike", "drone"),
]


@pytest.mark.parametrize(("language", "text", "type_", "category"), RELATIVE_ANTECEDENT)
def test_an_impact_takes_the_weapon_its_relative_clause_is_about(analyse, language, text, type_, category):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.start) for e in found] == [(type_, date(2025, 11, 11))]
    assert [w.category for w in found[0].weapons] == [category]


# a relative clause about something else than a weapon tells no impact
RELATIVE_NO_WEAPON = [
    ("en", "Residents showed a tile whose pieces fell on a car on Tuesday."),
]


@pytest.mark.parametrize(("language", "text"), RELATIVE_NO_WEAPON)
def test_a_relative_clause_about_no_weapon_tells_no_impact(analyse, language, text):
    assert events_of(analyse, text, language) == []


# what was seen crossing into the airspace crossed it: its weapon types the incursion, which is then
# one incident with the headline that names it with its weapon
SEEN_CROSSING = [
    ("en", "Drone breaches Moldova's airspace\n\nMoldova summoned the Russian ambassador on Monday after a "
           "drone was observed breaching the country's airspace on Sunday."),
]


@pytest.mark.parametrize(("language", "text"), SEEN_CROSSING)
def test_the_doer_seen_crossing_types_the_incursion(analyse, language, text):
    found = sorted((e.type, e.date.start) for e in events_of(analyse, text, language))
    assert found == [("diplomatic_protest", date(2025, 11, 10)), ("drone_strike", date(2025, 11, 9))]


# drones shot down after entering the airspace: one incident, the drones' crossing and their downing
DOWNED_AFTER_CROSSING = [
    ("en", "Lithuania scrambled fighter jets on Tuesday to shoot down several drones that had entered its "
           "airspace."),
]


@pytest.mark.parametrize(("language", "text"), DOWNED_AFTER_CROSSING)
def test_drones_downed_after_crossing_are_one_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.start) for e in found] == [("drone_strike", date(2025, 11, 11))]


# aircraft deployed in an operation are used in a strike; troops deployed are a deployment;
# aircraft deployed to a country are neither
DEPLOYED = [
    ("en", "The air force deployed Rafale jets armed with cruise missiles in the overnight operation.",
     ["air_strike"]),
    ("fr", "L'armée de l'air a déployé des avions Rafale armés de missiles de croisière lors de l'opération.",
     ["air_strike"]),
    ("en", "The army deployed troops to the border on Tuesday.", ["deployment"]),
    ("fr", "L'armée a déployé mardi des troupes à la frontière.", ["deployment"]),
    ("en", "The alliance deployed fighter jets to Poland on Tuesday.", []),
    ("fr", "L'Otan a déployé mardi des avions de chasse en Pologne.", []),
]


@pytest.mark.parametrize(("language", "text", "types"), DEPLOYED)
def test_what_is_deployed_tells_the_act(analyse, language, text, types):
    assert [e.type for e in events_of(analyse, text, language)] == types


# where the fire came from ("en provenance d'Irak", elided) is no scene: one strike, in the town hit
FIRED_FROM = [
    ("fr", "Des roquettes ont frappé mardi la ville de Haïfa, dans le nord d'Israël. L'armée a confirmé "
           "avoir détecté des tirs de roquettes en provenance d'Irak."),
]


@pytest.mark.parametrize(("language", "text"), FIRED_FROM)
def test_where_the_fire_came_from_is_no_second_scene(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.type, e.location.name if e.location else None) for e in found] == [("shelling", "Haifa")]


# a truce named as the time of another act is one in force, no new truce
TRUCE_AS_TIME = [
    ("fr", "Les troupes ont franchi mardi la ligne de démarcation établie lors du cessez-le-feu et ont "
           "attaqué des soldats."),
    ("fr", "Pendant la trêve, les rebelles ont attaqué mardi un poste de l'armée."),
    ("en", "During the ceasefire, rebels attacked an army post on Tuesday."),
]


@pytest.mark.parametrize(("language", "text"), TRUCE_AS_TIME)
def test_a_truce_named_as_a_time_is_no_new_truce(analyse, language, text):
    assert [e.type for e in events_of(analyse, text, language)] == ["armed_clash"]


TRUCE_TOLD = [
    ("fr", "Les deux pays ont conclu mardi un cessez-le-feu."),
    ("en", "The two countries agreed a ceasefire on Tuesday."),
]


@pytest.mark.parametrize(("language", "text"), TRUCE_TOLD)
def test_a_truce_told_is_one(analyse, language, text):
    assert [e.type for e in events_of(analyse, text, language)] == ["ceasefire"]


# any determiner may come before the airspace crossed
AIRSPACE_DETERMINERS = [
    ("fr", "La Lituanie a convoqué jeudi l'ambassadeur russe, deux jours après que plusieurs drones ont "
           "pénétré dans son espace aérien."),
    ("fr", "Mardi, trois drones ont violé leur espace aérien, selon les autorités lettones."),
]


@pytest.mark.parametrize(("language", "text"), AIRSPACE_DETERMINERS)
def test_an_incursion_into_its_airspace(analyse, language, text):
    found = [e.date.start for e in events_of(analyse, text, language) if e.type in ("drone_strike", "other")]
    assert found == [date(2025, 11, 11)]
