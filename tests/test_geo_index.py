"""The gazetteer: spelling variants, priors, context, admin1 units, regions, the cached index."""

from __future__ import annotations

import pytest

from newsevents.geo import Context, gazetteer, haversine_km
from newsevents.geo import build as geo_build


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


# name as written -> expected place (English GeoNames name, ISO2, lat, lon); 25 km tolerance
VARIANTS = [
    ("Kiev", "UA", 50.45, 30.52),
    ("Kyiv", "UA", 50.45, 30.52),
    ("Kyjiw", "UA", 50.45, 30.52),
    ("Odessa", "UA", 46.48, 30.73),
    ("Odesa", "UA", 46.48, 30.73),
    ("Kharkov", "UA", 49.99, 36.23),
    ("Kharkiv", "UA", 49.99, 36.23),
    ("Shushi", "AZ", 39.76, 46.75),
    ("Erevan", "AM", 40.18, 44.51),
    ("Yerevan", "AM", 40.18, 44.51),
    ("Bakou", "AZ", 40.41, 49.87),
    ("Baku", "AZ", 40.41, 49.87),
    ("Moscou", "RU", 55.75, 37.62),
    ("Londres", "GB", 51.51, -0.13),
    ("Pékin", "CN", 39.91, 116.40),
    ("Varsovie", "PL", 52.23, 21.01),
    ("Le Caire", "EG", 30.04, 31.24),
    ("Saint-Pétersbourg", "RU", 59.94, 30.31),
    ("Alep", "SY", 36.20, 37.16),
    ("Zaporijjia", "UA", 47.82, 35.19),
    ("Marioupol", "UA", 47.10, 37.55),
    ("Tbilissi", "GE", 41.69, 44.83),
    ("Beyrouth", "LB", 33.89, 35.50),
    ("Téhéran", "IR", 35.69, 51.42),
    ("Nouvelle-Orléans", "US", 29.95, -90.07),
    ("Genève", "CH", 46.20, 6.15),
]


@pytest.mark.parametrize(("name", "country", "lat", "lon"), VARIANTS)
def test_spelling_variants_resolve_to_the_same_place(gaz, name, country, lat, lon):
    best = gaz.best(name)
    assert best is not None and best.country == country
    assert haversine_km(best.lat, best.lon, lat, lon) < 25


# ambiguous names: (name, context countries, expected ISO2, expected kind)
AMBIGUOUS = [
    ("Paris", set(), "FR", "city"),
    ("Odessa", set(), "UA", "city"),
    ("Odessa", {"US"}, "US", "city"),
    ("Tripoli", set(), "LY", "city"),
    ("Tripoli", {"LB"}, "LB", "city"),
    ("Moscow", set(), "RU", "city"),
    ("Moscow", {"US"}, "RU", "city"),  # a US story naming Moscow still means the capital
    ("Georgia", set(), "GE", "country"),
    ("Alexandria", set(), "EG", "city"),
    ("Alexandria", {"US"}, "US", "city"),
    ("Donetsk", set(), "UA", "city"),
    ("Washington", set(), "US", "city"),
    ("Springfield", {"US"}, "US", "city"),
    ("Haut-Karabakh", set(), "AZ", "region"),
    ("Nagorno-Karabakh", set(), "AZ", "region"),
    ("Donbass", set(), "UA", "region"),
    ("Crimée", set(), "UA", "region"),
    ("bande de Gaza", set(), "PS", "region"),
    ("West Bank", set(), "PS", "region"),
    ("Russie", set(), "RU", "country"),
    ("Fédération de Russie", set(), "RU", "country"),
    ("États-Unis", set(), "US", "country"),
    ("Corée du Sud", set(), "KR", "country"),
]


@pytest.mark.parametrize(("name", "countries", "country", "kind"), AMBIGUOUS)
def test_priors_and_context_pick_the_expected_reading(gaz, name, countries, country, kind):
    best = gaz.best(name, Context(set(countries), []))
    assert best is not None
    assert (best.country, best.kind) == (country, kind)


def test_nearby_places_pull_an_ambiguous_name(gaz):
    # Paris, Texas is ~150 km from Dallas: a document that placed Dallas reads Paris there
    dallas = gaz.best("Dallas")
    best = gaz.best("Paris", Context({"US"}, [(dallas.lat, dallas.lon)]))
    assert best.country == "US" and best.admin1 == "Texas"


@pytest.mark.parametrize(("name", "lat", "lon", "km"), [
    ("Odessa", 46.48, 30.72, 200),  # the oblast's centroid is inland of the city
    ("Kharkiv", 49.99, 36.23, 150),
    ("Idlib", 35.93, 36.63, 80),
    ("Texas", 31.0, -99.0, 400),
])
def test_admin1_units_have_names_and_central_coordinates(gaz, name, lat, lon, km):
    unit = gaz.best(name, kinds=("admin1",))
    assert unit is not None and unit.kind == "admin1"
    assert haversine_km(unit.lat, unit.lon, lat, lon) < km


def test_cities_know_their_admin1(gaz):
    city = gaz.best("Kharkiv")
    unit = gaz.admin1_of(city)
    assert unit is not None and unit.kind == "admin1" and unit.country == "UA"
    assert city.admin1 == unit.name


def test_capitals_and_countries(gaz):
    assert gaz.capital_of("UA").name == "Kyiv"
    assert gaz.capital_of("AZ").name == "Baku"
    az = gaz.country("AZ")
    assert az.kind == "country" and haversine_km(az.lat, az.lon, 40.4, 49.9) < 400


def test_unknown_and_empty_names(gaz):
    assert gaz.lookup("Xqzzvw") == ()
    assert gaz.lookup("") == ()
    assert gaz.lookup("   ") == ()


def test_case_accents_and_punctuation_do_not_matter(gaz):
    assert gaz.best("KHARKIV").entry == gaz.best("kharkiv").entry == gaz.best("Kharkiv,").entry
    assert gaz.best("Donets'k").entry == gaz.best("Donetsk").entry


def test_fingerprint_follows_the_regions_file(tmp_path, monkeypatch):
    before = geo_build.source_fingerprint()
    copy = tmp_path / "regions.yaml"
    copy.write_text(geo_build.REGIONS_FILE.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(geo_build, "REGIONS_FILE", copy)
    assert geo_build.source_fingerprint() != before


def test_cache_dir_is_overridable(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    assert geo_build.index_path().parent == tmp_path
    assert geo_build.index_path().name.startswith("gazetteer-")


def test_batch_lookup_gives_the_most_populous_reading(gaz):
    ids = gaz.top_many(["Kiev", "Paris", "Xqzzvw", "Londres"])
    assert [gaz.candidate(int(e)).name if e >= 0 else None for e in ids] == ["Kyiv", "Paris", None, "London"]


# Ukrainian national romanisation (news) vs GeoNames' spelling: the town itself, not a place that
# lists the news spelling among its alternate names ("Sloviansk" is an alternate name of Nikopol).
@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("Sloviansk", 48.85, 37.60),
    ("Kostiantynivka", 48.53, 37.71),
    ("Kupiansk", 49.71, 37.62),
    ("Izium", 49.21, 37.26),
    ("Avdiivka", 48.14, 37.74),
    ("Berdiansk", 46.76, 36.79),
    ("Vinnytsia", 49.23, 28.47),
    ("Kryvyi Rih", 47.91, 33.39),
    ("Yevpatoria", 45.20, 33.36),
])
def test_national_romanisations_find_the_town(gaz, name, lat, lon):
    best = gaz.best(name)
    assert best is not None and best.primary and haversine_km(best.lat, best.lon, lat, lon) <= 25


def test_spellings_combine_alternatives():
    from newsevents.geo.index import spellings

    assert "slovyansk" in spellings("sloviansk") and "avdiyivka" in spellings("avdiivka")
    assert spellings("paris") == [] and "sloviansk" not in spellings("sloviansk")
