"""Which date an incident takes when a sentence states several: the one the parse hangs from the
trigger, never the day a statement was made. Sentences written from general patterns of news
wire copy, French and English; each runs the whole pipeline (`analyse`, published 2025-11-15)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

# a statement dated in the sentence, the incident dated in its own clause
OWN_CLAUSE = [
    ("fr", "L'Iran a promis mardi de riposter à une frappe aérienne qui a détruit son consulat à Damas "
           "le 10 novembre.", "air_strike"),
    ("en", "Iran on Tuesday vowed to respond to an airstrike that destroyed its consulate in Damascus "
           "on November 10.", "air_strike"),
]


@pytest.mark.parametrize(("language", "text", "type_"), OWN_CLAUSE)
def test_date_hung_from_the_trigger_beats_a_nearer_one(analyse, language, text, type_):
    found = [e for e in events_of(analyse, text, language) if e.type == type_]
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 10), False)]


# the day an announcement was made dates no incident of the next sentence
ANNOUNCED = [
    ("fr", "L'armée a annoncé lundi avoir visé des cibles lors d'une opération dimanche près de Gao. "
           "Une vingtaine de personnes ont été tuées dans des frappes de drones."),
    ("en", "The army said on Monday it had targeted militants during an operation on Sunday near Gao. "
           "About twenty people were killed in the drone strikes."),
]


@pytest.mark.parametrize(("language", "text"), ANNOUNCED)
def test_scene_date_is_not_the_announcement_day(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "drone_strike"]
    assert [e.date.start for e in found] == [date(2025, 11, 9)]  # Sunday, not Monday the 10th


# a lead that dates the strikes with a bare noun and types them two sentences later
LEAD = [
    ("fr", "Des frappes ont touché, lundi 10 novembre, un quartier huppé de Damas. "
           "Un correspondant a confirmé que le bâtiment avait été rasé. "
           "Le ministère a condamné les frappes, qui ont tué huit personnes. "
           "Selon l'ambassadeur, l'annexe a été visée par six missiles tirés par des avions."),
    ("en", "Strikes hit an upscale district of Damascus on Monday, November 10. "
           "A correspondent confirmed that the building had been razed. "
           "The ministry condemned the strikes, which killed eight people. "
           "The ambassador said the annex was hit by six missiles fired by jets."),
]


@pytest.mark.parametrize(("language", "text"), LEAD)
def test_lead_mention_and_typed_strike_are_one_incident(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type.endswith("strike")]
    assert len(found) == 1
    assert (found[0].date.start, found[0].date.inferred) == (date(2025, 11, 10), False)


# an incident told in a statement made before the news: the statement's date places it, and it
# stays apart from the news (recalled background)
RECALLED_IN_STATEMENT = [
    ("fr", "Une attaque de drones a touché mercredi un dépôt de carburant à Koursk. Le mois dernier, le "
           "gouverneur de Belgorod a affirmé qu'une personne était morte dans une frappe ukrainienne sur "
           "un village frontalier."),
    ("en", "A drone attack hit a fuel depot in Kursk on Wednesday. Last month, the governor of Belgorod "
           "said that one person had died in a Ukrainian strike on a border village."),
]


@pytest.mark.parametrize(("language", "text"), RECALLED_IN_STATEMENT)
def test_incident_in_an_old_statement_takes_its_date(analyse, language, text):
    found = sorted(events_of(analyse, text, language), key=lambda e: e.date.start)
    assert [(e.type, e.date.start, e.date.end, e.background) for e in found] == [
        ("air_strike", date(2025, 10, 1), date(2025, 10, 31), True),
        ("drone_strike", date(2025, 11, 12), date(2025, 11, 12), False),
    ]


# a date in another clause, hung from a verb that does not govern the trigger, dates that verb
OTHER_CLAUSE = [
    ("fr", "Une frappe de drone a tué deux personnes à Tyr, après que l'émissaire américain s'est rendu "
           "vendredi à Beyrouth."),
    ("en", "A drone strike killed two people in Tyre, after the American envoy traveled to Beirut on "
           "Friday."),
]


@pytest.mark.parametrize(("language", "text"), OTHER_CLAUSE)
def test_date_of_another_clause_is_not_the_incident_date(analyse, language, text):
    (strike,) = [e for e in events_of(analyse, text, language) if e.type == "drone_strike"]
    assert strike.date.inferred and strike.date.start == date(2025, 11, 15)


# "that strike" names the incident just told, even when that one was told with a bare word
THAT_STRIKE = [
    ("fr", "Lundi, une frappe aérienne israélienne a touché une voiture près de Saïda, tuant un homme. "
           "Mardi, Israël a bombardé la banlieue sud de Beyrouth, tuant un responsable. "
           "Le ministère de la Santé a fait état de quatre morts dans ce bombardement."),
    ("en", "On Monday, an Israeli air strike hit a car near Sidon, killing one man. "
           "On Tuesday, Israel struck south Beirut, killing an official. "
           "The health ministry reported four dead in that strike."),
]


@pytest.mark.parametrize(("language", "text"), THAT_STRIKE)
def test_that_strike_is_the_one_just_told(analyse, language, text):
    found = sorted(events_of(analyse, text, language), key=lambda e: e.date.start)
    assert [(e.date.start, e.fatalities) for e in found] == [(date(2025, 11, 10), 1), (date(2025, 11, 11), 4)]


# a date of a clause goes to the trigger nearest its verb in the tree, not the nearest in the text
NEAREST_IN_TREE = [
    ("fr", "Selon le gouvernement, les troupes ont franchi mardi la ligne établie par le cessez-le-feu et "
           "ont attaqué une patrouille de soldats près de Poonch."),
    ("en", "According to the government, the troops crossed on Tuesday the line set by the ceasefire and "
           "attacked a patrol of soldiers near Poonch."),
]


@pytest.mark.parametrize(("language", "text"), NEAREST_IN_TREE)
def test_clause_date_goes_to_the_trigger_its_verb_governs_nearest(analyse, language, text):
    by_type = {e.type: e for e in events_of(analyse, text, language)}
    assert by_type["armed_clash"].date.start == date(2025, 11, 11)
    assert by_type["armed_clash"].date.inferred is False
    assert "ceasefire" not in by_type or by_type["ceasefire"].date.start != date(2025, 11, 11)


# a full stop left alone on its line is no sentence: the scene two sentences back still dates the clash
STRAY_STOP = [
    ("fr", "Selon l'armée, des soldats ont franchi la frontière près de Poonch vers 11 heures ce "
           "mardi matin\n"
           ".\nIls auraient profité du brouillard qui enveloppe la région.\n"
           "Un affrontement a rapidement fait rage avec les militaires, et deux soldats ont été tués."),
    ("en", "According to the army, soldiers crossed the border near Poonch at around 11 am on Tuesday\n"
           ".\nThey reportedly took advantage of the fog over the region.\n"
           "A clash quickly broke out with the troops, and two soldiers were killed."),
]


@pytest.mark.parametrize(("language", "text"), STRAY_STOP)
def test_scene_skips_a_stray_full_stop(analyse, language, text):
    (clash,) = [e for e in events_of(analyse, text, language) if e.type == "armed_clash"]
    assert (clash.date.start, clash.date.inferred, clash.fatalities) == (date(2025, 11, 11), False, 2)


# a claim of responsibility names the act: what hangs from the claiming verb dates it, and an
# undated headline strike of another kind (drones) is another incident
CLAIMED = [
    ("fr", "Des frappes de drones de l'armée tuent treize civils dans la région de Tombouctou.\n"
           "Les jihadistes ont revendiqué des tirs de roquette, vendredi 14 novembre, contre trois positions "
           "de l'armée à Kidal."),
    ("en", "Army drone strikes kill thirteen civilians in the Timbuktu region.\n"
           "Jihadists claimed rocket fire on Friday, November 14, against three army positions in Kidal."),
]


@pytest.mark.parametrize(("language", "text"), CLAIMED)
def test_claimed_act_takes_the_date_of_its_claim(analyse, language, text):
    by_type = {e.type: e for e in events_of(analyse, text, language)}
    assert set(by_type) == {"drone_strike", "shelling"}
    assert (by_type["shelling"].date.start, by_type["shelling"].date.inferred) == (date(2025, 11, 14), False)
