"""Fields of incidents, round 17, in pattern sentences written for the purpose (stories of no
development document), French and English.

(1) An incident placed by a region or a country in its first sentence and placed precisely by a
later one that resumes it by a pronoun ("Les médias indiquent qu'elle s'est produite près de X",
"It happened in the village of X", "local media said it took place near X", "it hit an open area
south of X") takes the finer place when that lies inside the first: a town of the country, of a
compass side of it, of the division named (extract/where_refine.py). A town outside it does not
move the incident, and neither does a place of another clause of the resuming sentence.
(2) A site of the targets lexicon struck in the passive by a side ("un immeuble a été frappé par
l'armée russe", "a fuel depot was hit by the Israeli army"), no weapon named, is a strike by that
side (events_typing._struck_by_a_side, arguments_agents.py); a person hit by a policeman is not.
(3) A division named with its cue after "in"/"dans" ("Berezovka in Russia's Belgorod region")
qualifies the town before it like one after a comma: a homonym of another region (Berezovka of
Krasnoyarsk) is no place, and the incident is placed at the division (where_spots.in_division).
(4) A one-word name after a locative preposition and before a place that qualifies it ("à Zibqin,
dans le sud du Liban") is a village the gazetteer lacks, not a person, at every mention
(who_names.placed_name); a known person ("à Macron, en France") stays one.
(5) A small town qualified by a country (or a side of it) that has no town of its name ("Yaroun,
Lebanon", "near Yaroun, in southern Lebanon") is a village the gazetteer lacks, not its namesake
abroad (a Ukrainian hamlet; Bonn for "Boni, au Mali", reached by an alternate name): no place of
its own (where_spots._abroad).
(6) A demonym between an admin1 cue and its link ("la région russe de Koursk", "the Russian region
of Belgorod") keeps the cue: the division, not the city (where._cue_before, where_spots.in_division).
"""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.extract.where_refine import contains
from newsevents.model import Place

# -- (1) a later sentence resuming the act places it finer -----------------------------------------

REFINED = [
    ("fr", "Une frappe de drone a touché le sud du Liban mardi soir, tuant un homme, selon l'agence"
           " officielle libanaise.\n\nLes médias locaux indiquent qu'elle s'est produite à Nabatieh.",
     "Nabat"),
    ("fr", "Au moins trois personnes ont été tuées dans une frappe de drone dans le nord du Liban,"
           " ont annoncé les secours mardi.\n\nLe ministère de la Santé n'a pas précisé le lieu de la"
           " frappe, alors que la presse locale indique qu'elle s'est produite près de Tripoli.\n\n"
           "Des sirènes ont retenti à Beyrouth dans la soirée.", "Tripoli"),
    ("fr", "Une bombe planante russe a frappé la région de Kharkiv dimanche, tuant deux civils, a"
           " indiqué le gouverneur.\n\nElle s'est produite dans le village de Zolotchiv, a-t-il"
           " ajouté.", "Zolo"),
    ("en", "An Israeli air strike hit southern Lebanon on Tuesday evening, killing one man, state media"
           " reported.\n\nIt happened near Nabatieh, the agency said.", "Nabat"),
    ("en", "A missile struck southern Israel on Tuesday morning, injuring four people, emergency services"
           " said.\n\nIsraeli media reported that it hit an open area south of Beersheba.", "Beersheba"),
    ("en", "A Russian glide bomb struck the Kharkiv region on Sunday, killing two people, the regional"
           " governor said.\n\nIt happened in the village of Zolochiv, he added.", "Zolochiv"),
    ("en", "At least three people were killed in a drone strike in eastern Sudan on Tuesday, medics"
           " said.\n\nThe health ministry did not give the location of the strike, but local media said"
           " it took place near Kassala.", "Kassala"),
]


@pytest.mark.parametrize(("language", "text", "place"), REFINED)
def test_a_later_pronoun_places_the_act_finer(analyse, language, text, place):
    events = [e for e in events_of(analyse, text, language) if e.location is not None]
    assert events, text
    assert any(e.location.name.startswith(place) and e.location.precision == "city" for e in events), \
        [(e.location.name, e.location.precision) for e in events]


KEPT = [
    # the later town is in another country: another story, the region stays
    ("fr", "Une frappe de drone a touché le sud du Liban mardi soir, tuant un homme, selon l'agence"
           " officielle libanaise.\n\nLes médias locaux indiquent qu'elle s'est produite à Damas.",
     "southern Lebanon"),
    ("en", "A Russian glide bomb struck the Kharkiv region on Sunday, killing two people, the regional"
           " governor said.\n\nIt happened near Odesa, he added.", "Kharkiv"),
]


@pytest.mark.parametrize(("language", "text", "place"), KEPT)
def test_a_later_place_outside_does_not_move_it(analyse, language, text, place):
    events = [e for e in events_of(analyse, text, language) if e.location is not None]
    assert events, text
    assert all(e.location.name == place for e in events), [e.location.name for e in events]


def _place(name: str, precision: str, country: str = "UA", admin1: str | None = None,
           lat: float = 49.9, lon: float = 36.3) -> Place:
    return Place(name=name, country=country, lat=lat, lon=lon, precision=precision, admin1=admin1)  # type: ignore[arg-type]


@pytest.mark.parametrize(("area", "spot", "inside"), [
    (_place("Ukraine", "country"), _place("Konotop", "city", admin1="Sumy"), True),
    (_place("Ukraine", "country"), _place("Gomel", "city", country="BY"), False),
    (_place("southern Israel", "region", "IL"), _place("Beersheba", "city", "IL"), True),
    (_place("Kharkiv", "admin1", admin1="Kharkiv"), _place("Zolochiv", "city", admin1="Kharkiv"), True),
    (_place("Kharkiv", "admin1", admin1="Kharkiv"), _place("Odesa", "city", admin1="Odesa"), False),
    # a named region: within the radius of its towns
    (_place("Donbas", "region", lat=48.0, lon=38.0), _place("Kramatorsk", "city", lat=48.7, lon=37.6), True),
    (_place("Donbas", "region", lat=48.0, lon=38.0), _place("Lviv", "city", lat=49.84, lon=24.03), False),
    # not finer
    (_place("Kharkiv", "city"), _place("Kharkiv", "city"), False),
])
def test_inside_the_vaguer_place(area, spot, inside):
    assert contains(area, spot) is inside


# -- (2) a site struck in the passive by a side, no weapon named, is a strike by that side ---------

PASSIVE_BY_A_SIDE = [
    ("fr", "Un immeuble résidentiel a été frappé par l'armée russe dans la nuit de samedi à dimanche à"
           " Kherson, faisant trois morts.", "Kherson", "RU"),
    ("fr", "Un entrepôt a été frappé par l'armée israélienne jeudi à Baalbek, selon l'agence libanaise.",
     "Baalbek", "IL"),
    ("en", "A fuel depot near Tyre was hit by the Israeli army on Tuesday, Lebanese media said.", "Tyre",
     "IL"),
    ("en", "A grain warehouse in Izmail was struck by Russian forces overnight, the regional governor"
           " said.", "Izma", "RU"),
]


@pytest.mark.parametrize(("language", "text", "place", "country"), PASSIVE_BY_A_SIDE)
def test_a_site_struck_by_a_side_in_the_passive(analyse, language, text, place, country):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [e.type for e in events]
    e = events[0]
    assert e.location is not None and e.location.name.startswith(place), e.location
    assert any(p.country == country for p in e.actors), [(p.name, p.country) for p in e.actors]


# a person hit by someone, a deal struck: no strike
NOT_STRUCK_BY_A_SIDE = [
    ("fr", "Un manifestant a été frappé par un policier lundi à Marseille."),
    ("en", "The deal was struck by the government on Monday in Kyiv."),
]


@pytest.mark.parametrize(("language", "text"), NOT_STRUCK_BY_A_SIDE)
def test_no_strike_without_a_struck_site(analyse, language, text):
    assert events_of(analyse, text, language) == []


# -- (3) a division named after "in"/"dans" qualifies the town before it ---------------------------
# (a homonym of another region is not the town: the incident falls back to the division named)

IN_DIVISION = [
    ("en", "A Ukrainian drone hit a house in the village of Berezovka in Russia's Belgorod region on"
           " Monday, injuring a woman, the governor said.", "Belgorod", "admin1"),
    ("en", "A Ukrainian drone hit a house in the village of Berezovka in the Belgorod region on Monday,"
           " injuring a woman.", "Belgorod", "admin1"),
    # a town the division has keeps its reading
    ("en", "Russian shelling killed two people in the village of Kozacha Lopan in Ukraine's Kharkiv region"
           " on Monday.", "Kozacha Lopan", "city"),
]


@pytest.mark.parametrize(("language", "text", "place", "precision"), IN_DIVISION)
def test_a_division_after_in_qualifies_the_town(analyse, language, text, place, precision):
    events = [e for e in events_of(analyse, text, language) if e.location is not None]
    assert events, text
    assert all(e.location.name == place and e.location.precision == precision for e in events), \
        [(e.location.name, e.location.precision, e.location.admin1) for e in events]


# -- (4) a village the gazetteer lacks, qualified by a place, is no person (nor a target) -----------

QUALIFIED_VILLAGES = [
    ("fr", "Liban : une frappe tue deux personnes à Zibqin\n\nUne frappe de drone israélienne a visé"
           " mercredi une voiture à Zibqin, dans le sud du Liban, tuant deux personnes.", "Zibqin"),
    ("fr", "Soudan : trois civils tués à Kabkabiya\n\nUn drone a frappé lundi un marché à Kabkabiya, au"
           " Darfour-Nord, tuant trois civils.", "Kabkabiya"),
    ("en", "Two killed in strike on Aitaroun\n\nAn Israeli drone hit a motorbike in Aitaroun, in southern"
           " Lebanon, on Monday, killing two men.", "Aitaroun"),
]


@pytest.mark.parametrize(("language", "text", "village"), QUALIFIED_VILLAGES)
def test_a_qualified_village_is_no_person(analyse, language, text, village):
    article = analyse(text, language=language)
    persons = [m.text for m in article.mentions if m.kind == "party" and m.value.kind == "person"]
    assert village not in persons, persons
    assert all(village not in [p.name for p in e.targets] for e in article.events)


def test_a_known_person_after_a_and_a_place_stays_one(analyse):
    article = analyse("Le président a écrit à Macron, en France, pour dénoncer la frappe.")
    assert any(m.value.kind == "person" for m in article.mentions if m.kind == "party")


# -- (5) a village qualified by a country that has no town of its name is no namesake abroad -------

ABROAD = [
    ("en", "A strike killed two people in Yaroun, Lebanon, on Monday.", "Yaroun", "LB"),
    ("en", "An Israeli drone hit a motorbike near Yaroun, in southern Lebanon, on Monday.", "Yaroun", "LB"),
    # "Boni" is also one of Bonn's alternate names
    ("en", "Nine soldiers were killed in an ambush near Boni, in central Mali.", "Boni", "ML"),
    ("fr", "Neuf soldats ont été tués dans une embuscade près de Boni, au Mali.", "Boni", "ML"),
]


@pytest.mark.parametrize(("language", "text", "word", "country"), ABROAD)
def test_a_village_of_the_named_country_is_no_namesake_abroad(locate, language, text, word, country):
    article = locate(text, language)
    placed = [(m.text, m.value.country) for m in article.mentions if m.kind == "place"]
    assert all(c == country for _, c in placed), placed


# a town the named country has, or a large city, keeps its reading
NOT_ABROAD = [
    ("fr", "Une frappe a tué deux personnes à Tripoli, au Liban.", "Tripoli", "LB"),
    ("en", "A blast hit a market in Goma, eastern Congo.", "Goma", "CD"),
]


@pytest.mark.parametrize(("language", "text", "word", "country"), NOT_ABROAD)
def test_a_town_of_the_named_country_is_kept(locate, language, text, word, country):
    article = locate(text, language)
    assert any(m.text == word and m.value.country == country for m in article.mentions if m.kind == "place")


# -- (6) a demonym between an admin1 cue and its name ("la région russe de Belgorod") ---------------

DEMONYM_CUES = [
    ("fr", "Un drone a frappé une maison dans la région russe de Koursk.", "Kursk"),
    ("fr", "Un obus est tombé sur une école dans la province syrienne d'Idleb.", "Idlib"),
    ("fr", "Un drone a frappé une maison à Berezovka dans la région russe de Belgorod.", "Belgorod"),
    ("en", "A drone hit a house in Berezovka in the Russian region of Belgorod.", "Belgorod"),
]


@pytest.mark.parametrize(("language", "text", "name"), DEMONYM_CUES)
def test_a_demonym_inside_the_cue_names_the_division(locate, language, text, name):
    article = locate(text, language)
    placed = [(m.value.name, m.value.precision) for m in article.mentions if m.kind == "place"]
    assert set(placed) == {(name, "admin1")}, placed
