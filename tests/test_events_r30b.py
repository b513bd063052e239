"""Places of incidents, round 30 (second task): pattern sentences of our own.

1. A camp or a village the gazetteer lacks, named with the area that holds it ("the Kalma displacement
   camp in South Darfur", "à Lolwa, dans la province de l'Ituri", "le camp de déplacés de X, dans le
   Darfour-Nord") keeps the name the text gives at the area's point and precision; a known town told
   as a reference beside it ("south of the city of Nyala", "près de Bunia") goes to its ``near``, not
   in its place (where_unlisted._name_of_noun, where_reference.py).
2. An attack on border posts is at the border of the two countries its sentence names, not placed in
   the country of another act's town ("en représailles à des frappes sur X"), and a side told by an
   adjective of two words ("South Sudanese") is read whole (where_borders.py).
3. A city quarter named with no town in its sentence ("in the X neighbourhood", "du quartier de X")
   is in the dateline's town, city precision, the quarter's words in the location's text
   (where_quarters.py).
4. "in the same waters", "dans les mêmes eaux" resume the sea of the act told before (same_place_cues);
   a country told "off the coast of X", "au large du X" is the sea off its coast (where_offshore.py).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-10-12"  # a Sunday


# (language, text, the name the act keeps, its country, its precision, the reference town or None)
NAMED_IN_AREA = [
    ("en", "Camp shelled in Sudan\n\n"
           "PORT SUDAN, Oct 12 (Reuters) - Rapid Support Forces fighters shelled the Kalma displacement camp "
           "in South Darfur on Sunday, killing 12 people, south of the city of Nyala, a medical group said.",
     "Kalma", "SD", "admin1", "Nyala"),
    ("fr", "Assaut contre un camp de déplacés au Soudan\n\n"
           "Les Forces de soutien rapide ont pris d'assaut samedi le camp de déplacés de Tawila Umda, dans "
           "le Darfour-Nord, au sud de la ville assiégée d'El-Fasher, tuant des dizaines de civils, selon "
           "des ONG.", "Tawila Umda", "SD", "admin1", "El Fasher"),
    ("fr", "RDC : attaque contre une église\n\n"
           "KINSHASA, 12 octobre (AFP) - Des rebelles des ADF ont attaqué samedi une église catholique à "
           "Lolwa, dans la province de l'Ituri, tuant 21 fidèles, selon la société civile.",
     "Lolwa", "CD", "region", None),
    ("en", "Church attacked in Congo\n\n"
           "ADF rebels attacked a Catholic church in Lolwa, in Ituri province, on Sunday, killing 21 "
           "worshippers, a civil society leader said.", "Lolwa", "CD", "region", None),
    ("fr", "Attaque meurtrière en Ituri\n\n"
           "Des miliciens de la Codeco ont attaqué dimanche le village de Djaiba, dans la province de "
           "l'Ituri, près de Bunia, tuant 18 civils, selon des sources locales.", "Djaiba", "CD", "region",
     "Bunia"),
    ("en", "Paramilitaries storm displacement camp in Sudan\n\n"
           "PORT SUDAN, Oct 12 (Reuters) - Rapid Support Forces fighters stormed the Abu Shouk displacement "
           "camp in North Darfur on Saturday, killing at least 40 civilians, aid groups said.",
     "Abu Shouk", "SD", "admin1", None),
]


@pytest.mark.parametrize(("language", "text", "name", "country", "precision", "reference"), NAMED_IN_AREA)
def test_a_place_named_in_an_area_keeps_its_name(analyse, language, text, name, country, precision,
                                                 reference):
    events = analyse(text, language, PUBLISHED).events
    assert events, "the incident is lost"
    places = [e.location for e in events if e.location]
    got = [(p.name, p.country, p.precision, p.near.what if p.near else None) for p in places]
    assert got and all(g[:3] == (name, country, precision) for g in got), got
    if reference:
        assert all(g[3] == reference for g in got), got


# (language, text, the border the act at the border posts must be placed at); another act's town in
# the sentence ("en représailles à des frappes sur X") is not the border's side, and a country's
# adjective of two words ("South Sudanese") is read whole (where_borders._on_act_noun,
# where_borders._sentence_countries)
BORDER_POSTS = [
    ("fr", "Escalade entre le Tchad et le Soudan\n\n"
           "N'DJAMENA, 12 octobre (AFP) - Des soldats tchadiens ont attaqué samedi soir plusieurs postes à "
           "la frontière soudanaise, en représailles à des frappes sur Abéché, a indiqué l'armée tchadienne.",
     "Chad-Sudan border"),
    ("en", "Border posts attacked\n\n"
           "JUBA, Oct 12 (AP) - Sudanese paramilitaries attacked South Sudanese army border posts on "
           "Saturday, killing five soldiers, the army said, a week after air strikes hit Malakal.",
     "South Sudan-Sudan border"),
    ("en", "Sudan army says border posts attacked\n\n"
           "KHARTOUM, Oct 12 (AFP) - South Sudanese militiamen attacked Sudanese army positions along the "
           "border on Saturday, killing eight soldiers, the army said, two days after a drone struck Kosti.",
     "South Sudan-Sudan border"),
]


@pytest.mark.parametrize(("language", "text", "border"), BORDER_POSTS)
def test_an_attack_on_border_posts_is_at_the_border(analyse, language, text, border):
    events = analyse(text, language, PUBLISHED).events
    first = events[0] if events else None
    assert first is not None and first.location is not None, "the attack has no place"
    assert first.location.name == border, [(e.type, e.location and e.location.name) for e in events]


# (language, text, the dateline's town the act is placed in, the quarter's words kept in its text): a
# quarter named with no town in its sentence lies in the town the dispatch is filed from, not in the
# country of a ministry speaking (where_quarters.py)
QUARTERS = [
    ("en", "Gunmen storm market\n\n"
           "BAMAKO, Oct 12 (Reuters) - Gunmen opened fire at a market in the Niarela neighbourhood on "
           "Sunday, killing four people, Mali's security ministry said.", "Bamako", "Niarela"),
    ("en", "Church bombing\n\n"
           "DAMASCUS, Oct 12 (AP) - A suicide bomber blew himself up inside a church in the Qassaa "
           "neighbourhood on Sunday, killing 22 worshippers, Syria's health ministry said.",
     "Damascus", "Qassaa"),
    ("fr", "Attentat contre une église\n\n"
           "DAMAS, 12 octobre (AFP) - Un kamikaze s'est fait exploser dimanche dans une église du quartier "
           "de Kachkoul, tuant 22 fidèles, selon le ministère de la Santé de la Syrie.", "Damascus",
     "Kachkoul"),
    ("fr", "Frappe dans la capitale\n\n"
           "SANAA, 12 octobre (AFP) - Une frappe aérienne a touché dimanche une maison du quartier Hadda, "
           "tuant cinq personnes, a rapporté le ministère de la Santé du Yémen.", "Sanaa", "Hadda"),
]


@pytest.mark.parametrize(("language", "text", "town", "quarter"), QUARTERS)
def test_a_quarter_with_no_town_is_in_the_datelines_town(analyse, language, text, town, quarter):
    events = analyse(text, language, PUBLISHED).events
    placed = [(e.location.name, e.location.precision, e.location.text) for e in events if e.location]
    assert (town, "city", quarter) in placed, placed
    assert all(p[0] == town for p in placed), placed


# (language, text): an act told "in the same waters" / "dans les mêmes eaux" is at the sea of the act
# told before it; an act with no place of its own and no such words stays placeless (where_same_area,
# same_place_cues of lang/*/places.yaml)
SAME_WATERS = [
    ("en", "US military strikes boat in Caribbean\n\n"
           "WASHINGTON, Oct 12 (Reuters) - U.S. forces struck a vessel in international waters in the "
           "Caribbean on Saturday, killing four people aboard, the Pentagon said.\n\n"
           "On Sept. 2, U.S. forces destroyed a boat, killing 11 people.\n\n"
           "Another boat was struck in the same waters on Sept. 15, killing three people, officials said."),
    ("fr", "Frappe américaine contre un bateau\n\n"
           "WASHINGTON, 12 octobre (AFP) - L'armée américaine a frappé samedi une embarcation dans la mer "
           "des Caraïbes, tuant quatre personnes, a annoncé le Pentagone.\n\n"
           "Le 15 septembre, une frappe américaine a détruit un autre bateau dans les mêmes eaux, tuant "
           "trois personnes, selon le Pentagone."),
]


@pytest.mark.parametrize(("language", "text"), SAME_WATERS)
def test_the_same_waters_are_the_sea_of_the_act_told_before(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    places = [e.location.name if e.location else None for e in events]
    assert len(events) >= 2 and places[0] == places[-1] == "Caribbean Sea", places
    assert all(p in (None, "Caribbean Sea") for p in places), places


# (language, text, the sea the act is placed in): a country told after an offshore link is the sea
# off its coast (data/coasts.yaml): the one the document names, else the country's only one there
# (where_offshore.py)
OFFSHORE = [
    ("en", "US strikes boat off Venezuela\n\n"
           "WASHINGTON, Oct 12 (Reuters) - U.S. forces struck a suspected drug boat off the coast of "
           "Venezuela on Saturday, killing four people, the Pentagon said.", "Caribbean Sea"),
    ("fr", "Frappe au large du Venezuela\n\n"
           "WASHINGTON, 12 octobre (AFP) - Les forces américaines ont frappé samedi une embarcation au "
           "large du Venezuela, tuant quatre personnes, a annoncé le Pentagone.", "Caribbean Sea"),
    ("en", "Ship attacked\n\n"
           "A cargo ship was hit by a missile off the coast of Yemen on Sunday, wounding two crew members, "
           "the UKMTO agency said. The Houthis have attacked ships in the Red Sea since 2023.", "Red Sea"),
]


@pytest.mark.parametrize(("language", "text", "sea"), OFFSHORE)
def test_off_a_countrys_coast_is_the_sea(analyse, language, text, sea):
    events = analyse(text, language, PUBLISHED).events
    places = [(e.location.name, e.location.precision) for e in events if e.location]
    assert places and all(p == (sea, "region") for p in places), places


def test_a_quarter_told_from_a_far_dateline_is_not_placed_there(analyse):
    """(guard) a sentence naming another country than the dateline's: the quarter is not in that town."""
    text = ("Strike in Yemen\n\n"
            "WASHINGTON, Oct 12 (AP) - Israeli jets struck a house in the Hadda neighbourhood on Sunday, "
            "killing five people, Yemen's Houthis said.")
    events = analyse(text, "en", PUBLISHED).events
    assert events and all(e.location is None or e.location.country == "YE" for e in events), \
        [(e.location.name, e.location.country) for e in events if e.location]


def test_a_camp_named_in_a_division_is_not_its_namesake_abroad(analyse):
    """"le camp de déplacés de X, dans le Darfour-Nord": X is in Sudan, whatever town abroad is named so."""
    text = ("Assaut contre un camp de déplacés\n\n"
            "Les Forces de soutien rapide ont pris d'assaut samedi le camp de déplacés de Kassab, dans le "
            "Darfour-Nord, au sud de la ville assiégée d'El-Fasher, tuant des dizaines de civils, selon des "
            "ONG.")
    events = analyse(text, "fr", PUBLISHED).events
    places = [(e.location.name, e.location.country) for e in events if e.location]
    assert places and all(p == ("Kassab", "SD") for p in places), places
