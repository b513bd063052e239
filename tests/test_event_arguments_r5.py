"""Arguments of incidents, round 5, French and English, through the whole pipeline (`analyse`):
who summons whom when the clause has no subject (a participle on the diplomat, the ministry he is
summoned to, the spokesman who announces it), and the state behind a ministry's protest.
Sentences written from the general patterns of diplomatic reporting."""

from __future__ import annotations

import pytest
from helpers import events_of


def _protests(analyse, text: str, language: str):  # type: ignore[no-untyped-def]
    return [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]


# (language, text, a word one actor name must contain, a word one target name must contain)
SUMMONS = [
    ("fr", "L'ambassadeur iranien en Suède, Ali Karimi, convoqué au ministère suédois des Affaires "
           "étrangères lundi, a nié toute implication.", "Sweden", "Karimi"),
    ("fr", "Le chargé d'affaires chinois, convoqué mardi au ministère japonais des Affaires "
           "étrangères, a rejeté ces accusations.", "Japan", "Chin"),
    ("en", "The Iranian ambassador, summoned to the Swedish Foreign Ministry on Monday, denied any "
           "involvement.", "Sweden", "Iran"),
    ("fr", "L'ambassadeur russe a été convoqué lundi pour des explications, a indiqué un communiqué du "
           "porte-parole du ministère finlandais des Affaires étrangères, Jan Virtanen.", "Finland",
     "Russia"),
]


@pytest.mark.parametrize(("language", "text", "actor", "target"), SUMMONS)
def test_who_summons_without_a_subject(analyse, language, text, actor, target):
    protests = _protests(analyse, text, language)
    assert protests, "no diplomatic protest found"
    actors = [p.name for e in protests for p in e.actors]
    targets = [p.name for e in protests for p in e.targets]
    assert any(actor in n for n in actors), actors
    assert any(target in n for n in targets), targets
    # the ministry the envoy is summoned to is no recipient of the protest
    assert not any("Ministry" in n for n in targets), targets


# (language, text, the state an actor must be, a country no actor may be)
STATE_OF_MINISTRY = [
    ("fr", "Le ministère norvégien des Affaires étrangères a convoqué jeudi l'ambassadeur russe.",
     "Norway", "RU"),
    ("en", "The Estonian Foreign Ministry summoned the Russian ambassador on Thursday.", "Estonia", "RU"),
]


@pytest.mark.parametrize(("language", "text", "state", "not_country"), STATE_OF_MINISTRY)
def test_a_ministry_protest_is_its_state_act(analyse, language, text, state, not_country):
    protests = _protests(analyse, text, language)
    assert protests, "no diplomatic protest found"
    actors = [p for e in protests for p in e.actors]
    assert any(p.name == state and p.kind == "state" for p in actors), actors
    assert not any(p.country == not_country for p in actors), actors


def test_the_summoned_envoy_is_never_the_summoner(analyse):
    # the envoy speaks in his own sentence: his words do not make him the side that protests
    text = "L'ambassadeur russe, convoqué lundi, a affirmé que son pays n'était pas impliqué."
    for e in _protests(analyse, text, "fr"):
        assert not any(p.country == "RU" for p in e.actors), e.actors


# (language, text, event type, the sides that must be the first actors, who announces it)
SIDES = [
    ("fr", "Le président américain a annoncé lundi un accord de cessez-le-feu entre l'Arménie et "
           "l'Azerbaïdjan.", "ceasefire", ("Armenia", "Azerbaijan"), "United States"),
    ("en", "On Monday the US president announced a ceasefire agreement between Armenia and Azerbaijan.",
     "ceasefire", ("Armenia", "Azerbaijan"), "United States"),
    ("fr", "Le Qatar a annoncé jeudi un échange de prisonniers entre l'Éthiopie et l'Érythrée.",
     "prisoner_exchange", ("Ethiopia", "Eritrea"), "Qatar"),
    ("en", "Qatar announced on Thursday a prisoner exchange between Ethiopia and Eritrea.",
     "prisoner_exchange", ("Ethiopia", "Eritrea"), "Qatar"),
]


@pytest.mark.parametrize(("language", "text", "kind", "sides", "announcer"), SIDES)
def test_the_sides_of_a_pact_are_its_actors(analyse, language, text, kind, sides, announcer):
    found = [e for e in events_of(analyse, text, language) if e.type == kind]
    assert found, [e.type for e in events_of(analyse, text, language)]
    for e in found:
        first = [p.name for p in e.actors[:len(sides)]]
        assert all(any(side in n for n in first) for side in sides), e.actors
        assert not any(announcer in n for n in first), e.actors


# (language, text, a word one target of the exchange must contain)
EXCHANGED = [
    ("en", "Armenia and Azerbaijan exchanged prisoners on Tuesday, the Armenian government said.",
     "prisoners"),
    ("en", "Sudan and South Sudan swapped detainees at the border on Monday.", "detainees"),
    ("fr", "L'Arménie et l'Azerbaïdjan ont échangé mardi des prisonniers, a indiqué Erevan.", "prisoners"),
    ("fr", "Lors d'un échange de prisonniers, l'Arménie et l'Azerbaïdjan ont remis lundi 30 soldats "
           "chacun.", "soldiers"),
]


@pytest.mark.parametrize(("language", "text", "group"), EXCHANGED)
def test_who_an_exchange_hands_over(analyse, language, text, group):
    found = [e for e in events_of(analyse, text, language) if e.type == "prisoner_exchange"]
    assert found, [e.type for e in events_of(analyse, text, language)]
    names = [p.name for e in found for p in e.targets]
    assert any(group in n for n in names), names


# (language, text, the facility hit, which may not be the attacker)
HIT_NOT_ATTACKER = [
    ("fr", "Selon le gouverneur, l'incendie a été causé mardi par une attaque de drones sur les "
           "installations de l'usine.", "factory"),
    ("fr", "Mardi, l'explosion a été provoquée par une frappe de drone contre la raffinerie.", "refinery"),
    ("en", "On Tuesday the fire was caused by a drone attack on the refinery, the governor said.",
     "refinery"),
]


@pytest.mark.parametrize(("language", "text", "facility"), HIT_NOT_ATTACKER)
def test_a_facility_hit_is_no_attacker(analyse, language, text, facility):
    events = [e for e in events_of(analyse, text, language) if e.type in ("drone_strike", "explosion")]
    assert events, [e.type for e in events_of(analyse, text, language)]
    assert not any(facility in p.name for e in events for p in e.actors), [e.actors for e in events]
    assert any(facility in p.name for e in events for p in e.targets), [e.targets for e in events]


# (language, text, the host countries the recall protests against, the recalling state)
RECALLS = [
    ("fr", "L'Algérie a rappelé lundi ses ambassadeurs au Mali et au Niger pour consultations.",
     ("Mali", "Niger"), "Algeria"),
    ("fr", "Le Maroc a rappelé mardi son ambassadeur en Suède.", ("Sweden",), "Morocco"),
    ("en", "Algeria recalled its ambassadors to Mali and Niger for consultations on Monday.",
     ("Mali", "Niger"), "Algeria"),
]


@pytest.mark.parametrize(("language", "text", "hosts", "state"), RECALLS)
def test_a_recall_protests_against_the_host_country(analyse, language, text, hosts, state):
    protests = _protests(analyse, text, language)
    assert protests, "no diplomatic protest found"
    targets = [p.name for e in protests for p in e.targets]
    assert all(h in targets for h in hosts), targets
    assert not any(state in t for t in targets), targets


# (language, text, the country of the clause's subject, which is no actor of the incident named in
# a phrase of time): the incident only dates the clause's act
CIRCUMSTANCES = [
    ("fr", "Après des tirs de canon à eau sur des navires philippins samedi, le gouvernement de Manille "
           "a convoqué lundi l'ambassadeur de Chine.", "PH"),
    ("en", "Following a water cannon attack on Philippine vessels on Saturday, the Philippine government "
           "summoned the Chinese ambassador on Monday.", "PH"),
]


@pytest.mark.parametrize(("language", "text", "subject_country"), CIRCUMSTANCES)
def test_the_subject_of_a_clause_is_no_actor_of_its_circumstance(analyse, language, text, subject_country):
    events = events_of(analyse, text, language)
    incidents = [e for e in events if e.type != "diplomatic_protest"]
    assert incidents, [e.type for e in events]
    assert not any(p.country == subject_country for e in incidents for p in e.actors), \
        [(e.type, e.actors) for e in incidents]
    protests = [e for e in events if e.type == "diplomatic_protest"]
    assert any(p.country == subject_country for e in protests for p in e.actors), protests


# (language, text, who downed it, the downed craft)
DOWNINGS = [
    ("fr", "Destruction d'un drone malien par l'armée algérienne près de la frontière, selon Bamako.",
     "Algerian army", "Malian drone"),
    ("fr", "Mercredi, l'armée polonaise a abattu des drones russes au-dessus de l'est de la Pologne.",
     "Polish army", "Russian drone"),
    ("en", "Polish jets shot down Russian drones over eastern Poland on Wednesday.", "Poland",
     "Russian drone"),
]


@pytest.mark.parametrize(("language", "text", "downer", "craft"), DOWNINGS)
def test_a_downed_aircraft_is_the_target(analyse, language, text, downer, craft):
    events = events_of(analyse, text, language)
    assert events, "no event found"
    actors = [p.name for e in events for p in e.actors]
    targets = [p.name for e in events for p in e.targets]
    assert any(craft in t for t in targets), targets
    assert any(downer in a for a in actors), actors
    # the country owning the craft is no actor of its downing
    owner = craft.split()[0]
    assert not any(a.startswith(owner[:4]) for a in actors), actors


# (language, text, the gathering or home hit)
HIT_PLACES = [
    ("en", "On Tuesday an air strike hit a funeral in the village, killing twelve people.", "funeral"),
    ("en", "A drone struck a wedding near the town on Saturday, killing five guests.", "wedding"),
    ("fr", "Mardi, une frappe aérienne a visé une cérémonie dans le village, tuant douze personnes.",
     "ceremony"),
    ("fr", "Samedi, un drone a frappé une maison à la périphérie de la ville, blessant deux personnes.",
     "house"),
]


@pytest.mark.parametrize(("language", "text", "target"), HIT_PLACES)
def test_a_gathering_or_home_hit_is_a_target(analyse, language, text, target):
    events = events_of(analyse, text, language)
    assert any(target in p.name for e in events for p in e.targets), [(e.type, e.targets) for e in events]
