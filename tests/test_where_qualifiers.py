"""Towns qualified by the division after them, French and English: "Pokrovsk (Pokrovsk, Donetsk)"
(incident notes: district, then region, in brackets), "Sake, dans le Nord-Kivu", "Stepove,
Zaporizhia region". The division picks the town among homonyms (not Engels, once Pokrovsk, in
Russia; not Nikopol in Bulgaria), vouches for a town too small to be recognised alone, and the
district names in the bracket are qualifiers, not places of their own."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.geo import haversine_km
from newsevents.model import Article, Place, Published


@pytest.fixture(scope="module")
def where(locate):
    """Only the `where` stage: the places found."""
    def _run(text: str, language: str) -> list[Place]:
        return [m.value for m in locate(text, language).of_kind("place")]

    return _run


# (language, text, the town's words, expected point)
QUALIFIED = [
    ("en", "Russian forces launched a missile strike on Pokrovsk (Pokrovsk, Donetsk) on Monday.",
     "Pokrovsk", (48.28, 37.18)),
    ("en", "Russian forces carried out a drone strike on Nikopol (Nikopol, Dnipropetrovsk).",
     "Nikopol", (47.57, 34.39)),
    ("en", "M23 rebels clashed with the army near Sake (Masisi, North Kivu) on Monday.", "Sake",
     (-1.57, 29.04)),
    ("en", "Russian forces shelled Huliaipole, Zaporizhia region, on Monday.", "Huliaipole", (47.66, 36.26)),
    ("fr", "Les forces russes ont frappé Pokrovsk (Pokrovsk, Donetsk) lundi.", "Pokrovsk", (48.28, 37.18)),
    ("fr", "Une frappe de drone russe a touché Nikopol (Nikopol, Dnipropetrovsk) lundi.", "Nikopol",
     (47.57, 34.39)),
    ("fr", "Les rebelles du M23 ont attaqué Sake, dans le Nord-Kivu, lundi.", "Sake", (-1.57, 29.04)),
    ("fr", "Les forces russes ont bombardé Huliaipole, dans la région de Zaporijjia, lundi.", "Huliaipole",
     (47.66, 36.26)),
    # a hyphenated division the English model cuts at its hyphen ("Ivano" of "Ivano-Frankivsk")
    ("en", "Russian forces shelled Vyhoda, Ivano-Frankivsk region, on Monday.", "Vyhoda", (48.93, 23.91)),
    # a locative preposition between the town and its division (lang/*/places.yaml qualifier_prepositions)
    ("en", "Russian forces carried out a drone strike on Kalantaiv in Kirovohrad on Monday.", "Kalantaiv",
     (49.06, 32.89)),
    ("en", "On Monday, Russian forces shelled Dobronadiivka in Kirovohrad.", "Dobronadiivka", (48.59, 33.39)),
    ("fr", "Un drone russe a frappé Kalantaiv dans la région de Kirovohrad lundi.", "Kalantaiv",
     (49.06, 32.89)),
    ("fr", "Lundi, les forces russes ont bombardé Dobronadiivka dans la région de Kirovohrad.",
     "Dobronadiivka", (48.59, 33.39)),
]


@pytest.mark.parametrize(("language", "text", "words", "point"), QUALIFIED)
def test_the_division_after_a_town_picks_and_vouches_for_it(where, language, text, words, point):
    found = [p for p in where(text, language) if p.text == words]
    assert found, [(p.text, p.name, p.country) for p in where(text, language)]
    assert found[0].precision == "city"
    assert haversine_km(found[0].lat, found[0].lon, *point) <= 60, found[0]


# (language, text, the district's words): a district in the bracket is no place of its own
DISTRICTS = [
    ("en", "Russian forces shelled Vovchansk (Chuhuiv, Kharkiv) on Monday.", "Chuhuiv"),
    ("fr", "Les forces russes ont bombardé Balakliia (Izium, Kharkiv) lundi.", "Izium"),
]


@pytest.mark.parametrize(("language", "text", "district"), DISTRICTS)
def test_a_district_in_the_bracket_is_a_qualifier(where, language, text, district):
    places = where(text, language)
    assert all(p.text != district for p in places), [(p.text, p.name) for p in places]
    assert any(p.precision == "city" and p.text != district for p in places), places


# (language, text, the town's words): the division named for a town has no place of that name (the
# Stepove of Zaporizhia is a village the gazetteer lacks; it knows three others): the division
# stands, not a homonym hundreds of kilometres away
UNKNOWN_HOMONYMS = [
    ("en", "Russian forces shelled Stepove, Zaporizhia region, on Monday.", "Stepove"),
    ("en", "Russian forces shelled Stepove (Polohy, Zaporizhia) on Monday.", "Stepove"),
    ("fr", "Les forces russes ont bombardé Stepove, dans la région de Zaporijjia, lundi.", "Stepove"),
]


@pytest.mark.parametrize(("language", "text", "words"), UNKNOWN_HOMONYMS)
def test_a_homonym_outside_the_named_division_is_not_the_town(where, language, text, words):
    places = where(text, language)
    assert all(p.text != words for p in places), [(p.text, p.name, p.admin1) for p in places]
    assert any(p.admin1 == "Zaporizhia" for p in places), places


# (language, text, words): a capitalised word before a qualifier that is no town there
NOT_TOWNS = [
    ("en", "Oleh Syniehubov, Kharkiv's governor, said the strike hit a school.", "Syniehubov"),
    ("fr", "Selon Ihor Terekhov, Kharkiv a été frappée dans la nuit.", "Terekhov"),
    ("en", "Governor Vitaliy Kim in Mykolaiv said the strike hit a school.", "Kim"),
    ("fr", "Le gouverneur Vitali Kim en Ukraine a annoncé deux blessés.", "Kim"),
]


@pytest.mark.parametrize(("language", "text", "words"), NOT_TOWNS)
def test_a_name_before_a_division_is_not_always_a_town(where, language, text, words):
    assert all(words not in p.text for p in where(text, language))


# (language, text, places kept): a dateline says where the reporter files from, not a scene, even
# after an outlet's name when a date follows ("Business Aajkal, New Delhi, 07 May 2025:"); a
# headline's topic before a colon stays a place
DATELINES = [
    ("en", "Business Aajkal, New Delhi, 07 May 2025: India launched strikes on Bahawalpur.", ["Bahawalpur"]),
    ("en", "KYIV, Dec 5 (Reuters) - Russian drones hit Odesa overnight.", ["Odesa"]),
    ("en", "Gaza: at least 200 killed in a strike on a hospital.", ["Gaza"]),
    ("en", "Russia, Ukraine: talks resume in Istanbul.", ["Russia", "Ukraine", "Istanbul"]),
    ("fr", "BAMAKO, 26 août (AFP) - Des frappes de drones ont visé Kidal.", ["Kidal"]),
    ("fr", "Kharkiv, 17 blessés : une frappe russe touche le centre-ville.", ["Kharkiv"]),
]


@pytest.fixture(scope="module")
def when_where():
    """`where` after `when`, as in the pipeline: a dated dateline needs the time mentions."""
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("when", "where"))

    def _run(text: str, language: str) -> list[Place]:
        article = Article(text=text, id="t", language=language, published=Published(date(2025, 1, 1)))
        return [m.value for m in pipe.process(article).of_kind("place")]

    return _run


@pytest.mark.parametrize(("language", "text", "kept"), DATELINES)
def test_datelines_are_not_scenes(when_where, language, text, kept):
    assert [p.text for p in when_where(text, language)] == kept
