"""Places of incidents, round 26 second part (French and English), sentences written from the
general patterns:

- a dispatch filed from two towns joined by a slash ("BANGKOK/PHNOM PENH, July 24 (Reuters) -"):
  both are the dateline's, neither is the place of the incident told after it
  (extract/where_dateline._joined_end);
- the addressees of a call or demand coordinated after its verb ("called on Turkey and Qatar to
  press donors", "a demandé au Rwanda de"): each is a state addressed, no place of the call
  (extract/where_metonymy._addressed, ``addressee_phrases`` of lang/fr/places.yaml);
- a district named as such after its seat town ("dans le district de Latchine", "in India's Poonch
  district") far from the dateline's town: the dateline says nothing of the story's reach, the
  district is placed at its town (extract/where_dateline.without_datelines);
- a distance and bearing from "the port of X", "la ville de X" is an offset from the town X (at
  sea, off it), not the facility "port" at X (extract/where_sites._past_settlement_noun);
- a facility the text places nowhere ("la caserne d'Al-Ingaz, près du marché") in a story whose
  headline sets one town as the scene stands in that town; not when two towns were named
  (extract/arguments_places.site_town).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _places(article):  # type: ignore[no-untyped-def]
    return [e.location.name for e in article.events if e.location is not None]


# (language, text, the second dateline town, which must place nothing)
JOINED_DATELINES = [
    ("en", "Thailand says Cambodian shelling hit border villages\n\n"
           "BANGKOK/PHNOM PENH, July 24 (Reuters) - Thailand said Cambodian artillery shelled two "
           "villages in Surin province early on Thursday, killing a civilian.", "Phnom Penh"),
    ("fr", "Le Rwanda accusé d'avoir bombardé une localité congolaise\n\n"
           "KINSHASA/KIGALI, 3 mars 2025 (AFP) - L'armée congolaise a accusé lundi le Rwanda d'avoir "
           "bombardé la localité de Sake, dans le Nord-Kivu, tuant quatre civils.", "Kigali"),
    ("en", "Armenia and Azerbaijan trade fire accusations\n\n"
           "BAKU/YEREVAN, April 6 (Reuters) - Azerbaijan said Armenian troops fired on its positions near "
           "Kalbajar overnight on Sunday, wounding a soldier.", "Yerevan"),
    ("fr", "Le Niger affirme avoir frappé des positions jihadistes\n\n"
           "NIAMEY/BAMAKO/OUAGADOUGOU, 3 mars 2025 (AFP) - Le Niger a affirmé lundi avoir mené des frappes "
           "aériennes contre des positions jihadistes, tuant une vingtaine de combattants.", "Ouagadougou"),
]


@pytest.mark.parametrize(("language", "text", "town"), JOINED_DATELINES)
def test_a_second_dateline_town_places_nothing(analyse, language, text, town):
    article = analyse(text, language, PUBLISHED)
    assert town not in _places(article)
    assert town not in [m.value.name for m in article.mentions if m.kind == "place"]


# (language, text, the addressed names, which are no place of the call); the second of two
# coordinated addressees is addressed as much as the first (where_metonymy._addressed), and a
# French contracted article keeps its form ("demander au", ``addressee_phrases``)
ADDRESSEES = [
    ("en", "Lebanon urges France and US to press Israel over troops\n\n"
           "BEIRUT, March 3 (AP) - Lebanese President Joseph Aoun on Monday called on France and the United "
           "States to press Israel to withdraw its troops from five hilltops in the south.",
     ["France", "United States"]),
    ("en", "Somalia urges Turkey and Qatar to help end drought crisis\n\n"
           "MOGADISHU, March 3 (AP) - Somalia's President Hassan Sheikh Mohamud on Monday called on Turkey "
           "and Qatar to press donors for more food aid.", ["Turkey", "Qatar"]),
    ("en", "The Philippine foreign minister on Monday called on Japan and South Korea to join patrols in the "
           "South China Sea.", ["Japan", "South Korea"]),
    ("fr", "Lundi, le gouvernement congolais a demandé au Rwanda de retirer ses troupes du Nord-Kivu.",
     ["Rwanda"]),
    ("fr", "Le président ukrainien a demandé aux États-Unis de livrer davantage de systèmes de défense "
           "aérienne.", ["United States"]),
]


@pytest.mark.parametrize(("language", "text", "addressed"), ADDRESSEES)
def test_the_addressees_of_a_call_are_no_place(analyse, language, text, addressed):
    article = analyse(text, language, PUBLISHED)
    named = set(_places(article)) | {m.value.name for m in article.mentions if m.kind == "place"}
    assert not named & set(addressed)


# (language, text, the district's seat town): a district named as such after a town the gazetteer
# has is placed at that town even when the dateline's town lies far from it
# (where_dateline.without_datelines: the distance test of where.resolve skips the dateline)
DISTRICTS_FAR_FROM_THE_DATELINE = [
    ("fr", "Azerbaïdjan : un soldat tué par une mine\n\n"
           "BAKOU, 9 janvier 2025 (AFP) - Un soldat azerbaïdjanais a été tué jeudi par l'explosion d'une "
           "mine dans le district de Latchine, a annoncé le ministère de la Défense.", "Laçın"),
    ("en", "Azerbaijan says Armenian troops fired on its positions\n\n"
           "BAKU/YEREVAN, April 6 (Reuters) - Azerbaijan said Armenian troops fired on its positions in "
           "the Kalbajar district overnight on Sunday, wounding a soldier.", "Kalbajar"),
    ("en", "Pakistani shelling kills two in Kashmir\n\n"
           "NEW DELHI, May 8 (Reuters) - Pakistani shelling killed two civilians in India's Poonch "
           "district on Thursday, police said.", "Pūnch"),
    ("fr", "Inde : deux civils tués par des tirs pakistanais\n\n"
           "NEW DELHI, 8 mai 2025 (AFP) - Des tirs d'artillerie pakistanais ont tué jeudi deux civils "
           "dans le district de Kupwara, au Cachemire indien, selon la police.", "Kupwāra"),
]


@pytest.mark.parametrize(("language", "text", "town"), DISTRICTS_FAR_FROM_THE_DATELINE)
def test_a_district_far_from_the_dateline_is_placed(analyse, language, text, town):
    assert _places(analyse(text, language, PUBLISHED))[:1] == [town]


# (language, text, the town, metres): a distance from "the port of X" / "la ville de X" is an offset
# from the town X (``settlement_nouns``): the place is the town with its distance, never the
# facility "port" (extract/where_sites._past_settlement_noun)
OFFSETS_FROM_A_SETTLEMENT_NOUN = [
    ("en", "Merchant ship attacked off Yemen\n\n"
           "DUBAI, June 3 (Reuters) - A merchant ship was attacked on Tuesday about 40 nautical miles west "
           "of the port of Mokha, the UKMTO said. The crew were safe.", "Mocha", 74_080),
    ("fr", "Un navire attaqué au large du Yémen\n\n"
           "DUBAÏ, 3 juin 2025 (AFP) - Un navire marchand a été attaqué mardi à environ 60 milles nautiques "
           "au sud-ouest du port d'Aden, a indiqué l'UKMTO. L'équipage est sain et sauf.", "Aden", 111_120),
    ("fr", "Birmanie : dix morts dans une frappe\n\n"
           "Une frappe aérienne a tué jeudi dix personnes à une vingtaine de kilomètres au nord de la ville "
           "de Monywa, selon des habitants.", "Monywa", 20_000),
]


@pytest.mark.parametrize(("language", "text", "town", "metres"), OFFSETS_FROM_A_SETTLEMENT_NOUN)
def test_an_offset_from_a_settlement_noun_is_from_the_town(analyse, language, text, town, metres):
    events = [e for e in analyse(text, language, PUBLISHED).events if e.location is not None]
    assert len(events) == 1
    loc = events[0].location
    assert (loc.name, loc.precision) == (town, "city")
    assert loc.near is not None and round(loc.near.distance_m or 0) == metres


# (language, text, the scene town of a site the text places nowhere, or None when the story names
# two towns before it: no scene to lend) (extract/arguments_places.site_town)
SITES_OF_THE_SCENE = [
    ("fr", "Soudan : des drones frappent Kassala\n\n"
           "KASSALA, 8 mai 2025 (AFP) - Des drones ont frappé mercredi l'aéroport de la ville, a indiqué une "
           "source militaire.\n\n"
           "Lundi, une première frappe avait touché la caserne d'Al-Ingaz, près du marché central.",
     "Kassala"),
    ("en", "Drones strike Kassala for second day\n\n"
           "KASSALA, May 8 (Reuters) - Drones struck the city's airport on Wednesday, a military source "
           "said.\n\n"
           "On Monday, a first drone strike had hit the Al-Ingaz barracks, near the central market.",
     "Kassala"),
    ("en", "Sudan: drones strike Kassala as fighting rages in El Fasher\n\n"
           "Drones struck the airport of Kassala on Wednesday, a military source said. In El Fasher, "
           "shelling killed five people on Tuesday, medics said.\n\n"
           "On Monday, a first drone strike had hit the Al-Ingaz barracks, near the central market.", None),
]


@pytest.mark.parametrize(("language", "text", "town"), SITES_OF_THE_SCENE)
def test_a_site_placed_nowhere_stands_in_the_scene_town(analyse, language, text, town):
    events = analyse(text, language, PUBLISHED).events
    barracks = [e for e in events if any("barracks" in t.name for t in e.targets)]
    assert len(barracks) == 1
    loc = barracks[0].location
    assert (loc.name if loc is not None else None) == town
