"""Fields of incidents, round 15, in pattern sentences written for the purpose (stories of no
development document), French and English.

(1) A count told over a whole area ("dans tout le pays", "across North Darfur", "nationwide") after
one town's incident sums several incidents: it is no toll of that incident. A count over an area
with no town's incident told before it ("strikes across Gaza killed 40") stays its act's toll.
(2) A site located through a settlement noun ("at a market in the town of Mellit in North Darfur
state") is at that town, not at the region named after it.
(3) A facility placed only by an area ("an army base in northern Israel", "un dépôt pétrolier dans
la région de Briansk") is known to that area: the mention has the area's precision, not "site".
(4) A French passive agent the parser hangs on the day read as a complement ("a été attaqué lundi
par des jihadistes": lundi xcomp, the agent under it) is the actor.
(5) Regions of conflict news that are no administrative unit of their name (data/regions.yaml):
"la région d'Essequibo", Kordofan, Catatumbo, North Waziristan, Karenni.
(6) A place that the passive agent's phrase sets at a scene ("hit by a drone off Odesa in the Black
Sea", "touché par un drone au large d'Odessa") is where the act was, not where the attacker came
from: the town, finer than the sea, is the place ("lancé par les Houthis du Yémen" is still origin).
(7) A border with one country named ("near the border with Venezuela") in a sentence naming no other
country is the border of the country the story is about (the most evidence in the document:
"Colombian soldiers" in the title), not a place in the neighbour.
(8) A side of "the country" ("dans le sud-est du pays", "the country's south", "the south of the
country") is that side of the country of the nearest place named before it in its sentence, else of
the one country every place named before it is in; else no place.
(9) A facility in a country's possessed region ("a market in Sudan's North Darfur") is located by
that region; the country, placing nothing at site level, is no target of the strike.
(10) A country in a phrase that sets the weapon off its coast ("by a drone off Yemen", "par un drone
au large du Yémen": ``offshore_words``) is where, not who: no actor.
"""

from __future__ import annotations

import pytest
from helpers import events_of

# -- (1) an area-wide count is no toll of one town's incident ------------------------------------

AREA_TOTALS = [
    ("fr", "Un missile a frappé lundi un immeuble à Kharkiv, faisant deux morts. Au total, les frappes"
           " russes de la nuit ont fait sept morts dans tout le pays, selon les autorités.", 2),
    ("fr", "Un drone a touché mardi un marché à Mellit, tuant onze personnes. Dans l'ensemble de la"
           " région, 45 personnes ont été tuées au cours de la semaine, selon l'ONU.", 11),
    ("fr", "Une roquette s'est abattue jeudi sur une école de Kherson, tuant quatre élèves. Partout en"
           " Ukraine, les bombardements ont fait 19 morts.", 4),
    ("en", "A drone strike killed 11 people at a market in the town of Mellit on Thursday, a local aid"
           " group said. Across North Darfur, at least 45 people were killed in attacks during the"
           " week, the United Nations said.", 11),
    ("en", "A missile hit a house in Kharkiv on Monday, killing two people. Russian strikes killed nine"
           " people nationwide overnight, officials said.", 2),
    ("en", "A car bomb killed six people at a checkpoint in Mogadishu on Sunday. Throughout the country,"
           " 30 people died in attacks last week, the government said.", 6),
]


@pytest.mark.parametrize(("language", "text", "toll"), AREA_TOTALS)
def test_an_area_wide_count_is_no_towns_toll(analyse, language, text, toll):
    events = events_of(analyse, text, language)
    assert events, text
    assert events[0].fatalities == toll, [(e.type, e.fatalities) for e in events]
    assert all(e.fatalities in (None, toll) for e in events), [(e.type, e.fatalities) for e in events]


@pytest.mark.parametrize(("language", "text", "toll"), [
    ("en", "Israeli strikes across Gaza killed 40 people on Tuesday, the civil defence said.", 40),
    ("fr", "Des frappes russes ont tué 12 civils mardi à travers le pays, selon Kiev.", 12),
    ("en", "Shells fired across the border killed three villagers in Metula on Monday.", 3),
])
def test_an_area_count_of_its_own_act_stays(analyse, language, text, toll):
    events = events_of(analyse, text, language)
    assert [e.fatalities for e in events] == [toll], [(e.type, e.fatalities) for e in events]


# -- (2) a site in a town in a region is at the town -------------------------------------------

@pytest.mark.parametrize(("language", "text", "town"), [
    ("en", "A drone strike killed 11 people at a market in the town of Mellit in North Darfur state on"
           " Thursday.", "Mellit"),
    ("en", "A shell hit a school in the village of Kfar Kila in southern Lebanon on Monday, wounding two.",
     "Kfar Kila"),
    ("en", "A missile struck a hospital in the city of Sumy in northeastern Ukraine on Friday.", "Sumy"),
    ("fr", "Un drone a frappé lundi un hôpital de la ville de Soumy, dans le nord-est de l'Ukraine.", "Sumy"),
])
def test_a_site_in_a_named_town_is_at_the_town(analyse, language, text, town):
    events = events_of(analyse, text, language)
    assert [e.location.name if e.location else None for e in events] == [town], events


# -- (3) a facility placed only by an area is known to that area --------------------------------

@pytest.mark.parametrize(("language", "text", "name", "precision"), [
    ("en", "Hezbollah drones hit an army base in northern Israel on Sunday, wounding three soldiers.",
     "northern Israel", "region"),
    ("en", "A Ukrainian drone struck an ammunition depot in southern Russia on Tuesday.", "southern Russia",
     "region"),
    ("fr", "Un drone ukrainien a frappé mardi un dépôt pétrolier dans la région de Briansk.", "Brjansk",
     "admin1"),
    ("fr", "Des drones du Hezbollah ont touché dimanche une base militaire dans le nord d'Israël.",
     "northern Israel", "region"),
])
def test_a_facility_in_an_area_is_placed_at_the_area(analyse, language, text, name, precision):
    events = events_of(analyse, text, language)
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [(name, precision)], \
        events


# -- (4) a French passive agent the parser hung on the day -------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Un village a été attaqué lundi par des hommes armés près de Tessit, faisant deux morts.", "gunmen"),
    ("Une patrouille a été attaquée lundi par des jihadistes près de Tessit.", "jihadists"),
    ("Le poste militaire a été attaqué jeudi par des rebelles près de Saravena.", "rebels"),
])
def test_a_passive_agent_after_the_day_is_the_actor(analyse, text, actor):
    events = events_of(analyse, text, "fr")
    assert [[a.name for a in e.actors] for e in events] == [[actor]], events


# -- (5) regions of conflict news that are no administrative unit ------------------------------

@pytest.mark.parametrize(("language", "text", "name", "country"), [
    ("fr", "Six soldats guyaniens ont été blessés lundi dans une embuscade dans la région d'Essequibo.",
     "Essequibo", "GY"),
    ("en", "Gunmen ambushed a Guyana Defence Force patrol in the Essequibo region on Monday, wounding six"
           " soldiers.", "Essequibo", "GY"),
    ("en", "A drone strike by the paramilitary RSF killed 12 people in Kordofan on Sunday.", "Kordofan",
     "SD"),
    ("fr", "Des combats entre l'ELN et des dissidents des FARC ont fait 30 morts samedi dans la région du"
           " Catatumbo.", "Catatumbo", "CO"),
    ("en", "A suicide bomber killed 13 soldiers in North Waziristan on Saturday, officials said.",
     "North Waziristan", "PK"),
    ("en", "Junta jets bombed a camp for displaced people in Karenni state on Tuesday, killing nine.",
     "Karenni", "MM"),
])
def test_a_named_region_places_the_incident(analyse, language, text, name, country):
    events = events_of(analyse, text, language)
    assert [(e.location.name, e.location.country) for e in events if e.location] == [(name, country)], \
        [(e.type, e.location) for e in events]


# -- (6) a place the agent's phrase sets the act at is the scene -------------------------------

@pytest.mark.parametrize(("language", "text", "town"), [
    ("en", "A merchant ship was hit by a drone off Odesa in the Black Sea on Saturday.", "Odesa"),
    ("fr", "Un navire marchand a été touché samedi par un drone au large d'Odessa, en mer Noire.", "Odesa"),
    ("en", "A tanker was struck by a missile off Hodeidah in the Red Sea on Thursday.", "Al Ḩudaydah"),
    ("fr", "Un pétrolier a été frappé jeudi par un missile au large de Hodeida, en mer Rouge.",
     "Al Ḩudaydah"),
])
def test_a_place_set_by_the_agents_phrase_is_the_scene(analyse, language, text, town):
    events = events_of(analyse, text, language)
    assert [e.location.name for e in events if e.location] == [town], [(e.type, e.location) for e in events]


@pytest.mark.parametrize(("language", "text", "town"), [
    ("fr", "Un drone lancé par les Houthis du Yémen a frappé Eilat lundi.", "Eilat"),
    ("en", "A drone launched by the Houthis of Yemen struck Eilat on Monday.", "Eilat"),
])
def test_where_the_agent_comes_from_is_no_scene(analyse, language, text, town):
    events = events_of(analyse, text, language)
    assert [e.location.name for e in events if e.location] == [town], [(e.type, e.location) for e in events]


# -- (7) a border with one country named: the other side is the country the story is about -------

@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "Colombian troops come under fire\n\nFour soldiers were killed on Thursday when rebels attacked a"
           " military post near the border with Venezuela, the army said.", "Colombia-Venezuela border"),
    ("fr", "Des soldats colombiens tués\n\nQuatre soldats ont été tués jeudi lorsque des rebelles ont"
           " attaqué un poste militaire près de la frontière avec le Venezuela, a indiqué l'armée.",
     "Colombia-Venezuela border"),
    ("en", "Thai villagers flee shelling\n\nTwo villagers were killed on Monday when shells landed near the"
           " border with Cambodia, Thai officials said.", "Cambodia-Thailand border"),
])
def test_a_border_with_one_side_named_takes_the_storys_country(analyse, language, text, name):
    events = events_of(analyse, text, language)
    assert [e.location.name for e in events if e.location] == [name], [(e.type, e.location) for e in events]
    assert events[0].location.country is None


# -- (8) a side of "the country" is the side of the country named before ------------------------

@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Pologne : un missile est tombé mardi dans le sud-est du pays, tuant deux personnes.",
     "south-eastern Poland"),
    ("fr", "Au Mali, des jihadistes présumés ont tué dimanche une vingtaine de civils dans le nord du pays.",
     "northern Mali"),
    ("en", "Lebanon's health ministry said one person was killed on Sunday in an Israeli strike on the"
           " country's south.", "southern Lebanon"),
    ("en", "Lebanon says one dead in Israeli strike\n\nAn Israeli strike on a village in the south of the"
           " country killed one person on Sunday, the health ministry said.", "southern Lebanon"),
])
def test_a_side_of_the_country_is_placed(analyse, language, text, name):
    events = events_of(analyse, text, language)
    assert [e.location.name for e in events if e.location] == [name], [(e.type, e.location) for e in events]
    assert events[0].location.precision == "region"


@pytest.mark.parametrize(("language", "text"), [
    # no place named before: the demonym may be the attacker's, which country is meant is open
    ("fr", "Un drone russe s'est écrasé mardi sur une ferme dans l'est du pays, a annoncé Varsovie."),
    # places of two countries before, none in the sentence
    ("en", "Russia said it had struck Kyiv. Shelling in the east of the country killed three people on"
           " Monday."),
])
def test_a_side_of_an_unknown_country_is_no_place(analyse, language, text):
    events = events_of(analyse, text, language)
    texts = [e.location.text or "" for e in events if e.location]
    assert not any(word in t for t in texts for word in ("pays", "country")), texts


# -- (9) a facility in a country's region: the region locates it, the country is no target -------

@pytest.mark.parametrize(("text", "place", "target"), [
    ("A drone strike killed 11 people at a market in Sudan's North Darfur on Thursday.", "Northern Darfur",
     "market"),
    ("Rebels killed 40 people in an attack on a church in Congo's Ituri province on Sunday.", "Ituri",
     "church"),
    ("A missile hit a hospital in Ukraine's Kharkiv region on Monday.", "Kharkiv", "hospital"),
])
def test_a_possessed_region_locates_the_facility(analyse, text, place, target):
    events = events_of(analyse, text, "en")
    assert [(e.location.name, [t.name for t in e.targets]) for e in events] == [(place, [target])], \
        [(e.type, e.location, e.targets) for e in events]


# -- (10) a country off whose coast the act was is no actor ------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("en", "A tanker was attacked by a drone off Yemen on Monday."),
    ("fr", "Un méthanier a été attaqué lundi par un drone au large du Yémen."),
    ("en", "A bulk carrier was struck by a missile off Somalia on Tuesday."),
])
def test_the_country_off_whose_coast_is_no_actor(analyse, language, text):
    events = events_of(analyse, text, language)
    assert events and all(not e.actors for e in events), [(e.type, e.actors) for e in events]
