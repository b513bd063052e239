"""Stage `where` on English sentences: recognition, disambiguation, admin1, metonymy, offsets, sites."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.geo import haversine_km
from newsevents.model import Article, Place, Published


@pytest.fixture(scope="module")
def where():
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("where",))

    def _run(text: str) -> Article:
        return pipe.process(Article(text=text, id="t", language="en", published=Published(date(2025, 1, 1))))

    return _run


def places(article: Article) -> list[Place]:
    return [m.value for m in article.of_kind("place")]


RESOLVED = [
    (
        "Russian missiles struck Kharkov overnight, officials said.",
        "Kharkiv",
        "UA",
        "city",
        (49.99, 36.23),
        25,
    ),
    (
        "A drone hit the port of Odessa in southern Ukraine on Monday.",
        "Odesa",
        "UA",
        "city",
        (46.48, 30.73),
        25,
    ),
    (
        "Police in Odessa, Texas, arrested a man after the shooting.",
        "Odessa",
        "US",
        "city",
        (31.85, -102.37),
        25,
    ),
    ("Shelling was reported in the Kherson region on Tuesday.", "Kherson", "UA", "admin1", (46.6, 33.4), 161),
    (
        "Fighting resumed in Nagorno-Karabakh in September.",
        "Nagorno-Karabakh",
        "AZ",
        "region",
        (39.8, 46.75),
        25,
    ),
    (
        "Two people were killed in Tripoli, Lebanon, when a warehouse exploded.",
        "Tripoli",
        "LB",
        "city",
        (34.44, 35.85),
        25,
    ),
    (
        "Gunmen attacked a checkpoint outside Tripoli, the Libyan capital.",
        "Tripoli",
        "LY",
        "city",
        (32.89, 13.19),
        25,
    ),
    ("Protesters gathered in Paris on Saturday.", "Paris", "FR", "city", (48.86, 2.35), 25),
    (
        "Clashes broke out in the Gaza Strip after the funeral.",
        "Gaza Strip",
        "PS",
        "region",
        (31.4, 34.35),
        25,
    ),
    (
        "Air strikes hit rebel positions near Aleppo in northern Syria.",
        "Aleppo",
        "SY",
        "city",
        (36.2, 37.16),
        25,
    ),
    ("Drones were shot down over the Black Sea overnight.", "Black Sea", None, "region", (43.4, 34.3), 161),
    (
        "A car bomb exploded in Saint Petersburg on Friday.",
        "Saint Petersburg",
        "RU",
        "city",
        (59.94, 30.31),
        25,
    ),
    ("Ukrainian troops entered Kherson in November.", "Kherson", "UA", "city", (46.64, 32.61), 25),
]


@pytest.mark.parametrize(("text", "name", "country", "precision", "point", "km"), RESOLVED)
def test_places_resolve(where, text, name, country, precision, point, km):
    a = where(text)
    hits = [p for p in places(a) if p.precision == precision and p.country == country and p.name == name]
    assert hits, [(p.name, p.country, p.precision) for p in places(a)]
    assert haversine_km(hits[0].lat, hits[0].lon, *point) <= km


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("Moscow denied the report on Tuesday.", {"Moscow"}),
        ("According to Baku, the drones were shot down.", {"Baku"}),
        ("Yerevan rejected the accusations.", {"Yerevan"}),
        ("The Foreign Ministry of Russia summoned the ambassador.", {"Russia"}),
    ],
)
def test_metonymy_is_a_party_not_a_place(where, text, not_places):
    names = {p.name for p in places(where(text))}
    assert not names & not_places, names


def test_region_suffix_gives_the_admin1_unit(where):
    a = where("Drones targeted a fuel depot in the Odesa region overnight.")
    region = next(p for p in places(a) if p.precision == "admin1")
    assert region.country == "UA" and "Odesa region" in a.text[region.span[0] : region.span[1]]


def test_offset_from_an_embassy_in_a_capital(where):
    a = where("A missile hit a building about 50 metres from the Azerbaijani embassy in Kyiv.")
    site = next(p for p in places(a) if p.near is not None)
    assert site.precision == "site" and site.name == "Kyiv"
    assert site.near.distance_m == 50 and site.near.what == "embassy"
    assert a.text[site.near.span[0] : site.near.span[1]] == "about 50 metres"


def test_paces_and_directions(where):
    a = where("Shells landed 5 km north of Donetsk on Sunday.")
    p = next(p for p in places(a) if p.name == "Donetsk")
    assert p.near.distance_m == 5000 and p.lat > 48.02 + 0.03
    b = where("The Italian embassy in Ukraine was damaged. Debris fell 30 paces from the embassy.")
    site = next(p for p in places(b) if p.near is not None)
    assert site.near.distance_m == pytest.approx(22.5) and site.name == "Kyiv"


def test_outskirts_is_a_reference_point(where):
    p = next(p for p in places(where("Fighting raged on the outskirts of Bakhmut.")) if p.name == "Bakhmut")
    assert p.near is not None and "outskirts of" in p.near.text
