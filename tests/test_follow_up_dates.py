"""A follow-up tells the incident again beside the day's news ("buried on Thursday the people
killed in the shelling a day earlier"): the incident takes the date of its own words, not the
day of the funeral or the statement (events_dates: a participle with its own complements heads
the clause its date belongs to; among dates only near a trigger, the nearest in the tree wins).
Sentences written here from the general pattern; publication Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _dates(pipe, text: str, language: str) -> list[str]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [str((e.to_json()["date"] or {}).get("start")) for e in article.events]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Residents of Kherson on Thursday buried two of the three people killed in Russian shelling of "
           "the city a day earlier, local officials said."),
    ("en", "Residents on Thursday buried three people killed in a Russian strike on Kherson the day before."),
    ("fr", "Les habitants de Kherson ont enterré jeudi deux des trois personnes tuées la veille dans des "
           "bombardements russes sur la ville."),
    ("en", "Mourners in Sumy on Thursday buried four people killed in a Russian drone attack a day earlier."),
])
def test_the_incident_recalled_by_a_follow_up_keeps_its_own_day(pipe, language: str, text: str) -> None:
    assert _dates(pipe, text, language) == ["2025-11-12"]


@pytest.mark.parametrize(("language", "text"), [
    # a noun made of a participle behind a preposition is no clause: the date stays the strike's
    ("fr", "Le bilan du bombardement d'un camp de déplacés le 3 novembre dans l'est du pays reste incertain, "
           "un ministre ayant évoqué jeudi 20 morts."),
    ("fr", "Le bombardement d'un camp de déplacés le 3 novembre dans l'est du Congo a fait 12 morts, selon "
           "un bilan publié jeudi."),
])
def test_a_noun_made_of_a_participle_does_not_take_the_date(pipe, language: str, text: str) -> None:
    assert _dates(pipe, text, language) == ["2025-11-03"]
