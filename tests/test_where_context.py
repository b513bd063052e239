"""Stage `where`, French and English: names that only look like places in this document (a small
foreign town no other word of the document points to, a leading word of a longer name), datelines,
and "X state"/"région de X" when a homonymous hamlet exists abroad. Sentences written from the
general patterns of news prose."""

from __future__ import annotations

import pytest

from newsevents.model import Place


@pytest.fixture(scope="module")
def where(locate):
    """Only the `where` stage: the places found."""
    def _run(text: str, language: str) -> list[Place]:
        return [m.value for m in locate(text, language).of_kind("place")]

    return _run


# (language, text, a country no reading may fall in): the words match tiny towns abroad
NO_FOREIGN_HAMLET = [
    ("fr", "Une frappe a touché l'hôpital Al Ahli Arab de la ville de Gaza mardi soir.", "NO"),
    ("en", "An air strike hit the Al Ahli Arab hospital in Gaza City on Tuesday night.", "NO"),
    ("fr", "La Croix-Rouge a évacué les blessés vers Kharkiv après la frappe russe.", "FR"),
    ("en", "Israel said it struck Hamas positions in Rafah, in the south of the Gaza Strip.", "DE"),
    ("fr", "Le Hamas a revendiqué l'attaque contre des soldats israéliens près de Khan Younès.", "DE"),
]


@pytest.mark.parametrize(("language", "text", "country"), NO_FOREIGN_HAMLET)
def test_no_small_town_in_a_country_the_document_never_mentions(where, language, text, country):
    found = where(text, language)
    assert all(p.country != country for p in found), [(p.name, p.country) for p in found]


# a town's own name, tagged as a place, after a preposition of place stands on its own
LONE_TOWNS = [
    ("en", "Fighting raged on the outskirts of Bakhmut.", "Bakhmut", "UA"),
    ("fr", "De violents combats ont eu lieu près de Bakhmout.", "Bakhmut", "UA"),
    ("en", "Two people were killed in Kramatorsk on Sunday.", "Kramatorsk", "UA"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), LONE_TOWNS)
def test_a_town_after_a_preposition_of_place_is_kept(where, language, text, name, country):
    found = where(text, language)
    assert any(p.name == name and p.country == country for p in found), [(p.name, p.country) for p in found]


# datelines: where the reporter files from, not a place of the story
DATELINES = [
    ("en", "LAHORE: Indian missiles struck two mosques in Bahawalpur overnight.", "Lahore", "Bahawalpur"),
    ("en", "Beirut, (AFP) - An Israeli strike killed two people in Tyre on Sunday.", "Beirut", "Tyre"),
    ("fr", "Kiev (AFP) - Une frappe de drones a touché un immeuble à Odessa dans la nuit.", "Kyiv", "Odesa"),
    ("en", "KYIV, Ukraine — Russian drones hit an energy facility in Kharkiv overnight.", "Kyiv", "Kharkiv"),
]


@pytest.mark.parametrize(("language", "text", "dateline", "scene"), DATELINES)
def test_a_dateline_is_no_place_of_the_story(where, language, text, dateline, scene):
    names = [p.name for p in where(text, language)]
    assert dateline not in names and scene in names, names


HEADLINE_TOPICS = [
    ("fr", "Gaza: au moins 20 morts dans une frappe sur une école", "Gaza"),
    ("en", "Kharkiv: two killed as missiles hit the city centre", "Kharkiv"),
]


@pytest.mark.parametrize(("language", "text", "name"), HEADLINE_TOPICS)
def test_a_headline_topic_before_a_colon_is_a_place(where, language, text, name):
    assert name in [p.name for p in where(text, language)]


# a division named with its cue word, where a hamlet abroad bears the same name
DIVISIONS = [
    ("en", "The army bombed a village in Kachin state in Myanmar last October.", "Kachin", "MM"),
    ("fr", "L'armée birmane a bombardé un village de l'État de Kachin, en Birmanie.", "Kachin", "MM"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), DIVISIONS)
def test_a_division_with_its_cue_word_is_the_division(where, language, text, name, country):
    found = where(text, language)
    assert any(p.name == name and p.country == country and p.precision == "admin1" for p in found), \
        [(p.name, p.country, p.precision) for p in found]
