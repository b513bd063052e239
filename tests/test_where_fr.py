"""Stage `where` on French sentences: recognition, disambiguation, admin1, metonymy, offsets, sites."""

from __future__ import annotations

import pytest

from newsevents.geo import haversine_km
from newsevents.model import Article, Place


@pytest.fixture(scope="module")
def where(locate):
    """Only the `where` stage."""
    def _run(text: str, language: str = "fr") -> Article:
        return locate(text, language)

    return _run


def places(article: Article) -> list[Place]:
    return [m.value for m in article.of_kind("place")]


def find(article: Article, name: str) -> Place | None:
    return next((p for p in places(article) if p.name == name), None)


# sentence, expected English name, ISO2, precision, (lat, lon), tolerance km
RESOLVED = [
    (
        "Des tirs d'artillerie ont visé Kharkov dans la nuit de lundi.",
        "Kharkiv",
        "UA",
        "city",
        (49.99, 36.23),
        25,
    ),
    (
        "Une frappe de drones a touché le port d'Odessa, dans le sud de l'Ukraine.",
        "Odesa",
        "UA",
        "city",
        (46.48, 30.73),
        25,
    ),
    ("La police du Texas a arrêté un suspect à Odessa mardi.", "Odessa", "US", "city", (31.85, -102.37), 25),
    (
        "Le gouverneur de la région de Kherson a fait état de deux blessés.",
        "Kherson",
        "UA",
        "admin1",
        (46.6, 33.4),
        161,
    ),
    (
        "Plusieurs explosions ont été entendues dans l'oblast de Zaporijjia.",
        None,
        "UA",
        "admin1",
        (47.5, 35.5),
        161,
    ),
    ("Des combats ont repris dans le Haut-Karabakh.", "Nagorno-Karabakh", "AZ", "region", (39.8, 46.75), 25),
    (
        "Un entrepôt a brûlé à Tripoli, au Liban, selon la protection civile.",
        "Tripoli",
        "LB",
        "city",
        (34.44, 35.85),
        25,
    ),
    (
        "Un attentat a fait trois morts à Tripoli, la capitale libyenne.",
        "Tripoli",
        "LY",
        "city",
        (32.89, 13.19),
        25,
    ),
    (
        "Les manifestants se sont rassemblés à Paris, devant l'Assemblée nationale.",
        "Paris",
        "FR",
        "city",
        (48.86, 2.35),
        25,
    ),
    (
        "Les forces russes ont frappé Kiev et Tchernihiv dans la nuit.",
        "Kyiv",
        "UA",
        "city",
        (50.45, 30.52),
        25,
    ),
    (
        "Une voiture piégée a explosé à Saint-Pétersbourg.",
        "Saint Petersburg",
        "RU",
        "city",
        (59.94, 30.31),
        25,
    ),
    (
        "Des heurts ont éclaté dans la bande de Gaza vendredi.",
        "Gaza Strip",
        "PS",
        "region",
        (31.4, 34.35),
        25,
    ),
    (
        "L'aviation a bombardé des positions près d'Alep, dans le nord de la Syrie.",
        "Aleppo",
        "SY",
        "city",
        (36.2, 37.16),
        25,
    ),
    ("Des drones ont été abattus au-dessus de la mer Noire.", "Black Sea", None, "region", (43.4, 34.3), 161),
    ("Les troupes ont quitté la ville de Marioupol en mai.", "Mariupol", "UA", "city", (47.10, 37.55), 25),
    (
        "Un colis suspect a été découvert à la gare de Lyon-Perrache, à Lyon.",
        "Lyon",
        "FR",
        "city",
        (45.76, 4.84),
        25,
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "precision", "point", "km"), RESOLVED)
def test_places_resolve(where, text, name, country, precision, point, km):
    a = where(text)
    hits = [
        p
        for p in places(a)
        if p.precision == precision and p.country == country and (name is None or p.name == name)
    ]
    assert hits, [(p.name, p.country, p.precision) for p in places(a)]
    assert haversine_km(hits[0].lat, hits[0].lon, *point) <= km


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("Erevan a démenti ces informations mardi.", {"Yerevan"}),
        ("Bakou a envoyé une lettre officielle à Moscou.", {"Baku", "Moscow"}),
        ("Selon Moscou, les drones ont été détruits en vol.", {"Moscow"}),
        ("Nous attendons toujours une réponse officielle de Kiev.", {"Kyiv"}),
        ("Le ministère des Affaires étrangères de la Russie a convoqué l'ambassadeur.", {"Russia"}),
        ("L'ambassade de France a été fermée.", {"France"}),
        ("La Turquie a annoncé la fermeture de son espace aérien.", {"Turkey"}),
    ],
)
def test_metonymy_is_a_party_not_a_place(where, text, not_places):
    names = {p.name for p in places(where(text))}
    assert not names & not_places, names


def test_a_capital_as_location_is_still_a_place(where):
    a = where("Une explosion a eu lieu à Bakou et une autre à Moscou.")
    assert {"Baku", "Moscow"} <= {p.name for p in places(a)}


def test_region_of_a_city_is_the_admin1_unit_not_the_city(where):
    a = where("Des drones ont visé un dépôt dans la région d'Odessa.")
    region = next(p for p in places(a) if p.precision == "admin1"
                  and "gion" in a.text[p.span[0]:p.span[1]])  # the depot is admin1 too
    assert region.country == "UA" and region.geonameid is None
    assert a.text[region.span[0] : region.span[1]] == "région d'Odessa"
    assert 20 < haversine_km(region.lat, region.lon, 46.48, 30.73) < 200  # not the city's point


@pytest.mark.parametrize(
    ("text", "distance_m", "what"),
    [
        ("Un obus est tombé à environ 200 mètres de l'ambassade de France à Kiev.", 200.0, "embassy"),
        (
            "Un cratère est apparu à 35 pas du bâtiment administratif de l'hôpital de Kharkiv.",
            26.25,
            "hospital administrative building",
        ),
        (
            "Un missile est tombé à 2 km de la centrale nucléaire de Zaporijjia.",
            2000.0,
            "nuclear power plant",
        ),
    ],
)
def test_offsets_from_a_site(where, text, distance_m, what):
    a = where(text)
    site = next(p for p in places(a) if p.near is not None)
    assert site.precision == "site"
    assert site.near.distance_m == pytest.approx(distance_m)
    assert site.near.what == what
    assert a.text[site.near.span[0] : site.near.span[1]] == site.near.text


def test_offset_with_a_direction_moves_the_point(where):
    a = where("Des obus sont tombés à 20 km au nord de Kharkiv.")
    p = find(a, "Kharkiv")
    assert p.near is not None and p.near.distance_m == 20000
    assert p.lat > 49.99 + 0.15  # ~0.18 degree further north
    assert haversine_km(p.lat, p.lon, 49.99, 36.23) == pytest.approx(20, abs=2)


def test_near_cue_marks_a_reference_point(where):
    p = find(where("Un missile s'est abattu près de Lviv dans la matinée."), "Lviv")
    assert p is not None and p.near is not None and p.near.distance_m is None
    assert "près de" in p.near.text


def test_a_site_keeps_the_location_stated_elsewhere(where):
    a = where(
        "L'ambassade d'Italie en Ukraine a été touchée. Le lendemain, des éclats ont été retrouvés "
        "à 20 pas de l'ambassade."
    )
    sites = [p for p in places(a) if p.precision == "site"]
    assert sites and all(p.name == "Kyiv" for p in sites)  # a mission in a country sits in its capital
    near = next(p for p in sites if p.near)
    assert near.near.distance_m == pytest.approx(15.0)
    assert find(a, "Italy") is None  # the owner is not a place


def test_a_site_located_in_a_named_city(where):
    a = where("Le consulat de Pologne à Lviv a été endommagé. Le consulat a rouvert une semaine plus tard.")
    sites = [p for p in places(a) if p.precision == "site"]
    assert len(sites) == 2 and {p.name for p in sites} == {"Lviv"}


def test_mentions_carry_sentence_and_original_offsets(where):
    text = "Rien à signaler.\u00a0Des frappes ont touché Kharkiv ce matin."
    a = where(text)
    m = next(m for m in a.of_kind("place") if m.value.name == "Kharkiv")
    assert a.text[m.span[0] : m.span[1]] == "Kharkiv" == m.text
    assert m.sentence == 1
    js = m.to_json("t")
    assert {
        "document",
        "kind",
        "text",
        "span",
        "name",
        "country",
        "admin1",
        "lat",
        "lon",
        "geonameid",
        "precision",
    } <= js.keys()
    assert js["kind"] == "place" and js["geonameid"]


@pytest.mark.parametrize("text", [
    "Le président a déclaré que la situation restait préoccupante pour tout le monde.",
    "Le vent souffle de l'Est depuis lundi, selon Météo-France.",
    "Vladimir Poutine a reçu son homologue mardi.",
])
def test_no_places_in_text_without_places(where, text):
    assert places(where(text)) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Paris a appelé Moscou à retirer ses troupes.", "Moscow"),
        ("Les États-Unis ont averti Téhéran contre toute riposte.", "Tehran"),
        ("L'Union européenne accuse Minsk d'orchestrer la crise.", "Minsk"),
        ("Le Conseil de sécurité a exhorté Kinshasa à protéger les civils.", "Kinshasa"),
    ],
)
def test_addressee_of_a_speech_verb_is_a_party(where, text, party):
    assert party not in {p.name for p in places(where(text))}


def test_a_place_object_of_an_attack_verb_stays_a_place(where):
    assert find(where("Des missiles russes ont frappé Kharkiv lundi."), "Kharkiv") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Marie Dupont a déclaré que les pourparlers avaient échoué.",
        "Oleh Syniehoubov, le gouverneur, a indiqué que trois personnes étaient blessées.",
        "Le général Jordan a démenti toute implication.",
    ],
)
def test_person_names_are_not_places(where, text):
    assert not places(where(text)), [(p.text, p.name) for p in places(where(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'ambassade de France à Kiev a été endommagée. L'ambassade d'Allemagne à Minsk a été "
            "fermée. Plus tard, l'ambassade a démenti toute victime.",
            "Minsk",
        ),
        (
            "L'ambassade de France à Kiev a été endommagée. L'ambassade d'Allemagne à Minsk a été "
            "fermée. Plus tard, l'ambassade de France a démenti toute victime.",
            "Kyiv",
        ),
    ],
)
def test_two_embassies_keep_their_own_cities(where, text, expected):
    sites = [p for p in places(where(text)) if p.precision == "site"]
    assert [p.name for p in sites[:2]] == ["Kyiv", "Minsk"] and sites[-1].name == expected


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("De fortes pluies ont provoqué des crues à Valence, dans la Drôme.", "Valence", (44.93, 4.89)),
        ("Un incendie a détruit un entrepôt à Valence (Drôme) dans la nuit.", "Valence", (44.93, 4.89)),
        ("Une explosion a eu lieu à Saint-Denis, en Seine-Saint-Denis.", "Saint-Denis", (48.94, 2.36)),
    ],
)
def test_a_second_level_division_picks_the_town(where, text, name, point):
    a = where(text)
    town = find(a, name)
    assert town is not None and haversine_km(town.lat, town.lon, *point) <= 10
    assert [p.name for p in places(a) if p.precision != "site"] == [name]  # the division is no place
