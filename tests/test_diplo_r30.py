"""Non-violent political events, round 30: pattern sentences of our own.

1. A crowd gathering or marching is a protest when its doers are protesters ("des milliers de
   manifestants se sont rassemblés devant la mairie", "hundreds of demonstrators marched through the
   capital"); troops massed at a border or ministers meeting are not.
2. Forces or warships sent to a country are a deployment, told with the place they go to
   (triggers_destination): "Britain sent 300 troops to Estonia"; aircraft deployed to a country in an
   operation are no air strike ("deploy fighter jets ... to Poland under a new operation"); munitions
   sent at a town ("sent 100 drones towards Kyiv") are none.
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
