"""Round 24 of the incidents (written from general patterns, published Friday 2025-05-09).

(1) A crowd told in a relative clause is the riot's actor: "des manifestants, qui ont attaqué
plusieurs ambassades à Kinshasa, ont été dispersés" is a riot by the protesters as much as the main
clause "des manifestants ont attaqué ..." (events_riots.antecedent, crowd_antecedent).
(2) An attack noun the passive of a verb of attribution lays on someone ("L'attaque a été attribuée
aux ADF", "The attack was blamed on ...") names the incident told before, as the active form does
(round 23): it joins that incident and gives it its actor (arguments_accused.attributed).
(3) A battle told in the present after an incident ("Les combats se déroulent désormais aux portes de
Goma", "The fighting is now raging near ...") is the war's state at publication, not an incident of
that day (events_present.py, `present_state_words` of lang/<code>/events.yaml).
(4) A barrage told on a whole country with a toll of its own, then a strike in a town with a smaller
toll of its own, are two incidents; with no toll of its own the barrage is the town's strike told
first, one incident (drafts_umbrellas.keep_parts_apart).
(5) A strike told again further down with a new detail (an hour, a new toll) is the same incident; a
new strike the same day in another town is another, and one told "hours later" ("quelques heures plus
tard") takes the day of the strike told before it, not the publication day (`before_previous` of
lang/<code>/events.yaml, events_dates._before_previous).
(6) Two time mentions with no word between name one time ("killed twenty people overnight Saturday"):
one incident of that day, not one per mention (events_split.coordinated).
(7) Who repelled an attack told by the passive ("L'attaque a été repoussée par l'armée", "The attack
was repelled by our troops") defended it: no actor of it, nor the actor of a new clash
(events_effects.repelled_by, `repel_verbs`).
(8) The attack a live blog's later entry says was claimed ("11:40 GMT - The RSF claimed responsibility
for the attack") is the incident of an entry before, of that incident's day, not a new one dated by
the entry's clock (drafts_attributed._claimed_entry).
"""

from __future__ import annotations

import pytest
from helpers import events_of

PUBLISHED = "2025-05-09"

# (language, text): a riot whose actor is the crowd the relative pronoun stands for
RELATIVE_CROWDS = [
    ("fr", "Mercredi, des manifestants, qui ont attaqué plusieurs ambassades à Kinshasa, ont été "
     "dispersés par la police."),
    ("fr", "La police a dispersé mardi à Lomé des manifestants, qui ont saccagé le siège du parti au "
     "pouvoir."),
    ("fr", "Jeudi à Bamako, des centaines de manifestants, qui ont pris d'assaut l'ambassade de France, "
     "ont été repoussés par les forces de l'ordre."),
    ("en", "On Wednesday, protesters, who attacked several embassies in Kinshasa, were dispersed by police."),
    ("en", "On Thursday in Dhaka, hundreds of protesters who stormed the Indian embassy were "
     "pushed back by police."),
]


@pytest.mark.parametrize(("language", "text"), RELATIVE_CROWDS)
def test_a_crowd_in_a_relative_clause_rioted(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    riots = [e for e in found if (e.plover or {}).get("mode") == "riot"]
    assert [e.type for e in riots] == ["protest"], [(e.type, e.plover) for e in found]
    assert "protesters" in [p.name for p in riots[0].actors]
    assert not [e for e in found if e.type == "armed_clash"]


# (language, text, the incident's type, its day, its actor): one incident
PASSIVE_ATTRIBUTIONS = [
    ("fr", "Une attaque contre un village du territoire de Beni a fait au moins vingt morts samedi, selon "
     "les autorités locales. L'attaque a été attribuée aux Forces démocratiques alliées (ADF).",
     None, "2025-05-03", "Allied Democratic Forces"),
    ("fr", "Un kamikaze s'est fait exploser lundi dans un marché de Maiduguri, tuant huit personnes. "
     "L'attentat a été attribué au groupe Boko Haram.", "explosion", "2025-05-05", "Boko Haram"),
    ("fr", "Une bombe a explosé mardi près d'un convoi de la police à Quetta, tuant quatre policiers. "
     "L'attentat a été imputé à des séparatistes baloutches.", "explosion", "2025-05-06", "separatists"),
    ("en", "An attack on a village in Beni territory killed at least twenty people on Saturday, local "
     "authorities said. The attack was blamed on the Allied Democratic Forces (ADF), an armed group.",
     None, "2025-05-03", "Allied Democratic Forces"),
    ("en", "A roadside bomb exploded on Tuesday near a police convoy in Quetta, killing four officers. "
     "The attack was attributed to Baloch separatists.", "explosion", "2025-05-06", "separatists"),
    ("en", "A car bomb exploded on Monday outside a market in Mogadishu, killing nine people. The bombing "
     "has been blamed on al-Shabaab.", "explosion", "2025-05-05", "al-Shabaab"),
]


@pytest.mark.parametrize(("language", "text", "kind", "day", "actor"), PASSIVE_ATTRIBUTIONS)
def test_the_passively_attributed_attack_is_the_incident_told_before(
        analyse, language: str, text: str, kind: str | None, day: str, actor: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert len(found) == 1, [(e.type, e.date) for e in found]
    event = found[0]
    assert kind is None or event.type == kind
    assert event.date is not None and event.date.start.isoformat() == day
    assert actor in [p.name for p in event.actors], [p.name for p in event.actors]


# (language, text, the day of the one incident): the present's sentence adds none
PRESENT_STATES = [
    ("fr", "Des combats ont opposé lundi l'armée aux rebelles près de Sake, selon des sources locales. Les "
     "combats se déroulent désormais aux portes de Goma, a indiqué un responsable.", "2025-05-05"),
    ("fr", "Les jihadistes ont attaqué mardi un camp militaire près de Tillabéri. Les affrontements ont "
     "actuellement lieu à la sortie de la ville, selon un élu.", "2025-05-06"),
    ("fr", "L'armée a bombardé mercredi des positions rebelles près de Kidal. Les combats se poursuivent "
     "maintenant au nord de la ville.", "2025-05-07"),
    ("en", "Heavy fighting broke out between troops and rebels on Monday near Sake, local sources said. The "
     "fighting is now taking place at the gates of Goma, a civil society official said.", "2025-05-05"),
    ("en", "Militants attacked an army base near Tillaberi on Tuesday. Clashes are currently raging on the "
     "edge of the town, a local official said.", "2025-05-06"),
]


@pytest.mark.parametrize(("language", "text", "day"), PRESENT_STATES)
def test_a_battle_told_in_the_present_is_no_incident(analyse, language: str, text: str, day: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [e.date.start.isoformat() if e.date else None for e in found] == [day], \
        [(e.type, e.date, e.location) for e in found]


# a strike told in the present (not a battle's state) stays an incident of the day
@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Des drones russes ont frappé lundi le port d'Odessa. Des missiles russes frappent actuellement "
     "Kiev, a annoncé le maire."),
    ("en", "Russian drones struck the port of Odesa on Monday. Russian missiles are now hitting Kyiv, the "
     "mayor said."),
])
def test_a_strike_told_in_the_present_stays(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert sorted(e.location.name for e in found if e.location) == ["Kyiv", "Odesa"]


# a new battle with a day of its own stays an incident
def test_a_new_battle_with_its_day_stays_apart(analyse) -> None:
    text = ("Des combats ont opposé lundi l'armée aux rebelles près de Sake. Mercredi, des combats ont "
            "éclaté près de Goma entre l'armée et les rebelles.")
    found = events_of(analyse, text, "fr", PUBLISHED)
    assert sorted(e.date.start.isoformat() for e in found if e.date) == ["2025-05-05", "2025-05-07"]


# (language, text, [(place, killed)] of the incidents, in text order)
BARRAGES = [
    ("fr", "La Russie a lancé une attaque massive de missiles et de drones contre l'Ukraine dans la nuit de "
     "mardi à mercredi, tuant au moins quinze personnes dans tout le pays. À Kiev, six personnes ont été "
     "tuées dans une frappe sur un immeuble résidentiel.", [("Ukraine", 15), ("Kyiv", 6)]),
    ("fr", "L'armée russe a mené mardi une vaste attaque de drones contre l'Ukraine qui a fait au moins "
     "neuf morts, selon les autorités. À Odessa, un drone a frappé un immeuble, tuant deux personnes.",
     [("Ukraine", 9), ("Odesa", 2)]),
    ("en", "Russia launched a massive missile and drone attack on Ukraine on Wednesday, killing at least 15 "
     "people across the country, officials said. In Kyiv, a missile hit a residential building, killing six "
     "people.", [("Ukraine", 15), ("Kyiv", 6)]),
    # the capital its only place: one incident
    ("en", "Russia launched a massive drone attack on Ukraine on Wednesday, the air force said. In Kyiv, a "
     "drone hit an apartment block, killing three people.", [("Kyiv", 3)]),
    ("fr", "La Russie a lancé mercredi une attaque de drones contre l'Ukraine. À Kiev, un drone a frappé un "
     "immeuble, tuant trois personnes.", [("Kyiv", 3)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), BARRAGES)
def test_a_barrage_and_its_capital(analyse, language: str, text: str, expected: list) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [(e.location.name if e.location else None, e.fatalities) for e in found] == expected
    assert all(e.date is not None and not e.date.inferred for e in found)
    assert all(any("Russia" in p.name for p in e.actors) for e in found)


# (language, text, [(place, day, killed)] of the incidents, in text order)
RETOLD = [
    ("fr", "Une frappe de drone a touché mardi un marché de Kramatorsk, selon le gouverneur régional. Le "
     "bilan provisoire fait état de trois morts.\n\nLa frappe s'est produite vers 10 heures, heure locale, "
     "alors que le marché était bondé. Selon un nouveau bilan, quatre personnes ont été tuées.",
     [("Kramatorsk", "2025-05-06", 4)]),
    ("en", "A Russian drone struck a market in Kramatorsk on Tuesday, killing three people, the governor "
     "said.\n\nThe strike hit at around 10 a.m. local time, when the market was crowded. Four people were "
     "killed, according to an updated toll.", [("Kramatorsk", "2025-05-06", 4)]),
    ("en", "An Israeli airstrike hit a house in Khan Younis on Monday, killing five people, the civil "
     "defence said. Hours later, another strike hit a tent camp in Deir al-Balah, killing three.\n\nThe "
     "strike on the house in Khan Younis took place at night, a witness said.",
     [("Khān Yūnis", "2025-05-05", 5), ("Dayr al Balaḩ", "2025-05-05", 3)]),
    ("fr", "Une frappe israélienne a visé lundi une maison à Khan Younès, tuant cinq personnes, selon la "
     "défense civile. Quelques heures plus tard, une autre frappe a touché un camp de tentes à Deir "
     "el-Balah, tuant trois personnes.",
     [("Khān Yūnis", "2025-05-05", 5), ("Dayr al Balaḩ", "2025-05-05", 3)]),
    ("en", "A drone strike hit a car near Tyre on Wednesday, killing two men, the health ministry said. "
     "Minutes later, a second drone strike hit a motorcycle in Bint Jbeil, killing one person.",
     [("Tyre", "2025-05-07", 2), ("Bent Jbaïl", "2025-05-07", 1)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), RETOLD)
def test_a_strike_told_again_and_a_new_one(analyse, language: str, text: str, expected: list) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [(e.location.name if e.location else None, e.date.start.isoformat() if e.date else None,
             e.fatalities) for e in found] == expected


# (text, the day of the one incident)
NAMED_NIGHTS = [
    ("An attack on a village in Beni territory killed at least twenty people overnight Saturday, local "
     "authorities said.", "2025-05-03"),
    ("A drone attack on a market in Nyala killed at least eleven people overnight Sunday, activists said.",
     "2025-05-04"),
]


@pytest.mark.parametrize(("text", "day"), NAMED_NIGHTS)
def test_a_night_named_by_its_day_is_one_time(analyse, text: str, day: str) -> None:
    found = events_of(analyse, text, "en", PUBLISHED)
    assert [e.date.start.isoformat() if e.date else None for e in found] == [day]


# (language, text, the attacker, the defender): one incident, the defender no actor of it
REPELLED = [
    ("fr", "Des jihadistes ont attaqué mardi un poste militaire près de Djibo, dans le nord du Burkina Faso. "
     "L'attaque a été repoussée par l'armée, qui a tué une vingtaine d'assaillants.", "jihadists", "army"),
    ("en", "Colombia's army said on Thursday that FARC dissidents had attacked a military base in the "
     "department of Cauca with drones on Wednesday, wounding seven soldiers. \"The attack was repelled by "
     "our troops,\" the army said.", "FARC dissidents", "army"),
    ("en", "Militants stormed a police station in Bannu on Monday night, officials said. The assault was "
     "repulsed by police after a two-hour gunfight.", "militants", "police"),
]


@pytest.mark.parametrize(("language", "text", "attacker", "defender"), REPELLED)
def test_who_repelled_the_attack_is_no_actor(analyse, language: str, text: str, attacker: str,
                                             defender: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert len(found) == 1, [(e.type, [p.name for p in e.actors]) for e in found]
    names = [p.name for p in found[0].actors]
    assert attacker in names and not any(defender in n.lower() for n in names), names


# (language, text, the place, the day, the claimant): one incident
CLAIMED_ENTRIES = [
    ("fr", "Direct\n\n10h15 - Des frappes de drones ont visé mercredi matin le port de Port-Soudan, selon un "
     "porte-parole de l'armée.\n\n11h40 - Les Forces de soutien rapide (FSR) ont revendiqué l'attaque dans "
     "un communiqué.", "Port Sudan", "2025-05-07", "Rapid Support Forces"),
    ("en", "Live updates\n\n10:15 GMT - Drones struck the port of Port Sudan on Wednesday morning, an army "
     "spokesman said.\n\n11:40 GMT - The Rapid Support Forces (RSF) claimed responsibility for the attack "
     "in a statement.", "Port Sudan", "2025-05-07", "Rapid Support Forces"),
]


@pytest.mark.parametrize(("language", "text", "place", "day", "claimant"), CLAIMED_ENTRIES)
def test_the_attack_claimed_in_a_later_entry(analyse, language: str, text: str, place: str, day: str,
                                             claimant: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [(e.location.name if e.location else None, e.date.start.isoformat() if e.date else None)
            for e in found] == [(place, day)]
    assert claimant in [p.name for p in found[0].actors]
