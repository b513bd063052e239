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
def where():
    """Only the `where` stage."""
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("where",))

    def _run(text: str, language: str) -> list[str]:
        article = pipe.process(Article(text=text, id="t", language=language,
                                       published=Published(date(2025, 1, 1))))
        return [m.value.name for m in article.of_kind("place")]

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
