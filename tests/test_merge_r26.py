"""Round 26 (which incidents exist): pattern sentences of kinds found on news nobody had read.

- a violent act a party prepares, plans or plots ("l'armée prépare une offensive", "is preparing
  an offensive", "se préparent à attaquer") is a prospect, no incident (`expectation_verbs`,
  `modality`; qualifiers.hedged);
- the consequence of a supposition ("si ..., l'armée bombarderait", "would shell") and an act a
  verb of carrying out would or could launch ("could launch a fresh offensive", "pourrait lancer
  une offensive") are none either (extract/prospects.py, `modal_auxiliaries`, `possibility_verbs`);
- threats and ultimatums ("menace de frapper", "or face an assault") give no incident.
"""

from __future__ import annotations

import pytest
from helpers import events_of

NO_INCIDENT = [
    ("fr", "L'armée de terre prépare une offensive contre les rebelles dans la province du Kivu, selon des "
     "officiers."),
    ("fr", "Le gouvernement a accusé mardi les rebelles de fomenter un attentat contre la raffinerie de "
     "Port-Gentil."),
    ("en", "Military sources say the army is preparing a major offensive against the rebels in the north of "
     "the province."),
    ("en", "The junta is planning a fresh offensive on rebel positions around Lashio, diplomats said on "
     "Monday."),
    ("fr", "Le chef de la milice a menacé mercredi de bombarder l'aéroport de Goma si ses hommes étaient "
     "attaqués."),
    ("en", "The rebel commander threatened on Wednesday to shell the airport in Goma."),
    ("en", "If the rebels attack the airport, the army will bomb their bases, the minister said on Friday."),
    ("fr", "Si les rebelles attaquaient l'aéroport, l'armée bombarderait leurs bases, a déclaré vendredi le "
     "ministre."),
    ("en", "If the militia attacked the port, the navy would shell its camps, a spokesman said on Friday."),
    ("fr", "Les miliciens se préparent à attaquer Bunia, selon des sources humanitaires."),
    ("en", "The militia is gearing up to attack Bunia, aid workers said on Monday."),
    ("en", "The governor warned that the army would raid the camps if the attacks went on."),
    ("en", "The rebels were given until Friday to leave the town or face an assault."),
    ("en", "The junta could launch a fresh offensive on Lashio before the rains, diplomats said."),
    ("fr", "La junte pourrait lancer une nouvelle offensive sur Lashio avant la saison des pluies."),
    ("fr", "Le chef de la milice a promis jeudi de riposter si l'armée lançait une offensive sur Bunia."),
    ("en", "The militia threatened to shell the airport in case of a government offensive on Bunia."),
    ("en", "Residents were told on Monday to stay indoors in case of an attack on the town."),
]


@pytest.mark.parametrize(("language", "text"), NO_INCIDENT)
def test_a_prepared_threatened_or_supposed_act_is_no_incident(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert not found, [(e.type, e.trigger) for e in found]


STILL_INCIDENTS = [
    # a compound conditional reports an act as alleged: it exists
    ("fr", "Selon des témoins, l'armée aurait bombardé mardi le village de Kabamba, dans le Kivu."),
    # a concession ("même si") supposes nothing
    ("fr", "Même si le gouvernement dément, l'armée a bombardé mardi le village de Kabamba, dans le Kivu."),
    # an imperfect is no conditional ("tirait" is not "tirerait")
    # an offensive launched is told, with or without a verb of launching
    ("en", "The army launched an offensive against the rebels near Bunia on Monday, officials said."),
    ("fr", "L'armée a lancé lundi une offensive contre les miliciens près de Bunia."),
    # "in the case of" names an incident
    ("en", "In the case of the Kabamba strike on Tuesday, the bombs hit a school."),
    ("fr", "Mardi soir, l'artillerie pilonnait encore le village de Kabamba, dans le Kivu, si l'on en croit "
     "les habitants."),
]


@pytest.mark.parametrize(("language", "text"), STILL_INCIDENTS)
def test_an_alleged_or_conceded_act_stays_an_incident(analyse, language: str, text: str) -> None:
    assert events_of(analyse, text, language, "2025-06-04")


# (language, text, type): acts of kinds the trigger lists missed: a hostage-taking told with its
# verb ("took ... hostage", "ont pris ... en otage"), a pact signed, a diplomat ordered to leave
NEW_ACTS = [
    ("en", "Armed men took 25 bus passengers hostage near Maiduguri on Tuesday, police said.",
     "attack_on_civilians"),
    ("fr", "Des hommes armés ont pris en otage mardi 25 passagers d'un bus près de Maiduguri.",
     "attack_on_civilians"),
    ("fr", "Des jihadistes ont pris mardi une vingtaine de fidèles en otage dans une église de Kaya.",
     "attack_on_civilians"),
    ("en", "Chad and Niger signed a security pact in N'Djamena on Thursday.", "agreement"),
    ("fr", "Le Tchad et le Niger ont signé jeudi un pacte de sécurité à N'Djamena.", "agreement"),
    ("fr", "Des paramilitaires ont pris en otage mardi une trentaine de civils dans un village du Darfour.",
     "attack_on_civilians"),
    ("en", "Latvia on Thursday ordered a Belarusian diplomat to leave the country within 72 hours.",
     "diplomatic_protest"),
    ("fr", "Riga a ordonné jeudi à un diplomate biélorusse de quitter le pays sous 72 heures.",
     "diplomatic_protest"),
]


@pytest.mark.parametrize(("language", "text", "type_"), NEW_ACTS)
def test_a_hostage_taking_a_pact_or_an_expulsion_is_an_incident(analyse, language: str, text: str,
                                                                type_: str) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert [e.type for e in found] == [type_], [(e.type, e.trigger) for e in found]
    assert found[0].date is not None and found[0].date.start.isoformat() in ("2025-06-03", "2025-05-29")


# a figure of speech takes no one hostage; an order to leave given to others expels no diplomat
FIGURATIVE = [
    ("fr", "L'opposition accuse le gouvernement de prendre le pays en otage avec sa réforme."),
    ("fr", "Les syndicats prennent les usagers en otage, a dénoncé mardi le ministre."),
    ("en", "The minister said on Tuesday the unions were taking commuters hostage."),
    ("en", "Police ordered the protesters to leave the square on Thursday."),
]


@pytest.mark.parametrize(("language", "text"), FIGURATIVE)
def test_a_figurative_hostage_or_an_order_to_others_is_no_incident(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-04")
    assert not found, [(e.type, e.trigger) for e in found]
