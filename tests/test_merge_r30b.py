"""Which incidents exist, and their type, round 30 (second task): pattern sentences of our own.

0/5. The accident rule (events_blasts) is language data: it runs for every language whose events.yaml
   has `accident_words`, French too. A blast told as an accident (a chemical store, negligence, a
   fire, no doer, no attack word) is no incident; the trained screen keeps what the rule cannot tell
   (tests/test_learn_screen.py).
1. Two acts told in coordinated clauses of one sentence, each with a subject of its own and of two
   types, are two incidents (events_conjuncts): a drone downing a helicopter here, a car bomb there.
2. A headline's act and the body's first act of that day are one incident when the headline names
   the body town's division by its short name ("Gaza" for a town of the Gaza Strip), also once the
   headline took the body's toll (drafts_scene.headline_scene); the night's wave counted with no town
   ("Russia launched 310 drones and 22 missiles overnight") is the town's strike told again
   (drafts_scene.wave_totals).
3. Phantom acts from frames: "the first X since Y" names the act told before, no X at Y's date
   (events_generic_since.ranked_since); a breach told in a relative clause of an attack ("condemned an
   attack that violates the ceasefire") is no act of its own; a truce named as what is violated is
   the recalled pact with its own date, whose parties are never who denounces it
   (events_breach.breached_pacts).
4. A recalled attack likened to the news ("En mars, une attaque similaire ... avait fait plus de 40
   morts", "a similar attack ... killed 40") is one background incident with its own date and toll,
   no kind of act (events_generic.one_similar; "such attacks", "des attaques similaires" stay kinds).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday

ACCIDENTS = [
    ("fr", "Une violente explosion a ravagé dimanche un dépôt du port de Lattaquié, faisant 25 morts. "
           "Le sinistre s'est déclaré dans un hangar où étaient entreposés des produits chimiques, selon "
           "la protection civile. Le gouverneur a dénoncé des négligences. L'incendie n'était pas maîtrisé "
           "lundi."),
    ("fr", "Une explosion dans une usine de feux d'artifice de la province de Hunan a tué neuf ouvriers "
           "samedi, selon les autorités locales."),
    ("fr", "Un camion-citerne a explosé mardi sur une route du sud du Nigeria après s'être renversé, tuant "
           "au moins 30 personnes venues récupérer du carburant."),
    ("en", "A massive blast tore through a container yard at the port of Chittagong on Saturday, killing "
           "18 people. The fire started where chemicals were stored, officials said, and the minister "
           "blamed negligence."),
]


@pytest.mark.parametrize(("language", "text"), ACCIDENTS)
def test_a_blast_told_as_an_accident_is_no_incident_in_every_language(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert not events, [(e.type, e.summary) for e in events]


COORDINATED = [
    ("en", "Nine soldiers were killed when a drone attack brought down an army helicopter in Cauca province "
           "on Tuesday, and a car bomb exploded outside a police station in the town of Jamundi, killing "
           "four civilians, officials said."),
    ("fr", "Huit militaires ont été tués mardi lorsqu'une attaque de drone a abattu un hélicoptère de "
           "l'armée dans le département du Cauca, et une voiture piégée a explosé devant un commissariat de "
           "la ville de Jamundi, tuant quatre civils."),
]


@pytest.mark.parametrize(("language", "text"), COORDINATED)
def test_two_coordinated_acts_are_two_incidents(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    got = sorted((e.type, e.location.name if e.location else None) for e in events)
    assert [t for t, _ in got] == ["drone_strike", "explosion"], got
    assert "Cauca" in str(got[0][1]) and "Jamund" in str(got[1][1]), got


ONE_ACT = [
    ("fr", "Gaza : 12 morts dans une double frappe sur l'hôpital al-Awda\n\nAu moins douze personnes, "
           "dont trois journalistes, ont été tuées lundi dans deux frappes israéliennes successives sur "
           "l'hôpital al-Awda de Jabalia, dans le nord de la bande de Gaza, selon la Défense civile. La "
           "seconde frappe a touché les secouristes venus porter secours aux blessés."),
    ("en", "Russian missile and drone attack hits apartment blocks in Khmelnytskyi\n\nA Russian missile and "
           "drone attack hit apartment blocks in Khmelnytskyi early on Tuesday, killing six people, regional "
           "officials said. Russia launched 310 drones and 22 missiles overnight, Ukraine's air force said, "
           "adding that 280 drones were shot down."),
]


@pytest.mark.parametrize(("language", "text"), ONE_ACT)
def test_a_headline_and_the_body_tell_one_act(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert len(events) == 1, [(e.type, e.summary) for e in events]


RANKED = [
    ("en", "A suicide bomber blew himself up inside a church in Homs on Sunday, killing 14 worshippers, "
           "the interior ministry said. It was the first suicide bombing in the city since the fall of the "
           "former government in March."),
    ("fr", "Un kamikaze s'est fait exploser dimanche dans une église de Homs, tuant 14 fidèles, selon le "
           "ministère de l'Intérieur. C'est le premier attentat-suicide dans la ville depuis la chute de "
           "l'ancien gouvernement en mars."),
    ("en", "A drone strike killed three people in Nabatieh in southern Lebanon on Tuesday. President Joseph "
           "Aoun condemned an attack that violates the ceasefire agreed in November 2024."),
]


@pytest.mark.parametrize(("language", "text"), RANKED)
def test_a_frame_of_the_act_is_no_act_of_its_own(analyse, language, text):
    events = [e for e in analyse(text, language, PUBLISHED).events
              if e.type not in ("ceasefire", "agreement")]
    assert len(events) == 1, [(e.type, e.summary) for e in events]


def test_a_violated_truce_is_no_act_of_who_denounces_it(analyse):
    text = ("Une frappe de drone a tué trois personnes mardi à Nabatiyé, dans le sud du Liban. Le président "
            "Joseph Aoun a dénoncé une attaque qui viole le cessez-le-feu conclu en novembre 2024.")
    pacts = [e for e in analyse(text, "fr", PUBLISHED).events if e.type in ("ceasefire", "agreement")]
    assert all(e.background and e.date and e.date.start.year == 2024 for e in pacts), pacts
    assert not [a.name for e in pacts for a in e.actors], [a.name for e in pacts for a in e.actors]


SIMILAR = [
    ("fr", "Des rebelles ont attaqué dimanche le village de Mabalako, dans la province du Nord-Kivu, "
           "tuant au moins 18 civils, selon la société civile locale. En mars, une attaque similaire dans le "
           "territoire de Beni avait fait plus de 40 morts."),
    ("en", "Rebels attacked the village of Mabalako in North Kivu province on Sunday, killing at least 18 "
           "civilians, local officials said. In March, a similar attack in Beni territory killed more than "
           "40 people."),
]


@pytest.mark.parametrize(("language", "text"), SIMILAR)
def test_a_similar_attack_recalled_is_a_background_incident(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    recalled = [e for e in events if e.background]
    assert len(events) == 2 and len(recalled) == 1, [(e.summary, e.background) for e in events]
    assert recalled[0].fatalities == 40 and recalled[0].date and recalled[0].date.start.month == 3


def test_similar_attacks_in_the_plural_stay_a_kind(analyse):
    text = ("Des rebelles ont attaqué dimanche le village de Mabalako, tuant 18 civils. Des attaques "
            "similaires ont fait des centaines de morts ces dernières années.")
    assert len(analyse(text, "fr", PUBLISHED).events) == 1


DOWNED = [
    ("en", "A police helicopter was brought down by a drone in Antioquia on Thursday, killing 13 officers."),
    ("en", "Rebels brought down an army helicopter with a drone in Cauca on Tuesday, killing nine soldiers."),
]


@pytest.mark.parametrize(("language", "text"), DOWNED)
def test_a_craft_brought_down_is_the_target_of_the_strike(analyse, language, text):
    assert [e.type for e in analyse(text, language, PUBLISHED).events] == ["drone_strike"]
