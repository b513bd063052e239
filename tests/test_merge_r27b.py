"""Round 27, second task of `merge` (which incidents exist): kinds from the lead's probe articles,
checked with pattern sentences of our own.

- a pact or a truce named as what parties negotiate ("as they negotiate a peace treaty", "alors que
  les deux pays négocient un traité de paix") is the talks' topic, not yet agreed: no agreement nor
  ceasefire (`topic_verbs` of lang/*/events.yaml, events_marks.discussed_topic); a pact signed
  after the talks stays one;
- forces named by their job with no country ("Security forces killed 33 insurgents", "les forces
  de sécurité ont tué 33 insurgés") are a party, the doer of the act (lang/*/parties.yaml);
- a train, a bus or a plane hijacked with its passengers ("gunmen hijacked a passenger train", "ont
  détourné un train de voyageurs") is an abduction of civilians, an attack on civilians, whatever
  was blown up to stop it (`hijack`, `détourner` of lang/*/events.yaml); funds or traffic
  diverted ("détourné des fonds") are none;
- a water cannon's blast ("hit by a water cannon blast that shattered a window") is the cannon's
  jet, no explosion (`excludes` of the English `blast` and `explosion`); a bomb blast stays one;
- soldiers storming a place, a bus or a train ("Soldiers stormed a hijacked bus near Quetta on
  Wednesday") is an assault (`requires` of the English `storm`), and the toll of "the operation"
  told next joins it; a storm of weather stays none.
"""

from __future__ import annotations

import pytest
from helpers import event_types, events_of

NEGOTIATED = [
    ("en", "The two countries met in Geneva on Tuesday as they negotiate a peace treaty."),
    ("en", "On Monday, Egyptian officials said Israel and Hamas were negotiating a ceasefire in Cairo."),
    ("en", "Delegations of the two governments have been negotiating a border treaty since March."),
    ("fr", "Mardi, l'Arménie et l'Azerbaïdjan se sont réunis à Genève alors que les deux pays négocient "
     "un traité de paix."),
    ("fr", "Lundi, selon des responsables égyptiens, Israël et le Hamas négociaient un cessez-le-feu au "
     "Caire."),
]


@pytest.mark.parametrize(("language", "text"), NEGOTIATED)
def test_a_pact_under_negotiation_is_no_agreement(analyse, language: str, text: str) -> None:
    assert not {"agreement", "ceasefire"} & set(event_types(analyse, text, language))


SIGNED = [
    ("en", "Both governments negotiated for months before signing a peace treaty in Washington on Friday."),
    ("fr", "Les deux gouvernements ont négocié pendant des mois avant de signer vendredi un traité de paix "
     "à Washington."),
]


@pytest.mark.parametrize(("language", "text"), SIGNED)
def test_a_pact_signed_after_talks_stays_an_agreement(analyse, language: str, text: str) -> None:
    assert "agreement" in event_types(analyse, text, language)


SECURITY_FORCES = [
    ("en", "Security forces killed 33 insurgents in the Bolan district on Wednesday."),
    ("en", "Security forces shot dead five gunmen near Bannu on Friday, officials said."),
    ("fr", "Les forces de sécurité ont tué 33 insurgés dans le district de Bolan mercredi."),
    ("fr", "Les forces de sécurité pakistanaises ont tué 12 insurgés dimanche dans le district de Bannu."),
]


@pytest.mark.parametrize(("language", "text"), SECURITY_FORCES)
def test_security_forces_with_no_country_are_a_doer(analyse, language: str, text: str) -> None:
    events = events_of(analyse, text, language)
    assert [e.type for e in events] == ["armed_clash"], events
    assert any("security forces" in a.name for a in events[0].actors), events[0].actors


HIJACKINGS = [
    ("en", "Gunmen hijacked a passenger train in Balochistan on Tuesday after blowing up the track."),
    ("en", "Separatist militants hijacked a bus carrying 40 passengers near Quetta on Sunday."),
    ("fr", "Des hommes armés ont détourné mardi un train de voyageurs dans le Baloutchistan après avoir "
     "fait sauter la voie ferrée."),
    ("fr", "Des séparatistes ont détourné dimanche un bus transportant 40 passagers près de Quetta."),
]


@pytest.mark.parametrize(("language", "text"), HIJACKINGS)
def test_a_hijacked_train_or_bus_is_an_attack_on_civilians(analyse, language: str, text: str) -> None:
    assert event_types(analyse, text, language) == ["attack_on_civilians"]


DIVERTED = [
    ("fr", "Le ministre est accusé d'avoir détourné des fonds destinés aux passagers du train."),
    ("fr", "Des travaux ont détourné mardi la circulation des trains à Lyon."),
]


@pytest.mark.parametrize(("language", "text"), DIVERTED)
def test_diverted_funds_or_traffic_are_no_hijacking(analyse, language: str, text: str) -> None:
    assert event_types(analyse, text, language) == []


WATER_CANNON_BLASTS = [
    ("en", "The coast guard vessel was hit by a water cannon blast that shattered a window near the shoal "
     "on Monday."),
    ("en", "A Chinese ship fired a water cannon blast at a Philippine supply boat on Sunday."),
]


@pytest.mark.parametrize(("language", "text"), WATER_CANNON_BLASTS)
def test_a_water_cannon_blast_is_no_explosion(analyse, language: str, text: str) -> None:
    assert "explosion" not in event_types(analyse, text, language)


def test_a_bomb_blast_stays_an_explosion(analyse) -> None:
    text = "A bomb blast killed four soldiers in Mogadishu on Monday."
    assert event_types(analyse, text, "en") == ["explosion"]


STORMED = [
    ("en", "Soldiers stormed a hijacked bus near Quetta on Wednesday to free the passengers. Twenty-one "
     "hostages and four soldiers were killed in the operation, the army said."),
    ("en", "Soldiers stormed a militant hideout in the Khyber district on Thursday."),
]


@pytest.mark.parametrize(("language", "text"), STORMED)
def test_soldiers_storming_a_place_is_an_assault(analyse, language: str, text: str) -> None:
    assert event_types(analyse, text, language) == ["armed_clash"]


def test_a_storm_of_weather_is_none(analyse) -> None:
    assert event_types(analyse, "A storm hit the coast near the train station on Monday.", "en") == []

CREWED_INCURSIONS = [
    ("en", "Three Russian fighter jets entered Estonian airspace without permission on Friday."),
    ("en", "Two Chinese bombers violated Japanese airspace near Okinawa on Tuesday, Tokyo said."),
    ("en", "A Belarusian military helicopter breached Lithuanian airspace on Sunday, officials said."),
    ("fr", "Trois avions de chasse russes ont pénétré vendredi dans l'espace aérien estonien."),
    ("fr", "Deux bombardiers chinois ont violé l'espace aérien japonais mardi près d'Okinawa."),
]


@pytest.mark.parametrize(("language", "text"), CREWED_INCURSIONS)
def test_a_crewed_aircraft_crossing_an_airspace_is_no_strike(analyse, language: str, text: str) -> None:
    assert event_types(analyse, text, language) == ["other"]


UNCREWED_INCURSIONS = [
    ("en", "Russian drones entered Polish airspace on Wednesday, the army said."),
    ("fr", "Des drones russes ont pénétré dans l'espace aérien polonais mercredi, selon l'armée."),
]


@pytest.mark.parametrize(("language", "text"), UNCREWED_INCURSIONS)
def test_a_drone_crossing_an_airspace_stays_a_drone_strike(analyse, language: str, text: str) -> None:
    assert event_types(analyse, text, language) == ["drone_strike"]
