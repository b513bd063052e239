"""Places of incidents, round 25 second task (French and English), sentences written from the
general patterns:

- a short alternate name that opens a longer proper name ("Ben" of "Ben Gurion airport") is no
  place (where_parts.alternate_in_longer_name);
- capitals of two countries coordinated as the subject of an act, or after "between", are its
  sides (the governments) and place nothing (where_metonymy._capitals_as_sides);
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _places(article):  # type: ignore[no-untyped-def]
    return [(m.text, m.value.name) for m in article.mentions if m.kind == "place"]


# (language, text, the words wrongly read as a place): a person's or a site's name opening on a
# word that is another place's alternate name
ALTERNATE_IN_NAME = [
    ("en", "Yemen's Houthi movement said it had fired a ballistic missile at Ben Gurion airport near "
           "Tel Aviv on Tuesday.", "Ben"),
    ("en", "Flights were suspended at Ben Gurion International Airport after a missile landed nearby "
           "on Sunday.", "Ben"),
    ("fr", "Les Houthis ont affirmé avoir tiré mardi un missile balistique sur l'aéroport Ben Gourion, "
           "près de Tel-Aviv.", "Ben"),
]


@pytest.mark.parametrize(("language", "text", "words"), ALTERNATE_IN_NAME)
def test_an_alternate_name_opening_a_longer_name_is_no_place(locate, language, text, words):
    assert words not in [t for t, _ in _places(locate(text, language))]


# a place's own name or a capital's before a day keeps its reading
NAME_KEPT = [
    ("en", "Russian missiles struck Kiev Tuesday, killing three people.", "Kyiv"),
    ("fr", "Un drone a frappé Erevan mardi soir.", "Yerevan"),
]


@pytest.mark.parametrize(("language", "text", "place"), NAME_KEPT)
def test_a_name_before_a_day_keeps_its_place(locate, language, text, place):
    assert place in [name for _, name in _places(locate(text, language))]


# (language, text, a capital that must not place the act)
CAPITALS_AS_SIDES = [
    ("fr", "Kiev et Moscou ont procédé samedi à un nouvel échange de prisonniers, a annoncé la "
           "présidence ukrainienne.", "Moscow"),
    ("en", "Kyiv and Moscow swapped 150 prisoners each on Saturday, Ukraine said.", "Moscow"),
    ("en", "Kyiv and Moscow swapped 150 prisoners each on Saturday, Ukraine said.", "Kyiv"),
    ("fr", "Un nouvel échange de prisonniers entre Kiev et Moscou a eu lieu samedi.", "Kyiv"),
    ("en", "Khartoum and Juba exchanged dozens of detainees on Monday under the new accord.", "Juba"),
]


@pytest.mark.parametrize(("language", "text", "capital"), CAPITALS_AS_SIDES)
def test_capitals_as_the_sides_of_an_act_place_nothing(analyse, language, text, capital):
    article = analyse(text, language, PUBLISHED)
    assert article.events, "no incident"
    assert all(e.location is None or e.location.name != capital for e in article.events)


# a capital struck, or two towns of one country as subject, stay places
CAPITALS_AS_SCENES = [
    ("en", "Russian missiles struck Kyiv and Lviv on Monday, killing four people.", "Kyiv"),
    ("fr", "Des missiles russes ont frappé Kiev lundi, tuant quatre personnes.", "Kyiv"),
]


@pytest.mark.parametrize(("language", "text", "capital"), CAPITALS_AS_SCENES)
def test_a_capital_struck_stays_the_place(analyse, language, text, capital):
    article = analyse(text, language, PUBLISHED)
    assert any(e.location is not None and e.location.name == capital for e in article.events)
