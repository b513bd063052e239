"""Places of incidents, round 27 (second task; French and English), sentences written from the
general patterns of the lead's probe articles:

- a first-level division whose ISO 3166-2 name is another romanisation of GeoNames' own, with a
  different first letter ("Wardak"/Vardak), is that division; a province GeoNames lacks below the
  first level, named with its cue word ("in Maguindanao province"), places the act in the
  first-level unit holding it (geo/build._spelled_unit, _subunit_names; Gazetteer.admin1_spelled),
  not over the whole country.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-04"  # a Wednesday


def _places(article):  # type: ignore[no-untyped-def]
    return [e.location for e in article.events if e.location is not None]


# (language, text, the country, the first-level unit the incident must be placed in)
PROVINCES = [
    ("en", "Bomb kills soldiers in Afghanistan\n\n"
           "KABUL, June 3 (AP) - A roadside bomb killed four soldiers on Tuesday in Wardak province, "
           "officials said.", "AF", "Vardak"),
    ("fr", "Afghanistan : attaque meurtrière\n\n"
           "KABOUL, 3 juin (AFP) - Des hommes armés ont tué mardi trois policiers dans la province de "
           "Wardak, selon les autorités.", "AF", "Vardak"),
    ("en", "Clash in the southern Philippines\n\n"
           "MANILA, June 3 (AP) - Militants ambushed an army patrol on Tuesday in Maguindanao province, "
           "killing two soldiers, the army said.", "PH", "Autonomous Region in Muslim Mindanao"),
    ("fr", "Philippines : embuscade\n\n"
           "MANILLE, 3 juin (AFP) - Des rebelles ont tendu mardi une embuscade à une patrouille dans la "
           "province de Maguindanao, tuant deux soldats, selon l'armée.", "PH",
     "Autonomous Region in Muslim Mindanao"),
    ("en", "Bomb hits market in the Philippines\n\n"
           "MANILA, June 3 (Reuters) - A bomb exploded in a market on Tuesday in Sulu province, wounding "
           "seven people, police said.", "PH", "Autonomous Region in Muslim Mindanao"),
]


@pytest.mark.parametrize(("language", "text", "country", "unit"), PROVINCES)
def test_a_named_province_places_the_act_in_its_division(analyse, language, text, country, unit):
    places = _places(analyse(text, language, PUBLISHED))
    assert places, "the incident has no place"
    assert any(p.country == country and p.admin1 == unit and p.precision in ("admin1", "city")
               for p in places), [(p.name, p.admin1, p.precision, p.text) for p in places]
    assert not any(p.precision == "country" for p in places), [(p.name, p.precision) for p in places]


# (language, text, the place of the main clause): the act told as the earlier one ("a day after a
# landmine wounded ...", "au lendemain d'un tir qui a tué ...") is not placed there
# (arguments_places.earlier_act)
EARLIER_ACTS = [
    ("en", "Cambodia recalls envoy\n\n"
           "PHNOM PENH, June 3 (Reuters) - Cambodia recalled its ambassador from Bangkok on Thursday, "
           "two days after an artillery shell killed a Cambodian soldier near the border, the ministry "
           "said.", "Bangkok"),
    ("fr", "Le Cambodge rappelle son ambassadeur\n\n"
           "PHNOM PENH, 3 juin (AFP) - Le Cambodge a rappelé jeudi son ambassadeur à Bangkok, au "
           "lendemain d'un tir d'artillerie qui a tué un soldat cambodgien, a indiqué le ministère.",
     "Bangkok"),
    ("en", "Pakistan closes border crossing\n\n"
           "ISLAMABAD, June 3 (AP) - Pakistan summoned the Afghan envoy in Islamabad on Monday after a "
           "suicide bomber killed six policemen, officials said.", "Islamabad"),
    ("fr", "Le Niger convoque un diplomate\n\n"
           "NIAMEY, 3 juin (AFP) - Le Niger a convoqué lundi à Niamey le chargé d'affaires du Bénin, à "
           "la veille d'une attaque qui a tué dix soldats, a indiqué le ministère.", "Niamey"),
]


@pytest.mark.parametrize(("language", "text", "place"), EARLIER_ACTS)
def test_the_earlier_act_is_not_placed_at_the_main_clause_place(analyse, language, text, place):
    events = analyse(text, language, PUBLISHED).events
    violent = [e for e in events if e.type != "diplomatic_protest"]
    assert violent, [e.type for e in events]
    assert all(e.location is None or e.location.name != place for e in violent), \
        [(e.type, e.location and e.location.name) for e in violent]



# (language, text): a water body's name the gazetteer lacks is no place cut to its head noun ("Gulf"
# of "the Gulf of Tonkin" is no province of Papua New Guinea, "Golfe" no town of Angola)
# (where._cut_water_name; water_heads of places.yaml)
CUT_WATER_NAMES = [
    ("en", "Navy fires on fishing boat\n\n"
           "HANOI, June 3 (AP) - A Chinese warship fired on a Vietnamese fishing boat on Tuesday in the "
           "Gulf of Tonkin, wounding two fishermen, officials said."),
    ("en", "Drone hits cargo ship\n\n"
           "ISTANBUL, June 3 (Reuters) - A drone struck a cargo ship on Tuesday in the Sea of Marmara, "
           "wounding a sailor, the coast guard said."),
    ("fr", "Un navire attaqué\n\n"
           "HANOÏ, 3 juin (AFP) - Un navire chinois a tiré mardi sur un bateau de pêche vietnamien dans le "
           "Golfe du Tonkin, blessant deux pêcheurs, selon les autorités."),
]


@pytest.mark.parametrize(("language", "text"), CUT_WATER_NAMES)
def test_a_water_name_is_not_cut_to_its_head(analyse, language, text):
    places = _places(analyse(text, language, PUBLISHED))
    assert all(p.name not in ("Gulf", "Golfe", "Sea") and p.country not in ("PG", "AO") for p in places), \
        [(p.name, p.country, p.text) for p in places]


# (language, text, the sea the incident must be placed at): a strike at sea is placed at the sea
# named, not at a dateline far from it (data/regions.yaml: the seas the news names)
SEAS = [
    ("en", "Russian warship fires on patrol boat\n\n"
           "HELSINKI, June 3 (Reuters) - A Russian warship fired on a Finnish patrol boat on Tuesday in the "
           "Gulf of Finland, the navy said.", "Gulf of Finland"),
    ("fr", "Un navire russe tire sur une vedette\n\n"
           "HELSINKI, 3 juin (AFP) - Un navire de guerre russe a attaqué mardi une vedette finlandaise "
           "dans le golfe de Finlande, blessant deux marins, a indiqué la marine.", "Gulf of Finland"),
    ("en", "US strikes drug boat\n\n"
           "WASHINGTON, June 3 (AP) - The U.S. military struck a boat suspected of smuggling drugs in the "
           "Caribbean Sea on Tuesday, killing four people, the Pentagon said.", "Caribbean Sea"),
    ("fr", "Frappe américaine en mer\n\n"
           "WASHINGTON, 3 juin (AFP) - L'armée américaine a bombardé mardi un bateau dans la mer des "
           "Caraïbes, tuant quatre personnes, a annoncé le Pentagone.", "Caribbean Sea"),
    ("en", "Pirates attack tanker\n\n"
           "KUALA LUMPUR, June 3 (Reuters) - Pirates attacked a tanker in the Sulu Sea on Tuesday, "
           "wounding two crew members, the coast guard said.", "Sulu Sea"),
]


@pytest.mark.parametrize(("language", "text", "sea"), SEAS)
def test_a_strike_at_sea_is_placed_at_the_sea(analyse, language, text, sea):
    places = _places(analyse(text, language, PUBLISHED))
    assert places and all(p.name == sea for p in places), [(p.name, p.country, p.text) for p in places]


# (language, text, the town): an act with no place of its own is placed where the people it was done
# to were, named in a relative clause on its argument (arguments_places.target_relative_place)
TARGET_RELATIVES = [
    ("en", "Unrest in Kenya\n\n"
           "June 3 (Reuters) - Police opened fire on Tuesday on demonstrators who blocked a highway near "
           "Mombasa, killing three people, witnesses said.", "Mombasa"),
    ("en", "Unrest in Mali\n\n"
           "June 3 (AP) - Soldiers opened fire on Tuesday on a crowd that had gathered outside a bank in "
           "Bamako, killing two people, witnesses said.", "Bamako"),
    ("fr", "Tensions au Kenya\n\n"
           "3 juin (AFP) - Des soldats ont ouvert le feu mardi sur des manifestants qui avaient bloqué "
           "une route à Kisumu, tuant trois personnes, selon des témoins.", "Kisumu"),
]


@pytest.mark.parametrize(("language", "text", "town"), TARGET_RELATIVES)
def test_the_place_of_those_an_act_was_done_to_places_it(analyse, language, text, town):
    events = analyse(text, language, PUBLISHED).events
    violent = [e for e in events if e.type != "protest"]
    assert violent and all(e.location is not None and e.location.name == town for e in violent), \
        [(e.type, e.location and e.location.name) for e in events]


# ... but not where they were heading, nor a town they had left (no preposition of scene)
NOT_TARGET_SCENES = [
    ("en", "Unrest in Kenya\n\n"
           "June 3 (Reuters) - Police opened fire on Tuesday on demonstrators who were marching to Nakuru, "
           "killing three people, witnesses said.", "Nakuru"),
    ("fr", "Tensions au Kenya\n\n"
           "3 juin (AFP) - Des soldats ont ouvert le feu mardi sur des manifestants qui avaient quitté "
           "Kisumu, tuant trois personnes, selon des témoins.", "Kisumu"),
]


@pytest.mark.parametrize(("language", "text", "town"), NOT_TARGET_SCENES)
def test_where_those_it_was_done_to_went_is_no_place(analyse, language, text, town):
    events = analyse(text, language, PUBLISHED).events
    assert all(e.location is None or e.location.name != town for e in events), \
        [(e.type, e.location and e.location.name) for e in events]
