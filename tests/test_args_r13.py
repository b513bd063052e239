"""Fields of incidents, round 13, in pattern sentences written for the purpose (stories of no
development document), French and English.

(1) A country adjective the English NER tags ORG ("an Emirati drone") is the state, not an
organisation named "Emirati".
(2) Status: a denial that names no incident of its own disputes an accusation only when an accused
side says it; a third party denying something else ("Chad denied letting weapons cross its
border") leaves the accusation alleged.
(3) A name modifying "village" ("a Sagaing village", "un village de Sagaing") names the area the
village lies in; "the village of X" is the village X.
(4) The name after "the village of" is the whole run of proper nouns: a leading part of it
("Let Pan" of "Let Pan Hla") is no town of its own.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


# -- (1) a country adjective tagged ORG is the state ---------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    ("An Emirati drone struck a fuel depot in Kassala on Monday.", "United Arab Emirates"),
    ("Emirati warplanes bombed a convoy near Nyala on Sunday, killing nine fighters.",
     "United Arab Emirates"),
    ("A Pakistani air strike hit a house in Khost on Monday, killing five people.", "Pakistan"),
])
def test_a_country_adjective_is_the_state(analyse, text, state):
    events = _events(analyse(text, "en", published="2025-05-06"))
    assert events, text
    actors = events[0]["actors"]
    assert [a["name"] for a in actors] == [state], actors
    assert actors[0]["kind"] == "state", actors


# -- (2) a third party's denial of something else leaves an accusation alleged -------------------

@pytest.mark.parametrize(("text", "language", "status"), [
    ("Sudanese army officials said an Emirati drone struck a fuel depot in Kassala on Monday, killing"
     " four guards. The United Arab Emirates rejected the accusation as baseless. Chad denied that"
     " it had let weapons cross its border to the rebels.", "en", "alleged"),
    # the accused's denial alone: alleged as before
    ("Sudanese army officials said an Emirati drone struck a fuel depot in Kassala on Monday, killing"
     " four guards. The United Arab Emirates rejected the accusation as baseless.", "en", "alleged"),
    ("Selon l'armée soudanaise, un drone émirati a frappé lundi un dépôt de carburant à Kassala,"
     " tuant quatre gardes. Les Émirats arabes unis ont rejeté ces accusations. Le Tchad a démenti"
     " avoir laissé passer des armes vers les rebelles.", "fr", "alleged"),
])
def test_a_third_partys_other_denial_does_not_dispute(analyse, text, language, status):
    events = [e for e in _events(analyse(text, language, published="2025-05-06"))
              if e["type"] == "drone_strike"]
    assert len(events) == 1, events
    assert events[0]["status"] == status, events[0]


# -- (3) a name modifying "village" names the area the village lies in ----------------------------

@pytest.mark.parametrize(("text", "language", "country"), [
    ("A junta air strike hit a Sagaing village on Tuesday, killing 20 people.", "en", "MM"),
    ("A Russian drone struck a Kherson village on Tuesday, killing two people.", "en", "UA"),
    ("Boko Haram fighters raided two Borno villages on Tuesday, killing 12 farmers.", "en", "NG"),
    ("Une frappe aérienne a tué au moins 30 civils dans un village de Sagaing mardi.", "fr", "MM"),
    ("Un drone russe a frappé mardi un village de Kherson, tuant deux civils.", "fr", "UA"),
])
def test_a_village_named_by_its_area(analyse, text, language, country):
    events = _events(analyse(text, language, published="2025-04-08"))
    assert len(events) == 1, events
    loc = events[0]["location"]
    assert loc is not None and (loc["precision"], loc["country"]) == ("admin1", country), loc


@pytest.mark.parametrize(("text", "language"), [
    ("Russian shelling hit the village of Kherson on Tuesday, killing two people.", "en"),
    ("Une frappe russe a tué deux civils dans le village de Kherson mardi.", "fr"),
])
def test_the_village_of_a_name_is_that_village(analyse, text, language):
    events = _events(analyse(text, language, published="2025-04-08"))
    assert events and events[0]["location"]["precision"] == "city", events


# -- (4) a leading part of a village's name is no town of its own ------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("A junta air strike killed 30 civilians in the village of Let Pan Hla on Tuesday.", "en"),
    ("Une frappe aérienne a tué 30 civils dans le village de Let Pan Hla mardi matin.", "fr"),
])
def test_a_leading_part_of_a_village_name_is_not_a_town(analyse, text, language):
    events = _events(analyse(text, language, published="2025-04-08"))
    assert events, text
    assert events[0]["location"] is None or events[0]["location"]["name"] != "Let Pan", events[0]["location"]


@pytest.mark.parametrize(("text", "language", "town"), [
    ("Boko Haram gunmen killed 15 farmers near the town of Dikwa Monday in Borno state.", "en", "Dikwa"),
    ("Azerbaijani shelling hit the village of Sotk on Tuesday, wounding two soldiers.", "en", "Sotk"),
])
def test_a_village_name_before_a_date_is_kept(analyse, text, language, town):
    events = _events(analyse(text, language, published="2025-04-08"))
    assert events and events[0]["location"]["name"] == town, events
