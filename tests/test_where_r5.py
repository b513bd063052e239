"""Stage `where`, round 5, French and English: a town named by the incident it saw ("the Lockerbie
bombing", "l'attentat d'Oradour") is a place whatever its size, when its country is one the text
is about; a city the small English model labels LANGUAGE is still a city. Sentences written from
the general patterns of conflict reporting."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

from newsevents.model import Article, Published


@pytest.fixture(scope="module")
def where(locate):
    """Only the `where` stage: the names of the places found."""
    def _run(text: str, language: str) -> list[str]:
        return [m.value.name for m in locate(text, language).of_kind("place")]

    return _run


# (language, text, the small town the incident noun names)
INCIDENT_TOWNS = [
    ("en", "Survivors of the Srebrenica massacre gathered in Bosnia on Friday.", "Srebrenica"),
    ("en", "Police in Ukraine said the Velyka Pysarivka strike killed four civilians.", "Velyka Pysarivka"),
    ("en", "Scotland marked the anniversary of the Lockerbie bombing on Saturday.", "Lockerbie"),
    ("fr", "Les rescapés du massacre de Srebrenica se sont réunis vendredi à Sarajevo.", "Srebrenica"),
    ("fr", "La police ukrainienne a indiqué que la frappe de Chasiv Yar avait tué quatre civils.",
     "Chasiv Yar"),
]


@pytest.mark.parametrize(("language", "text", "town"), INCIDENT_TOWNS)
def test_a_town_named_by_its_incident_is_a_place(where, language, text, town):
    assert town in where(text, language)


# (language, text, a capitalised word before an incident noun that is no place)
NOT_TOWNS = [
    ("en", "The Hamas attack was condemned by the European Union on Monday.", "Hamas"),
    ("en", "The Wagner assault was repelled near the river, officials in Mali said.", "Wagner"),
]


@pytest.mark.parametrize(("language", "text", "word"), NOT_TOWNS)
def test_a_group_named_by_its_attack_is_no_town(where, language, text, word):
    assert not any(word in n for n in where(text, language))


def test_a_town_of_an_incident_needs_its_country_in_the_text(where):
    # Lockerbie is a Scottish town; nothing here is about the United Kingdom
    assert "Lockerbie" not in where("Officials in Chad said the Lockerbie attack was a warning.", "en")


def test_an_incident_town_locates_the_incident(analyse):
    text = ("On Monday, Ukraine's army said a Russian drone strike on Velyka Pysarivka, in the "
            "Sumy region, killed two civilians.")
    names = [e.location.name for e in events_of(analyse, text, "en") if e.location]
    assert "Velyka Pysarivka" in names, names


def test_a_city_mislabelled_as_a_language_is_a_city(where):
    assert "Aleppo" in where("An Israeli airstrike in Aleppo killed dozens of people on Friday.", "en")


# (language, text, the English name of the town, its country): the Arabic article before a sun
# letter written "al-" in the news and "Er"/"Es"/"En" in French-style GeoNames names
ARTICLES = [
    ("en", "Drones struck a power station in al-Roseires, in Sudan's Blue Nile state, on Monday.",
     "Er Roseires", "SD"),
    ("fr", "Des drones ont frappé lundi une centrale à al-Roseires, dans l'État soudanais du Nil Bleu.",
     "Er Roseires", "SD"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), ARTICLES)
def test_an_assimilated_arabic_article(pipe, language, text, name, country):
    article = pipe.process(Article(text=text, id="t", language=language,
                                   published=Published(date(2025, 1, 1))))
    assert any(m.value.name == name and m.value.country == country for m in article.of_kind("place")), \
        [m.value.name for m in article.of_kind("place")]


# (language, text, the town a landform is named after)
LANDFORMS = [
    ("fr", "Des soldats ont été blessés par un tir sur une position à Ras al-Roseires, au Soudan.",
     "Er Roseires"),
    ("en", "Soldiers were wounded by fire on a position at Wadi al-Roseires in Sudan on Monday.",
     "Er Roseires"),
]


@pytest.mark.parametrize(("language", "text", "town"), LANDFORMS)
def test_a_landform_named_after_a_town_is_read_as_the_town(where, language, text, town):
    assert town in where(text, language)


# (language, text, the end of a longer name that is a town elsewhere, the country the text is about)
FOREIGN_TAILS = [
    ("fr", "Le drone s'est posé sur un toit dans le village de Cuhurestii de Jos, en Moldavie.", "Jos",
     "Moldova"),
    ("fr", "Des tirs ont visé le hameau de Valea de Jos, en Roumanie, dans la nuit.", "Jos", "Romania"),
    ("fr", "Le drone est tombé près du village de Sarata de Jos, dans le sud de la Moldavie.", "Jos",
     "southern Moldova"),
]


@pytest.mark.parametrize(("language", "text", "tail", "country"), FOREIGN_TAILS)
def test_the_end_of_a_foreign_name_is_no_town_of_another_country(where, language, text, tail, country):
    names = where(text, language)
    assert country in names and tail not in names, names
