"""Fields of incidents, round 12: two kinds the lead found, in pattern sentences written for the
purpose (stories of no development document), French and English.

(1) A place inside an absolute participle clause with a subject of its own ("with sirens sounding
in Haifa", "des sirènes retentissant à Tel Aviv") is where that subject was, not the act's place.
(2) The agent or subject of a verb that reports or judges an act named by a noun ("the strike was
confirmed by the army", "a été condamnée par l'Union africaine") is no actor of that act.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _names(parties):
    return [p["name"] for p in parties]


# -- (1) a place of an absolute participle clause is that clause's -------------------------------

@pytest.mark.parametrize(("text", "language", "place", "precision"), [
    ("Iran fired a wave of missiles at Israel on Sunday night, with sirens sounding repeatedly in Haifa.",
     "en", "Israel", "country"),
    ("The Houthis launched a ballistic missile at Israel on Tuesday, with sirens going off in Eilat.",
     "en", "Israel", "country"),
    ("Une salve de roquettes a visé le nord d'Israël lundi, les sirènes retentissant à Tel Aviv.",
     "fr", "northern Israel", "region"),
    ("Le Hezbollah a tiré des roquettes sur le nord d'Israël lundi, des sirènes retentissant à Haïfa.",
     "fr", "northern Israel", "region"),
    ("L'Iran a tiré une salve de missiles sur Israël dimanche soir, les sirènes hurlant à Jérusalem.",
     "fr", "Israel", "country"),
])
def test_a_place_in_an_absolute_clause_is_not_the_acts(analyse, text, language, place, precision):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert len(events) == 1, events
    loc = events[0]["location"]
    assert (loc["name"], loc["precision"]) == (place, precision), loc


@pytest.mark.parametrize(("text", "language", "place"), [
    # the participle tells the act itself: its place is the act's
    ("Russia launched a massive overnight attack on Ukraine, with drones striking Odesa.", "en", "Odesa"),
    # a gerund of consequence has no subject of its own: its place is the act's
    ("A Russian glide bomb hit Ukraine on Thursday, killing four people in Zaporizhzhia.", "en",
     "Zaporizhzhya"),  # the gazetteer's spelling
])
def test_an_absolute_clause_of_the_act_keeps_its_place(analyse, text, language, place):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events
    assert events[0]["location"]["name"] == place, events[0]["location"]


# -- (2) who confirms or condemns an act is no actor of it ---------------------------------------

@pytest.mark.parametrize(("text", "language", "reporter"), [
    ("The strike on the convoy near Niamey on Friday was confirmed by the Nigerien army.", "en",
     "Nigerien army"),
    ("The bombing of the market in Goma on Saturday was condemned by the African Union.", "en",
     "African Union"),
    ("The drone strike on the fuel depot in Port Sudan on Sunday was confirmed by the Sudanese army.", "en",
     "Sudanese army"),
    ("Le bombardement du marché de Goma samedi a été confirmé par l'armée congolaise.", "fr",
     "Congolese army"),
    ("La frappe de drone contre le dépôt de carburant de Port-Soudan dimanche a été confirmée par "
     "l'armée soudanaise.", "fr", "Sudanese army"),
    ("L'attaque du convoi près de Niamey vendredi a été condamnée par l'Union africaine.", "fr",
     "African Union"),
])
def test_who_confirms_or_condemns_an_act_is_no_actor(analyse, text, language, reporter):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events, text
    assert reporter not in _names(events[0]["actors"]), events[0]["actors"]


@pytest.mark.parametrize(("text", "language", "actor"), [
    # who claims an act says it did it
    ("The drone attack on the ferry off Crimea on Saturday was claimed by the Ukrainian navy.", "en",
     "Ukrainian navy"),
    ("L'attaque de drone contre le ferry au large de la Crimée samedi a été revendiquée par la marine "
     "ukrainienne.", "fr", "Ukrainian navy"),
    # an agent of the act's own participle did it
    ("The strike on the convoy near Niamey, carried out by the Nigerien army, killed 12 fighters.", "en",
     "Nigerien army"),
])
def test_who_claims_or_carries_out_an_act_stays_its_actor(analyse, text, language, actor):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events, text
    assert actor in _names(events[0]["actors"]), events[0]["actors"]


# -- a ship's own name: in apposition before its noun, and named again bare ---------------------

@pytest.mark.parametrize(("text", "language", "target"), [
    ("A Ukrainian naval drone struck the Slavyanin, a Russian passenger ferry, off Crimea on Saturday.",
     "en", "Slavyanin ferry"),
    ("Un drone naval ukrainien a frappé samedi le Slavianine, un ferry russe, au large de la Crimée.",
     "fr", "Slavianine ferry"),
    ("A Houthi missile hit the Sea Falcon, a Greek-owned tanker, in the Gulf of Aden on Sunday, the "
     "UKMTO said.", "en", "Sea Falcon tanker"),
])
def test_a_name_in_apposition_before_a_ship_noun_is_the_ships(analyse, text, language, target):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert len(events) == 1, events
    assert target in _names(events[0]["targets"]), events[0]["targets"]


def test_a_ship_named_again_bare_is_the_same_ship(analyse):
    events = _events(analyse(
        "Des pirates somaliens ont attaqué lundi le vraquier Azure Dawn au large d'Eyl.\n\n"
        "Mercredi, des hommes armés ont tiré des roquettes sur l'Azure Dawn, selon la force navale "
        "européenne.", "fr", published="2025-04-06"))
    later = [e for e in events if e["date"]["start"] == "2025-04-02"]
    assert later, events
    assert "Azure Dawn bulk carrier" in _names(later[0]["targets"]), later[0]["targets"]


def test_a_depots_company_named_again_is_no_depot(analyse):
    """A depot's name is its owner's (a company): the company named later is no depot hit."""
    events = _events(analyse(
        "Russian missiles hit the Naftogaz oil depot in Odesa on Monday.\n\nOn Tuesday, Russian drones "
        "struck a school in Kharkiv, Naftogaz said.", "en", published="2025-04-06"))
    later = [e for e in events if e["date"]["start"] == "2025-04-01"]
    assert later, events
    assert not any("depot" in n for n in _names(later[0]["targets"])), later[0]["targets"]


@pytest.mark.parametrize(("text", "language", "actor"), [
    # the active subject of "confirm" is often a side of a political act: only the passive's agent
    # is set aside
    ("The Russian defence ministry confirmed the prisoner exchange with Ukraine on Friday.", "en",
     "Ministry of Defence of Russia"),
])
def test_who_confirms_a_political_act_actively_stays_its_side(analyse, text, language, actor):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events, text
    assert actor in _names(events[0]["actors"]), events[0]["actors"]
