"""Round 10 of the incidents: precision on genres other than wire copy (explainers, interviews,
live blogs, trial reports). An act told as what keeps happening ("shelling has repeatedly hit the
camps"), a kind of act ("Missile strikes have destroyed schools"), a prospect ("do you expect more
attacks?", "is due to meet"), shots fired into the air, and an act told again in a relative clause
of a trial report ("the bombings of 2019, in which ... struck") are no incidents of their own or
not of the report's day. Sentences written from general patterns, French and English; each runs
the whole pipeline (`analyse`, published Saturday 2025-11-15: "lundi"/"Monday" is the 10th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import check_time, events_of

# a word of frequency under the act or its verb, and no day: a habit, not an incident
HABITS = [
    ("en", "Shelling has repeatedly hit the camps for displaced people."),
    ("en", "The group frequently carries out bombings in the capital."),
    ("en", "Ceasefires have rarely held in the region."),
    ("en", "Peace talks have stalled several times."),
    ("fr", "Les frappes visent souvent des marchés dans la région."),
    ("fr", "Le village a été bombardé à plusieurs reprises par l'armée."),
    ("fr", "Les bombardements d'artillerie sont devenus quotidiens dans certaines villes."),
    ("fr", "Les trêves ont rarement tenu dans la région."),
]


@pytest.mark.parametrize(("language", "text"), HABITS)
def test_an_act_told_as_a_habit_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date) for e in found]


# with a day of its own, the same words tell that day's strikes
HABITS_OF_A_DAY = [
    ("en", "The village was shelled repeatedly on Monday, killing two civilians."),
    ("fr", "Le village a été bombardé à plusieurs reprises lundi, faisant deux morts."),
]


@pytest.mark.parametrize(("language", "text"), HABITS_OF_A_DAY)
def test_repeated_strikes_of_one_day_are_an_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.date.start for e in found if e.date] == [date(2025, 11, 10)], [(e.type, e.date) for e in found]


# a trend: clashes that spread since a year, strikes that have become common
TRENDS = [
    ("en", "Since 2022, clashes have spread around the city."),
    ("en", "Kidnappings for ransom have become common in the northwest."),
    ("fr", "Depuis 2022, les combats se sont étendus à toute la province."),
]


@pytest.mark.parametrize(("language", "text"), TRENDS)
def test_a_trend_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date) for e in found]


# a bare plural subject of a present perfect, out of the lead: a kind of act unless a toll says more
KINDS = [
    ("en", "The mayor described life under constant shelling.\n\n"
           "Missile strikes have destroyed schools and hospitals in the city.", 0),
    ("en", "The mayor described life under constant shelling.\n\n"
           "Airstrikes have killed 12 people in the city.", 1),
]


@pytest.mark.parametrize(("language", "text", "count"), KINDS)
def test_a_kind_of_act_is_no_incident_without_a_toll(analyse, language, text, count):
    found = events_of(analyse, text, language)
    assert len(found) == count, [(e.type, e.date, e.fatalities) for e in found]


# a prospect: what is expected, feared or scheduled has not happened
PROSPECTS = [
    ("en", "Do you expect more attacks this winter?"),
    ("en", "Residents fear new strikes on the port."),
    ("en", "The president is due to meet European leaders in Brussels later today."),
    ("fr", "Les habitants craignent de nouvelles frappes sur le port."),
    ("fr", "Les habitants s'attendent à de nouveaux bombardements."),
    ("fr", "Le président doit rencontrer son homologue ukrainien jeudi à Paris."),
]


@pytest.mark.parametrize(("language", "text"), PROSPECTS)
def test_a_prospect_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date) for e in found]


# shots into the air warn: no air strike (a volley at a bus is an attack)
AIR_SHOTS = [
    ("en", "Gunmen fired shots into the air before taking the villagers away.", False),
    ("fr", "Les soldats ont tiré en l'air pour disperser la foule.", False),
    ("en", "Gunmen fired on a bus near the town on Monday, killing three passengers.", True),
]


@pytest.mark.parametrize(("language", "text", "attack"), AIR_SHOTS)
def test_shots_into_the_air_are_no_air_strike(analyse, language, text, attack):
    found = events_of(analyse, text, language)
    assert not any(e.type == "air_strike" for e in found), [e.type for e in found]
    assert bool(found) == attack, [(e.type, e.date) for e in found]


# a trial report: the act told again in a relative clause on the attack's noun phrase is that
# attack, of its own year, not of the day the trial opened
TRIALS = [
    ("en", "A court on Monday opened the trial of four men accused of the 2013 attack on a shopping "
           "mall, in which gunmen killed 67 people.", 2013, 67),
    ("en", "Trial opens over 2019 attack on churches\n\nA court on Monday opened the trial of 25 men "
           "accused of involvement in the Easter Sunday bombings of 2019, in which suicide bombers "
           "struck three churches and three hotels, killing 269 people.", 2019, 269),
    ("fr", "Un tribunal a ouvert lundi le procès de trois hommes accusés de l'attentat de 2016 contre "
           "l'aéroport, au cours duquel des kamikazes ont tué 32 personnes.", 2016, 32),
]


@pytest.mark.parametrize(("language", "text", "year", "toll"), TRIALS)
def test_the_attack_judged_keeps_its_own_date(analyse, language, text, year, toll):
    found = events_of(analyse, text, language)
    assert len(found) == 1, [(e.type, e.date) for e in found]
    assert found[0].date is not None and found[0].date.start.year == year
    assert found[0].fatalities == toll


# a count told in a sentence dated before the incident is an earlier toll (a war's), not the
# strike's; a count dated after it is the toll updated
EARLIER_TOLLS = [
    ("fr", "09h40 - L'armée a mené des frappes contre des positions rebelles près de la frontière.\n\n"
           "12h30 - Rappel : la guerre avait fait plus de 4 000 morts dans la région en 2024.", None),
    ("en", "Troops shelled rebel positions near the border on Monday.\n\n"
           "The conflict killed more than 1,200 civilians in 2023, according to the United Nations.", None),
    ("en", "Troops shelled rebel positions near the border on Monday.\n\n"
           "On Tuesday, the toll rose to 12 dead, officials said.", 12),
    ("fr", "L'armée a bombardé lundi des positions rebelles près de la frontière.\n\n"
           "Mardi, le bilan est passé à 12 morts, selon les autorités.", 12),
]


@pytest.mark.parametrize(("language", "text", "toll"), EARLIER_TOLLS)
def test_an_earlier_toll_is_not_the_strikes(analyse, language, text, toll):
    found = events_of(analyse, text, language)
    assert len(found) == 1, [(e.type, e.date, e.fatalities) for e in found]
    assert found[0].fatalities == toll


# a year's tally: uncounted plural acts over a year, or a war as the killer
TALLIES = [
    ("en", "The mayor described life under constant shelling.\n\n"
           "Airstrikes by the military killed at least 1,200 civilians in 2024, the report says.", 0),
    ("fr", "Le maire a décrit la vie sous les bombardements.\n\n"
           "Les frappes aériennes de l'armée ont tué au moins 1 200 civils en 2024, selon le rapport.", 0),
    ("en", "The war killed thousands of people in 2023.", 0),
    ("en", "The 2019 attack on the camp killed 71 soldiers.", 1),
    ("en", "In 2019, gunmen killed 30 villagers in the north.", 1),
]


@pytest.mark.parametrize(("language", "text", "count"), TALLIES)
def test_a_years_tally_is_no_incident(analyse, language, text, count):
    found = events_of(analyse, text, language)
    assert len(found) == count, [(e.type, e.date, e.fatalities) for e in found]


# a habit told after an attack takes none of its consequences, and a blast or gunfire heard in a
# witness's words is the attack's own
HABIT_AFTER_ATTACK = [
    ("en", "A suicide bomber blew himself up at a market in the north on Tuesday, killing six people.\n\n"
           "The militants have waged an insurgency for a decade and frequently carry out bombings in the "
           "region.\n\n\"We heard a huge explosion and then gunfire,\" a trader said."),
    ("fr", "Un kamikaze s'est fait exploser mardi sur un marché du nord, tuant six personnes.\n\n"
           "Les jihadistes mènent une insurrection depuis dix ans et commettent souvent des attentats dans "
           "la région.\n\n« Nous avons entendu une énorme explosion », a raconté un commerçant."),
]


@pytest.mark.parametrize(("language", "text"), HABIT_AFTER_ATTACK)
def test_a_habit_takes_no_consequence(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.date.start if e.date else None, e.fatalities) for e in found] == [(date(2025, 11, 11), 6)], \
        [(e.type, e.date, e.fatalities) for e in found]


# every/any/chaque: a kind of attack, not one
KINDS_BY_DETERMINER = [
    ("en", "Without air defence, every drone attack is a lottery."),
    ("fr", "Sans défense aérienne, chaque attaque de drone est une loterie."),
]


@pytest.mark.parametrize(("language", "text"), KINDS_BY_DETERMINER)
def test_every_attack_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date) for e in found]


# a count next to the tally's words is the tally's, not the landmark's it is compared with
def test_a_tallys_count_is_not_the_landmarks(analyse):
    text = ("The mayor described life under constant shelling.\n\nAirstrikes by the military killed at "
            "least 1,200 civilians in 2025, the highest toll since the 2021 coup.")
    found = events_of(analyse, text, "en")
    assert all(e.fatalities is None for e in found), [(e.type, e.date, e.fatalities) for e in found]


# a bare plural object of a present, out of the lead, and a mass noun of fighting as a subject
def test_a_documented_kind_of_attack_is_no_incident(analyse):
    text = ("The mayor described life under constant shelling.\n\nThe report documents attacks on "
            "schools and hospitals. Fighting between the army and armed groups has displaced millions.")
    found = events_of(analyse, text, "en")
    assert found == [], [(e.type, e.date) for e in found]


# fire traded between forces is a clash with both sides, never a prisoner exchange
def test_traded_fire_is_a_clash(analyse):
    text = ("Government and rebel forces exchanged heavy fire at the border crossing on Wednesday night, "
            "killing two soldiers.")
    found = events_of(analyse, text, "en")
    assert [e.type for e in found] == ["armed_clash"], [(e.type, e.date) for e in found]
    assert found[0].date is not None and found[0].date.start == date(2025, 11, 12)


def test_prisoners_exchanged_stay_an_exchange(analyse):
    found = events_of(analyse, "The two sides exchanged 26 prisoners on Monday.", "en")
    assert [e.type for e in found] == ["prisoner_exchange"]


# a gas explosion is an accident
GAS = [
    ("en", "A gas explosion killed three people in a restaurant in the capital on Monday."),
    ("fr", "Une explosion de gaz a fait trois morts lundi dans un restaurant de la capitale."),
]


@pytest.mark.parametrize(("language", "text"), GAS)
def test_a_gas_explosion_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date) for e in found]


# a habit told through a noun predicate ("is regularly the scene of clashes")
SCENES = [
    ("fr", "La capitale est régulièrement le théâtre de heurts entre milices rivales."),
    ("en", "The capital is regularly the scene of clashes between rival militias."),
]


@pytest.mark.parametrize(("language", "text"), SCENES)
def test_a_regular_scene_of_clashes_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found == [], [(e.type, e.date) for e in found]


# a day put beside a span counted back names the same time: the day wins
ANNIVERSARIES = [
    ("fr", "Il y a un an, le 14 septembre 2024, un bombardement d'artillerie avait tué 37 personnes sur "
           "un marché de l'est du pays."),
]


@pytest.mark.parametrize(("language", "text"), ANNIVERSARIES)
def test_an_anniversarys_day_dates_the_attack(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, [(e.type, e.date) for e in found]
    assert found[0].date is not None and found[0].date.start == found[0].date.end == date(2024, 9, 14)


# a clash noun of the headline announces the clash told in the next sentences: one incident
HEADLINE_CLASHES = [
    ("fr", "Affrontements meurtriers entre milices dans la capitale\n\nAu moins six personnes ont été tuées "
           "dans la nuit de mardi à mercredi lors d'affrontements entre deux groupes armés rivaux dans un "
           "quartier de la capitale, a annoncé le ministère de la Santé."),
    ("en", "Deadly clashes between militias in the capital\n\nAt least six people were killed overnight on "
           "Tuesday in clashes between two rival armed groups in a district of the capital, the health "
           "ministry said."),
]


@pytest.mark.parametrize(("language", "text"), HEADLINE_CLASHES)
def test_a_headlines_clash_is_the_bodys(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, [(e.type, e.date, e.fatalities) for e in found]
    assert found[0].fatalities == 6


# a press release in the present is dated by its document: a date told after the act it names as
# its object is that act's, wherever the parser hangs it
PRESS_RELEASES = [
    ("en", "The Ministry strongly condemns the shelling by enemy forces of a border village, in the east "
           "of the country, on the morning of 1 November, which wounded two civilians.",
     date(2025, 11, 1), date(2025, 11, 1)),
    ("fr", "Le ministère condamne fermement le bombardement d'un village frontalier par les forces ennemies, "
           "dans la nuit du 1er au 2 novembre, qui a blessé deux civils.",
     date(2025, 11, 1), date(2025, 11, 2)),
]


@pytest.mark.parametrize(("language", "text", "start", "end"), PRESS_RELEASES)
def test_a_press_releases_date_after_the_act_is_the_acts(analyse, language, text, start, end):
    found = events_of(analyse, text, language)
    assert len(found) == 1, [(e.type, e.date) for e in found]
    assert found[0].date is not None and (found[0].date.start, found[0].date.end) == (start, end)


# fighters "neutralised" in an army communiqué: an attack on them, typed by its clause's weapon;
# a package neutralised is none
NEUTRALISED = [
    ("fr", "Dans la nuit du 1er au 2 novembre, les forces armées ont neutralisé un groupe terroriste près "
           "de la frontière.", "armed_clash"),
    ("en", "The army said it neutralised 15 terrorists in an air operation near the border on Sunday.",
     "air_strike"),
    ("en", "Police neutralised a suspicious package at the station on Monday.", None),
]


@pytest.mark.parametrize(("language", "text", "type_"), NEUTRALISED)
def test_fighters_neutralised_are_an_attack(analyse, language, text, type_):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == ([type_] if type_ else []), [(e.type, e.date) for e in found]


# a live blog's entry stamp with its time zone is a clock time, and its zone no party
def test_a_live_blogs_time_zone_is_no_actor(analyse):
    text = ("LIVE: war updates\n\n07:50 GMT - Drones launched by the rebels struck an army airfield in the "
            "north overnight, a military source said.")
    found = events_of(analyse, text, "en")
    assert len(found) == 1, [(e.type, e.date) for e in found]
    assert all("GMT" not in a.name for a in found[0].actors), found[0].actors


# the zone is part of the clock mention; "over" before a year naming a past act is a year
CLOCKS_AND_YEARS = [
    ("07:50 GMT - Drones struck the airfield.", "07:50 GMT", "2025-11-15 2025-11-15 day 07:50"),
    ("Four men were jailed over 2017 attack on a police station.", "2017", "2017-01-01 2017-12-31 year"),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), CLOCKS_AND_YEARS)
def test_clock_zones_and_years_after_over(sentence, words, expected):
    check_time(sentence, words, expected, "en", date(2025, 11, 15))


def test_over_before_a_count_is_no_year():
    from newsevents.temporal import find_times

    found = [v.text for v in find_times("Over 2019 people died and police arrested over 2000 police.", "en",
                                         date(2025, 11, 15))]
    assert found == [], found


# an answer told by a gerund under a verb of response is another incident than the fire it
# answers; what "respond to" names is the act answered, not an answer
ANSWERS = [
    ("fr", "Un berger a été blessé lundi par des tirs de soldats près du village frontalier.\n\nL'armée a "
           "affirmé avoir ouvert le feu sur un suspect. Le groupe armé a répondu en tirant des roquettes "
           "sur une position militaire de l'autre côté de la frontière.", 2),
]


@pytest.mark.parametrize(("language", "text", "count"), ANSWERS)
def test_an_answer_by_gerund_is_another_incident(analyse, language, text, count):
    found = events_of(analyse, text, language)
    assert len(found) == count, [(e.type, e.date) for e in found]


def test_what_a_response_answers_is_no_answer(analyse):
    from newsevents.extract import qualifiers as q
    from newsevents.extract.events import Context

    article = analyse("The government vowed to respond to an airstrike that destroyed a depot.", "en")
    ctx = Context(article)
    strike = next(t for t in ctx.matches.triggers if t.span.text == "airstrike")
    assert not q.answering(ctx, strike)


# a word of frequency on the verb above a verb trigger repeats that verb's act (the accusing), not
# the trigger's
def test_repeated_accusations_keep_the_act_accused(analyse):
    text = "Le gouvernement a plusieurs fois accusé les rebelles d'avoir attaqué des villages frontaliers."
    found = events_of(analyse, text, "fr")
    assert len(found) == 1, [(e.type, e.date) for e in found]


# a kind of act in the first paragraph of an explainer or a report is still a kind; a headline,
# which writes news in the present, announces the incident its body tells
LEAD_KINDS = [
    ("en", "Explainer: the war in the east\n\nThe conflict has simmered for decades. Fighting between the "
           "army and armed groups has displaced millions.", 0),
    ("en", "UN report on civilian harm\n\nThe report documents attacks on schools, monasteries and "
           "hospitals. It calls for an inquiry.", 0),
    ("en", "Israel strikes southern Lebanon\n\nIsraeli airstrikes have hit targets across southern Lebanon, "
           "the army said. Hezbollah did not comment.", 1),
]


@pytest.mark.parametrize(("language", "text", "count"), LEAD_KINDS)
def test_a_kind_in_the_lead_needs_a_headline(analyse, language, text, count):
    found = [e for e in events_of(analyse, text, language) if e.type != "demand"]
    assert len(found) == count, [(e.type, e.date) for e in found]


# a general condition in the present ("when a strike hits a hospital") tells what happens whenever;
# in the past with a day it tells one incident
CONDITIONS = [
    ("en", "When a strike hits a hospital, it does not only kill those inside.", 0),
    ("fr", "Quand une frappe touche un hôpital, elle ne tue pas seulement ceux qui s'y trouvent.", 0),
    ("en", "When a strike hit the hospital on Monday, four patients were killed.", 1),
    ("fr", "Lorsqu'une frappe a touché l'hôpital lundi, quatre patients ont été tués.", 1),
]


@pytest.mark.parametrize(("language", "text", "count"), CONDITIONS)
def test_a_general_condition_is_no_incident(analyse, language, text, count):
    found = events_of(analyse, text, language)
    assert len(found) == count, [(e.type, e.date) for e in found]
