"""Places of incidents, round 24 (French and English), sentences written from the general patterns:

- a lower-case Arabic article joined by a hyphen to a capitalised name is part of the name
  ("near ad-Damazin", "in as-Suki"): the scan of capitalised words reads the whole name
  (data/transliteration.yaml ``hyphen_articles``; extract/where.py);
- a river named like a country or a town ("the Niger River", "le fleuve Congo") is not that place
  (``river_after``/``river_before`` in lang/*/places.yaml; extract/where_rivers.py).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def places(locate):
    """Only the `where` stage: (surface text, gazetteer name, country) of the places found."""
    def _run(text: str, language: str) -> list[tuple[str, str, str | None]]:
        return [(m.text, m.value.name, m.value.country) for m in locate(text, language).of_kind("place")]

    return _run


# (language, sentence, the place's gazetteer name)
HYPHEN_ARTICLES = [
    ("en", "Paramilitary fighters shelled a displacement camp near ad-Damazin on Monday, killing five.",
     "Ad-Damazin"),
    ("en", "A drone struck a fuel depot in as-Suki on Wednesday, the Sudanese army said.", "As Sūkī"),
    ("en", "Gunmen stormed a police post outside ad-Damazin overnight, residents said.", "Ad-Damazin"),
    ("fr", "Des paramilitaires ont bombardé lundi un camp de déplacés près d'ad-Damazin.", "Ad-Damazin"),
]


@pytest.mark.parametrize(("language", "text", "name"), HYPHEN_ARTICLES)
def test_a_hyphenated_arabic_article_belongs_to_the_name(places, language, text, name):
    assert name in [n for _, n, _ in places(text, language)]


# (language, sentence, the name of the river, which must not be placed)
RIVERS = [
    ("en", "A boat carrying traders struck a mine on the Niger River on Friday, killing six.", "Niger"),
    ("en", "Marines crossed the Dnipro River under fire on Sunday, the army said.", "Dnipro"),
    ("en", "Two fishermen drowned when their boat capsized on the Congo River, police said.", "Congo"),
    ("fr", "Une pirogue a sauté vendredi sur une mine sur le fleuve Niger, tuant six passagers.", "Niger"),
    ("fr", "Des fusiliers marins ont traversé dimanche le fleuve Dnipro sous le feu.", "Dnipro"),
]


@pytest.mark.parametrize(("language", "text", "river"), RIVERS)
def test_a_river_named_like_a_place_is_not_that_place(places, language, text, river):
    assert river not in [t for t, _, _ in places(text, language)]


def test_a_river_leaves_the_town_of_its_sentence(places):
    found = places("A boat struck a mine on the Niger River near Gao on Friday, killing six.", "en")
    assert [(t, c) for t, _, c in found] == [("Gao", "ML")]


# (language, text, the town, the country of the story's reading). A namesake across the border lies
# nearer a place the story names (Gao, Burkina Faso 340 km from Mopti; Gao, Mali 450 km): nearness
# counts within the place's own country (geo.Context.near).
NAMESAKES_ACROSS_A_BORDER = [
    ("en", "Gunmen ambushed an army convoy near the border with Burkina Faso on Saturday, Mali's army said "
           "in Bamako. The attack took place in the central Mopti region. On Friday, a bus hit a mine "
           "near Gao, killing six passengers.", "Gao", "ML"),
    ("fr", "Des hommes armés ont tendu samedi une embuscade à un convoi près de la frontière avec le "
           "Burkina Faso, a annoncé l'armée malienne à Bamako. L'attaque a eu lieu dans la région de "
           "Mopti. Vendredi, un car a sauté sur une mine près de Gao, tuant six passagers.", "Gao", "ML"),
]


@pytest.mark.parametrize(("language", "text", "town", "country"), NAMESAKES_ACROSS_A_BORDER)
def test_a_namesake_across_the_border_does_not_win_by_nearness(places, language, text, town, country):
    assert [c for t, _, c in places(text, language) if t == town] == [country]


# (language, text, the words of the feature's place, the words of a place that must not be found).
# A shoal, reef or atoll the gazetteer lacks is placed at the sea the document names, region
# precision, the cue kept ("near Sabina Shoal"); the town of its name is no place (where_shoals.py).
SHOALS = [
    ("en", "A Chinese coast guard ship rammed a Philippine supply vessel near Sabina Shoal in the South "
           "China Sea on Monday, injuring two sailors.", "near Sabina Shoal", None),
    ("en", "Chinese vessels fired water cannon at a Philippine fishing boat off Scarborough Shoal in the "
           "South China Sea on Sunday.", "off Scarborough Shoal", "Scarborough"),
    ("fr", "Un navire des garde-côtes chinois a percuté lundi un navire philippin près du banc Sabina, en "
           "mer de Chine méridionale, blessant deux marins.", "près du banc Sabina", None),
    ("fr", "Des navires chinois ont tiré au canon à eau sur un bateau de pêche au large du récif de "
           "Scarborough, en mer de Chine méridionale.", "au large du récif de Scarborough", "Scarborough"),
]


@pytest.mark.parametrize(("language", "text", "feature", "wrong"), SHOALS)
def test_a_shoal_is_placed_at_the_sea_the_story_names(locate, language, text, feature, wrong):
    found = {m.text: m.value for m in locate(text, language).of_kind("place")}
    assert feature in found and found[feature].precision == "region"
    assert found[feature].near is not None
    sea = next(p for p in found.values() if p.name == "South China Sea")
    assert (found[feature].lat, found[feature].lon) == (sea.lat, sea.lon)
    assert wrong is None or wrong not in found


def test_a_shoal_without_a_sea_named_is_not_placed(places):
    assert places("Chinese vessels fired water cannon at a fishing boat off Scarborough Shoal on Sunday.",
                  "en") == []


# (language, text, the sea): lower-case words after a tagged entity complete a sea's name ("mer de
# Chine" tagged, "méridionale" left out): the sea, not the country (where._extend_right)
SEA_NAMES_COMPLETED = [
    ("fr", "La veille, des canons à eau avaient été tirés contre un bateau de pêche en mer de Chine "
           "méridionale.", "South China Sea"),
    ("fr", "Un pétrolier a été touché par un drone naval en mer de Chine orientale, selon Tokyo.",
     "East China Sea"),
]


@pytest.mark.parametrize(("language", "text", "sea"), SEA_NAMES_COMPLETED)
def test_a_sea_name_is_read_whole(places, language, text, sea):
    names = [n for _, n, _ in places(text, language)]
    assert sea in names and "China" not in names


# (language, text, the words that must not be placed). A first-level division abroad read through
# an alternate spelling, in a sentence whose places are all a continent away, is a namesake
# (where_support.far_abroad, divisions too); a country owning an authority, police or navy is a
# party, not a place (``owner_nouns``).
NOT_PLACES = [
    ("en", "At least 17 inmates were killed in a riot at the Litoral penitentiary in Guayaquil on Tuesday.",
     "Litoral"),
    ("en", "Ecuador's prison authority said 17 inmates were killed on Tuesday.", "Ecuador"),
    ("en", "Ukraine's navy said it had destroyed a landing craft on Sunday.", "Ukraine"),
    ("fr", "La police du Kenya a annoncé mercredi la mort de six agents.", "Kenya"),
]


@pytest.mark.parametrize(("language", "text", "words"), NOT_PLACES)
def test_namesakes_abroad_and_owners_are_not_places(places, language, text, words):
    assert words not in [t for t, _, _ in places(text, language)]


def test_the_city_of_the_sentence_stays_when_a_namesake_division_goes(places):
    found = places("Seventeen inmates were killed in a riot at the Litoral penitentiary in Guayaquil.", "en")
    assert [(t, c) for t, _, c in found] == [("Guayaquil", "EC")]


# (language, text, the division's gazetteer name). A place-labelled name the gazetteer lacks, with a
# division word around it, is read as another spelling of a division of a country the document is
# about (where._unlisted_division, geo admin1_spelled): not dropped, so the incident is not placed
# at the speaker's capital instead.
UNLISTED_DIVISIONS = [
    ("en", "Cambodia's defence ministry said in Phnom Penh that Thai jets had bombed two of its positions "
           "in Oddar Meanchey province.", "Otar Meanchey"),
    ("fr", "Le ministère cambodgien de la Défense a affirmé à Phnom Penh que des avions thaïlandais avaient "
           "bombardé deux de ses positions dans la province d'Oddar Meanchey.", "Otar Meanchey"),
]


@pytest.mark.parametrize(("language", "text", "name"), UNLISTED_DIVISIONS)
def test_a_division_spelled_otherwise_is_read_by_its_cue(places, language, text, name):
    assert name in [n for _, n, _ in places(text, language)]


# (language, text, the line's name). A named de facto border is a place of region precision at its
# point (data/borders.yaml, extract/where_lines.py), in a document naming one of its countries; a
# country owning a "foreign office" is a party.
NAMED_LINES = [
    ("en", "Indian and Pakistani troops exchanged small-arms fire across the Line of Control overnight, "
           "the Indian army said.", "Line of Control"),
    ("fr", "Des soldats israéliens ont ouvert le feu lundi sur des bergers libanais près de la Ligne "
           "bleue, a annoncé l'armée libanaise.", "Blue Line"),
    ("fr", "L'armée indienne a accusé le Pakistan d'avoir violé le cessez-le-feu sur la Ligne de contrôle.",
     "Line of Control"),
]


@pytest.mark.parametrize(("language", "text", "line"), NAMED_LINES)
def test_a_named_line_is_a_place(locate, language, text, line):
    found = [m.value for m in locate(text, language).of_kind("place") if m.value.name == line]
    assert len(found) == 1 and found[0].precision == "region" and found[0].country is None


def test_a_line_of_no_country_of_the_story_is_no_place(places):
    assert places("Commuters were stranded on the Blue Line after a power cut in Chicago on Monday.",
                  "en") == [("Chicago", "Chicago", "US")]


def test_a_country_owning_a_foreign_office_is_a_party(places):
    found = places("In Islamabad, Pakistan's foreign office accused India of violating the ceasefire.", "en")
    assert "Pakistan" not in [t for t, _, _ in found]
