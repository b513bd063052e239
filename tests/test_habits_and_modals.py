"""What keeps happening and what may happen are no incidents: a phrase of frequency whatever the
parser hangs under it ("frappent chaque nuit des villes", "almost every night":
qualifiers.habitual), and a verb under a modal auxiliary of possibility ("Russia could strike
Kyiv again", `modal_auxiliaries`); a perfect after the modal speaks of the past and stays, and one
night's strikes stay. Sentences written here from the general pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _types(pipe, text: str, language: str) -> list[str]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json()["type"] for e in article.events]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les drones russes frappent chaque nuit des villes ukrainiennes."),
    ("en", "Missiles and drones target cities far from the front almost every night."),
    ("en", "Russia could strike Kyiv again on Monday, officials warned."),
    ("en", "Allies are wary of supplying long-range missiles that could hit targets deep inside Russia."),
])
def test_a_habit_or_a_possibility_is_no_incident(pipe, language: str, text: str) -> None:
    assert _types(pipe, text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Des drones russes ont frappé Kharkiv dans la nuit de vendredi à samedi."),
    ("en", "Drones might have hit the depot in Kherson on Friday, officials said."),
])
def test_an_act_told_stays(pipe, language: str, text: str) -> None:
    assert _types(pipe, text, language) == ["drone_strike"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Depuis le début de la guerre en 2022, les frappes se sont multipliées. Selon l'ONU, plus de "
           "12 000 civils ont été tués."),
    ("en", "The UN says more than 12,000 civilians have been killed."),
])
def test_a_war_s_toll_with_nothing_of_its_own_is_no_incident(pipe, language: str, text: str) -> None:
    assert _types(pipe, text, language) == []


def test_a_large_toll_of_a_dated_placed_strike_stays(pipe) -> None:
    assert _types(pipe, "A Russian missile strike killed 1,200 people in Kyiv on Friday.", "en") \
        == ["missile_strike"]
