"""Round 5 of the incidents: dates relative to another dated mention, incidents told as the cause
of another, campaigns that are no incident, and weapons the parse cuts. Sentences written from
general patterns of wire copy, French and English; each runs the whole pipeline (`analyse`,
published Saturday 2025-11-15: "lundi" is the 10th, "mercredi" the 12th, "jeudi" the 13th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

# a date inside the reported clause, hung from the verb whose subject is the incident
REPORTED_CLAUSE = [
    ("fr", "Le ministère a indiqué mercredi que le bombardement mené la veille contre le village avait "
           "fait deux morts.", "shelling"),
    ("en", "The ministry said on Wednesday that the shelling carried out the previous day against the "
           "village killed two people.", "shelling"),
    ("fr", "Le ministère de la Défense a déclaré mercredi que la frappe aérienne lancée la veille sur la "
           "ville de Soumy visait des militaires.", "air_strike"),
    ("en", "The defence ministry said on Wednesday that the airstrike launched the previous day on the "
           "city of Sumy targeted soldiers.", "air_strike"),
]


@pytest.mark.parametrize(("language", "text", "type_"), REPORTED_CLAUSE)
def test_the_day_before_a_dated_statement(analyse, language, text, type_):
    found = [e for e in events_of(analyse, text, language) if e.type == type_]
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 11), False)]


# the mention dated the day before the statement names the incident the next paragraph tells
# undated with its weapon: one incident, dated by the mention
NEWS_DAY_MENTION = [
    ("fr", "Le ministère a déclaré lundi que la frappe lancée la veille sur la ville de Soumy visait une "
           "réunion de commandants.\nLe ministère a indiqué que les forces russes avaient tiré deux "
           "missiles balistiques sur le lieu de la réunion."),
    ("en", "The ministry said on Monday that the strike launched the previous day on the city of Sumy "
           "targeted a meeting of commanders.\nThe ministry said Russian forces had fired two ballistic "
           "missiles at the meeting place."),
]


@pytest.mark.parametrize(("language", "text"), NEWS_DAY_MENTION)
def test_a_mention_dated_in_the_news_days_joins_the_incident_told_after_it(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type.endswith("strike")]
    assert [(e.type, e.date.start, e.date.inferred) for e in found] == \
        [("missile_strike", date(2025, 11, 9), False)]


# "today" in a quote counts from the day it was said
QUOTED_TODAY = [
    ("fr", "\"Aujourd'hui, des missiles russes ont frappé la Pologne, le territoire d'un pays allié. Des "
           "gens sont morts\", a déclaré le président ukrainien jeudi dans un discours."),
    ("en", "\"Today Russian missiles hit Poland, the territory of an allied country. People died,\" the "
           "Ukrainian president said on Thursday in an address."),
    ("fr", "Le ministre a affirmé vendredi : « hier, des missiles ont frappé un entrepôt à Kharkiv »."),
    ("en", "The minister said on Friday: \"yesterday, missiles hit a warehouse in Kharkiv\"."),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_TODAY)
def test_today_in_a_quote_is_the_day_it_was_said(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "missile_strike"]
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 13), False)]


# a bare mention dated the same day as an incident told with its weapon, farther than the next
# sentences, is that incident; the day before is another one
SAME_DAY = [
    ("fr", "La ville de Kharkiv a de nouveau été la cible d'une attaque ce lundi 10 novembre. Des "
           "immeubles ont pris feu. La veille, des drones avaient touché un entrepôt. Ce lundi, il "
           "s'agit d'attaques de drones explosifs lancés par l'armée russe."),
    ("en", "Kharkiv was the target of an attack again on Monday, November 10. Several buildings caught "
           "fire. The day before, drones had hit a warehouse. On Monday, explosive drones launched by "
           "the Russian army hit the city."),
]


@pytest.mark.parametrize(("language", "text"), SAME_DAY)
def test_a_bare_mention_joins_the_incident_of_its_day(analyse, language, text):
    found = events_of(analyse, text, language)
    assert sorted((e.type, e.date.start) for e in found) == [
        ("drone_strike", date(2025, 11, 9)), ("drone_strike", date(2025, 11, 10))]


# what a strike answers is another incident, even in its sentence
ANSWERED = [
    ("fr", "L'armée israélienne a frappé des cibles houthies dans l'ouest du Yémen en réponse à une "
           "attaque de drone revendiquée par les rebelles vendredi."),
    ("en", "The Israeli army struck Houthi targets in western Yemen in response to a drone attack "
           "claimed by the rebels on Friday."),
]


@pytest.mark.parametrize(("language", "text"), ANSWERED)
def test_the_attack_a_strike_answers_is_an_incident_apart(analyse, language, text):
    found = {e.type: e for e in events_of(analyse, text, language)}
    assert sorted(found) == ["air_strike", "drone_strike"]
    assert found["drone_strike"].date.start == date(2025, 11, 14)
    assert [a.name for a in found["air_strike"].actors] == ["Israeli army"]


# a place of a clause telling its own act ("after a drone killed a man in X") is not the strike's
OWN_ACT_PLACE = [
    ("fr", "L'armée a bombardé samedi des dépôts de carburant près de Hodeïda, un jour après qu'un drone "
           "rebelle a tué un passant à Haïfa."),
    ("en", "The army shelled fuel depots near Hodeidah on Saturday, a day after a rebel drone killed a "
           "passer-by in Haifa."),
]


@pytest.mark.parametrize(("language", "text"), OWN_ACT_PLACE)
def test_a_place_of_another_act_does_not_place_the_strike(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.date.start == date(2025, 11, 15)]
    assert len(found) == 1 and not found[0].date.inferred
    assert found[0].location is not None and "Haifa" not in found[0].location.name
    assert "udaydah" in found[0].location.name


# campaigns and trends are no incident; a toll since a day is one
CAMPAIGNS = [
    ("fr", "Les Houthis mènent depuis des mois des attaques contre la navigation en mer Rouge."),
    ("fr", "Les deux parties étaient parvenues à une entente pour mettre fin aux hostilités."),
    ("en", "The country has conducted attacks against militias over the last 10 years."),
    ("en", "Clashes between Israel and Hezbollah along the border have increased since the war began."),
    ("en", "A fragile ceasefire in late November largely halted more than a year of hostilities "
           "between Israel and Hezbollah."),
]


@pytest.mark.parametrize(("language", "text"), CAMPAIGNS)
def test_a_campaign_or_a_trend_is_no_incident(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "armed_clash"]
    assert found == []


TOLL_SINCE_A_DAY = [
    ("fr", "Des combats ont fait dix morts depuis lundi à Goma."),
    ("en", "Fighting has killed ten people in Goma since Monday."),
]


@pytest.mark.parametrize(("language", "text"), TOLL_SINCE_A_DAY)
def test_fighting_since_a_day_is_still_an_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.type, e.fatalities) for e in found] == [("armed_clash", 10)]


# an unidentified projectile is a missile; a helicopter is a weapon; a name the parse cuts stays whole
WEAPONS = [
    ("fr", "Un projectile est tombé mardi sur une ferme près de la frontière, tuant deux agriculteurs.",
     "missile_strike", "projectile"),
    ("en", "A projectile fell on a farm near the border on Tuesday, killing two farmers.",
     "missile_strike", "projectile"),
    ("fr", "Le gouverneur a accusé l'ennemi d'avoir mené une attaque contre un dépôt de carburant avec "
           "deux hélicoptères jeudi.", "air_strike", "helicopter"),
    ("en", "The governor accused the enemy of carrying out an attack on a fuel depot with two "
           "helicopters on Thursday.", "air_strike", "helicopter"),
    ("fr", "Le ministère a indiqué que les forces russes avaient tiré deux missiles balistiques "
           "Iskander-M sur le lieu de la réunion, tuant plus de 60 militaires.", "missile_strike",
     "Iskander-M"),
]


@pytest.mark.parametrize(("language", "text", "type_", "weapon"), WEAPONS)
def test_weapon_and_the_type_it_gives(analyse, language, text, type_, weapon):
    found = [e for e in events_of(analyse, text, language) if e.type == type_]
    assert len(found) == 1
    assert weapon in [w.name for w in found[0].weapons]


def test_a_university_is_a_generic_target_word():
    """Two reports of one strike list different damaged buildings ("university", "city centre"):
    a bare head word names no site that tells two incidents apart."""
    from newsevents.resolve.keys import is_specific_target

    assert not is_specific_target({"name": "university", "kind": "facility"})
    assert is_specific_target({"name": "Kharkiv National University", "kind": "facility"})


# held since a date: the arrest is the start of the detention, dated by the "since" date
HELD_SINCE = [
    ("fr", "Parmi eux figuraient le journaliste Evan Dupont, reporter d'un quotidien américain détenu "
           "depuis mars 2023, et l'ancien soldat Paul Martin, emprisonné pour espionnage en Russie "
           "depuis fin 2018."),
    ("en", "Among them were journalist Evan Dupont, a reporter for an American daily detained since "
           "March 2023, and former soldier Paul Martin, jailed for espionage in Russia since late 2018."),
]


@pytest.mark.parametrize(("language", "text"), HELD_SINCE)
def test_held_since_a_date_is_an_arrest_of_that_date(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "arrest"]
    assert sorted((e.date.start.year, e.date.start.month, e.background) for e in found) == \
        [(2018, 9, True), (2023, 3, True)]


SINCE_NO_ARREST = [
    ("fr", "L'armée détient des armes depuis 2010."),
    ("en", "The army has held the town since 2010."),
]


@pytest.mark.parametrize(("language", "text"), SINCE_NO_ARREST)
def test_holding_things_since_a_date_is_no_arrest(analyse, language, text):
    assert [e for e in events_of(analyse, text, language) if e.type == "arrest"] == []


# "a few days earlier": some days before the incident just told
FEW_DAYS_EARLIER = [
    ("fr", "Dimanche 9 novembre, une frappe de missiles russes a fait 34 morts à Soumy. Quelques jours "
           "auparavant, une autre frappe avait fait 18 morts dont neuf enfants dans la ville de Kryvyï Rih."),
    ("en", "On Sunday, November 9, a Russian missile strike killed 34 people in Sumy. A few days earlier, "
           "another strike had killed 18 people including nine children in the city of Kryvyi Rih."),
]


@pytest.mark.parametrize(("language", "text"), FEW_DAYS_EARLIER)
def test_a_few_days_before_the_incident_just_told(analyse, language, text):
    found = sorted(events_of(analyse, text, language), key=lambda e: e.date.start)
    assert [(e.fatalities, e.date.start, e.date.end, e.date.inferred) for e in found] == [
        (18, date(2025, 10, 31), date(2025, 11, 6), False), (34, date(2025, 11, 9), date(2025, 11, 9), False)]


ANSWER = [
    ("fr", "Une attaque de drone menée par les rebelles a tué une personne à Haïfa et provoque des "
           "représailles d'Israël qui répond par un raid sur le port de Hodeïda."),
    ("en", "A drone attack by the rebels killed one person in Haifa and prompted Israel to respond with "
           "a raid on the port of Hodeidah."),
]


@pytest.mark.parametrize(("language", "text"), ANSWER)
def test_the_answer_to_an_attack_is_an_incident_apart(analyse, language, text):
    found = {e.type: e for e in events_of(analyse, text, language)}
    assert sorted(found) == ["air_strike", "drone_strike"]
    assert "udaydah" in found["air_strike"].location.name
    assert found["drone_strike"].fatalities == 1


SHOT_DEAD = [
    ("fr", "Il s'agissait du deuxième jour de violences cette semaine au Cachemire. Dimanche, un soldat "
           "pakistanais avait été tué par balle dans la région de Kotli."),
    ("en", "It was the second day of violence this week in Kashmir. On Sunday, a Pakistani soldier was "
           "shot dead in the Kotli region."),
]


@pytest.mark.parametrize(("language", "text"), SHOT_DEAD)
def test_shot_dead_on_a_day_is_a_clash_of_that_day(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.start, e.fatalities) for e in found] == [("armed_clash", date(2025, 11, 9), 1)]


# a Commonwealth envoy is a High Commissioner; the summons told again with "the Foreign Office"
# (whose is not said) is the same summons
HIGH_COMMISSIONER = [
    ("fr", "Le Pakistan a convoqué mercredi le haut-commissaire adjoint de l'Inde et a élevé une vive "
           "protestation contre des tirs indiens. Le diplomate a été convoqué par le ministère des "
           "Affaires étrangères."),
    ("en", "Pakistan on Wednesday summoned India's Deputy High Commissioner and lodged a strong protest "
           "over firing by Indian forces. The envoy was summoned by the Foreign Office over the "
           "violation of the ceasefire."),
]


@pytest.mark.parametrize(("language", "text"), HIGH_COMMISSIONER)
def test_a_summons_told_twice_is_one_protest(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 12), False)]
    assert "Pakistan" in [a.name for a in found[0].actors]


# "<N> days after <incident>" after a dated statement: the incident is N days before it
DAYS_AFTER = [
    ("fr", "Le Kremlin a affirmé lundi que les forces russes ne frappaient pas les immeubles "
           "d'habitation, deux jours après qu'un immeuble de Dnipro a été touché lors d'une attaque de "
           "missiles russes qui a fait au moins 36 morts."),
    ("en", "The Kremlin said on Monday that Russian forces did not strike residential buildings, two days "
           "after an apartment complex in the city of Dnipro was hit during a major Russian missile "
           "attack that killed at least 36 people."),
]


@pytest.mark.parametrize(("language", "text"), DAYS_AFTER)
def test_days_after_an_incident_dates_it_before_the_statement(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "missile_strike"]
    assert [(e.date.start, e.date.inferred, e.fatalities) for e in found] == [(date(2025, 11, 8), False, 36)]


# the same with a day told before the phrase for the sentence's other act, not a statement's
DAYS_AFTER_OTHER_ACT = [
    ("fr", "Les secours fouillaient encore les décombres lundi, deux jours après qu'un missile a frappé "
           "un immeuble de Dnipro."),
    ("en", "Rescuers were still searching the rubble on Monday, two days after a missile hit an "
           "apartment block in Dnipro."),
]


@pytest.mark.parametrize(("language", "text"), DAYS_AFTER_OTHER_ACT)
def test_days_after_an_incident_count_from_the_day_of_the_other_act(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "missile_strike"]
    assert [e.date.start for e in found] == [date(2025, 11, 8)]
