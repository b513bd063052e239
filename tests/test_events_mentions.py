"""Which mentions are incidents of their own (French and English): a bare attack noun names again
the incident told with its weapon, a vague clash noun needs an anchor of its own, a noun used as
an adjective or an infinitive of purpose is no incident. Sentences written from the general
patterns, not taken from the example articles."""

from __future__ import annotations

import pytest
from helpers import events_of

# --- a bare attack noun joins the incident it names again ------------------------------------------
# (language, text, the one type expected)
ONE_INCIDENT = [
    ("fr", "Mardi, deux missiles russes ont frappé un immeuble à Tchernihiv. L'attaque a fait trois morts.",
     "missile_strike"),
    ("fr", "Des drones ont visé le dépôt pétrolier de Briansk dans la nuit de vendredi. Le gouverneur a "
           "dénoncé cette attaque, qui n'a fait aucune victime.", "drone_strike"),
    ("fr", "Attaque meurtrière à Kherson\n\nDes obus d'artillerie sont tombés lundi sur le marché central de "
           "Kherson, tuant quatre personnes.", "shelling"),
    ("fr", "Un drone a frappé jeudi une école de Soumy. Les autorités ont qualifié de massacre cette "
           "frappe contre des enfants.", "drone_strike"),
    ("en", "On Monday two Russian missiles hit an apartment block in Chernihiv. The attack killed three "
           "people.", "missile_strike"),
    ("en", "Drones struck the Bryansk oil depot overnight on Friday. The governor condemned the attack, "
           "which caused no casualties.", "drone_strike"),
    ("en", "Deadly attack in Kherson\n\nArtillery shells fell on Kherson's central market on Monday, killing "
           "four people.", "shelling"),
]


@pytest.mark.parametrize(("language", "text", "expected"), ONE_INCIDENT)
def test_bare_attack_noun_joins_the_incident(analyse, language, text, expected):
    assert [e.type for e in events_of(analyse, text, language)] == [expected]


# a bare attack noun dated on its own is another incident, not the one told with its weapon
TWO_INCIDENTS = [
    ("fr", "Mardi, un missile a frappé un immeuble de Dnipro. Le 3 mars, une attaque avait visé la gare "
           "de Dnipro."),
    ("en", "On Tuesday a missile hit a building in Dnipro. On March 3, an attack had targeted the Dnipro "
           "railway station."),
]


@pytest.mark.parametrize(("language", "text"), TWO_INCIDENTS)
def test_bare_attack_noun_with_its_own_date_stays_apart(analyse, language, text):
    assert len(events_of(analyse, text, language)) == 2


# --- vague clash nouns -----------------------------------------------------------------------------------
VAGUE_WITHOUT_ANCHOR = [
    ("fr", "Les combats font toujours rage, selon les militaires."),
    ("fr", "L'offensive se poursuit sans relâche."),
    ("en", "The fighting rages on, the soldiers said."),
    ("en", "The offensive goes on relentlessly."),
]


@pytest.mark.parametrize(("language", "text"), VAGUE_WITHOUT_ANCHOR)
def test_vague_clash_noun_without_anchor_is_no_incident(analyse, language, text):
    assert events_of(analyse, text, language) == []


VAGUE_ANCHORED = [
    ("fr", "De violents combats ont opposé l'armée malienne et des rebelles le 12 mars près de Kidal."),
    ("en", "Heavy fighting broke out between the army and rebels near Kidal on March 12."),
]


@pytest.mark.parametrize(("language", "text"), VAGUE_ANCHORED)
def test_vague_clash_noun_with_its_own_anchor_is_an_incident(analyse, language, text):
    assert [e.type for e in events_of(analyse, text, language)] == ["armed_clash"]


VAGUE_IN_A_STRIKE_SENTENCE = [
    ("fr", "Mardi soir, deux missiles ont touché un hôpital de Kharkiv lors de la dernière offensive "
           "contre la ville.", "missile_strike"),
    ("en", "On Tuesday evening two missiles hit a hospital in Kharkiv during the latest offensive "
           "against the city.", "missile_strike"),
]


@pytest.mark.parametrize(("language", "text", "expected"), VAGUE_IN_A_STRIKE_SENTENCE)
def test_vague_clash_noun_joins_the_strike_of_its_sentence(analyse, language, text, expected):
    assert [e.type for e in events_of(analyse, text, language)] == [expected]


# --- no incident at all ---------------------------------------------------------------------------------
NOT_INCIDENTS = [
    ("fr", "Une mission de reconnaissance offensive a repéré des véhicules près de la frontière."),
    ("fr", "L'armée a modifié ses missiles pour attaquer des cibles au sol."),
]


@pytest.mark.parametrize(("language", "text"), NOT_INCIDENTS)
def test_no_incident(analyse, language, text):
    assert events_of(analyse, text, language) == []


CEASEFIRE_VIOLATIONS = [
    ("fr", "Mardi, des violations du cessez-le-feu ont été signalées près de Poonch."),
    ("en", "On Tuesday, ceasefire violations were reported near Poonch."),
]


@pytest.mark.parametrize(("language", "text"), CEASEFIRE_VIOLATIONS)
def test_ceasefire_violation_is_a_clash_not_a_ceasefire(analyse, language, text):
    assert [e.type for e in events_of(analyse, text, language)] == ["armed_clash"]


# --- airspace incursions, interceptions, recalls and summons ------------------------------------------
# (language, text, the types expected, sorted)
DIPLOMACY_AND_AIRSPACE = [
    # an incursion is typed by its weapon; with none, it is `other`
    ("fr", "Mardi, trois drones ont violé l'espace aérien estonien.", ["drone_strike"]),
    ("fr", "Dimanche, un missile de croisière a pénétré dans l'espace aérien lituanien.", ["missile_strike"]),
    ("en", "On Tuesday three drones violated Estonian airspace.", ["drone_strike"]),
    ("en", "On Sunday a cruise missile entered Lithuanian airspace.", ["missile_strike"]),
    # an interception with no strike around it is an event of its own
    ("fr", "Jeudi, l'armée tchadienne a abattu un drone près de la frontière soudanaise.", ["other"]),
    ("en", "On Thursday the Chadian army shot down a drone near the Sudanese border.", ["other"]),
    # an interception that stopped a strike told in its sentence is part of that strike
    ("fr", "Dans la nuit de lundi, la Russie a lancé 40 drones sur Odessa ; la défense aérienne en a "
           "intercepté 30.", ["drone_strike"]),
    ("en", "Overnight on Monday Russia launched 40 drones at Odesa; air defences intercepted 30 of them.",
     ["drone_strike"]),
    # recalls of ambassadors, and decisions to recall them, are protests
    ("fr", "Le Niger a rappelé mardi son ambassadeur au Bénin.", ["diplomatic_protest"]),
    ("fr", "Le Niger a rappelé son ambassadeur au Bénin.", ["diplomatic_protest"]),  # "rappeler": no cue
    ("fr", "Lundi, le Tchad a décidé de rappeler son ambassadeur au Soudan.", ["diplomatic_protest"]),
    ("en", "Niger recalled its ambassador to Benin on Tuesday.", ["diplomatic_protest"]),
    # a summons told as a participle after the envoy, or as a noun
    ("fr", "L'ambassadeur d'Iran, convoqué mardi au ministère, a refusé de s'exprimer.",
     ["diplomatic_protest"]),
    ("fr", "Le chargé d'affaires chinois a ignoré lundi la convocation du ministère.",
     ["diplomatic_protest"]),
    ("en", "The Iranian ambassador, summoned to the ministry on Tuesday, declined to comment.",
     ["diplomatic_protest"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), DIPLOMACY_AND_AIRSPACE)
def test_airspace_interceptions_and_diplomacy(analyse, language, text, expected):
    assert sorted(e.type for e in events_of(analyse, text, language)) == expected


# --- another incident, a capacity, a period, an aim ------------------------------------------------------
# "une autre frappe" names an incident other than the one told before: two events
ANOTHER_INCIDENT = [
    ("fr", "Lundi, deux missiles ont frappé le centre de Kharkiv, faisant cinq morts. Une autre frappe a "
           "blessé trois personnes dans la région."),
    ("en", "On Monday two missiles hit central Kharkiv, killing five. Another strike injured three people "
           "in the region."),
]


@pytest.mark.parametrize(("language", "text"), ANOTHER_INCIDENT)
def test_another_strike_is_another_incident(analyse, language, text):
    assert len(events_of(analyse, text, language)) == 2


NO_INCIDENT_EITHER = [
    ("fr", "L'armée veut réduire les capacités de frappes aériennes de l'ennemi."),
    ("en", "The growing frequency of drone strikes has disrupted life in the region."),
    ("en", "A drone crossed the border on its way to strike targets in the south."),
]


@pytest.mark.parametrize(("language", "text"), NO_INCIDENT_EITHER)
def test_capacities_rates_and_aims_are_no_strike(analyse, language, text):
    assert [e.type for e in events_of(analyse, text, language) if e.type.endswith("strike")] == []


# "since October" starts a period: it dates no strike (the strike takes the publication date here)
SINCE = [
    ("fr", "C'est la première frappe de drone contre le port de Berdiansk depuis octobre."),
    ("en", "It was the first drone strike on the port of Berdiansk since October."),
]


@pytest.mark.parametrize(("language", "text"), SINCE)
def test_a_date_after_since_does_not_date_a_strike(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == ["drone_strike"]
    assert found[0].date.inferred


# typing from the weapon of the clause: a tank fires shells; bare gunfire on a position is a clash
FIRE = [
    ("fr", "Jeudi, un char a tiré sur un poste d'observation de l'ONU près de Rmeish.", "shelling"),
    ("fr", "Mercredi, des soldats ont tiré sur une patrouille près de Rmeish.", "armed_clash"),
    ("en", "On Thursday a tank fired at a UN observation post near Rmeish.", "shelling"),
    ("en", "On Wednesday soldiers fired at a patrol near Rmeish.", "armed_clash"),
    # a raid in war news is an air raid unless a weapon says otherwise
    ("fr", "Vendredi, un raid a tué deux personnes à Saïda.", "air_strike"),
    ("en", "On Friday a raid killed two people in Sidon.", "air_strike"),
]


@pytest.mark.parametrize(("language", "text", "expected"), FIRE)
def test_fire_and_raids_are_typed(analyse, language, text, expected):
    assert [e.type for e in events_of(analyse, text, language)] == [expected]


# "sans faire de victimes" right after an incident that left victims is about other incidents
def test_no_casualty_cue_does_not_zero_an_incident_with_victims(analyse):
    text = ("Jeudi, un char a tiré sur une tour d'observation près de Rmeish, faisant deux blessés. "
            "Plusieurs positions ont été visées ces derniers jours, sans faire de victimes.")
    found = [e for e in events_of(analyse, text, "fr") if e.type == "shelling"]
    assert len(found) == 1
    assert found[0].injured == 2 and found[0].fatalities is None


PEACEKEEPERS = [
    ("fr", "Mardi, des tirs d'artillerie ont blessé deux casques bleus près de Rmeish."),
    ("en", "On Tuesday artillery fire wounded two peacekeepers near Rmeish."),
]


@pytest.mark.parametrize(("language", "text"), PEACEKEEPERS)
def test_peacekeepers_are_a_target(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == ["shelling"]
    assert any("peacekeepers" in t.name for t in found[0].targets)


# "cette attaque" after the incident names it again, even with another town in its sentence (the
# speaker's); without the determiner, a mention in another town is another incident
DEFINITE_MENTION = [
    ("fr", "Lundi, deux missiles ont frappé le centre de Soumy. Cette attaque a été condamnée à Kyiv "
           "par le président.", 1),
    ("en", "On Monday two missiles hit central Sumy. This attack was condemned in Kyiv by the "
           "president.", 1),
    ("fr", "Lundi, deux missiles ont frappé le centre de Soumy. Des frappes ont aussi fait deux blessés "
           "à Kharkiv.", 2),
]


@pytest.mark.parametrize(("language", "text", "count"), DEFINITE_MENTION)
def test_definite_mention_names_the_incident_told_before(analyse, language, text, count):
    assert len(events_of(analyse, text, language)) == count


# two mentions of a prisoner exchange in one article are one exchange, whoever each names
ONE_EXCHANGE = [
    ("fr", "Lundi, la Russie et l'Ukraine ont procédé à un échange de prisonniers à la frontière. "
           "Les États-Unis ont salué un échange de prisonniers historique."),
    ("en", "On Monday Russia and Ukraine carried out a prisoner exchange at the border. The United States "
           "welcomed the prisoner exchange as historic."),
]


@pytest.mark.parametrize(("language", "text"), ONE_EXCHANGE)
def test_mentions_of_one_prisoner_exchange_merge(analyse, language, text):
    assert [e.type for e in events_of(analyse, text, language)] == ["prisoner_exchange"]
