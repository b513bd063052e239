"""Fields of incidents, round 20, in pattern sentences written for the purpose (stories of no
development document), French and English.

(1) A town of a country nothing else in the document names, in a sentence whose other places all
lie in another country and thousands of kilometres away ("près de Sendai, à une quarantaine de
kilomètres de Diffa, dans le sud-est du Niger"), is a village the gazetteer lacks that shares a
foreign city's name: no place of its own, and the incident falls back to the town it is "à N km
de" (where_support.far_abroad). A city across a sea the story spans keeps its reading.
(2) The agent of a participle on what an attack hit ("l'attaque d'un convoi escorté par l'armée",
"an attack on a convoy escorted by the army") is the victims' side, not the attacker; a participle
on the weapon noun completing the attack still names it ("une attaque à la roquette attribuée à
l'Iran": arguments.attack_nouns).
(3) An agreement named in a concessive phrase ("Malgré le cessez-le-feu entré en vigueur le 27
novembre, X continue de frapper", "Despite the truce, X shelled ...") has no actor from the clause
it concedes: its subject breaks the agreement, it is no party of it (``circumstance_prepositions``
of lang/*/arguments.yaml, arguments.in_circumstance); the clause's own act keeps its actor.
(4) Within one article, a toll the attacker states (its claim: "the RSF said they attacked a base,
killing more than 200 soldiers") gives way to a toll anyone else states for the same incident (the
side counting its losses, officials, medics: "the defence ministry said 45 soldiers were killed"):
casualties.victims_tolls. A boast alone stays the toll; an unnamed ministry is no side of the
attacker ("le ministère de la Santé a fait état de quatre morts" after an Israeli strike).
(5) A place in a clause that a postposed reporting verb closes, when the parser read that clause
as an adverbial clause of the reporting verb ("Un soldat a été grièvement blessé par l'explosion
d'une mine ..., dans la province de X, a annoncé l'armée": "blessé" an advcl of "annoncé"), is
the act's, not the statement's (arguments.owner_of, _postposed_report).
(6) A definite town noun with no name of its own in the act's sentence ("The city, about 35
kilometres from the front line, was hit by drones", "The town was shelled again") resumes the
last town the article named, a paragraph or more before (arguments_places.resumed_town; nouns:
``resuming_settlement_nouns`` of lang/*/places.yaml); a named one ("the city of X") is its own.
(7) A month read as a town vouched for by the country after it ("a truce agreed on 12 May, India
kept up its shelling": May, a village of India) is no place: the words of a time mention are none
(where.run, qualified_towns).
(8) The words a verb of undergoing carries are the act's its noun names ("the vessel came under
attack about 50 nautical miles southwest of the port of X", reported by "said": the place of the
attack, finer than the sea the first sentence names; ``undergoing_verbs`` of lang/*/arguments.yaml,
arguments_climb.undergone_act).
(9) Pirates are an armed group the text does not name, as bandits are: "Somali pirates", "des
pirates somaliens" are no act of the state Somalia (lang/*/parties.yaml).
(11) A weapon's maker is no side of the act ("a Russian-made drone used by RSF paramilitaries", "un
drone de fabrication turque utilisé par l'armée soudanaise": ``maker_words`` of
lang/*/arguments.yaml, arguments_makers.py); a weapon's national adjective still names its side
when no other doer is named ("a Russian drone struck a market").
(12) The Gulf of Aden in a story about one of its coasts is placed off that coast, as the Red Sea
is ("des pirates somaliens ... dans le golfe d'Aden": off Berbera; "a Houthi drone hit a cargo
ship in the Gulf of Aden": off Aden; data/coasts.yaml).
"""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.model import Place

# -- (1) a far namesake among the places of another country -----------------------------------------

FAR_NAMESAKES = [
    ("fr", "Six soldats ont été tués mardi dans une embuscade près de Sendai, à une quarantaine de"
           " kilomètres de Diffa, dans le sud-est du Niger, selon une source sécuritaire.", "NE"),
    ("fr", "Au moins 25 civils ont été tués vendredi dans l'attaque d'un convoi près de Kobé, à une"
           " trentaine de kilomètres de Gao, dans le nord du Mali.", "ML"),
    ("en", "Gunmen killed nine villagers on Sunday near Linz, some 20 kilometres from Djibo, in northern"
           " Burkina Faso, local sources said.", "BF"),
    ("en", "At least 12 people were killed in an ambush on a bus near Sendai, about 40 kilometres from"
           " Diffa, in southeastern Niger.", "NE"),
]


@pytest.mark.parametrize(("language", "text", "country"), FAR_NAMESAKES)
def test_a_far_namesake_is_no_place_of_the_act(analyse, language, text, country):
    events = events_of(analyse, text, language)
    assert events, text
    assert all(e.location is not None and e.location.country == country for e in events), \
        [(e.location.name, e.location.country) for e in events if e.location]


def test_a_city_across_the_sea_keeps_its_reading(locate):
    article = locate("Un bateau de migrants parti de Benghazi a chaviré mardi au large de l'Italie,"
                     " faisant 12 morts.")
    places = {m.value.country for m in article.mentions if isinstance(m.value, Place)}
    assert {"LY", "IT"} <= places, places


# -- (2) the escort of what was attacked is no attacker ---------------------------------------------

ESCORTS = [
    ("fr", "Au moins 25 civils ont été tués vendredi dans l'attaque d'un convoi escorté par l'armée"
           " malienne près de Gao, dans le nord du Mali."),
    ("fr", "Deux gendarmes ont été tués lundi dans l'attaque d'un poste gardé par l'armée nigérienne"
           " près de Tillabéri."),
    ("en", "At least 12 people were killed in an attack on a convoy escorted by the Nigerien army near"
           " Diffa on Monday."),
]


@pytest.mark.parametrize(("language", "text"), ESCORTS)
def test_the_escort_of_the_target_is_no_attacker(analyse, language, text):
    events = events_of(analyse, text, language)
    assert events, text
    assert not any(p.name.endswith("army") for e in events for p in e.actors), \
        [[p.name for p in e.actors] for e in events]


def test_a_participle_on_the_weapon_still_names_the_attacker(analyse):
    events = events_of(analyse, "Une attaque à la roquette attribuée à l'Iran a visé une base américaine"
                                " en Irak mardi.", "fr")
    assert any(p.name == "Iran" for e in events for p in e.actors), \
        [[p.name for p in e.actors] for e in events]


# -- (3) the subject of the clause a ceasefire is conceded to is no party of it ------------------------

CONCEDED = [
    ("fr", "Malgré le cessez-le-feu entré en vigueur le 27 novembre 2024, Israël continue de mener des"
           " frappes au Liban."),
    ("fr", "Malgré la trêve conclue le 3 mars, les paramilitaires ont pilonné jeudi plusieurs quartiers"
           " d'El-Facher, tuant huit civils, selon des secouristes."),
    ("en", "Despite the ceasefire that took effect on March 3, the Sudanese army shelled a market in"
           " Omdurman on Thursday, killing six civilians."),
]


@pytest.mark.parametrize(("language", "text"), CONCEDED)
def test_a_conceded_ceasefire_has_no_actor_from_its_clause(analyse, language, text):
    events = events_of(analyse, text, language)
    truces = [e for e in events if e.type == "ceasefire"]
    assert truces, [e.type for e in events]
    assert all(not e.actors for e in truces), [[p.name for p in e.actors] for e in truces]


# -- (4) the attacker's boast gives way to another source's toll --------------------------------------

BOASTS = [
    ("en", "The paramilitary Rapid Support Forces said on Wednesday they had attacked an army base near"
           " El-Obeid, killing more than 200 soldiers.\nThe defence ministry said 45 soldiers were killed"
           " in the attack and accused the RSF of exaggerating its gains.", 45),
    ("fr", "Les Forces de soutien rapide (FSR) ont affirmé mercredi avoir attaqué une base de l'armée près"
           " d'El-Obeid, tuant plus de 200 soldats.\nLe ministère de la Défense a fait état de 45 soldats"
           " tués dans l'attaque, accusant les FSR d'exagérer leur bilan.", 45),
    ("fr", "Les shebab ont revendiqué jeudi une attaque contre une base militaire près de Kismayo, affirmant"
           " avoir tué 57 soldats.\nL'armée somalienne a reconnu la mort de sept soldats dans l'attaque.", 7),
    # the boast alone is the toll stated
    ("fr", "Les shebab ont revendiqué jeudi une attaque contre une base militaire près de Kismayo, affirmant"
           " avoir tué 57 soldats.", 57),
]


@pytest.mark.parametrize(("language", "text", "killed"), BOASTS)
def test_the_attackers_boast_gives_way(analyse, language, text, killed):
    events = [e for e in events_of(analyse, text, language) if e.fatalities is not None]
    assert events, text
    assert [e.fatalities for e in events] == [killed], [(e.type, e.fatalities) for e in events]


# -- (5) the clause a postposed reporting verb closes keeps its place -----------------------------------

POSTPOSED = [
    ("Un soldat thaïlandais a été grièvement blessé mardi par l'explosion d'une mine près de la frontière"
     " cambodgienne, dans la province d'Ubon Ratchathani, a annoncé l'armée.", "TH"),
    ("Un soldat colombien a été grièvement blessé jeudi par l'explosion d'une mine près de la frontière"
     " vénézuélienne, dans le département d'Arauca, a annoncé l'armée.", "CO"),
    ("Un garde-frontière turc a été grièvement blessé samedi par l'explosion d'une mine près de la"
     " frontière, dans la province de Hakkari, a annoncé le ministère.", "TR"),
]


@pytest.mark.parametrize(("text", "country"), POSTPOSED)
def test_a_postposed_report_leaves_the_place_to_the_act(analyse, text, country):
    events = events_of(analyse, text, "fr")
    assert events, text
    assert all(e.location is not None and e.location.precision == "admin1" and e.location.country == country
               for e in events), [e.location for e in events]


# -- (6) "the city" resumes the town the article is about -----------------------------------------------

RESUMED = [
    ("en", "Life goes on in Zaporizhzhia despite the attacks\n\nResidents of Zaporizhzhia have grown used"
           " to the sound of air raid sirens.\n\nThe city, about 35 kilometres from the front line, was hit"
           " by drones overnight on Sunday, injuring two people, the regional governor said.", "Zaporiz"),
    ("en", "Living under fire\n\nIn Kherson, schools have moved underground.\n\nThe town was shelled again"
           " overnight, killing one man, the regional administration said.", "Kherson"),
    ("fr", "Vivre sous les bombes\n\nÀ Zaporijjia, les habitants ont appris à vivre avec les sirènes.\n\n"
           "La ville, située à environ 35 kilomètres de la ligne de front, a été frappée par des drones"
           " dans la nuit de dimanche, faisant deux blessés, a indiqué le gouverneur régional.", "Zaporiz"),
    ("en", "Residents of Zaporizhzhia have grown used to the sound of air raid sirens.\n\nThe city of Kherson"
           " was hit by drones overnight on Sunday, injuring two people.", "Kherson"),
]


@pytest.mark.parametrize(("language", "text", "town"), RESUMED)
def test_the_city_resumes_the_town_named_before(analyse, language, text, town):
    strikes = [e for e in events_of(analyse, text, language) if e.injured or e.fatalities]
    assert strikes, text
    assert all(e.location is not None and e.location.name.startswith(town) for e in strikes), \
        [e.location for e in strikes]


# -- (7) a month before a country is no town of it ------------------------------------------------------

MONTHS = [
    ("en", "Despite a truce agreed on 12 May, India kept up its shelling along the Line of Control.", "May"),
    ("en", "Fighting resumed on 3 June, Sudan's army said, near the town of Babanusa.", "June"),
]


@pytest.mark.parametrize(("language", "text", "month"), MONTHS)
def test_a_month_before_a_country_is_no_town(analyse, language, text, month):
    article = analyse(text, language=language)
    names = [m.text for m in article.mentions if isinstance(m.value, Place)]
    assert month not in names, names


# -- (8) "came under attack" carries the act's place ------------------------------------------------------

UNDERGONE = [
    ("Houthi rebels said on Tuesday they had attacked a bulk carrier in the Red Sea with drones and"
     " missiles.\nThe UKMTO agency said the vessel came under attack about 50 nautical miles southwest"
     " of the port of Hodeidah. Four crew members were killed, a naval mission said.", "YE"),
    ("Somali pirates attacked a fishing vessel in the Gulf of Aden on Friday.\nThe EU naval force said the"
     " ship came under attack about 80 nautical miles east of the port of Berbera. Two crew members were"
     " injured, it said.", "SO"),
]


@pytest.mark.parametrize(("text", "country"), UNDERGONE)
def test_came_under_attack_places_the_attack(analyse, text, country):
    events = [e for e in events_of(analyse, text, "en") if e.injured or e.fatalities]
    assert events, text
    assert all(e.location is not None and e.location.country == country for e in events), \
        [e.location for e in events]


# -- (9) pirates are a group, not their country ---------------------------------------------------------

PIRATES = [
    ("en", "Somali pirates attacked a fishing vessel in the Gulf of Aden on Friday, injuring two crew"
           " members."),
    ("fr", "Des pirates somaliens ont attaqué vendredi un bateau de pêche dans le golfe d'Aden, blessant deux"
           " marins."),
]


@pytest.mark.parametrize(("language", "text"), PIRATES)
def test_pirates_are_no_state(analyse, language, text):
    events = events_of(analyse, text, language)
    assert events, text
    actors = [(p.name, p.kind) for e in events for p in e.actors]
    assert actors and all(kind == "group" for _, kind in actors), actors


# -- (11) the maker of a weapon is no side ---------------------------------------------------------------

MAKERS = [
    ("en", "A Russian-made drone used by RSF paramilitaries struck a market in El Fasher on Sunday, killing"
           " nine people.", "Russia"),
    ("en", "A Turkish-made Bayraktar drone operated by the Sudanese army hit a fuel depot in Nyala on Monday,"
           " killing two guards.", "Turkey"),
    ("fr", "Un drone de fabrication iranienne lancé par les Houthis a frappé Eilat vendredi, blessant deux"
           " personnes.", "Iran"),
    ("fr", "Un drone de fabrication turque utilisé par l'armée soudanaise a frappé un dépôt de carburant à"
           " Nyala lundi, tuant deux gardes.", "Turkey"),
]


@pytest.mark.parametrize(("language", "text", "maker"), MAKERS)
def test_the_maker_of_the_weapon_is_no_side(analyse, language, text, maker):
    events = events_of(analyse, text, language)
    assert events, text
    assert not any(p.name == maker for e in events for p in e.actors), \
        [[p.name for p in e.actors] for e in events]


def test_a_weapons_national_adjective_still_names_its_side(analyse):
    events = events_of(analyse, "A Russian drone struck a market in Kherson on Sunday, killing two people.",
                       "en")
    assert any(p.name == "Russia" for e in events for p in e.actors), \
        [[p.name for p in e.actors] for e in events]


# -- (12) the Gulf of Aden off the coast the story is about --------------------------------------------

GULF = [
    ("fr", "Des pirates somaliens ont attaqué vendredi un bateau de pêche dans le golfe d'Aden, blessant deux"
           " marins.", (10.8, 45.0)),
    ("en", "A Houthi drone hit a cargo ship in the Gulf of Aden on Monday, the Yemeni rebels said, injuring"
           " one sailor.", (12.5, 45.0)),
]


@pytest.mark.parametrize(("language", "text", "point"), GULF)
def test_the_gulf_of_aden_off_the_story_coast(analyse, language, text, point):
    events = [e for e in events_of(analyse, text, language) if e.location is not None]
    assert events, text
    assert all((e.location.lat, e.location.lon) == point for e in events), \
        [(e.location.lat, e.location.lon) for e in events]
