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
(5) A division named with its cue word but spelled otherwise than in GeoNames ("Khost province":
Khowst; "Gedaref state": the division named after its seat Al Qadarif).
(6) "Afghanistan's eastern Khost province", "the southern Kherson region": the adjective says where
the division lies, the place is the whole division.
(7) "severed diplomatic ties with Venezuela": the state broken with is the target.
(8) "weapons depots", "dépôt d'armes" are targets (language data).
(9) A sea told in a story about one of its coasts is placed off that coast (data/coasts.yaml).
(10) "The Houthis released a video after they scuttled the ship": the pronoun subject of an
adverbial clause after its main clause stands for that clause's subject when the numbers agree.
(11) "Russian glide bombs hit Kostiantynivka": a town named as what a strike verb hit is a place
however small, as after "in".
(12) "missiles hit a residential area near the U.S. consulate": a party named as a landmark of the
scene is no target.
(13) "the village of Banjska" (Kosovo): a settlement named by another town's alternate name only
(GeoNames lists "Banjska" for Bansko, Bulgaria) in a country the story does not name is not it.
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


# -- (5) a division named with its cue word, spelled otherwise than in GeoNames -------------------

@pytest.mark.parametrize(("text", "language", "unit", "country"), [
    # another spelling of the unit's name
    ("Pakistani warplanes bombed houses in Khost province early on Monday, killing eight people.",
     "en", "Khowst", "AF"),
    # a division named after its seat
    ("A drone struck a government building in Sudan's Gedaref state on Monday, killing two guards.",
     "en", "Al Qadarif", "SD"),
    ("Houthi fighters shelled a village in Yemen's Taiz governorate on Monday, killing two children.",
     "en", "Ta'izz", "YE"),
    # the wires' spelling, a variant of the language data
    ("Al-Shabaab militants attacked an African Union base in Somalia's Lower Shabelle region on"
     " Friday, killing 12 soldiers.", "en", "Lower Shabeelle", "SO"),
    ("Les shebab ont attaqué vendredi une base de l'Union africaine dans la région du Bas-Shabelle,"
     " en Somalie, tuant douze soldats.", "fr", "Lower Shabeelle", "SO"),
])
def test_a_division_spelled_otherwise(analyse, text, language, unit, country):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events, text
    loc = events[0]["location"]
    assert loc is not None, events[0]
    assert (loc["name"], loc["precision"], loc["country"]) == (unit, "admin1", country), loc


def test_spellings_of_one_name():
    from newsevents.geo import spelled_alike

    assert spelled_alike("Khost", "Khowst") and spelled_alike("Al Qadarif", "Al Qaḑārif")
    assert not spelled_alike("Bay", "Bari") and not spelled_alike("Kharkiv", "Kherson")


# -- (6) a direction adjective after a determiner places the whole division ----------------------

@pytest.mark.parametrize(("text", "name", "precision"), [
    ("Pakistani warplanes bombed houses in Afghanistan's eastern Khost province early on Monday.",
     "Khowst", "admin1"),
    ("A Russian drone hit a house in the southern Kherson region on Monday, killing two people.",
     "Kherson", "admin1"),
    # no determiner: the eastern part of the division
    ("A Russian drone hit a house in eastern Kherson region on Monday, killing two people.",
     "eastern Kherson", "region"),
])
def test_a_direction_adjective_placing_a_division(analyse, text, name, precision):
    events = _events(analyse(text, "en", published="2025-05-06"))
    assert events, text
    loc = events[0]["location"]
    assert (loc["name"], loc["precision"]) == (name, precision), loc


# -- (7) the state a side breaks ties with is the target of the break ---------------------------

@pytest.mark.parametrize(("text", "language", "actor", "target"), [
    ("Guyana severed diplomatic ties with Venezuela on Monday after the border incident.", "en",
     "Guyana", "Venezuela"),
    ("Mali broke off diplomatic relations with Algeria on Sunday.", "en", "Mali", "Algeria"),
    ("Le Soudan a rompu mardi ses relations diplomatiques avec les Émirats arabes unis.", "fr",
     "Sudan", "United Arab Emirates"),
])
def test_the_state_a_side_breaks_with(analyse, text, language, actor, target):
    events = [e for e in _events(analyse(text, language, published="2025-05-06"))
              if e["type"] == "diplomatic_protest"]
    assert len(events) == 1, events
    assert [p["name"] for p in events[0]["actors"]] == [actor], events[0]["actors"]
    assert [p["name"] for p in events[0]["targets"]] == [target], events[0]["targets"]


# -- (8) a weapons depot is a target ------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("A Ukrainian drone hit a weapons depot in Russia's Bryansk region on Sunday.", "en"),
    ("Israel struck the town of Nabatieh overnight, hitting what it described as Hezbollah weapons depots.",
     "en"),
    ("Israël a frappé dimanche un dépôt d'armes du Hezbollah à Nabatiyé, dans le sud du Liban.", "fr"),
])
def test_a_weapons_depot_is_a_target(analyse, text, language):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events, text
    assert any("ammunition depot" in p["name"] for p in events[0]["targets"]), events[0]["targets"]


# -- (9) a sea in a story about one of its coasts is placed off that coast -----------------------

def _km(a, b):
    from newsevents.geo import haversine_km

    return haversine_km(a[0], a[1], b[0], b[1])


@pytest.mark.parametrize(("text", "language", "sea", "near"), [
    ("Yemen's Houthi rebels attacked the tanker Delta Sounion in the Red Sea on Tuesday, the group said.",
     "en", "Red Sea", (15.0, 42.0)),
    ("Les rebelles houthis du Yémen ont attaqué mardi le pétrolier Delta Sounion en mer Rouge.",
     "fr", "Red Sea", (15.0, 42.0)),
    ("A Russian drone hit a grain ship in the Black Sea off Ukraine's coast on Monday.",
     "en", "Black Sea", (46.0, 31.0)),
])
def test_a_sea_off_the_coast_of_the_story(analyse, text, language, sea, near):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events, text
    loc = events[0]["location"]
    assert loc["name"] == sea and _km((loc["lat"], loc["lon"]), near) < 50, loc


def test_a_sea_with_no_coast_of_the_story_keeps_its_middle(analyse):
    events = _events(analyse("A cargo ship was attacked in the Red Sea on Tuesday.", "en",
                             published="2025-05-06"))
    loc = events[0]["location"]
    assert loc["name"] == "Red Sea" and _km((loc["lat"], loc["lon"]), (20.3, 38.5)) < 50, loc


# -- (10) a subject pronoun of an adverbial clause stands for the main clause's subject -----------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("The Houthis released a video on Sunday, after they scuttled the bulk carrier Magic Seas.", "en",
     "Houthis"),
    ("Al-Shabaab militants released a video on Sunday, after they attacked an African Union base in"
     " Lower Shabelle.", "en", "al-Shabaab"),
    ("Les shebab ont publié une vidéo dimanche, après qu'ils ont attaqué une base de l'Union africaine"
     " à Bulo Marer.", "fr", "al-Shabaab"),
])
def test_a_pronoun_after_its_main_clause(analyse, text, language, actor):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events, text
    assert actor in [p["name"] for p in events[0]["actors"]], events[0]["actors"]


@pytest.mark.parametrize(("text", "language"), [
    # number disagrees: "they" are not Israel
    ("Israel struck Gaza on Sunday after they fired rockets at Sderot.", "en"),
    ("Israël a frappé Gaza dimanche après qu'ils ont tiré des roquettes sur Sdérot.", "fr"),
])
def test_a_pronoun_of_another_number_is_someone_else(analyse, text, language):
    events = _events(analyse(text, language, published="2025-05-06"))
    rockets = [e for e in events if e["location"] and e["location"]["name"] == "Sderot"]
    assert rockets and all(p["name"] != "Israel" for e in rockets for p in e["actors"]), rockets


# -- (11) a town that is what a strike verb hit is a place however small --------------------------

@pytest.mark.parametrize(("text", "language", "town"), [
    ("Russian glide bombs hit Kostiantynivka on Monday, killing two people.", "en", "Kostyantynivka"),
    ("Houthi drones struck Eilat on Sunday, wounding two people.", "en", "Eilat"),
    ("Jets bombed Khost overnight, killing eight people.", "en", "Khōst"),
    ("Baalbek a été frappée lundi par des raids israéliens, faisant quatre morts.", "fr", "Baalbek"),
])
def test_a_struck_town_is_a_place(analyse, text, language, town):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events, text
    loc = events[0]["location"]
    assert loc is not None and (loc["name"], loc["precision"]) == (town, "city"), loc
    assert town not in [p["name"] for p in events[0]["targets"]], events[0]["targets"]


# -- (12) a party named as a landmark of the scene is no target -----------------------------------

@pytest.mark.parametrize(("text", "language", "landmark"), [
    ("Four civilians were killed when missiles hit a residential area near the U.S. consulate in"
     " Erbil on Monday.", "en", "Consulate"),
    ("A drone struck a house near the hospital in Sumy on Monday, killing two people.", "en", "hospital"),
    ("Des missiles ont touché lundi un quartier résidentiel proche du consulat américain à Erbil.", "fr",
     "Consulate"),
])
def test_a_landmark_party_is_no_target(analyse, text, language, landmark):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events, text
    names = [p["name"] for p in events[0]["targets"]]
    assert names and not any(landmark in n for n in names), names


@pytest.mark.parametrize(("text", "language", "target"), [
    ("A drone struck the hospital in Sumy on Monday, killing two people.", "en", "hospital"),
    ("Un missile a frappé lundi le consulat américain à Erbil.", "fr", "Consulate"),
])
def test_a_struck_facility_stays_the_target(analyse, text, language, target):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert any(target in p["name"] for p in events[0]["targets"]), events[0]["targets"]


# -- (13) a village's name that is only another town's alternate name, abroad, is not that town --

@pytest.mark.parametrize(("text", "language"), [
    ("Gunmen opened fire on a police patrol near the village of Banjska in northern Kosovo on Sunday,"
     " killing one officer.", "en"),
    ("Un policier kosovar a été tué dimanche lorsque des hommes armés ont ouvert le feu sur une patrouille"
     " près du village de Banjska, dans le nord du Kosovo.", "fr"),
])
def test_an_alternate_name_abroad_is_not_the_village(analyse, text, language):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events, text
    loc = events[0]["location"]
    assert loc is not None and loc["country"] == "XK", loc


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Venezuelan soldiers fired on a Guyanese military boat on the Cuyuni River on Saturday, wounding"
     " two soldiers.", "en", "military boat"),
])
def test_a_military_boat_is_a_target(analyse, text, language, target):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events and any(target in p["name"] for p in events[0]["targets"]), events
