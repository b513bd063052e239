"""Non-violent political events, round 30: pattern sentences of our own.

1. A crowd gathering or marching is a protest when its doers are protesters ("des milliers de
   manifestants se sont rassemblés devant la mairie", "hundreds of demonstrators marched through the
   capital"); troops massed at a border or ministers meeting are not.
2. Forces or warships sent to a country are a deployment, told with the place they go to
   (triggers_destination): "Britain sent 300 troops to Estonia"; aircraft deployed to a country in an
   operation are no air strike ("deploy fighter jets ... to Poland under a new operation"); munitions
   sent at a town ("sent 100 drones towards Kyiv") are none.
3. An expulsion is the expelling state's measure against the state of those it expels
   (events_diplo_sides): the noun's agent or possessor expels ("l'expulsion par le Maroc de deux
   diplomates", "Serbia's expulsion of"), the state or mission named in what is expelled is the
   target ("a expulsé trois agents du consulat croate"); two states' expulsions in one story stay
   two incidents. A diplomat declared persona non grata, a consulate ordered shut are such measures.
4. Who an arrest holds, when the parser hangs the object below the day told after the verb ("a arrêté
   mercredi le maire de Skopje, Petar Ilievski") and the name after a comma (arguments_held): the
   person named after the describing noun.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-15"  # a Tuesday

GATHERED = [
    ("fr", "Des milliers de manifestants se sont rassemblés mercredi soir devant le parlement de Tbilissi.",
     None),
    ("fr", "Plusieurs centaines de protestataires se sont réunis samedi devant la présidence à Belgrade.",
     "Belgrade"),
    ("fr", "Des milliers d'opposants ont défilé dimanche dans les rues de Bucarest.", "Bucharest"),
    ("en", "Thousands of protesters gathered outside the parliament in Tbilisi on Wednesday evening.",
     "Tbilisi"),
    ("en", "Hundreds of demonstrators marched through central Belgrade on Saturday.", "Belgrade"),
]


@pytest.mark.parametrize(("language", "text", "place"), GATHERED)
def test_protesters_gathering_are_a_protest(analyse, language, text, place):
    events = analyse(text, language, PUBLISHED).events
    assert [e.type for e in events] == ["protest"], [(e.type, e.location) for e in events]
    if place:
        assert events[0].location and events[0].location.name == place


NO_PROTEST = [
    ("fr", "L'armée a rassemblé des troupes près de la frontière lundi."),
    ("fr", "Les ministres des Finances se sont réunis lundi à Bruxelles."),
    ("en", "Troops marched into the town on Monday."),
]


@pytest.mark.parametrize(("language", "text"), NO_PROTEST)
def test_troops_and_ministers_gathering_are_no_protest(analyse, language, text):
    assert "protest" not in [e.type for e in analyse(text, language, PUBLISHED).events]


SENT = [
    ("en", "Britain sent 300 troops to Estonia on Monday.", "Estonia"),
    ("en", "Ottawa dispatched two warships to the Philippines on Sunday, the defence ministry said.", None),
    ("en", "Germany said on Thursday it had sent a frigate and 200 soldiers to Lithuania.", "Lithuania"),
    ("fr", "Le Royaume-Uni a dépêché lundi 300 soldats en Estonie.", None),
    ("fr", "L'Allemagne a envoyé jeudi une frégate et 200 soldats en Lituanie, a annoncé Berlin.", None),
]


@pytest.mark.parametrize(("language", "text", "place"), SENT)
def test_forces_sent_to_a_country_are_a_deployment(analyse, language, text, place):
    events = analyse(text, language, PUBLISHED).events
    assert [e.type for e in events] == ["deployment"], [(e.type, e.location) for e in events]
    if place:
        assert events[0].location and events[0].location.name == place


# aircraft deployed to a country in an operation: no strike (the operation is their posture there)
DEPLOYED_TO = [
    ("en", "NATO allies agreed on Friday to deploy additional fighter jets and air defence systems to Poland "
           "under a new operation."),
    ("fr", "L'Otan a déployé vendredi des avions de chasse en Pologne dans le cadre d'une nouvelle "
           "opération."),
]


@pytest.mark.parametrize(("language", "text"), DEPLOYED_TO)
def test_aircraft_deployed_to_a_country_are_no_air_strike(analyse, language, text):
    types = [e.type for e in analyse(text, language, PUBLISHED).events]
    assert not {"air_strike", "drone_strike", "missile_strike"} & set(types), types


NOT_SENT = [
    ("en", "Russia sent 100 drones towards Kyiv overnight, the Ukrainian air force said."),
    ("fr", "La Russie a envoyé cent drones vers Kiev dans la nuit, selon l'armée de l'air ukrainienne."),
    ("en", "The United States sent food and medicine to Gaza on Monday."),
]


@pytest.mark.parametrize(("language", "text"), NOT_SENT)
def test_munitions_and_aid_sent_are_no_deployment(analyse, language, text):
    assert "deployment" not in [e.type for e in analyse(text, language, PUBLISHED).events]


# (language, text, expelling state, expelled state)
EXPELLED = [
    ("fr", "La Serbie a expulsé lundi trois agents du consulat croate de Subotica.", "Serbia", "Croatia"),
    ("fr", "Rabat dénonce l'expulsion par la Tunisie de deux diplomates de l'ambassade du Maroc.",
     "Tunisia", "Morocco"),
    ("en", "Serbia expelled three Croatian embassy staff on Monday.", "Serbia", "Croatia"),
    ("en", "Zagreb condemned Serbia's expulsion of three Croatian embassy employees on Monday.",
     "Serbia", "Croatia"),
]


@pytest.mark.parametrize(("language", "text", "actor", "target"), EXPELLED)
def test_an_expulsion_is_by_the_expelling_state_against_the_other(analyse, language, text, actor, target):
    events = [e for e in analyse(text, language, PUBLISHED).events if e.type == "diplomatic_protest"]
    assert len(events) == 1, events
    assert [p.name for p in events[0].actors] == [actor]
    assert [p.country for p in events[0].targets] == [COUNTRY[target]], events[0].targets


COUNTRY = {"Croatia": "HR", "Morocco": "MA", "Serbia": "RS", "Tunisia": "TN"}


def test_two_states_expulsions_are_two_incidents(analyse):
    text = ("La Croatie expulse trois diplomates serbes\n\n"
            "ZAGREB, 15 avril 2025 (AFP) - La Croatie a expulsé mardi trois diplomates de l'ambassade de "
            "Serbie, a annoncé le ministère croate des Affaires étrangères.\n\n"
            "Cette mesure répond à l'expulsion par la Serbie de trois employés du consulat croate de "
            "Subotica.")
    events = [e for e in analyse(text, "fr", PUBLISHED).events if e.type == "diplomatic_protest"]
    assert sorted(tuple(p.name for p in e.actors) for e in events) == [("Croatia",), ("Serbia",)], events


MEASURES = [
    ("fr", "Le Maroc a ordonné lundi la fermeture du consulat de Tunisie à Dakhla."),
    ("fr", "Rabat a déclaré lundi le consul tunisien persona non grata."),
    ("en", "Morocco ordered the closure of the Tunisian consulate in Dakhla on Monday."),
    ("en", "Rabat declared the Tunisian consul persona non grata on Monday."),
]


@pytest.mark.parametrize(("language", "text"), MEASURES)
def test_a_diplomat_declared_unwelcome_or_a_consulate_shut_is_a_measure(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert [(e.type, [p.name for p in e.actors]) for e in events] == [("diplomatic_protest", ["Morocco"])]


def test_schools_ordered_shut_are_no_diplomatic_measure(analyse):
    text = "Le gouvernement a ordonné lundi la fermeture des écoles de la capitale."
    assert "diplomatic_protest" not in [e.type for e in analyse(text, "fr", PUBLISHED).events]


HELD = [
    ("fr", "La police macédonienne a arrêté mercredi le maire de Skopje, Petar Ilievski, dans le cadre "
           "d'une enquête pour corruption.", "Petar Ilievski"),
    ("fr", "La police a interpellé lundi le président du conseil régional, Anton Vrabec, à Bratislava.",
     "Anton Vrabec"),
    ("fr", "Les gendarmes ont arrêté samedi le chef du parti, Goran Petkovski.", "Goran Petkovski"),
]


@pytest.mark.parametrize(("language", "text", "held"), HELD)
def test_the_arrested_is_the_person_named_after_the_office(analyse, language, text, held):
    events = [e for e in analyse(text, language, PUBLISHED).events if e.type == "arrest"]
    assert len(events) == 1, events
    assert [p.name for p in events[0].targets] == [held]
